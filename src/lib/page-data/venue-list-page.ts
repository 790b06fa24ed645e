/** What the venues page shows, in one locale. */
import type { Locale } from '../../i18n/index.ts';
import { DISTRICTS } from '../../schemas/shared.ts';
import { groupsOf } from '../groups.ts';
import { getVenuesInUse } from '../queries/venues.ts';
import { mapPoint } from './venue-page.ts';

/** The venues in use district by district, and the festival map's points numbered in the same order. */
export async function getVenueListPage(locale: Locale) {
  const districts = groupsOf(await getVenuesInUse(locale), ({ venue }) => venue.data.district, DISTRICTS);
  return { districts, points: districts.flatMap(({ items }) => items.map(({ venue }) => mapPoint(venue, locale))) };
}
