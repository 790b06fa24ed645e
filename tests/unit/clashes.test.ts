import { describe, expect, test } from 'vitest';
import { clashWarnings } from '../../src/lib/clash-words.ts';
import { clashes, journeyMinutes, travelArea, type JourneyTable, type Placed } from '../../src/lib/clashes.ts';
import { clashLabels } from '../../src/lib/page-data/my-programme-page.ts';

const TABLE: JourneyTable = {
  within: 20,
  journeys: [
    { from: 'siming', to: 'xiangan', minutes: 60 },
    { from: 'siming', to: 'gulangyu', minutes: 30 },
    { from: 'huli', to: 'siming', minutes: 25 },
  ],
};

/** An activity on 6 July 2023 from `start` to `end`, Xiamen time. */
const at = (id: string, start: string, end: string, area: Placed['area'], venue?: string): Placed => ({
  id,
  start: new Date(`2023-07-06T${start}:00+08:00`),
  end: new Date(`2023-07-06T${end}:00+08:00`),
  area,
  venue,
});

describe('journeyMinutes', () => {
  test('reads a pair either way round', () => {
    expect(journeyMinutes(TABLE, 'siming', 'xiangan')).toBe(60);
    expect(journeyMinutes(TABLE, 'xiangan', 'siming')).toBe(60);
    expect(journeyMinutes(TABLE, 'siming', 'huli')).toBe(25);
  });

  test('returns the time within an area for two venues in it, and nothing when either end needs no journey', () => {
    expect(journeyMinutes(TABLE, 'huli', 'huli')).toBe(20);
    expect(journeyMinutes(TABLE, null, 'siming')).toBe(0);
    expect(journeyMinutes(TABLE, 'xiangan', null)).toBe(0);
  });
});

describe('travelArea', () => {
  test('returns the island for a venue on one, else its district', () => {
    expect(travelArea({ format: 'in-person', movedOnline: false }, { district: 'siming', island: 'gulangyu' })).toBe('gulangyu');
    expect(travelArea({ format: 'in-person', movedOnline: false }, { district: 'xiangan' })).toBe('xiangan');
  });

  test('counts a hybrid activity at its venue, and needs no journey online or once moved online', () => {
    expect(travelArea({ format: 'hybrid', movedOnline: false }, { district: 'jimei' })).toBe('jimei');
    expect(travelArea({ format: 'online', movedOnline: false }, undefined)).toBeNull();
    expect(travelArea({ format: 'in-person', movedOnline: true }, { district: 'jimei' })).toBeNull();
  });
});

describe('clashes', () => {
  test('returns an overlap on both activities, with the overlap as a negative gap', () => {
    const found = clashes([at('b', '10:30', '12:00', 'siming'), at('a', '09:00', '11:00', 'siming')], TABLE);
    expect(found.get('a')).toEqual([
      { kind: 'overlap', with: 'b', position: 'earlier', gap: -30, from: 'siming', to: 'siming', journey: 20 },
    ]);
    expect(found.get('b')).toEqual([
      { kind: 'overlap', with: 'a', position: 'later', gap: -30, from: 'siming', to: 'siming', journey: 20 },
    ]);
  });

  test('returns a journey clash for touching ends at two venues in one area, from the time within it', () => {
    const found = clashes([at('a', '09:00', '11:00', 'huli', 'hall'), at('b', '11:00', '12:00', 'huli', 'library')], TABLE);
    expect(found.get('b')).toEqual([{ kind: 'journey', with: 'a', position: 'later', gap: 0, from: 'huli', to: 'huli', journey: 20 }]);
  });

  test('returns nothing for touching ends at the same venue', () => {
    const found = clashes([at('a', '09:00', '11:00', 'huli', 'hall'), at('b', '11:00', '12:00', 'huli', 'hall')], TABLE);
    expect(found).toEqual(
      new Map([
        ['a', []],
        ['b', []],
      ]),
    );
  });

  test('returns a journey clash when the gap is shorter than the journey between far areas', () => {
    const found = clashes([at('opening', '09:30', '11:30', 'siming'), at('seminar', '12:00', '14:00', 'xiangan')], TABLE);
    expect(found.get('opening')).toEqual([
      { kind: 'journey', with: 'seminar', position: 'earlier', gap: 30, from: 'siming', to: 'xiangan', journey: 60 },
    ]);
    expect(found.get('seminar')).toEqual([
      { kind: 'journey', with: 'opening', position: 'later', gap: 30, from: 'siming', to: 'xiangan', journey: 60 },
    ]);
  });

  test('returns nothing when the gap is as long as the journey or longer', () => {
    expect(clashes([at('a', '09:30', '11:30', 'siming'), at('b', '12:30', '14:00', 'xiangan')], TABLE).get('b')).toEqual([]);
    expect(clashes([at('a', '09:30', '11:30', 'siming'), at('b', '14:00', '16:00', 'xiangan')], TABLE).get('b')).toEqual([]);
  });

  test('needs no journey to or from an online activity, but still flags an overlap with it', () => {
    const found = clashes(
      [at('walk', '09:00', '12:00', 'gulangyu'), at('briefing', '12:00', '13:00', null), at('talk', '11:00', '11:30', null)],
      TABLE,
    );
    expect(found.get('briefing')).toEqual([]);
    expect(found.get('talk')).toEqual([
      { kind: 'overlap', with: 'walk', position: 'later', gap: -60, from: 'gulangyu', to: null, journey: 0 },
    ]);
  });

  test('reads the table the same way whichever activity comes first', () => {
    const there = clashes([at('a', '09:00', '10:00', 'xiangan'), at('b', '10:30', '11:00', 'siming')], TABLE).get('b');
    const back = clashes([at('a', '09:00', '10:00', 'siming'), at('b', '10:30', '11:00', 'xiangan')], TABLE).get('b');
    expect(there?.[0]).toMatchObject({ kind: 'journey', gap: 30, journey: 60 });
    expect(back?.[0]).toMatchObject({ kind: 'journey', gap: 30, journey: 60 });
  });

  test('chains three activities: each clashes with its neighbours only, in time order', () => {
    const found = clashes(
      [at('third', '13:30', '15:00', 'siming'), at('first', '09:00', '11:00', 'siming'), at('second', '11:30', '13:00', 'xiangan')],
      TABLE,
    );
    expect([...found.keys()]).toEqual(['first', 'second', 'third']);
    expect(found.get('first')?.map((clash) => clash.with)).toEqual(['second']);
    expect(found.get('second')?.map((clash) => [clash.with, clash.position, clash.gap])).toEqual([
      ['first', 'later', 30],
      ['third', 'earlier', 30],
    ]);
    expect(found.get('third')?.map((clash) => clash.with)).toEqual(['second']);
  });

  test('counts the gap from the earlier end to the later start across days', () => {
    const overnight: Placed = {
      id: 'camp',
      start: new Date('2023-07-05T18:00:00+08:00'),
      end: new Date('2023-07-06T08:30:00+08:00'),
      area: 'xiangan',
    };
    const found = clashes([overnight, at('opening', '09:00', '11:00', 'siming')], TABLE);
    expect(found.get('opening')).toEqual([
      { kind: 'journey', with: 'camp', position: 'later', gap: 30, from: 'xiangan', to: 'siming', journey: 60 },
    ]);
    const nextDay = clashes([overnight, at('late', '10:00', '11:00', 'siming')], TABLE);
    expect(nextDay.get('late')).toEqual([]);
  });
});

describe('clashWarnings', () => {
  const titles: Record<string, string> = { opening: 'Opening Ceremony', seminar: '研讨会', fair: 'Job Fair', talk: 'Talk' };
  const titleOf = (id: string): string => titles[id] ?? id;
  const journey = { kind: 'journey', gap: 30, from: 'siming', to: 'xiangan', journey: 60 } as const;

  test('says how long after the other it starts and how long the journey takes, in English', () => {
    expect(clashWarnings([{ ...journey, with: 'opening', position: 'later' }], titleOf, clashLabels('en'), 'en-GB')).toEqual([
      "Starts 30 minutes after “Opening Ceremony” ends, and Siming to Xiang'an takes about 60 minutes.",
    ]);
    expect(clashWarnings([{ ...journey, with: 'fair', position: 'earlier', gap: 1 }], titleOf, clashLabels('en'), 'en-GB')).toEqual([
      "Ends 1 minute before “Job Fair” starts, and Siming to Xiang'an takes about 60 minutes.",
    ]);
  });

  test('says the same in Chinese', () => {
    expect(clashWarnings([{ ...journey, with: 'opening', position: 'later' }], titleOf, clashLabels('zh-cn'), 'zh-CN')).toEqual([
      '在“Opening Ceremony”结束后30分钟开始，而从思明区到翔安区约需60分钟。',
    ]);
    expect(clashWarnings([{ ...journey, with: 'seminar', position: 'earlier' }], titleOf, clashLabels('zh-cn'), 'zh-CN')).toEqual([
      '结束30分钟后“研讨会”即开始，而从思明区到翔安区约需60分钟。',
    ]);
  });

  test('names Gulangyu, the time within one area, and no gap at all', () => {
    const within = { kind: 'journey', with: 'talk', position: 'later', gap: 0, from: 'gulangyu', to: 'gulangyu', journey: 20 } as const;
    expect(clashWarnings([within], titleOf, clashLabels('en'), 'en-GB')).toEqual([
      'Starts as “Talk” ends, and getting between two venues in Gulangyu takes about 20 minutes.',
    ]);
    expect(clashWarnings([within], titleOf, clashLabels('zh-cn'), 'zh-CN')).toEqual([
      '在“Talk”结束时即开始，而在鼓浪屿内往来两处场馆约需20分钟。',
    ]);
  });

  test('names every overlapping activity in one line, before the journeys', () => {
    const overlap = { kind: 'overlap', gap: -30, from: 'siming', to: 'siming', journey: 20, position: 'earlier' } as const;
    const lines = clashWarnings(
      [
        { ...journey, with: 'talk', position: 'earlier' },
        { ...overlap, with: 'opening' },
        { ...overlap, with: 'fair' },
      ],
      titleOf,
      clashLabels('en'),
      'en-GB',
    );
    expect(lines).toEqual([
      'Overlaps with Opening Ceremony and Job Fair',
      "Ends 30 minutes before “Talk” starts, and Siming to Xiang'an takes about 60 minutes.",
    ]);
  });
});
