// Ticket persistence: each command loads the ticket FOR UPDATE, asks the pure decider, then
// appends the events and writes the evolved ticket in the same transaction.

import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import { shanghaiDate } from '../domain/calendar.js';
import {
  canSee,
  decide,
  decideRegister,
  emptyTicket,
  evolve,
  type Actor,
  type AnyTicketEvent,
  type Command,
  type DomainError,
  type RegisterInput,
  type Ticket,
} from '../domain/ticket.js';
import type {
  Channel,
  EmergencyService,
  Priority,
  Satisfaction,
  TicketStatus,
  TicketType,
} from '../domain/ticket-types.js';
import type { ReferenceData } from './reference.js';
import type { DB, TicketTable } from './schema.js';

/** A decision the domain refused; the API turns it into problem+json. */
export class DomainFailure extends Error {
  constructor(readonly error: DomainError) {
    super(error.detail);
    this.name = 'DomainFailure';
  }
}

type TicketRow = Selectable<TicketTable>;

/** Runs fn in a transaction, or inside the caller's one (a bulk load wraps many commands in one). */
export function inTransaction<T>(db: Kysely<DB>, fn: (tx: Transaction<DB>) => Promise<T>): Promise<T> {
  return db.isTransaction ? fn(db as Transaction<DB>) : db.transaction().execute(fn);
}

export function rowToTicket(r: TicketRow): Ticket {
  return {
    id: r.id,
    number: r.number,
    status: r.status as TicketStatus,
    channel: r.channel as Channel,
    line: r.line,
    type: r.type as TicketType,
    priority: r.priority as Priority,
    title: r.title,
    content: r.content,
    callerName: r.caller_name,
    callerPhone: r.caller_phone,
    address: r.address,
    categoryId: r.category_id,
    unitId: r.unit_id,
    assistUnitIds: r.assist_unit_ids ?? [],
    acceptBy: r.accept_by,
    dueBy: r.due_by,
    dispatchedAt: r.dispatched_at,
    acceptedAt: r.accepted_at,
    repliedAt: r.replied_at,
    closedAt: r.closed_at,
    pendingReturn: r.pending_return,
    pendingExtension: r.pending_extension,
    extendedDays: r.extended_days,
    reopenCount: r.reopen_count,
    callbackAttempts: r.callback_attempts,
    resolved: r.resolved,
    satisfaction: r.satisfaction as Satisfaction | null,
    mergedInto: r.merged_into,
    transferredTo: r.transferred_to as EmergencyService | null,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    version: r.version,
  };
}

function ticketColumns(t: Ticket) {
  return {
    number: t.number,
    status: t.status,
    channel: t.channel,
    line: t.line,
    type: t.type,
    priority: t.priority,
    title: t.title,
    content: t.content,
    caller_name: t.callerName,
    caller_phone: t.callerPhone,
    address: t.address,
    category_id: t.categoryId,
    unit_id: t.unitId,
    assist_unit_ids: `{${t.assistUnitIds.join(',')}}`,
    accept_by: t.acceptBy,
    due_by: t.dueBy,
    dispatched_at: t.dispatchedAt,
    accepted_at: t.acceptedAt,
    replied_at: t.repliedAt,
    closed_at: t.closedAt,
    pending_return: t.pendingReturn ? JSON.stringify(t.pendingReturn) : null,
    pending_extension: t.pendingExtension ? JSON.stringify(t.pendingExtension) : null,
    extended_days: t.extendedDays,
    reopen_count: t.reopenCount,
    callback_attempts: t.callbackAttempts,
    resolved: t.resolved,
    satisfaction: t.satisfaction,
    merged_into: t.mergedInto,
    transferred_to: t.transferredTo,
    created_at: t.createdAt,
    updated_at: t.updatedAt,
    version: t.version,
  };
}

/** Ticket number (工单编号): the Asia/Shanghai date and a daily sequence, e.g. 2026112400042. */
async function nextTicketNumber(tx: Transaction<DB>, now: Date): Promise<string> {
  const day = shanghaiDate(now).replaceAll('-', '');
  const { n } = await tx
    .insertInto('ticket_counters')
    .values({ day, n: 1 })
    .onConflict((oc) => oc.column('day').doUpdateSet({ n: sql`ticket_counters.n + 1` }))
    .returning('n')
    .executeTakeFirstOrThrow();
  return `${day}${String(n).padStart(5, '0')}`;
}

async function appendEvents(tx: Transaction<DB>, ticket: Ticket, events: AnyTicketEvent[]): Promise<Ticket> {
  let t = ticket;
  const rows = events.map((e) => {
    t = evolve(t, e);
    return { ticket_id: t.id, seq: t.version, type: e.type, actor_id: e.actorId, at: e.at, payload: JSON.stringify(e.payload) };
  });
  if (rows.length) await tx.insertInto('ticket_events').values(rows).execute();
  return t;
}

export interface IdempotencyRequest {
  scope: string; // whose key: "user:12", "apikey:3"
  key: string;
  requestHash: string;
}

export interface RegisterResult {
  ticket: Ticket;
  replayed: boolean;
}

export async function registerTicket(
  db: Kysely<DB>,
  input: Omit<RegisterInput, 'number'>,
  actor: Actor,
  now: Date,
  idempotency?: IdempotencyRequest,
): Promise<RegisterResult> {
  return inTransaction(db, async (tx) => {
    if (idempotency) {
      // Claiming the key first makes a concurrent retry wait for this transaction, then see the ticket.
      const claimed = await tx
        .insertInto('idempotency_keys')
        .values({ scope: idempotency.scope, key: idempotency.key, request_hash: idempotency.requestHash })
        .onConflict((oc) => oc.columns(['scope', 'key']).doNothing())
        .returning('key')
        .executeTakeFirst();
      if (!claimed) {
        const prior = await tx
          .selectFrom('idempotency_keys')
          .select(['request_hash', 'ticket_id'])
          .where('scope', '=', idempotency.scope)
          .where('key', '=', idempotency.key)
          .executeTakeFirstOrThrow();
        if (prior.request_hash !== idempotency.requestHash) {
          throw new DomainFailure({ status: 422, code: 'idempotency_key_reused', detail: '同一个 Idempotency-Key 已用于内容不同的请求' });
        }
        const row = await tx.selectFrom('tickets').selectAll().where('id', '=', prior.ticket_id as number).executeTakeFirstOrThrow();
        return { ticket: rowToTicket(row), replayed: true };
      }
    }
    const number = await nextTicketNumber(tx, now);
    const decision = decideRegister({ ...input, number }, actor, now);
    if (!decision.ok) throw new DomainFailure(decision.error);
    const draft = evolve(emptyTicket(0), decision.events[0]);
    const { id } = await tx
      .insertInto('tickets')
      .values({ ...ticketColumns(draft), created_by: actor.id })
      .returning('id')
      .executeTakeFirstOrThrow();
    const e = decision.events[0];
    await tx
      .insertInto('ticket_events')
      .values({ ticket_id: id, seq: 1, type: e.type, actor_id: e.actorId, at: e.at, payload: JSON.stringify(e.payload) })
      .execute();
    if (idempotency) {
      await tx
        .updateTable('idempotency_keys')
        .set({ ticket_id: id })
        .where('scope', '=', idempotency.scope)
        .where('key', '=', idempotency.key)
        .execute();
    }
    return { ticket: { ...draft, id }, replayed: false };
  });
}

const NOT_FOUND: DomainError = { status: 404, code: 'ticket_not_found', detail: '工单不存在' };

/** Runs one lifecycle command on a ticket; returns the ticket after it. */
export async function runCommand(
  db: Kysely<DB>,
  ref: ReferenceData,
  ticketId: number,
  command: Command,
  actor: Actor,
  now: Date,
): Promise<Ticket> {
  return inTransaction(db, async (tx) => {
    const ids = command.kind === 'merge' ? [ticketId, command.intoId] : [ticketId];
    // Lock in id order so two merges of the same pair cannot deadlock.
    const rows = await tx.selectFrom('tickets').selectAll().where('id', 'in', ids).orderBy('id').forUpdate().execute();
    const row = rows.find((r) => r.id === ticketId);
    if (!row) throw new DomainFailure(NOT_FOUND);
    const ticket = rowToTicket(row);
    const targetRow = command.kind === 'merge' ? rows.find((r) => r.id === command.intoId) : undefined;
    const target = targetRow ? rowToTicket(targetRow) : null;
    const decision = decide(ticket, command, {
      actor,
      now,
      calendar: ref.calendar,
      rules: ref.rules,
      categoryPath: ref.categoryPath(ticket.categoryId),
      policy: ref.policy,
      units: ref.unitRefs,
      target: target && canSee(actor, target) ? target : null,
    });
    if (!decision.ok) throw new DomainFailure(decision.error);
    const after = await appendEvents(tx, ticket, decision.events);
    await tx.updateTable('tickets').set(ticketColumns(after)).where('id', '=', after.id).execute();
    if (target && decision.targetEvents?.length) {
      const targetAfter = await appendEvents(tx, target, decision.targetEvents);
      await tx.updateTable('tickets').set(ticketColumns(targetAfter)).where('id', '=', targetAfter.id).execute();
    }
    return after;
  });
}

export interface StoredEvent {
  seq: number;
  type: string;
  actorId: number | null;
  actorName: string | null;
  actorRole: string | null;
  at: Date;
  payload: Record<string, unknown>;
}

export async function findTicket(db: Kysely<DB>, id: number): Promise<Ticket | null> {
  const row = await db.selectFrom('tickets').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? rowToTicket(row) : null;
}

export async function ticketEvents(db: Kysely<DB>, id: number): Promise<StoredEvent[]> {
  const rows = await db
    .selectFrom('ticket_events as e')
    .leftJoin('users as u', 'u.id', 'e.actor_id')
    .select(['e.seq', 'e.type', 'e.actor_id', 'e.at', 'e.payload', 'u.username', 'u.display_name', 'u.role'])
    .where('e.ticket_id', '=', id)
    .orderBy('e.seq')
    .execute();
  return rows.map((r) => ({
    seq: r.seq,
    type: r.type,
    actorId: r.actor_id,
    actorName: r.display_name ?? r.username ?? null,
    actorRole: r.role ?? null,
    at: r.at,
    payload: r.payload,
  }));
}

/** Tickets merged into this one (并单). */
export async function mergedTickets(db: Kysely<DB>, id: number): Promise<Pick<Ticket, 'id' | 'number' | 'title'>[]> {
  return db.selectFrom('tickets').select(['id', 'number', 'title']).where('merged_into', '=', id).orderBy('id').execute();
}

export interface TicketFilter {
  status?: TicketStatus[];
  unitIds?: number[]; // lead unit in this set (a unit and its subtree)
  categoryIds?: number[];
  type?: TicketType;
  channel?: Channel;
  callerPhone?: string;
  from?: Date;
  to?: Date;
}

export async function listTickets(
  db: Kysely<DB>,
  actor: Actor,
  filter: TicketFilter,
  page: number,
  pageSize: number,
): Promise<{ items: Ticket[]; total: number }> {
  let q = db.selectFrom('tickets');
  if (actor.role === 'unit_handler') {
    const scope = [...actor.scope];
    if (!scope.length) return { items: [], total: 0 };
    const arr = `{${scope.join(',')}}`;
    q = q.where((eb) => eb.or([eb('unit_id', '=', eb.fn.any(sql<number[]>`${arr}::int[]`)), sql<boolean>`assist_unit_ids && ${arr}::int[]`]));
  }
  if (filter.status?.length) q = q.where('status', 'in', filter.status);
  if (filter.unitIds) q = filter.unitIds.length ? q.where('unit_id', 'in', filter.unitIds) : q.where(sql<boolean>`false`);
  if (filter.categoryIds) q = filter.categoryIds.length ? q.where('category_id', 'in', filter.categoryIds) : q.where(sql<boolean>`false`);
  if (filter.type) q = q.where('type', '=', filter.type);
  if (filter.channel) q = q.where('channel', '=', filter.channel);
  if (filter.callerPhone) q = q.where('caller_phone', '=', filter.callerPhone);
  if (filter.from) q = q.where('created_at', '>=', filter.from);
  if (filter.to) q = q.where('created_at', '<', filter.to);
  const [rows, count] = await Promise.all([
    q.selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc').limit(pageSize).offset((page - 1) * pageSize).execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(rowToTicket), total: Number(count.n) };
}
