/** Partner universities, by name. */
import { getEntry, type CollectionEntry } from 'astro:content';
import { getPublished } from './published.ts';

export type UniversityEntry = CollectionEntry<'universities'>;

export async function getUniversities(): Promise<UniversityEntry[]> {
  return (await getPublished('universities')).sort((a, b) => a.data.name.localeCompare(b.data.name));
}

/** The activity where the university signed. */
export async function getSigningActivity(university: UniversityEntry) {
  return getEntry(university.data.signingActivity);
}
