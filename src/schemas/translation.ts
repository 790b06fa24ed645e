/**
 * A translation attaches to an entry by sharing its file name, one folder down:
 * content/activities/zh-cn/opening-ceremony.mdx translates content/activities/opening-ceremony.mdx.
 * It holds only the text fields (and, for MDX, the body); dates, venues and references
 * are inherited from the English entry, so they can never disagree.
 */
import { z } from 'astro/zod';

/** Locales that translations are written in, as folder names. English is the source and needs none. */
export const TRANSLATION_LOCALES = ['zh-cn'] as const;
export type TranslationLocale = (typeof TRANSLATION_LOCALES)[number];

/** The schema of a translation: the collection's text fields and nothing else. */
export const translationSchema = (textShape: z.ZodRawShape) =>
  z.strictObject(textShape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `cannot be translated; expected only ${Object.keys(textShape).join(', ')}: the other fields come from the English entry`
        : undefined,
  });
