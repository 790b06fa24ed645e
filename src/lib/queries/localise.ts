/**
 * Puts an entry's translation over it: the translated text fields and body, with every other
 * field (dates, venues, references) from the English entry. Where a locale has no translation
 * the English entry stands, marked so its page can say the text is in English.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { DEFAULT_LOCALE, type Locale } from '../../i18n/index.ts';
import { COLLECTIONS } from '../../schemas/collections.ts';
import type { CollectionName } from '../../schemas/shared.ts';

/** Every collection has translations (src/schemas/collections.ts names their collections). */
export type Translatable = CollectionName;

/**
 * An entry in the words of one locale. `textLocale` is the language its text is actually in;
 * `sourcePath` is the English file, whose history dates the entry's facts (calendar revisions).
 */
export type Localised<E> = E & { textLocale: Locale; sourcePath: string | undefined };

/** The entries, each in `locale` where a translation exists. */
export async function localise<E extends CollectionEntry<Translatable>>(entries: E[], locale: Locale): Promise<Localised<E>[]> {
  if (locale === DEFAULT_LOCALE) return entries.map((entry) => ({ ...entry, textLocale: DEFAULT_LOCALE, sourcePath: entry.filePath }));
  const collection = entries[0]?.collection;
  if (collection === undefined) return [];
  const translations = await getCollection(COLLECTIONS[collection].translations);
  const byId = new Map(translations.map((translation) => [translation.id, translation]));
  return entries.map((entry) => {
    const translation = byId.get(entry.id);
    if (!translation) return { ...entry, textLocale: DEFAULT_LOCALE, sourcePath: entry.filePath };
    // The fingerprint is for the checker; a field the translation leaves out keeps the English value.
    const { statusReason, ...text } = translation.data as Record<string, unknown>;
    const defined = Object.fromEntries(Object.entries(text).filter(([key, value]) => key !== 'translatedFrom' && value !== undefined));
    const data = { ...entry.data, ...defined } as Record<string, unknown>;
    // An activity's status reason sits inside its status; its translation gives it flat.
    const status = data.status as { reason?: string } | undefined;
    if (typeof statusReason === 'string' && status?.reason) data.status = { ...status, reason: statusReason };
    return {
      ...entry,
      data,
      // MDX bodies render from these, so the translation's body is the one shown.
      body: translation.body,
      filePath: translation.filePath,
      rendered: translation.rendered,
      // Present on MDX entries, though Astro's types leave it out.
      deferredRender: (translation as { deferredRender?: boolean }).deferredRender,
      textLocale: locale,
      sourcePath: entry.filePath,
    } as unknown as Localised<E>;
  });
}

/** One entry in `locale`. */
export async function localiseOne<E extends CollectionEntry<Translatable>>(entry: E, locale: Locale): Promise<Localised<E>> {
  const [localised] = await localise([entry], locale);
  if (!localised) throw new Error(`Could not localise ${entry.collection}/${entry.id}`);
  return localised;
}

/** A whole collection in `locale`. */
export async function getLocalisedCollection<C extends Translatable>(
  collection: C,
  locale: Locale,
): Promise<Localised<CollectionEntry<C>>[]> {
  return localise<CollectionEntry<C>>(await getCollection(collection), locale);
}
