// Agents' states on the call floor (坐席状态): ready 示闲, busy 示忙 (with a reason), on a call
// 通话中, after-call work 话后; no state is signed out (未签入). The console sets ready and busy;
// the telephony events set on_call and after_call. Pure rules; the store keeps the state and
// its history.

export const AGENT_STATES = ['ready', 'busy', 'on_call', 'after_call'] as const;
export type AgentState = (typeof AGENT_STATES)[number];

export const AGENT_STATE_LABELS: Record<AgentState, string> = { ready: '示闲', busy: '示忙', on_call: '通话中', after_call: '话后' };

export interface AgentStateNow {
  state: AgentState;
  since: Date;
}

/**
 * The state a telephony event puts the call's agent in, or null for none: answered → on a call;
 * an answered call that ended → after-call work. An event older than the agent's current state
 * (late, repeated, out of order) changes nothing.
 */
export function stateFromCall(
  current: AgentStateNow | null,
  call: { state: string; answeredAt: Date | null; endedAt: Date | null },
): { state: AgentState; since: Date } | null {
  let next: { state: AgentState; since: Date } | null = null;
  if (call.state === 'answered' && call.answeredAt) next = { state: 'on_call', since: call.answeredAt };
  else if (call.state === 'ended' && call.answeredAt && call.endedAt) next = { state: 'after_call', since: call.endedAt };
  if (!next) return null;
  if (current && (current.since > next.since || (current.state === next.state && current.since.getTime() === next.since.getTime()))) return null;
  return next;
}

/** When after-call work that began at `since` ends by itself (null: it does not). */
export function afterCallEnds(since: Date, afterCallSeconds: number): Date | null {
  return afterCallSeconds > 0 ? new Date(since.getTime() + afterCallSeconds * 1000) : null;
}

/** 话后时长: from the end of the call until the agent left after-call work, capped by the automatic end. */
export function wrapUpSeconds(since: Date, leftAt: Date, afterCallSeconds: number): number {
  const end = afterCallEnds(since, afterCallSeconds);
  const until = end && end < leftAt ? end : leftAt;
  return Math.max(0, Math.round((until.getTime() - since.getTime()) / 1000));
}
