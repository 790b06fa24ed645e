/** What a guidance item's page shows beside the item itself, in one locale. */
import type { Locale } from '../../i18n/index.ts';
import { linksBothWays } from '../links.ts';
import { byStart } from '../programme.ts';
import { getActivities, getPlacesAndPeople } from '../queries/activities.ts';
import type { GuidanceEntry } from '../queries/guidance.ts';
import { perBuild } from '../queries/per-build.ts';

/** Which activities link to which guidance item, in one locale: made once per build. */
const activityLinksOf = perBuild(async (locale: Locale) =>
  linksBothWays(await getActivities(locale), (activity) => activity.data.relatedGuidance.map((reference) => reference.id)),
);

/** The provider, and the activities linked from either side, in time order. */
export async function getGuidanceDetails(item: GuidanceEntry, locale: Locale) {
  const [{ organisers }, links] = await Promise.all([getPlacesAndPeople(locale), activityLinksOf(locale)]);
  const linked = links(
    item.data.relatedActivities.map((reference) => reference.id),
    item.id,
  );
  return { provider: organisers.get(item.data.provider.id), activities: byStart(linked, (activity) => activity.data) };
}
