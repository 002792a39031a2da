// 12345 ↔ 110 联动 (国办发〔2022〕12号): the rules of a hand-off between the hotline and the police
// platform, pure. Two directions:
//
//   out (转警): a ticket transferred to 110 (or 119/120/122, which 110's 联动 platform relays)
//       becomes a 警单 message to 110; 110 acknowledges with its record id (警情编号) and reports
//       back received → dispatched → handled (已接收 → 已派警 → 已处置). Each report lands on the
//       transferred ticket's timeline as a `police_feedback` event: the one event a transferred
//       ticket still accepts (no command does: a transferred ticket is out of the centre's hands).
//   in (非警务警情): 110 hands over a matter that is not police work; it becomes a ticket on channel
//       110 carrying 110's record id, and when that ticket is closed (办结) 110 is told our result.
//
// The HTTP contract is docs/interop-110.md.

import type { DomainError, EventPayloads, EventType, Ticket, TicketEvent } from './ticket-model.js';
import { EMERGENCY_SERVICES, MAX_TEXT, type EmergencyService } from './ticket-types.js';

/** What 110 reports on a transferred ticket, in the order it happens. */
export const POLICE_STATUSES = ['received', 'dispatched', 'handled'] as const; // 已接收 已派警 已处置
export type PoliceStatus = (typeof POLICE_STATUSES)[number];

export const POLICE_STATUS_LABELS: Record<PoliceStatus, string> = {
  received: '已接收',
  dispatched: '已派警',
  handled: '已处置',
};

/**
 * Where an outgoing hand-off stands: pending (the 警单 not yet delivered), sent (delivered, no
 * acknowledgement yet), then 110's statuses; failed: the 警单 could not be delivered (parked after
 * repeated failures). An incoming one (非警务警情): open until the ticket closes, then closed
 * (the result is on its way to, or has reached, 110).
 */
export const HANDOFF_STATES = ['pending', 'sent', 'received', 'dispatched', 'handled', 'failed', 'open', 'closed'] as const;
export type HandoffState = (typeof HANDOFF_STATES)[number];

export const HANDOFF_STATE_LABELS: Record<HandoffState, string> = {
  pending: '警单待发送',
  sent: '已发送，待 110 确认',
  received: '110 已接收',
  dispatched: '110 已派警',
  handled: '110 已处置',
  failed: '警单发送失败',
  open: '办理中',
  closed: '已办结，结果已反馈 110',
};

/** A police record id (警情编号) as 110 sends it: letters, digits and - _ . / : , at most 64. */
export const POLICE_RECORD_ID = /^[A-Za-z0-9][A-Za-z0-9_.:/-]{0,63}$/;

/** Minutes without an acknowledgement before the centre is alerted (admin setting; this is its default). */
export const DEFAULT_ACK_TIMEOUT_MINUTES = 10;

export const isEmergencyService = (s: string | null | undefined): s is EmergencyService => (EMERGENCY_SERVICES as readonly string[]).includes(s ?? '');

/** What the centre knows of an outgoing hand-off when 110 reports. */
export interface OutgoingHandoff {
  policeRecordId: string | null;
  state: HandoffState;
  /** The reports already on the timeline, for idempotence. */
  feedback: readonly { status: PoliceStatus; result: string | null; policeRecordId: string | null }[];
}

export interface FeedbackInput {
  policeRecordId: string;
  status: PoliceStatus;
  result?: string | null;
}

export type FeedbackDecision =
  | { ok: true; events: TicketEvent<'police_feedback'>[]; duplicate: boolean; state: HandoffState; policeRecordId: string }
  | { ok: false; error: DomainError };

const fail = (status: DomainError['status'], code: string, detail: string): FeedbackDecision => ({ ok: false, error: { status, code, detail } });

const RANK: Partial<Record<HandoffState, number>> = { pending: 0, failed: 0, sent: 1, received: 2, dispatched: 3, handled: 4 };

/** The state after a report: 110's statuses only move forward (a late "received" after "handled" is recorded, and changes nothing). */
export function stateAfter(current: HandoffState, status: PoliceStatus): HandoffState {
  return (RANK[status] ?? 0) > (RANK[current] ?? 0) ? status : current;
}

/**
 * 110 reports on a ticket transferred to it. Accepted only on a ticket transferred to an emergency
 * service; the record id must be the one 110 gave before (the first report, or the 警单's answer,
 * sets it). The same report again (same status, record id and text) is a duplicate: nothing new.
 * `via`: 'feedback' when 110 posted it, 'response' when it came as the answer to our 警单.
 */
export function decidePoliceFeedback(
  ticket: Pick<Ticket, 'status' | 'transferredTo'>,
  handoff: OutgoingHandoff | null,
  input: FeedbackInput,
  now: Date,
  via: 'feedback' | 'response' = 'feedback',
): FeedbackDecision {
  if (ticket.status !== 'transferred' || !isEmergencyService(ticket.transferredTo) || !handoff) {
    return fail(409, 'not_transferred_to_police', '该工单未转警（110/119/120/122），不能接收警情反馈');
  }
  const recordId = input.policeRecordId.trim();
  if (!POLICE_RECORD_ID.test(recordId)) return fail(400, 'invalid_police_record_id', '警情编号格式不正确');
  if (handoff.policeRecordId && handoff.policeRecordId !== recordId) {
    return fail(409, 'police_record_mismatch', `该工单的警情编号为 ${handoff.policeRecordId}，与反馈中的 ${recordId} 不一致`);
  }
  const result = input.result?.trim() || null;
  if (result && [...result].length > MAX_TEXT) return fail(400, 'result_too_long', `处置情况不能超过 ${MAX_TEXT} 个字符`);
  const state = stateAfter(handoff.state, input.status);
  const seen = handoff.feedback.some((f) => f.status === input.status && (f.result ?? null) === result && (f.policeRecordId ?? recordId) === recordId);
  if (seen) return { ok: true, events: [], duplicate: true, state: handoff.state, policeRecordId: recordId };
  const event: TicketEvent<'police_feedback'> = {
    type: 'police_feedback',
    at: now,
    actorId: null,
    payload: {
      service: ticket.transferredTo as EmergencyService,
      policeRecordId: recordId,
      status: input.status,
      label: POLICE_STATUS_LABELS[input.status],
      result,
      via,
    },
  };
  return { ok: true, events: [event], duplicate: false, state, policeRecordId: recordId };
}

/** An event as the timeline holds it (type and payload, discriminated). */
export type EventLike = { [K in EventType]: { type: K; payload: EventPayloads[K] } }[EventType];

/** Whether an event closes the ticket (办结 in any form): what 110 waits for on a handed-over ticket. */
export function closesTicket(e: EventLike): boolean {
  switch (e.type) {
    case 'answered':
    case 'closed':
    case 'refused':
      return true;
    case 'called_back':
      return e.payload.outcome !== 'pending' && e.payload.outcome !== 'reopened';
    default:
      return false;
  }
}

/**
 * Our result for 110 when a handed-over ticket closes: the direct answer, the refusal with where
 * the caller was sent, or the unit's last reply (the close note when there was none).
 */
export function handoverResult(timeline: readonly EventLike[], closing: EventLike): { outcome: 'answered' | 'refused' | 'closed'; result: string } {
  if (closing.type === 'answered') return { outcome: 'answered', result: closing.payload.content };
  if (closing.type === 'refused') {
    const p = closing.payload;
    return { outcome: 'refused', result: [`不予受理：${p.label}`, p.guidance, p.note].filter(Boolean).join('。') };
  }
  const reply = [...timeline].reverse().find((e) => e.type === 'replied');
  const note = closing.type === 'closed' ? closing.payload.note : closing.type === 'called_back' ? closing.payload.note : null;
  const text = reply?.type === 'replied' ? reply.payload.content : note;
  return { outcome: 'closed', result: text || '已办结' };
}

/** When the centre is to be alerted that 110 has not acknowledged a 警单 sent (transferred) at `since`. */
export function ackDueAt(since: Date, timeoutMinutes: number): Date {
  return new Date(since.getTime() + timeoutMinutes * 60_000);
}
