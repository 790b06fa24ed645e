/** Activities, as pages need them: in time order, grouped by day, with what they link to. */
import { getEntries, getEntry, type CollectionEntry } from 'astro:content';
import { bothWays } from '../links.ts';
import { byStart, groupByDay } from '../programme.ts';
import { getAwards } from './awards.ts';
import { getEvent } from './event.ts';
import { getGuidanceList } from './guidance.ts';
import { getPublished } from './published.ts';
import { getUniversities } from './universities.ts';

export type ActivityEntry = CollectionEntry<'activities'>;

/** Every published activity, earliest first. */
export async function getActivities(): Promise<ActivityEntry[]> {
  return byStart(await getPublished('activities'), (entry) => entry.data);
}

/** Published activities grouped by the day they start on, in the event's time zone. */
export async function getActivitiesByDay() {
  const [activities, event] = await Promise.all([getActivities(), getEvent()]);
  return groupByDay(activities, (entry) => entry.data, event.timeZone);
}

/** Highlights for the home page. */
export async function getFeaturedActivities(): Promise<ActivityEntry[]> {
  return (await getActivities()).filter((entry) => entry.data.featured);
}

const ids = (references: readonly { id: string }[]): string[] => references.map((reference) => reference.id);

/**
 * What an activity page shows beside the activity: its venue and organisers, and the guidance,
 * universities and awards linked from either side.
 */
export async function getActivityDetails(activity: ActivityEntry) {
  const { id, data } = activity;
  const [venue, organisers, guidance, universities, awards] = await Promise.all([
    data.venue ? getEntry(data.venue) : undefined,
    getEntries(data.organisers),
    getGuidanceList(),
    getUniversities(),
    getAwards(),
  ]);
  return {
    venue,
    organisers,
    guidance: bothWays(ids(data.relatedGuidance), guidance, (item) => ids(item.data.relatedActivities), id),
    universities: bothWays(ids(data.relatedUniversities), universities, (university) => [university.data.signingActivity.id], id),
    awards: bothWays(
      ids(data.relatedAwards),
      awards,
      (award) => (award.data.kind === 'award' && award.data.presentedAt ? [award.data.presentedAt.id] : []),
      id,
    ),
  };
}
