// Which steps the signed-in user may take on a ticket now: the domain's own rules (roles per
// command, states per command), the hand-down chain (a unit handler acts at their own level:
// the holder accepts, replies, hands down and returns; the level above the holder reviews its
// reply; only the lead level asks the centre for more time), and what is pending on the ticket.
// The server decides in the end; this keeps buttons that would certainly fail off the screen.

import type { SessionUser } from '../api/client';
import type { Ticket } from '../api/types';
import { COMMAND_ROLES, COMMAND_STATES, type CommandKind } from '../../../src/domain/ticket';

/** The order the action bar shows them in, and each one's key on the ticket page and in the queues. */
export const ACTION_KEYS: [CommandKind, string][] = [
  ['dispatch', 'd'],
  ['accept', 'a'],
  ['reply', 'r'],
  ['delegate', 'l'],
  ['review-reply', 'v'],
  ['callback', 'c'],
  ['review-return', 'v'],
  ['review-extension', 'v'],
  ['supervision-reply', 'h'],
  ['extend', 'e'],
  ['return', 'b'],
  ['reroute', 'u'],
  ['withdraw', 'w'],
  ['move', 'y'],
  ['refuse', 'f'],
  ['supervise', 's'],
  ['reopen', 'o'],
  ['merge', 'm'],
  ['answer', 'n'],
  ['close', 'x'],
  ['transfer', 't'],
  ['note', 'i'],
  ['consent', 'p'],
  ['assign', 'z'],
];

type Unit = { id: number; parentId: number | null; active: boolean; kind: string; isCentre?: boolean };

/** The units a holder may hand a ticket down to: active ones strictly below it (never a centre). */
export function unitsBelow<U extends Unit>(units: U[], unitId: number | null): U[] {
  if (unitId == null) return [];
  const below = subtreeOf(units, unitId);
  below.delete(unitId);
  return units.filter((u) => below.has(u.id) && u.active && u.kind !== 'center');
}

/**
 * @param units the units tree (for 下派: only offered when there is a unit below the holder)
 */
export function availableActions(user: SessionUser, t: Ticket, units: Unit[] = []): CommandKind[] {
  const out: CommandKind[] = [];
  const unit = user.role === 'unit_handler';
  const h = t.chain.length - 1;
  const holder = t.chain[h];
  // A unit handler acts at their own level; an admin at whichever level the step needs.
  const mine = t.myLevel;
  const atHolder = !unit || (mine != null && mine === h);
  const returnPending = h === 0 && !!t.pendingReturn;
  for (const [kind] of ACTION_KEYS) {
    if (out.includes(kind)) continue;
    if (!COMMAND_ROLES[kind].includes(user.role)) continue;
    if (!COMMAND_STATES[kind].includes(t.status)) continue;
    if (unit && kind !== 'note' && mine == null) continue; // an assisting unit adds notes only
    switch (kind) {
      case 'accept':
        if (!holder || holder.state !== 'dispatched' || !atHolder || returnPending) continue;
        break;
      case 'reply':
        if (!holder || holder.state !== 'handling' || !atHolder || returnPending) continue;
        break;
      case 'delegate':
        if (!holder || holder.state !== 'handling' || !atHolder || returnPending || !unitsBelow(units, holder.unitId).length) continue;
        break;
      case 'return':
        if (!holder || holder.state === 'reviewing' || !atHolder || returnPending) continue;
        break;
      case 'review-reply':
        if (h < 1 || holder.state !== 'reviewing' || (unit && mine !== h - 1)) continue;
        break;
      case 'extend':
        if ((unit && mine !== 0) || t.pendingExtension || t.pendingReturn) continue;
        break;
      case 'review-return':
        if (!t.pendingReturn) continue;
        break;
      case 'review-extension':
        if (!t.pendingExtension) continue;
        break;
      case 'supervision-reply':
        if (!t.supervision) continue;
        break;
      case 'consent':
        // A confidential ticket is never public; an Open311 request is public by its channel.
        if (t.confidential || t.channel === 'open311') continue;
        break;
      case 'close':
        if (t.status === 'registered' && !['dispatcher', 'admin'].includes(user.role)) continue;
        break;
      case 'move':
        // 移交中心: only where there is another centre to move it to (the server checks the viewer's centre covers it).
        if (!units.some((u) => u.isCentre && u.active && u.id !== t.centreId)) continue;
        break;
    }
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
