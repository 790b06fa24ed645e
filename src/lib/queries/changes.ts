/**
 * The programme's changes, read once per build from the content's git history in one pass
 * (src/lib/change-history.ts says what counts). Outside a git checkout, or for an entry the
 * history does not reach (a shallow clone), the entry's own status still counts, dated by its
 * file. Changes to drafts and to entries no longer published are left out.
 */
import { execFileSync } from 'node:child_process';
import { changesFrom, FIELD, parseActivityLog, RECORD, type Change, type Snapshot, type VisitorFacts } from '../change-history.ts';
import { getActivities } from './activities.ts';
import { perBuild } from './per-build.ts';
import { revisionOf } from './revisions.ts';

/** The English activity files, and not their translations one folder down. */
const ACTIVITY_FILES = ':(glob)content/activities/*.mdx';
/** Enough context lines that each diff holds its whole file. */
const WHOLE_FILE = '100000';

/** The log as git writes it, or an empty one outside a git checkout. */
export function readActivityLog(cwd = process.cwd()): string {
  try {
    return execFileSync(
      'git',
      [
        '-c',
        'core.quotePath=false',
        'log',
        `--format=${RECORD}%H${FIELD}%cI`,
        '-p',
        `--unified=${WHOLE_FILE}`,
        '--no-renames',
        '--',
        ACTIVITY_FILES,
      ],
      { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 28 },
    );
  } catch {
    return '';
  }
}

/** The activity a path in the log belongs to. */
export const activityIdOf = (path: string): string | undefined => /^content\/activities\/([^/]+)\.mdx$/.exec(path)?.[1];

/** Every change to a published activity, newest first; the same for every locale, so read once. */
export const getChanges = perBuild(async (): Promise<Change[]> => {
  const activities = await getActivities('en');
  const published = new Set(activities.map((activity) => activity.id));
  const snapshots = parseActivityLog(readActivityLog(), activityIdOf);
  const seen = new Set(snapshots.map((snapshot) => snapshot.id));
  // An entry the history does not hold yet: its file as it is now, dated by its file.
  const unrecorded: Snapshot[] = activities.flatMap((activity) => {
    if (seen.has(activity.id) || !activity.sourcePath) return [];
    const { start, end, venue, format, status, registration } = activity.data;
    const facts: VisitorFacts = {
      start: start.toISOString(),
      end: end.toISOString(),
      venue: venue?.id ?? null,
      format,
      state: status.state,
      previousStart: status.state === 'rescheduled' ? status.previousStart.toISOString() : null,
      deadline: registration?.deadline?.toISOString() ?? null,
      full: registration?.full ?? false,
    };
    return [{ id: activity.id, commit: '', date: revisionOf(activity.sourcePath).lastModified, facts }];
  });
  return changesFrom([...unrecorded, ...snapshots]).filter((change) => published.has(change.id));
});
