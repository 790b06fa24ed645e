import { describe, expect, test } from 'vitest';
import {
  compactInstant,
  dayInZone,
  daysBetween,
  formatDay,
  formatMoment,
  formatShortDay,
  formatSpan,
  formatTime,
} from '../../src/lib/dates.ts';

const XIAMEN = 'Asia/Shanghai';

describe('dayInZone', () => {
  test('returns the Xiamen day of an instant that is still the previous day in UTC', () => {
    expect(dayInZone(new Date('2023-07-05T17:30:00Z'), XIAMEN)).toBe('2023-07-06');
  });

  test('returns the same instant as different days in different zones', () => {
    const instant = new Date('2023-07-06T01:00:00+08:00');
    expect(dayInZone(instant, XIAMEN)).toBe('2023-07-06');
    expect(dayInZone(instant, 'Europe/London')).toBe('2023-07-05');
  });
});

describe('daysBetween', () => {
  test('returns every day across a month boundary, both ends included', () => {
    expect(daysBetween('2023-07-30', '2023-08-01')).toEqual(['2023-07-30', '2023-07-31', '2023-08-01']);
  });

  test('returns one day when first and last are the same', () => {
    expect(daysBetween('2023-07-06', '2023-07-06')).toEqual(['2023-07-06']);
  });

  test('returns nothing when last is before first', () => {
    expect(daysBetween('2023-07-06', '2023-07-05')).toEqual([]);
  });
});

describe('formatDay', () => {
  test('returns the weekday, day, month and year in British English', () => {
    expect(formatDay('2023-07-06', 'en-GB')).toMatch(/^Thursday,? 6 July 2023$/);
  });

  test('returns the same calendar day whatever the zone of the machine', () => {
    expect(formatDay('2023-08-05', 'en-GB')).toContain('5 August 2023');
  });

  test('returns the year, month, day and weekday in Chinese', () => {
    expect(formatDay('2023-07-06', 'zh-CN')).toBe('2023年7月6日星期四');
  });
});

describe('formatTime', () => {
  test('returns the 24-hour time in the given zone', () => {
    expect(formatTime(new Date('2023-07-06T01:30:00Z'), 'en-GB', XIAMEN)).toBe('09:30');
    expect(formatTime(new Date('2023-07-06T01:30:00Z'), 'en-GB', 'Europe/Paris')).toBe('03:30');
  });
});

describe('formatMoment', () => {
  test('returns the day and the time in the given zone', () => {
    expect(formatMoment(new Date('2023-07-05T18:00:00Z'), 'en-GB', XIAMEN)).toMatch(/^Thursday,? 6 July 2023, 02:00$/);
  });

  test('puts no comma between the day and the time in Chinese', () => {
    expect(formatMoment(new Date('2023-07-05T18:00:00Z'), 'zh-CN', XIAMEN)).toBe('2023年7月6日星期四 02:00');
  });
});

describe('formatSpan', () => {
  test('returns one day with a time range when start and end fall on the same day', () => {
    expect(formatSpan(new Date('2023-07-06T09:30:00+08:00'), new Date('2023-07-06T11:30:00+08:00'), 'en-GB', XIAMEN)).toMatch(
      /^Thursday,? 6 July 2023, 09:30–11:30$/,
    );
  });

  test('returns both days when the span runs past midnight in the given zone', () => {
    const span = formatSpan(new Date('2023-07-06T22:00:00+08:00'), new Date('2023-07-07T01:00:00+08:00'), 'en-GB', XIAMEN);
    expect(span).toMatch(/6 July 2023, 22:00 – .*7 July 2023, 01:00$/);
  });

  test('returns a Chinese span in the given zone', () => {
    expect(formatSpan(new Date('2023-07-06T09:30:00+08:00'), new Date('2023-07-06T11:30:00+08:00'), 'zh-CN', XIAMEN)).toBe(
      '2023年7月6日星期四 09:30–11:30',
    );
  });
});

describe('formatShortDay', () => {
  test('returns the short weekday, day and month', () => {
    expect(formatShortDay('2023-07-06', 'en-GB')).toBe('Thu 6 Jul');
    expect(formatShortDay('2023-07-06', 'zh-CN')).toBe('7月6日周四');
  });
});

describe('compactInstant', () => {
  test('returns the instant in UTC without milliseconds, which the browser reads back to the same instant', () => {
    const instant = new Date('2023-07-06T09:30:00+08:00');
    expect(compactInstant(instant)).toBe('2023-07-06T01:30:00Z');
    expect(new Date(compactInstant(instant)).getTime()).toBe(instant.getTime());
    expect(compactInstant(new Date('2023-07-06T01:30:00.250Z'))).toBe('2023-07-06T01:30:00.250Z');
  });
});
