/** Published entries of a collection, in one locale: drafts are checked but never shown. */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../../i18n/index.ts';
import type { DraftableCollection as Publishable } from '../entry-routes.ts';
import { localise, type Localised } from './localise.ts';
import { perBuild } from './per-build.ts';

async function readPublished(collection: Publishable, locale: Locale): Promise<Localised<CollectionEntry<Publishable>>[]> {
  const entries = await getCollection(collection);
  return localise(
    entries.filter((entry) => !entry.data.draft),
    locale,
  );
}

const published = perBuild(readPublished);

export function getPublished<C extends Publishable>(collection: C, locale: Locale): Promise<Localised<CollectionEntry<C>>[]> {
  return published(collection, locale) as Promise<Localised<CollectionEntry<C>>[]>;
}
