import { describe, expect, test } from 'vitest';
import en from '../../src/i18n/en.json' with { type: 'json' };
import zhCn from '../../src/i18n/zh-cn.json' with { type: 'json' };
import { LOCALES, languageTag, pluralForms, toLocale, useTranslations } from '../../src/i18n/index.ts';
import { CLIENT_WORDS, clientWordsModule, searchWordsModule } from '../../src/integrations/client-words.ts';
import { searchLabels } from '../../src/lib/search-labels.ts';
import { pickPlural } from '../../src/i18n/plural.ts';

describe('useTranslations', () => {
  test('returns the English string with its placeholders filled in', () => {
    expect(useTranslations('en')('programme.count', { count: 30 })).toBe('30 activities');
  });

  test('leaves a placeholder that has no value visible rather than dropping it', () => {
    expect(useTranslations('en')('home.window', { opens: '6 July' })).toBe('6 July to {closes}');
  });

  test('picks the plural form the language uses for the number', () => {
    const english = useTranslations('en');
    expect(english('programme.count', { count: 1 })).toBe('1 activity');
    expect(english('programme.count', { count: 0 })).toBe('0 activities');
    expect(english('search.results', { count: 1, query: 'visa' })).toBe('1 result for “visa”');
    expect(english('search.results', { count: 2, query: 'visa' })).toBe('2 results for “visa”');
    expect(useTranslations('zh-cn')('search.results', { count: 1, query: '签证' })).toBe('找到1条与“签证”相关的结果');
    expect(pluralForms('zh-cn', 'search.results')).toEqual({ other: zhCn['search.results'] });
    expect(pickPlural(pluralForms('en', 'search.results'), 1, 'en-GB')).toBe(en['search.results#one']);
  });

  test('returns the Chinese string on Chinese pages', () => {
    expect(useTranslations('zh-cn')('programme.count', { count: 30 })).toBe(zhCn['programme.count'].replace('{count}', '30'));
    expect(useTranslations('zh-cn')('nav.programme')).not.toBe(en['nav.programme']);
  });
});

describe('zh-cn.json', () => {
  const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();

  test('has every key of en.json and no other, apart from plural forms, which each language has its own', () => {
    const strings = (keys: string[]): string[] => keys.filter((key) => !key.includes('#'));
    expect(strings(Object.keys(zhCn)).filter((key) => !(key in en))).toEqual([]);
    expect(strings(Object.keys(en)).filter((key) => !(key in zhCn))).toEqual([]);
    // Chinese has one form for every number.
    expect(Object.keys(zhCn).filter((key) => key.includes('#'))).toEqual([]);
  });

  test('gives each plural form the placeholders of its other form', () => {
    for (const [key, form] of Object.entries(en).filter(([name]) => name.includes('#'))) {
      const other = (en as Record<string, string>)[key.split('#')[0] ?? ''] ?? '';
      expect(placeholders(form), key).toEqual(placeholders(other));
    }
  });

  test('has the same placeholders as English in every string, and no empty string', () => {
    for (const [key, english] of Object.entries(en)) {
      // A plural form is checked against its language's other form below.
      if (key.includes('#')) continue;
      const chinese = (zhCn as Record<string, string>)[key] ?? '';
      // Chinese puts no space between sentences: that separator is the one string that may be empty.
      if (key !== 'sentence.space') expect(chinese.trim(), key).not.toBe('');
      expect(placeholders(chinese), key).toEqual(placeholders(english));
    }
  });
});

describe('toLocale', () => {
  test('returns a known locale and English for anything else', () => {
    expect(toLocale('zh-cn')).toBe('zh-cn');
    expect(toLocale('fr')).toBe('en');
    expect(toLocale(undefined)).toBe('en');
  });
});

describe('languageTag', () => {
  test('returns the tag used by <html lang> and Intl', () => {
    expect(languageTag('en')).toBe('en-GB');
    expect(languageTag('zh-cn')).toBe('zh-CN');
  });
});

describe('clientWordsModule', () => {
  test('gives browser code the update notice’s words in every language, from the dictionaries', async () => {
    const source = clientWordsModule();
    const { default: words } = (await import(`data:text/javascript,${encodeURIComponent(source)}`)) as {
      default: Record<string, Record<string, string>>;
    };
    expect(Object.keys(words)).toEqual([...LOCALES]);
    for (const locale of LOCALES) {
      const t = useTranslations(locale);
      expect(words[locale]).toEqual(Object.fromEntries(CLIENT_WORDS.map((key) => [key, t(key)])));
    }
    expect(words['zh-cn']?.['update.reload']).not.toBe(words.en?.['update.reload']);
  });
});

describe('searchWordsModule', () => {
  test('gives the search script its words in every language, plural forms included', async () => {
    const { default: words } = (await import(`data:text/javascript,${encodeURIComponent(searchWordsModule())}`)) as {
      default: Record<string, unknown>;
    };
    expect(Object.keys(words)).toEqual([...LOCALES]);
    for (const locale of LOCALES) expect(words[locale]).toEqual(searchLabels(locale));
    expect(searchLabels('en').results).toMatchObject({ one: '{count} result for “{query}”' });
    expect(searchLabels('zh-cn').noResults).toBe(useTranslations('zh-cn')('search.noResults'));
  });
});
