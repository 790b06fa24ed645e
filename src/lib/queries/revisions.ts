/**
 * When a content file last changed, and how many times it has: read from git, so a calendar's
 * LAST-MODIFIED and SEQUENCE move exactly when the entry does and are the same on every build of
 * the same commit. Outside a git checkout, the file's modification time stands in.
 */
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';

export interface Revision {
  lastModified: Date;
  /** Number of commits that touched the file: grows by one with each change. */
  sequence: number;
}

const cache = new Map<string, Revision>();

function git(args: string[]): string {
  return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
}

/** @param filePath relative to the project root, as Astro gives it (`entry.filePath`) */
export function revisionOf(filePath: string): Revision {
  const cached = cache.get(filePath);
  if (cached) return cached;
  let revision: Revision;
  try {
    const date = git(['log', '-1', '--format=%cI', '--', filePath]);
    const count = Number(git(['rev-list', '--count', 'HEAD', '--', filePath]));
    if (!date) throw new Error('not committed yet');
    revision = { lastModified: new Date(date), sequence: count };
  } catch {
    revision = { lastModified: statSync(filePath).mtime, sequence: 0 };
  }
  cache.set(filePath, revision);
  return revision;
}
