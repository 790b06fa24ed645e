/** Pure arrangements of the programme: ordering and grouping by day in the event's time zone. */
import { expandByDay, type DayOfSpan } from './multi-day.ts';

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

/** An item on one of its days, with its part of its span there. */
export interface OnDay<T> {
  item: T;
  span: DayOfSpan;
}

/**
 * Items grouped by every day they cover in `timeZone` (an activity over two days is in both):
 * days in order, items by start, so what continues from an earlier day comes first.
 * @example groupByDay(entries, (entry) => entry.data, 'Asia/Shanghai') // [{ day: '2023-07-06', items: [{ item, span }, ...] }, ...]
 */
export function groupByDay<T>(items: readonly T[], timing: (item: T) => Timing, timeZone: string): { day: string; items: OnDay<T>[] }[] {
  const groups = new Map<string, OnDay<T>[]>();
  for (const onDay of expandByDay(byStart(items, timing), timing, timeZone)) {
    const group = groups.get(onDay.span.day);
    if (group) group.push(onDay);
    else groups.set(onDay.span.day, [onDay]);
  }
  return [...groups].sort(([a], [b]) => a.localeCompare(b)).map(([day, grouped]) => ({ day, items: grouped }));
}
