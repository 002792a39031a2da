// How tickets look over the API. Personal data is always masked here (the caller's name and
// phone, and what identifies a person inside the text: masking.ts); a confidential ticket's
// text is withheld from viewers outside the centre and the lead unit's chain (privacy.ts). The
// full details come only from the logged reveal endpoint.

import { canReadContent, visiblePayload, visibleText } from '../domain/privacy.js';
import type { Actor, Ticket } from '../domain/ticket.js';
import type { ReferenceData } from '../store/reference.js';
import type { StoredEvent } from '../store/tickets.js';

const isoOrNull = (d: Date | null) => (d ? d.toISOString() : null);

/** Who is looking: their role and data scope decide what of a confidential ticket they read. */
export type Viewer = Pick<Actor, 'role' | 'scope'>;

export function presentTicket(t: Ticket, ref: ReferenceData, viewer: Viewer) {
  const text = visibleText(t, canReadContent(viewer, t));
  return {
    id: t.id,
    number: t.number,
    status: t.status,
    channel: t.channel,
    line: t.line,
    type: t.type,
    priority: t.priority,
    title: text.title,
    content: text.content,
    caller: { name: text.callerName, phone: text.callerPhone },
    address: text.address,
    confidential: t.confidential,
    publicConsent: t.publicConsent,
    categoryId: t.categoryId,
    categoryName: t.categoryId != null ? (ref.categoryById.get(t.categoryId)?.name ?? null) : null,
    districtId: t.districtId,
    districtName: t.districtId != null ? (ref.unitById.get(t.districtId)?.name ?? null) : null,
    unitId: t.unitId,
    unitName: t.unitId != null ? (ref.unitById.get(t.unitId)?.name ?? null) : null,
    assistUnitIds: t.assistUnitIds,
    acceptBy: isoOrNull(t.acceptBy),
    dueBy: isoOrNull(t.dueBy),
    acceptWarnAt: isoOrNull(t.acceptWarnAt),
    dueWarnAt: isoOrNull(t.dueWarnAt),
    callbackDueBy: isoOrNull(t.callbackDueBy),
    alerts: t.alerts,
    supervision: t.supervision,
    dispatchedAt: isoOrNull(t.dispatchedAt),
    acceptedAt: isoOrNull(t.acceptedAt),
    repliedAt: isoOrNull(t.repliedAt),
    firstRepliedAt: isoOrNull(t.firstRepliedAt),
    handlingMinutes: t.handlingMinutes,
    replyScore: t.replyScore,
    closedAt: isoOrNull(t.closedAt),
    pendingReturn: t.pendingReturn,
    pendingExtension: t.pendingExtension,
    extendedDays: t.extendedDays,
    returnCount: t.returnCount,
    directAnswer: t.directAnswer,
    reopenCount: t.reopenCount,
    callbackAttempts: t.callbackAttempts,
    resolved: t.resolved,
    satisfaction: t.satisfaction,
    mergedInto: t.mergedInto,
    transferredTo: t.transferredTo,
    createdAt: t.createdAt.toISOString(),
    updatedAt: t.updatedAt.toISOString(),
    version: t.version,
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
