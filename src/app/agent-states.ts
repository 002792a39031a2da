// Agents' states as use cases (坐席状态): the agent goes ready or busy (with a reason from the
// floor's list), signs in at an extension (starting busy until they go ready) or out (no
// state); the telephony's events put the call's agent on a call and into after-call work.
// Every change is announced to the floor (大屏) after it commits.

import type { AgentState } from '../domain/agent-state.js';
import { expireAfterCall, getAgentState, setAgentState, type AgentStateRow } from '../store/agent-states.js';
import { getCallFloorSettings } from '../store/call-floor-settings.js';
import { setExtension, STALE_CALL_MS } from '../store/calls.js';
import { announce, type Change } from '../store/events.js';
import type { AppContext } from './context.js';

/** The reason a freshly signed-in agent is busy with, until they go ready (签入后未示闲). */
export const SIGNED_IN_REASON = '签入';

export class AgentStateProblem extends Error {
  constructor(
    readonly status: 400 | 409,
    readonly code: string,
    readonly detail: string,
  ) {
    super(detail);
  }
}

const floorChanged = (ctx: AppContext, userId: number | null, what: 'agent_state' | 'call') =>
  announce(ctx.db, { kind: 'floor', what, userId }).catch((err) => ctx.log.error({ err }, 'floor announce failed'));

/** After-call work that ran out becomes ready (lazily, whenever the floor is read or changed). */
export async function settleAfterCall(ctx: AppContext): Promise<void> {
  const floor = await getCallFloorSettings(ctx.db);
  const moved = await expireAfterCall(ctx.db, ctx.now(), floor.afterCallSeconds);
  for (const userId of moved) await floorChanged(ctx, userId, 'agent_state');
}

export async function myAgentState(ctx: AppContext, userId: number): Promise<AgentStateRow | null> {
  await settleAfterCall(ctx);
  return getAgentState(ctx.db, userId);
}

/** 示闲 / 示忙: the agent's own word. Not while on a call (the telephony ends that), unless that call went stale. */
export async function changeMyState(ctx: AppContext, userId: number, next: { state: Extract<AgentState, 'ready' | 'busy'>; reason: string | null }) {
  const floor = await getCallFloorSettings(ctx.db);
  const now = ctx.now();
  if (next.state === 'busy' && (!next.reason || !floor.busyReasons.includes(next.reason))) {
    throw new AgentStateProblem(400, 'unknown_busy_reason', `示忙须选择原因：${floor.busyReasons.join('、')}`);
  }
  const result = await setAgentState(ctx.db, {
    userId,
    next: { state: next.state, reason: next.state === 'busy' ? next.reason : null },
    now,
    afterCallSeconds: floor.afterCallSeconds,
    check: (current) => {
      if (current?.state === 'on_call' && now.getTime() - current.since.getTime() < STALE_CALL_MS) {
        throw new AgentStateProblem(409, 'on_call', '通话中不能切换状态：挂断后再示闲或示忙');
      }
    },
  });
  if (result.changed) await floorChanged(ctx, userId, 'agent_state');
  return result.state;
}

/** 签入/签出: at an extension the agent is on the floor (busy until ready); signing out ends the state. */
export async function signInAtExtension(ctx: AppContext, userId: number, extension: string | null): Promise<void> {
  const floor = await getCallFloorSettings(ctx.db);
  const now = ctx.now();
  await setExtension(ctx.db, userId, extension, now);
  const result = await setAgentState(ctx.db, {
    userId,
    next: extension == null ? null : { state: 'busy', reason: SIGNED_IN_REASON },
    now,
    afterCallSeconds: floor.afterCallSeconds,
    // Already on the floor (a new extension, the same one again): the state stands.
    check: (current) => extension == null || current == null,
  });
  if (result.changed) await floorChanged(ctx, userId, 'agent_state');
}

/** The floor's change for a recorded call event: an agent's state moved, or only the calls waiting. */
export function callFloorChange(call: { agent_user_id: number | null }, agentMoved: boolean): Change {
  return { kind: 'floor', what: agentMoved ? 'agent_state' : 'call', userId: call.agent_user_id };
}
