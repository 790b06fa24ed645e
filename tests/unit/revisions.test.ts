/** The content's history, read in one git pass: each file's last change and how many it has had. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parseRevisions, readRevisions } from '../../src/lib/queries/revisions.ts';

describe('parseRevisions', () => {
  test('gives each file its newest commit date and the number of commits that touched it', () => {
    const log = [
      '\u001e2023-07-10T12:00:00+08:00\n\ncontent/activities/a.mdx\n',
      '\u001e2023-07-01T09:00:00+08:00\n\ncontent/activities/a.mdx\ncontent/activities/b.mdx\n',
    ].join('');
    const revisions = parseRevisions(log);
    expect(revisions.get('content/activities/a.mdx')).toEqual({ lastModified: new Date('2023-07-10T04:00:00Z'), sequence: 2 });
    expect(revisions.get('content/activities/b.mdx')).toEqual({ lastModified: new Date('2023-07-01T01:00:00Z'), sequence: 1 });
    expect(parseRevisions('')).toEqual(new Map());
  });
});

describe('readRevisions', () => {
  const repository = mkdtempSync(join(tmpdir(), 'revisions-'));
  afterAll(() => {
    rmSync(repository, { recursive: true, force: true });
  });

  test('reads a repository of three commits, file names in Chinese included, and nothing outside the folder', () => {
    const git = (...args: string[]): void => {
      execFileSync('git', args, { cwd: repository, stdio: 'ignore' });
    };
    const commit = (date: string, message: string): void => {
      git('add', '-A');
      execFileSync('git', ['-c', 'user.name=Editor', '-c', 'user.email=editor@example.org', 'commit', '-q', '-m', message], {
        cwd: repository,
        env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
      });
    };
    git('init', '-q');
    mkdirSync(join(repository, 'content/activities'), { recursive: true });
    writeFileSync(join(repository, 'content/activities/fair.mdx'), 'one');
    writeFileSync(join(repository, 'README.md'), 'outside');
    commit('2023-06-01T10:00:00+08:00', 'Add the fair');
    writeFileSync(join(repository, 'content/activities/fair.mdx'), 'two');
    writeFileSync(join(repository, 'content/activities/招聘会.mdx'), 'new');
    commit('2023-06-15T10:00:00+08:00', 'Move the fair, add another');
    writeFileSync(join(repository, 'README.md'), 'still outside');
    commit('2023-06-20T10:00:00+08:00', 'Outside the content');

    const revisions = readRevisions('content', repository);
    expect([...revisions.keys()].sort()).toEqual(['content/activities/fair.mdx', 'content/activities/招聘会.mdx']);
    expect(revisions.get('content/activities/fair.mdx')).toEqual({ lastModified: new Date('2023-06-15T02:00:00Z'), sequence: 2 });
    expect(revisions.get('content/activities/招聘会.mdx')?.sequence).toBe(1);
  });

  test('is empty outside a git checkout', () => {
    expect(readRevisions('content', tmpdir()).size).toBe(0);
  });
});
