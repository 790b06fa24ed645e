/** The guidance list, in number order, and what an item's page shows beside it. */
import { getEntries, getEntry, type CollectionEntry } from 'astro:content';
import { getPublished } from './published.ts';

export type GuidanceEntry = CollectionEntry<'guidance'>;

export async function getGuidanceList(): Promise<GuidanceEntry[]> {
  return (await getPublished('guidance')).sort((a, b) => a.data.number - b.data.number);
}

export async function getGuidanceDetails(item: GuidanceEntry) {
  const [provider, activities] = await Promise.all([getEntry(item.data.provider), getEntries(item.data.relatedActivities)]);
  return { provider, activities };
}
