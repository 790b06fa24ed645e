import { describe, expect, test } from 'vitest';
import { impossibleDate } from '../../src/lib/real-date.ts';

describe('impossibleDate', () => {
  test('accepts real days and times, leap days included', () => {
    for (const text of ['2023-07-06', '2023-06-30T18:00:00+08:00', '2024-02-29', '2023-12-31T23:59:59Z', '2023-07-06T00:00']) {
      expect(impossibleDate(text)).toBeUndefined();
    }
  });

  test('names the month’s length for a day it does not have', () => {
    expect(impossibleDate('2023-06-31T18:00:00+08:00')).toBe('June 2023 has 30 days');
    expect(impossibleDate('2023-02-30')).toBe('February 2023 has 28 days');
    expect(impossibleDate('2023-02-29')).toBe('February 2023 has 28 days');
    expect(impossibleDate('2023-07-00')).toBe('July 2023 has 31 days');
  });

  test('names a month, hour, minute or second that does not exist', () => {
    expect(impossibleDate('2023-13-01')).toBe('there is no month 13');
    expect(impossibleDate('2023-07-06T24:30:00+08:00')).toBe('there is no hour 24; hours go from 00 to 23');
    expect(impossibleDate('2023-07-06T09:60:00+08:00')).toBe('there is no minute 60; minutes go from 00 to 59');
    expect(impossibleDate('2023-07-06T09:30:61+08:00')).toBe('there is no second 61; seconds go from 00 to 59');
  });

  test('leaves text not written in figures to the other checks', () => {
    expect(impossibleDate('next Thursday')).toBeUndefined();
  });
});
