// How tickets look over the API. Personal data is always masked here (the caller's name and
// phone, and phone or ID numbers typed into the request); the full details come only from the
// logged reveal endpoint.

import { maskName, maskPhone, maskText } from '../domain/masking.js';
import type { Ticket } from '../domain/ticket.js';
import type { ReferenceData } from '../store/reference.js';
import type { StoredEvent } from '../store/tickets.js';

const isoOrNull = (d: Date | null) => (d ? d.toISOString() : null);

export function presentTicket(t: Ticket, ref: ReferenceData) {
  return {
    id: t.id,
    number: t.number,
    status: t.status,
    channel: t.channel,
    line: t.line,
    type: t.type,
    priority: t.priority,
    title: maskText(t.title),
    content: maskText(t.content),
    caller: { name: maskName(t.callerName), phone: maskPhone(t.callerPhone) },
    address: t.address,
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

export function presentEvent(e: StoredEvent) {
  let payload = e.payload;
  if (e.type === 'registered') {
    // The registration carries the caller's details: mask them like the ticket itself.
    payload = {
      ...payload,
      title: maskText(String(payload.title ?? '')),
      content: maskText(String(payload.content ?? '')),
      callerName: maskName(payload.callerName as string | null),
      callerPhone: maskPhone(payload.callerPhone as string | null),
    };
  }
  return {
    seq: e.seq,
    type: e.type,
    at: e.at.toISOString(),
    actor: e.actorId == null ? { id: null, name: '系统', role: 'system' } : { id: e.actorId, name: e.actorName, role: e.actorRole },
    payload,
  };
}
