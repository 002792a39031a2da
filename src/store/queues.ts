// The console's work queues, each one query in the order its people work it:
//   dispatch  — registered tickets (oldest first, emergencies first), and tickets whose lead
//               unit asked to return them or asked for an extension (a dispatcher reviews);
//               apart, the tickets out with the units (to re-route or withdraw);
//   inbox     — a unit's open tickets at its level of the hand-down chain, nearest current
//               deadline of that level first (the accept deadline while dispatched to it, the
//               handling deadline after), or with an open supervision; replies from the level
//               below to review, and what it handed further down;
//   callbacks — replied tickets, nearest callback deadline first.
// The unit scope of a unit handler is applied here as in listTickets (lead or assisting unit).

import { sql, type Kysely, type SelectQueryBuilder } from 'kysely';
import { centreScoped, rowToTicket } from './tickets.js';
import { CENTRE_ROLES, type Actor, type Ticket } from '../domain/ticket.js';
import type { DB } from './schema.js';

export const DISPATCH_VIEWS = ['all', 'registered', 'returns', 'extensions', 'sent'] as const;
export type DispatchView = (typeof DISPATCH_VIEWS)[number];
export const INBOX_VIEWS = ['open', 'accept', 'handling', 'review', 'delegated', 'supervision', 'overdue', 'mine'] as const;
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
  // Out with the units (dispatched or handling): what the centre may re-route (改派) or withdraw (撤回).
  sent: (q) => q.where('status', 'in', ['dispatched', 'handling']),
  all: (q) =>
    q.where((eb) =>
      eb.or([
        eb('status', '=', 'registered'),
        eb.and([eb('status', 'in', ['dispatched', 'handling']), eb('pending_return', 'is not', null)]),
        eb.and([eb('status', '=', 'handling'), eb('pending_extension', 'is not', null)]),
      ]),
    ),
};

/**
 * What waits for a dispatcher: the oldest first, emergencies and urgent requests ahead of the
 * rest; and (sent, not part of all) the tickets out with the units, the latest dispatched first.
 */
export async function dispatchQueue(db: Kysely<DB>, view: DispatchView, pageNo: number, pageSize: number, actor?: Actor): Promise<QueuePage> {
  const base = ownCentre(db.selectFrom('tickets'), actor);
  const waitingSince = sql`COALESCE((pending_return->>'at')::timestamptz, (pending_extension->>'at')::timestamptz, created_at)`;
  const order = view === 'sent' ? (q: Q) => q.orderBy('dispatched_at', 'desc').orderBy('id', 'desc') : (q: Q) => q.orderBy(PRIORITY_ORDER).orderBy(waitingSince).orderBy('id');
  const [result, registered, returns, extensions, sent] = await Promise.all([
    page(dispatchWhere[view](base), order, pageNo, pageSize),
    count(dispatchWhere.registered(base)),
    count(dispatchWhere.returns(base)),
    count(dispatchWhere.extensions(base)),
    count(dispatchWhere.sent(base)),
  ]);
  return { ...result, counts: { registered, returns, extensions, all: registered + returns + extensions, sent } };
}

/**
 * A centre's own work (分中心): its dispatch and callback queues hold the tickets of the actor's
 * centre, not those of the centres below it (they run their own; the centre above sees them in
 * the lists and can move one back). The root's hold the tickets of no centre too.
 */
function ownCentre(q: Q, actor: Actor | undefined): Q {
  if (!actor || !CENTRE_ROLES.includes(actor.role as never) || actor.centreId == null) return q;
  const centreId = actor.centreId;
  return actor.centres ? q.where('centre_id', '=', centreId) : q.where((eb) => eb.or([eb('centre_id', '=', centreId), eb('centre_id', 'is', null)]));
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

// The inbox reads each ticket at the viewer's level of the hand-down chain (src/domain/chain.ts):
// the shallowest level whose unit is in the viewer's units (a unit handler's subtree, narrowed by
// ?unit=; a supervisor's ?unit=), taken from tickets.chain (jsonb) in SQL that PGlite and
// PostgreSQL run alike. Off the chain, a supervisor or admin reads the lead level (chain[0]); a
// unit that only assists reads the ticket's own state and deadlines, as before chains (it has
// nothing to review or hand down); so does a ticket dispatched before chains (chain []). Level
// 0's deadlines are the ticket's own columns (mirrored into chain[0]).

type LevelledQ = SelectQueryBuilder<DB & { m: { idx: number | null } }, 'tickets' | 'm', object>;

/** The viewer's level's index (null: not on the chain), one row per ticket. */
function levelJoin(q: Q, levelUnits: number[] | null): LevelledQ {
  const arr = `{${(levelUnits ?? []).join(',')}}`;
  const idx = levelUnits?.length
    ? sql<{ idx: number | null }>`(SELECT (e.ord - 1)::int AS idx FROM jsonb_array_elements(tickets.chain) WITH ORDINALITY AS e(lvl, ord)
        WHERE (e.lvl->>'unitId')::int = ANY(${arr}::int[]) ORDER BY e.ord LIMIT 1)`
    : sql<{ idx: number | null }>`(SELECT NULL::int AS idx)`;
  return q.leftJoinLateral(idx.as('m'), (j) => j.onTrue()) as unknown as LevelledQ;
}

/** The SQL that reads a ticket at the viewer's level; `assisting`: off the chain means an assisting unit. */
function levelSql(assisting: boolean) {
  const byStatus = sql`(CASE WHEN tickets.status = 'dispatched' THEN 'dispatched' ELSE 'handling' END)`;
  const read = assisting ? sql`m.idx` : sql`COALESCE(m.idx, 0)`;
  /** My level's state: dispatched 待签收, handling 办理中, delegated 已下派, reviewing (my reply awaits the level above). */
  const state = sql`COALESCE(tickets.chain -> ${read} ->> 'state', ${byStatus})`;
  /** The state of the level just below mine: 'reviewing' when its reply awaits MY review. */
  const below = sql`(tickets.chain -> (${read} + 1) ->> 'state')`;
  const level = (key: string, own: ReturnType<typeof sql.ref>) =>
    sql`(CASE WHEN COALESCE(${read}, 0) = 0 THEN ${own} ELSE (tickets.chain -> ${read} ->> ${sql.lit(key)})::timestamptz END)`;
  /** The deadline that matters to my level now: accepting while dispatched to it, handling after; a supervision's answer on a replied ticket. */
  const due = sql`(CASE WHEN tickets.status = 'replied' THEN (tickets.supervision->>'replyBy')::timestamptz
    WHEN ${state} = 'dispatched' THEN ${level('acceptBy', sql.ref('tickets.accept_by'))} ELSE ${level('dueBy', sql.ref('tickets.due_by'))} END)`;
  return { state, below, due };
}

const WORKED = ['dispatched', 'handling'];

function inboxWhere(assisting: boolean, viewerId: number | null): Record<InboxView, (q: LevelledQ, now: Date) => LevelledQ> {
  const { state, below, due } = levelSql(assisting);
  const open = (q: LevelledQ) =>
    q.where((eb) => eb.or([eb('tickets.status', 'in', WORKED), eb.and([eb('tickets.status', '=', 'replied'), eb('tickets.supervision', 'is not', null)])]));
  return {
    open,
    accept: (q) => q.where('tickets.status', 'in', WORKED).where(sql<boolean>`${state} = 'dispatched'`),
    handling: (q) => q.where('tickets.status', 'in', WORKED).where(sql<boolean>`${state} = 'handling'`),
    review: (q) => q.where('tickets.status', '=', 'handling').where(sql<boolean>`${state} = 'delegated' AND ${below} = 'reviewing'`),
    delegated: (q) => q.where('tickets.status', '=', 'handling').where(sql<boolean>`${state} = 'delegated' AND ${below} IS DISTINCT FROM 'reviewing'`),
    supervision: (q) => q.where('tickets.status', 'in', ['dispatched', 'handling', 'replied']).where('tickets.supervision', 'is not', null),
    // A level whose reply awaits the level above has no running deadline of its own (chain.ts levelAlerts).
    overdue: (q, now) => q.where('tickets.status', 'in', WORKED).where(sql<boolean>`${state} <> 'reviewing' AND ${due} <= ${now}`),
    // 我的: the open tickets the viewer's unit gave to the viewer (承办人).
    mine: (q) => open(q).where('tickets.assignee_id', '=', viewerId ?? -1),
  };
}

/** The units whose level a viewer works at: a unit handler's subtree (narrowed by a unit filter), or the filter; null for none. */
function levelUnitsOf(actor: Actor, unitIds: number[] | undefined): number[] | null {
  if (actor.role === 'unit_handler') return [...actor.scope].filter((u) => !unitIds || unitIds.includes(u));
  return unitIds ?? null;
}

/**
 * A unit's open tickets at its level of the chain, nearest current deadline of that level first
 * (overdue ones first of all), with the count of every view: 待签收, 办理中, 待审核 (a reply from
 * the level below awaiting my review), 已下派 (handed further down), 督办, 已超期.
 */
export async function inboxQueue(db: Kysely<DB>, actor: Actor, view: InboxView, unitIds: number[] | undefined, now: Date, pageNo: number, pageSize: number): Promise<QueuePage> {
  const scoped = inScope(centreScoped(db.selectFrom('tickets'), actor), actor, unitIds);
  if (!scoped) return { items: [], total: 0, counts: Object.fromEntries(INBOX_VIEWS.map((v) => [v, 0])) };
  const assisting = actor.role === 'unit_handler' || unitIds != null;
  const base = levelJoin(scoped, levelUnitsOf(actor, unitIds));
  const where = inboxWhere(assisting, actor.id);
  const countOf = async (q: LevelledQ) => Number((await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  const chosen = where[view](base, now);
  const [rows, total, ...counts] = await Promise.all([
    chosen
      .selectAll('tickets')
      .orderBy(sql`${levelSql(assisting).due} ASC NULLS LAST`)
      .orderBy(PRIORITY_ORDER)
      .orderBy('tickets.id')
      .limit(pageSize)
      .offset((pageNo - 1) * pageSize)
      .execute(),
    countOf(chosen),
    ...INBOX_VIEWS.map((v) => countOf(where[v](base, now))),
  ]);
  return { items: rows.map(rowToTicket), total, counts: Object.fromEntries(INBOX_VIEWS.map((v, i) => [v, counts[i]])) };
}

// ── Callbacks ───────────────────────────────────────────────────────────────────────────────

const callbackWhere: Record<CallbackView, (q: Q, now: Date) => Q> = {
  all: (q) => q.where('status', '=', 'replied'),
  overdue: (q, now) => q.where('status', '=', 'replied').where('callback_due_by', '<=', now),
  retry: (q) => q.where('status', '=', 'replied').where('callback_attempts', '>', 0),
};

/** Replied tickets waiting for a callback, nearest callback deadline first. */
export async function callbackQueue(db: Kysely<DB>, view: CallbackView, now: Date, pageNo: number, pageSize: number, actor?: Actor): Promise<QueuePage> {
  const base = ownCentre(db.selectFrom('tickets'), actor);
  const [result, ...counts] = await Promise.all([
    page(callbackWhere[view](base, now), (q) => q.orderBy(sql`callback_due_by ASC NULLS LAST`).orderBy('id'), pageNo, pageSize),
    ...CALLBACK_VIEWS.map((v) => count(callbackWhere[v](base, now))),
  ]);
  return { ...result, counts: Object.fromEntries(CALLBACK_VIEWS.map((v, i) => [v, counts[i]])) };
}
