import { describe, expect, test } from 'vitest';
import { formatFigure } from '../../src/lib/figures.ts';
import { languageNames, listOf } from '../../src/lib/languages.ts';
import { describePeriod, type PeriodLabels } from '../../src/lib/periods.ts';
import { phoneLink } from '../../src/lib/phone.ts';
import { bodyLinkHref, fileIn, localeOfPath, pathInLocale, pathTo } from '../../src/lib/urls.ts';

describe('formatFigure', () => {
  const moreThan = (value: string) => `more than ${value}`;

  test('returns grouped digits', () => {
    expect(formatFigure({ value: 1550000, moreThan: false }, 'en-GB', moreThan)).toBe('1,550,000');
  });

  test('returns a lower bound in words', () => {
    expect(formatFigure({ value: 56000, moreThan: true }, 'en-GB', moreThan)).toBe('more than 56,000');
  });

  test('counts in 万 for Chinese readers from ten thousand up, and in plain digits below', () => {
    expect(formatFigure({ value: 1550000, moreThan: false }, 'zh-CN', moreThan)).toBe('155万');
    expect(formatFigure({ value: 56000, moreThan: true }, 'zh-CN', (value) => `超过${value}`)).toBe('超过5.6万');
    expect(formatFigure({ value: 300, moreThan: false }, 'zh-CN', moreThan)).toBe('300');
  });
});

describe('languageNames', () => {
  test('returns the names of language codes as a list in the reader’s language', () => {
    expect(languageNames(['zh', 'en'], 'en-GB')).toBe('Chinese and English');
    expect(languageNames(['zh', 'en', 'nan'], 'zh-CN')).toBe('中文、英语和闽南语');
  });
});

describe('listOf', () => {
  test('joins a list with the reader’s language’s separators', () => {
    expect(listOf(['Entrepreneurs', 'Investors', 'Researchers'], 'en-GB')).toBe('Entrepreneurs, Investors and Researchers');
    expect(listOf(['创业者', '投资人', '科研人员'], 'zh-CN')).toBe('创业者、投资人和科研人员');
  });
});

describe('describePeriod', () => {
  const labels: PeriodLabels = {
    allYear: 'All year',
    from: (day) => `From ${day}`,
    until: (day) => `Until ${day}`,
    between: (from, until) => `${from} to ${until}`,
  };

  test('returns "all year" when there is no period', () => {
    expect(describePeriod(undefined, 'en-GB', labels)).toBe('All year');
  });

  test('returns both ends when both are given', () => {
    expect(describePeriod({ from: '2023-07-01', until: '2023-12-31' }, 'en-GB', labels)).toMatch(/1 July 2023 to .*31 December 2023$/);
  });

  test('returns one end when only one is given', () => {
    expect(describePeriod({ until: '2023-12-31' }, 'en-GB', labels)).toMatch(/^Until .*31 December 2023$/);
  });
});

describe('phoneLink', () => {
  test('returns the international form with non-breaking spaces and a tel: link', () => {
    expect(phoneLink('+86 592 512 3456')).toEqual({ text: '+86\u00a0592\u00a0512\u00a03456', href: 'tel:+865925123456' });
  });

  test('reads a number without a country code as a Chinese number', () => {
    expect(phoneLink('0592 512 3456').href).toBe('tel:+865925123456');
  });
});

describe('pathTo', () => {
  test('returns English paths at the root and Chinese ones under /zh-cn/, with a trailing slash', () => {
    expect(pathTo('en')).toBe('/');
    expect(pathTo('en', 'programme', 'opening-ceremony')).toBe('/programme/opening-ceremony/');
    expect(pathTo('zh-cn', 'guidance')).toBe('/zh-cn/guidance/');
  });
});

describe('pathInLocale', () => {
  test('returns the same page in the other language, home included', () => {
    expect(pathInLocale('/programme/opening-ceremony/', 'zh-cn')).toBe('/zh-cn/programme/opening-ceremony/');
    expect(pathInLocale('/zh-cn/programme/opening-ceremony/', 'en')).toBe('/programme/opening-ceremony/');
    expect(pathInLocale('/', 'zh-cn')).toBe('/zh-cn/');
    expect(pathInLocale('/zh-cn/', 'en')).toBe('/');
    expect(pathInLocale('/zh-cn/guidance/', 'zh-cn')).toBe('/zh-cn/guidance/');
  });

  test('does not mistake a page whose slug starts like a locale for a Chinese page', () => {
    expect(localeOfPath('/zh-cn-news/')).toBe('en');
    expect(pathInLocale('/zh-cn-news/', 'zh-cn')).toBe('/zh-cn/zh-cn-news/');
  });
});

describe('bodyLinkHref', () => {
  test('returns a link to another entry in the page’s language, and leaves other links alone', () => {
    expect(bodyLinkHref('/guidance/lease-registration/', 'zh-cn')).toBe('/zh-cn/guidance/lease-registration/');
    expect(bodyLinkHref('/guidance/lease-registration/#documents', 'en')).toBe('/guidance/lease-registration/#documents');
    expect(bodyLinkHref('https://example.org/a/', 'zh-cn')).toBe('https://example.org/a/');
    expect(bodyLinkHref('//example.org/a/', 'zh-cn')).toBe('//example.org/a/');
    expect(bodyLinkHref('#agenda', 'zh-cn')).toBe('#agenda');
  });
});

describe('fileIn', () => {
  test('returns a file path in a language, without a trailing slash', () => {
    expect(fileIn('en', 'programme.ics')).toBe('/programme.ics');
    expect(fileIn('zh-cn', 'programme', 'opening-ceremony.ics')).toBe('/zh-cn/programme/opening-ceremony.ics');
  });
});
