import { describe, expect, test } from 'vitest';
import { dayRangeEnds } from '../../src/lib/date-range.ts';

describe('dayRangeEnds', () => {
  test('returns the year once, at the end in English', () => {
    expect(dayRangeEnds('2023-07-06', '2023-08-05', 'en-GB')).toEqual({ opens: '6 July', closes: '5 August 2023' });
  });

  test('returns the year once, at the start in Chinese', () => {
    expect(dayRangeEnds('2023-07-06', '2023-08-05', 'zh-CN')).toEqual({ opens: '2023年7月6日', closes: '8月5日' });
  });

  test('returns both years for a span across a new year', () => {
    expect(dayRangeEnds('2023-12-30', '2024-01-02', 'en-GB')).toEqual({ opens: '30 December 2023', closes: '2 January 2024' });
    expect(dayRangeEnds('2023-12-30', '2024-01-02', 'zh-CN')).toEqual({ opens: '2023年12月30日', closes: '2024年1月2日' });
  });
});
