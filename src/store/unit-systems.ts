// Departments' own systems (自建系统对接, issue 17 item 4): which units answer through their own
// case system (unit_systems, with the webhook subscription their dispatches go to), and the system
// users that unit-scoped API keys act as. docs/unit-systems.md is the contract.
//
// A unit key acts through a user row of its own (role unit_handler, the key's unit), so the
// decider's rules, the data scope, the timeline's actor and every foreign key to users apply to
// it unchanged. Nobody can sign in as that user: its password hash is no hash at all (no password
// verifies against it) and the sign-in route refuses its user name outright (api/auth.ts), which
// no admin form can produce (user names there are letters, digits, '_', '.', '-').

import type { Kysely, Transaction } from 'kysely';
import type { DB } from './schema.js';

/** System users' names: `apikey:<key id>`. */
export const SYSTEM_USERNAME_PREFIX = 'apikey:';
export const isSystemUsername = (username: string) => username.startsWith(SYSTEM_USERNAME_PREFIX);
/** Not a scrypt hash (users.ts verifyPassword accepts only those): no password matches it. */
const NO_PASSWORD = '!unit-system-key';

/** Makes the system user a unit key acts as, and links it to the key; returns its id. */
export async function createSystemUser(tx: Transaction<DB>, keyId: number, unitId: number, name: string): Promise<number> {
  const user = await tx
    .insertInto('users')
    .values({ username: `${SYSTEM_USERNAME_PREFIX}${keyId}`, password_hash: NO_PASSWORD, role: 'unit_handler', unit_id: unitId, display_name: name })
    .returning('id')
    .executeTakeFirstOrThrow();
  await tx.updateTable('api_keys').set({ user_id: user.id }).where('id', '=', keyId).execute();
  return user.id;
}

/** Renames a key's system user (the timeline's name for it) or deactivates it (the key revoked). */
export async function setSystemUser(tx: Transaction<DB>, userId: number, set: { displayName?: string; active?: boolean }): Promise<void> {
  const values = {
    ...(set.displayName !== undefined ? { display_name: set.displayName } : {}),
    ...(set.active !== undefined ? { active: set.active } : {}),
  };
  if (Object.keys(values).length) await tx.updateTable('users').set(values).where('id', '=', userId).where('username', 'like', `${SYSTEM_USERNAME_PREFIX}%`).execute();
}

/** The user a unit key acts as, as the ticket routes see a signed-in user: null when the key has none or it is inactive. */
export async function systemUserOfKey(db: Kysely<DB>, keyId: number) {
  const row = await db
    .selectFrom('api_keys as k')
    .innerJoin('users as u', 'u.id', 'k.user_id')
    .select(['u.id', 'u.username', 'u.display_name', 'u.active', 'k.unit_id'])
    .where('k.id', '=', keyId)
    .where('k.scope', '=', 'unit')
    .executeTakeFirst();
  if (!row || !row.active || row.unit_id == null) return null;
  // Role and unit come from the key, whatever an admin may have done to the user row since.
  return { id: row.id, username: row.username, displayName: row.display_name, role: 'unit_handler' as const, unitId: row.unit_id, active: true };
}

// ── Marked units ────────────────────────────────────────────────────────────────────────────

export interface UnitSystemRow {
  unitId: number;
  name: string;
  subscriptionId: number | null;
  createdAt: Date;
}

const toRow = (r: { unit_id: number; name: string; subscription_id: number | null; created_at: Date }): UnitSystemRow => ({
  unitId: r.unit_id,
  name: r.name,
  subscriptionId: r.subscription_id,
  createdAt: r.created_at,
});

export async function listUnitSystems(db: Kysely<DB>): Promise<UnitSystemRow[]> {
  return (await db.selectFrom('unit_systems').selectAll().orderBy('unit_id').execute()).map(toRow);
}

export async function findUnitSystem(db: Kysely<DB>, unitId: number, lock = false): Promise<UnitSystemRow | null> {
  let q = db.selectFrom('unit_systems').selectAll().where('unit_id', '=', unitId);
  if (lock) q = q.forUpdate();
  const r = await q.executeTakeFirst();
  return r ? toRow(r) : null;
}

export async function insertUnitSystem(tx: Transaction<DB>, row: { unitId: number; name: string; subscriptionId: number; by: number | null }): Promise<UnitSystemRow> {
  return toRow(
    await tx
      .insertInto('unit_systems')
      .values({ unit_id: row.unitId, name: row.name, subscription_id: row.subscriptionId, created_by: row.by })
      .returningAll()
      .executeTakeFirstOrThrow(),
  );
}

export async function updateUnitSystem(tx: Transaction<DB>, unitId: number, set: { name?: string; subscriptionId?: number }): Promise<UnitSystemRow> {
  const values = {
    ...(set.name !== undefined ? { name: set.name } : {}),
    ...(set.subscriptionId !== undefined ? { subscription_id: set.subscriptionId } : {}),
  };
  if (!Object.keys(values).length) return (await findUnitSystem(tx, unitId))!;
  return toRow(await tx.updateTable('unit_systems').set(values).where('unit_id', '=', unitId).returningAll().executeTakeFirstOrThrow());
}

export async function deleteUnitSystem(tx: Transaction<DB>, unitId: number): Promise<void> {
  await tx.deleteFrom('unit_systems').where('unit_id', '=', unitId).execute();
}

/** The units whose own systems these subscriptions are (subscription id → unit id): the sender builds their bodies as the unit sees them. */
export async function unitsOfSubscriptions(db: Kysely<DB>, subscriptionIds: number[]): Promise<Map<number, number>> {
  if (!subscriptionIds.length) return new Map();
  const rows = await db.selectFrom('unit_systems').select(['unit_id', 'subscription_id']).where('subscription_id', 'in', subscriptionIds).execute();
  return new Map(rows.map((r) => [r.subscription_id as number, r.unit_id]));
}

/** The active unit keys of a unit. */
export async function activeUnitKeyIds(db: Kysely<DB>, unitId: number): Promise<number[]> {
  const rows = await db.selectFrom('api_keys').select('id').where('scope', '=', 'unit').where('unit_id', '=', unitId).where('revoked_at', 'is', null).orderBy('id').execute();
  return rows.map((r) => r.id);
}
