import { describe, expect, test } from 'vitest';
import { parseSaved, readShared, reminderFrom, shareQuery, toggle } from '../../src/lib/my-programme.ts';

describe('parseSaved', () => {
  test('returns the stored ids, once each', () => {
    expect(parseSaved('["opening-ceremony","job-fair","opening-ceremony"]')).toEqual(['opening-ceremony', 'job-fair']);
  });

  test('returns nothing for missing, broken or foreign data', () => {
    expect(parseSaved(null)).toEqual([]);
    expect(parseSaved('{not json')).toEqual([]);
    expect(parseSaved('{"a":1}')).toEqual([]);
    expect(parseSaved('["ok", 3, "<script>"]')).toEqual(['ok']);
  });
});

describe('toggle', () => {
  test('adds an absent id and removes a present one', () => {
    expect(toggle(['a'], 'b')).toEqual(['a', 'b']);
    expect(toggle(['a', 'b'], 'a')).toEqual(['b']);
  });
});

describe('shareQuery and readShared', () => {
  test('round-trip the ids, dropping unknown ones', () => {
    const known = new Set(['opening-ceremony', 'job-fair']);
    expect(readShared(`?${shareQuery(['job-fair', 'opening-ceremony'])}`, known)).toEqual(['job-fair', 'opening-ceremony']);
    expect(readShared('?ids=job-fair,nope,job-fair', known)).toEqual(['job-fair']);
    expect(readShared('', known)).toEqual([]);
  });
});

describe('reminderFrom', () => {
  test('returns the minutes of an offered reminder, and none for anything else', () => {
    expect(reminderFrom('15')).toBe(15);
    expect(reminderFrom('1440')).toBe(1440);
    expect(reminderFrom('')).toBeUndefined();
    expect(reminderFrom('30')).toBeUndefined();
    expect(reminderFrom(undefined)).toBeUndefined();
  });
});
