/** What an organiser's page shows beside the organiser itself. */
import type { OrganiserInUse } from '../queries/organisers.ts';
import { upcomingFirst } from '../timeline.ts';

/** The organiser's activities, still to come first and then those over, and the guidance it provides. */
export function getOrganiserDetails({ items, guidance }: OrganiserInUse, now: Date) {
  return { items: upcomingFirst(items, now, (item) => item.activity.data), guidance };
}
