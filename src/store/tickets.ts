// Ticket persistence: each command loads the ticket, asks the pure decider, then appends the
// events and writes the evolved ticket together — in a transaction holding the ticket FOR UPDATE,
// or in one statement guarded by the ticket's version (runCommandOptimistic). Nothing else happens
// in it: notifications, mail and SMS to citizens and live updates are listeners on the committed
// event stream (src/store/event-stream.ts, src/listeners), so no commit waits on them.

import { sql, type Kysely, type Selectable, type SelectQueryBuilder, type Transaction } from 'kysely';
import { shanghaiDate } from '../domain/calendar.js';
import { factBits } from '../domain/measures.js';
import { scoreReply } from '../text/reply-quality.js';
import { documentText } from '../text/segment.js';
import {
  CENTRE_ROLES,
  canSee,
  decide,
  decideAlerts,
  decideRegister,
  emptyTicket,
  evolve,
  type Actor,
  type AlertKind,
  type AnyTicketEvent,
  nextAlertAt,
  type Command,
  type DomainError,
  type RegisterInput,
  type TicketEvent,
  type Ticket,
} from '../domain/ticket.js';
import type {
  Channel,
  EmergencyService,
  Priority,
  RepeatReason,
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

/**
 * A transaction whose id is lower than that of a ticket's last event (it took its id before it
 * waited for the ticket's lock): its events would come before that one in the stream. It is
 * rolled back and run again, with a newer id (inTransaction does it).
 */
export class StaleTransaction extends Error {
  constructor(readonly ticketId: number) {
    super(`transaction older than ticket ${ticketId}'s last event: run it again`);
    this.name = 'StaleTransaction';
  }
}

/**
 * Runs fn in a transaction, or inside the caller's one (a bulk load wraps many commands in one).
 * A transaction of its own that turns out stale (above) is run again, a few times at most.
 */
export async function inTransaction<T>(db: Kysely<DB>, fn: (tx: Transaction<DB>) => Promise<T>): Promise<T> {
  if (db.isTransaction) return fn(db as Transaction<DB>);
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction().execute(fn);
    } catch (err) {
      if (!(err instanceof StaleTransaction) || attempt >= 5) throw err;
    }
  }
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
    confidential: r.confidential,
    publicConsent: r.public_consent,
    categoryId: r.category_id,
    unitId: r.unit_id,
    centreId: r.centre_id ?? null,
    chain: r.chain ?? [],
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
    repeatOf: r.repeat_of ?? null,
    repeatReason: (r.repeat_reason ?? null) as RepeatReason | null,
    assigneeId: r.assignee_id ?? null,
    districtId: r.district_id,
    acceptWarnAt: r.accept_warn_at,
    dueWarnAt: r.due_warn_at,
    handleFrom: r.handle_from,
    handleClock: r.handle_clock,
    callbackDueBy: r.callback_due_by,
    alerts: (r.alerts ?? []) as AlertKind[],
    supervision: r.supervision,
    firstRepliedAt: r.first_replied_at,
    firstReplyOnTime: r.first_reply_on_time,
    handlingMinutes: r.handling_minutes,
    replyScore: r.reply_score,
    directAnswer: r.direct_answer,
    returnCount: r.return_count,
    returnedFrom: r.returned_from ?? [],
    callbackReached: r.callback_reached,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    version: r.version,
  };
}

export function ticketColumns(t: Ticket) {
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
    confidential: t.confidential,
    public_consent: t.publicConsent,
    category_id: t.categoryId,
    unit_id: t.unitId,
    centre_id: t.centreId,
    chain: JSON.stringify(t.chain),
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
    repeat_of: t.repeatOf,
    repeat_reason: t.repeatReason,
    assignee_id: t.assigneeId,
    created_at: t.createdAt,
    updated_at: t.updatedAt,
    version: t.version,
    district_id: t.districtId,
    accept_warn_at: t.acceptWarnAt,
    due_warn_at: t.dueWarnAt,
    handle_from: t.handleFrom,
    handle_clock: t.handleClock,
    callback_due_by: t.callbackDueBy,
    alerts: `{${t.alerts.join(',')}}`,
    supervision: t.supervision ? JSON.stringify(t.supervision) : null,
    first_replied_at: t.firstRepliedAt,
    first_reply_on_time: t.firstReplyOnTime,
    handling_minutes: t.handlingMinutes,
    reply_score: t.replyScore,
    direct_answer: t.directAnswer,
    return_count: t.returnCount,
    returned_from: `{${t.returnedFrom.join(',')}}`,
    callback_reached: t.callbackReached,
    next_alert_at: nextAlertAt(t),
    facts: factBits(t),
  };
}

/** The units that can see a ticket: what a live update about it carries (src/listeners/live.ts). */
const unitsOf = (t: Ticket): string => `{${[...new Set([t.unitId, ...t.assistUnitIds].filter((u): u is number => u != null))].join(',')}}`;

/**
 * Appends a step's events (the ticket is locked FOR UPDATE). The stream is read in the order of
 * the writing transactions' ids (event-stream.ts), so a ticket's events must never go to a lower
 * one than its last event's: a transaction that drew its id before it waited for the ticket's
 * lock is stale and runs again (StaleTransaction). Rare, and one indexed look-up per step.
 */
export async function appendEvents(tx: Transaction<DB>, ticket: Ticket, events: AnyTicketEvent[]): Promise<Ticket> {
  if (!events.length) return ticket;
  const newer = await tx
    .selectFrom('ticket_events')
    .select('id')
    .where('ticket_id', '=', ticket.id)
    .where(sql<boolean>`tx > pg_current_xact_id()`)
    .limit(1)
    .executeTakeFirst();
  if (newer) throw new StaleTransaction(ticket.id);
  const { after, rows } = eventRows(ticket, events);
  await tx.insertInto('ticket_events').values(rows).execute();
  return after;
}

/** The ticket after its events, and their rows (each numbered by the version it makes). */
function eventRows(ticket: Ticket, events: AnyTicketEvent[]) {
  let t = ticket;
  const rows = events.map((e) => {
    t = evolve(t, e);
    return { ticket_id: t.id, seq: t.version, type: e.type, actor_id: e.actorId, at: e.at, payload: JSON.stringify(e.payload), units: unitsOf(t) };
  });
  return { after: t, rows };
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

/** One registration: what registerTickets takes per ticket. */
export interface RegisterItem {
  input: Omit<RegisterInput, 'number'>;
  actor: Actor;
  now: Date;
  idempotency?: IdempotencyRequest;
}

/**
 * Registers a ticket in one round-trip: a single statement reserves the id, claims the
 * idempotency key, inserts the ticket and its first event (data-modifying CTEs run atomically).
 * Registration is the busiest write of a hotline, hence the care.
 *
 * The ticket number (工单编号) is the Asia/Shanghai date and the zero-padded id, e.g.
 * 20261124 + 0000042: derived from the id sequence rather than a per-day counter row, which
 * every registering transaction would lock until commit, serialising them all.
 */
export async function registerTicket(
  db: Kysely<DB>,
  input: Omit<RegisterInput, 'number'>,
  actor: Actor,
  now: Date,
  idempotency?: IdempotencyRequest,
): Promise<RegisterResult> {
  const [result] = await registerTickets(db, [{ input, actor, now, idempotency }]);
  if (result instanceof Error) throw result;
  return result;
}

/**
 * Registers several tickets in that one statement (group commit at a peak: app/register.ts), each
 * as registerTicket would: the ids drawn in the items' order, each item's key claimed for it
 * alone. Two items must not carry the same idempotency key. A refused item (the decider's
 * DomainFailure) fails the whole call before anything is written; once the statement has run,
 * each item gets its own result or error (a key used for another request: 422) — never a
 * rejection, since a caller trying the items again one by one would register them twice.
 */
export async function registerTickets(db: Kysely<DB>, items: RegisterItem[]): Promise<(RegisterResult | Error)[]> {
  const decided = items.map(({ input, actor, now, idempotency }) => {
    const decision = decideRegister({ ...input, number: '' }, actor, now);
    if (!decision.ok) throw new DomainFailure(decision.error);
    const e = decision.events[0] as TicketEvent<'registered'>;
    const { number: _unset, ...payload } = e.payload;
    return { e, payload, actor, day: shanghaiDate(now).replaceAll('-', ''), idempotency };
  });
  // Explicit casts on every value: a VALUES list's columns are typed from its rows, not from the
  // columns they go into.
  const rows = decided.map(({ e, payload: q, actor, day, idempotency: k }, ord) => {
    const p = e.payload;
    return sql`(${ord}::int, ${k?.scope ?? null}::text, ${k?.key ?? null}::text, ${k?.requestHash ?? null}::text, ${day}::text,
      ${p.channel}::text, ${p.line}::text, ${p.type}::text, ${p.priority}::text, ${p.title}::text, ${p.content}::text,
      ${p.callerName}::text, ${p.callerPhone}::text, ${p.address}::text, ${p.confidential ?? false}::boolean,
      ${p.publicConsent ?? false}::boolean, ${p.categoryId}::int, ${p.districtId ?? null}::int, ${p.centreId ?? null}::int,
      ${actor.id}::int, ${e.actorId}::int, ${e.at}::timestamptz, ${documentText(p.title, p.content, p.address)}::text, ${JSON.stringify(q)}::jsonb)`;
  });
  // With a key, a ticket is inserted only if its request claimed the key; a concurrent retry with
  // the same key waits on the key's row until this commits, then finds it taken.
  const { rows: made } = await sql<{ ord: number; id: number; number: string }>`
    WITH v (ord, key_scope, key, request_hash, day, channel, line, type, priority, title, content, caller_name,
      caller_phone, address, confidential, public_consent, category_id, district_id, centre_id, created_by, event_actor, at, doc, payload)
      AS (VALUES ${sql.join(rows)}),
    n AS (SELECT v.*, nextval('tickets_id_seq')::int AS id FROM (SELECT * FROM v ORDER BY ord) v),
    k AS (
      INSERT INTO idempotency_keys (scope, key, request_hash, ticket_id)
      SELECT key_scope, key, request_hash, id FROM n WHERE key IS NOT NULL
      ON CONFLICT (scope, key) DO NOTHING
      RETURNING ticket_id AS id),
    go AS (SELECT * FROM n WHERE key IS NULL OR id IN (SELECT id FROM k)),
    t AS (
      INSERT INTO tickets (id, number, status, channel, line, type, priority, title, content, caller_name,
        caller_phone, address, confidential, public_consent, category_id, district_id, centre_id, created_by, created_at, updated_at, version, search)
      SELECT id, day || lpad(id::text, 7, '0'), 'registered', channel, line, type, priority, title, content, caller_name,
        caller_phone, address, confidential, public_consent, category_id, district_id, centre_id, created_by, at, at, 1,
        to_tsvector('simple', doc)
      FROM go
      RETURNING id, number
    ),
    e AS (
      -- No unit can see a ticket before it is dispatched.
      INSERT INTO ticket_events (ticket_id, seq, type, actor_id, at, payload, units)
      SELECT t.id, 1, 'registered', go.event_actor, go.at, go.payload || jsonb_build_object('number', t.number), '{}'
      FROM t JOIN go USING (id)
    )
    SELECT go.ord, t.id, t.number FROM t JOIN go USING (id)`.execute(db);
  const byOrd = new Map(made.map((r) => [r.ord, r]));
  return Promise.all(
    decided.map(async ({ e, idempotency }, ord): Promise<RegisterResult | Error> => {
      const row = byOrd.get(ord);
      if (row) return { ticket: evolve(emptyTicket(row.id), { ...e, payload: { ...e.payload, number: row.number } }), replayed: false };
      try {
        return await replayed(db, idempotency!);
      } catch (err) {
        return err instanceof Error ? err : new Error(String(err));
      }
    }),
  );
}

/** A key already taken: the same request again (its ticket), or another request under that key (422). */
async function replayed(db: Kysely<DB>, idempotency: IdempotencyRequest): Promise<RegisterResult> {
  const prior = await db
    .selectFrom('idempotency_keys')
    .select(['request_hash', 'ticket_id'])
    .where('scope', '=', idempotency.scope)
    .where('key', '=', idempotency.key)
    .executeTakeFirstOrThrow();
  if (prior.request_hash !== idempotency.requestHash) {
    throw new DomainFailure({ status: 422, code: 'idempotency_key_reused', detail: '同一个 Idempotency-Key 已用于内容不同的请求' });
  }
  const ticket = await db.selectFrom('tickets').selectAll().where('id', '=', prior.ticket_id as number).executeTakeFirstOrThrow();
  return { ticket: rowToTicket(ticket), replayed: true };
}

const NOT_FOUND: DomainError = { status: 404, code: 'ticket_not_found', detail: '工单不存在' };

/**
 * What the domain decides for a command on a loaded ticket (and, for a merge, its target), with
 * each reply's quality scored into its event. Refusals throw DomainFailure.
 */
async function decideCommand(db: Kysely<DB>, ref: ReferenceData, ticket: Ticket, target: Ticket | null, command: Command, actor: Actor, now: Date) {
  const decision = decide(ticket, command, {
    actor,
    now,
    calendar: ref.calendar,
    rules: ref.rules,
    categoryPath: ref.categoryPath(ticket.categoryId),
    categoryPathOf: (id) => ref.categoryPath(id),
    policy: ref.policy,
    units: ref.unitRefs,
    centreUnits: (centreId) => ref.centreUnits(centreId),
    isCentre: (unitId) => ref.isCentre(unitId),
    target: target && canSee(actor, target) ? target : null,
    assignee: command.kind === 'assign' ? await assigneeOf(db, command.userId) : undefined,
  });
  if (!decision.ok) throw new DomainFailure(decision.error);
  for (const e of decision.events) {
    if (e.type !== 'replied') continue;
    const q = scoreReply({
      request: { title: ticket.title, content: ticket.content },
      reply: e.payload.content,
      repliedOnTime: e.payload.onTime,
      workingHours: e.payload.workingMinutes != null ? e.payload.workingMinutes / 60 : null,
    });
    e.payload.quality = { score: q.score, grade: q.grade, parts: q.parts, reasons: q.reasons };
  }
  return decision;
}

/** The ticket's columns after a step: the evolved ticket, the step's words added to its search document, a cited article. */
function stepUpdate(db: Kysely<DB>, after: Ticket, events: AnyTicketEvent[]) {
  const words = documentText(...events.map(searchableText));
  const answered = events.find((e) => e.type === 'answered');
  const articleId = answered?.type === 'answered' ? answered.payload.articleId : null;
  return db
    .updateTable('tickets')
    .set(ticketColumns(after))
    .$if(words.length > 0, (q) => q.set({ search: sql`coalesce(search, ''::tsvector) || to_tsvector('simple', ${words}::text)` } as never))
    .$if(articleId != null, (q) => q.set({ article_id: articleId }))
    .where('id', '=', after.id);
}

/** Runs one lifecycle command on a ticket, locked FOR UPDATE in a transaction; returns the ticket after it. */
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
    const decision = await decideCommand(tx, ref, ticket, target, command, actor, now);
    const after = await appendEvents(tx, ticket, decision.events);
    await stepUpdate(tx, after, decision.events).execute();
    const replied = decision.events.find((e) => e.type === 'replied');
    if (replied?.type === 'replied') {
      await tellMergedCitizens(tx, after, replied.payload.content, now);
    }
    if (target && decision.targetEvents?.length) {
      const targetAfter = await appendEvents(tx, target, decision.targetEvents);
      await tx.updateTable('tickets').set(ticketColumns(targetAfter)).where('id', '=', targetAfter.id).execute();
    }
    return after;
  });
}

/**
 * The same command in two round trips instead of six (issue 20: every step at the database's
 * speed): the ticket read without a lock, the decision, then one statement that writes the
 * ticket only if it is still at the version read and the events only if it did — the UPDATE's
 * row lock and its version check do what FOR UPDATE did (a step committed in between makes it
 * write nothing, and it runs again on the new state). A ticket's events keep the stream's order:
 * the statement's transaction id is drawn as it locks the row, after the ticket's last event
 * committed, or the version check fails. What needs more than the ticket and its events (a
 * merge, a reply that reaches merged citizens, a step inside a caller's transaction) goes the
 * locked way.
 */
export async function runCommandOptimistic(
  db: Kysely<DB>,
  ref: ReferenceData,
  ticketId: number,
  command: Command,
  actor: Actor,
  now: Date,
): Promise<Ticket> {
  if (db.isTransaction || command.kind === 'merge') return runCommand(db, ref, ticketId, command, actor, now);
  for (let attempt = 1; attempt <= 3; attempt++) {
    const row = await db
      .selectFrom('tickets')
      .selectAll('tickets')
      .select((eb) => eb.exists(eb.selectFrom('tickets as m').select('m.id').whereRef('m.merged_into', '=', 'tickets.id')).as('has_merged'))
      .where('tickets.id', '=', ticketId)
      .executeTakeFirst();
    if (!row) throw new DomainFailure(NOT_FOUND);
    const ticket = rowToTicket(row);
    const decision = await decideCommand(db, ref, ticket, null, command, actor, now);
    if (!decision.events.length) return ticket;
    if (row.has_merged && decision.events.some((e) => e.type === 'replied')) break;
    const { after, rows } = eventRows(ticket, decision.events);
    const written = await db
      .with('stepped', () => stepUpdate(db, after, decision.events).where('version', '=', ticket.version).returning('id'))
      .insertInto('ticket_events')
      .columns(['ticket_id', 'seq', 'type', 'actor_id', 'at', 'payload', 'units'])
      .expression(
        sql`SELECT v.* FROM stepped, (VALUES ${sql.join(
          rows.map((r) => sql`(${r.ticket_id}::integer, ${r.seq}::integer, ${r.type}::text, ${r.actor_id}::integer, ${r.at}::timestamptz, ${r.payload}::jsonb, ${r.units}::integer[])`),
        )}) AS v (ticket_id, seq, type, actor_id, at, payload, units)`,
      )
      .executeTakeFirst();
    if (Number(written.numInsertedOrUpdatedRows) === rows.length) return after;
  }
  // Merged citizens to tell, or the ticket changing under every try: the locked way.
  return runCommand(db, ref, ticketId, command, actor, now);
}

/** For assign: the user named (any role or unit: the domain decides), or null. */
async function assigneeOf(db: Kysely<DB>, userId: number): Promise<Parameters<typeof decide>[2]['assignee']> {
  const u = await db.selectFrom('users').select(['id', 'username', 'display_name', 'role', 'unit_id', 'active']).where('id', '=', userId).executeTakeFirst();
  return u ? { id: u.id, name: u.display_name || u.username, role: u.role, unitId: u.unit_id, active: u.active } : null;
}

/** The words a step adds to the ticket's search document: replies, answers, notes, reasons. */
function searchableText(e: AnyTicketEvent): string {
  const p = e.payload as Record<string, unknown>;
  return ['content', 'note', 'reason'].map((k) => (typeof p[k] === 'string' ? (p[k] as string) : '')).join('\n');
}

/**
 * A reply on a master ticket reaches every citizen whose request was merged into it (并单):
 * each merged ticket's timeline records it (master_replied; the citizen's SMS or mail is a
 * listener's, src/listeners).
 */
async function tellMergedCitizens(tx: Transaction<DB>, master: Ticket, content: string, now: Date): Promise<void> {
  const rows = await tx.selectFrom('tickets').selectAll().where('merged_into', '=', master.id).orderBy('id').forUpdate().execute();
  for (const row of rows) {
    const merged = rowToTicket(row);
    const event: AnyTicketEvent = { type: 'master_replied', at: now, actorId: null, payload: { masterId: master.id, masterNumber: master.number, content } };
    const after = await appendEvents(tx, merged, [event]);
    await tx.updateTable('tickets').set({ version: after.version, updated_at: after.updatedAt }).where('id', '=', merged.id).execute();
  }
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

/**
 * The centres' staff's data scope in SQL (canSee's inCentreScope): tickets whose centre is the
 * actor's centre or one below it. Nothing for the root centre's staff, admins and unit handlers.
 */
export function centreScoped<Q extends SelectQueryBuilder<DB, 'tickets', object>>(q: Q, actor: Actor): Q {
  if (!actor.centres || !CENTRE_ROLES.includes(actor.role as never)) return q;
  const ids = [...actor.centres];
  if (!ids.length) return q.where(sql<boolean>`false`) as Q;
  return q.where('centre_id', 'in', ids) as Q;
}

export interface TicketFilter {
  status?: TicketStatus[];
  unitIds?: number[]; // lead unit in this set (a unit and its subtree)
  categoryIds?: number[];
  type?: TicketType;
  channel?: Channel;
  callerPhone?: string;
  districtIds?: number[];
  /** Tickets carrying this alert (e.g. handle_overdue). */
  alert?: AlertKind;
  line?: string;
  satisfaction?: Satisfaction;
  /** A to_tsquery('simple', …) expression (src/text/segment.ts tsQuery): full-text search, ranked. */
  search?: string;
  from?: Date;
  to?: Date;
  /** created: newest first; due: nearest handling deadline first; callback: nearest callback first. */
  sort?: 'created' | 'due' | 'callback';
  /** Tickets not carrying this alert (即将到期: warned, not yet overdue). */
  withoutAlert?: AlertKind;
  /** Only these tickets (a selection: 导出选中的工单); still within the viewer's scope. */
  ids?: number[];
  /** “Mine” (我的): tickets this user is the handler of (承办人) or has taken a step on. */
  involves?: number;
}

export async function listTickets(
  db: Kysely<DB>,
  actor: Actor,
  filter: TicketFilter,
  page: number,
  pageSize: number,
): Promise<{ items: Ticket[]; total: number; capped?: boolean }> {
  let q = centreScoped(db.selectFrom('tickets'), actor);
  if (actor.role === 'unit_handler') {
    const scope = [...actor.scope];
    if (!scope.length) return { items: [], total: 0 };
    const arr = `{${scope.join(',')}}`;
    // A search states the scope as the expression its GIN index holds (migration 0005), the
    // same condition: the lead unit or an assisting unit in scope (a NULL unit matches nothing).
    q = filter.search
      ? q.where(sql<boolean>`(ARRAY[unit_id] || assist_unit_ids) && ${arr}::int[]`)
      : q.where((eb) => eb.or([eb('unit_id', '=', eb.fn.any(sql<number[]>`${arr}::int[]`)), sql<boolean>`assist_unit_ids && ${arr}::int[]`]));
  }
  if (filter.status?.length) {
    // Likewise: status IN (…) as the search index's ARRAY[status].
    q = filter.search ? q.where(sql<boolean>`ARRAY[status] && ${filter.status}::text[]`) : q.where('status', 'in', filter.status);
  }
  if (filter.unitIds) q = filter.unitIds.length ? q.where('unit_id', 'in', filter.unitIds) : q.where(sql<boolean>`false`);
  if (filter.categoryIds) q = filter.categoryIds.length ? q.where('category_id', 'in', filter.categoryIds) : q.where(sql<boolean>`false`);
  if (filter.type) q = q.where('type', '=', filter.type);
  if (filter.channel) q = q.where('channel', '=', filter.channel);
  if (filter.callerPhone) q = q.where('caller_phone', '=', filter.callerPhone);
  if (filter.districtIds) q = filter.districtIds.length ? q.where('district_id', 'in', filter.districtIds) : q.where(sql<boolean>`false`);
  if (filter.alert) q = q.where(sql<boolean>`${filter.alert} = ANY(alerts)`);
  if (filter.line) q = q.where('line', '=', filter.line);
  if (filter.satisfaction) q = q.where('satisfaction', '=', filter.satisfaction);
  if (filter.search) q = q.where(sql<boolean>`search @@ to_tsquery('simple', ${filter.search})`);
  if (filter.from) q = q.where('created_at', '>=', filter.from);
  if (filter.to) q = q.where('created_at', '<', filter.to);
  if (filter.withoutAlert) q = q.where(sql<boolean>`NOT (${filter.withoutAlert} = ANY(alerts))`);
  if (filter.ids) q = filter.ids.length ? q.where('id', 'in', filter.ids) : q.where(sql<boolean>`false`);
  if (filter.involves != null) {
    const me = filter.involves;
    q = q.where((eb) =>
      eb.or([
        eb('assignee_id', '=', me),
        eb.exists(eb.selectFrom('ticket_events as ev').select(sql`1`.as('one')).whereRef('ev.ticket_id', '=', 'tickets.id').where('ev.actor_id', '=', me)),
      ]),
    );
  }
  if (filter.search) return searchPage(db, q, filter, page, pageSize);
  const [rows, count] = await Promise.all([
    (filter.sort === 'due'
      ? q.selectAll().orderBy(sql`due_by ASC NULLS LAST`).orderBy('id')
      : filter.sort === 'callback'
        ? q.selectAll().orderBy(sql`callback_due_by ASC NULLS LAST`).orderBy('id')
        : q.selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc')
    )
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(rowToTicket), total: Number(count.n) };
}

/** A search counts and ranks at most this many matches. */
export const SEARCH_CAP = 1000;

/**
 * One page of a full-text search. Counting and ranking every match of a common word reads
 * each matching row (50,000 rows cost most of a second on a million tickets), so the count
 * stops at SEARCH_CAP + 1 (`total` is then SEARCH_CAP and `capped` true), and a capped search
 * comes newest first instead of by relevance, which the creation-time index answers without
 * reading every match.
 */
async function searchPage(
  db: Kysely<DB>,
  q: SelectQueryBuilder<DB, 'tickets', object>,
  filter: TicketFilter,
  page: number,
  pageSize: number,
): Promise<{ items: Ticket[]; total: number; capped: boolean }> {
  const { n } = await db
    .selectFrom(q.select(sql`1`.as('one')).limit(SEARCH_CAP + 1).as('m'))
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const capped = Number(n) > SEARCH_CAP;
  if (capped && (page - 1) * pageSize >= SEARCH_CAP) return { items: [], total: SEARCH_CAP, capped };
  const base = q.selectAll();
  const ordered =
    filter.sort === 'due'
      ? base.orderBy(sql`due_by ASC NULLS LAST`).orderBy('id')
      : filter.sort === 'callback'
        ? base.orderBy(sql`callback_due_by ASC NULLS LAST`).orderBy('id')
        : capped
          ? base.orderBy('created_at', 'desc').orderBy('id', 'desc')
          : base.orderBy(sql`ts_rank(search, to_tsquery('simple', ${filter.search}))`, 'desc').orderBy('created_at', 'desc').orderBy('id', 'desc');
  if (capped && (!filter.sort || filter.sort === 'created')) {
    // Newest first over many matches: look in the last week first, then wider, so that the
    // database combines the text and creation-time indexes instead of reading every match.
    // A window that fills the page holds the page's rows of the whole newest-first list (it
    // has at least page × pageSize matches, all newer than any outside it); one that does not
    // is widened.
    for (const days of [7, 30, 180]) {
      const since = new Date(Date.now() - days * 86_400_000);
      const rows = await q
        .where('created_at', '>=', since)
        .selectAll()
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(pageSize)
        .offset((page - 1) * pageSize)
        .execute();
      if (rows.length === pageSize) return { items: rows.map(rowToTicket), total: SEARCH_CAP, capped };
    }
  }
  const rows = await ordered.limit(pageSize).offset((page - 1) * pageSize).execute();
  return { items: rows.map(rowToTicket), total: capped ? SEARCH_CAP : Number(n), capped };
}

/**
 * The timer's work: raises every deadline alert that has come due, each exactly once, even
 * with several server processes on one database (rows are claimed FOR UPDATE SKIP LOCKED and
 * the alert is recorded on the ticket in the same transaction as its event). The notifications
 * they leave (the unit, the unit above on overdue handling) are a listener's
 * (src/listeners/notifications.ts). Returns how many tickets it looked at and how many alerts it
 * raised.
 */
export async function raiseDueAlerts(db: Kysely<DB>, ref: ReferenceData, now: Date, limit = 100): Promise<{ tickets: number; alerts: number }> {
  return db.transaction().execute(async (tx) => {
    const rows = await tx
      .selectFrom('tickets')
      .selectAll()
      .where('next_alert_at', '<=', now)
      .orderBy('next_alert_at')
      .limit(limit)
      .forUpdate()
      .skipLocked()
      .execute();
    let raised = 0;
    for (const row of rows) {
      const ticket = rowToTicket(row);
      const events = decideAlerts(ticket, now, ref.unitRefs);
      let after: Ticket;
      try {
        after = await appendEvents(tx, ticket, events);
      } catch (err) {
        // Stepped by a newer transaction just before this pass locked it: the next pass raises it.
        if (err instanceof StaleTransaction) continue;
        throw err;
      }
      await tx.updateTable('tickets').set(ticketColumns(after)).where('id', '=', after.id).execute();
      raised += events.length;
    }
    return { tickets: rows.length, alerts: raised };
  });
}

/** 2026-11-24 17:30 in Asia/Shanghai. */
export function formatShanghai(d: Date): string {
  return new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
}
