/** Activities, as pages need them: in time order, grouped by day, with what they link to, in one locale. */
import type { CollectionEntry } from 'astro:content';
import type { Locale } from '../../i18n/index.ts';
import { activityFacets, type ActivityFacet } from '../activity-facets.ts';
import type { DayOfSpan } from '../multi-day.ts';
import { byStart, groupByDay } from '../programme.ts';
import { getEvent } from './event.ts';
import { getLocalisedCollection, type Localised } from './localise.ts';
import { perBuild } from './per-build.ts';
import { getPublished } from './published.ts';

export type ActivityEntry = Localised<CollectionEntry<'activities'>>;
export type VenueEntry = Localised<CollectionEntry<'venues'>>;
export type OrganiserEntry = Localised<CollectionEntry<'organisers'>>;

/** Every published activity, earliest first. */
export const getActivities = perBuild(async (locale: Locale): Promise<ActivityEntry[]> =>
  byStart(await getPublished('activities', locale), (entry) => entry.data),
);

/** Venues and organisers by id, in one locale. */
export const getPlacesAndPeople = perBuild(async (locale: Locale) => {
  const [venues, organisers] = await Promise.all([getLocalisedCollection('venues', locale), getLocalisedCollection('organisers', locale)]);
  return {
    venues: new Map(venues.map((venue) => [venue.id, venue])),
    organisers: new Map(organisers.map((organiser) => [organiser.id, organiser])),
  };
});

export interface ProgrammeItem {
  activity: ActivityEntry;
  venue: VenueEntry | undefined;
  organisers: OrganiserEntry[];
  /** Its values for the agenda's filters. */
  facets: Record<ActivityFacet, string[]>;
}

/** Every published activity with its venue, organisers and filter values, earliest first. */
export const getProgramme = perBuild(async (locale: Locale): Promise<ProgrammeItem[]> => {
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
});

/** An activity on one of the days it covers, with which day of its span that is. */
export interface ProgrammeDayItem extends ProgrammeItem {
  span: DayOfSpan;
}

/**
 * The programme grouped by day in the event's time zone: an activity on every day it covers,
 * so a two-day fair is on both.
 */
export async function getProgrammeByDay(locale: Locale): Promise<{ day: string; items: ProgrammeDayItem[] }[]> {
  const [programme, event] = await Promise.all([getProgramme(locale), getEvent(locale)]);
  return groupByDay(programme, (item) => item.activity.data, event.timeZone).map(({ day, items }) => ({
    day,
    items: items.map(({ item, span }) => ({ ...item, span })),
  }));
}

/** One published activity by id, in `locale`; for pages that link to it. */
export async function getActivity(id: string, locale: Locale): Promise<ActivityEntry | undefined> {
  return (await getActivities(locale)).find((activity) => activity.id === id);
}
