/**
 * When a content file last changed, and how many times it has: read from git, so a calendar's
 * LAST-MODIFIED and SEQUENCE move exactly when the entry does and are the same on every build of
 * the same commit. One `git log` over the content folder answers for every file at once (two git
 * processes per entry cost seconds, and more with every commit). Outside a git checkout, or for a
 * file not committed yet, the file's modification time stands in.
 */
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';

export interface Revision {
  lastModified: Date;
  /** Number of commits that touched the file: grows by one with each change. */
  sequence: number;
}

/** Separates commits in the log: a character no date or path contains. */
const RECORD = '\u001e';

/**
 * Every file's revision from `git log --format=<RECORD>%cI --name-only` output, newest commit
 * first: a file's first commit in the log is its last change, and its commits are counted.
 */
export function parseRevisions(log: string): Map<string, Revision> {
  const revisions = new Map<string, Revision>();
  for (const record of log.split(RECORD)) {
    const [date = '', ...files] = record.split('\n').map((line) => line.trim());
    if (date === '') continue;
    for (const file of files) {
      if (file === '') continue;
      const known = revisions.get(file);
      if (known) known.sequence += 1;
      else revisions.set(file, { lastModified: new Date(date), sequence: 1 });
    }
  }
  return revisions;
}

/** The content's history in one pass, from the project root; empty outside a git checkout. */
export function readRevisions(folder = 'content', cwd = process.cwd()): Map<string, Revision> {
  try {
    const log = execFileSync(
      'git',
      ['-c', 'core.quotePath=false', 'log', `--format=${RECORD}%cI`, '--name-only', '--relative', '--', folder],
      { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 28 },
    );
    return parseRevisions(log);
  } catch {
    return new Map();
  }
}

let history: Map<string, Revision> | undefined;

/** @param filePath relative to the project root, as Astro gives it (`entry.filePath`) */
export function revisionOf(filePath: string): Revision {
  history ??= readRevisions();
  return history.get(filePath) ?? { lastModified: statSync(filePath).mtime, sequence: 0 };
}
