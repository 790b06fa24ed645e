import { describe, expect, test } from 'vitest';
import { formatDayLines, formatMonth, formatMonthDay, mondayOf, weekdayNames, windowWeeks } from '../../src/lib/month-grid.ts';

const FESTIVAL = { opens: '2023-07-06', closes: '2023-08-05' };

describe('windowWeeks', () => {
  test('returns the weeks the window touches, from the Monday of the opening week to the Sunday of the closing week', () => {
    const weeks = windowWeeks(FESTIVAL);
    // 6 July 2023 was a Thursday, 5 August a Saturday.
    expect(weeks).toHaveLength(5);
    expect(weeks.every((week) => week.length === 7)).toBe(true);
    expect(weeks[0]?.[0]?.day).toBe('2023-07-03');
    expect(weeks.at(-1)?.map((cell) => cell.day)).toEqual([
      '2023-07-31',
      '2023-08-01',
      '2023-08-02',
      '2023-08-03',
      '2023-08-04',
      '2023-08-05',
      '2023-08-06',
    ]);
  });

  test('marks the days outside the window', () => {
    const outside = windowWeeks(FESTIVAL)
      .flat()
      .filter((cell) => !cell.inWindow)
      .map((cell) => cell.day);
    expect(outside).toEqual(['2023-07-03', '2023-07-04', '2023-07-05', '2023-08-06']);
  });

  test('marks where a month begins: the first day of the grid and the first of each month', () => {
    const starts = windowWeeks(FESTIVAL)
      .flat()
      .filter((cell) => cell.startsMonth)
      .map((cell) => cell.day);
    expect(starts).toEqual(['2023-07-03', '2023-08-01']);
  });

  test('returns one week for a window inside it, and crosses a year', () => {
    expect(windowWeeks({ opens: '2023-07-04', closes: '2023-07-08' })).toHaveLength(1);
    const newYear = windowWeeks({ opens: '2023-12-28', closes: '2024-01-02' });
    expect(newYear.map((week) => week[0]?.day)).toEqual(['2023-12-25', '2024-01-01']);
    expect(
      newYear
        .flat()
        .filter((cell) => cell.startsMonth)
        .map((cell) => cell.day),
    ).toEqual(['2023-12-25', '2024-01-01']);
  });
});

describe('mondayOf', () => {
  test('returns the Monday on or before a day', () => {
    expect(mondayOf('2023-07-06')).toBe('2023-07-03');
    expect(mondayOf('2023-07-03')).toBe('2023-07-03');
    expect(mondayOf('2023-07-09')).toBe('2023-07-03');
    expect(mondayOf('2024-03-01')).toBe('2024-02-26');
  });
});

describe('weekdayNames', () => {
  test('returns Monday first, in the locale', () => {
    expect(weekdayNames('en-GB', 'short')).toEqual(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);
    expect(weekdayNames('zh-CN', 'short')).toEqual(['周一', '周二', '周三', '周四', '周五', '周六', '周日']);
    expect(weekdayNames('zh-CN', 'long')[6]).toBe('星期日');
  });
});

describe('formatMonth', () => {
  test('returns the month and year in the locale', () => {
    expect(formatMonth('2023-07', 'en-GB')).toBe('July 2023');
    expect(formatMonth('2023-07', 'zh-CN')).toBe('2023年7月');
  });

  test('returns a day with its short month name in the locale', () => {
    expect(formatMonthDay('2023-08-01', 'en-GB')).toBe('1 Aug');
    expect(formatMonthDay('2023-08-01', 'zh-CN')).toBe('8月1日');
  });
});

describe('formatDayLines', () => {
  test('returns the weekday and the date in the order each language reads them', () => {
    expect(formatDayLines('2023-07-06', 'en-GB')).toEqual(['Thursday', '6 July 2023']);
    expect(formatDayLines('2023-07-06', 'zh-CN')).toEqual(['2023年7月6日', '星期四']);
  });
});
