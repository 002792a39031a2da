// Which steps the signed-in user may take on a ticket now: the domain's own rules (roles per
// command, states per command, lead-unit-only unit steps), plus what is pending on the ticket.

import type { SessionUser } from '../api/client';
import type { Ticket } from '../api/types';
import { COMMAND_ROLES, COMMAND_STATES, type CommandKind } from '../../../src/domain/ticket';

/** Unit-side steps that only the lead unit's handlers may take. */
const LEAD_ONLY: CommandKind[] = ['accept', 'return', 'extend', 'reply', 'supervision-reply']; // a note is any unit's

/** The order the action bar shows them in, and each one's key on the ticket page and in the queues. */
export const ACTION_KEYS: [CommandKind, string][] = [
  ['dispatch', 'd'],
  ['accept', 'a'],
  ['reply', 'r'],
  ['callback', 'c'],
  ['review-return', 'v'],
  ['review-extension', 'v'],
  ['supervision-reply', 'h'],
  ['extend', 'e'],
  ['return', 'b'],
  ['supervise', 's'],
  ['reopen', 'o'],
  ['merge', 'm'],
  ['answer', 'n'],
  ['close', 'x'],
  ['transfer', 't'],
  ['note', 'i'],
  ['consent', 'p'],
];

/**
 * @param unitScope the user's unit and the units below it (for unit handlers); the server decides
 *   in the end, this only keeps buttons that would certainly fail off the screen.
 */
export function availableActions(user: SessionUser, t: Ticket, unitScope: Set<number>): CommandKind[] {
  const out: CommandKind[] = [];
  for (const [kind] of ACTION_KEYS) {
    if (out.includes(kind)) continue;
    if (!COMMAND_ROLES[kind].includes(user.role)) continue;
    if (!COMMAND_STATES[kind].includes(t.status)) continue;
    if (user.role === 'unit_handler' && LEAD_ONLY.includes(kind) && (t.unitId == null || !unitScope.has(t.unitId))) continue;
    if (kind === 'review-return' && !t.pendingReturn) continue;
    if (kind === 'review-extension' && !t.pendingExtension) continue;
    if (kind === 'supervision-reply' && !t.supervision) continue;
    if ((kind === 'accept' || kind === 'reply' || kind === 'extend' || kind === 'return') && t.pendingReturn) continue;
    if (kind === 'extend' && t.pendingExtension) continue;
    // A confidential ticket is never public; an Open311 request is public by its channel.
    if (kind === 'consent' && (t.confidential || t.channel === 'open311')) continue;
    if (kind === 'close' && t.status === 'registered' && !['dispatcher', 'admin'].includes(user.role)) continue;
    out.push(kind);
  }
  return out;
}

export function keyOf(kind: CommandKind): string {
  return ACTION_KEYS.find(([k]) => k === kind)?.[1] ?? '';
}

/** A unit and every unit below it. */
export function subtreeOf(units: { id: number; parentId: number | null }[], root: number | null): Set<number> {
  const out = new Set<number>();
  if (root == null) return out;
  out.add(root);
  let grew = true;
  while (grew) {
    grew = false;
    for (const u of units) if (u.parentId != null && out.has(u.parentId) && !out.has(u.id)) (out.add(u.id), (grew = true));
  }
  return out;
}
