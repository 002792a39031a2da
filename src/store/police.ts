// 12345 ↔ 110 联动 (issue 17 item 2): the settings (110's endpoint, the shared secret, the
// acknowledgement timeout), the hand-offs (police_handoffs), the outbox of messages to 110
// (police_messages) and its sender's claims, and the timeout alerts. docs/interop-110.md.
//
// The outbox works as the webhooks' does (store/webhooks.ts): rows are written by a durable
// listener in the transaction that moves its cursor (so a rolled-back transfer sends nothing and a
// crash loses nothing); the sender claims due rows FOR UPDATE SKIP LOCKED with a lease, one
// ticket's messages in order (only the head of each ticket's queue is claimable).

import { sql, type Kysely, type Transaction } from 'kysely';
import { ticketLabel } from '../domain/privacy.js';
import { ackDueAt, DEFAULT_ACK_TIMEOUT_MINUTES, type HandoffState, type PoliceStatus } from '../domain/police.js';
import type { Ticket } from '../domain/ticket.js';
import { audit } from './admin-console.js';
import { outboxState, type OutboxState, type OutboxStateRow } from './outbox-state.js';
import type { DB } from './schema.js';
import { readSetting, saveSetting } from './settings.js';
import { appendEvents, formatShanghai, inTransaction, rowToTicket, ticketColumns } from './tickets.js';

// ── Settings ────────────────────────────────────────────────────────────────────────────────

const SETTINGS_KEY = 'interop_110';

export interface PoliceSettings {
  /** 110's platform endpoint for our messages; null: not configured (messages wait). */
  url: string | null;
  /** Shared secret the messages are signed with (never read back out by the API). */
  secret: string | null;
  /** Minutes without an acknowledgement before the centre is alerted. */
  timeoutMinutes: number;
}

export async function getPoliceSettings(db: Kysely<DB>): Promise<PoliceSettings> {
  const v = (await readSetting<Partial<PoliceSettings>>(db, SETTINGS_KEY)) ?? {};
  return {
    url: typeof v.url === 'string' ? v.url : null,
    secret: typeof v.secret === 'string' ? v.secret : null,
    timeoutMinutes: typeof v.timeoutMinutes === 'number' && v.timeoutMinutes > 0 ? v.timeoutMinutes : DEFAULT_ACK_TIMEOUT_MINUTES,
  };
}

/** Saves the endpoint and timeout and, when given, a new secret (audited as settings.interop_110; the secret only as changed). */
export async function savePoliceSettings(db: Kysely<DB>, input: { url: string | null; secret?: string; timeoutMinutes: number }, by: number | null): Promise<PoliceSettings> {
  return saveSetting(db, SETTINGS_KEY, by, getPoliceSettings, (before) => {
    const after: PoliceSettings = { url: input.url, secret: input.secret === undefined ? before.secret : input.secret, timeoutMinutes: input.timeoutMinutes };
    return {
      value: after,
      audit: { before: { url: before.url, timeoutMinutes: before.timeoutMinutes }, after: { url: after.url, timeoutMinutes: after.timeoutMinutes }, secretChanged: input.secret !== undefined },
    };
  });
}

// ── Hand-offs ───────────────────────────────────────────────────────────────────────────────

export interface Handoff {
  id: number;
  ticketId: number;
  direction: 'out' | 'in';
  service: string;
  policeRecordId: string | null;
  state: HandoffState;
  createdAt: Date;
  acknowledgedAt: Date | null;
  alertedAt: Date | null;
  updatedAt: Date;
}

type HandoffRow = {
  id: number;
  ticket_id: number;
  direction: 'out' | 'in';
  service: string;
  police_record_id: string | null;
  state: string;
  created_at: Date;
  acknowledged_at: Date | null;
  alerted_at: Date | null;
  updated_at: Date;
};
const toHandoff = (r: HandoffRow): Handoff => ({
  id: r.id,
  ticketId: r.ticket_id,
  direction: r.direction,
  service: r.service,
  policeRecordId: r.police_record_id,
  state: r.state as HandoffState,
  createdAt: r.created_at,
  acknowledgedAt: r.acknowledged_at,
  alertedAt: r.alerted_at,
  updatedAt: r.updated_at,
});

/** A transferred ticket's outgoing hand-off and its 警单 message, in the police listener's transaction. */
export async function recordTransfer(tx: Transaction<DB>, e: { id: number; ticketId: number; at: Date }, service: string, body: (handoffId: number) => Record<string, unknown>): Promise<void> {
  const h = await tx
    .insertInto('police_handoffs')
    .values({ ticket_id: e.ticketId, direction: 'out', service, state: 'pending', created_at: e.at, updated_at: e.at })
    .onConflict((oc) => oc.columns(['ticket_id', 'direction']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!h) return; // already recorded (a batch read again)
  await insertMessage(tx, h.id, e, 'transfer', body(h.id));
}

/** Our result on a handed-over ticket that closed: a message to 110, and the hand-off closed. */
export async function recordResult(tx: Transaction<DB>, handoffId: number, e: { id: number; ticketId: number; at: Date }, body: Record<string, unknown>): Promise<void> {
  await insertMessage(tx, handoffId, e, 'result', body);
  await tx.updateTable('police_handoffs').set({ state: 'closed', updated_at: e.at }).where('id', '=', handoffId).execute();
}

/** A closing step may be read again after a reopen: only a new event makes a new message. */
async function insertMessage(tx: Transaction<DB>, handoffId: number, e: { id: number; ticketId: number; at: Date }, kind: 'transfer' | 'result', body: Record<string, unknown>) {
  await tx
    .insertInto('police_messages')
    .values({ handoff_id: handoffId, ticket_id: e.ticketId, event_id: e.id, kind, body: JSON.stringify(body), next_attempt_at: e.at })
    .onConflict((oc) => oc.columns(['event_id', 'kind']).doNothing())
    .execute();
}

/** The incoming hand-offs (非警务警情) of these tickets, by ticket id. */
export async function incomingHandoffs(tx: Kysely<DB>, ticketIds: number[]): Promise<Map<number, Handoff>> {
  if (!ticketIds.length) return new Map();
  const rows = await tx.selectFrom('police_handoffs').selectAll().where('direction', '=', 'in').where('ticket_id', 'in', ticketIds).execute();
  return new Map(rows.map((r) => [r.ticket_id, toHandoff(r as HandoffRow)]));
}

/** The ticket a record id was handed over as, if any. */
export async function handoverByRecord(db: Kysely<DB>, policeRecordId: string): Promise<{ id: number; number: string } | null> {
  const r = await db
    .selectFrom('police_handoffs as h')
    .innerJoin('tickets as t', 't.id', 'h.ticket_id')
    .select(['t.id', 't.number'])
    .where('h.direction', '=', 'in')
    .where('h.police_record_id', '=', policeRecordId)
    .executeTakeFirst();
  return r ?? null;
}

/** Records a hand-over's hand-off, in the registering transaction (a second one with the record id violates the unique index). */
export async function insertHandover(tx: Transaction<DB>, ticketId: number, policeRecordId: string, at: Date): Promise<void> {
  await tx
    .insertInto('police_handoffs')
    .values({ ticket_id: ticketId, direction: 'in', service: '110', police_record_id: policeRecordId, state: 'open', created_at: at, acknowledged_at: at, updated_at: at })
    .execute();
}

/** The feedback already on a ticket's timeline (for idempotence). */
export async function feedbackOnTimeline(db: Kysely<DB>, ticketId: number): Promise<{ status: PoliceStatus; result: string | null; policeRecordId: string | null }[]> {
  const rows = await db.selectFrom('ticket_events').select('payload').where('ticket_id', '=', ticketId).where('type', '=', 'police_feedback').orderBy('seq').execute();
  return rows.map((r) => {
    const p = r.payload as { status: PoliceStatus; result?: string | null; policeRecordId?: string | null };
    return { status: p.status, result: p.result ?? null, policeRecordId: p.policeRecordId ?? null };
  });
}

/** A ticket (by number) and its outgoing hand-off, both locked for a report from 110. */
export async function lockForFeedback(tx: Transaction<DB>, where: { number: string } | { id: number }): Promise<{ ticket: Ticket; handoff: Handoff | null } | null> {
  let q = tx.selectFrom('tickets').selectAll();
  q = 'number' in where ? q.where('number', '=', where.number) : q.where('id', '=', where.id);
  const row = await q.forUpdate().executeTakeFirst();
  if (!row) return null;
  const h = await tx.selectFrom('police_handoffs').selectAll().where('ticket_id', '=', row.id).where('direction', '=', 'out').forUpdate().executeTakeFirst();
  return { ticket: rowToTicket(row), handoff: h ? toHandoff(h as HandoffRow) : null };
}

/** Appends 110's report to the ticket's timeline and moves the hand-off on, in the caller's transaction. */
export async function applyFeedback(
  tx: Transaction<DB>,
  ticket: Ticket,
  handoff: Handoff,
  events: Parameters<typeof appendEvents>[2],
  next: { state: HandoffState; policeRecordId: string; at: Date },
): Promise<void> {
  if (events.length) {
    const after = await appendEvents(tx, ticket, events);
    await tx.updateTable('tickets').set(ticketColumns(after)).where('id', '=', after.id).execute();
  }
  const acknowledged = handoff.acknowledgedAt ?? next.at;
  await tx
    .updateTable('police_handoffs')
    .set({ state: next.state, police_record_id: next.policeRecordId, acknowledged_at: acknowledged, updated_at: next.at })
    .where('id', '=', handoff.id)
    .execute();
}

// ── The outbox ──────────────────────────────────────────────────────────────────────────────

export interface PoliceMessage extends OutboxState {
  id: string;
  kind: 'transfer' | 'result';
}

export interface DueMessage {
  id: string;
  handoffId: number;
  ticketId: number;
  kind: 'transfer' | 'result';
  attempts: number;
  body: Record<string, unknown>;
}

/**
 * Claims up to `limit` due messages and leases them for leaseMs (a sender that dies leaves them
 * pending, due again when the lease ends: at least once). Only the head of each ticket's queue.
 */
export async function claimDueMessages(db: Kysely<DB>, now: Date, limit: number, leaseMs: number): Promise<DueMessage[]> {
  return inTransaction(db, async (tx) => {
    const { rows: ids } = await sql<{ id: string }>`
      SELECT m.id FROM police_messages m
      WHERE m.status = 'pending' AND m.next_attempt_at <= ${now}
        AND NOT EXISTS (SELECT 1 FROM police_messages p WHERE p.ticket_id = m.ticket_id AND p.status = 'pending' AND p.id < m.id)
      ORDER BY m.next_attempt_at, m.id
      LIMIT ${limit}
      FOR UPDATE OF m SKIP LOCKED`.execute(tx);
    if (!ids.length) return [];
    const { rows } = await sql<{ id: string; handoff_id: number; ticket_id: number; kind: 'transfer' | 'result'; attempts: number; body: Record<string, unknown> | string }>`
      UPDATE police_messages SET attempts = attempts + 1, next_attempt_at = ${new Date(now.getTime() + leaseMs)}
      WHERE id = ANY(${ids.map((r) => String(r.id))}::bigint[])
      RETURNING id, handoff_id, ticket_id, kind, attempts, body`.execute(tx);
    return rows
      .map((r) => ({ id: String(r.id), handoffId: r.handoff_id, ticketId: r.ticket_id, kind: r.kind, attempts: r.attempts, body: typeof r.body === 'string' ? JSON.parse(r.body) : r.body }))
      .sort((a, b) => Number(a.id) - Number(b.id));
  });
}

/** Delivered; a 警单 not yet acknowledged is now "sent" (waiting for 110's record id). */
export async function markMessageDelivered(db: Kysely<DB>, m: Pick<DueMessage, 'id' | 'handoffId' | 'kind'>, now: Date, status: number): Promise<void> {
  await db
    .updateTable('police_messages')
    .set({ status: 'delivered', delivered_at: now, last_status: status, last_error: null })
    .where('id', '=', m.id)
    .where('status', '=', 'pending')
    .execute();
  if (m.kind === 'transfer') {
    await db.updateTable('police_handoffs').set({ state: 'sent', updated_at: now }).where('id', '=', m.handoffId).where('state', 'in', ['pending', 'failed']).execute();
  }
}

/** A failed try: again at retryAt, or dead (parked, replayable) when retryAt is null — a dead 警单 marks its hand-off failed. */
export async function markMessageFailed(db: Kysely<DB>, m: Pick<DueMessage, 'id' | 'handoffId' | 'kind'>, error: string, status: number | null, retryAt: Date | null, now: Date): Promise<void> {
  await db
    .updateTable('police_messages')
    .set(retryAt ? { last_error: error.slice(0, 500), last_status: status, next_attempt_at: retryAt } : { last_error: error.slice(0, 500), last_status: status, status: 'dead' })
    .where('id', '=', m.id)
    .where('status', '=', 'pending')
    .execute();
  if (!retryAt && m.kind === 'transfer') {
    await db.updateTable('police_handoffs').set({ state: 'failed', updated_at: now }).where('id', '=', m.handoffId).where('state', '=', 'pending').execute();
  }
}

/** Sends a dead message again (an admin's replay): pending, due now, its tries counted afresh. Audited. */
export async function replayMessage(db: Kysely<DB>, id: string, now: Date, by: number | null): Promise<boolean | null> {
  return inTransaction(db, async (tx) => {
    const m = await tx.selectFrom('police_messages').select(['id', 'status', 'handoff_id', 'kind']).where('id', '=', id).forUpdate().executeTakeFirst();
    if (!m) return null;
    if (m.status !== 'dead') return false;
    await tx.updateTable('police_messages').set({ status: 'pending', attempts: 0, next_attempt_at: now }).where('id', '=', id).execute();
    if (m.kind === 'transfer') await tx.updateTable('police_handoffs').set({ state: 'pending', updated_at: now }).where('id', '=', m.handoff_id).where('state', '=', 'failed').execute();
    await audit(tx, by, 'interop110.replay', { messageId: String(id) });
    return true;
  });
}

const messageView = (r: OutboxStateRow & { id: string; kind: 'transfer' | 'result' }): PoliceMessage => ({
  id: String(r.id),
  kind: r.kind,
  ...outboxState(r),
});
const MESSAGE_COLUMNS = ['id', 'handoff_id', 'kind', 'status', 'attempts', 'next_attempt_at', 'last_error', 'last_status', 'delivered_at', 'created_at'] as const;

/** A ticket's hand-offs, each with its messages. */
export async function handoffsOfTicket(db: Kysely<DB>, ticketId: number): Promise<(Handoff & { messages: PoliceMessage[] })[]> {
  const rows = await db.selectFrom('police_handoffs').selectAll().where('ticket_id', '=', ticketId).orderBy('id').execute();
  if (!rows.length) return [];
  const messages = await db.selectFrom('police_messages').select(MESSAGE_COLUMNS).where('ticket_id', '=', ticketId).orderBy('id').execute();
  return rows.map((r) => ({ ...toHandoff(r as HandoffRow), messages: messages.filter((m) => m.handoff_id === r.id).map(messageView) }));
}

export interface HandoffListItem extends Handoff {
  ticketNumber: string;
  ticketTitle: string;
  lastMessage: PoliceMessage | null;
}

/** The hand-offs, newest first (the admin's list), with each one's latest message. */
export async function listHandoffs(db: Kysely<DB>, opts: { direction?: 'out' | 'in'; state?: HandoffState; limit: number }): Promise<HandoffListItem[]> {
  let q = db
    .selectFrom('police_handoffs as h')
    .innerJoin('tickets as t', 't.id', 'h.ticket_id')
    .selectAll('h')
    .select(['t.number', 't.title', 't.confidential', 't.caller_name']);
  if (opts.direction) q = q.where('h.direction', '=', opts.direction);
  if (opts.state) q = q.where('h.state', '=', opts.state);
  const rows = await q.orderBy('h.created_at', 'desc').orderBy('h.id', 'desc').limit(opts.limit).execute();
  if (!rows.length) return [];
  const msgs = await db.selectFrom('police_messages').select(MESSAGE_COLUMNS).where('handoff_id', 'in', rows.map((r) => r.id)).orderBy('id').execute();
  const last = new Map<number, PoliceMessage>();
  for (const m of msgs) last.set(m.handoff_id, messageView(m));
  return rows.map((r) => ({
    ...toHandoff(r as HandoffRow),
    ticketNumber: r.number,
    // The title as lists show it: masked, and nothing of a confidential ticket.
    ticketTitle: ticketLabel({ title: r.title, confidential: r.confidential, callerName: r.caller_name }),
    lastMessage: last.get(r.id) ?? null,
  }));
}

// ── Timeouts ────────────────────────────────────────────────────────────────────────────────

/**
 * 警单 that 110 has not acknowledged within the timeout: the centre is told (a notification for
 * the centre's dispatchers and supervisors, unit none), once per hand-off, by one process
 * (FOR UPDATE SKIP LOCKED; alerted_at marks it done in the same transaction).
 */
export async function raisePoliceTimeouts(db: Kysely<DB>, now: Date, limit = 100): Promise<number> {
  const { timeoutMinutes } = await getPoliceSettings(db);
  const cutoff = new Date(now.getTime() - timeoutMinutes * 60_000);
  return db.transaction().execute(async (tx) => {
    const rows = await tx
      .selectFrom('police_handoffs as h')
      .innerJoin('tickets as t', 't.id', 'h.ticket_id')
      .select(['h.id', 'h.ticket_id', 'h.service', 'h.state', 'h.created_at', 't.number', 't.title', 't.confidential', 't.caller_name'])
      .where('h.direction', '=', 'out')
      .where('h.state', 'in', ['pending', 'sent', 'failed'])
      .where('h.alerted_at', 'is', null)
      .where('h.created_at', '<=', cutoff)
      .orderBy('h.created_at')
      .limit(limit)
      .forUpdate('h')
      .skipLocked()
      .execute();
    for (const r of rows) {
      const label = ticketLabel({ title: r.title, confidential: r.confidential, callerName: r.caller_name });
      const why = r.state === 'sent' ? '警单已送达，未收到接警确认' : '警单未能送达';
      await tx
        .insertInto('notifications')
        .values({
          unit_id: null,
          ticket_id: r.ticket_id,
          kind: 'police_timeout',
          message: `工单 ${r.number}「${label}」转 ${r.service} 已超过 ${timeoutMinutes} 分钟：${why}（转警时间 ${formatShanghai(r.created_at)}，截止 ${formatShanghai(ackDueAt(r.created_at, timeoutMinutes))}），请电话联系 ${r.service} 核实`,
          created_at: now,
        })
        .execute();
      await tx.updateTable('police_handoffs').set({ alerted_at: now }).where('id', '=', r.id).execute();
    }
    return rows.length;
  });
}
