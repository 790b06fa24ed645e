import { describe, expect, test } from 'vitest';
import { formatMonth, monthGrid, monthsSpanning, weekdayNames } from '../../src/lib/calendar.ts';

describe('monthGrid', () => {
  test('returns weeks that start on Monday, padded with the neighbouring months’ days', () => {
    const { weeks } = monthGrid('2023-07');
    // 1 July 2023 was a Saturday; 31 July a Monday.
    expect(weeks[0]?.map((cell) => cell.day)).toEqual([
      '2023-06-26',
      '2023-06-27',
      '2023-06-28',
      '2023-06-29',
      '2023-06-30',
      '2023-07-01',
      '2023-07-02',
    ]);
    expect(weeks[0]?.map((cell) => cell.inMonth)).toEqual([false, false, false, false, false, true, true]);
    expect(weeks.at(-1)?.map((cell) => cell.day)).toEqual([
      '2023-07-31',
      '2023-08-01',
      '2023-08-02',
      '2023-08-03',
      '2023-08-04',
      '2023-08-05',
      '2023-08-06',
    ]);
    expect(weeks).toHaveLength(6);
    expect(weeks.every((week) => week.length === 7)).toBe(true);
  });

  test('returns a month that starts on Monday and ends on Sunday without padding', () => {
    const { weeks } = monthGrid('2021-02');
    expect(weeks).toHaveLength(4);
    expect(weeks.flat().every((cell) => cell.inMonth)).toBe(true);
  });

  test('returns 29 days for February in a leap year', () => {
    expect(
      monthGrid('2024-02')
        .weeks.flat()
        .filter((cell) => cell.inMonth),
    ).toHaveLength(29);
  });
});

describe('monthsSpanning', () => {
  test('returns both months of a window that crosses a month boundary', () => {
    expect(monthsSpanning('2023-07-06', '2023-08-05')).toEqual(['2023-07', '2023-08']);
  });

  test('returns one month for a window inside it, and crosses a year', () => {
    expect(monthsSpanning('2023-07-06', '2023-07-20')).toEqual(['2023-07']);
    expect(monthsSpanning('2023-12-20', '2024-01-05')).toEqual(['2023-12', '2024-01']);
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
});
