/** Activities, as pages need them: in time order, grouped by day, with what they link to. */
import { getCollection, getEntries, getEntry, type CollectionEntry } from 'astro:content';
import { activityFacets, type ActivityFacet } from '../activity-facets.ts';
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

export interface ProgrammeItem {
  activity: ActivityEntry;
  venue: CollectionEntry<'venues'> | undefined;
  organisers: CollectionEntry<'organisers'>[];
  /** Its values for the agenda's filters. */
  facets: Record<ActivityFacet, string[]>;
}

/** Every published activity with its venue, organisers and filter values, earliest first. */
export async function getProgramme(): Promise<ProgrammeItem[]> {
  const [activities, venues, organisers] = await Promise.all([getActivities(), getCollection('venues'), getCollection('organisers')]);
  const venuesById = new Map(venues.map((venue) => [venue.id, venue]));
  const organisersById = new Map(organisers.map((organiser) => [organiser.id, organiser]));
  return activities.map((activity) => {
    const venue = activity.data.venue ? venuesById.get(activity.data.venue.id) : undefined;
    return {
      activity,
      venue,
      // References were checked before the build, so every organiser is there.
      organisers: activity.data.organisers.flatMap(({ id }) => organisersById.get(id) ?? []),
      facets: activityFacets(activity.data, venue && { id: venue.id, district: venue.data.district }),
    };
  });
}

/** The programme grouped by the day each activity starts on, in the event's time zone. */
export async function getProgrammeByDay() {
  const [programme, event] = await Promise.all([getProgramme(), getEvent()]);
  return groupByDay(programme, (item) => item.activity.data, event.timeZone);
}

/** The activities before and after one in time order, for "previous" and "next" links. */
export async function getNeighbours(activity: ActivityEntry) {
  const activities = await getActivities();
  const index = activities.findIndex((entry) => entry.id === activity.id);
  return { previous: activities[index - 1], next: activities[index + 1] };
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
