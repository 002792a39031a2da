// The console's work queues, each one query in the order its people work it:
//   dispatch  — registered tickets (oldest first, emergencies first), and tickets whose lead
//               unit asked to return them or asked for an extension (a dispatcher reviews);
//   inbox     — a unit's open tickets, nearest current deadline first (the accept deadline
//               while dispatched, the handling deadline after), or with an open supervision;
//   callbacks — replied tickets, nearest callback deadline first.
// The unit scope of a unit handler is applied here as in listTickets (lead or assisting unit).

import { sql, type Kysely, type SelectQueryBuilder } from 'kysely';
import { rowToTicket } from './tickets.js';
import type { Actor, Ticket } from '../domain/ticket.js';
import type { DB } from './schema.js';

export const DISPATCH_VIEWS = ['all', 'registered', 'returns', 'extensions'] as const;
export type DispatchView = (typeof DISPATCH_VIEWS)[number];
export const INBOX_VIEWS = ['open', 'accept', 'handling', 'supervision', 'overdue'] as const;
export type InboxView = (typeof INBOX_VIEWS)[number];
export const CALLBACK_VIEWS = ['all', 'overdue', 'retry'] as const;
export type CallbackView = (typeof CALLBACK_VIEWS)[number];

type Q = SelectQueryBuilder<DB, 'tickets', object>;

export interface QueuePage {
  items: Ticket[];
  total: number;
  counts: Record<string, number>;
}

const PRIORITY_ORDER = sql`CASE priority WHEN 'emergency' THEN 0 WHEN 'urgent' THEN 1 ELSE 2 END`;

async function page(q: Q, order: (q: Q) => Q, pageNo: number, pageSize: number): Promise<{ items: Ticket[]; total: number }> {
  const [rows, n] = await Promise.all([
    order(q)
      .selectAll()
      .limit(pageSize)
      .offset((pageNo - 1) * pageSize)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(rowToTicket), total: Number(n.n) };
}

async function count(q: Q): Promise<number> {
  const r = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}

// ── Dispatch ────────────────────────────────────────────────────────────────────────────────

const dispatchWhere: Record<DispatchView, (q: Q) => Q> = {
  registered: (q) => q.where('status', '=', 'registered'),
  returns: (q) => q.where('status', 'in', ['dispatched', 'handling']).where('pending_return', 'is not', null),
  extensions: (q) => q.where('status', '=', 'handling').where('pending_extension', 'is not', null),
  all: (q) =>
    q.where((eb) =>
      eb.or([
        eb('status', '=', 'registered'),
        eb.and([eb('status', 'in', ['dispatched', 'handling']), eb('pending_return', 'is not', null)]),
        eb.and([eb('status', '=', 'handling'), eb('pending_extension', 'is not', null)]),
      ]),
    ),
};

/** What waits for a dispatcher: the oldest first, emergencies and urgent requests ahead of the rest. */
export async function dispatchQueue(db: Kysely<DB>, view: DispatchView, pageNo: number, pageSize: number): Promise<QueuePage> {
  const base = db.selectFrom('tickets');
  const waitingSince = sql`COALESCE((pending_return->>'at')::timestamptz, (pending_extension->>'at')::timestamptz, created_at)`;
  const [result, registered, returns, extensions] = await Promise.all([
    page(dispatchWhere[view](base), (q) => q.orderBy(PRIORITY_ORDER).orderBy(waitingSince).orderBy('id'), pageNo, pageSize),
    count(dispatchWhere.registered(base)),
    count(dispatchWhere.returns(base)),
    count(dispatchWhere.extensions(base)),
  ]);
  return { ...result, counts: { registered, returns, extensions, all: registered + returns + extensions } };
}

// ── A unit's inbox ──────────────────────────────────────────────────────────────────────────

function inScope(q: Q, actor: Actor, unitIds: number[] | undefined): Q | null {
  if (actor.role === 'unit_handler') {
    const scope = [...actor.scope];
    if (!scope.length) return null;
    const arr = `{${scope.join(',')}}`;
    q = q.where((eb) => eb.or([eb('unit_id', '=', eb.fn.any(sql<number[]>`${arr}::int[]`)), sql<boolean>`assist_unit_ids && ${arr}::int[]`]));
  }
  if (unitIds) {
    if (!unitIds.length) return null;
    const arr = `{${unitIds.join(',')}}`;
    q = q.where((eb) => eb.or([eb('unit_id', '=', eb.fn.any(sql<number[]>`${arr}::int[]`)), sql<boolean>`assist_unit_ids && ${arr}::int[]`]));
  }
  return q;
}

/** The deadline that matters now: accepting while dispatched, handling after. */
const CURRENT_DUE = sql`CASE WHEN status = 'dispatched' THEN accept_by WHEN status = 'replied' THEN (supervision->>'replyBy')::timestamptz ELSE due_by END`;

const inboxWhere: Record<InboxView, (q: Q, now: Date) => Q> = {
  open: (q) => q.where((eb) => eb.or([eb('status', 'in', ['dispatched', 'handling']), eb.and([eb('status', '=', 'replied'), eb('supervision', 'is not', null)])])),
  accept: (q) => q.where('status', '=', 'dispatched'),
  handling: (q) => q.where('status', '=', 'handling'),
  supervision: (q) => q.where('status', 'in', ['dispatched', 'handling', 'replied']).where('supervision', 'is not', null),
  overdue: (q, now) => q.where('status', 'in', ['dispatched', 'handling']).where(sql<boolean>`${CURRENT_DUE} <= ${now}`),
};

/** A unit's open tickets, nearest current deadline first (overdue ones first of all). */
export async function inboxQueue(db: Kysely<DB>, actor: Actor, view: InboxView, unitIds: number[] | undefined, now: Date, pageNo: number, pageSize: number): Promise<QueuePage> {
  const scoped = inScope(db.selectFrom('tickets'), actor, unitIds);
  if (!scoped) return { items: [], total: 0, counts: Object.fromEntries(INBOX_VIEWS.map((v) => [v, 0])) };
  const [result, ...counts] = await Promise.all([
    page(inboxWhere[view](scoped, now), (q) => q.orderBy(sql`${CURRENT_DUE} ASC NULLS LAST`).orderBy(PRIORITY_ORDER).orderBy('id'), pageNo, pageSize),
    ...INBOX_VIEWS.map((v) => count(inboxWhere[v](scoped, now))),
  ]);
  return { ...result, counts: Object.fromEntries(INBOX_VIEWS.map((v, i) => [v, counts[i]])) };
}

// ── Callbacks ───────────────────────────────────────────────────────────────────────────────

const callbackWhere: Record<CallbackView, (q: Q, now: Date) => Q> = {
  all: (q) => q.where('status', '=', 'replied'),
  overdue: (q, now) => q.where('status', '=', 'replied').where('callback_due_by', '<=', now),
  retry: (q) => q.where('status', '=', 'replied').where('callback_attempts', '>', 0),
};

/** Replied tickets waiting for a callback, nearest callback deadline first. */
export async function callbackQueue(db: Kysely<DB>, view: CallbackView, now: Date, pageNo: number, pageSize: number): Promise<QueuePage> {
  const base = db.selectFrom('tickets');
  const [result, ...counts] = await Promise.all([
    page(callbackWhere[view](base, now), (q) => q.orderBy(sql`callback_due_by ASC NULLS LAST`).orderBy('id'), pageNo, pageSize),
    ...CALLBACK_VIEWS.map((v) => count(callbackWhere[v](base, now))),
  ]);
  return { ...result, counts: Object.fromEntries(CALLBACK_VIEWS.map((v, i) => [v, counts[i]])) };
}
