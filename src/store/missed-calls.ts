// Missed-call callbacks (漏接回拨): the open tasks oldest first, one task's detail, and a
// callback attempt recorded with its outcome. The tasks themselves are made by recordCallEvents
// (settleMissedCall in calls.ts): one per abandoned call from a known number, later misses of a
// waiting number joined to it, superseded when the number gets through.

import { sql, type Kysely } from 'kysely';
import { decideCallback, type CallbackAttempt, type MissedCallState } from '../domain/missed-call.js';
import type { DB } from './schema.js';
import { inTransaction } from './tickets.js';

export interface MissedCallTask {
  callId: string;
  phone: string;
  line: string | null;
  missedAt: Date;
  dueBy: Date;
  state: MissedCallState;
  attempts: number;
  /** The calls the task stands for: its own and the later misses joined to it. */
  calls: number;
  lastMissedAt: Date;
  lastAttemptAt: Date | null;
  lastNote: string | null;
  ticketId: number | null;
  closedAt: Date | null;
}

export class MissedCallProblem extends Error {
  constructor(
    readonly status: 400 | 404 | 409,
    readonly code: string,
    readonly detail: string,
  ) {
    super(detail);
  }
}

function tasks(db: Kysely<DB>) {
  return db
    .selectFrom('missed_calls as m')
    .selectAll('m')
    .select([
      sql<number>`1 + (SELECT count(*) FROM missed_calls j WHERE j.joined_to = m.call_id)`.as('calls'),
      sql<Date>`GREATEST(m.missed_at, (SELECT max(j.missed_at) FROM missed_calls j WHERE j.joined_to = m.call_id))`.as('last_missed_at'),
      sql<Date | null>`(SELECT max(a.at) FROM missed_call_attempts a WHERE a.call_id = m.call_id)`.as('last_attempt_at'),
      sql<string | null>`(SELECT a.note FROM missed_call_attempts a WHERE a.call_id = m.call_id ORDER BY a.at DESC, a.id DESC LIMIT 1)`.as('last_note'),
    ]);
}

type TaskRow = Awaited<ReturnType<ReturnType<typeof tasks>['executeTakeFirstOrThrow']>>;

const toTask = (r: TaskRow): MissedCallTask => ({
  callId: r.call_id,
  phone: r.phone,
  line: r.line,
  missedAt: r.missed_at,
  dueBy: r.due_by,
  state: r.state as MissedCallState,
  attempts: r.attempts,
  calls: Number(r.calls),
  lastMissedAt: new Date(r.last_missed_at),
  lastAttemptAt: r.last_attempt_at ? new Date(r.last_attempt_at) : null,
  lastNote: r.last_note,
  ticketId: r.ticket_id,
  closedAt: r.closed_at,
});

/** The callback queue: open tasks, the oldest miss first. */
export async function openMissedCalls(db: Kysely<DB>, limit = 500): Promise<{ items: MissedCallTask[]; total: number }> {
  const [rows, total] = await Promise.all([
    tasks(db).where('m.state', '=', 'open').orderBy('m.missed_at').orderBy('m.call_id').limit(limit).execute(),
    db.selectFrom('missed_calls').select((eb) => eb.fn.countAll<string>().as('n')).where('state', '=', 'open').executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(toTask), total: Number(total.n) };
}

/**
 * The task a call id names: its own, or — for a later miss joined to a waiting number's task —
 * the task it joined. Null when the call is not a missed call at all.
 */
export async function missedCallTask(db: Kysely<DB>, callId: string): Promise<MissedCallTask | null> {
  const own = await db.selectFrom('missed_calls').select(['call_id', 'joined_to']).where('call_id', '=', callId).executeTakeFirst();
  if (!own) return null;
  const r = await tasks(db).where('m.call_id', '=', own.joined_to ?? own.call_id).executeTakeFirst();
  return r ? toTask(r) : null;
}

/** Figures for the wallboard: tasks not yet called back, how many overdue, the oldest. */
export async function missedSummary(db: Kysely<DB>, now: Date): Promise<{ open: number; overdue: number; oldestAt: Date | null; oldestDueBy: Date | null }> {
  const r = await db
    .selectFrom('missed_calls')
    .select((eb) => [
      eb.fn.countAll<string>().as('open'),
      sql<string>`count(*) FILTER (WHERE due_by <= ${now})`.as('overdue'),
      eb.fn.min('missed_at').as('oldest_at'),
      eb.fn.min('due_by').as('oldest_due'),
    ])
    .where('state', '=', 'open')
    .executeTakeFirstOrThrow();
  return {
    open: Number(r.open),
    overdue: Number(r.overdue),
    oldestAt: r.oldest_at ? new Date(r.oldest_at as Date) : null,
    oldestDueBy: r.oldest_due ? new Date(r.oldest_due as Date) : null,
  };
}

/**
 * One callback attempt (回拨): recorded with who, when and what came of it; the task closes when
 * reached, or as unreachable at the last allowed attempt. A closed task takes no more attempts.
 */
export async function recordCallback(
  db: Kysely<DB>,
  input: { callId: string; userId: number; attempt: CallbackAttempt; now: Date; maxAttempts: number },
): Promise<MissedCallTask> {
  return inTransaction(db, async (tx) => {
    const call = await tx.selectFrom('calls').select('id').where('id', '=', input.callId).executeTakeFirst();
    if (!call) throw new MissedCallProblem(404, 'call_not_found', '通话不存在');
    const own = await tx.selectFrom('missed_calls').select(['call_id', 'joined_to']).where('call_id', '=', input.callId).executeTakeFirst();
    if (!own) throw new MissedCallProblem(404, 'missed_call_not_found', '该通话不是漏接来电，没有回拨任务');
    const taskId = own.joined_to ?? own.call_id;
    const task = await tx.selectFrom('missed_calls').select(['call_id', 'state', 'attempts']).where('call_id', '=', taskId).forUpdate().executeTakeFirstOrThrow();
    const decision = decideCallback(task, input.attempt, input.maxAttempts);
    if (!decision.ok) throw new MissedCallProblem(decision.status, decision.code, decision.detail);
    if (input.attempt.ticketId != null) {
      const ticket = await tx.selectFrom('tickets').select('id').where('id', '=', input.attempt.ticketId).executeTakeFirst();
      if (!ticket) throw new MissedCallProblem(404, 'ticket_not_found', '工单不存在');
    }
    await tx
      .insertInto('missed_call_attempts')
      .values({ call_id: taskId, user_id: input.userId, outcome: input.attempt.outcome, ticket_id: input.attempt.ticketId, note: input.attempt.note, at: input.now })
      .execute();
    await tx
      .updateTable('missed_calls')
      .set({
        state: decision.state,
        attempts: decision.attempts,
        ...(decision.closed ? { closed_at: input.now, closed_by: input.userId } : {}),
        ...(input.attempt.ticketId != null ? { ticket_id: input.attempt.ticketId } : {}),
      })
      .where('call_id', '=', taskId)
      .execute();
    const r = await tasks(tx).where('m.call_id', '=', taskId).executeTakeFirstOrThrow();
    return toTask(r);
  });
}
