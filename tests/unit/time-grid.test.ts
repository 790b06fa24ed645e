import { describe, expect, test } from 'vitest';
import { minuteOfDay, timeGrid } from '../../src/lib/time-grid.ts';

const FESTIVAL = { opens: '2023-07-06', closes: '2023-08-05' };
const XIAMEN = 'Asia/Shanghai';

interface Item {
  id: string;
  start: Date;
  end: Date;
}

const item = (id: string, start: string, end: string): Item => ({ id, start: new Date(start), end: new Date(end) });
const timing = (entry: Item) => entry;
const placed = (grid: ReturnType<typeof timeGrid<Item>>, day: string) =>
  grid.weeks
    .flat()
    .find((cell) => cell.day === day)
    ?.entries.map(({ item: entry, row, rowEnd, lane, laneEnd }) => ({ id: entry.id, row, rowEnd, lane, laneEnd }));

describe('minuteOfDay', () => {
  test('returns minutes after midnight in the given zone', () => {
    expect(minuteOfDay(new Date('2023-07-06T01:30:00Z'), XIAMEN)).toBe(570);
    expect(minuteOfDay(new Date('2023-07-06T01:30:00Z'), 'Europe/London')).toBe(150);
    expect(minuteOfDay(new Date('2023-07-05T16:00:00Z'), XIAMEN)).toBe(0);
  });
});

describe('timeGrid', () => {
  const items = [
    item('opening', '2023-07-06T09:30:00+08:00', '2023-07-06T11:30:00+08:00'),
    item('forum', '2023-07-07T14:00:00+08:00', '2023-07-07T17:00:00+08:00'),
    item('webinar', '2023-07-27T20:00:00+08:00', '2023-07-27T21:15:00+08:00'),
    item('morning', '2023-07-27T08:30:00+08:00', '2023-07-27T12:00:00+08:00'),
  ];

  test('returns the window’s weeks with seven days each, days outside the window marked', () => {
    const grid = timeGrid(items, timing, FESTIVAL, XIAMEN);
    expect(grid.weeks).toHaveLength(5);
    expect(grid.weeks.map((week) => week.length)).toEqual([7, 7, 7, 7, 7]);
    expect(grid.weeks[0]?.map((cell) => cell.inWindow)).toEqual([false, false, false, true, true, true, true]);
  });

  test('returns whole hours from the earliest start to the latest end, labelled on their rows', () => {
    const grid = timeGrid(items, timing, FESTIVAL, XIAMEN);
    expect(grid.firstMinute).toBe(8 * 60);
    // 21:15 rounds up to 22:00: 14 hours of half-hour slots.
    expect(grid.slots).toBe(28);
    expect(grid.hours[0]).toEqual({ label: '08:00', row: 1 });
    expect(grid.hours[1]).toEqual({ label: '09:00', row: 3 });
    expect(grid.hours.at(-1)).toEqual({ label: '21:00', row: 27 });
  });

  test('places each activity on the rows of the slots it covers, rounding outwards', () => {
    const grid = timeGrid(items, timing, FESTIVAL, XIAMEN);
    // 09:30 starts the fourth half hour after 08:00, 11:30 ends the seventh; 21:15 rounds out to 21:30.
    expect(placed(grid, '2023-07-06')).toEqual([{ id: 'opening', row: 4, rowEnd: 8, lane: 1, laneEnd: 2 }]);
    expect(placed(grid, '2023-07-27')).toEqual([
      { id: 'morning', row: 2, rowEnd: 9, lane: 1, laneEnd: 2 },
      { id: 'webinar', row: 25, rowEnd: 28, lane: 1, laneEnd: 2 },
    ]);
    expect(placed(grid, '2023-07-08')).toEqual([]);
  });

  test('uses the time zone it is given for days and rows', () => {
    const grid = timeGrid([item('opening', '2023-07-06T09:30:00+08:00', '2023-07-06T11:30:00+08:00')], timing, FESTIVAL, 'UTC');
    // 01:30–03:30 on 6 July in UTC.
    expect(grid.firstMinute).toBe(60);
    expect(placed(grid, '2023-07-06')).toEqual([{ id: 'opening', row: 2, rowEnd: 6, lane: 1, laneEnd: 2 }]);
  });

  test('puts overlapping activities side by side, the last lane taking the rest of the day', () => {
    const grid = timeGrid(
      [
        item('a', '2023-07-10T09:00:00+08:00', '2023-07-10T12:00:00+08:00'),
        item('b', '2023-07-10T10:00:00+08:00', '2023-07-10T11:00:00+08:00'),
        item('c', '2023-07-10T10:30:00+08:00', '2023-07-10T13:00:00+08:00'),
        item('d', '2023-07-10T15:00:00+08:00', '2023-07-10T16:00:00+08:00'),
      ],
      timing,
      FESTIVAL,
      XIAMEN,
    );
    const day = grid.weeks[1]?.[0];
    expect(day?.day).toBe('2023-07-10');
    expect(day?.lanes).toBe(3);
    expect(placed(grid, '2023-07-10')).toEqual([
      { id: 'a', row: 1, rowEnd: 7, lane: 1, laneEnd: 2 },
      { id: 'b', row: 3, rowEnd: 5, lane: 2, laneEnd: 3 },
      { id: 'c', row: 4, rowEnd: 9, lane: 3, laneEnd: 4 },
      // Alone after the cluster: the whole width again.
      { id: 'd', row: 13, rowEnd: 15, lane: 1, laneEnd: 4 },
    ]);
  });

  test('reuses a lane once its activity has ended', () => {
    const grid = timeGrid(
      [
        item('a', '2023-07-10T09:00:00+08:00', '2023-07-10T12:00:00+08:00'),
        item('b', '2023-07-10T09:00:00+08:00', '2023-07-10T10:00:00+08:00'),
        item('c', '2023-07-10T10:00:00+08:00', '2023-07-10T11:00:00+08:00'),
      ],
      timing,
      FESTIVAL,
      XIAMEN,
    );
    expect(grid.weeks[1]?.[0]?.lanes).toBe(2);
    expect(placed(grid, '2023-07-10')?.map(({ id, lane }) => [id, lane])).toEqual([
      ['b', 1],
      ['a', 2],
      ['c', 1],
    ]);
  });

  test('draws an activity that runs past midnight on both days, to the bottom of the first and from the top of the second', () => {
    const grid = timeGrid([item('night', '2023-07-10T22:00:00+08:00', '2023-07-11T01:00:00+08:00')], timing, FESTIVAL, XIAMEN);
    // Its real edges are 22:00 and 01:00: the grid runs from 00:00 to 23:00.
    expect(grid.firstMinute).toBe(0);
    expect(grid.slots).toBe(46);
    expect(placed(grid, '2023-07-10')).toEqual([{ id: 'night', row: 45, rowEnd: 47, lane: 1, laneEnd: 2 }]);
    expect(placed(grid, '2023-07-11')).toEqual([{ id: 'night', row: 1, rowEnd: 3, lane: 1, laneEnd: 2 }]);
  });

  test('draws an activity over several days on each, over the grid’s hours on the days it goes on, with its part', () => {
    const grid = timeGrid(
      [
        item('fair', '2023-07-20T09:00:00+08:00', '2023-07-22T16:00:00+08:00'),
        item('talk', '2023-07-21T14:00:00+08:00', '2023-07-21T18:00:00+08:00'),
      ],
      timing,
      FESTIVAL,
      XIAMEN,
    );
    // 09:00 to 18:00: eighteen half hours.
    expect(grid.firstMinute).toBe(9 * 60);
    expect(grid.slots).toBe(18);
    expect(placed(grid, '2023-07-20')).toEqual([{ id: 'fair', row: 1, rowEnd: 19, lane: 1, laneEnd: 2 }]);
    expect(placed(grid, '2023-07-21')).toEqual([
      { id: 'fair', row: 1, rowEnd: 19, lane: 1, laneEnd: 2 },
      { id: 'talk', row: 11, rowEnd: 19, lane: 2, laneEnd: 3 },
    ]);
    expect(placed(grid, '2023-07-22')).toEqual([{ id: 'fair', row: 1, rowEnd: 15, lane: 1, laneEnd: 2 }]);
    const parts = grid.weeks.flat().flatMap(({ entries }) => entries.map(({ span }) => `${span.day} ${span.part}`));
    expect(parts).toEqual(['2023-07-20 first', '2023-07-21 middle', '2023-07-21 only', '2023-07-22 last']);
  });

  test('ends an activity at 00:00 on the day before, at the grid’s 24:00', () => {
    const grid = timeGrid([item('late', '2023-07-10T22:00:00+08:00', '2023-07-11T00:00:00+08:00')], timing, FESTIVAL, XIAMEN);
    expect(grid.firstMinute).toBe(22 * 60);
    expect(grid.slots).toBe(4);
    expect(placed(grid, '2023-07-10')).toEqual([{ id: 'late', row: 1, rowEnd: 5, lane: 1, laneEnd: 2 }]);
    expect(placed(grid, '2023-07-11')).toEqual([]);
  });
});
