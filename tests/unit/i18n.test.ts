import { describe, expect, test } from 'vitest';
import en from '../../src/i18n/en.json' with { type: 'json' };
import zhCn from '../../src/i18n/zh-cn.json' with { type: 'json' };
import { languageTag, toLocale, useTranslations } from '../../src/i18n/index.ts';

describe('useTranslations', () => {
  test('returns the English string with its placeholders filled in', () => {
    expect(useTranslations('en')('programme.count', { count: 30 })).toBe('30 activities');
  });

  test('leaves a placeholder that has no value visible rather than dropping it', () => {
    expect(useTranslations('en')('home.window', { opens: '6 July' })).toBe('6 July to {closes}');
  });

  test('returns the Chinese string on Chinese pages', () => {
    expect(useTranslations('zh-cn')('programme.count', { count: 30 })).toBe(zhCn['programme.count'].replace('{count}', '30'));
    expect(useTranslations('zh-cn')('nav.programme')).not.toBe(en['nav.programme']);
  });
});

describe('zh-cn.json', () => {
  const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();

  test('has every key of en.json and no other', () => {
    expect(Object.keys(zhCn).filter((key) => !(key in en))).toEqual([]);
    expect(Object.keys(en).filter((key) => !(key in zhCn))).toEqual([]);
  });

  test('has the same placeholders as English in every string, and no empty string', () => {
    for (const [key, english] of Object.entries(en)) {
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
