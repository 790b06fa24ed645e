/** The guidance list, in number order, and what an item's page shows beside it. */
import { getEntry, type CollectionEntry } from 'astro:content';
import { bothWays } from '../links.ts';
import { byStart } from '../programme.ts';
import { GUIDANCE_CATEGORIES } from '../../schemas/guidance.ts';
import { getPublished } from './published.ts';

export type GuidanceEntry = CollectionEntry<'guidance'>;

export async function getGuidanceList(): Promise<GuidanceEntry[]> {
  return (await getPublished('guidance')).sort((a, b) => a.data.number - b.data.number);
}

/** The provider, and the activities linked from either side, in time order. */
export async function getGuidanceDetails(item: GuidanceEntry) {
  const [provider, activities] = await Promise.all([getEntry(item.data.provider), getPublished('activities')]);
  const linked = bothWays(
    item.data.relatedActivities.map((reference) => reference.id),
    activities,
    (activity) => activity.data.relatedGuidance.map((reference) => reference.id),
    item.id,
  );
  return { provider, activities: byStart(linked, (activity) => activity.data) };
}

/** The guidance list in its sections, in the order of GUIDANCE_CATEGORIES, each in number order. */
export async function getGuidanceByCategory() {
  const items = await getGuidanceList();
  return GUIDANCE_CATEGORIES.map((category) => ({ category, items: items.filter((item) => item.data.category === category) })).filter(
    (section) => section.items.length > 0,
  );
}
