/** What an activity page shows beside the activity itself, in one locale. */
import type { Locale } from '../../i18n/index.ts';
import { bothWays } from '../links.ts';
import { getActivities, getPlacesAndPeople, type ActivityEntry } from '../queries/activities.ts';
import { getAwards } from '../queries/awards.ts';
import { getGuidanceList } from '../queries/guidance.ts';
import { getUniversities } from '../queries/universities.ts';

/** The activities before and after one in time order, for "previous" and "next" links. */
export async function getNeighbours(activity: ActivityEntry, locale: Locale) {
  const activities = await getActivities(locale);
  const index = activities.findIndex((entry) => entry.id === activity.id);
  return { previous: activities[index - 1], next: activities[index + 1] };
}

const ids = (references: readonly { id: string }[]): string[] => references.map((reference) => reference.id);

/**
 * What an activity page shows beside the activity: its venue and organisers, and the guidance,
 * universities and awards linked from either side.
 */
export async function getActivityDetails(activity: ActivityEntry, locale: Locale) {
  const { id, data } = activity;
  const [places, guidance, universities, awards] = await Promise.all([
    getPlacesAndPeople(locale),
    getGuidanceList(locale),
    getUniversities(locale),
    getAwards(locale),
  ]);
  return {
    venue: data.venue ? places.venues.get(data.venue.id) : undefined,
    organisers: data.organisers.flatMap((organiser) => places.organisers.get(organiser.id) ?? []),
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
