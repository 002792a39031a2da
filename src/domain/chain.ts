// The hand-down chain (下派, 二级派单). The centre dispatches a ticket to a lead unit (主办,
// level 0); the unit holding it may hand it down to a unit below it in the units tree, and
// that one again (district → street → community), each level with its own deadlines inside
// the one above. The holder accepts, handles, hands down again, returns it one level up, or
// replies; a reply goes to the level above for review (审核): approved, it goes up one level,
// and from the lead unit to the centre (the ticket is `replied`); rejected, it goes back down
// with the reason.
//
// Where things are:
//   - `ticket.chain` lists the levels, chain[0] the lead unit; `ticket.unitId` is the unit
//     HOLDING the ticket (the deepest level). Every level above the holder is an ancestor of it
//     in the units tree, so the data scope on unitId (canSee here, and the store's queries) lets
//     every level of the chain see the ticket, and no sibling unit.
//   - The lead level's deadlines are the ticket's own (acceptBy, dueBy …: the centre's limits,
//     which extensions and return reviews move and the measures use); evolve mirrors them into
//     chain[0] (mirrorLead). Deeper levels keep their own, from the same time-limit rules from
//     the hand-down time, capped by the parent level's dueBy.
//   - An actor's level is the shallowest level whose unit is in the actor's scope (actorLevel).
//     Accept, reply, delegate and return belong to the holder; review-reply to the level just
//     above the holder; an extension (延期, asked of the centre) to the lead level alone.
//   - This module: who is at which level, the chain's own decisions (delegate, review-reply, a
//     sub-level's reply and return), how chain events evolve the ticket, and the sub-levels'
//     deadline alerts. The level's shape (ChainLevel) is in ticket-model.ts with the ticket's;
//     ticket.ts (the decider) and alerts.ts call in here.

import type { Duration } from './calendar.js';
import { resolveTimeLimits } from './time-limits.js';
import type { LevelState } from './ticket-types.js';
import type {
  Actor,
  AlertKind,
  AnyTicketEvent,
  ChainLevel,
  Command,
  CommandKind,
  DecideContext,
  Decision,
  DomainError,
  EventPayloads,
  EventType,
  LevelReply,
  Ticket,
  TicketEvent,
  UnitRef,
} from './ticket-model.js';

export type { ChainLevel, LevelRejection, LevelReply } from './ticket-model.js';

/** The steps that belong to one level of the chain, and which. */
export const STEP_LEVEL: Partial<Record<CommandKind, 'holder' | 'reviewer' | 'lead'>> = {
  accept: 'holder',
  reply: 'holder',
  delegate: 'holder',
  return: 'holder',
  'review-reply': 'reviewer',
  extend: 'lead',
};

const LEVEL_ALERTS: readonly AlertKind[] = ['accept_warning', 'accept_overdue', 'handle_warning', 'handle_overdue'];

const iso = (d: Date) => d.toISOString();
const fail = (status: DomainError['status'], code: string, detail: string): Decision => ({ ok: false, error: { status, code, detail } });

/** The chain of a ticket. One dispatched before chains existed (chain []) reads as its lead level alone. */
export function chainOf(t: Ticket): ChainLevel[] {
  if (t.chain.length || t.unitId == null) return t.chain;
  const since = t.dispatchedAt ?? t.createdAt;
  const d = (x: Date | null) => iso(x ?? since);
  return [
    {
      unitId: t.unitId, delegatedBy: null, at: iso(since), note: null, acceptBy: d(t.acceptBy), dueBy: d(t.dueBy),
      acceptWarnAt: d(t.acceptWarnAt), dueWarnAt: d(t.dueWarnAt), acceptedAt: t.acceptedAt ? iso(t.acceptedAt) : null,
      state: t.status === 'dispatched' ? 'dispatched' : 'handling', reply: null, rejection: null,
      alerts: t.alerts.filter((a) => LEVEL_ALERTS.includes(a)),
    },
  ];
}

/** The index of the level holding the ticket (-1 before dispatch). */
export function holderLevel(t: Ticket): number {
  return chainOf(t).length - 1;
}

/** The lead unit (主办): the unit the centre dispatched to. */
export function leadUnitId(t: Ticket): number | null {
  return chainOf(t)[0]?.unitId ?? null;
}

/** A unit handler's level: the shallowest level whose unit is in their scope; -1 for none (an assisting unit, other roles). */
export function actorLevel(actor: Pick<Actor, 'role' | 'scope'>, t: Ticket): number {
  if (actor.role !== 'unit_handler') return -1;
  return chainOf(t).findIndex((l) => actor.scope.has(l.unitId));
}

/** True when `unitId` lies strictly below `ancestorId` in the units tree. */
export function isBelow(units: ReadonlyMap<number, UnitRef>, unitId: number, ancestorId: number): boolean {
  let cursor = units.get(unitId)?.parentId ?? null;
  for (let guard = 0; cursor != null && guard < 64; guard++) {
    if (cursor === ancestorId) return true;
    cursor = units.get(cursor)?.parentId ?? null;
  }
  return false;
}

/**
 * A unit handler's position for a step that belongs to one level (STEP_LEVEL): null when it is
 * theirs, else the 403. Admins act at whichever level the step needs. Called after the state
 * checks, so a reviewer exists when review-reply asks for one.
 */
export function positionError(actor: Actor, t: Ticket, kind: CommandKind, label: string): Decision | null {
  const needs = STEP_LEVEL[kind];
  if (!needs || actor.role !== 'unit_handler') return null;
  const mine = actorLevel(actor, t);
  const holder = holderLevel(t);
  switch (needs) {
    case 'holder':
      return mine === holder ? null : fail(403, 'not_holder', `工单已下派至下级单位办理，只有当前承办单位可以${label}`);
    case 'reviewer':
      return mine === holder - 1 ? null : fail(403, 'not_reviewer', '只有下派该工单的上一级单位可以审核答复');
    case 'lead':
      return mine === 0 ? null : fail(403, 'lead_only', `只有主办单位可以向中心${label}；下级单位如需更多时间，请联系上一级单位`);
  }
}

/** The holder level's state for a holder step: null when the step fits it, else the 409. */
export function holderStateError(t: Ticket, kind: 'accept' | 'reply' | 'delegate' | 'return'): Decision | null {
  const level = chainOf(t)[holderLevel(t)];
  if (!level) return fail(409, 'invalid_state', '工单尚未派单');
  if (kind === 'accept') return level.state === 'dispatched' ? null : fail(409, 'already_accepted', '本级已签收');
  if (level.state === 'reviewing') return fail(409, 'reply_under_review', '本级答复正在等待上一级单位审核');
  if (kind !== 'return' && level.state === 'dispatched') return fail(409, 'not_accepted', '请先签收');
  return null;
}

function event<T extends EventType>(ctx: DecideContext, type: T, payload: EventPayloads[T]): TicketEvent<T> {
  return { type, at: ctx.now, actorId: ctx.actor.id, payload } as TicketEvent<T>;
}
const ok = (...events: AnyTicketEvent[]): Decision => ({ ok: true, events });

/** The deadlines of a level handed the ticket at `from` with these limits, capped by `cap` (the parent's dueBy). */
export function levelDeadlines(ctx: DecideContext, from: Date, accept: Duration, handle: Duration, cap: Date | null) {
  const capped = (d: Date) => (cap && cap < d ? cap : d);
  const acceptBy = capped(ctx.calendar.deadline(from, accept));
  const dueBy = capped(ctx.calendar.deadline(from, handle));
  // A deadline already past (a parent overdue) has no warning before it: the warning is the deadline.
  const warn = (deadline: Date, limit: Duration) =>
    deadline <= from ? deadline : ctx.calendar.fractionPoint(from, deadline, limit, ctx.policy.warnFraction);
  return {
    acceptBy: iso(acceptBy),
    dueBy: iso(dueBy),
    acceptWarnAt: iso(warn(acceptBy, accept)),
    dueWarnAt: iso(warn(dueBy, handle)),
    acceptLimit: accept,
    handleLimit: handle,
    capped: acceptBy === cap || dueBy === cap,
  };
}

/** 下派: the holder hands the ticket to an active unit below it, with deadlines inside its own. */
export function decideDelegate(t: Ticket, command: Extract<Command, { kind: 'delegate' }>, ctx: DecideContext): Decision {
  const chain = chainOf(t);
  const h = chain.length - 1;
  const holder = chain[h];
  if (h === 0 && t.pendingReturn) return fail(409, 'return_pending', '退单申请审核中，不能下派');
  const target = ctx.units.get(command.unitId);
  if (!target || !target.active || target.kind === 'center') return fail(400, 'unknown_unit', '承办单位不存在或不可派单');
  if (!isBelow(ctx.units, command.unitId, holder.unitId)) return fail(400, 'not_below', '只能下派给本单位的下级单位');
  const { accept, handle } = resolveTimeLimits(ctx.rules, { type: t.type, priority: t.priority, categoryPath: ctx.categoryPath });
  const parentDue = h === 0 && t.dueBy ? t.dueBy : new Date(holder.dueBy);
  return ok(
    event(ctx, 'delegated', {
      unitId: command.unitId,
      fromUnitId: holder.unitId,
      level: h + 1,
      note: command.note?.trim() || null,
      ...levelDeadlines(ctx, ctx.now, accept, handle, parentDue),
    }),
  );
}

/** A sub-level's reply: it goes to the level above for review; the ticket stays in handling. */
export function decideLevelReply(t: Ticket, content: string, ctx: DecideContext): Decision {
  const chain = chainOf(t);
  const h = chain.length - 1;
  return ok(
    event(ctx, 'level_replied', { level: h, unitId: chain[h].unitId, toUnitId: chain[h - 1].unitId, content, onTime: ctx.now <= new Date(chain[h].dueBy) }),
  );
}

/** A sub-level's return: back to the level above at once (no review by the centre). */
export function decideLevelReturn(t: Ticket, reason: string, suggestedUnitId: number | null, ctx: DecideContext): Decision {
  const chain = chainOf(t);
  const h = chain.length - 1;
  return ok(event(ctx, 'level_returned', { level: h, unitId: chain[h].unitId, toUnitId: chain[h - 1].unitId, reason, suggestedUnitId }));
}

/**
 * 审核答复: the level above the reviewing one approves the reply (it goes up one level; from the
 * lead unit it is the ticket's reply to the centre, `replied` built by the caller) or rejects it
 * with the reason (the level below handles on, its deadlines unchanged).
 */
export function decideReviewReply(
  t: Ticket,
  command: Extract<Command, { kind: 'review-reply' }>,
  ctx: DecideContext,
  leadReply: (content: string) => AnyTicketEvent,
): Decision {
  const chain = chainOf(t);
  const h = chain.length - 1;
  const level = chain[h];
  const note = command.note?.trim() || null;
  if (!command.approve) {
    if (!note) return fail(400, 'note_required', '退回答复须说明理由');
    return ok(event(ctx, 'reply_rejected', { level: h, unitId: level.unitId, note }));
  }
  const reply = level.reply as LevelReply;
  const approved = event(ctx, 'reply_approved', { level: h, unitId: level.unitId, toUnitId: chain[h - 1].unitId, note, content: reply.content });
  return h - 1 === 0 ? ok(approved, leadReply(reply.content)) : ok(approved);
}

/** The one level of a (re)dispatched ticket: the lead unit, with the ticket's deadlines. */
export function leadLevel(
  unitId: number,
  by: number | null,
  at: Date,
  note: string | null,
  p: { acceptBy: string; dueBy: string; acceptWarnAt: string; dueWarnAt: string },
): ChainLevel {
  return {
    unitId, delegatedBy: by, at: iso(at), note, acceptBy: p.acceptBy, dueBy: p.dueBy, acceptWarnAt: p.acceptWarnAt,
    dueWarnAt: p.dueWarnAt, acceptedAt: null, state: 'dispatched', reply: null, rejection: null, alerts: [],
  };
}

export type ChainEvent =
  | TicketEvent<'delegated'>
  | TicketEvent<'level_replied'>
  | TicketEvent<'reply_approved'>
  | TicketEvent<'reply_rejected'>
  | TicketEvent<'level_returned'>;

/** How the chain's own events change the ticket. */
export function evolveChain(t: Ticket, e: ChainEvent): Ticket {
  const chain = [...chainOf(t)];
  const at = iso(e.at);
  const set = (i: number, patch: Partial<ChainLevel>) => {
    if (chain[i]) chain[i] = { ...chain[i], ...patch };
  };
  switch (e.type) {
    case 'delegated': {
      const p = e.payload;
      set(chain.length - 1, { state: 'delegated' });
      chain.push({
        unitId: p.unitId, delegatedBy: e.actorId, at, note: p.note, acceptBy: p.acceptBy, dueBy: p.dueBy, acceptWarnAt: p.acceptWarnAt,
        dueWarnAt: p.dueWarnAt, acceptedAt: null, state: 'dispatched', reply: null, rejection: null, alerts: [],
      });
      return { ...t, chain, unitId: p.unitId };
    }
    case 'level_replied':
      set(e.payload.level, { state: 'reviewing', reply: { content: e.payload.content, at, by: e.actorId, unitId: e.payload.unitId }, rejection: null });
      return { ...t, chain };
    case 'reply_approved': {
      const done = chain.pop();
      const up = chain.length - 1;
      // Above the lead level the reply waits for the next review; at the lead level it is the ticket's reply (`replied` follows).
      set(up, up > 0 && done?.reply ? { state: 'reviewing', reply: done.reply } : { state: 'handling', reply: null });
      return { ...t, chain, unitId: chain[up]?.unitId ?? t.unitId };
    }
    case 'reply_rejected':
      set(e.payload.level, { state: 'handling', reply: null, rejection: { note: e.payload.note, at, by: e.actorId } });
      return { ...t, chain };
    case 'level_returned': {
      chain.pop();
      const up = chain.length - 1;
      set(up, { state: 'handling' });
      return { ...t, chain, unitId: chain[up]?.unitId ?? t.unitId };
    }
  }
}

/** Keeps chain[0] in step with the ticket's own (lead) deadlines, acceptance and alerts. */
export function mirrorLead(t: Ticket): Ticket {
  const lead = t.chain[0];
  if (!lead) return t;
  const d = (x: Date | null, fallback: string) => (x ? iso(x) : fallback);
  const mirrored: ChainLevel = {
    ...lead,
    acceptBy: d(t.acceptBy, lead.acceptBy),
    dueBy: d(t.dueBy, lead.dueBy),
    acceptWarnAt: d(t.acceptWarnAt, lead.acceptWarnAt),
    dueWarnAt: d(t.dueWarnAt, lead.dueWarnAt),
    acceptedAt: t.acceptedAt ? iso(t.acceptedAt) : null,
    alerts: t.alerts.filter((a) => LEVEL_ALERTS.includes(a)),
  };
  return { ...t, chain: [mirrored, ...t.chain.slice(1)] };
}

/** A deadline alert of a level below the lead (the lead's are the ticket's own, see dueAlerts). */
export interface LevelAlert {
  level: number;
  unitId: number;
  alert: AlertKind;
  deadline: Date;
  at: Date; // when it comes due
  escalatedTo: number | null; // handling overdue goes to the level above
}

/**
 * The sub-levels' alerts whose time has come at `now`, not raised yet: a level not yet accepted
 * has its accept warning and overdue; a level dispatched, handling or waiting on the level below
 * has its handling warning and overdue; a level whose reply awaits review has none.
 */
export function levelAlerts(t: Ticket, now: Date): LevelAlert[] {
  if (t.status !== 'dispatched' && t.status !== 'handling') return [];
  const out: LevelAlert[] = [];
  t.chain.forEach((level, i) => {
    if (i === 0) return;
    const check = (alert: AlertKind, at: Date, deadline: string, escalatedTo: number | null = null) => {
      if (at <= now && !level.alerts.includes(alert)) out.push({ level: i, unitId: level.unitId, alert, deadline: new Date(deadline), at, escalatedTo });
    };
    const after = (iso: string) => new Date(new Date(iso).getTime() + 1);
    if (level.state === 'dispatched') {
      check('accept_warning', new Date(level.acceptWarnAt), level.acceptBy);
      check('accept_overdue', after(level.acceptBy), level.acceptBy);
    }
    if (level.state !== 'reviewing') {
      check('handle_warning', new Date(level.dueWarnAt), level.dueBy);
      check('handle_overdue', after(level.dueBy), level.dueBy, t.chain[i - 1].unitId);
    }
  });
  return out;
}
