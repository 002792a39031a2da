// The work-order (工单) decider: decide(ticket, command, context) → events | error, and
// evolve(ticket, event) → ticket. Pure: no I/O, no clock, no randomness. The store appends
// the events and the evolved ticket in one transaction; the events are the audit trail (全程留痕).

import type { Duration, WorkCalendar } from './calendar.js';
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
  levelAlerts,
  mirrorLead,
  positionError,
  type ChainLevel,
} from './chain.js';
import { maskText, normalizePhone } from './masking.js';
import { resolveTimeLimits, type TimeLimitRule } from './time-limits.js';
import {
  NO_CALLBACK_REASONS,
  OPEN_STATUSES,
  REFUSAL_GUIDANCE,
  REFUSAL_LABELS,
  REFUSAL_REASONS,
  STATUS_LABELS,
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

export type { ChainLevel } from './chain.js';

export interface Ticket {
  id: number;
  number: string; // 工单编号, read out to the caller
  status: TicketStatus;
  channel: Channel;
  line: string | null; // merged hotline number (12315, 12333 …) the request came in on
  type: TicketType;
  priority: Priority;
  title: string;
  content: string;
  callerName: string | null;
  callerPhone: string | null;
  address: string | null;
  /** 保密工单 (GB/T 33358): never public, never exported with its text; only the centre and the lead unit's chain read it. */
  confidential: boolean;
  /** The citizen agreed to publication (portal checkbox, or recorded by the agent on the call). */
  publicConsent: boolean;
  categoryId: number | null;
  districtId: number | null; // the district (区/县) the request is about, for measures by area
  /** The unit HOLDING the ticket: the lead unit (主办), or the deepest level it was handed down to (chain.ts). */
  unitId: number | null;
  /** The hand-down chain (下派): chain[0] the lead unit the centre dispatched to, the last one the holder. */
  chain: ChainLevel[];
  assistUnitIds: number[]; // assisting units 协办
  // The lead level's (the centre's) limits; deeper levels keep their own in `chain`.
  acceptBy: Date | null;
  dueBy: Date | null;
  acceptWarnAt: Date | null; // 80% of the accept limit
  dueWarnAt: Date | null; // 80% of the handling limit
  handleFrom: Date | null; // when the current handling limit started (dispatch or reopen)
  handleClock: boolean; // the handling limit counts clock time (emergencies), not working time
  callbackDueBy: Date | null; // when the callback (回访) is due
  alerts: AlertKind[]; // warnings and overdue flags raised for the current deadlines
  supervision: Supervision | null; // an open supervision notice or urge awaiting the unit's answer
  dispatchedAt: Date | null;
  acceptedAt: Date | null;
  repliedAt: Date | null;
  firstRepliedAt: Date | null;
  firstReplyOnTime: boolean | null;
  handlingMinutes: number | null; // working minutes from dispatch to the first reply
  replyScore: number | null; // quality score (0–100) of the latest reply
  closedAt: Date | null;
  directAnswer: boolean; // closed by answering directly (直接答复)
  pendingReturn: PendingReturn | null;
  pendingExtension: PendingExtension | null;
  extendedDays: number;
  returnCount: number; // approved returns (退单)
  returnedFrom: number[]; // the units that returned it, one entry per approved return
  reopenCount: number;
  callbackAttempts: number;
  callbackReached: boolean;
  resolved: boolean | null;
  satisfaction: Satisfaction | null;
  mergedInto: number | null;
  transferredTo: EmergencyService | null;
  createdAt: Date;
  updatedAt: Date;
  version: number; // number of events applied
}

export interface PendingReturn {
  reason: string;
  unitId: number;
  /** 派单异议: the unit the returning one suggests instead. */
  suggestedUnitId?: number | null;
  requestedBy: number | null;
  at: string;
}

/** Deadline alerts the timer raises once each (时限预警/超期). */
export const ALERT_KINDS = ['accept_warning', 'accept_overdue', 'handle_warning', 'handle_overdue', 'callback_overdue', 'supervision_overdue'] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

/** A supervision notice (督办单) or an urge (催办) waiting for the unit's answer. */
export interface Supervision {
  kind: 'notice' | 'urge';
  content: string;
  replyBy: string;
  at: string;
  by: number | null;
}

export interface PendingExtension {
  days: number;
  reason: string;
  requestedBy: number | null;
  at: string;
}

/** Who acts. `scope` holds the unit ids a unit handler may see: their unit and its descendants. */
export interface Actor {
  id: number | null;
  role: Role | 'system';
  unitId: number | null;
  scope: ReadonlySet<number>;
}

/** The platform itself: registrations from the portal, Open311, email and imports, automatic dispatch. */
export const SYSTEM_ACTOR: Actor = { id: null, role: 'system', unitId: null, scope: new Set<number>() };

export interface RegisterInput {
  number: string;
  channel: Channel;
  line?: string | null;
  type: TicketType;
  priority?: Priority;
  title?: string | null;
  content: string;
  callerName?: string | null;
  callerPhone?: string | null;
  address?: string | null;
  categoryId?: number | null;
  districtId?: number | null;
  confidential?: boolean;
  publicConsent?: boolean;
}

export type Command =
  | { kind: 'answer'; content: string; articleId?: number | null }
  /** 不予受理: not for 12345; the citizen is told why and where to go (note required for 'other'). */
  | { kind: 'refuse'; reason: RefusalReason; note?: string | null }
  | { kind: 'dispatch'; unitId: number; assistUnitIds?: number[]; note?: string | null; categoryId?: number | null }
  | { kind: 'accept' }
  /** 下派: the holder hands the ticket to a unit below it. */
  | { kind: 'delegate'; unitId: number; note?: string | null }
  /** 退单: the lead level to the centre (with an optional suggested unit: 派单异议); a deeper level to the level above. */
  | { kind: 'return'; reason: string; suggestedUnitId?: number | null }
  /** The dispatcher's review of a return; approving may re-dispatch to another unit at once. */
  | { kind: 'review-return'; approve: boolean; note?: string | null; rerouteTo?: number | null }
  | { kind: 'extend'; days: number; reason: string }
  | { kind: 'review-extension'; approve: boolean; note?: string | null }
  | { kind: 'reply'; content: string }
  /** 审核答复: the level above the reviewing one approves its reply (it goes up) or rejects it (note required). */
  | { kind: 'review-reply'; approve: boolean; note?: string | null }
  | { kind: 'callback'; reached: boolean; resolved?: boolean | null; satisfaction?: Satisfaction | null; note?: string | null }
  /** A replied ticket closes without a reached callback only with a recorded reason; a registered one with a note. */
  | { kind: 'close'; note?: string | null; noCallbackReason?: NoCallbackReason | null }
  | { kind: 'reopen'; reason: string }
  /** 改派: the centre moves a dispatched or handling ticket to another unit; the old chain loses it. */
  | { kind: 'reroute'; unitId: number; reason: string }
  /** 撤回: the centre takes a dispatched or handling ticket back to the dispatch queue. */
  | { kind: 'withdraw'; reason: string }
  | { kind: 'merge'; intoId: number }
  | { kind: 'transfer'; to: EmergencyService; note?: string | null }
  | { kind: 'supervise'; type: 'notice' | 'urge'; content: string; replyDays?: number | null }
  | { kind: 'supervision-reply'; content: string }
  | { kind: 'note'; content: string; fromCitizen?: boolean }
  /** The citizen's decision on publication, recorded by staff (on a call): agreed, or withdrawn. */
  | { kind: 'consent'; publicConsent: boolean };
export type CommandKind = Command['kind'];
export const COMMAND_KINDS: readonly CommandKind[] = [
  'answer', 'refuse', 'dispatch', 'accept', 'delegate', 'return', 'review-return', 'extend', 'review-extension',
  'reply', 'review-reply', 'callback', 'close', 'reopen', 'reroute', 'withdraw', 'merge', 'transfer', 'supervise',
  'supervision-reply', 'note', 'consent',
];

/** Event payloads by event type: what the timeline shows for each step. */
export interface EventPayloads {
  registered: Omit<RegisterInput, 'number'> & { number: string; priority: Priority; title: string };
  answered: { content: string; articleId: number | null };
  dispatched: {
    unitId: number;
    assistUnitIds: number[];
    note: string | null;
    /** The category the dispatcher set (改分类) when it differs from the registered one; absent otherwise. */
    categoryId?: number;
    fromCategoryId?: number | null;
    acceptBy: string;
    dueBy: string;
    acceptWarnAt: string;
    dueWarnAt: string;
    acceptLimit: Duration;
    handleLimit: Duration;
  };
  /** `level`: the chain level that accepted (0 the lead unit; absent in events before chains). */
  accepted: { onTime: boolean; level?: number; unitId?: number };
  /** 下派: the holder handed the ticket to a unit below it; the new level's deadlines (capped: by the parent's dueBy). */
  delegated: {
    unitId: number;
    fromUnitId: number;
    level: number;
    note: string | null;
    acceptBy: string;
    dueBy: string;
    acceptWarnAt: string;
    dueWarnAt: string;
    acceptLimit: Duration;
    handleLimit: Duration;
    capped: boolean;
  };
  /** A level below the lead replied: its reply waits for the level above's review. */
  level_replied: { level: number; unitId: number; toUnitId: number; content: string; onTime: boolean };
  /** The level above approved the reply of `level`: it goes up to `toUnitId` (from the lead unit, `replied` follows). */
  reply_approved: { level: number; unitId: number; toUnitId: number; note: string | null; content: string };
  /** The level above rejected the reply of `level`: it handles on. */
  reply_rejected: { level: number; unitId: number; note: string };
  /** A level below the lead returned the ticket to the level above. */
  level_returned: { level: number; unitId: number; toUnitId: number; reason: string; suggestedUnitId: number | null };
  /** 改派: the centre moved the ticket to another lead unit; limits restart from now. */
  rerouted: {
    fromUnitId: number | null;
    unitId: number;
    reason: string;
    acceptBy: string;
    dueBy: string;
    acceptWarnAt: string;
    dueWarnAt: string;
    acceptLimit: Duration;
    handleLimit: Duration;
  };
  /** 撤回: the centre took the ticket back to the dispatch queue. */
  withdrawn: { reason: string; unitId: number | null };
  /** 不予受理, with what the citizen is told: why (label) and where to go (guidance). */
  refused: { reason: RefusalReason; label: string; guidance: string; note: string | null };
  return_requested: { reason: string; unitId: number; suggestedUnitId?: number };
  return_approved: { note: string | null; unitId: number };
  /** A rejected return pauses the clock: deadlines move on by the time the review took. */
  return_rejected: {
    note: string | null;
    unitId: number;
    pausedMinutes: number; // working minutes (clock minutes for clock-time limits)
    acceptBy: string | null;
    dueBy: string | null;
    acceptWarnAt: string | null;
    dueWarnAt: string | null;
  };
  extension_requested: { days: number; reason: string };
  extension_approved: { note: string | null; days: number; oldDueBy: string; newDueBy: string; dueWarnAt: string };
  extension_denied: { note: string | null; days: number };
  replied: {
    content: string;
    onTime: boolean;
    workingMinutes: number | null;
    callbackDueBy: string;
    /** Reply quality (答复质量), scored when the reply is written: shown to callback agents and supervisors. */
    quality?: { score: number; grade: string; parts: Record<string, number | null>; reasons: string[] };
  };
  called_back: {
    reached: boolean;
    resolved: boolean | null;
    satisfaction: Satisfaction | null;
    note: string | null;
    attempt: number;
    outcome: 'pending' | 'closed' | 'reopened' | 'closed_unreachable' | 'closed_reopen_limit';
    dueBy: string | null; // the new handling deadline when reopened
    dueWarnAt?: string | null;
  };
  /** noCallbackReason: why a replied ticket closed without a callback that reached the citizen. */
  closed: { note: string | null; noCallbackReason?: NoCallbackReason | null };
  reopened: { reason: string; toStatus: 'handling' | 'registered'; dueBy: string | null; dueWarnAt?: string | null };
  merged: { intoId: number; intoNumber: string };
  merge_received: { fromId: number; fromNumber: string };
  /** History brought in from another system (hotline import): already closed, with its reply. */
  imported: { source: string; externalId: string; reply: string | null; repliedAt: string | null; label: string | null };
  /** On a merged ticket: the master it was merged into has been replied; the citizen is told. */
  master_replied: { masterId: number; masterNumber: string; content: string };
  transferred: { to: EmergencyService; note: string | null };
  supervised: { type: 'notice' | 'urge'; content: string; replyBy: string; unitId: number | null };
  supervision_replied: { content: string; type: 'notice' | 'urge' };
  /**
   * Added information (补充说明): from the citizen (补充诉求: a call about the same request, an
   * Open311 or portal update) or a note by staff; `unitId` is the writer's unit when a unit wrote it.
   */
  noted: { content: string; fromCitizen: boolean; unitId: number | null };
  /** The citizen agreed to publication (masked) or withdrew the agreement; recorded by staff. */
  consent_recorded: { publicConsent: boolean };
  /** Raised by the timer: a warning at 80% of a limit, or overdue; escalated to the parent unit when handling is overdue. */
  /** `level`: a level of the chain below the lead (absent for the lead's and the ticket's own alerts). */
  deadline_alert: { alert: AlertKind; deadline: string; unitId: number | null; escalatedTo: number | null; level?: number };
}
export type EventType = keyof EventPayloads;

export interface TicketEvent<T extends EventType = EventType> {
  type: T;
  at: Date;
  actorId: number | null;
  payload: EventPayloads[T];
}
export type AnyTicketEvent = { [K in EventType]: TicketEvent<K> }[EventType];

/** Rules a city configures. */
export interface Policy {
  maxReopens: number; // 重办 at most this many times, then a dissatisfied callback closes
  reopenWindowDays: number; // a closed ticket may be reopened within this many days
  maxExtensionDays: number; // total working days of extension (延期) a ticket may get
  maxCallbackAttempts: number; // unreachable callbacks before the ticket closes on its own
  callbackDays: number; // working days after the reply by which the callback is due
  superviseReplyDays: { notice: number; urge: number }; // default reply limits for 督办 and 催办
  warnFraction: number; // a warning fires at this fraction of a limit (0.8)
  minRankingSample: number; // units with fewer tickets in a period are listed but not ranked (样本不足; src/domain/rankings.ts)
}

export const DEFAULT_POLICY: Policy = {
  maxReopens: 2,
  reopenWindowDays: 30,
  maxExtensionDays: 15,
  maxCallbackAttempts: 3,
  callbackDays: 1,
  superviseReplyDays: { notice: 3, urge: 1 },
  warnFraction: 0.8,
  minRankingSample: 10,
};

export interface UnitRef {
  id: number;
  kind: string;
  active: boolean;
  parentId: number | null;
}

export interface DecideContext {
  actor: Actor;
  now: Date;
  calendar: WorkCalendar;
  rules: readonly TimeLimitRule[];
  /** The ticket's category and its ancestors, nearest first. */
  categoryPath: readonly number[];
  /** Any category's path, nearest first ([] for an unknown one): a dispatch may set the category. */
  categoryPathOf?: (categoryId: number) => readonly number[];
  policy: Policy;
  units: ReadonlyMap<number, UnitRef>;
  /** For merge: the ticket to merge into, if the actor can see it. */
  target?: Ticket | null;
}

export interface DomainError {
  status: 400 | 403 | 404 | 409 | 422;
  code: string;
  detail: string; // zh-CN, shown to the user
}

export type Decision =
  | { ok: true; events: AnyTicketEvent[]; targetEvents?: AnyTicketEvent[] }
  | { ok: false; error: DomainError };

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
  merge: ['dispatcher', 'admin'],
  transfer: ['agent', 'dispatcher', 'admin'],
  supervise: ['supervisor', 'admin'],
  'supervision-reply': ['unit_handler', 'admin'],
  note: ['agent', 'dispatcher', 'unit_handler', 'callback_agent', 'supervisor', 'admin'],
  consent: ['agent', 'dispatcher', 'admin'],
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
  merge: OPEN_STATUSES,
  transfer: OPEN_STATUSES,
  supervise: ['dispatched', 'handling', 'replied'],
  'supervision-reply': ['dispatched', 'handling', 'replied'],
  note: OPEN_STATUSES,
  consent: OPEN_STATUSES,
};

export const REGISTER_ROLES: readonly (Role | 'system')[] = ['agent', 'dispatcher', 'admin', 'system'];

/**
 * What the system itself may do: dispatch automatically, when an admin enabled it (智能派单),
 * record the callback of record when the verified citizen rates the reply on the portal, and add
 * what a citizen sends about an open request through a channel (补充诉求).
 */
export const SYSTEM_COMMANDS: readonly CommandKind[] = ['dispatch', 'callback', 'note'];

/**
 * Data scope: unit handlers see the tickets whose holding or assisting unit is in their subtree;
 * other roles see all. The holder is handed the ticket only from a unit above it, so every level
 * of the chain sees it, and no sibling unit does.
 */
export function canSee(actor: Actor, ticket: Pick<Ticket, 'unitId' | 'assistUnitIds'>): boolean {
  if (actor.role !== 'unit_handler') return true;
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
    },
  };
  return { ok: true, events: [event] };
}

/** A title for a request that came without one: its first sentence, at most 30 characters. */
export function deriveTitle(content: string): string {
  // Masked before cutting: a phone number cut in half would no longer look like one.
  const masked = maskText(content);
  const first = masked.split(/[。！？!?\n]/)[0].trim() || masked.trim();
  const chars = [...first]; // by code point, so an emoji is never cut in half
  return chars.length > 30 ? `${chars.slice(0, 30).join('')}…` : first;
}

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
      const base = { reached: true, resolved: command.resolved, satisfaction: command.satisfaction, note, attempt };
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
      if (reason === 'confidential' && !ticket.confidential) return fail(409, 'not_confidential', '该工单不是保密工单');
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
      return ok(ev('rerouted', { fromUnitId: lead, unitId: command.unitId, reason, ...leadDeadlines(ctx.categoryPath) }));
    }
    case 'withdraw': {
      const reason = command.reason.trim();
      if (!reason) return fail(400, 'reason_required', '撤回须说明理由');
      return ok(ev('withdrawn', { reason, unitId: lead }));
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
    case 'supervision-reply': {
      if (!ticket.supervision) return fail(409, 'no_open_supervision', '没有待回复的督办');
      const content = command.content.trim();
      if (!content) return fail(400, 'content_required', '督办回复内容不能为空');
      return ok(ev('supervision_replied', { content, type: ticket.supervision.kind }));
    }
  }
}

/**
 * The ticket's own alerts whose time has come at `now` and that have not been raised yet, with
 * their deadlines: the lead level's accept and handling limits, the callback, supervision. The
 * levels below the lead have their own (chain.ts levelAlerts).
 */
export function dueAlerts(t: Ticket, now: Date): { alert: AlertKind; deadline: Date }[] {
  const out: { alert: AlertKind; deadline: Date }[] = [];
  const check = (alert: AlertKind, at: Date | null, deadline: Date | null) => {
    if (at && deadline && at <= now && !t.alerts.includes(alert)) out.push({ alert, deadline });
  };
  if (t.status === 'dispatched') {
    check('accept_warning', t.acceptWarnAt, t.acceptBy);
    check('accept_overdue', t.acceptBy && new Date(t.acceptBy.getTime() + 1), t.acceptBy);
  }
  if (t.status === 'dispatched' || t.status === 'handling') {
    check('handle_warning', t.dueWarnAt, t.dueBy);
    check('handle_overdue', t.dueBy && new Date(t.dueBy.getTime() + 1), t.dueBy);
  }
  if (t.status === 'replied') check('callback_overdue', t.callbackDueBy && new Date(t.callbackDueBy.getTime() + 1), t.callbackDueBy);
  if (t.supervision && OPEN_STATUSES.includes(t.status)) {
    const replyBy = new Date(t.supervision.replyBy);
    check('supervision_overdue', new Date(replyBy.getTime() + 1), replyBy);
  }
  return out;
}

/** When the timer next has something to raise for this ticket, at any level (null: nothing pending). */
export function nextAlertAt(t: Ticket): Date | null {
  const far = new Date(8.64e15);
  const times = [...dueAlerts(t, far).map((a) => alertTime(t, a.alert)), ...levelAlerts(t, far).map((a) => a.at)];
  const [first] = times.sort((a, b) => a.getTime() - b.getTime());
  return first ?? null;
}

function alertTime(t: Ticket, alert: AlertKind): Date {
  const plus1 = (d: Date | null) => new Date((d as Date).getTime() + 1);
  switch (alert) {
    case 'accept_warning':
      return t.acceptWarnAt as Date;
    case 'accept_overdue':
      return plus1(t.acceptBy);
    case 'handle_warning':
      return t.dueWarnAt as Date;
    case 'handle_overdue':
      return plus1(t.dueBy);
    case 'callback_overdue':
      return plus1(t.callbackDueBy);
    case 'supervision_overdue':
      return plus1(new Date((t.supervision as Supervision).replyBy));
  }
}

/**
 * The timer's decision for one ticket: one deadline_alert event per alert that has come due, the
 * lead unit's (and the ticket's) first, then each level's below it, for that level's unit.
 */
export function decideAlerts(t: Ticket, now: Date, units: ReadonlyMap<number, UnitRef>): AnyTicketEvent[] {
  const lead = leadUnitId(t) ?? t.unitId;
  const own: AnyTicketEvent[] = dueAlerts(t, now).map(({ alert, deadline }) => {
    // Overdue handling escalates to the unit above (区 → 市, 街道 → 区).
    const escalatedTo = alert === 'handle_overdue' && lead != null ? (units.get(lead)?.parentId ?? null) : null;
    return { type: 'deadline_alert', at: now, actorId: null, payload: { alert, deadline: iso(deadline), unitId: lead, escalatedTo } };
  });
  // A level below the lead: its overdue handling escalates to the level that handed it down.
  const levels: AnyTicketEvent[] = levelAlerts(t, now).map((a) => ({
    type: 'deadline_alert', at: now, actorId: null,
    payload: { alert: a.alert, deadline: iso(a.deadline), unitId: a.unitId, escalatedTo: a.escalatedTo, level: a.level },
  }));
  return [...own, ...levels];
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
  merge: '并单',
  transfer: '转警',
  supervise: '督办',
  'supervision-reply': '督办回复',
  note: '补充说明',
  consent: '记录公开意愿',
};

/** A ticket before its first event: evolve(emptyTicket(id), registered) gives the new ticket. */
export function emptyTicket(id: number): Ticket {
  const epoch = new Date(0);
  return {
    id, number: '', status: 'registered', channel: 'phone', line: null, type: 'consult', priority: 'normal',
    title: '', content: '', callerName: null, callerPhone: null, address: null, confidential: false, publicConsent: false, categoryId: null, districtId: null,
    unitId: null, chain: [], assistUnitIds: [], acceptBy: null, dueBy: null, acceptWarnAt: null, dueWarnAt: null,
    handleFrom: null, handleClock: false, callbackDueBy: null, alerts: [], supervision: null,
    dispatchedAt: null, acceptedAt: null, repliedAt: null, firstRepliedAt: null, firstReplyOnTime: null,
    handlingMinutes: null, replyScore: null, closedAt: null, directAnswer: false, pendingReturn: null, pendingExtension: null,
    extendedDays: 0, returnCount: 0, returnedFrom: [], reopenCount: 0, callbackAttempts: 0, callbackReached: false,
    resolved: null, satisfaction: null, mergedInto: null, transferredTo: null, createdAt: epoch,
    updatedAt: epoch, version: 0,
  };
}

const HANDLE_ALERTS: readonly AlertKind[] = ['handle_warning', 'handle_overdue'];
const without = (alerts: AlertKind[], drop: readonly AlertKind[]) => alerts.filter((a) => !drop.includes(a));

export function evolve(ticket: Ticket, event: AnyTicketEvent): Ticket {
  // chain[0] always shows the lead unit's deadlines, acceptance and alerts: the ticket's own.
  return mirrorLead(evolveOne({ ...ticket, updatedAt: event.at, version: ticket.version + 1 }, event));
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
        createdAt: event.at,
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
      return t;
    case 'imported': {
      const repliedAt = event.payload.repliedAt ? new Date(event.payload.repliedAt) : null;
      return { ...t, status: 'closed', closedAt: repliedAt ?? event.at, repliedAt, firstRepliedAt: repliedAt };
    }
    case 'transferred':
      return { ...t, status: 'transferred', transferredTo: event.payload.to, closedAt: event.at, supervision: null };
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
