// The citizen portal's storage: one-time codes (hashed, 5-minute expiry, limited attempts) and
// rate-limit counters kept in the database, so that every server process on it shares the limits.

import crypto from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { DB } from './schema.js';

export type CodePurpose = 'submit' | 'rate' | 'supplement';

export const CODE_TTL_SECONDS = 300;
export const CODE_MAX_ATTEMPTS = 5;

function hashCode(salt: string, phone: string, purpose: CodePurpose, code: string): string {
  return crypto.createHash('sha256').update(`${salt}:${phone}:${purpose}:${code}`, 'utf8').digest('hex');
}

/** Makes a 6-digit code for a phone; stores only its salted hash. Returns the code to send. */
export async function issueCode(db: Kysely<DB>, input: { phone: string; purpose: CodePurpose; ip: string | null; now: Date }): Promise<string> {
  const code = String(crypto.randomInt(0, 1_000_000)).padStart(6, '0');
  const salt = crypto.randomBytes(12).toString('base64url');
  await db
    .insertInto('portal_codes')
    .values({
      phone: input.phone,
      purpose: input.purpose,
      code_hash: `${salt}$${hashCode(salt, input.phone, input.purpose, code)}`,
      created_at: input.now,
      expires_at: new Date(input.now.getTime() + CODE_TTL_SECONDS * 1000),
      ip: input.ip,
    })
    .execute();
  return code;
}

export type CodeCheck =
  | { ok: true; id: string; usedFor: number | null }
  | { ok: false; reason: 'no_code' | 'wrong_code' | 'too_many_attempts' };

/**
 * Checks a code against the newest code issued for the phone and purpose. Every check first
 * takes one attempt in a single conditional UPDATE, so concurrent guesses cannot race past the
 * limit (each reads and increments in one statement; once CODE_MAX_ATTEMPTS are taken, no
 * further guess is even compared); a right code gives its attempt back. A used code still
 * matches (usedFor tells for which ticket), so that a retried submit can be recognised.
 */
export async function checkCode(db: Kysely<DB>, input: { phone: string; purpose: CodePurpose; code: string; now: Date }): Promise<CodeCheck> {
  const newest = db
    .selectFrom('portal_codes')
    .select('id')
    .where('phone', '=', input.phone)
    .where('purpose', '=', input.purpose)
    .where('expires_at', '>', input.now)
    .orderBy('id', 'desc')
    .limit(1);
  const current = await newest.executeTakeFirst();
  if (!current) return { ok: false, reason: 'no_code' };
  const row = await db
    .updateTable('portal_codes')
    .set({ attempts: sql`attempts + 1` })
    .where('id', '=', current.id)
    .where('attempts', '<', CODE_MAX_ATTEMPTS)
    .returning(['id', 'code_hash', 'attempts', 'used_at', 'ticket_id'])
    .executeTakeFirst();
  if (!row) return { ok: false, reason: 'too_many_attempts' };
  const [salt, hash] = row.code_hash.split('$');
  const given = hashCode(salt, input.phone, input.purpose, input.code);
  const match = given.length === hash.length && crypto.timingSafeEqual(Buffer.from(given), Buffer.from(hash));
  if (!match) return { ok: false, reason: row.attempts >= CODE_MAX_ATTEMPTS ? 'too_many_attempts' : 'wrong_code' };
  await db.updateTable('portal_codes').set({ attempts: sql`attempts - 1` }).where('id', '=', row.id).execute();
  if (row.used_at) return { ok: true, id: row.id, usedFor: row.ticket_id ?? -1 };
  return { ok: true, id: row.id, usedFor: null };
}

/** Marks a checked code used (inside the transaction that acts on it); false if another request took it first. */
export async function consumeCode(db: Kysely<DB>, id: string, ticketId: number | null, now: Date): Promise<boolean> {
  const res = await db
    .updateTable('portal_codes')
    .set({ used_at: now, ticket_id: ticketId })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export interface RateRule {
  /** What is counted, e.g. "code:phone:13800000000". */
  key: string;
  max: number;
  windowSeconds: number;
}

/**
 * Counts one hit against each rule (fixed windows, counted in the database) and returns the
 * first rule now over its limit with the seconds until its window ends, or null.
 */
export async function hitRateLimits(db: Kysely<DB>, rules: readonly RateRule[], now: Date): Promise<{ rule: RateRule; retryAfter: number } | null> {
  let over: { rule: RateRule; retryAfter: number } | null = null;
  const counted: { key: string; start: Date }[] = [];
  for (const rule of rules) {
    const size = rule.windowSeconds * 1000;
    const start = Math.floor(now.getTime() / size) * size;
    const { rows } = await sql<{ count: number }>`
      INSERT INTO rate_counters (key, window_start, count) VALUES (${rule.key}, ${new Date(start)}, 1)
      ON CONFLICT (key, window_start) DO UPDATE SET count = rate_counters.count + 1
      RETURNING count`.execute(db);
    counted.push({ key: rule.key, start: new Date(start) });
    if (rows[0].count > rule.max) {
      over = { rule, retryAfter: Math.max(1, Math.ceil((start + size - now.getTime()) / 1000)) };
      break;
    }
  }
  // A refused request is not counted: a citizen told to wait a minute keeps the hour's allowance.
  if (over) {
    for (const c of counted) {
      await db.updateTable('rate_counters').set({ count: sql`count - 1` }).where('key', '=', c.key).where('window_start', '=', c.start).execute();
    }
  }
  // Old windows are of no use: sweep them now and then.
  if (Math.random() < 0.02) {
    await db.deleteFrom('rate_counters').where('window_start', '<', new Date(now.getTime() - 2 * 86_400_000)).execute();
  }
  return over;
}
