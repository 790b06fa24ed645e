/**
 * What changed in the programme, as a visitor cares about it: an activity's time, venue, format,
 * status and registration (deadline, full), read from the content's git history. Pure: it reads
 * the text of one `git log -p` over the English activity files (src/lib/queries/changes.ts runs
 * it) and compares each file's facts from one commit to the next. A change an editor wrote into
 * the status itself (cancelled, postponed, moved online, rescheduled with its previousStart) counts
 * from the commit that first says so, even when the entry was written with it.
 */
import { parse } from 'yaml';

/** The facts of an activity a visitor plans by. */
export interface VisitorFacts {
  start: string;
  end: string;
  venue: string | null;
  format: string;
  state: string;
  previousStart: string | null;
  deadline: string | null;
  full: boolean;
}

/** One English activity file as one commit left it. */
export interface Snapshot {
  id: string;
  commit: string;
  date: Date;
  facts: VisitorFacts;
}

export type ChangeItem =
  | { field: 'time'; from: { start: string; end: string }; to: { start: string; end: string } }
  | { field: 'venue'; from: string | null; to: string | null }
  | { field: 'format'; from: string; to: string }
  | { field: 'status'; to: string }
  | { field: 'deadline'; from: string | null; to: string | null }
  | { field: 'full'; to: boolean };

/** What one commit changed in one activity. */
export interface Change {
  id: string;
  commit: string;
  date: Date;
  items: ChangeItem[];
  /** Written with the entry (its status said so from the start), not changed after it was published. */
  atPublication: boolean;
}

/** Separates commits in the log, and a commit's hash from its date: characters no file holds. */
export const RECORD = '\u001e';
export const FIELD = '\u001f';

const text = (value: unknown): string | null => (typeof value === 'string' ? value : value instanceof Date ? value.toISOString() : null);

/** The facts in an activity file's frontmatter, or undefined when it has none a visitor sees (a draft, a broken file). */
export function factsOf(frontmatter: string): VisitorFacts | undefined {
  let data: unknown;
  try {
    data = parse(frontmatter);
  } catch {
    return undefined;
  }
  if (typeof data !== 'object' || data === null) return undefined;
  const fields = data as Record<string, unknown>;
  if (fields.draft === true) return undefined;
  const start = text(fields.start);
  const end = text(fields.end);
  if (start === null || end === null) return undefined;
  const status = fields.status;
  const state = typeof status === 'string' ? status : text((status as Record<string, unknown> | undefined)?.state);
  const registration = fields.registration as Record<string, unknown> | undefined;
  return {
    start,
    end,
    venue: text(fields.venue),
    format: text(fields.format) ?? 'in-person',
    state: state ?? 'scheduled',
    previousStart: text((status as Record<string, unknown> | undefined)?.previousStart),
    deadline: text(registration?.deadline),
    full: registration?.full === true,
  };
}

/** The file as a diff with whole-file context shows it after the commit: its kept and added lines. */
function postImage(diff: string): string | undefined {
  if (/^\+\+\+ \/dev\/null$/m.test(diff)) return undefined;
  const hunk = diff.indexOf('\n@@');
  if (hunk === -1) return undefined;
  return diff
    .slice(diff.indexOf('\n', hunk + 1) + 1)
    .split('\n')
    .filter((line) => line.startsWith(' ') || line.startsWith('+'))
    .map((line) => line.slice(1))
    .join('\n');
}

/**
 * Every activity file as each commit left it, oldest first, from the output of
 * `git log --format=<RECORD>%H<FIELD>%cI -p --unified=<whole file> -- <English activity files>`.
 */
export function parseActivityLog(log: string, idOf: (path: string) => string | undefined): Snapshot[] {
  const snapshots: Snapshot[] = [];
  for (const record of log.split(RECORD)) {
    const [head = '', ...rest] = record.split('\ndiff --git ');
    const [commit = '', date = ''] = head.trim().split(FIELD);
    if (commit === '' || date === '') continue;
    for (const diff of rest) {
      const path = /^\+\+\+ b\/(.+)$/m.exec(diff)?.[1];
      const id = path === undefined ? undefined : idOf(path);
      const file = postImage(diff);
      if (id === undefined || file === undefined) continue;
      const frontmatter = /^---\n([\s\S]*?)\n---/.exec(file)?.[1];
      const facts = frontmatter === undefined ? undefined : factsOf(frontmatter);
      if (facts) snapshots.push({ id, commit, date: new Date(date), facts });
    }
  }
  // git log lists the newest commit first.
  return snapshots.reverse();
}

/** The status an editor wrote as a change in itself: what it says, and a rescheduled activity's move. */
function statusItems(before: VisitorFacts | undefined, after: VisitorFacts): ChangeItem[] {
  if (after.state === 'scheduled' || after.state === before?.state) return [];
  const items: ChangeItem[] = [{ field: 'status', to: after.state }];
  if (after.state === 'rescheduled' && after.previousStart && (!before || before.start === after.start)) {
    const length = Date.parse(after.end) - Date.parse(after.start);
    const previousEnd = new Date(Date.parse(after.previousStart) + length).toISOString();
    items.push({ field: 'time', from: { start: after.previousStart, end: previousEnd }, to: { start: after.start, end: after.end } });
  }
  return items;
}

const sameInstant = (a: string | null, b: string | null): boolean => (a === null || b === null ? a === b : Date.parse(a) === Date.parse(b));

/** What changed from one snapshot of an activity to the next. */
export function itemsBetween(before: VisitorFacts | undefined, after: VisitorFacts): ChangeItem[] {
  const items = statusItems(before, after);
  if (!before) return items;
  if (before.state !== after.state && after.state === 'scheduled') items.push({ field: 'status', to: 'scheduled' });
  if (!items.some((item) => item.field === 'time') && (!sameInstant(before.start, after.start) || !sameInstant(before.end, after.end))) {
    items.push({ field: 'time', from: { start: before.start, end: before.end }, to: { start: after.start, end: after.end } });
  }
  if (before.venue !== after.venue) items.push({ field: 'venue', from: before.venue, to: after.venue });
  if (before.format !== after.format) items.push({ field: 'format', from: before.format, to: after.format });
  if (!sameInstant(before.deadline, after.deadline)) items.push({ field: 'deadline', from: before.deadline, to: after.deadline });
  if (before.full !== after.full) items.push({ field: 'full', to: after.full });
  return items;
}

/** Every change to every activity, newest first (by date, then by id for a stable order). */
export function changesFrom(snapshots: readonly Snapshot[]): Change[] {
  const last = new Map<string, VisitorFacts>();
  const changes: Change[] = [];
  for (const snapshot of snapshots) {
    const before = last.get(snapshot.id);
    const items = itemsBetween(before, snapshot.facts);
    last.set(snapshot.id, snapshot.facts);
    if (items.length > 0) changes.push({ id: snapshot.id, commit: snapshot.commit, date: snapshot.date, items, atPublication: !before });
  }
  return changes.sort((a, b) => b.date.getTime() - a.date.getTime() || a.id.localeCompare(b.id));
}
