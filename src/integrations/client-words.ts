/**
 * Serves the few UI strings that browser code needs on every page, in every language, as the
 * module `virtual:client-words`: `{ en: { key: text }, 'zh-cn': { … } }`. They come from the
 * dictionaries like every other string, and reach the script without adding a byte to any page
 * (a page's own strings go in its markup instead, as the islands' data do).
 */
import type { AstroIntegration } from 'astro';
import { LOCALES, useTranslations, type UiKey } from '../i18n/index.ts';
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

export function clientWords(): AstroIntegration {
  return virtualModule('virtual:client-words', clientWordsModule);
}
