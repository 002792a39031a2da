// API keys for the systems that call the hotline: created with a name, a scope and a
// per-minute limit, stored hashed (the key is shown once, when it is made), revoked rather than
// deleted. A key does one thing: its scope says which (an Open311 client, the telephony system,
// the SMS gateway, a data feed, 110's platform, a department's own system acting as its unit's
// handler: store/unit-systems.ts). Creating, changing and revoking a key is
// audited in the same transaction, with the key's prefix, never the key.

import crypto from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { audit } from './admin-console.js';
import type { DB } from './schema.js';
import { inTransaction } from './tickets.js';
import { createSystemUser, setSystemUser } from './unit-systems.js';

export const KEY_PREFIX = 'h311_';
export const DEFAULT_PER_MINUTE = 60;
export const MAX_PER_MINUTE = 100_000;

/** What a key may do (api_keys.scope, migration 0011): each caller of verifyApiKey checks its own. */
export const API_KEY_SCOPES = ['open311', 'telephony', 'sms', 'feed', '110', 'unit'] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];
export const isApiKeyScope = (s: string): s is ApiKeyScope => (API_KEY_SCOPES as readonly string[]).includes(s);

export interface ApiKeyInfo {
  id: number;
  name: string;
  prefix: string;
  scope: ApiKeyScope;
  /** A unit key (scope 'unit'): its unit, and the system user it acts as (0024_unit_systems). */
  unitId: number | null;
  userId: number | null;
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
  scope: string;
  unit_id: number | null;
  user_id: number | null;
  per_minute: number;
  created_at: Date;
  revoked_at: Date | null;
  last_used_at: Date | null;
};
const toInfo = (r: Row): ApiKeyInfo => ({
  id: r.id,
  name: r.name,
  prefix: r.prefix,
  scope: r.scope as ApiKeyScope,
  unitId: r.unit_id,
  userId: r.user_id,
  perMinute: r.per_minute,
  createdAt: r.created_at,
  revokedAt: r.revoked_at,
  lastUsedAt: r.last_used_at,
});
const COLUMNS = ['id', 'name', 'prefix', 'scope', 'unit_id', 'user_id', 'per_minute', 'created_at', 'revoked_at', 'last_used_at'] as const;

/** A key as the audit log records it: never the key, only its prefix. */
const audited = (k: ApiKeyInfo) => ({ id: k.id, name: k.name, prefix: k.prefix, scope: k.scope, ...(k.unitId != null ? { unitId: k.unitId } : {}), perMinute: k.perMinute, revokedAt: k.revokedAt?.toISOString() ?? null });

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

export function validScope(scope: string): string | null {
  return isApiKeyScope(scope) ? null : `未知的密钥用途：${scope.slice(0, 40)}（应为 ${API_KEY_SCOPES.join('、')} 之一）`;
}

/**
 * Creates a key; returns it in full (the only time it is ever available) with its record.
 * Audited as apikey.create by createdBy (null: the command line).
 */
export async function createApiKey(
  db: Kysely<DB>,
  input: { name: string; scope: ApiKeyScope; perMinute?: number; createdBy?: number | null; unitId?: number | null },
): Promise<{ key: string; info: ApiKeyInfo }> {
  const perMinute = input.perMinute ?? DEFAULT_PER_MINUTE;
  const unitId = input.unitId ?? null;
  const problem =
    validName(input.name) ??
    validScope(input.scope) ??
    validPerMinute(perMinute) ??
    (input.scope === 'unit' && unitId == null ? '单位系统密钥须指定单位（unitId）' : null) ??
    (input.scope !== 'unit' && unitId != null ? '只有单位系统（unit）密钥可以指定单位' : null);
  if (problem) throw new Error(problem);
  const key = KEY_PREFIX + crypto.randomBytes(32).toString('base64url');
  return inTransaction(db, async (tx) => {
    const info = toInfo(
      await tx
        .insertInto('api_keys')
        .values({
          name: input.name.trim(),
          key_hash: hashKey(key),
          prefix: key.slice(0, KEY_PREFIX.length + 6),
          scope: input.scope,
          unit_id: unitId,
          per_minute: perMinute,
          created_by: input.createdBy ?? null,
        })
        .returning(COLUMNS)
        .executeTakeFirstOrThrow(),
    );
    // A unit key acts as a system user of its own, made with it (store/unit-systems.ts).
    if (unitId != null) info.userId = await createSystemUser(tx, info.id, unitId, info.name);
    await audit(tx, input.createdBy ?? null, 'apikey.create', { after: audited(info) });
    return { key, info };
  });
}

export async function listApiKeys(db: Kysely<DB>): Promise<ApiKeyInfo[]> {
  const rows = await db.selectFrom('api_keys').select(COLUMNS).orderBy('id').execute();
  return rows.map(toInfo);
}

export async function findApiKey(db: Kysely<DB>, id: number): Promise<ApiKeyInfo | null> {
  const row = await db.selectFrom('api_keys').select(COLUMNS).where('id', '=', id).executeTakeFirst();
  return row ? toInfo(row) : null;
}

/** Renames a key or changes its limit (audited as apikey.update when something changed); null when there is no such key. */
export async function updateApiKey(
  db: Kysely<DB>,
  id: number,
  patch: { name?: string; perMinute?: number },
  by: number | null,
): Promise<ApiKeyInfo | null> {
  const set: { name?: string; per_minute?: number } = {};
  if (patch.name !== undefined) set.name = patch.name.trim();
  if (patch.perMinute !== undefined) set.per_minute = patch.perMinute;
  return inTransaction(db, async (tx) => {
    const row = await tx.selectFrom('api_keys').select(COLUMNS).where('id', '=', id).forUpdate().executeTakeFirst();
    if (!row) return null;
    const before = toInfo(row);
    if (!Object.keys(set).length) return before;
    const after = toInfo(await tx.updateTable('api_keys').set(set).where('id', '=', id).returning(COLUMNS).executeTakeFirstOrThrow());
    // The timeline names a unit key's actions by the key's name.
    if (after.userId != null && after.name !== before.name) await setSystemUser(tx, after.userId, { displayName: after.name });
    if (after.name !== before.name || after.perMinute !== before.perMinute) {
      await audit(tx, by, 'apikey.update', { before: audited(before), after: audited(after) });
    }
    return after;
  });
}

/** Revokes a key (idempotent: audited as apikey.revoke the first time only); null when there is no such key. */
export async function revokeApiKey(db: Kysely<DB>, id: number, now: Date, by: number | null): Promise<ApiKeyInfo | null> {
  return inTransaction(db, async (tx) => {
    const row = await tx.selectFrom('api_keys').select(COLUMNS).where('id', '=', id).forUpdate().executeTakeFirst();
    if (!row) return null;
    const before = toInfo(row);
    if (before.revokedAt) return before;
    const after = toInfo(await tx.updateTable('api_keys').set({ revoked_at: now }).where('id', '=', id).returning(COLUMNS).executeTakeFirstOrThrow());
    // Its system user goes with it (the key check refuses a revoked key already; this keeps the user list honest).
    if (after.userId != null) await setSystemUser(tx, after.userId, { active: false });
    await audit(tx, by, 'apikey.revoke', { before: audited(before), after: audited(after) });
    return after;
  });
}

/**
 * The active keys clients presented (null for each that is none), in one round trip however
 * many: at a peak, concurrent requests are checked together (app/api-keys.ts). Records when a
 * key was last used, at most once a minute.
 */
export async function verifyApiKeys(db: Kysely<DB>, keys: string[], now: Date): Promise<(ApiKeyInfo | null)[]> {
  const hashes = keys.map((key) => (key.startsWith(KEY_PREFIX) && key.length <= 200 ? hashKey(key) : null));
  const wanted = [...new Set(hashes.filter((h): h is string => h != null))];
  if (wanted.length === 0) return keys.map(() => null);
  const { rows } = await sql<Row & { key_hash: string }>`
    WITH k AS (
      SELECT key_hash, ${sql.join(COLUMNS.map((c) => sql.ref(c)))} FROM api_keys WHERE key_hash = ANY(${wanted}::text[]) AND revoked_at IS NULL
    ),
    touched AS (
      UPDATE api_keys SET last_used_at = ${now}::timestamptz
      WHERE id IN (SELECT id FROM k WHERE last_used_at IS NULL OR last_used_at < ${new Date(now.getTime() - 60_000)}::timestamptz)
    )
    SELECT * FROM k`.execute(db);
  const byHash = new Map(rows.map(({ key_hash, ...r }) => [key_hash, toInfo(r)]));
  return hashes.map((h) => (h ? (byHash.get(h) ?? null) : null));
}
