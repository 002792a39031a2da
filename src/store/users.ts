// Users, password hashes and sign-in sessions.

import crypto from 'node:crypto';
import { promisify } from 'node:util';
import type { Kysely } from 'kysely';
import type { Role } from '../domain/ticket-types.js';
import type { DB } from './schema.js';

const scrypt = promisify(crypto.scrypt) as (pw: string, salt: Buffer, len: number, opts: crypto.ScryptOptions) => Promise<Buffer>;
const SCRYPT = { N: 16384, r: 8, p: 1 };

/** scrypt$N$r$p$salt$hash, all base64url. */
export async function hashPassword(password: string): Promise<string> {
  const salt = crypto.randomBytes(16);
  const hash = await scrypt(password, salt, 32, SCRYPT);
  return `scrypt$${SCRYPT.N}$${SCRYPT.r}$${SCRYPT.p}$${salt.toString('base64url')}$${hash.toString('base64url')}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [kind, n, r, p, salt, hash] = stored.split('$');
  if (kind !== 'scrypt' || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const actual = await scrypt(password, Buffer.from(salt, 'base64url'), expected.length, { N: +n, r: +r, p: +p });
  return crypto.timingSafeEqual(expected, actual);
}

/** A password for generated accounts: 16 characters, no look-alikes. */
export function generatePassword(): string {
  const alphabet = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = crypto.randomBytes(16);
  return [...bytes].map((b) => alphabet[b % alphabet.length]).join('');
}

export interface UserRecord {
  id: number;
  username: string;
  displayName: string | null;
  role: Role;
  unitId: number | null;
  active: boolean;
}

export async function createUser(
  db: Kysely<DB>,
  u: { username: string; password: string; role: Role; unitId?: number | null; displayName?: string | null },
): Promise<UserRecord> {
  const row = await db
    .insertInto('users')
    .values({
      username: u.username,
      password_hash: await hashPassword(u.password),
      role: u.role,
      unit_id: u.unitId ?? null,
      display_name: u.displayName ?? null,
    })
    .returning(['id', 'username', 'display_name', 'role', 'unit_id', 'active'])
    .executeTakeFirstOrThrow();
  return toUser(row);
}

function toUser(r: { id: number; username: string; display_name: string | null; role: string; unit_id: number | null; active: boolean }): UserRecord {
  return { id: r.id, username: r.username, displayName: r.display_name, role: r.role as Role, unitId: r.unit_id, active: r.active };
}

export async function listUsers(db: Kysely<DB>): Promise<UserRecord[]> {
  const rows = await db.selectFrom('users').select(['id', 'username', 'display_name', 'role', 'unit_id', 'active']).orderBy('id').execute();
  return rows.map(toUser);
}

const tokenHash = (token: string) => crypto.createHash('sha256').update(token).digest('base64url');
export const SESSION_HOURS = 12;

export type SignInResult =
  | { ok: true; token: string; user: UserRecord; expiresAt: Date }
  | { ok: false; reason: 'unknown_user' | 'inactive' | 'wrong_password' };

/**
 * Checks the password and opens a session with a new bearer token. The caller answers every
 * refusal alike; the reason is for the audit log. Throttling is the caller's (sign-in-throttle.ts).
 */
export async function signIn(db: Kysely<DB>, username: string, password: string): Promise<SignInResult> {
  const row = await db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
  if (!row || !row.active) {
    await hashPassword(password); // same work either way, so timing does not reveal who exists
    return { ok: false, reason: row ? 'inactive' : 'unknown_user' };
  }
  if (!(await verifyPassword(password, row.password_hash))) return { ok: false, reason: 'wrong_password' };
  const token = crypto.randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + SESSION_HOURS * 3600_000);
  await db.insertInto('sessions').values({ token_hash: tokenHash(token), user_id: row.id, expires_at: expiresAt }).execute();
  return { ok: true, token, user: toUser(row), expiresAt };
}

export async function userForToken(db: Kysely<DB>, token: string, now: Date): Promise<UserRecord | null> {
  return (await usersForTokens(db, [token], now))[0];
}

/** The signed-in user of each token (null: unknown, expired, or the account disabled), in one query. */
export async function usersForTokens(db: Kysely<DB>, tokens: string[], now: Date): Promise<(UserRecord | null)[]> {
  const hashes = tokens.map(tokenHash);
  const rows = await db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select(['s.token_hash', 'u.id', 'u.username', 'u.display_name', 'u.role', 'u.unit_id', 'u.active'])
    .where('s.token_hash', 'in', [...new Set(hashes)])
    .where('s.expires_at', '>', now)
    .execute();
  const byHash = new Map(rows.filter((r) => r.active).map((r) => [r.token_hash, toUser(r)]));
  return hashes.map((h) => byHash.get(h) ?? null);
}

export async function signOut(db: Kysely<DB>, token: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', tokenHash(token)).execute();
}
