/** Formatters are made once per language and options, and format as a new one would. */
import { describe, expect, test } from 'vitest';
import { dateFormat, listFormat, numberFormat } from '../../src/lib/formatters.ts';

describe('formatters', () => {
  test('give the same formatter for the same language and options, and another for others', () => {
    const options: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'Asia/Shanghai' };
    expect(dateFormat('en-GB', options)).toBe(dateFormat('en-GB', { ...options }));
    expect(dateFormat('en-GB', options)).not.toBe(dateFormat('zh-CN', options));
    expect(dateFormat('en-GB', options)).not.toBe(dateFormat('en-GB', { ...options, timeZone: 'UTC' }));
    expect(dateFormat('en-GB', options).format(new Date('2023-07-06T01:30:00Z'))).toBe('09:30');
    expect(listFormat('zh-CN', { type: 'conjunction' }).format(['甲', '乙', '丙'])).toBe('甲、乙和丙');
    expect(numberFormat('en-GB').format(1234)).toBe('1,234');
  });
});
