/**
 * The programme as a time grid: the festival's weeks, days across, hours down, each activity
 * placed on the rows of the time slots it covers and, where activities overlap, side by side in
 * lanes. Pure, with the time zone as an argument: rows are the event's clock, not the machine's.
 */
import { dateFormat } from './formatters.ts';
import { windowWeeks } from './month-grid.ts';
import { daysOfSpan, type DayOfSpan } from './multi-day.ts';
import type { Timing } from './programme.ts';

/** An item on the grid. Rows and lanes are grid lines, counted from 1 (as CSS grid counts them). */
export interface Placed<T> {
  item: T;
  /** The day of the item's span this block is for (an activity over several days has a block on each). */
  span: DayOfSpan;
  /** The line its first slot starts on, and the line after its last slot. */
  row: number;
  rowEnd: number;
  /** The line of its lane, and the line it reaches (the last lane of a cluster takes the rest of the day). */
  lane: number;
  laneEnd: number;
}

export interface GridDay<T> {
  /** `YYYY-MM-DD` */
  day: string;
  inWindow: boolean;
  /** How many lanes the day's column is split into: the most activities that overlap on it. */
  lanes: number;
  entries: Placed<T>[];
}

export interface TimeGrid<T> {
  /** Minutes after midnight of the first row's start: a whole hour. */
  firstMinute: number;
  slotMinutes: number;
  /** Rows of the grid: whole hours from the earliest start to the latest end. */
  slots: number;
  /** A label for each hour and the row it starts on, e.g. `{ label: '09:00', row: 3 }`. */
  hours: { label: string; row: number }[];
  /** The window's weeks, Monday first, seven days each. */
  weeks: GridDay<T>[][];
}

/**
 * Minutes after midnight of an instant in a time zone.
 * @example minuteOfDay(new Date('2023-07-06T01:30:00Z'), 'Asia/Shanghai') // 570 (09:30)
 */
export function minuteOfDay(instant: Date, timeZone: string): number {
  const parts = dateFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return part('hour') * 60 + part('minute');
}

const DAY_MINUTES = 24 * 60;
const pad = (value: number): string => String(value).padStart(2, '0');

/** Lanes for one day's entries (in start order): clusters of overlapping rows, each lane the first free one. */
function assignLanes<T>(entries: Omit<Placed<T>, 'lane' | 'laneEnd'>[]): { lanes: number; placed: Placed<T>[] } {
  const placed: Placed<T>[] = [];
  let lanes = 1;
  let cluster: { entry: Omit<Placed<T>, 'lane' | 'laneEnd'>; lane: number }[] = [];
  let laneEnds: number[] = [];
  const close = (): void => {
    const width = laneEnds.length;
    lanes = Math.max(lanes, width);
    for (const { entry, lane } of cluster) placed.push({ ...entry, lane, laneEnd: lane === width ? -1 : lane + 1 });
    cluster = [];
    laneEnds = [];
  };
  for (const entry of entries) {
    if (cluster.length > 0 && entry.row >= Math.max(...laneEnds)) close();
    const free = laneEnds.findIndex((end) => end <= entry.row);
    const lane = free === -1 ? laneEnds.length : free;
    laneEnds[lane] = entry.rowEnd;
    cluster.push({ entry, lane: lane + 1 });
  }
  close();
  // The last lane of each cluster reaches the day's last line, so a lone activity is full width.
  return { lanes, placed: placed.map((entry) => (entry.laneEnd === -1 ? { ...entry, laneEnd: lanes + 1 } : entry)) };
}

/**
 * The grid of the window's weeks for `items`, in slots of `slotMinutes` (a divisor of 60). An
 * activity over several days (or past midnight) has a block on each day it covers. The hours run
 * from the earliest start to the latest end of any day's part (with at least an hour of a part
 * that goes on into the night); a part that goes on past the grid's first or last hour is drawn
 * to its top or bottom.
 * @example timeGrid(items, (item) => item.data, { opens: '2023-07-06', closes: '2023-08-05' }, 'Asia/Shanghai').weeks[0]?.[3]?.entries[0] // { item, row: 4, rowEnd: 8, lane: 1, laneEnd: 2 }
 */
export function timeGrid<T>(
  items: readonly T[],
  timing: (item: T) => Timing,
  window: { opens: string; closes: string },
  timeZone: string,
  slotMinutes = 30,
): TimeGrid<T> {
  // Each day's part, with the edges it really has: where it starts (on its first day) and ends (on its last).
  const parts = items.flatMap((item) => {
    const { start, end } = timing(item);
    const startMinute = minuteOfDay(start, timeZone);
    // An end at 00:00 closes the day before: it is that day's 24:00.
    const endMinute = minuteOfDay(end, timeZone) === 0 && end > start ? DAY_MINUTES : minuteOfDay(end, timeZone);
    return daysOfSpan({ start, end }, timeZone).map((span) => ({
      item,
      span,
      from: span.part === 'only' || span.part === 'first' ? startMinute : undefined,
      to: span.part === 'only' || span.part === 'last' ? endMinute : undefined,
    }));
  });
  // A part that goes on past the grid's edge still shows at least an hour of itself.
  const edges = parts.flatMap(({ from, to }) => [
    ...(from === undefined ? [] : [from, to ?? Math.min(from + 60, DAY_MINUTES)]),
    ...(to === undefined ? [] : [to, from ?? Math.max(to - 60, 0)]),
  ]);
  const firstMinute = edges.length === 0 ? 9 * 60 : Math.floor(Math.min(...edges) / 60) * 60;
  const lastMinute = edges.length === 0 ? 17 * 60 : Math.ceil(Math.max(...edges) / 60) * 60;
  const blocks = parts.map(({ item, span, from = firstMinute, to = lastMinute }) => ({ item, span, from, to: Math.max(to, from + 1) }));
  const slots = (lastMinute - firstMinute) / slotMinutes;
  const hours = Array.from({ length: (lastMinute - firstMinute) / 60 }, (_, index) => ({
    label: `${pad(firstMinute / 60 + index)}:00`,
    row: (index * 60) / slotMinutes + 1,
  }));
  const byDay = new Map<string, Omit<Placed<T>, 'lane' | 'laneEnd'>[]>();
  for (const { item, span, from, to } of blocks.sort((a, b) => a.span.day.localeCompare(b.span.day) || a.from - b.from || a.to - b.to)) {
    const row = Math.floor((from - firstMinute) / slotMinutes) + 1;
    const rowEnd = Math.max(row + 1, Math.ceil((to - firstMinute) / slotMinutes) + 1);
    byDay.set(span.day, [...(byDay.get(span.day) ?? []), { item, span, row, rowEnd }]);
  }
  const weeks = windowWeeks(window).map((week) =>
    week.map(({ day, inWindow }) => {
      const { lanes, placed } = assignLanes(byDay.get(day) ?? []);
      return { day, inWindow, lanes, entries: placed };
    }),
  );
  return { firstMinute, slotMinutes, slots, hours, weeks };
}
