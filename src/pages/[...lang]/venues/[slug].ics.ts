/** /venues/<slug>.ics: the activities held at one venue, to subscribe to. */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Locale } from '../../../i18n/index.ts';
import { inEveryLocale } from '../../../lib/locale-paths.ts';
import { partOfProgrammeCalendar } from '../../../lib/queries/calendar.ts';
import { getVenuesInUse, type VenueInUse } from '../../../lib/queries/venues.ts';

export const getStaticPaths = (() =>
  inEveryLocale(async (locale) =>
    (await getVenuesInUse(locale)).map((place) => ({ params: { slug: place.venue.id }, props: { place } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ locale: Locale; place: VenueInUse }> = ({ site, props: { locale, place } }) => {
  if (!site) throw new Error('astro.config.mjs needs `site` for calendar files');
  return partOfProgrammeCalendar(site, locale, place.venue.data.name, (activity) => activity.data.venue?.id === place.venue.id);
};
