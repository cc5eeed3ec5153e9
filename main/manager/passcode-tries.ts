/** Wrong manager passcodes allowed in a row before the passcode is locked. */
export const maxPasscodeTries = 5;
/** How long the passcode stays locked after the last allowed wrong try. */
export const passcodeLockMs = 5 * 60_000;

/** Wrong tries since the last right passcode, and the lock they caused. */
export interface PasscodeTries {
  failures: number;
  /** Epoch ms, or null. */
  lockedUntil: number | null;
}

export const noTries = (): PasscodeTries => ({ failures: 0, lockedUntil: null });

/** The lock's end when it holds at `now`; null when the passcode may be tried. */
export const lockedUntilAt = (tries: PasscodeTries, now: number): number | null =>
  tries.lockedUntil !== null && now < tries.lockedUntil ? tries.lockedUntil : null;

/** The tries left before the next lock, as they stand at `now` (a lock that ran out starts over). */
export const triesLeftAt = (tries: PasscodeTries, now: number): number =>
  lockedUntilAt(tries, now) !== null ? 0 : maxPasscodeTries - tries.failures;

/** After one more wrong passcode: the fifth in a row locks it for `passcodeLockMs`. */
export function afterWrongTry(tries: PasscodeTries, now: number): PasscodeTries {
  // A lock starts the count over at 0, so a lock that ran out gives five fresh tries.
  const failures = tries.failures + 1;
  return failures >= maxPasscodeTries
    ? { failures: 0, lockedUntil: now + passcodeLockMs }
    : { failures, lockedUntil: null };
}
