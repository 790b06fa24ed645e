/**
 * The visitor's own programme: a list of activity ids kept in the browser, shared as a link.
 * Pure functions; the browser scripts in src/client/my-programme/ do the storing.
 */

/** Reads a stored list, ignoring anything that is not a list of slugs. */
export function parseSaved(stored: string | null): string[] {
  if (!stored) return [];
  try {
    const value: unknown = JSON.parse(stored);
    return Array.isArray(value) ? [...new Set(value.filter((id): id is string => typeof id === 'string' && /^[a-z0-9-]+$/.test(id)))] : [];
  } catch {
    return [];
  }
}

/** The list with `id` added if absent, removed if present. */
export function toggle(saved: readonly string[], id: string): string[] {
  return saved.includes(id) ? saved.filter((value) => value !== id) : [...saved, id];
}

/**
 * The share link's query: the ids, comma-separated.
 * @example shareQuery(['opening-ceremony', 'job-fair']) // 'ids=opening-ceremony,job-fair'
 */
export function shareQuery(ids: readonly string[]): string {
  return `ids=${ids.join(',')}`;
}

/** The ids in a share link, keeping only those the programme has. */
export function readShared(search: string, known: ReadonlySet<string>): string[] {
  const raw = new URLSearchParams(search).get('ids') ?? '';
  return [...new Set(raw.split(',').map((id) => id.trim()))].filter((id) => known.has(id));
}

/** The reminders a visitor can ask for in the calendar file, in minutes before each activity. */
export const REMINDER_MINUTES = [15, 60, 1440] as const;

/**
 * The reminder chosen in the form, or none: only one of the offered values counts.
 * @example reminderFrom('60') // 60
 * @example reminderFrom('') // undefined
 */
export function reminderFrom(value: string | undefined): number | undefined {
  const minutes = Number(value);
  return (REMINDER_MINUTES as readonly number[]).includes(minutes) ? minutes : undefined;
}

/** A change to an activity as My programme shows it: when it was made, and what it was, in the page's words. */
export interface DatedChange {
  /** ISO 8601. */
  date: string;
  sentences: string[];
}

/**
 * The changes to a saved activity the visitor has not seen yet. The revision it had when saved is
 * the number of its changes made by then (`savedAt`); what they marked as seen moves it on. An
 * activity saved before the site kept the time it was saved counts as saved now.
 * @param changes the activity's changes, oldest first (programme.json's `revision` is their number)
 * @example unseenChanges([{ date: '2023-07-10T10:00:00Z', sentences: ['Cancelled.'] }], '2023-07-01T00:00:00Z', undefined) // the cancellation
 */
export function unseenChanges(
  changes: readonly DatedChange[],
  savedAt: string | undefined,
  seenRevision: number | undefined,
): DatedChange[] {
  const saved = savedAt === undefined ? Number.NaN : Date.parse(savedAt);
  const savedRevision = Number.isNaN(saved) ? changes.length : changes.filter((change) => Date.parse(change.date) <= saved).length;
  return changes.slice(Math.max(savedRevision, seenRevision ?? 0));
}

/** A record of one number or one time per activity id, as stored; anything else is left out. */
export function parseRecord<T extends string | number>(stored: string | null, kind: 'string' | 'number'): Record<string, T> {
  if (!stored) return {};
  try {
    const value: unknown = JSON.parse(stored);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
    return Object.fromEntries(Object.entries(value).filter(([, entry]) => typeof entry === kind));
  } catch {
    return {};
  }
}
