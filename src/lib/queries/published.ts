/** Published entries of a collection: drafts are checked but never shown. */
import { getCollection, type CollectionEntry } from 'astro:content';

type Publishable = 'activities' | 'guidance' | 'awards' | 'universities';

export async function getPublished<C extends Publishable>(collection: C): Promise<CollectionEntry<C>[]> {
  const entries = await getCollection(collection);
  return entries.filter((entry) => !entry.data.draft);
}
