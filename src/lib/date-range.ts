/** A span of whole days said the short way, as a poster or a ticket gives it. */

const asDate = (day: string): Date => new Date(`${day}T00:00:00Z`);

/**
 * The two ends of a span of days (YYYY-MM-DD), with the year said once when both share it: on
 * the end where the language puts it (English ends a date with the year, Chinese starts with it).
 * Join them with the language's "to" (the UI string `home.window`).
 * @example dayRangeEnds('2023-07-06', '2023-08-05', 'en-GB') // { opens: '6 July', closes: '5 August 2023' }
 * @example dayRangeEnds('2023-07-06', '2023-08-05', 'zh-CN') // { opens: '2023年7月6日', closes: '8月5日' }
 */
import { dateFormat } from './formatters.ts';
export function dayRangeEnds(first: string, last: string, locale: string): { opens: string; closes: string } {
  const options = { day: 'numeric', month: 'long', timeZone: 'UTC' } as const;
  const withYear = dateFormat(locale, { ...options, year: 'numeric' });
  if (first.slice(0, 4) !== last.slice(0, 4)) {
    return { opens: withYear.format(asDate(first)), closes: withYear.format(asDate(last)) };
  }
  const withoutYear = dateFormat(locale, options);
  const yearFirst = withYear.formatToParts(asDate(first)).findIndex(({ type }) => type === 'year') === 0;
  return yearFirst
    ? { opens: withYear.format(asDate(first)), closes: withoutYear.format(asDate(last)) }
    : { opens: withoutYear.format(asDate(first)), closes: withYear.format(asDate(last)) };
}
