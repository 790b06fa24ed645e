/**
 * Date and time logic. Everything here is pure: the instant and the time zone come in as
 * arguments, never from the clock or the machine's zone, so results are the same on any
 * build machine and every function can be tested.
 */
import { dateFormat } from './formatters.ts';

/**
 * The calendar day an instant falls on in a time zone, as `YYYY-MM-DD`.
 * @example dayInZone(new Date('2023-07-05T17:30:00Z'), 'Asia/Shanghai') // '2023-07-06'
 */
export function dayInZone(instant: Date, timeZone: string): string {
  const parts = dateFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/**
 * Every day from `first` to `last` inclusive, as `YYYY-MM-DD`.
 * @example daysBetween('2023-07-30', '2023-08-01') // ['2023-07-30', '2023-07-31', '2023-08-01']
 */
export function daysBetween(first: string, last: string): string[] {
  const days: string[] = [];
  for (let day = new Date(`${first}T00:00:00Z`); day <= new Date(`${last}T00:00:00Z`); day.setUTCDate(day.getUTCDate() + 1)) {
    days.push(day.toISOString().slice(0, 10));
  }
  return days;
}

/**
 * A day as a reader expects it, e.g. "Thursday 6 July 2023". The day is a calendar date,
 * so it is formatted in UTC to keep it the same day on every machine.
 */
export function formatDay(day: string, locale: string): string {
  return dateFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );
}

/** The time of day of an instant in a time zone, e.g. "09:30". */
export function formatTime(instant: Date, locale: string, timeZone: string): string {
  return dateFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).format(instant);
}

/**
 * A moment as a reader expects it in a time zone: "Thursday 6 July 2023, 09:30" in English,
 * "2023年7月6日星期四 09:30" in Chinese, which puts no comma between the day and the time.
 */
export function formatMoment(instant: Date, locale: string, timeZone: string): string {
  const separator = locale.startsWith('zh') ? ' ' : ', ';
  return `${formatDay(dayInZone(instant, timeZone), locale)}${separator}${formatTime(instant, locale, timeZone)}`;
}

/**
 * A start and end as one readable span in a time zone: "Thursday 6 July 2023, 09:30–11:30",
 * or with both days when it runs past midnight.
 */
export function formatSpan(start: Date, end: Date, locale: string, timeZone: string): string {
  const startDay = dayInZone(start, timeZone);
  const endDay = dayInZone(end, timeZone);
  const from = formatMoment(start, locale, timeZone);
  return startDay === endDay ? `${from}–${formatTime(end, locale, timeZone)}` : `${from} – ${formatMoment(end, locale, timeZone)}`;
}

/** A day in few characters, for dense lists, e.g. "Thu 6 Jul". */
export function formatShortDay(day: string, locale: string): string {
  return dateFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

/**
 * An instant as ISO 8601 in UTC for the browser's scripts, without the milliseconds the content
 * never has: shorter in every page that hands a list of times over.
 * @example compactInstant(new Date('2023-07-06T09:30:00+08:00')) // '2023-07-06T01:30:00Z'
 */
export function compactInstant(instant: Date): string {
  return instant.toISOString().replace(/\.000Z$/, 'Z');
}
