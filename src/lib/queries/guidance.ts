/** The guidance list, in number order, and what an item's page shows beside it. */
import { getEntry, type CollectionEntry } from 'astro:content';
import { bothWays } from '../links.ts';
import { byStart } from '../programme.ts';
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
