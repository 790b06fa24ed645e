/**
 * Orders each [data-upcoming-first] list by the visitor's clock, as the build did by its own:
 * activities still to come first, then those over. Each item carries its times as data-start and
 * data-end (ActivityCard writes them).
 */
import { upcomingFirst } from '../lib/timeline.ts';

const now = new Date();

for (const list of document.querySelectorAll<HTMLElement>('[data-upcoming-first]')) {
  const items = [...list.querySelectorAll<HTMLElement>(':scope > [data-start][data-end]')];
  const times = (item: HTMLElement) => ({ start: new Date(item.dataset.start ?? ''), end: new Date(item.dataset.end ?? '') });
  const ordered = upcomingFirst(items, now, times);
  if (ordered.some((item, index) => item !== items[index])) list.append(...ordered);
}
