// Who may read what a citizen told the hotline. Every ticket's text is masked of personal data
// wherever it leaves the server (masking.ts); a confidential ticket (保密工单, GB/T 33358) is
// further withheld from everyone outside the centre and the lead unit's chain.

import { maskDeep, maskName, maskOptionalText, maskPhone, maskText } from './masking.js';
import type { Actor, Ticket } from './ticket.js';
import type { Role } from './ticket-types.js';

/**
 * The centre's roles that work a confidential ticket (registering, dispatching, calling back,
 * supervising, administering, and checking the call's quality: 质检员 listens and reads).
 */
const CENTRE_READERS: readonly (Role | 'system')[] = ['agent', 'dispatcher', 'callback_agent', 'supervisor', 'admin', 'quality_inspector', 'system'];

export const CONFIDENTIAL_TITLE = '【保密工单】';
export const CONFIDENTIAL_TEXT = '【保密工单】内容仅热线中心和主办单位可见';

/**
 * Whether the actor may read a ticket's text. A confidential ticket's content is for the centre
 * and the lead unit's chain (the lead unit and the units above it); not for assisting units nor
 * analysts, who work with counts.
 */
export function canReadContent(actor: Pick<Actor, 'role' | 'scope'>, ticket: Pick<Ticket, 'confidential' | 'unitId'>): boolean {
  if (!ticket.confidential) return true;
  if (CENTRE_READERS.includes(actor.role)) return true;
  return actor.role === 'unit_handler' && ticket.unitId != null && actor.scope.has(ticket.unitId);
}

/** The caller's full details of a confidential ticket are revealed only by an admin, with a reason. */
export function revealRefusal(role: Role, ticket: Pick<Ticket, 'confidential'>, reason: string | null | undefined): { status: 400 | 403; code: string; detail: string } | null {
  if (!ticket.confidential) return null;
  if (role !== 'admin') return { status: 403, code: 'confidential', detail: '保密工单的来电人信息只有管理员可以查看' };
  if (!reason?.trim()) return { status: 400, code: 'reason_required', detail: '查看保密工单的来电人信息须填写事由' };
  return null;
}

/** A ticket's text as a viewer may see it: masked, or withheld when confidential and not theirs to read. */
export function visibleText(
  ticket: Pick<Ticket, 'title' | 'content' | 'address' | 'callerName' | 'callerPhone' | 'confidential'>,
  readable: boolean,
): { title: string; content: string; address: string | null; callerName: string | null; callerPhone: string | null } {
  if (!readable) return { title: CONFIDENTIAL_TITLE, content: CONFIDENTIAL_TEXT, address: null, callerName: null, callerPhone: null };
  const names = [ticket.callerName];
  return {
    title: maskText(ticket.title, names),
    content: maskText(ticket.content, names),
    address: maskOptionalText(ticket.address, names),
    callerName: maskName(ticket.callerName),
    callerPhone: maskPhone(ticket.callerPhone),
  };
}

/**
 * Payload keys that carry what someone said or wrote: withheld on a confidential ticket (result:
 * 110's account of what it found, police_feedback).
 */
const TEXT_KEYS = new Set(['title', 'content', 'note', 'reason', 'address', 'callerName', 'callerPhone', 'reply', 'message', 'text', 'result']);

/** A timeline event's payload as a viewer may see it. */
export function visiblePayload<T extends Record<string, unknown>>(payload: T, callerName: string | null, readable: boolean): T {
  if (readable) return maskDeep(payload, [callerName]);
  // A list under a withheld key is withheld item by item; any other string is still masked, the
  // caller's name included.
  const walk = (v: unknown, key: string | null): unknown => {
    if (typeof v === 'string' && key && TEXT_KEYS.has(key)) return CONFIDENTIAL_TITLE;
    if (Array.isArray(v)) return v.map((x) => walk(x, key));
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v as Record<string, unknown>).map(([k, x]) => [k, walk(x, k)]));
    return typeof v === 'string' ? maskText(v, [callerName]) : v;
  };
  return walk(payload, null) as T;
}

/** A one-line label for a ticket in a notification, a list or a report: its masked title, or the confidential mark. */
export function ticketLabel(ticket: Pick<Ticket, 'title' | 'callerName' | 'confidential'>): string {
  return ticket.confidential ? CONFIDENTIAL_TITLE : maskText(ticket.title, [ticket.callerName]);
}
