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
