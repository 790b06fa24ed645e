/**
 * The month grid of the calendar page: weeks that start on Monday, each day a calendar date.
 * Pure: it knows nothing of time zones, because it works on days (YYYY-MM-DD), not instants.
 */

export interface CalendarDay {
  /** `YYYY-MM-DD` */
  day: string;
  /** Whether the day belongs to the month the grid shows (grids start and end with neighbours' days). */
  inMonth: boolean;
}

export interface CalendarMonth {
  /** `YYYY-MM`, e.g. `2023-07`. */
  month: string;
  /** Rows of seven days, Monday first. */
  weeks: CalendarDay[][];
}

const iso = (date: Date): string => date.toISOString().slice(0, 10);

/**
 * The grid of one month, from the Monday on or before its first day to the Sunday on or after its last.
 * @example monthGrid('2023-07').weeks[0]?.[0] // { day: '2023-06-26', inMonth: false }
 */
export function monthGrid(month: string): CalendarMonth {
  const first = new Date(`${month}-01T00:00:00Z`);
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0));
  // getUTCDay(): Sunday is 0; count days back to Monday.
  const start = new Date(first);
  start.setUTCDate(first.getUTCDate() - ((first.getUTCDay() + 6) % 7));
  const end = new Date(last);
  end.setUTCDate(last.getUTCDate() + ((7 - last.getUTCDay()) % 7));
  const weeks: CalendarDay[][] = [];
  for (const day = new Date(start); day <= end; day.setUTCDate(day.getUTCDate() + 1)) {
    if ((day.getUTCDay() + 6) % 7 === 0) weeks.push([]);
    weeks.at(-1)?.push({ day: iso(day), inMonth: iso(day).startsWith(month) });
  }
  return { month, weeks };
}

/**
 * Every month that a span of days touches, in order.
 * @example monthsSpanning('2023-07-06', '2023-08-05') // ['2023-07', '2023-08']
 */
export function monthsSpanning(first: string, last: string): string[] {
  const months: string[] = [];
  for (let month = first.slice(0, 7); month <= last.slice(0, 7);) {
    months.push(month);
    const next = new Date(`${month}-01T00:00:00Z`);
    next.setUTCMonth(next.getUTCMonth() + 1);
    month = iso(next).slice(0, 7);
  }
  return months;
}

/**
 * Weekday names for the grid's header, Monday first, in a locale.
 * @example weekdayNames('en-GB', 'short') // ['Mon', 'Tue', ..., 'Sun']
 */
export function weekdayNames(locale: string, width: 'long' | 'short'): string[] {
  const format = new Intl.DateTimeFormat(locale, { weekday: width, timeZone: 'UTC' });
  // 2023-07-03 was a Monday.
  return Array.from({ length: 7 }, (_, index) => format.format(new Date(Date.UTC(2023, 6, 3 + index))));
}

/** A month's name and year in a locale, e.g. "July 2023". */
export function formatMonth(month: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));
}
