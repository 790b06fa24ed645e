/**
 * Activities that run over several days, such as a two-day job fair: which calendar days an
 * activity covers in the event's time zone, which part of it each day holds, and what a day's
 * entry says about that part. An activity is one continuous span from its start to its end; the
 * end is exclusive, so one that ends at 00:00 does not reach into the day that begins then. Pure,
 * with the time zone as an argument, like everything that decides days.
 */
import { dateFormat } from './formatters.ts';
import { dayInZone, daysBetween, formatTime } from './dates.ts';
import type { UiKey } from '../i18n/index.ts';
import type { Timing } from './programme.ts';

/** Where a day sits in an activity's span: its only day, the first, one between, or the last. */
export type SpanPart = 'only' | 'first' | 'middle' | 'last';

/** One day an activity covers, and which of its days that is. */
export interface DayOfSpan {
  /** `YYYY-MM-DD` in the event's time zone. */
  day: string;
  part: SpanPart;
  /** Which day of the span, from 1. */
  number: number;
  /** How many days the span covers: 1 for an activity within one day. */
  total: number;
}

/**
 * The calendar days an activity covers in `timeZone`, first to last. An end at exactly 00:00
 * belongs to the day before; an end at or before the start leaves the start's day alone.
 * @example coveredDays({ start: new Date('2023-07-20T09:00+08:00'), end: new Date('2023-07-21T16:00+08:00') }, 'Asia/Shanghai') // ['2023-07-20', '2023-07-21']
 */
export function coveredDays({ start, end }: Timing, timeZone: string): string[] {
  const first = dayInZone(start, timeZone);
  // The last moment it covers is just before its end: the end itself is when it is over.
  const last = end > start ? dayInZone(new Date(end.getTime() - 1), timeZone) : first;
  return last > first ? daysBetween(first, last) : [first];
}

/**
 * Each day an activity covers with its part of the span.
 * @example daysOfSpan(twoDayFair, 'Asia/Shanghai')[1] // { day: '2023-07-21', part: 'last', number: 2, total: 2 }
 */
export function daysOfSpan(timing: Timing, timeZone: string): DayOfSpan[] {
  const days = coveredDays(timing, timeZone);
  const total = days.length;
  return days.map((day, index) => ({
    day,
    number: index + 1,
    total,
    part: total === 1 ? 'only' : index === 0 ? 'first' : index === total - 1 ? 'last' : 'middle',
  }));
}

/**
 * The activity's part on `day`, or undefined when it does not cover that day.
 * @example dayOfSpan(twoDayFair, '2023-07-21', 'Asia/Shanghai')?.part // 'last'
 */
export function dayOfSpan(timing: Timing, day: string, timeZone: string): DayOfSpan | undefined {
  return daysOfSpan(timing, timeZone).find((each) => each.day === day);
}

/**
 * Every (item, day) pair: an item once for each day it covers, in the order of `items`.
 * @example expandByDay([twoDayFair], (item) => item, 'Asia/Shanghai').map(({ span }) => span.day) // ['2023-07-20', '2023-07-21']
 */
export function expandByDay<T>(items: readonly T[], timing: (item: T) => Timing, timeZone: string): { item: T; span: DayOfSpan }[] {
  return items.flatMap((item) => daysOfSpan(timing(item), timeZone).map((span) => ({ item, span })));
}

/** The words a day's entry uses for its part of a span, with `{time}`, `{day}`, `{number}` and `{total}` to fill. */
export interface SpanWords {
  /** "From {time}": the first day, from the start on. */
  from: string;
  /** "Until {time}": the last day, up to the end. */
  until: string;
  /** "All day": a day between the first and the last. */
  allDay: string;
  /** "Day {number} of {total}". */
  dayOf: string;
  /** "Continues from {day}": where a later day's part began. */
  continuesFrom: string;
  /** "Until {time} on {day}": where the span ends, said on the days before. */
  endsOn: string;
}

/** What a day's entry shows of its activity's times. */
export interface DayPartText {
  /** The times on that day: "09:00–16:00", "From 09:00", "Until 16:00" or "All day". */
  time: string;
  /** The instant the time names, for a `<time datetime>`: the start, the end, or none for a whole day. */
  instant: Date | undefined;
  /** For a span, which day it is and where the span begins or ends; empty for a one-day activity. */
  notes: string[];
}

const fill = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (match, name: string) => String(values[name] ?? match));

/**
 * A day as a date without its year or weekday, e.g. "21 July" or "7月21日".
 * @example formatDayAndMonth('2023-07-21', 'en-GB') // '21 July'
 */
export function formatDayAndMonth(day: string, locale: string): string {
  return dateFormat(locale, { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

/**
 * What an entry on one day says about its activity's times: the day's part of the span and,
 * on a span, "Day 2 of 3" with where it began and where it ends.
 * @example describeDayOfSpan(twoDayFair, { day: '2023-07-21', part: 'last', number: 2, total: 2 }, words, 'en-GB', 'Asia/Shanghai') // { time: 'Until 16:00', instant: end, notes: ['Day 2 of 2', 'Continues from 20 July'] }
 */
export function describeDayOfSpan(timing: Timing, span: DayOfSpan, words: SpanWords, locale: string, timeZone: string): DayPartText {
  const { start, end } = timing;
  const lastDay = coveredDays(timing, timeZone).at(-1) ?? span.day;
  const startTime = formatTime(start, locale, timeZone);
  // An end at 00:00 closes the day before: it reads as that day's 24:00, not its 00:00.
  const endTime = dayInZone(end, timeZone) === lastDay ? formatTime(end, locale, timeZone) : '24:00';
  if (span.part === 'only') return { time: `${startTime}–${endTime}`, instant: start, notes: [] };
  const dayOf = fill(words.dayOf, { number: span.number, total: span.total });
  const began = fill(words.continuesFrom, { day: formatDayAndMonth(dayInZone(start, timeZone), locale) });
  const ends = fill(words.endsOn, { time: endTime, day: formatDayAndMonth(lastDay, locale) });
  switch (span.part) {
    case 'first':
      return { time: fill(words.from, { time: startTime }), instant: start, notes: [dayOf, ends] };
    case 'middle':
      return { time: words.allDay, instant: undefined, notes: [dayOf, began, ends] };
    case 'last':
      return { time: fill(words.until, { time: endTime }), instant: end, notes: [dayOf, began] };
  }
}

/** The dictionary keys of the span words, for `spanWords`. */
const SPAN_WORD_KEYS = {
  from: 'span.from',
  until: 'span.until',
  allDay: 'span.allDay',
  dayOf: 'span.dayOf',
  continuesFrom: 'span.continuesFrom',
  endsOn: 'span.endsOn',
} as const satisfies Record<keyof SpanWords, UiKey>;

/**
 * The span words in a language, their placeholders left to fill.
 * @example spanWords(useTranslations('en')).dayOf // 'Day {number} of {total}'
 */
export function spanWords(t: (key: UiKey) => string): SpanWords {
  const { from, until, allDay, dayOf, continuesFrom, endsOn } = SPAN_WORD_KEYS;
  return { from: t(from), until: t(until), allDay: t(allDay), dayOf: t(dayOf), continuesFrom: t(continuesFrom), endsOn: t(endsOn) };
}
