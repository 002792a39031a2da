// Agents' states (坐席状态) and their history: agent_states holds the state now (no row: signed
// out), agent_state_log every state an agent was in with when it began and ended. Leaving
// after-call work (话后) fills in the ended call's wrap_up_seconds. Rules in domain/agent-state.ts.

import { sql, type Kysely, type Transaction } from 'kysely';
import { afterCallEnds, stateFromCall, wrapUpSeconds, type AgentState } from '../domain/agent-state.js';
import { callFloorSettings, type CallFloorSettings } from '../domain/call-floor.js';
import type { DB } from './schema.js';
import { inTransaction } from './tickets.js';

export interface AgentStateRow {
  userId: number;
  state: AgentState;
  reason: string | null;
  since: Date;
}

const toRow = (r: { user_id: number; state: string; reason: string | null; since: Date }): AgentStateRow => ({
  userId: r.user_id,
  state: r.state as AgentState,
  reason: r.reason,
  since: r.since,
});

export async function getAgentState(db: Kysely<DB>, userId: number): Promise<AgentStateRow | null> {
  const r = await db.selectFrom('agent_states').selectAll().where('user_id', '=', userId).executeTakeFirst();
  return r ? toRow(r) : null;
}

/**
 * The agents' states, locked for a change (a user's row serialises changes of one agent; locked
 * in the order of their ids so that concurrent batches cannot deadlock), and the floor's
 * after-call setting as stored: one round trip.
 */
async function lockStatesAndFloor(tx: Transaction<DB>, userIds: number[]): Promise<{ states: Map<number, AgentStateRow | null>; afterCallSeconds: number }> {
  const { rows } = await sql<{ user_id: number; state: string | null; reason: string | null; since: Date | null; floor: Partial<CallFloorSettings> | null }>`
    SELECT u.id AS user_id, s.state, s.reason, s.since, (SELECT value FROM settings WHERE key = 'call_floor') AS floor
    FROM users u LEFT JOIN agent_states s ON s.user_id = u.id
    WHERE u.id = ANY(${[...new Set(userIds)]}::integer[])
    ORDER BY u.id
    FOR UPDATE OF u`.execute(tx);
  const states = new Map<number, AgentStateRow | null>();
  for (const r of rows) states.set(r.user_id, r.state && r.since ? toRow({ user_id: r.user_id, state: r.state, reason: r.reason, since: r.since }) : null);
  // The setting is the same on every row; with no row, the defaults.
  return { states, afterCallSeconds: callFloorSettings(rows[0]?.floor).afterCallSeconds };
}

const lockState = async (tx: Transaction<DB>, userId: number) => (await lockStatesAndFloor(tx, [userId])).states.get(userId) ?? null;

/**
 * Moves an agent to a state (null: signed out) at a time. The open history row ends and a new
 * one begins; leaving after-call work gives the call that ended its wrap-up time. The same
 * state and reason again changes nothing. Returns whether anything changed.
 */
async function moveTo(
  tx: Transaction<DB>,
  current: AgentStateRow | null,
  userId: number,
  next: { state: AgentState; reason: string | null } | null,
  at: Date,
  afterCallSeconds: number,
): Promise<boolean> {
  if (!current && !next) return false;
  if (current && next && current.state === next.state && current.reason === next.reason) return false;
  // The history row ends, the next begins, the state now is set (or gone), and leaving after-call
  // work gives the answered call that ended when it began its 话后时长 (once: an earlier figure
  // stands): one statement.
  const state = next?.state ?? 'signed_out';
  const reason = next?.reason ?? null;
  const now = next
    ? sql`INSERT INTO agent_states (user_id, state, reason, since) VALUES (${userId}, ${next.state}, ${reason}, ${at}::timestamptz)
        ON CONFLICT (user_id) DO UPDATE SET state = EXCLUDED.state, reason = EXCLUDED.reason, since = EXCLUDED.since`
    : sql`DELETE FROM agent_states WHERE user_id = ${userId}`;
  const wrapUp =
    current?.state === 'after_call'
      ? sql`, wrapped AS (UPDATE calls SET wrap_up_seconds = ${wrapUpSeconds(current.since, at, afterCallSeconds)}::integer
          WHERE id = (SELECT id FROM calls WHERE agent_user_id = ${userId} AND answered_at IS NOT NULL AND ended_at <= ${current.since}::timestamptz
            AND wrap_up_seconds IS NULL ORDER BY ended_at DESC LIMIT 1))`
      : sql``;
  await sql`
    WITH ended AS (UPDATE agent_state_log SET ended_at = ${at}::timestamptz WHERE user_id = ${userId} AND ended_at IS NULL),
      began AS (INSERT INTO agent_state_log (user_id, state, reason, started_at, ended_at) VALUES (${userId}, ${state}, ${reason}, ${at}::timestamptz, NULL))
      ${wrapUp}
    ${now}`.execute(tx);
  return true;
}

/** After-call work past its automatic end becomes ready, as of that end. Returns the agents moved. */
async function expireOne(tx: Transaction<DB>, current: AgentStateRow | null, now: Date, afterCallSeconds: number): Promise<AgentStateRow | null> {
  if (current?.state !== 'after_call') return current;
  const end = afterCallEnds(current.since, afterCallSeconds);
  if (!end || end > now) return current;
  await moveTo(tx, current, current.userId, { state: 'ready', reason: null }, end, afterCallSeconds);
  return { userId: current.userId, state: 'ready', reason: null, since: end };
}

/** Every agent whose after-call work has run out is ready again (as of when it ran out). */
export async function expireAfterCall(db: Kysely<DB>, now: Date, afterCallSeconds: number): Promise<number[]> {
  if (afterCallSeconds <= 0) return [];
  const due = await db
    .selectFrom('agent_states')
    .select('user_id')
    .where('state', '=', 'after_call')
    .where('since', '<=', new Date(now.getTime() - afterCallSeconds * 1000))
    .execute();
  const moved: number[] = [];
  for (const { user_id } of due) {
    const done = await inTransaction(db, async (tx) => {
      const current = await lockState(tx, user_id);
      return (await expireOne(tx, current, now, afterCallSeconds)) !== current;
    });
    if (done) moved.push(user_id);
  }
  return moved;
}

export type StateChange = { changed: boolean; state: AgentStateRow | null; before: AgentStateRow | null };

/** The agent (or the console for them) sets a state; null signs out. */
export async function setAgentState(
  db: Kysely<DB>,
  input: { userId: number; next: { state: AgentState; reason: string | null } | null; now: Date; afterCallSeconds: number; /** May throw to refuse, or answer false to leave the state as it is. */ check?: (current: AgentStateRow | null) => boolean | void },
): Promise<StateChange> {
  return inTransaction(db, async (tx) => {
    const before = await expireOne(tx, await lockState(tx, input.userId), input.now, input.afterCallSeconds);
    if (input.check?.(before) === false) return { changed: false, before, state: before };
    const changed = await moveTo(tx, before, input.userId, input.next, input.now, input.afterCallSeconds);
    return { changed, before, state: changed ? (input.next ? { userId: input.userId, ...input.next, since: input.now } : null) : before };
  });
}

type CallForAgent = { agent_user_id: number | null; state: string; answered_at: Date | null; ended_at: Date | null };

/**
 * Telephony events for their calls' agents, in order, in the caller's transaction: answered → on
 * a call, an answered call ended → after-call work. One change per call, in the order given.
 */
export async function applyCallsToAgents(tx: Transaction<DB>, calls: CallForAgent[], now: Date): Promise<StateChange[]> {
  const none: StateChange = { changed: false, state: null, before: null };
  const moving = calls.filter((c) => c.agent_user_id != null && (c.state === 'answered' || c.state === 'ended'));
  if (moving.length === 0) return calls.map(() => none);
  const { states, afterCallSeconds } = await lockStatesAndFloor(tx, moving.map((c) => c.agent_user_id!));
  const changes: StateChange[] = [];
  for (const call of calls) {
    const userId = call.agent_user_id;
    if (userId == null || !states.has(userId)) {
      changes.push(none);
      continue;
    }
    const before = await expireOne(tx, states.get(userId) ?? null, now, afterCallSeconds);
    const next = stateFromCall(before, { state: call.state, answeredAt: call.answered_at, endedAt: call.ended_at });
    if (!next) {
      states.set(userId, before);
      changes.push({ changed: false, state: before, before });
      continue;
    }
    await moveTo(tx, before, userId, { state: next.state, reason: null }, next.since, afterCallSeconds);
    // An after-call period already over (an ended event that came late) ends at once.
    const after = await expireOne(tx, { userId, state: next.state, reason: null, since: next.since }, now, afterCallSeconds);
    states.set(userId, after);
    changes.push({ changed: true, state: after, before });
  }
  return changes;
}

export interface FloorAgent extends AgentStateRow {
  name: string;
  extension: string | null;
}

/** Everyone signed in on the floor, with their extension, longest in their state first. */
export async function floorAgents(db: Kysely<DB>): Promise<FloorAgent[]> {
  const rows = await db
    .selectFrom('agent_states as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .leftJoin('agent_extensions as e', 'e.user_id', 's.user_id')
    .select(['s.user_id', 's.state', 's.reason', 's.since', 'u.display_name', 'u.username', 'e.extension'])
    .orderBy('s.since')
    .orderBy('s.user_id')
    .execute();
  return rows.map((r) => ({ ...toRow(r), name: r.display_name ?? r.username, extension: r.extension ?? null }));
}
