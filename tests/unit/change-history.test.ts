import { describe, expect, test } from 'vitest';
import { changesFrom, factsOf, FIELD, itemsBetween, parseActivityLog, RECORD, type VisitorFacts } from '../../src/lib/change-history.ts';
import { describeChange } from '../../src/lib/change-words.ts';
import { useTranslations } from '../../src/i18n/index.ts';

const facts = (fields: Partial<VisitorFacts> = {}): VisitorFacts => ({
  start: '2023-07-15T09:00:00+08:00',
  end: '2023-07-15T12:00:00+08:00',
  venue: 'library',
  format: 'in-person',
  state: 'scheduled',
  previousStart: null,
  deadline: '2023-07-13T18:00:00+08:00',
  full: false,
  ...fields,
});

const file = (frontmatter: string) => `---\n${frontmatter}\n---\n\nThe body.\n`;
/** One commit of `git log -p --unified=<whole file>`, adding or changing one file. */
const commit = (hash: string, date: string, path: string, before: string | undefined, after: string) => {
  const lines = (text: string, mark: string) =>
    text
      .split('\n')
      .map((line) => `${mark}${line}`)
      .join('\n');
  const header =
    before === undefined
      ? `--- /dev/null\n+++ b/${path}\n@@ -0,0 +1 @@\n${lines(after, '+')}`
      : `--- a/${path}\n+++ b/${path}\n@@ -1 +1 @@\n${lines(before, '-')}\n${lines(after, '+')}`;
  return `${RECORD}${hash}${FIELD}${date}\n\ndiff --git a/${path} b/${path}\n${header}\n`;
};

describe('factsOf', () => {
  test('reads the facts a visitor plans by, the status written short or long', () => {
    expect(factsOf('start: 2023-07-15T09:00:00+08:00\nend: 2023-07-15T12:00:00+08:00\nformat: online\nstatus: cancelled')).toMatchObject({
      format: 'online',
      state: 'cancelled',
      venue: null,
      deadline: null,
    });
    const moved = factsOf(
      'start: 2023-07-22T09:00:00+08:00\nend: 2023-07-22T12:00:00+08:00\nvenue: library\nstatus:\n  state: rescheduled\n  previousStart: 2023-07-15T09:00:00+08:00\nregistration:\n  url: https://example.org/\n  full: true',
    );
    expect(moved).toMatchObject({ state: 'rescheduled', previousStart: '2023-07-15T09:00:00+08:00', full: true, format: 'in-person' });
  });

  test('returns nothing for a draft or a file without times', () => {
    expect(factsOf('start: 2023-07-15T09:00:00+08:00\nend: 2023-07-15T12:00:00+08:00\ndraft: true')).toBeUndefined();
    expect(factsOf('title: No times')).toBeUndefined();
    expect(factsOf('start: [unclosed')).toBeUndefined();
  });
});

describe('itemsBetween', () => {
  test('returns nothing when nothing a visitor plans by changed', () => {
    expect(itemsBetween(facts(), facts())).toEqual([]);
    // The same instant written with another offset is no change.
    expect(itemsBetween(facts(), facts({ start: '2023-07-15T01:00:00Z' }))).toEqual([]);
  });

  test('returns each change: time, venue, format, status, deadline and places', () => {
    expect(
      itemsBetween(
        facts(),
        facts({ venue: 'hall', format: 'hybrid', state: 'postponed', deadline: null, full: true, end: '2023-07-15T13:00:00+08:00' }),
      ).map((item) => item.field),
    ).toEqual(['status', 'time', 'venue', 'format', 'deadline', 'full']);
  });

  test('returns a rescheduling as the move from its previous start, even when the entry was written with it', () => {
    const rescheduled = facts({
      start: '2023-07-22T09:00:00+08:00',
      end: '2023-07-22T12:00:00+08:00',
      state: 'rescheduled',
      previousStart: '2023-07-15T09:00:00+08:00',
    });
    expect(itemsBetween(undefined, rescheduled)).toEqual([
      { field: 'status', to: 'rescheduled' },
      {
        field: 'time',
        from: { start: '2023-07-15T09:00:00+08:00', end: '2023-07-15T04:00:00.000Z' },
        to: { start: '2023-07-22T09:00:00+08:00', end: '2023-07-22T12:00:00+08:00' },
      },
    ]);
    expect(itemsBetween(undefined, facts())).toEqual([]);
  });
});

describe('parseActivityLog and changesFrom', () => {
  const path = 'content/activities/walk.mdx';
  const first = file('start: 2023-07-15T09:00:00+08:00\nend: 2023-07-15T12:00:00+08:00\nvenue: library\nformat: in-person');
  const second = file('start: 2023-07-15T09:00:00+08:00\nend: 2023-07-15T12:00:00+08:00\nvenue: hall\nformat: in-person');
  const third = file('start: 2023-07-15T09:00:00+08:00\nend: 2023-07-15T12:00:00+08:00\nvenue: hall\nformat: in-person\nstatus: cancelled');
  // git log lists the newest commit first.
  const log = [
    commit('c3', '2023-07-10T10:00:00+08:00', path, second, third),
    commit('c2', '2023-07-05T10:00:00+08:00', path, first, second),
    commit('c1', '2023-07-01T10:00:00+08:00', path, undefined, first),
  ].join('');

  test('returns every file as each commit left it, oldest first', () => {
    const snapshots = parseActivityLog(log, (file) => /activities\/(.+)\.mdx$/.exec(file)?.[1]);
    expect(snapshots.map(({ id, commit: hash, facts: { venue, state } }) => [id, hash, venue, state])).toEqual([
      ['walk', 'c1', 'library', 'scheduled'],
      ['walk', 'c2', 'hall', 'scheduled'],
      ['walk', 'c3', 'hall', 'cancelled'],
    ]);
  });

  test('returns the changes newest first, none for the first publication', () => {
    const changes = changesFrom(parseActivityLog(log, () => 'walk'));
    expect(changes.map(({ commit: hash, items, atPublication }) => [hash, items, atPublication])).toEqual([
      ['c3', [{ field: 'status', to: 'cancelled' }], false],
      ['c2', [{ field: 'venue', from: 'library', to: 'hall' }], false],
    ]);
  });
});

describe('describeChange', () => {
  const context = (locale: 'en' | 'zh-cn') => ({
    t: useTranslations(locale),
    languageTag: locale === 'en' ? 'en-GB' : 'zh-CN',
    timeZone: 'Asia/Shanghai',
    venueName: (id: string) => ({ library: 'Xiamen Library', hall: 'Exhibition Hall' })[id] ?? id,
    reason: { state: 'cancelled', text: 'A typhoon.' },
  });
  const moved = {
    field: 'time' as const,
    from: { start: '2023-07-15T09:00:00+08:00', end: '2023-07-15T12:00:00+08:00' },
    to: { start: '2023-07-22T09:00:00+08:00', end: '2023-07-22T12:00:00+08:00' },
  };

  test('says a move by its starts, and a rescheduling only once', () => {
    expect(describeChange([{ field: 'status', to: 'rescheduled' }, moved], context('en'))).toEqual([
      'Moved from Saturday, 15 July 2023, 09:00 to Saturday, 22 July 2023, 09:00.',
    ]);
    expect(describeChange([moved], context('zh-cn'))).toEqual(['由2023年7月15日星期六 09:00改至2023年7月22日星期六 09:00。']);
  });

  test('says a new end alone as the activity ending at another time', () => {
    const longer = { ...moved, to: { start: moved.from.start, end: '2023-07-16T16:00:00+08:00' } };
    expect(describeChange([longer], context('en'))).toEqual(['Now ends Sunday, 16 July 2023, 16:00, not Saturday, 15 July 2023, 12:00.']);
  });

  test('says a cancellation with its reason, a venue by its name and the format in words', () => {
    expect(
      describeChange(
        [
          { field: 'status', to: 'cancelled' },
          { field: 'venue', from: 'library', to: 'hall' },
          { field: 'format', from: 'in-person', to: 'online' },
          { field: 'full', to: true },
        ],
        context('en'),
      ),
    ).toEqual(['Cancelled.', 'Why: A typhoon.', 'Now at Exhibition Hall, no longer at Xiamen Library.', 'Now online only.', 'Now full.']);
  });
});
