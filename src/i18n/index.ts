/**
 * UI strings. English (en.json) is the source: its keys are the type, so a component that asks
 * for a key that does not exist does not compile. Other locales fill in what they translate and
 * fall back to English for the rest.
 */
import en from './en.json';

export type UiKey = keyof typeof en;
export const LOCALES = ['en', 'zh-cn'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

const dictionaries: Record<Locale, Partial<Record<UiKey, string>>> = {
  en,
  'zh-cn': {},
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
