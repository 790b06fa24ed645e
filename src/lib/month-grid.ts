/**
 * The calendar page's grid: the weeks the festival window touches, Monday of the opening week
 * to Sunday of the closing week, each day a calendar date. Pure: it knows nothing of time zones,
 * because it works on days (YYYY-MM-DD), not instants.
 */
import { dateFormat } from './formatters.ts';

export interface CalendarDay {
  /** `YYYY-MM-DD` */
  day: string;
  /** Whether the day is one of the festival's (the grid starts and ends with whole weeks). */
  inWindow: boolean;
  /** Where a month's name goes: the grid's first day and the first of each month. */
  startsMonth: boolean;
}

const iso = (date: Date): string => date.toISOString().slice(0, 10);
const utc = (day: string): Date => new Date(`${day}T00:00:00Z`);

/**
 * The Monday on or before a day.
 * @example mondayOf('2023-07-06') // '2023-07-03'
 */
export function mondayOf(day: string): string {
  const date = utc(day);
  // getUTCDay(): Sunday is 0; count days back to Monday.
  date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
  return iso(date);
}

/**
 * Whole weeks, Monday first, from the week the window opens in to the week it closes in.
 * @example windowWeeks({ opens: '2023-07-06', closes: '2023-08-05' })[0]?.[0] // { day: '2023-07-03', inWindow: false, startsMonth: true }
 */
export function windowWeeks(window: { opens: string; closes: string }): CalendarDay[][] {
  const end = utc(window.closes);
  end.setUTCDate(end.getUTCDate() + ((7 - end.getUTCDay()) % 7));
  const weeks: CalendarDay[][] = [];
  for (const date = utc(mondayOf(window.opens)); date <= end; date.setUTCDate(date.getUTCDate() + 1)) {
    const day = iso(date);
    const first = weeks.length === 0;
    if (first || weeks.at(-1)?.length === 7) weeks.push([]);
    weeks.at(-1)?.push({ day, inWindow: day >= window.opens && day <= window.closes, startsMonth: first || day.endsWith('-01') });
  }
  return weeks;
}

/**
 * Weekday names for the grid's header, Monday first, in a locale.
 * @example weekdayNames('en-GB', 'short') // ['Mon', 'Tue', ..., 'Sun']
 */
export function weekdayNames(locale: string, width: 'long' | 'short'): string[] {
  const format = dateFormat(locale, { weekday: width, timeZone: 'UTC' });
  // 2023-07-03 was a Monday.
  return Array.from({ length: 7 }, (_, index) => format.format(new Date(Date.UTC(2023, 6, 3 + index))));
}

/** A month's name and year in a locale, e.g. "July 2023". */
export function formatMonth(month: string, locale: string): string {
  return dateFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));
}

/** A day with its month, for a grid cell where a month begins, e.g. "1 Aug" or "8月1日". */
export function formatMonthDay(day: string, locale: string): string {
  return dateFormat(locale, { month: 'short', day: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

/**
 * A day as two lines in reading order, for a heading set in a narrow column: the weekday and
 * the date in English, the date and the weekday in Chinese.
 * @example formatDayLines('2023-07-06', 'en-GB') // ['Thursday', '6 July 2023']
 */
export function formatDayLines(day: string, locale: string): [string, string] {
  const date = new Date(`${day}T00:00:00Z`);
  const weekday = dateFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(date);
  const calendarDate = dateFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
  return locale.startsWith('zh') ? [calendarDate, weekday] : [weekday, calendarDate];
}
