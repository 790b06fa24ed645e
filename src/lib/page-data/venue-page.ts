/** What a venue's page shows beside the venue itself, in one locale. */
import { textLang, type Locale } from '../../i18n/index.ts';
import { collectionPath } from '../entry-routes.ts';
import { mapLinks } from '../map-links.ts';
import { getPlacesAndPeople, type VenueEntry } from '../queries/activities.ts';
import type { VenueInUse } from '../queries/venues.ts';
import { upcomingFirst } from '../timeline.ts';
import { ACCESS_FEATURES } from '../../schemas/venues.ts';

/**
 * The language a taxi driver in Xiamen reads. The card to show one gives the venue's name and
 * address in it on every page, the English ones included.
 */
export const TAXI_LOCALE = 'zh-cn' satisfies Locale;

/**
 * The venue's activities (still to come first, then those over), its name and address for a
 * taxi driver where the venue has them in Chinese, its map links and its accessibility answers.
 */
export async function getVenueDetails({ venue, items }: VenueInUse, now: Date) {
  const { venues } = await getPlacesAndPeople(TAXI_LOCALE);
  const forDriver = venues.get(venue.id);
  return {
    items: upcomingFirst(items, now, (item) => item.activity.data),
    taxi: forDriver?.textLocale === TAXI_LOCALE ? { name: forDriver.data.name, address: forDriver.data.address } : undefined,
    links: mapLinks(venue.data),
    access: ACCESS_FEATURES.map((feature) => ({ feature, answer: venue.data.access[feature] })),
  };
}

/** A venue as the festival map draws it: its name in the page's language, its page, its place. */
export function mapPoint(venue: VenueEntry, locale: Locale) {
  const { name, coordinates, district } = venue.data;
  return {
    id: venue.id,
    name,
    href: collectionPath(locale, 'venues', venue.id),
    lat: coordinates.lat,
    lng: coordinates.lng,
    district,
    lang: textLang(venue.textLocale, locale),
  };
}
