/**
 * The saved list in localStorage, shared by every script that reads or changes it. A change in
 * one tab reaches the others through the `storage` event; in the same tab, through
 * `my-programme-change`.
 */
import { parseRecord, parseSaved, toggle } from '../../lib/my-programme.ts';

const KEY = 'xiamen-talent-month:my-programme';
/** When each saved activity was saved: the revision it had then is the number of its changes made by that time. */
const SAVED_AT = 'xiamen-talent-month:my-programme-saved-at';
/** How many of each saved activity's changes the visitor has marked as seen. */
const SEEN = 'xiamen-talent-month:my-programme-seen';
const EVENT = 'my-programme-change';

export function readSaved(): string[] {
  try {
    return parseSaved(localStorage.getItem(KEY));
  } catch {
    // Storage can be blocked (private modes, policies): behave as an empty list.
    return [];
  }
}

function readRecord<T extends string | number>(key: string, kind: 'string' | 'number'): Record<string, T> {
  try {
    return parseRecord<T>(localStorage.getItem(key), kind);
  } catch {
    return {};
  }
}

/** When each saved activity was saved, as ISO 8601. */
export const readSavedAt = (): Record<string, string> => readRecord<string>(SAVED_AT, 'string');

/** How many changes of each saved activity have been seen. */
export const readSeen = (): Record<string, number> => readRecord<number>(SEEN, 'number');

export function markSeen(id: string, revision: number): void {
  try {
    localStorage.setItem(SEEN, JSON.stringify({ ...readSeen(), [id]: revision }));
  } catch {
    // Blocked storage: the mark shows again next time, which is the safe side.
  }
  window.dispatchEvent(new CustomEvent(EVENT));
}

export function writeSaved(ids: readonly string[]): void {
  try {
    // A newly saved activity notes when; one removed forgets both its time and what was seen.
    const now = new Date().toISOString();
    const keep = <T>(record: Record<string, T>) => Object.fromEntries(Object.entries(record).filter(([id]) => ids.includes(id)));
    const savedAt = readSavedAt();
    localStorage.setItem(SAVED_AT, JSON.stringify(keep({ ...Object.fromEntries(ids.map((id) => [id, now])), ...savedAt })));
    localStorage.setItem(SEEN, JSON.stringify(keep(readSeen())));
    localStorage.setItem(KEY, JSON.stringify(ids));
  } catch {
    // Nothing to do: the page still reflects the change until it is reloaded.
  }
  window.dispatchEvent(new CustomEvent(EVENT));
}

export function toggleSaved(id: string): boolean {
  const next = toggle(readSaved(), id);
  writeSaved(next);
  return next.includes(id);
}

/** Calls `listener` whenever the list changes, in this tab or another. */
export function onSavedChange(listener: () => void): void {
  window.addEventListener(EVENT, listener);
  window.addEventListener('storage', (event) => {
    if (event.key === KEY || event.key === SEEN) listener();
  });
}
