// The sign-in throttling rule (OWASP ASVS 2.2.1), as numbers: how many failures in what window
// lock a user name or a client address, and for how long. The counting itself is in
// store/sign-in-throttle.ts, atomic in the database, so that every server process shares it.

export const SIGN_IN_RULE = {
  /** Failures counted within one window before the key locks. */
  maxFailures: 10,
  windowMinutes: 15,
  /** The first lock lasts this long, each next one twice as long as the one before … */
  firstLockMinutes: 1,
  /** … up to this. */
  maxLockMinutes: 60,
  /** After this long without an attempt a key starts again at the first lock. */
  quietHours: 24,
} as const;

/** Minutes of the n-th lock in a row (n ≥ 1): 1, 2, 4, 8, 16, 32, 60, 60, … */
export function lockMinutes(n: number): number {
  const { firstLockMinutes, maxLockMinutes } = SIGN_IN_RULE;
  if (n < 1) return firstLockMinutes;
  return Math.min(maxLockMinutes, firstLockMinutes * 2 ** Math.min(n - 1, 30));
}

/**
 * The lock lengths in seconds, from the first lock up to the first at the cap: the n-th lock
 * lasts steps[min(n, steps.length) - 1]. (The database picks from this list, so that counting
 * and locking stay one statement.)
 */
export function lockSteps(): number[] {
  const steps: number[] = [];
  for (let n = 1; ; n++) {
    steps.push(lockMinutes(n) * 60);
    if (lockMinutes(n) >= SIGN_IN_RULE.maxLockMinutes) return steps;
  }
}

/** Whole seconds until `until` (at least 1): the Retry-After of a refused attempt. */
export function secondsUntil(until: Date, now: Date): number {
  return Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
}
