import { describe, expect, test } from 'vitest';
import { reachableStates, registrationClock, registrationState } from '../../src/lib/registration.ts';

const at = (iso: string) => new Date(iso);
const end = at('2023-07-20T16:00:00+08:00');
const deadline = at('2023-07-18T18:00:00+08:00');
const scheduled = { state: 'scheduled' };
const signUp = (fields: Record<string, unknown> = {}) => ({ required: true, deadline, ...fields });

describe('registrationClock', () => {
  test('returns nothing for a cancelled activity, which takes no sign-ups', () => {
    expect(registrationClock({ end, status: { state: 'cancelled' }, registration: signUp() })).toBeUndefined();
  });

  test('returns not-needed without a registration or when signing up is optional, closing when the activity ends', () => {
    expect(registrationClock({ end, status: scheduled })).toEqual({ base: 'not-needed', closes: end, deadline: undefined });
    expect(registrationClock({ end, status: scheduled, registration: signUp({ required: false }) })?.base).toBe('not-needed');
  });

  test('returns what the editor wrote: open, full, or a waiting list, closing at the deadline', () => {
    expect(registrationClock({ end, status: scheduled, registration: signUp() })).toEqual({ base: 'open', closes: deadline, deadline });
    expect(registrationClock({ end, status: scheduled, registration: signUp({ full: true }) })?.base).toBe('full');
    const waiting = registrationClock({
      end,
      status: scheduled,
      registration: signUp({ full: true, waitingList: 'https://example.org/' }),
    });
    expect(waiting?.base).toBe('waiting-list');
  });

  test('closes a registration without a deadline when the activity ends', () => {
    expect(registrationClock({ end, status: scheduled, registration: { required: true } })?.closes).toEqual(end);
  });
});

describe('registrationState', () => {
  const open = { base: 'open' as const, closes: deadline, deadline };

  test('returns open until 48 hours before the deadline, closing soon from then, closed from the deadline', () => {
    expect(registrationState(open, at('2023-07-16T17:59:00+08:00'))).toBe('open');
    expect(registrationState(open, at('2023-07-16T18:00:00+08:00'))).toBe('closing-soon');
    expect(registrationState(open, at('2023-07-18T17:59:00+08:00'))).toBe('closing-soon');
    expect(registrationState(open, at('2023-07-18T18:00:00+08:00'))).toBe('closed');
  });

  test('returns open without a deadline until the activity ends, never closing soon', () => {
    const noDeadline = { base: 'open' as const, closes: end, deadline: undefined };
    expect(registrationState(noDeadline, at('2023-07-20T15:00:00+08:00'))).toBe('open');
    expect(registrationState(noDeadline, end)).toBe('closed');
  });

  test('returns full and waiting list as written until the deadline, then closed', () => {
    expect(registrationState({ ...open, base: 'full' }, at('2023-07-18T12:00:00+08:00'))).toBe('full');
    expect(registrationState({ ...open, base: 'waiting-list' }, at('2023-07-18T12:00:00+08:00'))).toBe('waiting-list');
    expect(registrationState({ ...open, base: 'waiting-list' }, deadline)).toBe('closed');
  });

  test('returns not needed at any time', () => {
    expect(registrationState({ base: 'not-needed', closes: end, deadline: undefined }, at('2023-09-01T00:00:00+08:00'))).toBe('not-needed');
  });
});

describe('reachableStates', () => {
  test('returns the states an activity passes through, in order', () => {
    expect(reachableStates({ base: 'open', closes: deadline, deadline })).toEqual(['open', 'closing-soon', 'closed']);
    expect(reachableStates({ base: 'open', closes: end, deadline: undefined })).toEqual(['open', 'closed']);
    expect(reachableStates({ base: 'waiting-list', closes: deadline, deadline })).toEqual(['waiting-list', 'closed']);
    expect(reachableStates({ base: 'not-needed', closes: end, deadline: undefined })).toEqual(['not-needed']);
  });
});
