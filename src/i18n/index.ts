/**
 * UI strings. English (en.json) is the source: its keys are the type, so a component that asks
 * for a key that does not exist does not compile. zh-cn.json must have every key (a unit test
 * fails on a missing one); were one missing, the English would show rather than nothing.
 */
import en from './en.json' with { type: 'json' };
import zhCn from './zh-cn.json' with { type: 'json' };
import { pickPlural, type PluralForms } from './plural.ts';

/** A string of the dictionary; its plural forms (`key#one` …) are reached through `count`. */
export type UiKey = Exclude<keyof typeof en, `${string}#${string}`>;
/** The site's languages, the one source for Astro's i18n routing, the sitemap, the content's translation folders and t(). */
export const LOCALES = ['en', 'zh-cn'] as const;
export type Locale = (typeof LOCALES)[number];
/** The source language, served at the root; every other locale has its own folder and prefix. */
export const DEFAULT_LOCALE = 'en' satisfies Locale;

const dictionaries: Record<Locale, Partial<Record<string, string>>> = {
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
  const tag = languageTag(locale);
  const dictionary = dictionaries[locale];
  return (key: UiKey, values: Record<string, string | number> = {}): string => {
    // Only a count needs the plural forms; every other string is its `other` form, looked up directly.
    const template =
      typeof values.count === 'number' ? pickPlural(pluralForms(locale, key), values.count, tag) : (dictionary[key] ?? en[key]);
    return template.replace(/\{(\w+)\}/g, (match, name: string) => {
      const value = values[name];
      return value === undefined ? match : String(value);
    });
  };
}

/**
 * Every form of a string in a locale, its placeholders unfilled: for browser code that picks the
 * form itself (with pickPlural) once it knows the number. The `other` form falls back to English.
 */
export function pluralForms(locale: Locale, key: UiKey): PluralForms {
  const dictionary = dictionaries[locale];
  const forms: PluralForms = { other: dictionary[key] ?? en[key] };
  // Only the categories the locale's own dictionary gives: English's "one" is not Chinese's.
  for (const category of ['zero', 'one', 'two', 'few', 'many'] as const) {
    const form = dictionary[`${key}#${category}`];
    if (form !== undefined) forms[category] = form;
  }
  return forms;
}
