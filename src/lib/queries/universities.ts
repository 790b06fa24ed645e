/** Partner universities, by name in the reader's language. */
import type { CollectionEntry } from 'astro:content';
import { languageTag, type Locale } from '../../i18n/index.ts';
import { getActivity } from './activities.ts';
import type { Localised } from './localise.ts';
import { getPublished } from './published.ts';

export type UniversityEntry = Localised<CollectionEntry<'universities'>>;

export async function getUniversities(locale: Locale): Promise<UniversityEntry[]> {
  const collator = new Intl.Collator(languageTag(locale));
  return (await getPublished('universities', locale)).sort((a, b) => collator.compare(a.data.name, b.data.name));
}

/** The activity where the university signed (the checker makes sure it is published). */
export async function getSigningActivity(university: UniversityEntry, locale: Locale) {
  const activity = await getActivity(university.data.signingActivity.id, locale);
  if (!activity) throw new Error(`${university.id}: its signing activity ${university.data.signingActivity.id} is not published`);
  return activity;
}
