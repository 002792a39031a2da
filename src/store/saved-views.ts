// Saved views (保存的视图): a named ticket-list filter, a user's own or published to a role.

import type { Kysely } from 'kysely';
import type { DB } from './schema.js';

export interface SavedView {
  id: number;
  name: string;
  ownerId: number;
  sharedRole: string | null;
  query: Record<string, string>;
  createdAt: Date;
}

const present = (r: { id: number; name: string; owner_id: number; shared_role: string | null; query: Record<string, string>; created_at: Date }): SavedView => ({
  id: r.id,
  name: r.name,
  ownerId: r.owner_id,
  sharedRole: r.shared_role,
  query: r.query,
  createdAt: r.created_at,
});

/** The user's own views and those published to their role, own ones first, each in saving order. */
export async function visibleViews(db: Kysely<DB>, userId: number, role: string): Promise<SavedView[]> {
  const rows = await db
    .selectFrom('saved_views')
    .selectAll()
    .where((eb) => eb.or([eb.and([eb('owner_id', '=', userId), eb('shared_role', 'is', null)]), eb('shared_role', '=', role)]))
    .orderBy('id')
    .execute();
  const own = rows.filter((r) => r.shared_role == null);
  return [...own, ...rows.filter((r) => r.shared_role != null)].map(present);
}

/** Views an admin published (to manage them), every role. */
export async function sharedViews(db: Kysely<DB>): Promise<SavedView[]> {
  return (await db.selectFrom('saved_views').selectAll().where('shared_role', 'is not', null).orderBy('id').execute()).map(present);
}

export async function findView(db: Kysely<DB>, id: number): Promise<SavedView | null> {
  const r = await db.selectFrom('saved_views').selectAll().where('id', '=', id).executeTakeFirst();
  return r ? present(r) : null;
}

export async function createView(db: Kysely<DB>, v: { name: string; ownerId: number; sharedRole: string | null; query: Record<string, string> }, now: Date): Promise<SavedView> {
  const r = await db
    .insertInto('saved_views')
    .values({ name: v.name, owner_id: v.ownerId, shared_role: v.sharedRole, query: JSON.stringify(v.query), created_at: now })
    .returningAll()
    .executeTakeFirstOrThrow();
  return present(r);
}

export async function deleteView(db: Kysely<DB>, id: number): Promise<void> {
  await db.deleteFrom('saved_views').where('id', '=', id).execute();
}

/** A bulk call's answer by its Idempotency-Key (per user). */
export async function findBulkCall(db: Kysely<DB>, userId: number, key: string): Promise<{ requestHash: string; response: unknown } | null> {
  const r = await db.selectFrom('bulk_calls').select(['request_hash', 'response']).where('user_id', '=', userId).where('key', '=', key).executeTakeFirst();
  return r ? { requestHash: r.request_hash, response: r.response } : null;
}

export async function saveBulkCall(db: Kysely<DB>, userId: number, key: string, requestHash: string, response: object): Promise<void> {
  await db
    .insertInto('bulk_calls')
    .values({ user_id: userId, key, request_hash: requestHash, response: JSON.stringify(response) })
    .onConflict((oc) => oc.columns(['user_id', 'key']).doNothing())
    .execute();
}
