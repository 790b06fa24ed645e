/**
 * Where "now" stands against the programme: before, during or after the festival; which
 * activities are today, which is next, which are over. Pure, with `now` and the time zone as
 * arguments: the build uses it for the no-JavaScript view, the browser for the live one.
 */
import { dayInZone, formatTime } from './dates.ts';
import { coveredDays, dayOfSpan, describeDayOfSpan, type SpanWords } from './multi-day.ts';

export type Phase = 'before' | 'during' | 'after';

export interface TimedItem {
  start: Date;
  end: Date;
}

/** Before the first day of the window, on one of its days, or after its last, in the event's zone. */
export function phaseOf(now: Date, window: { opens: string; closes: string }, timeZone: string): Phase {
  const today = dayInZone(now, timeZone);
  if (today < window.opens) return 'before';
  if (today > window.closes) return 'after';
  return 'during';
}

/**
 * Whether an activity is over, happening now, or still to come; a cancelled one is none of
 * these (it never happens), only cancelled.
 */
export function timingOf(item: TimedItem & { status?: { state: string } }, now: Date): 'past' | 'ongoing' | 'upcoming' | 'cancelled' {
  if (item.status?.state === 'cancelled') return 'cancelled';
  if (item.end <= now) return 'past';
  if (item.start <= now) return 'ongoing';
  return 'upcoming';
}

/**
 * What is on today (by the event's calendar day, in start order, including what has ended
 * today and what began on an earlier day and goes on today) and the first activity of a later
 * day: today's list already shows what is still to come today, so "next" never repeats it.
 */
export function todayAndNext<T extends TimedItem>(items: readonly T[], now: Date, timeZone: string): { today: T[]; next: T | undefined } {
  const sorted = [...items].sort((a, b) => a.start.getTime() - b.start.getTime());
  const day = dayInZone(now, timeZone);
  return {
    today: sorted.filter((item) => coveredDays(item, timeZone).includes(day)),
    next: sorted.find((item) => dayInZone(item.start, timeZone) > day),
  };
}

/**
 * How today's list gives an activity's time on `day`: its start, or on a later day of a span what
 * is left of it ("Until 16:00", "All day"), and which day of the span it is ("Day 2 of 3").
 * @example todayTime(twoDayFair, '2023-07-21', words, 'en-GB', 'Asia/Shanghai') // { time: 'Until 16:00', dayOf: 'Day 2 of 2' }
 */
export function todayTime(
  item: TimedItem,
  day: string,
  words: SpanWords,
  locale: string,
  timeZone: string,
): { time: string; dayOf: string | undefined } {
  const span = dayOfSpan(item, day, timeZone);
  if (!span || span.total === 1) return { time: formatTime(item.start, locale, timeZone), dayOf: undefined };
  const { time, notes } = describeDayOfSpan(item, span, words, locale, timeZone);
  return { time: span.number === 1 ? formatTime(item.start, locale, timeZone) : time, dayOf: notes[0] };
}

/**
 * Whether the activity still takes place, so its page offers to sign up and to add it to a
 * calendar. A cancelled one offers neither; its calendar file stays, to cancel it in calendars.
 */
export function offersTakingPart(status: { state: string }): boolean {
  return status.state !== 'cancelled';
}

/**
 * Activities still to come (or happening now) first, soonest first; then those that are over,
 * the most recent first. A cancelled activity stands where its time puts it. Lists of one venue's
 * or one organiser's activities read this way: what a visitor can still go to, then what was.
 */
export function upcomingFirst<T>(items: readonly T[], now: Date, timesOf: (item: T) => TimedItem): T[] {
  const over = (item: T) => timesOf(item).end <= now;
  const byStart = (a: T, b: T) => timesOf(a).start.getTime() - timesOf(b).start.getTime();
  return [...items.filter((item) => !over(item)).sort(byStart), ...items.filter(over).sort((a, b) => byStart(b, a))];
}
