/** What a guidance item's page shows beside the item itself, in one locale. */
import type { Locale } from '../../i18n/index.ts';
import { bothWays } from '../links.ts';
import { byStart } from '../programme.ts';
import { getActivities, getPlacesAndPeople } from '../queries/activities.ts';
import type { GuidanceEntry } from '../queries/guidance.ts';

/** The provider, and the activities linked from either side, in time order. */
export async function getGuidanceDetails(item: GuidanceEntry, locale: Locale) {
  const [{ organisers }, activities] = await Promise.all([getPlacesAndPeople(locale), getActivities(locale)]);
  const linked = bothWays(
    item.data.relatedActivities.map((reference) => reference.id),
    activities,
    (activity) => activity.data.relatedGuidance.map((reference) => reference.id),
    item.id,
  );
  return { provider: organisers.get(item.data.provider.id), activities: byStart(linked, (activity) => activity.data) };
}
