/** The guidance list, in number order, and what an item's page shows beside it, in one locale. */
import type { CollectionEntry } from 'astro:content';
import type { Locale } from '../../i18n/index.ts';
import { GUIDANCE_CATEGORIES } from '../../schemas/guidance.ts';
import { groupsOf } from '../groups.ts';
import type { Localised } from './localise.ts';
import { perBuild } from './per-build.ts';
import { getPublished } from './published.ts';

export type GuidanceEntry = Localised<CollectionEntry<'guidance'>>;

export const getGuidanceList = perBuild(async (locale: Locale): Promise<GuidanceEntry[]> =>
  [...(await getPublished('guidance', locale))].sort((a, b) => a.data.number - b.data.number),
);

/** The guidance list in its sections, in the order of GUIDANCE_CATEGORIES, each in number order. */
export async function getGuidanceByCategory(locale: Locale) {
  const items = await getGuidanceList(locale);
  return groupsOf(items, (item) => item.data.category, GUIDANCE_CATEGORIES).map(({ key, items: inCategory }) => ({
    category: key,
    items: inCategory,
  }));
}
