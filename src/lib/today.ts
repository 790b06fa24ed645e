/**
 * "Today" on the festival's calendar: the event's calendar day while the festival runs, else
 * none. Pure, with `now` and the time zone as arguments: the build uses it for the view without
 * JavaScript, the browser for the visitor's clock.
 */
import { dayInZone } from './dates.ts';

/**
 * Today's date (`YYYY-MM-DD`, in `timeZone`) when it is one of the window's days; undefined before and after.
 * @example festivalToday(new Date('2023-07-06T17:00:00Z'), { opens: '2023-07-06', closes: '2023-08-05' }, 'Asia/Shanghai') // '2023-07-07'
 */
export function festivalToday(now: Date, window: { opens: string; closes: string }, timeZone: string): string | undefined {
  const today = dayInZone(now, timeZone);
  return today >= window.opens && today <= window.closes ? today : undefined;
}
