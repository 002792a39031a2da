// Webhooks (issue 17 item 1): subscriptions (audited; the secret is never read back out) and the
// delivery rows the webhooks listener records from the committed event stream, which the sender
// (src/channels/webhooks.ts) works through. docs/webhooks.md is the contract and the design.
//
// Order per ticket per subscription: a delivery is claimable only when no earlier delivery of the
// same ticket for the same subscription is still pending (waiting, retrying or claimed). Ids are
// drawn in stream order (one listener process at a time inserts them, in (tx, id) order), so
// "earlier" is the smaller id. A dead delivery blocks nothing (see docs/webhooks.md).

import { sql, type Kysely, type Transaction } from 'kysely';
import { audit } from './admin-console.js';
import { outboxState, type OutboxState } from './outbox-state.js';
import type { DB } from './schema.js';
import { inTransaction } from './tickets.js';

export interface Subscription {
  id: number;
  url: string;
  /** Event types wanted; null: all. */
  events: string[] | null;
  unitId: number | null;
  personalData: boolean;
  paused: boolean;
  createdAt: Date;
}

const COLUMNS = ['id', 'url', 'events', 'unit_id', 'personal_data', 'paused', 'created_at'] as const;
type Row = { id: number; url: string; events: string[] | null; unit_id: number | null; personal_data: boolean; paused: boolean; created_at: Date };
const toSubscription = (r: Row): Subscription => ({
  id: r.id,
  url: r.url,
  events: r.events,
  unitId: r.unit_id,
  personalData: r.personal_data,
  paused: r.paused,
  createdAt: r.created_at,
});
/** A list of event types as a text[] parameter (the same on both engines); null stays null. */
const textArray = (a: string[] | null) => (a ? sql<string[]>`${a}::text[]` : null);

/** As the audit log records it: never the secret. */
const audited = (s: Subscription) => ({ id: s.id, url: s.url, events: s.events ?? ['*'], unitId: s.unitId, personalData: s.personalData, paused: s.paused });

export interface SubscriptionInput {
  url: string;
  secret: string;
  events: string[] | null;
  unitId: number | null;
  personalData: boolean;
}

export async function createSubscription(db: Kysely<DB>, input: SubscriptionInput, by: number | null): Promise<Subscription> {
  return inTransaction(db, async (tx) => {
    const s = toSubscription(
      await tx
        .insertInto('webhook_subscriptions')
        .values({ url: input.url, secret: input.secret, events: textArray(input.events), unit_id: input.unitId, personal_data: input.personalData, created_by: by })
        .returning(COLUMNS)
        .executeTakeFirstOrThrow(),
    );
    await audit(tx, by, 'webhook.create', { after: audited(s) });
    return s;
  });
}

export async function listSubscriptions(db: Kysely<DB>): Promise<Subscription[]> {
  return (await db.selectFrom('webhook_subscriptions').select(COLUMNS).orderBy('id').execute()).map(toSubscription);
}

export async function findSubscription(db: Kysely<DB>, id: number): Promise<Subscription | null> {
  const r = await db.selectFrom('webhook_subscriptions').select(COLUMNS).where('id', '=', id).executeTakeFirst();
  return r ? toSubscription(r) : null;
}

export interface SubscriptionPatch {
  url?: string;
  secret?: string;
  events?: string[] | null;
  unitId?: number | null;
  personalData?: boolean;
  paused?: boolean;
}

/** Changes a subscription (audited as webhook.update, the secret only as "changed"); null: none such. */
export async function updateSubscription(db: Kysely<DB>, id: number, patch: SubscriptionPatch, by: number | null): Promise<Subscription | null> {
  return inTransaction(db, async (tx) => {
    const row = await tx.selectFrom('webhook_subscriptions').select(COLUMNS).where('id', '=', id).forUpdate().executeTakeFirst();
    if (!row) return null;
    const before = toSubscription(row);
    const set: Record<string, unknown> = {};
    if (patch.url !== undefined) set.url = patch.url;
    if (patch.secret !== undefined) set.secret = patch.secret;
    if (patch.events !== undefined) set.events = textArray(patch.events);
    if (patch.unitId !== undefined) set.unit_id = patch.unitId;
    if (patch.personalData !== undefined) set.personal_data = patch.personalData;
    if (patch.paused !== undefined) set.paused = patch.paused;
    if (!Object.keys(set).length) return before;
    const after = toSubscription(await tx.updateTable('webhook_subscriptions').set(set as never).where('id', '=', id).returning(COLUMNS).executeTakeFirstOrThrow());
    await audit(tx, by, 'webhook.update', { before: audited(before), after: audited(after), secretChanged: patch.secret !== undefined });
    return after;
  });
}

/** Deletes a subscription and its deliveries (audited as webhook.delete); false: none such. */
export async function deleteSubscription(db: Kysely<DB>, id: number, by: number | null): Promise<boolean> {
  return inTransaction(db, async (tx) => {
    const row = await tx.selectFrom('webhook_subscriptions').select(COLUMNS).where('id', '=', id).forUpdate().executeTakeFirst();
    if (!row) return false;
    await tx.deleteFrom('webhook_subscriptions').where('id', '=', id).execute();
    await audit(tx, by, 'webhook.delete', { before: audited(toSubscription(row)) });
    return true;
  });
}

// ── Deliveries ──────────────────────────────────────────────────────────────────────────────

export interface Delivery extends OutboxState {
  id: string;
  eventId: number;
  ticketId: number;
  type: string;
}

export async function listDeliveries(db: Kysely<DB>, subscriptionId: number, opts: { status?: Delivery['status']; limit: number }): Promise<Delivery[]> {
  let q = db
    .selectFrom('webhook_deliveries as d')
    .innerJoin('ticket_events as e', 'e.id', 'd.event_id')
    .select(['d.id', 'd.event_id', 'd.ticket_id', 'e.type', 'd.status', 'd.attempts', 'd.next_attempt_at', 'd.last_error', 'd.last_status', 'd.delivered_at', 'd.created_at'])
    .where('d.subscription_id', '=', subscriptionId);
  if (opts.status) q = q.where('d.status', '=', opts.status);
  const rows = await q.orderBy('d.id', 'desc').limit(opts.limit).execute();
  return rows.map((r) => ({
    id: String(r.id),
    eventId: Number(r.event_id),
    ticketId: r.ticket_id,
    type: r.type,
    ...outboxState(r),
  }));
}

/**
 * Sends a delivery again (dead or delivered: the receiver asked for it): pending, due now, its
 * tries counted afresh. Audited as webhook.replay. Null: no such delivery of this subscription.
 */
export async function replayDeliveries(
  db: Kysely<DB>,
  subscriptionId: number,
  which: { deliveryId: string } | { allDead: true },
  now: Date,
  by: number | null,
): Promise<number | null> {
  return inTransaction(db, async (tx) => {
    let q = tx
      .updateTable('webhook_deliveries')
      .set({ status: 'pending', attempts: 0, next_attempt_at: now, delivered_at: null })
      .where('subscription_id', '=', subscriptionId);
    q = 'deliveryId' in which ? q.where('id', '=', which.deliveryId).where('status', '!=', 'pending') : q.where('status', '=', 'dead');
    const res = await q.returning('id').execute();
    if ('deliveryId' in which && !res.length) {
      const exists = await tx.selectFrom('webhook_deliveries').select('status').where('id', '=', which.deliveryId).where('subscription_id', '=', subscriptionId).executeTakeFirst();
      if (!exists) return null;
      return 0; // already pending: it will be sent anyway
    }
    if (res.length) await audit(tx, by, 'webhook.replay', { subscriptionId, deliveries: res.map((r) => String(r.id)) });
    return res.length;
  });
}

/** The events a fan-out needs. */
export interface FanOutEvent {
  id: number;
  ticketId: number;
  type: string;
  at: Date;
  units: number[];
  unitsBefore: number[];
}

/**
 * Records a delivery of each event for each subscription that wants it, in the listener's
 * transaction (the one that moves its cursor). Paused subscriptions get theirs too (sent when
 * resumed). A subscription with a unit gets the events of tickets that unit holds, or held just
 * before the event (so it hears that a ticket left it).
 */
export async function fanOut(tx: Transaction<DB>, events: readonly FanOutEvent[]): Promise<number> {
  const subs = await tx.selectFrom('webhook_subscriptions').select(['id', 'events', 'unit_id']).orderBy('id').execute();
  if (!subs.length) return 0;
  const rows: { subscription_id: number; event_id: number; ticket_id: number; next_attempt_at: Date }[] = [];
  // Stream order, so that ids (the order per ticket) follow it.
  for (const e of events) {
    for (const s of subs) {
      if (s.events && !s.events.includes('*') && !s.events.includes(e.type)) continue;
      if (s.unit_id != null && !e.units.includes(s.unit_id) && !e.unitsBefore.includes(s.unit_id)) continue;
      rows.push({ subscription_id: s.id, event_id: e.id, ticket_id: e.ticketId, next_attempt_at: e.at });
    }
  }
  for (let i = 0; i < rows.length; i += 500) {
    await tx
      .insertInto('webhook_deliveries')
      .values(rows.slice(i, i + 500))
      .onConflict((oc) => oc.columns(['subscription_id', 'event_id']).doNothing())
      .execute();
  }
  return rows.length;
}

/** A claimed delivery with what the sender needs to build and sign it. */
export interface DueDelivery {
  id: string;
  attempts: number;
  subscriptionId: number;
  url: string;
  secret: string;
  personalData: boolean;
  event: { id: number; tx: string; ticketId: number; seq: number; type: string; at: Date; payload: Record<string, unknown>; units: number[] };
  ticket: { number: string; callerName: string | null; confidential: boolean };
}

/**
 * Claims up to `limit` due deliveries (FOR UPDATE SKIP LOCKED: one process sends each) and
 * leases them for leaseMs: a sender that dies leaves them pending, and they are due again when
 * the lease ends (at least once). Only the head of each ticket's queue per subscription is
 * claimable, and nothing of a paused subscription.
 */
export async function claimDueDeliveries(db: Kysely<DB>, now: Date, limit: number, leaseMs: number): Promise<DueDelivery[]> {
  return inTransaction(db, async (tx) => {
    const { rows: ids } = await sql<{ id: string }>`
      SELECT d.id FROM webhook_deliveries d
      JOIN webhook_subscriptions s ON s.id = d.subscription_id
      WHERE d.status = 'pending' AND d.next_attempt_at <= ${now} AND NOT s.paused
        AND NOT EXISTS (
          SELECT 1 FROM webhook_deliveries p
          WHERE p.subscription_id = d.subscription_id AND p.ticket_id = d.ticket_id AND p.status = 'pending' AND p.id < d.id)
      ORDER BY d.next_attempt_at, d.id
      LIMIT ${limit}
      FOR UPDATE OF d SKIP LOCKED`.execute(tx);
    if (!ids.length) return [];
    const { rows } = await sql<{
      id: string;
      attempts: number;
      subscription_id: number;
      url: string;
      secret: string;
      personal_data: boolean;
      event_id: string;
      tx: string;
      ticket_id: number;
      seq: number;
      type: string;
      at: Date;
      payload: Record<string, unknown>;
      units: number[] | null;
      number: string;
      caller_name: string | null;
      confidential: boolean;
    }>`
      UPDATE webhook_deliveries d SET attempts = d.attempts + 1, next_attempt_at = ${new Date(now.getTime() + leaseMs)}
      FROM webhook_subscriptions s, ticket_events e, tickets t
      WHERE d.id = ANY(${ids.map((r) => String(r.id))}::bigint[]) AND s.id = d.subscription_id AND e.id = d.event_id AND t.id = d.ticket_id
      RETURNING d.id, d.attempts, d.subscription_id, s.url, s.secret, s.personal_data, e.id AS event_id, e.tx::text AS tx, e.ticket_id, e.seq, e.type, e.at,
        e.payload, coalesce(e.units, array_remove(ARRAY[t.unit_id] || t.assist_unit_ids, NULL)) AS units, t.number, t.caller_name, t.confidential`.execute(tx);
    return rows
      .map((r) => ({
        id: String(r.id),
        attempts: r.attempts,
        subscriptionId: r.subscription_id,
        url: r.url,
        secret: r.secret,
        personalData: r.personal_data,
        event: { id: Number(r.event_id), tx: r.tx, ticketId: r.ticket_id, seq: r.seq, type: r.type, at: new Date(r.at), payload: r.payload, units: r.units ?? [] },
        ticket: { number: r.number, callerName: r.caller_name, confidential: r.confidential },
      }))
      .sort((a, b) => Number(a.id) - Number(b.id));
  });
}

/** How a try went: delivered, failed (tried again at retryAt), or dead (failed, retryAt null: parked, replayable). */
export type DeliveryOutcome =
  | { id: string; delivered: true; status: number; at: Date }
  | { id: string; delivered: false; status: number | null; error: string; retryAt: Date | null };

/** Records the outcomes of a pass's tries in one statement (a delivery no longer pending, e.g. replayed meanwhile, is left alone). */
export async function recordOutcomes(db: Kysely<DB>, outcomes: DeliveryOutcome[]): Promise<void> {
  if (!outcomes.length) return;
  const col = <T>(f: (o: DeliveryOutcome) => T) => outcomes.map(f);
  await sql`
    UPDATE webhook_deliveries d SET
      status = CASE WHEN o.delivered THEN 'delivered' WHEN o.retry_at IS NULL THEN 'dead' ELSE 'pending' END,
      delivered_at = CASE WHEN o.delivered THEN o.at ELSE d.delivered_at END,
      next_attempt_at = coalesce(o.retry_at, d.next_attempt_at),
      last_status = o.status,
      last_error = o.error
    FROM unnest(${col((o) => o.id)}::bigint[], ${col((o) => o.delivered)}::boolean[], ${col((o) => o.status)}::integer[],
      ${col((o) => (o.delivered ? null : o.error.slice(0, 500)))}::text[], ${col((o) => (o.delivered ? null : (o.retryAt?.toISOString() ?? null)))}::timestamptz[],
      ${col((o) => (o.delivered ? o.at.toISOString() : null))}::timestamptz[]) AS o(id, delivered, status, error, retry_at, at)
    WHERE d.id = o.id AND d.status = 'pending'`.execute(db);
}
