/**
 * Serves the UI strings browser code needs on every page, in every language, as modules the
 * scripts import: `virtual:client-words` (the notice that a new version is ready, in the script
 * every page loads) and `virtual:client-words/search` (the search interface's words, in the
 * search script loaded when search is first wanted), each `{ en: …, 'zh-cn': … }`. They come
 * from the dictionaries like every other string, and reach the scripts without adding a byte to
 * any page (a page's own data goes in its markup instead, as the islands' data do).
 */
import type { AstroIntegration } from 'astro';
import { LOCALES, useTranslations, type UiKey } from '../i18n/index.ts';
import { searchLabels } from '../lib/search-labels.ts';
import { virtualModule } from './virtual-module.ts';

/** The strings served: those of the notice that a new version of the site is ready. */
export const CLIENT_WORDS = ['update.ready', 'update.reload', 'update.later'] as const satisfies readonly UiKey[];

/** The module's source. */
export function clientWordsModule(): string {
  const words = Object.fromEntries(
    LOCALES.map((locale) => {
      const t = useTranslations(locale);
      return [locale, Object.fromEntries(CLIENT_WORDS.map((key) => [key, t(key)]))];
    }),
  );
  return `export default ${JSON.stringify(words)};`;
}

/** The search interface's words in every language. */
export function searchWordsModule(): string {
  return `export default ${JSON.stringify(Object.fromEntries(LOCALES.map((locale) => [locale, searchLabels(locale)])))};`;
}

export function clientWords(): AstroIntegration[] {
  return [virtualModule('virtual:client-words', clientWordsModule), virtualModule('virtual:client-words/search', searchWordsModule)];
}
