/**
 * Whether a date (and time) written in figures names one that exists. JavaScript's own parser
 * quietly rolls 31 June over to 1 July and 30 February into March, so a slip in a content file
 * would be published as another day; this reads the figures themselves.
 */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const FIELDS = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?/;

/**
 * Why `text` (`YYYY-MM-DD`, optionally followed by `Thh:mm` or `Thh:mm:ss` and anything else)
 * is not a real date and time, in words, e.g. "June 2023 has 30 days"; undefined when it is
 * one, or when it is not written in those figures at all (other checks say so).
 */
export function impossibleDate(text: string): string | undefined {
  const fields = FIELDS.exec(text);
  if (!fields) return undefined;
  // A time left out counts as midnight.
  const [year, month, day, hour, minute, second] = Array.from({ length: 6 }, (_, index) => Number(fields[index + 1] ?? 0));
  if (year === undefined || month === undefined || day === undefined) return undefined;
  if (month < 1 || month > 12) return `there is no month ${String(month)}`;
  // Day 0 of the next month is the last day of this one.
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const monthName = `${MONTHS[month - 1] ?? ''} ${String(year)}`;
  if (day < 1 || day > days) return `${monthName} has ${String(days)} days`;
  if ((hour ?? 0) > 23) return `there is no hour ${String(hour)}; hours go from 00 to 23`;
  if ((minute ?? 0) > 59) return `there is no minute ${String(minute)}; minutes go from 00 to 59`;
  if ((second ?? 0) > 59) return `there is no second ${String(second)}; seconds go from 00 to 59`;
  return undefined;
}
