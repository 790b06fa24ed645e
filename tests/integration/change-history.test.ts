/**
 * The changes read from a real git history: a repository made here with three commits to one
 * activity (published, moved to another day, cancelled) and one to its translation, read back in
 * one `git log` as the build reads the site's own.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { changesFrom, parseActivityLog } from '../../src/lib/change-history.ts';
import { activityIdOf, readActivityLog } from '../../src/lib/queries/changes.ts';

const repository = mkdtempSync(join(tmpdir(), 'change-history-'));
afterAll(() => {
  rmSync(repository, { recursive: true, force: true });
});

/** Commits what is in the folder now, at the given time, as a fixed author. */
function commitAt(date: string, message: string): void {
  const env = { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date };
  execFileSync('git', ['add', '-A'], { cwd: repository, env });
  execFileSync('git', ['-c', 'user.name=Editor', '-c', 'user.email=editor@example.org', 'commit', '-q', '-m', message], {
    cwd: repository,
    env,
  });
}

const walk = (fields: string) => `---
title: Heritage Walk
summary: A walk.
start: 2023-07-15T09:00:00+08:00
end: 2023-07-15T12:00:00+08:00
${fields}
---

The walk.
`;

describe('readActivityLog', () => {
  test('returns the history that gives each change to an English activity once, with its commit’s date', () => {
    execFileSync('git', ['init', '-q'], { cwd: repository });
    mkdirSync(join(repository, 'content/activities/zh-cn'), { recursive: true });
    writeFileSync(join(repository, 'content/activities/walk.mdx'), walk('venue: piano-museum\nformat: in-person'));
    commitAt('2023-07-01T10:00:00+08:00', 'Publish the walk');
    writeFileSync(
      join(repository, 'content/activities/walk.mdx'),
      walk('venue: piano-museum\nformat: in-person').replaceAll('2023-07-15', '2023-07-22'),
    );
    commitAt('2023-07-05T10:00:00+08:00', 'Move the walk a week on');
    writeFileSync(
      join(repository, 'content/activities/walk.mdx'),
      walk('venue: piano-museum\nformat: in-person\nstatus: cancelled').replaceAll('2023-07-15', '2023-07-22'),
    );
    // A translation's change is no change to the facts: it must not count.
    writeFileSync(join(repository, 'content/activities/zh-cn/walk.mdx'), '---\ntitle: 漫步\nsummary: 漫步。\n---\n\n漫步。\n');
    commitAt('2023-07-20T18:30:00+08:00', 'Cancel the walk for the typhoon');

    const changes = changesFrom(parseActivityLog(readActivityLog(repository), activityIdOf));
    expect(changes.map(({ id, date, items }) => [id, date.toISOString(), items])).toEqual([
      ['walk', '2023-07-20T10:30:00.000Z', [{ field: 'status', to: 'cancelled' }]],
      [
        'walk',
        '2023-07-05T02:00:00.000Z',
        [
          {
            field: 'time',
            from: { start: '2023-07-15T09:00:00+08:00', end: '2023-07-15T12:00:00+08:00' },
            to: { start: '2023-07-22T09:00:00+08:00', end: '2023-07-22T12:00:00+08:00' },
          },
        ],
      ],
    ]);
  });

  test('returns an empty history outside a git checkout', () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'no-history-'));
    try {
      expect(readActivityLog(elsewhere)).toBe('');
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });
});
