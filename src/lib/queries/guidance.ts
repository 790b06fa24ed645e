/** The guidance list, in number order, and what an item's page shows beside it, in one locale. */
import type { CollectionEntry } from 'astro:content';
import type { Locale } from '../../i18n/index.ts';
import { bothWays } from '../links.ts';
import { byStart } from '../programme.ts';
import { GUIDANCE_CATEGORIES } from '../../schemas/guidance.ts';
import { getActivities, getPlacesAndPeople } from './activities.ts';
import type { Localised } from './localise.ts';
import { getPublished } from './published.ts';

export type GuidanceEntry = Localised<CollectionEntry<'guidance'>>;

export async function getGuidanceList(locale: Locale): Promise<GuidanceEntry[]> {
  return (await getPublished('guidance', locale)).sort((a, b) => a.data.number - b.data.number);
}

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

/** The guidance list in its sections, in the order of GUIDANCE_CATEGORIES, each in number order. */
export async function getGuidanceByCategory(locale: Locale) {
  const items = await getGuidanceList(locale);
  return GUIDANCE_CATEGORIES.map((category) => ({ category, items: items.filter((item) => item.data.category === category) })).filter(
    (section) => section.items.length > 0,
  );
}
