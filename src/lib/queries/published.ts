/** Published entries of a collection, in one locale: drafts are checked but never shown. */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../../i18n/index.ts';
import { localise, type Localised } from './localise.ts';

type Publishable = 'activities' | 'guidance' | 'awards' | 'universities';

export async function getPublished<C extends Publishable>(collection: C, locale: Locale): Promise<Localised<CollectionEntry<C>>[]> {
  const entries = await getCollection(collection);
  return localise(
    entries.filter((entry) => !entry.data.draft),
    locale,
  );
}
