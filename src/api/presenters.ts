// How tickets look over the API. Personal data is always masked here (the caller's name and
// phone, and what identifies a person inside the text: masking.ts); a confidential ticket's
// text is withheld from viewers outside the centre and the lead unit's chain (privacy.ts). The
// full details come only from the logged reveal endpoint.

import { isoOrNull, ticketBaseView } from '../app/ticket-view.js';
import { chainOf } from '../domain/chain.js';
import { canReadContent, visiblePayload } from '../domain/privacy.js';
import type { Actor, ChainLevel, Ticket } from '../domain/ticket.js';
import type { ReferenceData } from '../store/reference.js';
import type { StoredEvent } from '../store/tickets.js';

/** Who is looking: their role and data scope decide what of a confidential ticket they read. */
export type Viewer = Pick<Actor, 'role' | 'scope'>;

/** Who a user id is, where the caller knows (the detail view names them from the timeline). */
export type UserNames = ReadonlyMap<number, string | null>;

/**
 * One level of the hand-down chain as a viewer sees it: its unit, state, deadlines, who handed
 * it down (the level above's unit; null above the lead level: the centre) and when, and its
 * texts (the hand-down note, a reply under review, the last rejection's reason) masked, or
 * withheld on a confidential ticket the viewer may not read, exactly like the ticket's content.
 */
function presentLevel(l: ChainLevel, i: number, chain: ChainLevel[], t: Ticket, ref: ReferenceData, readable: boolean, names?: UserNames) {
  const unitName = (id: number | null) => (id != null ? (ref.unitById.get(id)?.name ?? null) : null);
  const userName = (id: number | null) => (id != null ? (names?.get(id) ?? null) : null);
  const text = visiblePayload(
    { note: l.note, reply: l.reply ? { content: l.reply.content } : null, rejection: l.rejection ? { note: l.rejection.note } : null },
    t.callerName,
    readable,
  );
  const from = i > 0 ? chain[i - 1].unitId : null;
  return {
    level: i,
    unitId: l.unitId,
    unitName: unitName(l.unitId),
    state: l.state,
    at: l.at,
    delegatedBy: l.delegatedBy,
    delegatedByName: userName(l.delegatedBy),
    fromUnitId: from,
    fromUnitName: unitName(from),
    note: text.note,
    acceptBy: l.acceptBy,
    dueBy: l.dueBy,
    acceptWarnAt: l.acceptWarnAt,
    dueWarnAt: l.dueWarnAt,
    acceptedAt: l.acceptedAt,
    reply: l.reply && text.reply ? { content: text.reply.content, at: l.reply.at, by: l.reply.by, byName: userName(l.reply.by), unitId: l.reply.unitId } : null,
    rejection: l.rejection && text.rejection ? { note: text.rejection.note, at: l.rejection.at, by: l.rejection.by, byName: userName(l.rejection.by) } : null,
    alerts: l.alerts,
  };
}

export function presentTicket(t: Ticket, ref: ReferenceData, viewer: Viewer, names?: UserNames) {
  // The fields a unit's own system is sent too (app/ticket-view.ts); the console's own follow.
  const { readable, view } = ticketBaseView(t, ref, viewer);
  const chain = chainOf(t);
  const lead = view.leadUnitId;
  // What a unit wrote on a return or an extension request is text like any other.
  const pending = <P extends { reason: string }>(p: P | null) => (p ? { ...p, reason: visiblePayload({ reason: p.reason }, t.callerName, readable).reason } : null);
  return {
    ...view,
    line: t.line,
    publicConsent: t.publicConsent,
    centreId: t.centreId,
    centreName: t.centreId != null ? (ref.unitById.get(t.centreId)?.name ?? null) : null,
    leadUnitName: lead != null ? (ref.unitById.get(lead)?.name ?? null) : null,
    chain: chain.map((l, i) => presentLevel(l, i, chain, t, ref, readable, names)),
    // 派单时限: counted from the call — a returned ticket's citizen has been waiting since then too.
    dispatchBy: t.status === 'registered' ? ref.calendar.addWorkingMinutes(t.createdAt, ref.policy.dispatchMinutes).toISOString() : null,
    acceptWarnAt: isoOrNull(t.acceptWarnAt),
    dueWarnAt: isoOrNull(t.dueWarnAt),
    callbackDueBy: isoOrNull(t.callbackDueBy),
    firstRepliedAt: isoOrNull(t.firstRepliedAt),
    handlingMinutes: t.handlingMinutes,
    replyScore: t.replyScore,
    pendingReturn: pending(t.pendingReturn),
    pendingExtension: pending(t.pendingExtension),
    extendedDays: t.extendedDays,
    returnCount: t.returnCount,
    directAnswer: t.directAnswer,
    reopenCount: t.reopenCount,
    callbackAttempts: t.callbackAttempts,
    resolved: t.resolved,
    satisfaction: t.satisfaction,
    mergedInto: t.mergedInto,
    transferredTo: t.transferredTo,
    // 重复件 (app/repeats.ts): the earlier ticket's id, like mergedInto; a viewer outside its scope gets a 404 there.
    repeatOf: t.repeatOf,
    repeatReason: t.repeatReason,
    assigneeId: t.assigneeId,
    createdAt: t.createdAt.toISOString(),
    updatedAt: t.updatedAt.toISOString(),
  };
}

/** A timeline event: every text in it masked, or withheld on a confidential ticket the viewer may not read. */
export function presentEvent(e: StoredEvent, ticket: Pick<Ticket, 'callerName' | 'confidential' | 'unitId'>, viewer: Viewer) {
  return {
    seq: e.seq,
    type: e.type,
    at: e.at.toISOString(),
    actor: e.actorId == null ? { id: null, name: '系统', role: 'system' } : { id: e.actorId, name: e.actorName, role: e.actorRole },
    payload: visiblePayload(e.payload, ticket.callerName, canReadContent(viewer, ticket)),
  };
}
