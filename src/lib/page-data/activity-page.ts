/** What an activity page shows beside the activity itself, in one locale. */
import type { Locale } from '../../i18n/index.ts';
import { linksBothWays } from '../links.ts';
import { getActivities, getPlacesAndPeople, type ActivityEntry } from '../queries/activities.ts';
import { getAwards } from '../queries/awards.ts';
import { getGuidanceList } from '../queries/guidance.ts';
import { perBuild } from '../queries/per-build.ts';
import { getUniversities } from '../queries/universities.ts';

/** The activities before and after one in time order, for "previous" and "next" links. */
export async function getNeighbours(activity: ActivityEntry, locale: Locale) {
  const activities = await getActivities(locale);
  const index = activities.findIndex((entry) => entry.id === activity.id);
  return { previous: activities[index - 1], next: activities[index + 1] };
}

const ids = (references: readonly { id: string }[]): string[] => references.map((reference) => reference.id);

/** Who links to which activity, from the guidance, universities and awards of one locale: made once per build. */
const linksOf = perBuild(async (locale: Locale) => {
  const [guidance, universities, awards] = await Promise.all([getGuidanceList(locale), getUniversities(locale), getAwards(locale)]);
  return {
    guidance: linksBothWays(guidance, (item) => ids(item.data.relatedActivities)),
    universities: linksBothWays(universities, (university) => [university.data.signingActivity.id]),
    awards: linksBothWays(awards, (award) => (award.data.kind === 'award' && award.data.presentedAt ? [award.data.presentedAt.id] : [])),
  };
});

/**
 * What an activity page shows beside the activity: its venue and organisers, and the guidance,
 * universities and awards linked from either side.
 */
export async function getActivityDetails(activity: ActivityEntry, locale: Locale) {
  const { id, data } = activity;
  const [places, links] = await Promise.all([getPlacesAndPeople(locale), linksOf(locale)]);
  return {
    venue: data.venue ? places.venues.get(data.venue.id) : undefined,
    organisers: data.organisers.flatMap((organiser) => places.organisers.get(organiser.id) ?? []),
    guidance: links.guidance(ids(data.relatedGuidance), id),
    universities: links.universities(ids(data.relatedUniversities), id),
    awards: links.awards(ids(data.relatedAwards), id),
  };
}
