/**
 * A translation attaches to an entry by sharing its file name, one folder down:
 * content/activities/zh-cn/opening-ceremony.mdx translates content/activities/opening-ceremony.mdx.
 * It holds only the text fields (and, for MDX, the body); dates, venues and references
 * are inherited from the English entry, so they can never disagree.
 */
import { z } from 'astro/zod';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../i18n/index.ts';

export type TranslationLocale = Exclude<Locale, typeof DEFAULT_LOCALE>;
/** Locales that translations are written in, as folder names. English is the source and needs none. */
export const TRANSLATION_LOCALES: readonly TranslationLocale[] = LOCALES.filter(
  (locale): locale is TranslationLocale => locale !== DEFAULT_LOCALE,
);

/**
 * The fingerprint of the English text a translation was made from. `npm run check` compares it
 * with the English entry as it is now, to report translations the English has moved on from.
 */
export const translatedFrom = z
  .string()
  .regex(/^en-[0-9a-f]{12}$/, { error: 'is not a fingerprint; expected what `npm run check` prints for it, like en-3f2a9c1b7d4e' })
  .optional();

/** The schema of a translation: the collection's text fields and nothing else. */
export const translationSchema = (textShape: z.ZodRawShape) =>
  z.strictObject(
    { ...textShape, translatedFrom },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? `cannot be translated; expected only ${Object.keys(textShape).join(', ')} (and translatedFrom): the other fields come from the English entry`
          : undefined,
    },
  );
