/**
 * Decides each activity's registration state by the visitor's clock, updating what the build
 * wrote from its own (the view without JavaScript). Markup (RegistrationBadge.astro, the activity
 * page's sign-up block):
 *   [data-registration-base][data-registration-closes] (and data-registration-deadline, present when
 *   `closes` is a deadline): gets data-state; takes the state's label from its data-label-<state>
 *   where it has one (none: the text is already that state's); shows only
 *   its [data-registration-show] children that list the state (and, with data-registration-when,
 *   only while sign-up is "open" or once it is "closed"); and gives the item it belongs to
 *   ([data-filter-item]) the state as its registration filter value. With data-hide-when-over, it
 *   hides once the activity it is in ([data-end]) is over.
 * Imported by the filter list, so that filter values are current before the list reads them.
 */
import { registrationState, type RegistrationClock } from '../lib/registration.ts';

const BASES = new Set<string>(['open', 'full', 'waiting-list', 'not-needed']);

function clockOf(element: HTMLElement): RegistrationClock | undefined {
  const { registrationBase: base = '', registrationCloses: closes, registrationDeadline: deadline } = element.dataset;
  if (!BASES.has(base) || !closes) return undefined;
  // Sign-up closes at the deadline where there is one, so the element says only whether there is.
  return {
    base: base as RegistrationClock['base'],
    closes: new Date(closes),
    deadline: deadline === undefined ? undefined : new Date(closes),
  };
}

export function showRegistrationStates(root: ParentNode, now: Date): void {
  for (const element of root.querySelectorAll<HTMLElement>('[data-registration-base]')) {
    const clock = clockOf(element);
    if (!clock) continue;
    const state = registrationState(clock, now);
    element.dataset.state = state;
    const label = element.getAttribute(`data-label-${state}`);
    if (label !== null) element.textContent = label;
    const open = now < clock.closes;
    for (const part of element.querySelectorAll<HTMLElement>('[data-registration-show]')) {
      const when = part.dataset.registrationWhen;
      part.hidden =
        !(part.dataset.registrationShow ?? '').split(' ').includes(state) || (when === 'open' && !open) || (when === 'closed' && open);
    }
    if ('hideWhenOver' in element.dataset) {
      const end = element.closest<HTMLElement>('[data-end]')?.dataset.end;
      element.hidden = end !== undefined && now >= new Date(end);
    }
    const item = element.closest<HTMLElement>('[data-filter-item]');
    if (item) item.dataset.facetRegistration = state;
  }
}

showRegistrationStates(document, new Date());
