/** Awards presented during the month first, then the honours the city holds. */
import { getEntry, type CollectionEntry } from 'astro:content';
import { getPublished } from './published.ts';

export type AwardEntry = CollectionEntry<'awards'>;

export async function getAwards(): Promise<AwardEntry[]> {
  const order = { award: 0, honour: 1 } as const;
  return (await getPublished('awards')).sort((a, b) => order[a.data.kind] - order[b.data.kind] || a.data.title.localeCompare(b.data.title));
}

/** The activity where an award was presented, if it was. */
export async function getAwardActivity(award: AwardEntry) {
  return award.data.kind === 'award' && award.data.presentedAt ? getEntry(award.data.presentedAt) : undefined;
}
