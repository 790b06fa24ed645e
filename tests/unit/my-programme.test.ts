import { describe, expect, test } from 'vitest';
import { overlaps, parseSaved, readShared, shareQuery, toggle } from '../../src/lib/my-programme.ts';

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

describe('overlaps', () => {
  const at = (time: string) => new Date(`2023-07-20T${time}:00+08:00`);

  test('returns, for each item, the others it overlaps', () => {
    const result = overlaps([
      { id: 'a', start: at('09:00'), end: at('11:00') },
      { id: 'b', start: at('10:30'), end: at('12:00') },
      { id: 'c', start: at('12:00'), end: at('13:00') },
    ]);
    expect(result.get('a')).toEqual(['b']);
    expect(result.get('b')).toEqual(['a']);
    // Starting as another ends is not an overlap.
    expect(result.has('c')).toBe(false);
  });
});
