/**
 * The saved list in localStorage, shared by every script that reads or changes it. A change in
 * one tab reaches the others through the `storage` event; in the same tab, through
 * `my-programme-change`.
 */
import { parseSaved, toggle } from '../../lib/my-programme.ts';

const KEY = 'xiamen-talent-month:my-programme';
const EVENT = 'my-programme-change';

export function readSaved(): string[] {
  try {
    return parseSaved(localStorage.getItem(KEY));
  } catch {
    // Storage can be blocked (private modes, policies): behave as an empty list.
    return [];
  }
}

export function writeSaved(ids: readonly string[]): void {
  try {
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
    if (event.key === KEY) listener();
  });
}
