/**
 * schema.org data (JSON-LD) for search engines: each activity as an Event, the festival as an
 * Event with its activities as subEvents, the guidance list as an ItemList, organisers as
 * Organizations. Pure: pages pass in what they know. Typed with schema-dts, the schema.org
 * vocabulary as TypeScript types, so a property of the wrong type or name fails the type check.
 */
import type {
  Event,
  EventAttendanceModeEnumeration,
  EventStatusType,
  ItemAvailability,
  ItemList,
  Organization,
  Place,
  PostalAddress,
  VirtualLocation,
  WithContext,
} from 'schema-dts';
import { registrationClock, registrationState, type RegistrationState } from './registration.ts';

export interface PlaceInput {
  name: string;
  address: string;
  district: string;
  coordinates: { lat: number; lng: number };
}

export interface ActivityInput {
  url: string;
  title: string;
  summary: string;
  start: Date;
  end: Date;
  state: string;
  previousStart?: Date | undefined;
  format: string;
  venue?: PlaceInput | undefined;
  onlineUrl?: string | undefined;
  organisers: { name: string; url?: string | undefined }[];
  registration?:
    { url: string; deadline?: Date | undefined; required: boolean; full?: boolean; waitingList?: string | undefined } | undefined;
  /** Absolute addresses of its pictures, the page's social card first (search engines take PNG, not SVG). */
  images: readonly string[];
  languages: readonly string[];
}

/** What a page may carry as its JSON-LD: what the builders here make. */
export type StructuredData = WithContext<Event> | WithContext<ItemList>;

/** What a page about a thing rather than a text carries: a venue, an organiser. Things have no language of their own. */
export type ThingData = WithContext<Place> | WithContext<Organization>;

const STATUS = {
  scheduled: 'https://schema.org/EventScheduled',
  cancelled: 'https://schema.org/EventCancelled',
  postponed: 'https://schema.org/EventPostponed',
  rescheduled: 'https://schema.org/EventRescheduled',
  'moved-online': 'https://schema.org/EventMovedOnline',
} as const satisfies Record<string, EventStatusType>;

const MODE = {
  'in-person': 'https://schema.org/OfflineEventAttendanceMode',
  online: 'https://schema.org/OnlineEventAttendanceMode',
  hybrid: 'https://schema.org/MixedEventAttendanceMode',
} as const satisfies Record<string, EventAttendanceModeEnumeration>;

/** The value for `key` in `table`, or `fallback` for a key it does not have. */
function lookUp<T>(table: Readonly<Record<string, T>>, key: string, fallback: T): T {
  return Object.hasOwn(table, key) ? (table[key] ?? fallback) : fallback;
}

/** An instant with the event's offset, as schema.org wants: `2023-07-06T09:30:00+08:00`. */
export function withOffset(instant: Date, offsetMinutes: number): string {
  const local = new Date(instant.getTime() + offsetMinutes * 60_000).toISOString().slice(0, 19);
  const sign = offsetMinutes >= 0 ? '+' : '-';
  const hours = String(Math.floor(Math.abs(offsetMinutes) / 60)).padStart(2, '0');
  const minutes = String(Math.abs(offsetMinutes) % 60).padStart(2, '0');
  return `${local}${sign}${hours}:${minutes}`;
}

/** Xiamen keeps UTC+8 all year. */
const XIAMEN_OFFSET = 8 * 60;

export function organization(organiser: { name: string; url?: string | undefined }): Organization {
  return { '@type': 'Organization', name: organiser.name, ...(organiser.url ? { url: organiser.url } : {}) };
}

function postalAddress(streetAddress: string): PostalAddress {
  return { '@type': 'PostalAddress', streetAddress, addressLocality: 'Xiamen', addressRegion: 'Fujian', addressCountry: 'CN' };
}

/** How much of a place to give: its coordinates too, or (in a list of every activity) its name and address. */
type Detail = 'full' | 'listed';

function place(venue: PlaceInput, detail: Detail): Place {
  return {
    '@type': 'Place',
    name: venue.name,
    address: postalAddress(venue.address),
    ...(detail === 'full' ? { geo: { '@type': 'GeoCoordinates', latitude: venue.coordinates.lat, longitude: venue.coordinates.lng } } : {}),
  };
}

/** What a search engine is told of each registration state: a place that is gone is never offered. */
const AVAILABILITY = {
  open: 'https://schema.org/InStock',
  'closing-soon': 'https://schema.org/LimitedAvailability',
  full: 'https://schema.org/SoldOut',
  // A place may still come free to those on the list.
  'waiting-list': 'https://schema.org/BackOrder',
  closed: 'https://schema.org/SoldOut',
  'not-needed': 'https://schema.org/InStock',
} as const satisfies Record<RegistrationState, ItemAvailability>;

/**
 * Whether a sign-up can still be had, following the registration state the page shows: none
 * for a cancelled activity, none once it has closed or is full, a waiting list, or places.
 */
export function offerAvailability(activity: Pick<ActivityInput, 'state' | 'end' | 'registration'>, now: Date): ItemAvailability {
  const clock = registrationClock({ end: activity.end, status: { state: activity.state }, registration: activity.registration });
  if (!clock) return 'https://schema.org/Discontinued';
  // Walk-in activities are over when they end, like any other.
  if (activity.end <= now) return 'https://schema.org/SoldOut';
  return AVAILABILITY[registrationState(clock, now)];
}

/** Where it happens: the venue, the online address, or both for a hybrid activity. */
function locationOf(activity: ActivityInput, online: boolean, detail: Detail): Place | VirtualLocation | (Place | VirtualLocation)[] {
  const virtual: VirtualLocation = { '@type': 'VirtualLocation', url: activity.onlineUrl ?? activity.url };
  if (online || !activity.venue) return virtual;
  return activity.format === 'hybrid' ? [place(activity.venue, detail), virtual] : place(activity.venue, detail);
}

/** An activity as a schema.org Event, without `@context` (for nesting as a subEvent). */
function eventOf(activity: ActivityInput, now: Date, detail: Detail): Event {
  const online = activity.state === 'moved-online' || activity.format === 'online';
  return {
    '@type': 'Event',
    name: activity.title,
    description: activity.summary,
    url: activity.url,
    startDate: withOffset(activity.start, XIAMEN_OFFSET),
    endDate: withOffset(activity.end, XIAMEN_OFFSET),
    eventStatus: lookUp<EventStatusType>(STATUS, activity.state, STATUS.scheduled),
    eventAttendanceMode: online ? MODE.online : lookUp<EventAttendanceModeEnumeration>(MODE, activity.format, MODE['in-person']),
    location: locationOf(activity, online, detail),
    organizer: activity.organisers.map(organization),
    inLanguage: [...activity.languages],
    image: [...activity.images],
    ...(activity.previousStart ? { previousStartDate: withOffset(activity.previousStart, XIAMEN_OFFSET) } : {}),
    ...(activity.registration
      ? {
          offers: {
            '@type': 'Offer',
            url: activity.registration.url,
            price: 0,
            priceCurrency: 'CNY',
            availability: offerAvailability(activity, now),
            ...(activity.registration.deadline ? { availabilityEnds: withOffset(activity.registration.deadline, XIAMEN_OFFSET) } : {}),
          },
        }
      : {}),
  };
}

/**
 * An activity as a schema.org Event.
 * @param now the build's clock: whether a place can still be had is decided against it
 */
export function activityEvent(activity: ActivityInput, now: Date): WithContext<Event> {
  return { '@context': 'https://schema.org', ...eventOf(activity, now, 'full') };
}

/**
 * The festival as an Event whose subEvents are its activities, each complete but for its venue's
 * coordinates, which its own page gives: the home page carries all thirty and must stay in its
 * size budget.
 */
export function festivalEvent(
  festival: {
    name: string;
    alternateName: string;
    description: string;
    url: string;
    opens: string;
    closes: string;
    organiser: { name: string; url?: string | undefined } | undefined;
    /** The home page's social card. */
    image: string;
    activities: ActivityInput[];
  },
  now: Date,
): WithContext<Event> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: festival.name,
    alternateName: festival.alternateName,
    description: festival.description,
    url: festival.url,
    startDate: festival.opens,
    endDate: festival.closes,
    eventStatus: STATUS.scheduled,
    eventAttendanceMode: MODE.hybrid,
    location: {
      '@type': 'Place',
      name: 'Xiamen',
      address: { '@type': 'PostalAddress', addressLocality: 'Xiamen', addressRegion: 'Fujian', addressCountry: 'CN' },
    },
    image: [festival.image],
    ...(festival.organiser ? { organizer: organization(festival.organiser) } : {}),
    subEvent: festival.activities.map((activity) => eventOf(activity, now, 'listed')),
  };
}

/** The guidance list as an ordered ItemList of links. */
export function itemList(name: string, items: { name: string; url: string }[]): WithContext<ItemList> {
  return {
    '@context': 'https://schema.org',
    '@type': 'ItemList',
    name,
    numberOfItems: items.length,
    itemListElement: items.map((item, index) => ({ '@type': 'ListItem', position: index + 1, name: item.name, url: item.url })),
  };
}

/**
 * The page's data in the page's language: schema.org's `inLanguage` on the top-level item, so a
 * search engine knows the Chinese page's event is described in Chinese.
 */
export function inLanguage(data: StructuredData, languageTag: string): StructuredData & { inLanguage: string } {
  return { ...data, inLanguage: languageTag };
}

/** A venue's page as a schema.org Place: its address and where it is, and the page itself. */
export function venuePlace(venue: PlaceInput & { url: string }): WithContext<Place> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Place',
    name: venue.name,
    url: venue.url,
    address: postalAddress(venue.address),
    geo: { '@type': 'GeoCoordinates', latitude: venue.coordinates.lat, longitude: venue.coordinates.lng },
  };
}

/** An organiser's page as a schema.org Organization. */
export function organiserOrganization(organiser: {
  name: string;
  url?: string | undefined;
  page: string;
  about?: string | undefined;
}): WithContext<Organization> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name: organiser.name,
    ...(organiser.url ? { url: organiser.url } : {}),
    ...(organiser.about ? { description: organiser.about } : {}),
    mainEntityOfPage: organiser.page,
  };
}
