/**
 * schema.org data (JSON-LD) for search engines: each activity as an Event, the festival as an
 * Event with its activities as subEvents, the guidance list as an ItemList, organisers as
 * Organizations. Pure: pages pass in what they know.
 */

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
  registration?: { url: string; deadline?: Date | undefined } | undefined;
  image?: string | undefined;
  languages: readonly string[];
}

const STATUS: Record<string, string> = {
  scheduled: 'https://schema.org/EventScheduled',
  cancelled: 'https://schema.org/EventCancelled',
  postponed: 'https://schema.org/EventPostponed',
  rescheduled: 'https://schema.org/EventRescheduled',
  'moved-online': 'https://schema.org/EventMovedOnline',
};

const MODE: Record<string, string> = {
  'in-person': 'https://schema.org/OfflineEventAttendanceMode',
  online: 'https://schema.org/OnlineEventAttendanceMode',
  hybrid: 'https://schema.org/MixedEventAttendanceMode',
};

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

export function organization(organiser: { name: string; url?: string | undefined }): Record<string, unknown> {
  return { '@type': 'Organization', name: organiser.name, ...(organiser.url ? { url: organiser.url } : {}) };
}

function place(venue: PlaceInput): Record<string, unknown> {
  return {
    '@type': 'Place',
    name: venue.name,
    address: {
      '@type': 'PostalAddress',
      streetAddress: venue.address,
      addressLocality: 'Xiamen',
      addressRegion: 'Fujian',
      addressCountry: 'CN',
    },
    geo: { '@type': 'GeoCoordinates', latitude: venue.coordinates.lat, longitude: venue.coordinates.lng },
  };
}

/** An activity as a schema.org Event. */
export function activityEvent(activity: ActivityInput): Record<string, unknown> {
  const online = activity.state === 'moved-online' || activity.format === 'online';
  const virtual = { '@type': 'VirtualLocation', url: activity.onlineUrl ?? activity.url };
  const locations = online
    ? [virtual]
    : activity.format === 'hybrid' && activity.venue
      ? [place(activity.venue), virtual]
      : activity.venue
        ? [place(activity.venue)]
        : [virtual];
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: activity.title,
    description: activity.summary,
    url: activity.url,
    startDate: withOffset(activity.start, XIAMEN_OFFSET),
    endDate: withOffset(activity.end, XIAMEN_OFFSET),
    eventStatus: STATUS[activity.state] ?? STATUS.scheduled,
    eventAttendanceMode: online ? MODE.online : (MODE[activity.format] ?? MODE['in-person']),
    location: locations.length === 1 ? locations[0] : locations,
    organizer: activity.organisers.map(organization),
    inLanguage: [...activity.languages],
    ...(activity.previousStart ? { previousStartDate: withOffset(activity.previousStart, XIAMEN_OFFSET) } : {}),
    ...(activity.image ? { image: [activity.image] } : {}),
    ...(activity.registration
      ? {
          offers: {
            '@type': 'Offer',
            url: activity.registration.url,
            price: 0,
            priceCurrency: 'CNY',
            availability: 'https://schema.org/InStock',
            ...(activity.registration.deadline ? { availabilityEnds: withOffset(activity.registration.deadline, XIAMEN_OFFSET) } : {}),
          },
        }
      : {}),
  };
}

/** The festival as an Event whose subEvents are its activities (by name, address and dates). */
export function festivalEvent(festival: {
  name: string;
  alternateName: string;
  description: string;
  url: string;
  opens: string;
  closes: string;
  organiser: { name: string; url?: string | undefined } | undefined;
  activities: { title: string; url: string; start: Date; end: Date }[];
}): Record<string, unknown> {
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
    ...(festival.organiser ? { organizer: organization(festival.organiser) } : {}),
    subEvent: festival.activities.map((activity) => ({
      '@type': 'Event',
      name: activity.title,
      url: activity.url,
      startDate: withOffset(activity.start, XIAMEN_OFFSET),
      endDate: withOffset(activity.end, XIAMEN_OFFSET),
    })),
  };
}

/** The guidance list as an ordered ItemList of links. */
export function itemList(name: string, items: { name: string; url: string }[]): Record<string, unknown> {
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
export function inLanguage(data: Record<string, unknown>, languageTag: string): Record<string, unknown> {
  return { ...data, inLanguage: languageTag };
}
