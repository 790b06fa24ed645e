import { describe, expect, test } from 'vitest';
import { byStart, groupByDay } from '../../src/lib/programme.ts';

const item = (id: string, start: string, end: string) => ({ id, start: new Date(start), end: new Date(end) });
const timing = (value: ReturnType<typeof item>) => value;

describe('byStart', () => {
  test('returns items earliest first, the shorter first when starts are equal, without changing the input', () => {
    const items = [
      item('late', '2023-07-07T09:00:00+08:00', '2023-07-07T10:00:00+08:00'),
      item('long', '2023-07-06T09:00:00+08:00', '2023-07-06T17:00:00+08:00'),
      item('short', '2023-07-06T09:00:00+08:00', '2023-07-06T10:00:00+08:00'),
    ];
    expect(byStart(items, timing).map((value) => value.id)).toEqual(['short', 'long', 'late']);
    expect(items.map((value) => value.id)).toEqual(['late', 'long', 'short']);
  });
});

describe('groupByDay', () => {
  const ids = (groups: ReturnType<typeof groupByDay<ReturnType<typeof item>>>) =>
    groups.map(({ day, items: grouped }) => [day, grouped.map(({ item: value }) => value.id)]);

  test('returns days in order with the items that start on each, by the day in the given zone', () => {
    const items = [
      item('evening', '2023-07-06T20:00:00+08:00', '2023-07-06T21:00:00+08:00'),
      // 00:30 in Xiamen is still 6 July in UTC: it belongs to 7 July here.
      item('after-midnight', '2023-07-07T00:30:00+08:00', '2023-07-07T01:30:00+08:00'),
      item('morning', '2023-07-06T09:00:00+08:00', '2023-07-06T10:00:00+08:00'),
    ];
    expect(ids(groupByDay(items, timing, 'Asia/Shanghai'))).toEqual([
      ['2023-07-06', ['morning', 'evening']],
      ['2023-07-07', ['after-midnight']],
    ]);
  });

  test('returns an activity over several days on each of them, first on the later days, with its part there', () => {
    const items = [
      item('talk', '2023-07-21T14:00:00+08:00', '2023-07-21T18:00:00+08:00'),
      item('fair', '2023-07-20T09:00:00+08:00', '2023-07-22T16:00:00+08:00'),
      // Ends at midnight: 21 July is not one of its days.
      item('evening', '2023-07-20T20:00:00+08:00', '2023-07-21T00:00:00+08:00'),
    ];
    const groups = groupByDay(items, timing, 'Asia/Shanghai');
    expect(ids(groups)).toEqual([
      ['2023-07-20', ['fair', 'evening']],
      ['2023-07-21', ['fair', 'talk']],
      ['2023-07-22', ['fair']],
    ]);
    expect(groups.map(({ items: grouped }) => grouped[0]?.span.part)).toEqual(['first', 'middle', 'last']);
  });

  test('returns no days for no items', () => {
    expect(groupByDay([], timing, 'Asia/Shanghai')).toEqual([]);
  });
});
