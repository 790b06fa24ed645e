/** Pure arrangements of the programme: ordering and grouping by day in the event's time zone. */
import { dayInZone } from './dates.ts';

/** Anything with a start and an end. */
export interface Timing {
  start: Date;
  end: Date;
}

/**
 * Earliest start first; for equal starts, the one that ends first. The input is not changed.
 * @example byStart(entries, (entry) => entry.data)
 */
export function byStart<T>(items: readonly T[], timing: (item: T) => Timing): T[] {
  return [...items].sort((a, b) => {
    const [x, y] = [timing(a), timing(b)];
    return x.start.getTime() - y.start.getTime() || x.end.getTime() - y.end.getTime();
  });
}

/**
 * Items grouped by the day they start on in `timeZone`: days in order, items by start.
 * @example groupByDay(entries, (entry) => entry.data, 'Asia/Shanghai') // [{ day: '2023-07-06', items: [...] }, ...]
 */
export function groupByDay<T>(items: readonly T[], timing: (item: T) => Timing, timeZone: string): { day: string; items: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const item of byStart(items, timing)) {
    const day = dayInZone(timing(item).start, timeZone);
    groups.set(day, [...(groups.get(day) ?? []), item]);
  }
  return [...groups].map(([day, grouped]) => ({ day, items: grouped }));
}
