/**
 * UI strings. English (en.json) is the source: its keys are the type, so a component that asks
 * for a key that does not exist does not compile. zh-cn.json must have every key (a unit test
 * fails on a missing one); were one missing, the English would show rather than nothing.
 */
import en from './en.json' with { type: 'json' };
import zhCn from './zh-cn.json' with { type: 'json' };

export type UiKey = keyof typeof en;
export const LOCALES = ['en', 'zh-cn'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

const dictionaries: Record<Locale, Partial<Record<UiKey, string>>> = {
  en,
  'zh-cn': zhCn,
};

/** Narrows Astro's `currentLocale` (a plain string) to a locale the site has. */
export function toLocale(value: string | undefined): Locale {
  return (LOCALES as readonly string[]).includes(value ?? '') ? (value as Locale) : DEFAULT_LOCALE;
}

/** The BCP 47 tag for `<html lang>` and Intl: British English (day before month, as in the house style) or `zh-CN`. */
export function languageTag(locale: Locale): string {
  return locale === 'zh-cn' ? 'zh-CN' : 'en-GB';
}

/**
 * The `lang` attribute for an entry's text on a page: none when the text is in the page's
 * language, else the text's own tag (an untranslated entry's English on a Chinese page).
 */
export function textLang(textLocale: Locale, pageLocale: Locale): string | undefined {
  return textLocale === pageLocale ? undefined : languageTag(textLocale);
}

/**
 * The `t()` of one locale: looks a key up and fills in `{placeholders}`.
 * @example useTranslations('en')('programme.count', { count: 30 }) // '30 activities'
 */
export function useTranslations(locale: Locale) {
  const dictionary = dictionaries[locale];
  return (key: UiKey, values: Record<string, string | number> = {}): string =>
    (dictionary[key] ?? en[key]).replace(/\{(\w+)\}/g, (match, name: string) => {
      const value = values[name];
      return value === undefined ? match : String(value);
    });
}
