/** Activities, as pages need them: in time order, grouped by day, with what they link to, in one locale. */
import type { CollectionEntry } from 'astro:content';
import type { Locale } from '../../i18n/index.ts';
import { activityFacets, type ActivityFacet } from '../activity-facets.ts';
import { bothWays } from '../links.ts';
import { byStart, groupByDay } from '../programme.ts';
import { getAwards } from './awards.ts';
import { getEvent } from './event.ts';
import { getGuidanceList } from './guidance.ts';
import { getLocalisedCollection, type Localised } from './localise.ts';
import { getPublished } from './published.ts';
import { getUniversities } from './universities.ts';

export type ActivityEntry = Localised<CollectionEntry<'activities'>>;
export type VenueEntry = Localised<CollectionEntry<'venues'>>;
export type OrganiserEntry = Localised<CollectionEntry<'organisers'>>;

/** Every published activity, earliest first. */
export async function getActivities(locale: Locale): Promise<ActivityEntry[]> {
  return byStart(await getPublished('activities', locale), (entry) => entry.data);
}

/** Venues and organisers by id, in one locale. */
export async function getPlacesAndPeople(locale: Locale) {
  const [venues, organisers] = await Promise.all([getLocalisedCollection('venues', locale), getLocalisedCollection('organisers', locale)]);
  return {
    venues: new Map(venues.map((venue) => [venue.id, venue])),
    organisers: new Map(organisers.map((organiser) => [organiser.id, organiser])),
  };
}

export interface ProgrammeItem {
  activity: ActivityEntry;
  venue: VenueEntry | undefined;
  organisers: OrganiserEntry[];
  /** Its values for the agenda's filters. */
  facets: Record<ActivityFacet, string[]>;
}

/** Every published activity with its venue, organisers and filter values, earliest first. */
export async function getProgramme(locale: Locale): Promise<ProgrammeItem[]> {
  const [activities, { venues, organisers }] = await Promise.all([getActivities(locale), getPlacesAndPeople(locale)]);
  return activities.map((activity) => {
    const venue = activity.data.venue ? venues.get(activity.data.venue.id) : undefined;
    return {
      activity,
      venue,
      // References were checked before the build, so every organiser is there.
      organisers: activity.data.organisers.flatMap(({ id }) => organisers.get(id) ?? []),
      facets: activityFacets(activity.data, venue && { id: venue.id, district: venue.data.district }),
    };
  });
}

/** The programme grouped by the day each activity starts on, in the event's time zone. */
export async function getProgrammeByDay(locale: Locale) {
  const [programme, event] = await Promise.all([getProgramme(locale), getEvent(locale)]);
  return groupByDay(programme, (item) => item.activity.data, event.timeZone);
}

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

/** One published activity by id, in `locale`; for pages that link to it. */
export async function getActivity(id: string, locale: Locale): Promise<ActivityEntry | undefined> {
  return (await getActivities(locale)).find((activity) => activity.id === id);
}
