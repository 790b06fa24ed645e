import { describe, expect, test } from 'vitest';
import { parseRecord, parseSaved, readShared, reminderFrom, shareQuery, toggle, unseenChanges } from '../../src/lib/my-programme.ts';

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

describe('unseenChanges', () => {
  const changes = [
    { date: '2023-07-05T02:00:00Z', sentences: ['Moved from 15 July to 22 July.'] },
    { date: '2023-07-20T10:30:00Z', sentences: ['Cancelled.'] },
  ];

  test('returns the changes made after the activity was saved', () => {
    expect(unseenChanges(changes, '2023-07-01T00:00:00Z', undefined)).toEqual(changes);
    expect(unseenChanges(changes, '2023-07-10T00:00:00Z', undefined)).toEqual([changes[1]]);
    expect(unseenChanges(changes, '2023-07-21T00:00:00Z', undefined)).toEqual([]);
  });

  test('returns none of those the visitor has marked as seen', () => {
    expect(unseenChanges(changes, '2023-07-01T00:00:00Z', 1)).toEqual([changes[1]]);
    expect(unseenChanges(changes, '2023-07-01T00:00:00Z', 2)).toEqual([]);
  });

  test('returns none for an activity saved before its save time was kept, or with a time that is not one', () => {
    expect(unseenChanges(changes, undefined, undefined)).toEqual([]);
    expect(unseenChanges(changes, 'yesterday', undefined)).toEqual([]);
  });
});

describe('parseRecord', () => {
  test('returns the entries of the kind asked for, and nothing from anything that is not a record', () => {
    expect(parseRecord('{"a":"2023-07-01T00:00:00Z","b":2}', 'string')).toEqual({ a: '2023-07-01T00:00:00Z' });
    expect(parseRecord('{"a":"x","b":2}', 'number')).toEqual({ b: 2 });
    expect(parseRecord('[1,2]', 'number')).toEqual({});
    expect(parseRecord('not json', 'number')).toEqual({});
    expect(parseRecord(null, 'number')).toEqual({});
  });
});
