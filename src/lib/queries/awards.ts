/** Awards presented during the month first, then the honours the city holds. */
import type { CollectionEntry } from 'astro:content';
import { languageTag, type Locale } from '../../i18n/index.ts';
import type { Localised } from './localise.ts';
import { perBuild } from './per-build.ts';
import { getPublished } from './published.ts';

export type AwardEntry = Localised<CollectionEntry<'awards'>>;

export const getAwards = perBuild(async (locale: Locale): Promise<AwardEntry[]> => {
  const order = { award: 0, honour: 1 } as const;
  const collator = new Intl.Collator(languageTag(locale));
  return [...(await getPublished('awards', locale))].sort(
    (a, b) => order[a.data.kind] - order[b.data.kind] || collator.compare(a.data.title, b.data.title),
  );
});
