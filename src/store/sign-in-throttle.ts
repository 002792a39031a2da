// Sign-in throttling, counted in the database so that every server process shares it: per user
// name ('user:NAME') and per client address ('addr:IP'). The rule's numbers are in
// domain/sign-in-throttle.ts.
//
// An attempt is counted BEFORE its password is checked, in one UPSERT per attempt: twenty
// parallel attempts on two processes reserve the counts one after another, the first ten are
// checked, the eleventh locks the key, and the rest find it locked. A locked key costs no scrypt.
// A success takes its own count back (the address) or clears the counter (the user name), so
// failures = failed attempts, plus those still being checked.

import { sql, type Kysely } from 'kysely';
import { lockSteps, secondsUntil, SIGN_IN_RULE } from '../domain/sign-in-throttle.js';
import type { DB } from './schema.js';

export interface ThrottleKeys {
  user: string;
  addr: string;
}

export const throttleKeys = (username: string, ip: string): ThrottleKeys => ({ user: `user:${username}`, addr: `addr:${ip}` });

export type Admission = { admitted: true } | { admitted: false; retryAfter: number };

/** A lock set by this attempt, for the audit log. */
export interface NewLock {
  key: string;
  until: Date;
  locks: number;
}

const MINUTE = 60_000;

/** The latest end of an active lock on any of the keys, or null. A read: refusing writes nothing here. */
async function lockedUntil(db: Kysely<DB>, keys: string[], now: Date): Promise<Date | null> {
  const row = await db
    .selectFrom('sign_in_throttle')
    .select((eb) => eb.fn.max('locked_until').as('until'))
    .where('key', 'in', keys)
    .where('locked_until', '>', now)
    .executeTakeFirst();
  return row?.until ? new Date(row.until) : null;
}

/**
 * Counts one sign-in attempt against both keys and says whether its password may be checked.
 * Refused while a key is locked; the attempt after `maxFailures` counted ones in the window
 * locks the key (the n-th lock in a row lasts lockMinutes(n)) and is refused too. New locks are
 * written to the audit log.
 */
export async function admitSignIn(db: Kysely<DB>, keys: ThrottleKeys, username: string, now: Date): Promise<Admission> {
  const all = [keys.user, keys.addr];
  const locked = await lockedUntil(db, all, now);
  if (locked) return { admitted: false, retryAfter: secondsUntil(locked, now) };

  const { maxFailures, windowMinutes, quietHours } = SIGN_IN_RULE;
  const windowSince = new Date(now.getTime() - windowMinutes * MINUTE);
  const quietSince = new Date(now.getTime() - quietHours * 60 * MINUTE);
  // Keys quiet for a day hold nothing the rule still needs (their locks are long over and the
  // streak starts again): sweep them now and then, since names that do not exist add rows too.
  if (Math.random() < 0.02) await db.deleteFrom('sign_in_throttle').where('updated_at', '<', quietSince).execute();
  const steps = lockSteps();
  // A new window: the last one is over, or the key was locked and the lock has passed.
  const fresh = sql<boolean>`(t.window_start <= ${windowSince} OR t.locked_until IS NOT NULL)`;
  const full = sql<boolean>`(t.failures >= ${maxFailures})`;
  // Locks in a row, forgotten after a quiet day.
  const streak = sql<number>`(CASE WHEN t.updated_at <= ${quietSince} THEN 0 ELSE t.locks END)`;
  const lockFor = sql`(ARRAY[${sql.join(steps.map((s) => sql.lit(s)))}]::int[])[least(${streak} + 1, ${sql.lit(steps.length)})] * interval '1 second'`;
  // A key locked now is left alone (the WHERE), so it is not in RETURNING.
  const { rows } = await sql<{ key: string; failures: number; locked_until: Date | null; locks: number }>`
    INSERT INTO sign_in_throttle AS t (key, failures, window_start, locked_until, locks, updated_at)
    VALUES (${keys.user}, 1, ${now}, NULL, 0, ${now}), (${keys.addr}, 1, ${now}, NULL, 0, ${now})
    ON CONFLICT (key) DO UPDATE SET
      failures = CASE WHEN ${fresh} THEN 1 WHEN ${full} THEN t.failures ELSE t.failures + 1 END,
      window_start = CASE WHEN ${fresh} THEN ${now} ELSE t.window_start END,
      locked_until = CASE WHEN ${fresh} THEN NULL WHEN ${full} THEN ${now}::timestamptz + ${lockFor} ELSE NULL END,
      locks = CASE WHEN NOT ${fresh} AND ${full} THEN ${streak} + 1 ELSE ${streak} END,
      updated_at = ${now}
    WHERE t.locked_until IS NULL OR t.locked_until <= ${now}
    RETURNING key, failures, locked_until, locks`.execute(db);

  const newLocks: NewLock[] = rows.filter((r) => r.locked_until).map((r) => ({ key: r.key, until: new Date(r.locked_until!), locks: r.locks }));
  for (const l of newLocks) {
    await db
      .insertInto('audit_log')
      .values({
        user_id: l.key === keys.user ? sql<number | null>`(SELECT id FROM users WHERE username = ${username})` : null,
        action: 'auth.locked',
        ticket_id: null,
        detail: JSON.stringify({ key: l.key, until: l.until.toISOString(), locks: l.locks }),
      })
      .execute();
  }
  if (rows.length === all.length && newLocks.length === 0) return { admitted: true };

  // Refused: an attempt that checks no password counts against no key.
  const counted = rows.filter((r) => !r.locked_until).map((r) => r.key);
  if (counted.length) await takeBack(db, counted);
  const until = newLocks.length ? new Date(Math.max(...newLocks.map((l) => l.until.getTime()))) : await lockedUntil(db, all, now);
  return { admitted: false, retryAfter: until ? secondsUntil(until, now) : 1 };
}

async function takeBack(db: Kysely<DB>, keys: string[]): Promise<void> {
  await db
    .updateTable('sign_in_throttle')
    .set({ failures: sql<number>`greatest(failures - 1, 0)` })
    .where('key', 'in', keys)
    .execute();
}

/** The password was right: the user name's counter starts again; the address takes its attempt back. */
export async function signInSucceeded(db: Kysely<DB>, keys: ThrottleKeys, now: Date): Promise<void> {
  await db.updateTable('sign_in_throttle').set({ failures: 0, window_start: now, locked_until: null }).where('key', '=', keys.user).execute();
  await takeBack(db, [keys.addr]);
}

export type FailureReason = 'unknown_user' | 'inactive' | 'wrong_password' | 'locked';

/** A refused sign-in in the audit log; the user's id when the name exists. */
export async function recordSignInFailure(db: Kysely<DB>, f: { username: string; ip: string; reason: FailureReason }): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      user_id: sql<number | null>`(SELECT id FROM users WHERE username = ${f.username})`,
      action: 'auth.login_failed',
      ticket_id: null,
      detail: JSON.stringify({ username: f.username, ip: f.ip, reason: f.reason }),
    })
    .execute();
}
