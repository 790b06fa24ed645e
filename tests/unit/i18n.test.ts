import { describe, expect, test } from 'vitest';
import en from '../../src/i18n/en.json';
import { languageTag, toLocale, useTranslations } from '../../src/i18n/index.ts';

describe('useTranslations', () => {
  test('returns the English string with its placeholders filled in', () => {
    expect(useTranslations('en')('programme.count', { count: 30 })).toBe('30 activities');
  });

  test('leaves a placeholder that has no value visible rather than dropping it', () => {
    expect(useTranslations('en')('home.window', { opens: '6 July' })).toBe('6 July to {closes}');
  });

  test('falls back to English for a key the locale has not translated', () => {
    expect(useTranslations('zh-cn')('nav.programme')).toBe(en['nav.programme']);
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
