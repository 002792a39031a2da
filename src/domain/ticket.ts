// The work-order (工单) decider: decide(ticket, command, context) → events | error, and
// evolve(ticket, event) → ticket. Pure: no I/O, no clock, no randomness. The store appends
// the events and the evolved ticket in one transaction; the events are the audit trail (全程留痕).
//
// What is where: the ticket's, commands' and events' shapes in ticket-model.ts (re-exported
// here); the hand-down chain's rules (下派, 审核, a level's return) in chain.ts; deadline alerts
// in alerts.ts (re-exported); the vocabulary and its Chinese names in ticket-types.ts. Here: who
// may issue which command in which state, the decisions, and evolve.

import {
  actorLevel,
  chainOf,
  decideDelegate,
  decideLevelReply,
  decideLevelReturn,
  decideReviewReply,
  evolveChain,
  holderLevel,
  holderStateError,
  leadLevel,
  leadUnitId,
  mirrorLead,
  positionError,
} from './chain.js';
import { maskText, normalizePhone } from './masking.js';
import { resolveTimeLimits } from './time-limits.js';
import {
  NO_CALLBACK_REASONS,
  OPEN_STATUSES,
  REFUSAL_GUIDANCE,
  REFUSAL_LABELS,
  REFUSAL_REASONS,
  STATUS_LABELS,
  UNREACHABLE_ATTEMPTS,
  type Channel,
  type EmergencyService,
  type NoCallbackReason,
  type Priority,
  type RefusalReason,
  type Role,
  type Satisfaction,
  type TicketStatus,
  type TicketType,
} from './ticket-types.js';

import type {
  Actor,
  AlertKind,
  AnyTicketEvent,
  Command,
  CommandKind,
  DecideContext,
  Decision,
  DomainError,
  EventPayloads,
  EventType,
  RegisterInput,
  Ticket,
  TicketEvent,
} from './ticket-model.js';

export * from './ticket-model.js';
export { decideAlerts, dueAlerts, nextAlertAt, shownAlerts } from './alerts.js';

const fail = (status: DomainError['status'], code: string, detail: string): Decision => ({ ok: false, error: { status, code, detail } });

/**
 * Which roles may issue each command. Unit handlers additionally only on tickets whose chain
 * holds their unit, at the level the step belongs to (chain.ts STEP_LEVEL).
 */
export const COMMAND_ROLES: Record<CommandKind, readonly Role[]> = {
  answer: ['agent', 'dispatcher', 'admin'],
  refuse: ['agent', 'dispatcher', 'admin'],
  dispatch: ['dispatcher', 'admin'],
  accept: ['unit_handler', 'admin'],
  delegate: ['unit_handler', 'admin'],
  return: ['unit_handler', 'admin'],
  'review-return': ['dispatcher', 'admin'],
  extend: ['unit_handler', 'admin'],
  'review-extension': ['dispatcher', 'supervisor', 'admin'],
  reply: ['unit_handler', 'admin'],
  'review-reply': ['unit_handler', 'admin'],
  callback: ['callback_agent', 'admin'],
  close: ['callback_agent', 'dispatcher', 'supervisor', 'admin'],
  reopen: ['callback_agent', 'supervisor', 'admin'],
  reroute: ['dispatcher', 'admin'],
  withdraw: ['dispatcher', 'admin'],
  move: ['dispatcher', 'supervisor', 'admin'],
  merge: ['dispatcher', 'admin'],
  transfer: ['agent', 'dispatcher', 'admin'],
  supervise: ['supervisor', 'admin'],
  'supervision-reply': ['unit_handler', 'admin'],
  note: ['agent', 'dispatcher', 'unit_handler', 'callback_agent', 'supervisor', 'admin'],
  consent: ['agent', 'dispatcher', 'admin'],
  assign: ['unit_handler', 'admin'],
};

/**
 * The ticket states in which each command is allowed. Chain steps check the level's state too:
 * a level below the lead accepts while the ticket is handling (the lead accepted before it
 * handed down), and only a level that accepted replies or hands down.
 */
export const COMMAND_STATES: Record<CommandKind, readonly TicketStatus[]> = {
  answer: ['registered'],
  refuse: ['registered'],
  dispatch: ['registered'],
  accept: ['dispatched', 'handling'],
  delegate: ['handling'],
  return: ['dispatched', 'handling'],
  'review-return': ['dispatched', 'handling'],
  extend: ['handling'],
  'review-extension': ['handling'],
  reply: ['handling'],
  'review-reply': ['handling'],
  callback: ['replied'],
  close: ['registered', 'replied'],
  reopen: ['replied', 'closed'],
  reroute: ['dispatched', 'handling'],
  withdraw: ['dispatched', 'handling'],
  move: ['registered', 'dispatched', 'handling'],
  merge: OPEN_STATUSES,
  transfer: OPEN_STATUSES,
  supervise: ['dispatched', 'handling', 'replied'],
  'supervision-reply': ['dispatched', 'handling', 'replied'],
  note: OPEN_STATUSES,
  consent: OPEN_STATUSES,
  assign: ['dispatched', 'handling'],
};

export const REGISTER_ROLES: readonly (Role | 'system')[] = ['agent', 'dispatcher', 'admin', 'system'];

/**
 * What the system itself may do: dispatch automatically, when an admin enabled it (智能派单),
 * record the callback of record when the verified citizen rates the reply on the portal, and add
 * what a citizen sends about an open request through a channel (补充诉求).
 */
export const SYSTEM_COMMANDS: readonly CommandKind[] = ['dispatch', 'callback', 'note'];

/** The centre's staff (中心/分中心): they see and act on the tickets of their centre and the centres below it. */
export const CENTRE_ROLES: readonly Role[] = ['agent', 'dispatcher', 'callback_agent', 'supervisor', 'analyst', 'quality_inspector'];

/**
 * Whether a ticket of this centre is in the actor's centre scope: always for the root centre's
 * staff, admins and the system (no `centres`); for other centre staff, when the ticket's centre
 * is their centre or one below it (a ticket of no centre is the root's).
 */
export function inCentreScope(actor: Pick<Actor, 'role' | 'centres'>, centreId: number | null | undefined): boolean {
  if (!actor.centres || !CENTRE_ROLES.includes(actor.role as Role)) return true;
  return centreId != null && actor.centres.has(centreId);
}

/**
 * Data scope: unit handlers see the tickets whose holding or assisting unit is in their subtree;
 * the centres' staff the tickets of their centre and the centres below it (inCentreScope);
 * admins all. The holder is handed the ticket only from a unit above it, so every level of the
 * chain sees it, and no sibling unit does.
 */
export function canSee(actor: Actor, ticket: Pick<Ticket, 'unitId' | 'assistUnitIds'> & { centreId?: number | null }): boolean {
  if (actor.role !== 'unit_handler') return inCentreScope(actor, ticket.centreId);
  if (ticket.unitId != null && actor.scope.has(ticket.unitId)) return true;
  return ticket.assistUnitIds.some((u) => actor.scope.has(u));
}

/** A unit the centre may dispatch (or re-route) to: active, and not a centre. */
function dispatchable(ctx: DecideContext, unitId: number): boolean {
  const u = ctx.units.get(unitId);
  return !!u && u.active && u.kind !== 'center';
}

const iso = (d: Date) => d.toISOString();

export function decideRegister(input: RegisterInput, actor: Actor, now: Date): Decision {
  if (!REGISTER_ROLES.includes(actor.role)) return fail(403, 'forbidden', '当前角色无权受理诉求');
  const content = input.content.trim();
  if (!content) return fail(400, 'content_required', '诉求内容不能为空');
  const title = (input.title ?? '').trim() || deriveTitle(content);
  const event: TicketEvent<'registered'> = {
    type: 'registered',
    at: now,
    actorId: actor.id,
    payload: {
      number: input.number,
      channel: input.channel,
      line: input.line ?? null,
      type: input.type,
      priority: input.priority ?? 'normal',
      title,
      content,
      callerName: input.callerName?.trim() || null,
      callerPhone: input.callerPhone ? normalizePhone(input.callerPhone) || null : null,
      address: input.address?.trim() || null,
      categoryId: input.categoryId ?? null,
      districtId: input.districtId ?? null,
      confidential: input.confidential ?? false,
      publicConsent: input.publicConsent ?? false,
      centreId: input.centreId ?? null,
    },
  };
  return { ok: true, events: [event] };
}

/**
 * A title for a request that came without one: what the caller says, not how they open.
 * The first sentence without its greeting and preamble (您好，我想反映一个问题，我是X小区的业主),
 * as many of its clauses as fit in 30 characters — cut between clauses, not mid-word; only a
 * first clause longer than that is cut, with an ellipsis.
 */
export function deriveTitle(content: string): string {
  // Masked before cutting: a phone number cut in half would no longer look like one.
  const masked = maskText(content).trim();
  const sentences = masked.split(/[。！？!?\n]/).map((x) => x.trim()).filter(Boolean);
  const clausesOf = (sentence: string) => sentence.split(/[，,；;：:]/).map((x) => x.trim()).filter(Boolean);
  const said = sentences.map((x) => clausesOf(x).filter((c) => !PREAMBLE.some((re) => re.test(c)))).find((cs) => cs.length);
  const clauses = said ?? clausesOf(sentences[0] ?? masked);
  if (!clauses.length) return masked;
  let title = '';
  for (const clause of clauses) {
    const next = title ? `${title}，${clause}` : clause;
    if ([...next].length > TITLE_CHARS) break;
    title = next;
  }
  if (title) return title;
  const chars = [...clauses[0]]; // by code point, so an emoji is never cut in half
  return `${chars.slice(0, TITLE_CHARS).join('')}…`;
}
const TITLE_CHARS = 30;
/** How callers open before they say what the matter is (问候、开场白、自我介绍). */
const PREAMBLE = [
  /^(您好|你好|喂|哎|领导|领导好|领导您好|工作人员(您)?好|同志(您)?好|麻烦(您|你)了?)$/,
  /^(我|本人)?(想|要|来)?(反映|反应|咨询|投诉|举报|问|求助|建议)(一下|个|一个)?(问题|事|事情|情况)?$/,
  /^(我|本人)是.{0,20}(居民|业主|村民|市民|员工|职工|家长|学生|租户|住户|商户)$/,
];

export function decide(ticket: Ticket, command: Command, ctx: DecideContext): Decision {
  const { actor, now } = ctx;
  if (!canSee(actor, ticket)) return fail(404, 'ticket_not_found', '工单不存在');
  const allowed = actor.role === 'system' ? SYSTEM_COMMANDS.includes(command.kind) : COMMAND_ROLES[command.kind].includes(actor.role);
  if (!allowed) {
    return fail(403, 'forbidden', `当前角色无权执行“${COMMAND_LABELS[command.kind]}”`);
  }
  // Assisting units may add a note (their part of the work); every other unit step is the chain's.
  if (actor.role === 'unit_handler' && command.kind !== 'note' && actorLevel(actor, ticket) < 0) {
    return fail(403, 'not_lead_unit', '只有主办单位（及其下派的承办单位）可以执行此操作');
  }
  if (!COMMAND_STATES[command.kind].includes(ticket.status)) {
    return fail(409, 'invalid_state', `工单当前状态为“${STATUS_LABELS[ticket.status]}”，不能${COMMAND_LABELS[command.kind]}`);
  }
  if (command.kind === 'review-reply' && chainOf(ticket)[holderLevel(ticket)]?.state !== 'reviewing') {
    return fail(409, 'no_pending_reply', '没有待审核的下级答复');
  }
  const position = positionError(actor, ticket, command.kind, COMMAND_LABELS[command.kind]);
  if (position) return position;
  const ev = <T extends EventType>(type: T, payload: EventPayloads[T]): TicketEvent<T> => ({ type, at: now, actorId: actor.id, payload });
  const limits = () =>
    resolveTimeLimits(ctx.rules, { type: ticket.type, priority: ticket.priority, categoryPath: ctx.categoryPath });
  const warnPoint = (from: Date, deadline: Date, clock: boolean) =>
    ctx.calendar.fractionPoint(from, deadline, { amount: 0, unit: clock ? 'clock_hours' : 'working_hours' }, ctx.policy.warnFraction);
  /** A reopened ticket (重办) gets a fresh handling limit from now. */
  const restartHandling = () => {
    const handle = limits().handle;
    const dueBy = ctx.calendar.deadline(now, handle);
    return { dueBy: iso(dueBy), dueWarnAt: iso(ctx.calendar.fractionPoint(now, dueBy, handle, ctx.policy.warnFraction)) };
  };
  /** A lead unit's limits from now: on dispatch, re-dispatch and re-route. */
  const leadDeadlines = (categoryPath: readonly number[]) => {
    const { accept, handle } = resolveTimeLimits(ctx.rules, { type: ticket.type, priority: ticket.priority, categoryPath });
    const acceptBy = ctx.calendar.deadline(now, accept);
    const dueBy = ctx.calendar.deadline(now, handle);
    return {
      acceptBy: iso(acceptBy),
      dueBy: iso(dueBy),
      acceptWarnAt: iso(ctx.calendar.fractionPoint(now, acceptBy, accept, ctx.policy.warnFraction)),
      dueWarnAt: iso(ctx.calendar.fractionPoint(now, dueBy, handle, ctx.policy.warnFraction)),
      acceptLimit: accept,
      handleLimit: handle,
    };
  };
  /** The lead unit's reply to the centre: its own, or the approved reply of the level below. */
  const leadReply = (content: string) => {
    const workingMinutes = ticket.dispatchedAt ? Math.round(ctx.calendar.workingMinutesBetween(ticket.dispatchedAt, now)) : null;
    const callbackDueBy = ctx.calendar.deadline(now, { amount: ctx.policy.callbackDays, unit: 'working_days' });
    return ev('replied', { content, onTime: !ticket.dueBy || now <= ticket.dueBy, workingMinutes, callbackDueBy: iso(callbackDueBy) });
  };
  const holder = holderLevel(ticket);
  const lead = leadUnitId(ticket);
  /** A unit outside the ticket's centre's tree: a sub-centre (or a city) dispatches within its own tree. */
  const centreUnits = ctx.centreUnits?.(ticket.centreId) ?? null;
  const outsideCentre = (unitId: number) => centreUnits != null && !centreUnits.has(unitId);
  const OUTSIDE = () => fail(400, 'unit_outside_centre', '承办单位不在本工单所属中心（分中心）的单位范围内');

  switch (command.kind) {
    case 'answer': {
      const content = command.content.trim();
      if (!content) return fail(400, 'content_required', '答复内容不能为空');
      return ok(ev('answered', { content, articleId: command.articleId ?? null }));
    }
    case 'refuse': {
      if (!REFUSAL_REASONS.includes(command.reason)) return fail(400, 'unknown_reason', '不予受理的理由不在规定范围内');
      const note = command.note?.trim() || null;
      if (command.reason === 'other' && !note) return fail(400, 'note_required', '选择“其他”时须说明不予受理的理由');
      return ok(ev('refused', { reason: command.reason, label: REFUSAL_LABELS[command.reason], guidance: REFUSAL_GUIDANCE[command.reason], note }));
    }
    case 'dispatch': {
      if (!dispatchable(ctx, command.unitId)) return fail(400, 'unknown_unit', '承办单位不存在或不可派单');
      const assists = [...new Set(command.assistUnitIds ?? [])];
      if (assists.includes(command.unitId)) return fail(400, 'assist_is_lead', '协办单位不能与主办单位相同');
      for (const id of assists) {
        if (!dispatchable(ctx, id)) return fail(400, 'unknown_unit', '协办单位不存在或不可派单');
      }
      if (outsideCentre(command.unitId) || assists.some(outsideCentre)) return OUTSIDE();
      // The dispatcher may correct the category (改分类) as they dispatch: the limits follow the new one.
      const recategorised = command.categoryId != null && command.categoryId !== ticket.categoryId;
      const categoryPath = recategorised ? (ctx.categoryPathOf?.(command.categoryId as number) ?? []) : ctx.categoryPath;
      if (recategorised && !categoryPath.length) return fail(400, 'unknown_category', '诉求分类不存在');
      return ok(
        ev('dispatched', {
          unitId: command.unitId,
          assistUnitIds: assists,
          note: command.note?.trim() || null,
          ...leadDeadlines(categoryPath),
          ...(recategorised ? { categoryId: command.categoryId as number, fromCategoryId: ticket.categoryId } : {}),
        }),
      );
    }
    case 'accept': {
      const wrong = holderStateError(ticket, 'accept');
      if (wrong) return wrong;
      const level = chainOf(ticket)[holder];
      if (holder > 0) return ok(ev('accepted', { onTime: now <= new Date(level.acceptBy), level: holder, unitId: level.unitId }));
      if (ticket.pendingReturn) return fail(409, 'return_pending', '退单申请审核中，不能签收');
      return ok(ev('accepted', { onTime: !ticket.acceptBy || now <= ticket.acceptBy, level: 0, unitId: level.unitId }));
    }
    case 'delegate': {
      const wrong = holderStateError(ticket, 'delegate');
      return wrong ?? decideDelegate(ticket, command, ctx);
    }
    case 'return': {
      const wrong = holderStateError(ticket, 'return');
      if (wrong) return wrong;
      if (holder === 0 && ticket.pendingReturn) return fail(409, 'return_pending', '已有退单申请在审核中');
      const reason = command.reason.trim();
      if (!reason) return fail(400, 'reason_required', '退单须说明理由');
      const suggested = command.suggestedUnitId ?? null;
      if (suggested != null && (!dispatchable(ctx, suggested) || suggested === ticket.unitId)) {
        return fail(400, 'unknown_unit', '建议的承办单位不存在、不可派单或就是本单位');
      }
      if (holder > 0) return decideLevelReturn(ticket, reason, suggested, ctx);
      return ok(ev('return_requested', { reason, unitId: ticket.unitId as number, ...(suggested != null ? { suggestedUnitId: suggested } : {}) }));
    }
    case 'review-return': {
      const pending = ticket.pendingReturn;
      if (!pending) return fail(409, 'no_pending_return', '没有待审核的退单申请');
      const payload = { note: command.note?.trim() || null, unitId: pending.unitId };
      const rerouteTo = command.rerouteTo ?? null;
      if (rerouteTo != null && !command.approve) return fail(400, 'reroute_needs_approval', '同意退单时才能同时改派');
      if (rerouteTo != null && (!dispatchable(ctx, rerouteTo) || rerouteTo === pending.unitId)) {
        return fail(400, 'unknown_unit', '改派的承办单位不存在、不可派单或就是退单单位');
      }
      if (rerouteTo != null && outsideCentre(rerouteTo)) return OUTSIDE();
      if (command.approve) {
        const approved = ev('return_approved', payload);
        if (rerouteTo == null) return ok(approved);
        // Approved and re-dispatched in one step (派单异议): the new unit's limits start now.
        return ok(approved, ev('dispatched', { unitId: rerouteTo, assistUnitIds: [], note: payload.note, ...leadDeadlines(ctx.categoryPath) }));
      }
      // The unit waited on the dispatcher's review: that time does not count against its limits
      // (计时暂停). Only working time that passed moves a deadline: none (a review outside office
      // hours) leaves it where it was.
      const requested = new Date(pending.at);
      const clock = ticket.handleClock;
      const paused = clock ? (now.getTime() - requested.getTime()) / 60_000 : ctx.calendar.workingMinutesBetween(requested, now);
      const shift = (d: Date | null) =>
        d == null ? null : iso(clock ? new Date(d.getTime() + paused * 60_000) : ctx.calendar.addWorkingMinutes(d, paused));
      const notAccepted = ticket.status === 'dispatched';
      const moved = {
        acceptBy: notAccepted ? shift(ticket.acceptBy) : null,
        acceptWarnAt: notAccepted ? shift(ticket.acceptWarnAt) : null,
        dueBy: shift(ticket.dueBy),
        dueWarnAt: shift(ticket.dueWarnAt),
      };
      // Alerts already raised stay true: a point passed before the request, moved on by the
      // length of the pause, has still passed at the end of it.
      return ok(ev('return_rejected', { ...payload, pausedMinutes: Math.round(paused), ...moved }));
    }
    case 'extend': {
      if (ticket.pendingReturn) return fail(409, 'return_pending', '退单申请审核中，不能申请延期');
      if (ticket.pendingExtension) return fail(409, 'extension_pending', '已有延期申请在审核中');
      const reason = command.reason.trim();
      if (!reason) return fail(400, 'reason_required', '延期须说明理由');
      if (ticket.extendedDays + command.days > ctx.policy.maxExtensionDays) {
        return fail(400, 'extension_too_long', `延期累计不能超过${ctx.policy.maxExtensionDays}个工作日`);
      }
      return ok(ev('extension_requested', { days: command.days, reason }));
    }
    case 'review-extension': {
      const pending = ticket.pendingExtension;
      if (!pending) return fail(409, 'no_pending_extension', '没有待审核的延期申请');
      const note = command.note?.trim() || null;
      if (!command.approve) return ok(ev('extension_denied', { note, days: pending.days }));
      const oldDue = ticket.dueBy ?? now;
      const newDue = ctx.calendar.deadline(oldDue, { amount: pending.days, unit: 'working_days' });
      const dueWarnAt = warnPoint(ticket.handleFrom ?? now, newDue, ticket.handleClock);
      return ok(ev('extension_approved', { note, days: pending.days, oldDueBy: iso(oldDue), newDueBy: iso(newDue), dueWarnAt: iso(dueWarnAt) }));
    }
    case 'reply': {
      const wrong = holderStateError(ticket, 'reply');
      if (wrong) return wrong;
      if (ticket.pendingReturn) return fail(409, 'return_pending', '退单申请审核中，不能答复');
      const content = command.content.trim();
      if (!content) return fail(400, 'content_required', '答复内容不能为空');
      // Below the lead the reply goes to the level above for review; the lead's goes to the centre.
      return holder > 0 ? decideLevelReply(ticket, content, ctx) : ok(leadReply(content));
    }
    case 'review-reply':
      return decideReviewReply(ticket, command, ctx, leadReply);
    case 'callback': {
      const attempt = ticket.callbackAttempts + 1;
      const note = command.note?.trim() || null;
      if (!command.reached) {
        const outcome = attempt >= ctx.policy.maxCallbackAttempts ? 'closed_unreachable' : 'pending';
        return ok(ev('called_back', { reached: false, resolved: null, satisfaction: null, note, attempt, outcome, dueBy: null }));
      }
      if (command.resolved == null || command.satisfaction == null) {
        return fail(400, 'callback_incomplete', '回访接通时须记录是否解决和满意度');
      }
      const good = command.resolved && command.satisfaction !== 'unsatisfied';
      const base = { reached: true, resolved: command.resolved, satisfaction: command.satisfaction, note, attempt, ...(command.grade != null ? { grade: command.grade } : {}) };
      if (good) return ok(ev('called_back', { ...base, outcome: 'closed', dueBy: null }));
      if (ticket.reopenCount >= ctx.policy.maxReopens) {
        return ok(ev('called_back', { ...base, outcome: 'closed_reopen_limit', dueBy: null }));
      }
      const { dueBy, dueWarnAt } = restartHandling();
      return ok(ev('called_back', { ...base, outcome: 'reopened', dueBy, dueWarnAt }));
    }
    case 'close': {
      const note = command.note?.trim() || null;
      if (ticket.status === 'registered') {
        if (!['dispatcher', 'admin'].includes(actor.role)) return fail(403, 'forbidden', '只有派单员可以关闭未派单的工单');
        // Never dispatched, never answered: only with the reason recorded (a repeated call, a
        // request the citizen withdrew). What 12345 does not take is refused (不予受理) instead.
        if (!note) return fail(400, 'reason_required', '关闭未派单的工单须说明理由；不属于热线受理范围的诉求请选择“不予受理”');
        return ok(ev('closed', { note, noCallbackReason: null }));
      }
      // Replied: a callback that reaches the citizen closes or reopens the ticket by itself, so
      // closing by hand always means closing without one, and needs its reason recorded.
      const reason = command.noCallbackReason ?? null;
      if (reason == null) {
        return fail(409, 'callback_required', '回访联系到诉求人后工单才能办结；无法回访的，请注明原因（诉求人不需要回访、匿名、三次未接通或保密）');
      }
      if (!NO_CALLBACK_REASONS.includes(reason)) return fail(400, 'unknown_reason', '未回访的原因不在规定范围内');
      // Each reason is a fact about the ticket (NO_CALLBACK_LABELS), not a way round the callback.
      if (reason === 'confidential' && !ticket.confidential) return fail(409, 'not_confidential', '该工单不是保密工单');
      if (reason === 'anonymous' && ticket.callerPhone) return fail(409, 'not_anonymous', '诉求人留有联系电话，不是匿名诉求，请回访');
      if (reason === 'unreachable' && ticket.callbackAttempts < UNREACHABLE_ATTEMPTS) {
        return fail(409, 'not_unreachable', `本次答复后回访未接通${ticket.callbackAttempts}次，满${UNREACHABLE_ATTEMPTS}次后才能以“三次回访均未接通”办结`);
      }
      return ok(ev('closed', { note, noCallbackReason: reason }));
    }
    case 'reopen': {
      const reason = command.reason.trim();
      if (!reason) return fail(400, 'reason_required', '重办须说明理由');
      if (ticket.reopenCount >= ctx.policy.maxReopens) {
        return fail(409, 'reopen_limit', `重办次数已达上限（${ctx.policy.maxReopens}次）`);
      }
      if (ticket.status === 'closed' && ticket.closedAt) {
        const days = (now.getTime() - ticket.closedAt.getTime()) / 86_400_000;
        if (days > ctx.policy.reopenWindowDays) {
          return fail(409, 'reopen_window_passed', `办结超过${ctx.policy.reopenWindowDays}天的工单不能重办`);
        }
      }
      if (ticket.unitId == null) return ok(ev('reopened', { reason, toStatus: 'registered', dueBy: null, dueWarnAt: null }));
      return ok(ev('reopened', { reason, toStatus: 'handling', ...restartHandling() }));
    }
    case 'reroute': {
      const reason = command.reason.trim();
      if (!reason) return fail(400, 'reason_required', '改派须说明理由');
      if (!dispatchable(ctx, command.unitId)) return fail(400, 'unknown_unit', '承办单位不存在或不可派单');
      if (command.unitId === lead) return fail(400, 'same_unit', '改派的单位与当前主办单位相同');
      if (outsideCentre(command.unitId)) return OUTSIDE();
      return ok(ev('rerouted', { fromUnitId: lead, unitId: command.unitId, reason, ...leadDeadlines(ctx.categoryPath) }));
    }
    case 'withdraw': {
      const reason = command.reason.trim();
      if (!reason) return fail(400, 'reason_required', '撤回须说明理由');
      return ok(ev('withdrawn', { reason, unitId: lead }));
    }
    case 'move': {
      const reason = command.reason.trim();
      if (!reason) return fail(400, 'reason_required', '移交须说明理由');
      if (!(ctx.isCentre?.(command.centreId) ?? false)) return fail(400, 'unknown_centre', '要移交的中心不存在');
      if (command.centreId === ticket.centreId) return fail(400, 'same_centre', '工单已属于该中心');
      // Only a centre above both: the root (or a province) takes a ticket back or moves it between cities.
      if (!inCentreScope(actor, command.centreId)) return fail(403, 'centre_outside_scope', '只有上级中心可以在其下属中心之间移交工单');
      return ok(ev('moved', { fromCentreId: ticket.centreId, centreId: command.centreId, reason, unitId: lead }));
    }
    case 'merge': {
      const target = ctx.target;
      if (!target) return fail(404, 'target_not_found', '要并入的工单不存在');
      if (target.id === ticket.id) return fail(400, 'merge_into_self', '不能并入自身');
      if (!OPEN_STATUSES.includes(target.status)) {
        return fail(409, 'target_not_open', `目标工单状态为“${STATUS_LABELS[target.status]}”，不能并入`);
      }
      return {
        ok: true,
        events: [ev('merged', { intoId: target.id, intoNumber: target.number })],
        targetEvents: [ev('merge_received', { fromId: ticket.id, fromNumber: ticket.number })],
      };
    }
    case 'transfer':
      return ok(ev('transferred', { to: command.to, note: command.note?.trim() || null }));
    case 'supervise': {
      const content = command.content.trim();
      if (!content) return fail(400, 'content_required', '督办内容不能为空');
      const days = command.replyDays ?? ctx.policy.superviseReplyDays[command.type];
      const replyBy = ctx.calendar.deadline(now, { amount: days, unit: 'working_days' });
      // Addressed to the lead unit: it answers to the centre for the whole chain.
      return ok(ev('supervised', { type: command.type, content, replyBy: iso(replyBy), unitId: lead }));
    }
    case 'note': {
      const content = command.content.trim();
      if (!content) return fail(400, 'content_required', '补充内容不能为空');
      // Only the platform (a channel) and the agent who takes the citizen's call speak for the citizen.
      const fromCitizen = !!command.fromCitizen && (actor.role === 'system' || actor.role === 'agent' || actor.role === 'admin');
      if (command.fromCitizen && !fromCitizen) return fail(403, 'forbidden', '只有话务员可以登记群众补充诉求');
      return ok(ev('noted', { content, fromCitizen, unitId: actor.role === 'unit_handler' ? actor.unitId : null }));
    }
    case 'consent': {
      // 保密工单 are never public: there is nothing to agree to.
      if (ticket.confidential && command.publicConsent) return fail(409, 'confidential', '保密工单不能公开');
      if (ticket.channel === 'open311' && !command.publicConsent) {
        return fail(409, 'public_channel', '通过 Open311 提交的诉求按渠道公开，不能记录为不同意公开');
      }
      if (ticket.publicConsent === command.publicConsent) {
        return fail(409, 'consent_unchanged', command.publicConsent ? '诉求人已同意公开' : '诉求人未同意公开');
      }
      return ok(ev('consent_recorded', { publicConsent: command.publicConsent }));
    }
    case 'assign': {
      // A unit gives its own ticket (a level of the chain is the unit itself) to one of its own
      // active handlers; an admin, to a handler of a unit of the chain.
      const chainUnits = chainOf(ticket).map((l) => l.unitId);
      if (actor.role === 'unit_handler' && (actor.unitId == null || !chainUnits.includes(actor.unitId))) {
        return fail(403, 'not_unit_ticket', '只能在本单位承办的工单上指定承办人');
      }
      const who = ctx.assignee;
      if (!who || who.id !== command.userId) return fail(400, 'unknown_user', '要指定的承办人不存在');
      const unitId = actor.role === 'unit_handler' ? actor.unitId : who.unitId;
      if (who.role !== 'unit_handler' || !who.active || who.unitId == null || who.unitId !== unitId || !chainUnits.includes(who.unitId)) {
        return fail(400, 'assignee_not_in_unit', '承办人须是本单位在用的经办人账号');
      }
      if (ticket.assigneeId === who.id) return fail(409, 'already_assigned', `工单已由${who.name}承办`);
      return ok(ev('assigned', { userId: who.id, name: who.name, unitId: who.unitId, fromUserId: ticket.assigneeId }));
    }
    case 'supervision-reply': {
      if (!ticket.supervision) return fail(409, 'no_open_supervision', '没有待回复的督办');
      const content = command.content.trim();
      if (!content) return fail(400, 'content_required', '督办回复内容不能为空');
      return ok(ev('supervision_replied', { content, type: ticket.supervision.kind }));
    }
  }
}

function ok(...events: AnyTicketEvent[]): Decision {
  return { ok: true, events };
}


export const COMMAND_LABELS: Record<CommandKind, string> = {
  answer: '直接答复',
  refuse: '不予受理',
  dispatch: '派单',
  accept: '签收',
  delegate: '下派',
  return: '退单',
  'review-return': '审核退单',
  extend: '申请延期',
  'review-extension': '审核延期',
  reply: '答复',
  'review-reply': '审核答复',
  callback: '回访',
  close: '办结',
  reopen: '重办',
  reroute: '改派',
  withdraw: '撤回',
  move: '移交中心',
  merge: '并单',
  transfer: '转警',
  supervise: '督办',
  'supervision-reply': '督办回复',
  note: '补充说明',
  consent: '记录公开意愿',
  assign: '指定承办人',
};

/** A ticket before its first event: evolve(emptyTicket(id), registered) gives the new ticket. */
export function emptyTicket(id: number): Ticket {
  const epoch = new Date(0);
  return {
    id, number: '', status: 'registered', channel: 'phone', line: null, type: 'consult', priority: 'normal',
    title: '', content: '', callerName: null, callerPhone: null, address: null, confidential: false, publicConsent: false, categoryId: null, districtId: null,
    unitId: null, centreId: null, chain: [], assistUnitIds: [], acceptBy: null, dueBy: null, acceptWarnAt: null, dueWarnAt: null,
    handleFrom: null, handleClock: false, callbackDueBy: null, alerts: [], supervision: null,
    dispatchedAt: null, acceptedAt: null, repliedAt: null, firstRepliedAt: null, firstReplyOnTime: null,
    handlingMinutes: null, replyScore: null, closedAt: null, directAnswer: false, pendingReturn: null, pendingExtension: null,
    extendedDays: 0, returnCount: 0, returnedFrom: [], reopenCount: 0, callbackAttempts: 0, callbackReached: false,
    resolved: null, satisfaction: null, mergedInto: null, transferredTo: null, repeatOf: null, repeatReason: null, assigneeId: null, createdAt: epoch,
    updatedAt: epoch, version: 0,
  };
}

const LEAVES_UNIT: readonly string[] = ['dispatched', 'rerouted', 'withdrawn', 'return_approved', 'moved'];
const HANDLE_ALERTS: readonly AlertKind[] = ['handle_warning', 'handle_overdue'];
const without = (alerts: AlertKind[], drop: readonly AlertKind[]) => alerts.filter((a) => !drop.includes(a));

export function evolve(ticket: Ticket, event: AnyTicketEvent): Ticket {
  // chain[0] always shows the lead unit's deadlines, acceptance and alerts: the ticket's own.
  const next = mirrorLead(evolveOne({ ...ticket, updatedAt: event.at, version: ticket.version + 1 }, event));
  // The 承办人 is the unit's: a ticket that leaves the unit (re-dispatched, re-routed, withdrawn, returned, moved) leaves them too.
  return LEAVES_UNIT.includes(event.type) ? { ...next, assigneeId: null } : next;
}

function evolveOne(t: Ticket, event: AnyTicketEvent): Ticket {
  switch (event.type) {
    case 'registered': {
      const p = event.payload;
      return {
        ...t, number: p.number, status: 'registered', channel: p.channel, line: p.line ?? null, type: p.type,
        priority: p.priority, title: p.title, content: p.content, callerName: p.callerName ?? null,
        callerPhone: p.callerPhone ?? null, address: p.address ?? null, categoryId: p.categoryId ?? null,
        districtId: p.districtId ?? null, confidential: p.confidential ?? false, publicConsent: p.publicConsent ?? false,
        centreId: p.centreId ?? null, createdAt: event.at,
      };
    }
    case 'answered':
      return { ...t, status: 'closed', closedAt: event.at, resolved: true, directAnswer: true };
    case 'dispatched': {
      const p = event.payload;
      return {
        ...t, status: 'dispatched', unitId: p.unitId, assistUnitIds: p.assistUnitIds, categoryId: p.categoryId ?? t.categoryId,
        acceptBy: new Date(p.acceptBy), dueBy: new Date(p.dueBy), acceptWarnAt: new Date(p.acceptWarnAt),
        dueWarnAt: new Date(p.dueWarnAt), handleFrom: event.at, handleClock: p.handleLimit.unit === 'clock_hours',
        dispatchedAt: event.at, acceptedAt: null, alerts: [], chain: [leadLevel(p.unitId, event.actorId, event.at, p.note, p)],
      };
    }
    case 'accepted': {
      // A level below the lead accepting leaves the ticket (and the lead's acceptance, which the measures use) as it is.
      const level = event.payload.level ?? 0;
      const chain = chainOf(t).map((l, i) => (i === level ? { ...l, state: 'handling' as const, acceptedAt: event.at.toISOString() } : l));
      return level > 0 ? { ...t, chain } : { ...t, chain, status: 'handling', acceptedAt: event.at };
    }
    case 'delegated':
    case 'level_replied':
    case 'reply_approved':
    case 'reply_rejected':
    case 'level_returned':
      return evolveChain(t, event);
    case 'rerouted': {
      // A fresh chain for the new unit, its limits from now; the first dispatch time stays (the citizen's total time).
      const p = event.payload;
      return {
        ...t, status: 'dispatched', unitId: p.unitId, chain: [leadLevel(p.unitId, event.actorId, event.at, p.reason, p)], assistUnitIds: [],
        acceptBy: new Date(p.acceptBy), dueBy: new Date(p.dueBy), acceptWarnAt: new Date(p.acceptWarnAt), dueWarnAt: new Date(p.dueWarnAt),
        handleFrom: event.at, handleClock: p.handleLimit.unit === 'clock_hours', acceptedAt: null, alerts: [],
        pendingReturn: null, pendingExtension: null, extendedDays: 0, supervision: null,
      };
    }
    case 'withdrawn':
      return {
        ...t, status: 'registered', unitId: null, chain: [], assistUnitIds: [], acceptBy: null, dueBy: null, acceptWarnAt: null,
        dueWarnAt: null, handleFrom: null, dispatchedAt: null, acceptedAt: null, pendingReturn: null, pendingExtension: null,
        extendedDays: 0, alerts: [], supervision: null,
      };
    case 'moved':
      // The new centre starts from its dispatch queue: a dispatch made by the old one is undone.
      return t.status === 'registered'
        ? { ...t, centreId: event.payload.centreId }
        : {
            ...t, centreId: event.payload.centreId, status: 'registered', unitId: null, chain: [], assistUnitIds: [], acceptBy: null,
            dueBy: null, acceptWarnAt: null, dueWarnAt: null, handleFrom: null, dispatchedAt: null, acceptedAt: null,
            pendingReturn: null, pendingExtension: null, extendedDays: 0, alerts: [], supervision: null,
          };
    case 'refused':
      return { ...t, status: 'refused', closedAt: event.at };
    case 'return_requested': {
      const p = event.payload;
      return {
        ...t,
        pendingReturn: {
          reason: p.reason, unitId: p.unitId, requestedBy: event.actorId, at: event.at.toISOString(),
          ...(p.suggestedUnitId != null ? { suggestedUnitId: p.suggestedUnitId } : {}),
        },
      };
    }
    case 'return_approved':
      return {
        ...t, status: 'registered', pendingReturn: null, unitId: null, chain: [], assistUnitIds: [], acceptBy: null,
        dueBy: null, acceptWarnAt: null, dueWarnAt: null, handleFrom: null, dispatchedAt: null, acceptedAt: null,
        pendingExtension: null, extendedDays: 0, alerts: [], supervision: null, returnCount: t.returnCount + 1,
        returnedFrom: [...t.returnedFrom, event.payload.unitId],
      };
    case 'return_rejected': {
      const p = event.payload;
      const date = (v: string | null | undefined, fallback: Date | null) => (v ? new Date(v) : fallback);
      return {
        ...t, pendingReturn: null, acceptBy: date(p.acceptBy, t.acceptBy), acceptWarnAt: date(p.acceptWarnAt, t.acceptWarnAt),
        dueBy: date(p.dueBy, t.dueBy), dueWarnAt: date(p.dueWarnAt, t.dueWarnAt),
      };
    }
    case 'extension_requested':
      return { ...t, pendingExtension: { days: event.payload.days, reason: event.payload.reason, requestedBy: event.actorId, at: event.at.toISOString() } };
    case 'extension_approved':
      return {
        ...t, pendingExtension: null, dueBy: new Date(event.payload.newDueBy), dueWarnAt: new Date(event.payload.dueWarnAt),
        extendedDays: t.extendedDays + event.payload.days, alerts: without(t.alerts, HANDLE_ALERTS),
      };
    case 'extension_denied':
      return { ...t, pendingExtension: null };
    case 'replied': {
      const first = t.firstRepliedAt == null;
      return {
        ...t, status: 'replied', repliedAt: event.at, callbackDueBy: new Date(event.payload.callbackDueBy),
        firstRepliedAt: first ? event.at : t.firstRepliedAt,
        firstReplyOnTime: first ? event.payload.onTime : t.firstReplyOnTime,
        handlingMinutes: first ? event.payload.workingMinutes : t.handlingMinutes,
        replyScore: event.payload.quality?.score ?? null,
      };
    }
    case 'called_back': {
      const p = event.payload;
      const recorded = {
        ...t, callbackAttempts: p.attempt, callbackReached: t.callbackReached || p.reached,
        resolved: p.resolved ?? t.resolved, satisfaction: p.satisfaction ?? t.satisfaction,
      };
      switch (p.outcome) {
        case 'pending':
          return recorded;
        case 'reopened':
          return {
            ...recorded, status: 'handling', reopenCount: t.reopenCount + 1, repliedAt: null, callbackDueBy: null,
            dueBy: p.dueBy ? new Date(p.dueBy) : t.dueBy, dueWarnAt: p.dueWarnAt ? new Date(p.dueWarnAt) : t.dueWarnAt,
            handleFrom: event.at, callbackAttempts: 0,
            alerts: without(t.alerts, [...HANDLE_ALERTS, 'callback_overdue']),
          };
        default:
          return { ...recorded, status: 'closed', closedAt: event.at, callbackDueBy: null };
      }
    }
    case 'closed':
      return { ...t, status: 'closed', closedAt: event.at, callbackDueBy: null };
    case 'reopened': {
      const p = event.payload;
      return {
        ...t, status: p.toStatus, reopenCount: t.reopenCount + 1, closedAt: null, repliedAt: null, callbackDueBy: null,
        dueBy: p.dueBy ? new Date(p.dueBy) : t.dueBy, dueWarnAt: p.dueWarnAt ? new Date(p.dueWarnAt) : t.dueWarnAt,
        handleFrom: p.toStatus === 'handling' ? event.at : t.handleFrom, callbackAttempts: 0, resolved: null,
        satisfaction: null, directAnswer: false, alerts: without(t.alerts, [...HANDLE_ALERTS, 'callback_overdue']),
      };
    }
    case 'merged':
      return { ...t, status: 'merged', mergedInto: event.payload.intoId, closedAt: event.at, supervision: null };
    case 'merge_received':
    case 'master_replied':
    case 'split_out':
    case 'split_from':
    case 'linked':
    case 'unlinked':
      return t;
    case 'imported': {
      const repliedAt = event.payload.repliedAt ? new Date(event.payload.repliedAt) : null;
      return { ...t, status: 'closed', closedAt: repliedAt ?? event.at, repliedAt, firstRepliedAt: repliedAt };
    }
    case 'transferred':
      return { ...t, status: 'transferred', transferredTo: event.payload.to, closedAt: event.at, supervision: null };
    case 'police_feedback':
      // The police's report: on the timeline (and in police_handoffs); the ticket stays transferred.
      return t;
    case 'supervised': {
      const p = event.payload;
      return {
        ...t, supervision: { kind: p.type, content: p.content, replyBy: p.replyBy, at: event.at.toISOString(), by: event.actorId },
        alerts: without(t.alerts, ['supervision_overdue']),
      };
    }
    case 'supervision_replied':
      return { ...t, supervision: null };
    case 'noted':
      return t;
    case 'consent_recorded':
      return { ...t, publicConsent: event.payload.publicConsent };
    case 'assigned':
      return { ...t, assigneeId: event.payload.userId };
    case 'repeat_flagged':
      return { ...t, repeatOf: event.payload.repeatOf, repeatReason: event.payload.reason };
    case 'deadline_alert': {
      const p = event.payload;
      if (p.level != null && p.level > 0) {
        // A level's own alert, raised once for that level (a new level at the same depth starts afresh).
        const chain = t.chain.map((l, i) => (i === p.level && l.unitId === p.unitId && !l.alerts.includes(p.alert) ? { ...l, alerts: [...l.alerts, p.alert] } : l));
        return { ...t, chain };
      }
      return { ...t, alerts: t.alerts.includes(p.alert) ? t.alerts : [...t.alerts, p.alert] };
    }
  }
}
