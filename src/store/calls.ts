// Telephony calls: the events a telephony system reports (ringing → answered → ended), which
// agent took the call (by username, or by the extension the agent signed in at), and the
// tickets registered during a call (call_tickets).

import { sql, type Kysely, type Selectable } from 'kysely';
import { inTransaction } from './tickets.js';
import type { DB } from './schema.js';
import type { CallTable } from './schema-channels.js';

export const CALL_STATES = ['queued', 'ringing', 'answered', 'ended'] as const; // 排队 振铃 接通 挂断
export type CallState = (typeof CALL_STATES)[number];

/** A ticket registered this long after the call ended still belongs to it (the agent finishes writing it up). */
export const CALL_GRACE_MS = 10 * 60_000;

/** A call still ringing or answered this long after its last event lost its end event. */
export const STALE_CALL_MS = 4 * 3600_000;

export type CallRow = Selectable<CallTable>;

export class CallProblem extends Error {
  constructor(
    readonly status: 403 | 404 | 409,
    readonly code: string,
    readonly detail: string,
  ) {
    super(detail);
  }
}

export interface CallEventInput {
  callId: string;
  state: CallState;
  caller: string | null;
  agentUserId: number | null;
  extension: string | null;
  recordingUrl: string | null;
  /** The dialled line (12345, 12315 …), when the telephony system says. */
  line?: string | null;
  at: Date;
  apiKeyId: number | null;
  now: Date;
  /** When a callback of a call missed at this time is due (漏接回拨时限); the use case knows the calendar. */
  missedDueBy: (missedAt: Date, tx: Kysely<DB>) => Promise<Date>;
}

const RANK: Record<CallState, number> = { queued: 0, ringing: 1, answered: 2, ended: 3 };
const stampColumn = { queued: 'queued_at', ringing: 'ringing_at', answered: 'answered_at', ended: 'ended_at' } as const;

/**
 * Records one event. Events may come twice or out of order: the state only moves forward,
 * missing times and details are filled in, a later recording link replaces an earlier one.
 * The caller announces it after the commit (the agent's screen); an ended call takes along the phone
 * tickets its agent registered while it was answered. A call that ended unanswered from a
 * known number becomes a missed-call callback task; a number that gets through closes its
 * open tasks (see settleMissedCall).
 */
export async function recordCallEvent(db: Kysely<DB>, input: CallEventInput): Promise<{ call: CallRow; ticketIds: number[] }> {
  return inTransaction(db, async (tx) => {
    const prior = await tx.selectFrom('calls').selectAll().where('id', '=', input.callId).forUpdate().executeTakeFirst();
    let call: CallRow;
    if (!prior) {
      call = await tx
        .insertInto('calls')
        .values({
          id: input.callId,
          caller: input.caller,
          agent_user_id: input.agentUserId,
          extension: input.extension,
          state: input.state,
          queued_at: input.state === 'queued' ? input.at : null,
          line: input.line ?? null,
          ringing_at: input.state === 'ringing' ? input.at : null,
          answered_at: input.state === 'answered' ? input.at : null,
          ended_at: input.state === 'ended' ? input.at : null,
          recording_url: input.recordingUrl,
          api_key_id: input.apiKeyId,
          created_at: input.now,
          updated_at: input.now,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
    } else {
      const forward = RANK[input.state] >= RANK[prior.state as CallState];
      const stamp = stampColumn[input.state];
      call = await tx
        .updateTable('calls')
        .set({
          state: forward ? input.state : prior.state,
          [stamp]: prior[stamp] ?? input.at,
          caller: prior.caller ?? input.caller,
          // The agent who answers is the call's agent (a call may ring at a queue first).
          agent_user_id: input.agentUserId ?? prior.agent_user_id,
          extension: input.extension ?? prior.extension,
          line: prior.line ?? input.line ?? null,
          recording_url: input.recordingUrl ?? prior.recording_url,
          updated_at: input.now,
        })
        .where('id', '=', input.callId)
        .returningAll()
        .executeTakeFirstOrThrow();
    }
    if (call.state === 'ended' && call.agent_user_id != null) {
      const from = call.answered_at ?? call.ringing_at ?? call.created_at;
      const until = call.ended_at ?? input.now;
      const tickets = await tx
        .selectFrom('tickets')
        .select('id')
        .where('created_by', '=', call.agent_user_id)
        .where('channel', '=', 'phone')
        .where('created_at', '>=', from)
        .where('created_at', '<=', until)
        .execute();
      if (tickets.length) {
        await tx
          .insertInto('call_tickets')
          .values(tickets.map((t) => ({ call_id: call.id, ticket_id: t.id, attached_by: null, attached_at: input.now })))
          .onConflict((oc) => oc.doNothing())
          .execute();
      }
    }
    await settleMissedCall(tx, call, input.missedDueBy);
    return { call, ticketIds: await ticketIdsOf(tx, call.id) };
  });
}

/**
 * The missed-call side of an event (漏接回拨). A call that got through closes the open tasks of
 * its number that were missed before it (and its own, when a late `answered` shows it was not
 * missed after all). A call that ended unanswered from a known number becomes a task — unless
 * the number got through on a later call meanwhile; when the number already waits for a
 * callback, the new call joins that task instead of queueing twice.
 */
async function settleMissedCall(tx: Kysely<DB>, call: CallRow, dueBy: CallEventInput['missedDueBy']): Promise<void> {
  if (!call.caller) return; // withheld: nobody to call back
  if (call.answered_at) {
    await tx
      .updateTable('missed_calls')
      .set({ state: 'superseded', closed_at: call.answered_at })
      .where('phone', '=', call.caller)
      .where('state', 'in', ['open', 'joined'])
      .where((eb) => eb.or([eb('missed_at', '<=', call.answered_at as Date), eb('call_id', '=', call.id)]))
      .execute();
    return;
  }
  if (call.state !== 'ended') return;
  const missedAt = call.ended_at ?? call.updated_at;
  const gotThrough = await tx
    .selectFrom('calls')
    .select('id')
    .where('caller', '=', call.caller)
    .where('id', '!=', call.id)
    .where('answered_at', '>=', call.started_at)
    .limit(1)
    .executeTakeFirst();
  const waiting = await tx
    .selectFrom('missed_calls')
    .select('call_id')
    .where('phone', '=', call.caller)
    .where('state', '=', 'open')
    .where('call_id', '!=', call.id)
    .orderBy('missed_at')
    .limit(1)
    .executeTakeFirst();
  await tx
    .insertInto('missed_calls')
    .values({
      call_id: call.id,
      phone: call.caller,
      line: call.line,
      missed_at: missedAt,
      due_by: await dueBy(missedAt, tx),
      state: gotThrough ? 'superseded' : waiting ? 'joined' : 'open',
      joined_to: gotThrough ? null : (waiting?.call_id ?? null),
      closed_at: gotThrough ? missedAt : null,
    })
    .onConflict((oc) => oc.column('call_id').doNothing())
    .execute();
}

export async function ticketIdsOf(db: Kysely<DB>, callId: string): Promise<number[]> {
  const rows = await db.selectFrom('call_tickets').select('ticket_id').where('call_id', '=', callId).orderBy('ticket_id').execute();
  return rows.map((r) => r.ticket_id);
}

/** The user signed in at an extension (坐席签入), or null. */
export async function userAtExtension(db: Kysely<DB>, extension: string): Promise<number | null> {
  const row = await db.selectFrom('agent_extensions').select('user_id').where('extension', '=', extension).executeTakeFirst();
  return row?.user_id ?? null;
}

/** Signs a user in at an extension (taking it from whoever had it), or out with null. */
export async function setExtension(db: Kysely<DB>, userId: number, extension: string | null, now: Date): Promise<void> {
  await inTransaction(db, async (tx) => {
    await tx.deleteFrom('agent_extensions').where('user_id', '=', userId).execute();
    if (extension == null) return;
    await tx.deleteFrom('agent_extensions').where('extension', '=', extension).execute();
    await tx.insertInto('agent_extensions').values({ extension, user_id: userId, since: now }).execute();
  });
}

export async function extensionOf(db: Kysely<DB>, userId: number): Promise<string | null> {
  const row = await db.selectFrom('agent_extensions').select('extension').where('user_id', '=', userId).executeTakeFirst();
  return row?.extension ?? null;
}

/** The agent's call now: ringing or answered, or ended within the grace period. */
export async function currentCall(db: Kysely<DB>, userId: number, now: Date): Promise<CallRow | null> {
  const row = await db
    .selectFrom('calls')
    .selectAll()
    .where('agent_user_id', '=', userId)
    .where((eb) =>
      eb.or([
        // A call whose end was never reported goes stale after a few hours.
        eb.and([eb('state', '!=', 'ended'), eb('updated_at', '>=', new Date(now.getTime() - STALE_CALL_MS))]),
        eb('ended_at', '>=', new Date(now.getTime() - CALL_GRACE_MS)),
      ]),
    )
    .orderBy(sql`CASE WHEN state = 'ended' THEN 1 ELSE 0 END`)
    .orderBy('updated_at', 'desc')
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ?? null;
}

/**
 * Attaches a call to a ticket registered during it: by the call's agent, after the call was
 * answered (or rang) and no later than the grace period after it ended. Admins may attach any
 * call of any agent, under the same timing rule. Idempotent.
 */
export async function attachCallToTicket(
  db: Kysely<DB>,
  input: { callId: string; ticketId: number; user: { id: number; role: string }; now: Date },
): Promise<number[]> {
  return inTransaction(db, async (tx) => {
    const call = await tx.selectFrom('calls').selectAll().where('id', '=', input.callId).executeTakeFirst();
    if (!call) throw new CallProblem(404, 'call_not_found', '通话不存在');
    if (call.agent_user_id !== input.user.id && input.user.role !== 'admin') throw new CallProblem(403, 'not_your_call', '只能关联本人接听的通话');
    const ticket = await tx.selectFrom('tickets').select(['id', 'created_by', 'created_at']).where('id', '=', input.ticketId).executeTakeFirst();
    if (!ticket) throw new CallProblem(404, 'ticket_not_found', '工单不存在');
    const from = call.answered_at ?? call.ringing_at ?? call.created_at;
    const until = call.ended_at ? new Date(call.ended_at.getTime() + CALL_GRACE_MS) : null;
    const during = ticket.created_at >= from && (!until || ticket.created_at <= until);
    if (ticket.created_by !== call.agent_user_id || !during) {
      throw new CallProblem(409, 'not_registered_during_call', '该工单不是本次通话中由接听坐席登记的');
    }
    await tx
      .insertInto('call_tickets')
      .values({ call_id: call.id, ticket_id: ticket.id, attached_by: input.user.id, attached_at: input.now })
      .onConflict((oc) => oc.doNothing())
      .execute();
    return ticketIdsOf(tx, call.id);
  });
}

export interface TicketCall extends CallRow {
  agent_name: string | null;
}

export async function callsOfTicket(db: Kysely<DB>, ticketId: number): Promise<TicketCall[]> {
  const rows = await db
    .selectFrom('call_tickets as ct')
    .innerJoin('calls as c', 'c.id', 'ct.call_id')
    .leftJoin('users as u', 'u.id', 'c.agent_user_id')
    .selectAll('c')
    .select(['u.display_name', 'u.username'])
    .where('ct.ticket_id', '=', ticketId)
    .orderBy('c.created_at')
    .execute();
  return rows.map(({ display_name, username, ...c }) => ({ ...c, agent_name: display_name ?? username ?? null }));
}
