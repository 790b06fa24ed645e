/**
 * The programme as a time grid: the festival's weeks, days across, hours down, each activity
 * placed on the rows of the time slots it covers and, where activities overlap, side by side in
 * lanes. Pure, with the time zone as an argument: rows are the event's clock, not the machine's.
 */
import { dateFormat } from './formatters.ts';
import { windowWeeks } from './month-grid.ts';
import { dayInZone } from './dates.ts';
import type { Timing } from './programme.ts';

/** An item on the grid. Rows and lanes are grid lines, counted from 1 (as CSS grid counts them). */
export interface Placed<T> {
  item: T;
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
 * activity that runs past midnight is drawn to the end of its first day.
 * @example timeGrid(items, (item) => item.data, { opens: '2023-07-06', closes: '2023-08-05' }, 'Asia/Shanghai').weeks[0]?.[3]?.entries[0] // { item, row: 4, rowEnd: 8, lane: 1, laneEnd: 2 }
 */
export function timeGrid<T>(
  items: readonly T[],
  timing: (item: T) => Timing,
  window: { opens: string; closes: string },
  timeZone: string,
  slotMinutes = 30,
): TimeGrid<T> {
  const spans = items.map((item) => {
    const { start, end } = timing(item);
    const day = dayInZone(start, timeZone);
    const from = minuteOfDay(start, timeZone);
    const to = dayInZone(end, timeZone) === day ? minuteOfDay(end, timeZone) : DAY_MINUTES;
    return { item, day, from, to: Math.max(to, from + 1) };
  });
  const firstMinute = spans.length === 0 ? 9 * 60 : Math.floor(Math.min(...spans.map((span) => span.from)) / 60) * 60;
  const lastMinute = spans.length === 0 ? 17 * 60 : Math.ceil(Math.max(...spans.map((span) => span.to)) / 60) * 60;
  const slots = (lastMinute - firstMinute) / slotMinutes;
  const hours = Array.from({ length: (lastMinute - firstMinute) / 60 }, (_, index) => ({
    label: `${pad(firstMinute / 60 + index)}:00`,
    row: (index * 60) / slotMinutes + 1,
  }));
  const byDay = new Map<string, Omit<Placed<T>, 'lane' | 'laneEnd'>[]>();
  for (const span of [...spans].sort((a, b) => a.day.localeCompare(b.day) || a.from - b.from || a.to - b.to)) {
    const row = Math.floor((span.from - firstMinute) / slotMinutes) + 1;
    const rowEnd = Math.max(row + 1, Math.ceil((span.to - firstMinute) / slotMinutes) + 1);
    byDay.set(span.day, [...(byDay.get(span.day) ?? []), { item: span.item, row, rowEnd }]);
  }
  const weeks = windowWeeks(window).map((week) =>
    week.map(({ day, inWindow }) => {
      const { lanes, placed } = assignLanes(byDay.get(day) ?? []);
      return { day, inWindow, lanes, entries: placed };
    }),
  );
  return { firstMinute, slotMinutes, slots, hours, weeks };
}
