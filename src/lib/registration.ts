/**
 * Where signing up for an activity stands: open, closing soon (within 48 hours of the deadline),
 * closed, full (the editor says so), waiting list (full, with a list to join), or not needed.
 * Pure, with `now` as an argument: the build decides it for pages read without JavaScript, and
 * the browser again by the visitor's clock (src/client/registration-state.ts).
 */

export const REGISTRATION_STATES = ['open', 'closing-soon', 'full', 'waiting-list', 'closed', 'not-needed'] as const;
export type RegistrationState = (typeof REGISTRATION_STATES)[number];

/** How long before the deadline an open registration is "closing soon". */
export const CLOSING_SOON_MS = 48 * 3_600_000;

/**
 * What the state depends on, apart from the clock: what the editor wrote (`base`), when sign-up
 * closes (the deadline, or the end of the activity where there is none), and the deadline itself.
 * Small enough to hand to the browser as three attributes.
 */
export interface RegistrationClock {
  base: 'open' | 'full' | 'waiting-list' | 'not-needed';
  closes: Date;
  deadline: Date | undefined;
}

interface RegistrationSource {
  end: Date;
  status: { state: string };
  registration?: { required: boolean; deadline?: Date | undefined; full?: boolean; waitingList?: string | undefined } | undefined;
}

/**
 * An activity's registration clock, or undefined for a cancelled one, which takes no sign-ups.
 * @example registrationClock({ end, status: { state: 'scheduled' }, registration: { required: true, full: true } }).base // 'full'
 */
export function registrationClock(activity: RegistrationSource): RegistrationClock | undefined {
  if (activity.status.state === 'cancelled') return undefined;
  const { registration } = activity;
  const deadline = registration?.deadline;
  const closes = deadline ?? activity.end;
  if (!registration?.required) return { base: 'not-needed', closes, deadline };
  if (registration.full) return { base: registration.waitingList ? 'waiting-list' : 'full', closes, deadline };
  return { base: 'open', closes, deadline };
}

/**
 * The state at `now`. Sign-up closes at the deadline (or, without one, when the activity ends),
 * even for a full activity: its waiting list closes with it.
 * @example registrationState({ base: 'open', closes: deadline, deadline }, oneDayBefore) // 'closing-soon'
 */
export function registrationState(clock: RegistrationClock, now: Date): RegistrationState {
  if (clock.base === 'not-needed') return 'not-needed';
  if (now >= clock.closes) return 'closed';
  if (clock.base !== 'open') return clock.base;
  if (clock.deadline && clock.deadline.getTime() - now.getTime() <= CLOSING_SOON_MS) return 'closing-soon';
  return 'open';
}

/** Every state an activity can be in as time passes, in the order they come: what its page prepares to show. */
export function reachableStates(clock: RegistrationClock): RegistrationState[] {
  if (clock.base === 'not-needed') return ['not-needed'];
  if (clock.base !== 'open') return [clock.base, 'closed'];
  return clock.deadline ? ['open', 'closing-soon', 'closed'] : ['open', 'closed'];
}

/**
 * An activity's value for the agenda's registration filter at `now`: its state, or none for a
 * cancelled activity.
 */
export function registrationFacet(activity: RegistrationSource, now: Date): RegistrationState[] {
  const clock = registrationClock(activity);
  return clock ? [registrationState(clock, now)] : [];
}
