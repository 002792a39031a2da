// Missed-call callbacks (漏接回拨): what one callback attempt does to a task. Pure: the store
// loads the task, this decides, the store writes.

export const MISSED_CALL_STATES = ['open', 'reached', 'unreachable', 'superseded', 'joined'] as const;
export type MissedCallState = (typeof MISSED_CALL_STATES)[number];
export const CALLBACK_OUTCOMES = ['reached', 'unreachable'] as const;
export type CallbackOutcome = (typeof CALLBACK_OUTCOMES)[number];

export interface CallbackAttempt {
  outcome: CallbackOutcome;
  /** The ticket registered for what the caller asked (reached). */
  ticketId: number | null;
  /** What was said: a direct answer (reached without a ticket), or why not reached. */
  note: string | null;
}

export type CallbackDecision =
  | { ok: true; state: MissedCallState; attempts: number; closed: boolean }
  | { ok: false; status: 400 | 409; code: string; detail: string };

/**
 * Reached closes the task, with the ticket registered or the direct answer given (a note);
 * unreachable counts an attempt and closes the task as unreachable at the last allowed attempt.
 */
export function decideCallback(task: { state: string; attempts: number }, attempt: CallbackAttempt, maxAttempts: number): CallbackDecision {
  if (task.state !== 'open') return { ok: false, status: 409, code: 'callback_closed', detail: '该漏接来电已处理完毕（已回拨、已再次来电接通或已并入其他来电），不能再登记回拨' };
  if (attempt.outcome === 'reached') {
    if (attempt.ticketId == null && !attempt.note) {
      return { ok: false, status: 400, code: 'reached_needs_outcome', detail: '回拨接通：请关联登记的工单，或填写直接答复的内容' };
    }
    return { ok: true, state: 'reached', attempts: task.attempts + 1, closed: true };
  }
  if (attempt.ticketId != null) return { ok: false, status: 400, code: 'ticket_needs_reached', detail: '未接通的回拨不能关联工单' };
  const attempts = task.attempts + 1;
  const closed = attempts >= Math.max(1, maxAttempts);
  return { ok: true, state: closed ? 'unreachable' : 'open', attempts, closed };
}
