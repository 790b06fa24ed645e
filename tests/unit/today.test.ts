import { describe, expect, test } from 'vitest';
import { festivalToday } from '../../src/lib/today.ts';

const FESTIVAL = { opens: '2023-07-06', closes: '2023-08-05' };
const XIAMEN = 'Asia/Shanghai';

describe('festivalToday', () => {
  test('returns the day in the event’s zone while the festival runs', () => {
    expect(festivalToday(new Date('2023-07-07T10:00:00+08:00'), FESTIVAL, XIAMEN)).toBe('2023-07-07');
    // 17:00 UTC on 6 July is already 7 July in Xiamen.
    expect(festivalToday(new Date('2023-07-06T17:00:00Z'), FESTIVAL, XIAMEN)).toBe('2023-07-07');
  });

  test('returns the first and last days themselves', () => {
    expect(festivalToday(new Date('2023-07-06T00:00:00+08:00'), FESTIVAL, XIAMEN)).toBe('2023-07-06');
    expect(festivalToday(new Date('2023-08-05T23:59:00+08:00'), FESTIVAL, XIAMEN)).toBe('2023-08-05');
  });

  test('returns nothing before and after the festival', () => {
    expect(festivalToday(new Date('2023-07-05T23:59:00+08:00'), FESTIVAL, XIAMEN)).toBeUndefined();
    expect(festivalToday(new Date('2023-08-06T00:00:00+08:00'), FESTIVAL, XIAMEN)).toBeUndefined();
    // Still 5 August in London, already 6 August in Xiamen: the event's zone decides.
    expect(festivalToday(new Date('2023-08-05T20:00:00+01:00'), FESTIVAL, XIAMEN)).toBeUndefined();
    expect(festivalToday(new Date('2023-08-05T20:00:00+01:00'), FESTIVAL, 'Europe/London')).toBe('2023-08-05');
  });
});
