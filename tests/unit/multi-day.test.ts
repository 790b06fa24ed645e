import { describe, expect, test } from 'vitest';
import {
  coveredDays,
  dayOfSpan,
  daysOfSpan,
  describeDayOfSpan,
  expandByDay,
  formatDayAndMonth,
  spanWords,
} from '../../src/lib/multi-day.ts';
import { useTranslations } from '../../src/i18n/index.ts';

const XIAMEN = 'Asia/Shanghai';
const span = (start: string, end: string) => ({ start: new Date(start), end: new Date(end) });
const parts = (timing: ReturnType<typeof span>, timeZone = XIAMEN) =>
  daysOfSpan(timing, timeZone).map(({ day, part, number, total }) => `${day} ${part} ${String(number)}/${String(total)}`);

describe('coveredDays', () => {
  test('returns the one day of an activity that starts and ends on it', () => {
    expect(coveredDays(span('2023-07-06T09:30:00+08:00', '2023-07-06T11:30:00+08:00'), XIAMEN)).toEqual(['2023-07-06']);
  });

  test('returns both days of a two-day activity', () => {
    expect(coveredDays(span('2023-07-20T09:00:00+08:00', '2023-07-21T16:00:00+08:00'), XIAMEN)).toEqual(['2023-07-20', '2023-07-21']);
  });

  test('returns every day of a week-long exhibition', () => {
    expect(coveredDays(span('2023-07-10T10:00:00+08:00', '2023-07-16T18:00:00+08:00'), XIAMEN)).toEqual([
      '2023-07-10',
      '2023-07-11',
      '2023-07-12',
      '2023-07-13',
      '2023-07-14',
      '2023-07-15',
      '2023-07-16',
    ]);
  });

  test('does not count the next day for an activity that ends at exactly 00:00', () => {
    expect(coveredDays(span('2023-07-10T20:00:00+08:00', '2023-07-11T00:00:00+08:00'), XIAMEN)).toEqual(['2023-07-10']);
    expect(coveredDays(span('2023-07-10T09:00:00+08:00', '2023-07-12T00:00:00+08:00'), XIAMEN)).toEqual(['2023-07-10', '2023-07-11']);
  });

  test('counts the next day for an activity that ends a minute after midnight', () => {
    expect(coveredDays(span('2023-07-10T20:00:00+08:00', '2023-07-11T00:01:00+08:00'), XIAMEN)).toEqual(['2023-07-10', '2023-07-11']);
  });

  test('crosses the end of a month', () => {
    expect(coveredDays(span('2023-07-30T09:00:00+08:00', '2023-08-01T17:00:00+08:00'), XIAMEN)).toEqual([
      '2023-07-30',
      '2023-07-31',
      '2023-08-01',
    ]);
  });

  test('decides days in the zone it is given, not in UTC', () => {
    // 07:00–09:00 on 7 July in Xiamen is 23:00 on 6 July to 01:00 on 7 July in UTC: one day in Xiamen, two in UTC.
    const morning = span('2023-07-07T07:00:00+08:00', '2023-07-07T09:00:00+08:00');
    expect(coveredDays(morning, XIAMEN)).toEqual(['2023-07-07']);
    expect(coveredDays(morning, 'UTC')).toEqual(['2023-07-06', '2023-07-07']);
    // 20:00 on 6 July to 02:00 on 7 July in Xiamen is 12:00–18:00 on 6 July in UTC: two days in Xiamen, one in UTC.
    const night = span('2023-07-06T20:00:00+08:00', '2023-07-07T02:00:00+08:00');
    expect(coveredDays(night, XIAMEN)).toEqual(['2023-07-06', '2023-07-07']);
    expect(coveredDays(night, 'UTC')).toEqual(['2023-07-06']);
  });

  test('returns the start’s day for an end that is not after the start', () => {
    expect(coveredDays(span('2023-07-10T09:00:00+08:00', '2023-07-10T09:00:00+08:00'), XIAMEN)).toEqual(['2023-07-10']);
  });
});

describe('daysOfSpan', () => {
  test('returns one day as the only part, day 1 of 1', () => {
    expect(parts(span('2023-07-06T09:30:00+08:00', '2023-07-06T11:30:00+08:00'))).toEqual(['2023-07-06 only 1/1']);
  });

  test('returns the first and last parts of two days', () => {
    expect(parts(span('2023-07-20T09:00:00+08:00', '2023-07-21T16:00:00+08:00'))).toEqual(['2023-07-20 first 1/2', '2023-07-21 last 2/2']);
  });

  test('returns the days between as middle parts, numbered across a month’s end', () => {
    expect(parts(span('2023-07-30T09:00:00+08:00', '2023-08-02T12:00:00+08:00'))).toEqual([
      '2023-07-30 first 1/4',
      '2023-07-31 middle 2/4',
      '2023-08-01 middle 3/4',
      '2023-08-02 last 4/4',
    ]);
  });

  test('returns a week as seven parts', () => {
    const week = daysOfSpan(span('2023-07-10T10:00:00+08:00', '2023-07-16T18:00:00+08:00'), XIAMEN);
    expect(week.map(({ part }) => part)).toEqual(['first', 'middle', 'middle', 'middle', 'middle', 'middle', 'last']);
    expect(week.every(({ total }) => total === 7)).toBe(true);
  });
});

describe('dayOfSpan', () => {
  const fair = span('2023-07-20T09:00:00+08:00', '2023-07-21T16:00:00+08:00');

  test('returns the part on a day the activity covers', () => {
    expect(dayOfSpan(fair, '2023-07-21', XIAMEN)).toEqual({ day: '2023-07-21', part: 'last', number: 2, total: 2 });
  });

  test('returns undefined on a day it does not cover', () => {
    expect(dayOfSpan(fair, '2023-07-22', XIAMEN)).toBeUndefined();
  });
});

describe('expandByDay', () => {
  test('returns each item once for each day it covers, in the items’ order', () => {
    const items = [
      { id: 'fair', ...span('2023-07-20T09:00:00+08:00', '2023-07-21T16:00:00+08:00') },
      { id: 'talk', ...span('2023-07-21T14:00:00+08:00', '2023-07-21T18:00:00+08:00') },
    ];
    expect(expandByDay(items, (item) => item, XIAMEN).map(({ item, span: part }) => `${item.id} ${part.day}`)).toEqual([
      'fair 2023-07-20',
      'fair 2023-07-21',
      'talk 2023-07-21',
    ]);
  });
});

describe('describeDayOfSpan', () => {
  const english = spanWords(useTranslations('en'));
  const chinese = spanWords(useTranslations('zh-cn'));
  const exhibition = span('2023-07-30T09:00:00+08:00', '2023-08-01T17:00:00+08:00');
  const [first, middle, last] = daysOfSpan(exhibition, XIAMEN);
  if (!first || !middle || !last) throw new Error('expected three days');

  test('returns the start and end times of a one-day activity, with no notes', () => {
    const opening = span('2023-07-06T09:30:00+08:00', '2023-07-06T11:30:00+08:00');
    const [only] = daysOfSpan(opening, XIAMEN);
    if (!only) throw new Error('expected a day');
    expect(describeDayOfSpan(opening, only, english, 'en-GB', XIAMEN)).toEqual({ time: '09:30–11:30', instant: opening.start, notes: [] });
  });

  test('returns each day’s part of a span with which day it is, in English', () => {
    expect(describeDayOfSpan(exhibition, first, english, 'en-GB', XIAMEN)).toEqual({
      time: 'From 09:00',
      instant: exhibition.start,
      notes: ['Day 1 of 3', 'Until 17:00 on 1 August'],
    });
    expect(describeDayOfSpan(exhibition, middle, english, 'en-GB', XIAMEN)).toEqual({
      time: 'All day',
      instant: undefined,
      notes: ['Day 2 of 3', 'Continues from 30 July', 'Until 17:00 on 1 August'],
    });
    expect(describeDayOfSpan(exhibition, last, english, 'en-GB', XIAMEN)).toEqual({
      time: 'Until 17:00',
      instant: exhibition.end,
      notes: ['Day 3 of 3', 'Continues from 30 July'],
    });
  });

  test('returns the same in Chinese', () => {
    expect(describeDayOfSpan(exhibition, middle, chinese, 'zh-CN', XIAMEN).notes).toEqual([
      '第2天，共3天',
      '自7月30日起连续举行',
      '持续至8月1日 17:00',
    ]);
    expect(describeDayOfSpan(exhibition, last, chinese, 'zh-CN', XIAMEN).time).toBe('至17:00');
  });

  test('gives an end at 00:00 as 24:00 of the day before', () => {
    const late = span('2023-07-10T09:00:00+08:00', '2023-07-12T00:00:00+08:00');
    const [, second] = daysOfSpan(late, XIAMEN);
    if (!second) throw new Error('expected two days');
    expect(describeDayOfSpan(late, second, english, 'en-GB', XIAMEN).time).toBe('Until 24:00');
  });
});

describe('formatDayAndMonth', () => {
  test('returns the day and month without year or weekday', () => {
    expect(formatDayAndMonth('2023-08-01', 'en-GB')).toBe('1 August');
    expect(formatDayAndMonth('2023-08-01', 'zh-CN')).toBe('8月1日');
  });
});
