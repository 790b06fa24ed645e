/**
 * Decides "past" and "happening now" with the visitor's clock, updating
 * what the build wrote from its own clock (the view without JavaScript).
 *   [data-start][data-end] (and data-state, the activity's status) with a [data-timing-label] inside:
 *   gets data-timing=past|ongoing|upcoming|cancelled and the matching label from data-label-past /
 *   data-label-ongoing (none for a cancelled activity, which never happens).
 */
import { timingOf } from '../lib/timeline.ts';

const now = new Date();

for (const element of document.querySelectorAll<HTMLElement>('[data-start][data-end]')) {
  const timing = timingOf(
    {
      start: new Date(element.dataset.start ?? ''),
      end: new Date(element.dataset.end ?? ''),
      status: { state: element.dataset.state ?? 'scheduled' },
    },
    now,
  );
  element.dataset.timing = timing;
  const label = element.querySelector<HTMLElement>('[data-timing-label]');
  if (!label) continue;
  const text = timing === 'past' ? label.dataset.labelPast : timing === 'ongoing' ? label.dataset.labelOngoing : '';
  label.textContent = text ?? '';
  label.hidden = !text;
}
