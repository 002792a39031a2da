// The part of a ticket every viewer-facing view shares: the console's (api/presenters.ts
// presentTicket) and a unit's own system's webhook body (unit-systems.ts unitTicketView). One
// place applies the privacy rules (domain/privacy.ts): personal data masked; a confidential
// ticket's text withheld from viewers outside the centre and the lead unit's chain.

import { actorLevel, leadUnitId } from '../domain/chain.js';
import { canReadContent, visibleText } from '../domain/privacy.js';
import type { Actor, Ticket } from '../domain/ticket.js';
import type { ReferenceData } from '../store/reference.js';

export const isoOrNull = (d: Date | null) => (d ? d.toISOString() : null);

/**
 * The shared fields as `viewer` sees them, and whether the viewer may read the ticket's text
 * (`readable`, for the caller's own texts: the chain's notes, a pending return's reason).
 */
export function ticketBaseView(t: Ticket, ref: ReferenceData, viewer: Pick<Actor, 'role' | 'scope'>) {
  const readable = canReadContent(viewer, t);
  const text = visibleText(t, readable);
  const level = actorLevel(viewer, t);
  const view = {
    id: t.id,
    number: t.number,
    status: t.status,
    channel: t.channel,
    type: t.type,
    priority: t.priority,
    title: text.title,
    content: text.content,
    caller: { name: text.callerName, phone: text.callerPhone },
    address: text.address,
    confidential: t.confidential,
    categoryId: t.categoryId,
    categoryName: t.categoryId != null ? (ref.categoryById.get(t.categoryId)?.name ?? null) : null,
    districtId: t.districtId,
    districtName: t.districtId != null ? (ref.unitById.get(t.districtId)?.name ?? null) : null,
    unitId: t.unitId,
    unitName: t.unitId != null ? (ref.unitById.get(t.unitId)?.name ?? null) : null,
    leadUnitId: leadUnitId(t),
    assistUnitIds: t.assistUnitIds,
    /** The viewer's level in the hand-down chain (0: lead unit); null: not in it (the centre, assisting). */
    myLevel: level >= 0 ? level : null,
    acceptBy: isoOrNull(t.acceptBy),
    dueBy: isoOrNull(t.dueBy),
    alerts: t.alerts,
    supervision: t.supervision,
    dispatchedAt: isoOrNull(t.dispatchedAt),
    acceptedAt: isoOrNull(t.acceptedAt),
    repliedAt: isoOrNull(t.repliedAt),
    closedAt: isoOrNull(t.closedAt),
    version: t.version,
  };
  return { readable, view };
}
