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
 * The agent's state, locked for a change (the user's row serialises changes of one agent), and the
 * floor's after-call setting as stored: one round trip.
 */
async function lockStateAndFloor(tx: Transaction<DB>, userId: number): Promise<{ state: AgentStateRow | null; afterCallSeconds: number }> {
  const { rows } = await sql<{ user_id: number; state: string | null; reason: string | null; since: Date | null; floor: Partial<CallFloorSettings> | null }>`
    SELECT u.id AS user_id, s.state, s.reason, s.since, (SELECT value FROM settings WHERE key = 'call_floor') AS floor
    FROM users u LEFT JOIN agent_states s ON s.user_id = u.id
    WHERE u.id = ${userId}
    FOR UPDATE OF u`.execute(tx);
  const r = rows[0];
  return {
    state: r?.state && r.since ? toRow({ user_id: r.user_id, state: r.state, reason: r.reason, since: r.since }) : null,
    afterCallSeconds: callFloorSettings(r?.floor).afterCallSeconds,
  };
}

const lockState = async (tx: Transaction<DB>, userId: number) => (await lockStateAndFloor(tx, userId)).state;

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
  if (current?.state === 'after_call') await fillWrapUp(tx, userId, current.since, at, afterCallSeconds);
  // The history row ends, the next begins, and the state now is set (or gone): one statement.
  const state = next?.state ?? 'signed_out';
  const reason = next?.reason ?? null;
  const now = next
    ? sql`INSERT INTO agent_states (user_id, state, reason, since) VALUES (${userId}, ${next.state}, ${reason}, ${at}::timestamptz)
        ON CONFLICT (user_id) DO UPDATE SET state = EXCLUDED.state, reason = EXCLUDED.reason, since = EXCLUDED.since`
    : sql`DELETE FROM agent_states WHERE user_id = ${userId}`;
  await sql`
    WITH ended AS (UPDATE agent_state_log SET ended_at = ${at}::timestamptz WHERE user_id = ${userId} AND ended_at IS NULL),
      began AS (INSERT INTO agent_state_log (user_id, state, reason, started_at, ended_at) VALUES (${userId}, ${state}, ${reason}, ${at}::timestamptz, NULL))
    ${now}`.execute(tx);
  return true;
}

/** 话后时长 of the answered call that ended when after-call work began (once: an earlier figure stands). */
async function fillWrapUp(tx: Transaction<DB>, userId: number, since: Date, leftAt: Date, afterCallSeconds: number): Promise<void> {
  const call = await tx
    .selectFrom('calls')
    .select('id')
    .where('agent_user_id', '=', userId)
    .where('answered_at', 'is not', null)
    .where('ended_at', '<=', since)
    .where('wrap_up_seconds', 'is', null)
    .orderBy('ended_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (call) await tx.updateTable('calls').set({ wrap_up_seconds: wrapUpSeconds(since, leftAt, afterCallSeconds) }).where('id', '=', call.id).execute();
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

/** A telephony event for the call's agent: answered → on a call, an answered call ended → after-call work. */
export async function applyCallToAgent(
  db: Kysely<DB>,
  call: { agent_user_id: number | null; state: string; answered_at: Date | null; ended_at: Date | null },
  now: Date,
): Promise<StateChange> {
  const userId = call.agent_user_id;
  if (userId == null) return { changed: false, state: null, before: null };
  return inTransaction(db, async (tx) => {
    const locked = await lockStateAndFloor(tx, userId);
    const afterCallSeconds = locked.afterCallSeconds;
    const before = await expireOne(tx, locked.state, now, afterCallSeconds);
    const next = stateFromCall(before, { state: call.state, answeredAt: call.answered_at, endedAt: call.ended_at });
    if (!next) return { changed: false, state: before, before };
    await moveTo(tx, before, userId, { state: next.state, reason: null }, next.since, afterCallSeconds);
    // An after-call period already over (an ended event that came late) ends at once.
    const after = await expireOne(tx, { userId, state: next.state, reason: null, since: next.since }, now, afterCallSeconds);
    return { changed: true, state: after, before };
  });
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
