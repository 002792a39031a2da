// API keys for Open311 clients: created with a name and a per-minute limit, stored hashed
// (the key is shown once, when it is made), revoked rather than deleted.

import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from './schema.js';

export const KEY_PREFIX = 'h311_';
export const DEFAULT_PER_MINUTE = 60;
export const MAX_PER_MINUTE = 100_000;

export interface ApiKeyInfo {
  id: number;
  name: string;
  prefix: string;
  perMinute: number;
  createdAt: Date;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
}

/** The key a client presents, hashed as stored. Keys are 256 random bits, so a plain SHA-256 suffices. */
export function hashKey(key: string): string {
  return crypto.createHash('sha256').update(key, 'utf8').digest('hex');
}

type Row = {
  id: number;
  name: string;
  prefix: string;
  per_minute: number;
  created_at: Date;
  revoked_at: Date | null;
  last_used_at: Date | null;
};
const toInfo = (r: Row): ApiKeyInfo => ({
  id: r.id,
  name: r.name,
  prefix: r.prefix,
  perMinute: r.per_minute,
  createdAt: r.created_at,
  revokedAt: r.revoked_at,
  lastUsedAt: r.last_used_at,
});
const COLUMNS = ['id', 'name', 'prefix', 'per_minute', 'created_at', 'revoked_at', 'last_used_at'] as const;

export function validName(name: string): string | null {
  const n = name.trim();
  if (!n) return '名称不能为空';
  if ([...n].length > 100) return '名称最多 100 个字符';
  return null;
}

export function validPerMinute(n: number): string | null {
  if (!Number.isInteger(n) || n < 1 || n > MAX_PER_MINUTE) return `每分钟请求上限应为 1–${MAX_PER_MINUTE} 的整数`;
  return null;
}

/** Creates a key; returns it in full (the only time it is ever available) with its record. */
export async function createApiKey(
  db: Kysely<DB>,
  input: { name: string; perMinute?: number; createdBy?: number | null },
): Promise<{ key: string; info: ApiKeyInfo }> {
  const perMinute = input.perMinute ?? DEFAULT_PER_MINUTE;
  const problem = validName(input.name) ?? validPerMinute(perMinute);
  if (problem) throw new Error(problem);
  const key = KEY_PREFIX + crypto.randomBytes(32).toString('base64url');
  const row = await db
    .insertInto('api_keys')
    .values({
      name: input.name.trim(),
      key_hash: hashKey(key),
      prefix: key.slice(0, KEY_PREFIX.length + 6),
      per_minute: perMinute,
      created_by: input.createdBy ?? null,
    })
    .returning(COLUMNS)
    .executeTakeFirstOrThrow();
  return { key, info: toInfo(row) };
}

export async function listApiKeys(db: Kysely<DB>): Promise<ApiKeyInfo[]> {
  const rows = await db.selectFrom('api_keys').select(COLUMNS).orderBy('id').execute();
  return rows.map(toInfo);
}

export async function findApiKey(db: Kysely<DB>, id: number): Promise<ApiKeyInfo | null> {
  const row = await db.selectFrom('api_keys').select(COLUMNS).where('id', '=', id).executeTakeFirst();
  return row ? toInfo(row) : null;
}

export async function updateApiKey(db: Kysely<DB>, id: number, patch: { name?: string; perMinute?: number }): Promise<ApiKeyInfo | null> {
  const set: { name?: string; per_minute?: number } = {};
  if (patch.name !== undefined) set.name = patch.name.trim();
  if (patch.perMinute !== undefined) set.per_minute = patch.perMinute;
  if (!Object.keys(set).length) return findApiKey(db, id);
  const row = await db.updateTable('api_keys').set(set).where('id', '=', id).returning(COLUMNS).executeTakeFirst();
  return row ? toInfo(row) : null;
}

/** Revokes a key (idempotent); null when there is no such key. */
export async function revokeApiKey(db: Kysely<DB>, id: number, now: Date): Promise<ApiKeyInfo | null> {
  await db.updateTable('api_keys').set({ revoked_at: now }).where('id', '=', id).where('revoked_at', 'is', null).execute();
  return findApiKey(db, id);
}

/** The active key a client presented, or null. Records when it was last used (at most once a minute). */
export async function verifyApiKey(db: Kysely<DB>, key: string, now: Date): Promise<ApiKeyInfo | null> {
  if (!key.startsWith(KEY_PREFIX) || key.length > 200) return null;
  const row = await db
    .selectFrom('api_keys')
    .select(COLUMNS)
    .where('key_hash', '=', hashKey(key))
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  if (!row) return null;
  if (!row.last_used_at || now.getTime() - row.last_used_at.getTime() > 60_000) {
    await db.updateTable('api_keys').set({ last_used_at: now }).where('id', '=', row.id).execute();
  }
  return toInfo(row);
}
