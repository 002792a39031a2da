// Telephony calls: the events a telephony system reports (ringing → answered → ended), which
// agent took the call (by username, or by the extension the agent signed in at), and the
// tickets registered during a call (call_tickets).

import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
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
    readonly status: 403 | 404 | 409 | 422,
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


/**
 * Records events of different calls in one statement (the caller's transaction: a batch commits
 * once). Events may come twice or out of order: the state only moves forward, missing times and
 * details are filled in, a later recording link replaces an earlier one. An ended call takes
 * along the phone tickets its agent registered while it was answered. A call that ended
 * unanswered from a known number becomes a missed-call callback task (settleMissedCall); a
 * number that gets through closes its open tasks. Results come in the order of the inputs.
 */
export async function recordCallEvents(tx: Transaction<DB>, inputs: CallEventInput[]): Promise<{ call: CallRow; ticketIds: number[] }[]> {
  if (inputs.length === 0) return [];
  if (new Set(inputs.map((i) => i.callId)).size !== inputs.length) throw new Error('recordCallEvents: one event per call in a batch');
  const column = <T>(f: (i: CallEventInput) => T) => inputs.map(f);
  const iso = (d: Date | null) => d?.toISOString() ?? null;
  const stamp = (i: CallEventInput, s: CallState) => (i.state === s ? i.at.toISOString() : null);
  // One statement for the whole batch: the calls' rows written (in the order of their ids, so
  // that batches of several processes lock rows in one order; a row lock serialises the events
  // of one call), a number that got through closes its open missed-call tasks, an ended call
  // takes along its agent's phone tickets, and each call's tickets come back.
  const { rows } = await sql<CallRow & { n: string; ticket_ids: number[] }>`
    WITH input AS (
      SELECT * FROM unnest(${column((i) => i.callId)}::text[], ${column((i) => i.caller)}::text[], ${column((i) => i.agentUserId)}::integer[],
        ${column((i) => i.extension)}::text[], ${column((i) => i.state)}::text[],
        ${column((i) => stamp(i, 'queued'))}::timestamptz[], ${column((i) => stamp(i, 'ringing'))}::timestamptz[],
        ${column((i) => stamp(i, 'answered'))}::timestamptz[], ${column((i) => stamp(i, 'ended'))}::timestamptz[],
        ${column((i) => i.line ?? null)}::text[], ${column((i) => i.recordingUrl)}::text[], ${column((i) => i.apiKeyId)}::integer[],
        ${column((i) => iso(i.now))}::timestamptz[])
        WITH ORDINALITY AS i(id, caller, agent_user_id, extension, state, queued_at, ringing_at, answered_at, ended_at, line, recording_url, api_key_id, now, n)
    ),
    up AS (
      INSERT INTO calls AS c (id, caller, agent_user_id, extension, state, queued_at, ringing_at, answered_at, ended_at,
        line, recording_url, api_key_id, created_at, updated_at)
      SELECT id, caller, agent_user_id, extension, state, queued_at, ringing_at, answered_at, ended_at, line, recording_url, api_key_id, now, now
      FROM input ORDER BY id
      ON CONFLICT (id) DO UPDATE SET
        state = CASE WHEN ${RANK_SQL('EXCLUDED.state')} >= ${RANK_SQL('c.state')} THEN EXCLUDED.state ELSE c.state END,
        queued_at = coalesce(c.queued_at, EXCLUDED.queued_at),
        ringing_at = coalesce(c.ringing_at, EXCLUDED.ringing_at),
        answered_at = coalesce(c.answered_at, EXCLUDED.answered_at),
        ended_at = coalesce(c.ended_at, EXCLUDED.ended_at),
        caller = coalesce(c.caller, EXCLUDED.caller),
        -- The agent who answers is the call's agent (a call may ring at a queue first).
        agent_user_id = coalesce(EXCLUDED.agent_user_id, c.agent_user_id),
        extension = coalesce(EXCLUDED.extension, c.extension),
        line = coalesce(c.line, EXCLUDED.line),
        recording_url = coalesce(EXCLUDED.recording_url, c.recording_url),
        updated_at = EXCLUDED.updated_at
      RETURNING c.*
    ),
    -- 漏接回拨: a number that got through closes the tasks of calls it missed before (and its
    -- own, when a late answered shows it was not missed after all).
    superseded AS (
      UPDATE missed_calls m SET state = 'superseded', closed_at = up.answered_at
      FROM up
      WHERE up.answered_at IS NOT NULL AND m.phone = up.caller AND m.state IN ('open', 'joined')
        AND (m.missed_at <= up.answered_at OR m.call_id = up.id)
    ),
    linked AS (
      INSERT INTO call_tickets (call_id, ticket_id, attached_by, attached_at)
      SELECT up.id, t.id, NULL, i.now
      FROM up JOIN input i ON i.id = up.id
        JOIN tickets t ON t.created_by = up.agent_user_id AND t.channel = 'phone'
        AND t.created_at >= coalesce(up.answered_at, up.ringing_at, up.created_at)
        AND t.created_at <= coalesce(up.ended_at, i.now)
      WHERE up.state = 'ended'
      ON CONFLICT DO NOTHING
      RETURNING call_id, ticket_id
    )
    SELECT up.*, i.n, ARRAY(SELECT ticket_id FROM call_tickets WHERE call_id = up.id UNION SELECT ticket_id FROM linked l WHERE l.call_id = up.id ORDER BY 1) AS ticket_ids
    FROM up JOIN input i ON i.id = up.id
    ORDER BY i.n`.execute(tx);
  const results: { call: CallRow; ticketIds: number[] }[] = [];
  for (const { ticket_ids, n, ...call } of rows) {
    // An unanswered call that ended: a missed-call task (its deadline needs the calendar).
    const caller = call.caller;
    if (call.state === 'ended' && !call.answered_at && caller) await settleMissedCall(tx, { ...call, caller }, inputs[Number(n) - 1].missedDueBy);
    results.push({ call, ticketIds: ticket_ids.map(Number) });
  }
  return results;
}

/** A call state's place in the order queued → ringing → answered → ended, in SQL. */
const RANK_SQL = (column: string) => sql`array_position(ARRAY['queued','ringing','answered','ended']::text[], ${sql.raw(column)})`;

/**
 * 漏接回拨: a call that ended unanswered from a known number becomes a task — unless the number
 * got through on a later call meanwhile; when the number already waits for a callback, the new
 * call joins that task instead of queueing twice. Repeating the event adds nothing.
 */
async function settleMissedCall(tx: Kysely<DB>, call: CallRow & { caller: string }, dueBy: CallEventInput['missedDueBy']): Promise<void> {
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

/** The active users of these usernames and the users signed in at these extensions (坐席签入), in one round trip. */
export async function agentsNamed(db: Kysely<DB>, usernames: string[], extensions: string[]): Promise<{ byUsername: Map<string, number>; byExtension: Map<string, number> }> {
  const byUsername = new Map<string, number>();
  const byExtension = new Map<string, number>();
  if (usernames.length === 0 && extensions.length === 0) return { byUsername, byExtension };
  const { rows } = await sql<{ by: 'username' | 'extension'; name: string; user_id: number }>`
    SELECT 'username' AS by, username AS name, id AS user_id FROM users WHERE username = ANY(${usernames}::text[]) AND active
    UNION ALL
    SELECT 'extension', extension, user_id FROM agent_extensions WHERE extension = ANY(${extensions}::text[])`.execute(db);
  for (const r of rows) (r.by === 'username' ? byUsername : byExtension).set(r.name, r.user_id);
  return { byUsername, byExtension };
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

/** The callers' post-call IVR ratings of each agent's service (1 非常满意 … 5 非常不满意) over calls started in [from, to). */
export async function ivrRatingsByAgent(db: Kysely<DB>, from: Date, to: Date): Promise<Map<number, { ratings: number; satisfied: number }>> {
  const rows = await db
    .selectFrom('calls')
    .select(['agent_user_id', (eb) => eb.fn.countAll<string>().as('ratings'), sql<string>`count(*) FILTER (WHERE survey_grade <= 3)`.as('satisfied')])
    .where('survey_grade', 'is not', null)
    .where('survey_subject', '=', 'service')
    .where('agent_user_id', 'is not', null)
    .where('started_at', '>=', from)
    .where('started_at', '<', to)
    .groupBy('agent_user_id')
    .execute();
  return new Map(rows.map((r) => [r.agent_user_id as number, { ratings: Number(r.ratings), satisfied: Number(r.satisfied) }]));
}
