// 12345 ↔ 110 联动 (issue 17 item 2): the use cases. 110 reports on a ticket transferred to it
// (feedback), 110's answer to our 警单 acknowledges it, 110 hands over a non-police matter
// (非警务警情) as a ticket on channel 110; and the documents we send 110 (the 警单, our result).
// The rules are src/domain/police.ts; the contract docs/interop-110.md.

import type { Transaction } from 'kysely';
import { decidePoliceFeedback, handoverResult, POLICE_RECORD_ID, type EventLike, type HandoffState, type PoliceStatus } from '../domain/police.js';
import { SYSTEM_ACTOR, type Ticket } from '../domain/ticket.js';
import type { TicketType } from '../domain/ticket-types.js';
import { applyFeedback, feedbackOnTimeline, handoverByRecord, insertHandover, lockForFeedback } from '../store/police.js';
import type { DB } from '../store/schema.js';
import { DomainFailure, inTransaction } from '../store/tickets.js';
import type { AppContext } from './context.js';
import { registerRequest } from './register.js';

/** The version of the documents we send 110 (docs/interop-110.md). */
export const DOCUMENT_VERSION = 'v1';

export interface FeedbackResult {
  ticketId: number;
  ticketNumber: string;
  policeRecordId: string;
  state: HandoffState;
  /** The same report was recorded before: nothing changed. */
  duplicate: boolean;
}

/** 110 reports received / dispatched / handled on a ticket transferred to it; lands on the timeline. */
export async function recordPoliceFeedback(
  ctx: AppContext,
  input: { ticketNumber: string; policeRecordId: string; status: PoliceStatus; result?: string | null },
  via: 'feedback' | 'response' = 'feedback',
  where?: { id: number },
): Promise<FeedbackResult> {
  const now = ctx.now();
  const res = await inTransaction(ctx.db, async (tx) => {
    const found = await lockForFeedback(tx, where ?? { number: input.ticketNumber });
    if (!found) throw new DomainFailure({ status: 404, code: 'ticket_not_found', detail: `工单 ${input.ticketNumber} 不存在` });
    const { ticket, handoff } = found;
    const feedback = handoff ? await feedbackOnTimeline(tx, ticket.id) : [];
    const decision = decidePoliceFeedback(ticket, handoff ? { policeRecordId: handoff.policeRecordId, state: handoff.state, feedback } : null, input, now, via);
    if (!decision.ok) throw new DomainFailure(decision.error);
    if (!decision.duplicate || handoff!.policeRecordId == null) {
      await applyFeedback(tx, ticket, handoff!, decision.events, { state: decision.state, policeRecordId: decision.policeRecordId, at: now });
    }
    return { ticketId: ticket.id, ticketNumber: ticket.number, policeRecordId: decision.policeRecordId, state: decision.state, duplicate: decision.duplicate };
  });
  if (!res.duplicate) ctx.listeners.nudge();
  return res;
}

/**
 * 110 answered our 警单 with its record id: the acknowledgement (已接收), on the timeline like a
 * report. A refusal by the rules (the ticket's record id is already another) is logged, not thrown:
 * the message was delivered all the same.
 */
export async function acknowledgeTransfer(ctx: AppContext, ticketId: number, policeRecordId: string): Promise<void> {
  if (!POLICE_RECORD_ID.test(policeRecordId)) {
    ctx.log.warn({ interop110: { ticketId, policeRecordId } }, '110 answered the 警单 with a malformed record id; ignored');
    return;
  }
  try {
    await recordPoliceFeedback(ctx, { ticketNumber: '', policeRecordId, status: 'received', result: null }, 'response', { id: ticketId });
  } catch (err) {
    if (!(err instanceof DomainFailure)) throw err;
    ctx.log.warn({ interop110: { ticketId, policeRecordId, code: err.error.code } }, '110 answered the 警单; its record id was not taken');
  }
}

export interface HandoverInput {
  policeRecordId: string;
  content: string;
  caller?: { phone: string; name?: string | null } | null;
  address?: string | null;
  type?: TicketType;
}

/**
 * 110 hands over a non-police matter (非警务警情): a ticket on channel 110, registered the usual
 * way (automatic dispatch, deadlines …), carrying 110's record id. The same record id again gets
 * the same ticket (created: false), whatever else it says.
 */
export async function handOver(ctx: AppContext, input: HandoverInput): Promise<{ ticket: Pick<Ticket, 'id' | 'number'>; created: boolean }> {
  const recordId = input.policeRecordId.trim();
  const existing = await handoverByRecord(ctx.db, recordId);
  if (existing) return { ticket: existing, created: false };
  const now = ctx.now();
  const reg = await registerRequest(
    ctx,
    SYSTEM_ACTOR,
    {
      channel: '110',
      type: input.type ?? 'help',
      content: input.content,
      callerName: input.caller?.name ?? null,
      callerPhone: input.caller?.phone ?? null,
      address: input.address ?? null,
    },
    {
      now,
      // Concurrent hand-overs of one record id: one ticket (the key's row serialises them).
      idempotency: { scope: 'interop:110', key: recordId, requestHash: 'handover' },
      alongside: (tx: Transaction<DB>, ticket) => insertHandover(tx, ticket.id, recordId, now),
    },
  );
  return { ticket: { id: reg.registered.id, number: reg.registered.number }, created: !reg.replayed };
}

/** The row of a ticket the documents are built from. */
export interface TicketForPolice {
  id: number;
  number: string;
  type: string;
  priority: string;
  channel: string;
  title: string;
  content: string;
  callerName: string | null;
  callerPhone: string | null;
  address: string | null;
  createdAt: Date;
  categoryName: string | null;
  districtName: string | null;
}

/**
 * The 警单 (docs/interop-110.md "What we send"): the ticket and the caller's data unmasked — the
 * police may see them (国办发〔2022〕12号) — and what the agent noted on the transfer.
 */
export function transferDocument(messageKey: { handoffId: number; eventId: number }, t: TicketForPolice, transfer: { to: string; note: string | null; at: Date; agent: string | null }) {
  return {
    v: DOCUMENT_VERSION,
    type: 'transfer',
    handoffId: messageKey.handoffId,
    eventId: messageKey.eventId,
    service: transfer.to,
    ticketId: t.id,
    ticketNumber: t.number,
    transferredAt: transfer.at.toISOString(),
    transferredBy: transfer.agent,
    note: transfer.note,
    ticket: {
      type: t.type,
      priority: t.priority,
      channel: t.channel,
      title: t.title,
      content: t.content,
      address: t.address,
      category: t.categoryName,
      district: t.districtName,
      registeredAt: t.createdAt.toISOString(),
    },
    caller: { name: t.callerName, phone: t.callerPhone },
  };
}

/** Our result on a handed-over ticket, when it closes (办结). */
export function resultDocument(
  messageKey: { handoffId: number; eventId: number },
  t: Pick<TicketForPolice, 'id' | 'number'>,
  policeRecordId: string,
  timeline: readonly EventLike[],
  closing: EventLike & { at: Date },
  unitName: string | null,
) {
  const { outcome, result } = handoverResult(timeline, closing);
  return {
    v: DOCUMENT_VERSION,
    type: 'result',
    handoffId: messageKey.handoffId,
    eventId: messageKey.eventId,
    policeRecordId,
    ticketId: t.id,
    ticketNumber: t.number,
    outcome,
    result,
    unit: unitName,
    closedAt: closing.at.toISOString(),
  };
}
