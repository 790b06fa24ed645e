/**
 * A page's social card: the 1200×630 image link previews show. The page says what is on it
 * (Base.astro writes it into its own og:image tag); the build reads it back from the finished
 * page and draws it (src/integrations/social-cards.ts), so a card and its page can never
 * disagree. Everything here is pure: where a card lives, what its date line says in each
 * language, and how its title is fitted to the space.
 */
import { dateFormat } from './formatters.ts';
import { languageTag, useTranslations, type Locale } from '../i18n/index.ts';
import type { ActivityCategory } from '../schemas/activities.ts';
import { formatSpan } from './dates.ts';
import { withoutBase } from './urls.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** What a card says. Only the title is always there. */
export interface CardText {
  locale: Locale;
  /** The site's name, beside the mark. */
  site: string;
  title: string;
  /** A short label above the title: a category, a section. */
  kicker?: string;
  /** The line under the title: when an activity is, how many a day has. */
  date?: string;
  /** The line at the foot: the festival's dates. */
  footer: string;
  /** The activity's category, whose colour the card takes; the site's accent without one. */
  category?: ActivityCategory;
}

/**
 * Where the card of a page lives: one PNG per page under og/, with the page's path as its name.
 * @example cardPath('/zh-cn/programme/opening-ceremony/', '/') // '/og/zh-cn/programme/opening-ceremony.png'
 * @example cardPath('/talent-month/', '/talent-month/') // '/talent-month/og/index.png'
 */
export function cardPath(pathname: string, base: string): string {
  const name = withoutBase(pathname, base)
    .replace(/(\/index)?\.html$/, '')
    .replace(/^\/+|\/+$/g, '');
  return `${base}og/${name === '' ? 'index' : name}.png`;
}

/**
 * When an activity is, for its card: its span in Xiamen time, said so, in the page's language.
 * @example activityDateLine(start, end, 'en', 'Asia/Shanghai') // 'Thursday 6 July 2023, 09:30–11:30 Xiamen time'
 */
export function activityDateLine(start: Date, end: Date, locale: Locale, timeZone: string): string {
  const t = useTranslations(locale);
  return t('card.when', { when: formatSpan(start, end, languageTag(locale), timeZone), zone: t('activity.timeZoneNote') });
}

/**
 * The festival's dates, short, for the foot of every card: the year said once, where each
 * language says it (Intl's own ranges come out as "2023/7/6 – 2023/8/5" in Chinese).
 * @example windowLine('2023-07-06', '2023-08-05', 'en') // '6 July – 5 August 2023'
 * @example windowLine('2023-07-06', '2023-08-05', 'zh-cn') // '2023年7月6日至8月5日'
 */
export function windowLine(opens: string, closes: string, locale: Locale): string {
  // Every card of a build has the same foot: worked out once per language.
  const key = `${opens} ${closes} ${locale}`;
  const known = windowLines.get(key);
  if (known !== undefined) return known;
  const line = festivalWindow(opens, closes, locale);
  windowLines.set(key, line);
  return line;
}

const windowLines = new Map<string, string>();

function festivalWindow(opens: string, closes: string, locale: Locale): string {
  const t = useTranslations(locale);
  const day = (value: string, withYear: boolean): string =>
    dateFormat(languageTag(locale), {
      day: 'numeric',
      month: 'long',
      ...(withYear ? { year: 'numeric' } : {}),
      timeZone: 'UTC',
    }).format(new Date(`${value}T00:00:00Z`));
  if (opens.slice(0, 4) !== closes.slice(0, 4)) return t('card.window', { opens: day(opens, true), closes: day(closes, true) });
  return t('card.windowOneYear', { opens: day(opens, false), closes: day(closes, false), year: opens.slice(0, 4) });
}

/** Chinese, Japanese and Korean characters and full-width punctuation take a whole em; Latin about half. */
const WIDE_CHARACTERS = '\\u1100-\\u115f\\u2e80-\\ua4cf\\uac00-\\ud7a3\\uf900-\\ufaff\\ufe30-\\ufe4f\\uff00-\\uff60\\uffe0-\\uffe6';
const WIDE = new RegExp(`[${WIDE_CHARACTERS}]`, 'u');
/** Words that wrap as a whole: a run of Latin letters with its following space, or one wide character. */
const TOKEN = new RegExp(`[${WIDE_CHARACTERS}]|[^\\s${WIDE_CHARACTERS}]+\\s*|\\s+`, 'gu');

function advance(character: string): number {
  if (WIDE.test(character)) return 1;
  if (character === ' ') return 0.26;
  // Bold Noto Sans averages a little over half an em; capitals and digits are wider than that.
  return /[A-Z0-9]/.test(character) ? 0.68 : 0.56;
}

const tokens = (text: string): string[] => text.match(TOKEN) ?? [];

const widthOf = (text: string, size: number): number => Array.from(text).reduce((sum, character) => sum + advance(character) * size, 0);

/** How many lines `text` takes at `size` px in `width` px, wrapping between words (or between wide characters). */
export function estimateLines(text: string, size: number, width: number): number {
  let lines = 1;
  let line = 0;
  for (const token of tokens(text)) {
    const tokenWidth = widthOf(token.trimEnd(), size);
    if (line > 0 && line + tokenWidth > width) {
      lines += 1;
      line = 0;
    }
    line += widthOf(token, size);
  }
  return lines;
}

/** Title sizes from largest to smallest, with the lines each may take. */
const TITLE_SIZES = [
  { size: 76, lines: 2 },
  { size: 64, lines: 3 },
  { size: 54, lines: 3 },
  { size: 46, lines: 4 },
];

/**
 * The title as the card shows it: the largest size at which it fits, or at the smallest size
 * cut at a word (or character) and ended with "…" so that it does.
 */
export function fitTitle(title: string, width: number): { text: string; size: number } {
  const text = title.trim().replace(/\s+/g, ' ');
  for (const { size, lines } of TITLE_SIZES) {
    if (estimateLines(text, size, width) <= lines) return { text, size };
  }
  const smallest = TITLE_SIZES.at(-1) ?? { size: 46, lines: 4 };
  const parts = tokens(text);
  while (parts.length > 1 && estimateLines(`${parts.join('').trimEnd()}…`, smallest.size, width) > smallest.lines) parts.pop();
  return {
    text: `${parts
      .join('')
      .trimEnd()
      .replace(/[\s,.;:，、。；：·–—-]+$/u, '')}…`,
    size: smallest.size,
  };
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };
const decode = (value: string): string => value.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (entity) => ENTITIES[entity] ?? entity);

/** The og:image tag with the card's text in its `data-card` attribute, as Base.astro writes it. */
const CARD_TAG = /<meta property="og:image" content="([^"]*)" data-card="([^"]*)"\s*\/?>/;

/**
 * A finished page's card: the address it is published at, what it says, and the page without
 * the `data-card` attribute, which was there only to be read here. Undefined for a page with
 * no card (a redirect).
 */
export function readCard(html: string): { image: string; text: CardText; html: string } | undefined {
  const match = CARD_TAG.exec(html);
  if (!match) return undefined;
  const [tag, image = '', data = ''] = match;
  const text = JSON.parse(decode(data)) as CardText;
  return { image: decode(image), text, html: html.replace(tag, `<meta property="og:image" content="${image}">`) };
}
