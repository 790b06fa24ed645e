/** Partner universities, by name in the reader's language. */
import type { CollectionEntry } from 'astro:content';
import { languageTag, type Locale } from '../../i18n/index.ts';
import type { Localised } from './localise.ts';
import { perBuild } from './per-build.ts';
import { getPublished } from './published.ts';

export type UniversityEntry = Localised<CollectionEntry<'universities'>>;

export const getUniversities = perBuild(async (locale: Locale): Promise<UniversityEntry[]> => {
  const collator = new Intl.Collator(languageTag(locale));
  return [...(await getPublished('universities', locale))].sort((a, b) => collator.compare(a.data.name, b.data.name));
});
