/** Awards presented during the month first, then the honours the city holds. */
import type { CollectionEntry } from 'astro:content';
import { languageTag, type Locale } from '../../i18n/index.ts';
import { getActivity } from './activities.ts';
import type { Localised } from './localise.ts';
import { getPublished } from './published.ts';

export type AwardEntry = Localised<CollectionEntry<'awards'>>;

export async function getAwards(locale: Locale): Promise<AwardEntry[]> {
  const order = { award: 0, honour: 1 } as const;
  const collator = new Intl.Collator(languageTag(locale));
  return (await getPublished('awards', locale)).sort(
    (a, b) => order[a.data.kind] - order[b.data.kind] || collator.compare(a.data.title, b.data.title),
  );
}

/** The activity where an award was presented, if it was. */
export async function getAwardActivity(award: AwardEntry, locale: Locale) {
  return award.data.kind === 'award' && award.data.presentedAt ? getActivity(award.data.presentedAt.id, locale) : undefined;
}
