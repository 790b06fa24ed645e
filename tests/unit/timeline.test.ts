import { describe, expect, test } from 'vitest';
import { useTranslations } from '../../src/i18n/index.ts';
import { spanWords } from '../../src/lib/multi-day.ts';
import { offersTakingPart, phaseOf, timingOf, todayAndNext, todayTime, upcomingFirst } from '../../src/lib/timeline.ts';

const XIAMEN = 'Asia/Shanghai';
const window = { opens: '2023-07-06', closes: '2023-08-05' };
const at = (iso: string) => new Date(iso);

describe('phaseOf', () => {
  test('returns before, during and after by the day in the event’s zone', () => {
    expect(phaseOf(at('2023-07-05T15:59:00Z'), window, XIAMEN)).toBe('before'); // 23:59 on 5 July in Xiamen
    expect(phaseOf(at('2023-07-05T16:00:00Z'), window, XIAMEN)).toBe('during'); // midnight, 6 July in Xiamen
    expect(phaseOf(at('2023-08-05T15:59:00Z'), window, XIAMEN)).toBe('during');
    expect(phaseOf(at('2023-08-05T16:00:00Z'), window, XIAMEN)).toBe('after');
  });
});

describe('timingOf', () => {
  const item = { start: at('2023-07-06T09:30:00+08:00'), end: at('2023-07-06T11:30:00+08:00') };

  test('returns upcoming, ongoing and past around the activity', () => {
    expect(timingOf(item, at('2023-07-06T09:29:00+08:00'))).toBe('upcoming');
    expect(timingOf(item, at('2023-07-06T09:30:00+08:00'))).toBe('ongoing');
    expect(timingOf(item, at('2023-07-06T11:30:00+08:00'))).toBe('past');
  });

  test('returns cancelled for a cancelled activity, never past or ongoing', () => {
    const cancelled = { ...item, status: { state: 'cancelled' } };
    for (const now of ['2023-07-06T09:29:00+08:00', '2023-07-06T10:00:00+08:00', '2023-08-10T12:00:00+08:00']) {
      expect(timingOf(cancelled, at(now))).toBe('cancelled');
    }
    expect(timingOf({ ...item, status: { state: 'postponed' } }, at('2023-07-06T10:00:00+08:00'))).toBe('ongoing');
  });
});

describe('todayAndNext', () => {
  const items = [
    { id: 'b', start: at('2023-07-07T14:00:00+08:00'), end: at('2023-07-07T17:00:00+08:00') },
    { id: 'a', start: at('2023-07-06T09:30:00+08:00'), end: at('2023-07-06T11:30:00+08:00') },
    { id: 'late', start: at('2023-07-06T20:00:00+08:00'), end: at('2023-07-06T21:00:00+08:00') },
  ];

  test('returns today’s activities in start order and, as next, the first of a later day', () => {
    const result = todayAndNext(items, at('2023-07-06T12:00:00+08:00'), XIAMEN);
    expect(result.today.map((item) => item.id)).toEqual(['a', 'late']);
    // "late" is still to come, but it is on today's list already.
    expect(result.next?.id).toBe('b');
  });

  test('finds the next day with something on across a day with nothing', () => {
    const result = todayAndNext(items, at('2023-07-05T12:00:00+08:00'), XIAMEN);
    expect(result.today).toEqual([]);
    expect(result.next?.id).toBe('a');
  });

  test('returns today by Xiamen’s calendar even when it is still yesterday in UTC', () => {
    // 07:00 on 7 July in Xiamen is 23:00 on 6 July in UTC.
    const result = todayAndNext(items, at('2023-07-06T23:00:00Z'), XIAMEN);
    expect(result.today.map((item) => item.id)).toEqual(['b']);
  });

  test('returns an activity over several days as today’s on each of its days, never as next', () => {
    const fair = { id: 'fair', start: at('2023-07-20T09:00:00+08:00'), end: at('2023-07-21T16:00:00+08:00') };
    const talk = { id: 'talk', start: at('2023-07-21T14:00:00+08:00'), end: at('2023-07-21T18:00:00+08:00') };
    const later = { id: 'later', start: at('2023-07-22T09:00:00+08:00'), end: at('2023-07-22T12:00:00+08:00') };
    const onSecondDay = todayAndNext([later, talk, fair], at('2023-07-21T08:00:00+08:00'), XIAMEN);
    expect(onSecondDay.today.map((item) => item.id)).toEqual(['fair', 'talk']);
    expect(onSecondDay.next?.id).toBe('later');
    // 01:00 on 21 July in Xiamen is still 20 July in UTC; the fair is on both, the talk only on the 21st.
    expect(todayAndNext([talk, fair], at('2023-07-20T17:00:00Z'), XIAMEN).today.map((item) => item.id)).toEqual(['fair', 'talk']);
  });

  test('returns no next activity once everything has started', () => {
    expect(todayAndNext(items, at('2023-08-06T00:00:00+08:00'), XIAMEN)).toEqual({ today: [], next: undefined });
  });
});

describe('todayTime', () => {
  const words = spanWords(useTranslations('en'));
  const fair = { start: at('2023-07-20T09:00:00+08:00'), end: at('2023-07-22T16:00:00+08:00') };

  test('returns the start of a one-day activity, with no day of a span', () => {
    const opening = { start: at('2023-07-06T09:30:00+08:00'), end: at('2023-07-06T11:30:00+08:00') };
    expect(todayTime(opening, '2023-07-06', words, 'en-GB', XIAMEN)).toEqual({ time: '09:30', dayOf: undefined });
  });

  test('returns the start on a span’s first day, and what is left of it on the later days, with the day of the span', () => {
    expect(todayTime(fair, '2023-07-20', words, 'en-GB', XIAMEN)).toEqual({ time: '09:00', dayOf: 'Day 1 of 3' });
    expect(todayTime(fair, '2023-07-21', words, 'en-GB', XIAMEN)).toEqual({ time: 'All day', dayOf: 'Day 2 of 3' });
    expect(todayTime(fair, '2023-07-22', words, 'en-GB', XIAMEN)).toEqual({ time: 'Until 16:00', dayOf: 'Day 3 of 3' });
  });
});

describe('offersTakingPart', () => {
  test('returns false for a cancelled activity and true for one that still takes place', () => {
    expect(offersTakingPart({ state: 'cancelled' })).toBe(false);
    for (const state of ['scheduled', 'postponed', 'rescheduled', 'moved-online']) expect(offersTakingPart({ state })).toBe(true);
  });
});

describe('upcomingFirst', () => {
  const items = [
    { id: 'opening', start: at('2023-07-06T09:30:00+08:00'), end: at('2023-07-06T11:30:00+08:00') },
    { id: 'fair', start: at('2023-07-15T09:00:00+08:00'), end: at('2023-07-15T17:00:00+08:00') },
    { id: 'walk', start: at('2023-07-30T09:00:00+08:00'), end: at('2023-07-30T12:00:00+08:00') },
    { id: 'salon', start: at('2023-07-20T14:00:00+08:00'), end: at('2023-07-20T16:00:00+08:00') },
  ];
  const order = (now: string) => upcomingFirst(items, at(now), (item) => item).map((item) => item.id);

  test('returns what is still to come soonest first, then what is over, most recent first', () => {
    expect(order('2023-07-18T12:00:00+08:00')).toEqual(['salon', 'walk', 'fair', 'opening']);
  });

  test('counts an activity happening now as still to come, and one that has just ended as over', () => {
    expect(order('2023-07-15T10:00:00+08:00')).toEqual(['fair', 'salon', 'walk', 'opening']);
    expect(order('2023-07-15T17:00:00+08:00')).toEqual(['salon', 'walk', 'fair', 'opening']);
  });

  test('returns everything in time order before the festival and in reverse after it', () => {
    expect(order('2023-07-01T00:00:00+08:00')).toEqual(['opening', 'fair', 'salon', 'walk']);
    expect(order('2023-09-01T00:00:00+08:00')).toEqual(['walk', 'salon', 'fair', 'opening']);
  });
});
