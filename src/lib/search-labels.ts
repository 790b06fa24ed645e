/**
 * The words the search interface's script fills in, in one locale: result counts in the
 * language's plural forms, the empty and unmatched states, how a result's kind and details read.
 * Served to the script through `virtual:client-words/search` (src/integrations/client-words.ts),
 * so the search form on every page carries none of them.
 */
import { pluralForms, useTranslations, type Locale } from '../i18n/index.ts';
import type { PluralForms } from '../i18n/plural.ts';

/** The search panel's words, with `{placeholders}` its script fills. */
export type SearchLabels = { results: PluralForms } & Record<
  | 'noResults'
  | 'searching'
  | 'more'
  | 'noIndex'
  | 'dateType'
  | 'unmatched'
  | 'quoted'
  | 'searchInstead'
  | 'details'
  | 'kind'
  | 'sentenceEnd'
  | 'ellipsis',
  string
>;

export function searchLabels(locale: Locale): SearchLabels {
  const t = useTranslations(locale);
  return {
    results: pluralForms(locale, 'search.results'),
    noResults: t('search.noResults'),
    searching: t('search.searching'),
    more: t('search.more'),
    noIndex: t('search.noIndex'),
    dateType: t('search.type.activity'),
    unmatched: t('search.unmatched'),
    quoted: t('search.quoted'),
    searchInstead: t('search.searchInstead'),
    details: t('search.details'),
    kind: t('search.kind'),
    sentenceEnd: t('search.sentenceEnd'),
    ellipsis: t('search.ellipsis'),
  };
}
