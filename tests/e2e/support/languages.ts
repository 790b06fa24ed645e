/**
 * The site's two languages, for tests that walk the same journey in each. UI words come from
 * the site's dictionaries and entry titles from the content files, so a test asks for what the
 * visitor reads; the dates and numbers each language must show are written out here, per
 * language, so a formatting mistake cannot pass unnoticed.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { languageTag, useTranslations, type Locale } from '../../../src/i18n/index.ts';
import { fileIn, pathTo } from '../../../src/lib/urls.ts';

const CONTENT = resolve(import.meta.dirname, '../../../content');

/** What each language shows for the same facts. */
interface Expected {
  /** The opening ceremony's time in Xiamen. */
  openingSpan: RegExp;
  /** The returnee services day: its new time, and the sentence giving its old one. */
  returneeNewSpan: RegExp;
  returneePlannedFor: RegExp;
  /** The day 6 July 2023, as day headings and links give it. */
  openingDay: RegExp;
  /** The calendar's first and last weekday headers. */
  monday: string;
  sunday: string;
  /** The opening ceremony in London time, as the visitor's own time. */
  openingInLondon: string;
  /** Headline figures. */
  workforce: string;
  internationalTalents: string;
  /** Before and after the festival, on the home page. */
  startsOn: RegExp;
  endedOn: RegExp;
  /** The festival's dates, as the home page's hero gives them. */
  window: string;
}

const EXPECTED: Record<Locale, Expected> = {
  en: {
    openingSpan: /Thursday,? 6 July 2023, 09:30–11:30/,
    returneeNewSpan: /Saturday,? 22 July 2023, 09:00–16:00/,
    returneePlannedFor: /It was planned for Saturday,? 15 July 2023, 09:00/,
    openingDay: /^Thursday,? 6 July 2023$/,
    monday: 'Mon',
    sunday: 'Sun',
    openingInLondon: '(Thu 6 Jul, 02:30 your time)',
    workforce: '1,550,000',
    internationalTalents: 'more than 56,000',
    startsOn: /The programme starts on Thursday,? 6 July 2023/,
    endedOn: /The programme ended on Saturday,? 5 August 2023/,
    window: '6 July to 5 August 2023',
  },
  'zh-cn': {
    openingSpan: /2023年7月6日星期四 09:30–11:30/,
    returneeNewSpan: /2023年7月22日星期六 09:00–16:00/,
    returneePlannedFor: /原定时间为2023年7月15日星期六 09:00。/,
    openingDay: /^2023年7月6日星期四$/,
    monday: '周一',
    sunday: '周日',
    openingInLondon: '（您当地时间7月6日周四 02:30）',
    workforce: '155万',
    internationalTalents: '超过5.6万',
    startsOn: /活动日程将于2023年7月6日星期四开始/,
    endedOn: /活动已于2023年8月5日星期六结束/,
    window: '2023年7月6日至8月5日',
  },
};

export interface Language extends Expected {
  locale: Locale;
  /** `en-GB` or `zh-CN`, as in `<html lang>`. */
  tag: string;
  t: ReturnType<typeof useTranslations>;
  /** A page's path in this language, e.g. path('programme') → '/zh-cn/programme/'. */
  path: (...segments: string[]) => string;
  /** A file's path in this language, e.g. file('programme.ics') → '/zh-cn/programme.ics'. */
  file: (...segments: string[]) => string;
  /** An entry's title (or name) as this language's pages show it, read from its content file. */
  title: (folder: string, fileName: string) => string;
  /** A UI string whose placeholders may be filled with anything, as a pattern: 'Registration closed on {deadline}' → /Registration closed on .+/. */
  pattern: (key: Parameters<ReturnType<typeof useTranslations>>[0]) => RegExp;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function frontMatter(path: string): Record<string, unknown> {
  const text = readFileSync(path, 'utf8');
  const yaml = path.endsWith('.mdx') ? (/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') : text;
  return parse(yaml) as Record<string, unknown>;
}

function language(locale: Locale): Language {
  return {
    ...EXPECTED[locale],
    locale,
    tag: languageTag(locale),
    t: useTranslations(locale),
    path: (...segments) => pathTo(locale, ...segments),
    file: (...segments) => fileIn(locale, ...segments),
    pattern: (key) =>
      new RegExp(
        useTranslations(locale)(key)
          .split(/\{\w+\}/)
          .map(escapeRegExp)
          .join('.+'),
      ),
    title: (folder, fileName) => {
      const data = frontMatter(resolve(CONTENT, folder, locale === 'en' ? '' : locale, fileName));
      return String(data.title ?? data.name);
    },
  };
}

export const LANGUAGES: Language[] = [language('en'), language('zh-cn')];
export const [ENGLISH, CHINESE] = LANGUAGES as [Language, Language];
