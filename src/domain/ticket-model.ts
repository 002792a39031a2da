// The work order's (工单) shape: the ticket, the commands that change it, the events they leave,
// and what the decider is given and answers. Types and a few constants only: the decider is
// ticket.ts (which re-exports all of this), the hand-down chain's rules chain.ts, the deadline
// alerts alerts.ts.

import type { Duration, WorkCalendar } from './calendar.js';
import type { TimeLimitRule } from './time-limits.js';
import type {
  Channel,
  EmergencyService,
  LevelState,
  NoCallbackReason,
  Priority,
  RefusalReason,
  RepeatReason,
  Role,
  Satisfaction,
  TicketStatus,
  TicketType,
} from './ticket-types.js';

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
  /**
   * The centre that owns the ticket (中心/分中心, a unit marked is_centre): its agents, dispatchers
   * and callback agents work it, the centres above it supervise it. Null: the root centre's.
   */
  centreId: number | null;
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
  /** 重复件: the earlier ticket this one repeats (same caller or same matter within 30 days), found after registration. */
  repeatOf: number | null;
  repeatReason: RepeatReason | null;
  /** 承办人: the person inside the holding unit the unit gave the ticket to (assign); cleared when the ticket leaves the unit. */
  assigneeId: number | null;
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
  /** The actor's centre (the nearest centre at or above their unit; the root centre's staff: the root). */
  centreId?: number | null;
  /**
   * Centre staff's data scope (agent, dispatcher, callback agent, supervisor, analyst): the units
   * of their centre's subtree, so a ticket is theirs when its centre is in it. Null or absent:
   * every centre (the root centre's staff, admins, the system).
   */
  centres?: ReadonlySet<number> | null;
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
  /** The centre that owns the ticket: set by registration (src/app/register.ts), never by a client. */
  centreId?: number | null;
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
  /** grade: the citizen's own 1–5 answer (好差评 五级: 1 非常满意 … 5 非常不满意) when rated by SMS or IVR (src/domain/sms-rating.ts). */
  | { kind: 'callback'; reached: boolean; resolved?: boolean | null; satisfaction?: Satisfaction | null; note?: string | null; grade?: number | null }
  /** A replied ticket closes without a reached callback only with a recorded reason; a registered one with a note. */
  | { kind: 'close'; note?: string | null; noCallbackReason?: NoCallbackReason | null }
  | { kind: 'reopen'; reason: string }
  /** 改派: the centre moves a dispatched or handling ticket to another unit; the old chain loses it. */
  | { kind: 'reroute'; unitId: number; reason: string }
  /** 撤回: the centre takes a dispatched or handling ticket back to the dispatch queue. */
  | { kind: 'withdraw'; reason: string }
  /** 移交: a centre above both moves the ticket to another centre (takes it back from a sub-centre, or between cities). */
  | { kind: 'move'; centreId: number; reason: string }
  | { kind: 'merge'; intoId: number }
  | { kind: 'transfer'; to: EmergencyService; note?: string | null }
  | { kind: 'supervise'; type: 'notice' | 'urge'; content: string; replyDays?: number | null }
  | { kind: 'supervision-reply'; content: string }
  | { kind: 'note'; content: string; fromCitizen?: boolean }
  /** The citizen's decision on publication, recorded by staff (on a call): agreed, or withdrawn. */
  | { kind: 'consent'; publicConsent: boolean }
  /** 指定承办人: a unit gives the ticket to one of its own handlers. */
  | { kind: 'assign'; userId: number };
export type CommandKind = Command['kind'];
export const COMMAND_KINDS: readonly CommandKind[] = [
  'answer', 'refuse', 'dispatch', 'accept', 'delegate', 'return', 'review-return', 'extend', 'review-extension',
  'reply', 'review-reply', 'callback', 'close', 'reopen', 'reroute', 'withdraw', 'move', 'merge', 'transfer', 'supervise',
  'supervision-reply', 'note', 'consent', 'assign',
];

/** The deadlines a dispatch, a hand-down or a re-route sets for the level it starts (ISO times) and the limits behind them. */
export interface LevelDeadlines {
  acceptBy: string;
  dueBy: string;
  acceptWarnAt: string;
  dueWarnAt: string;
  acceptLimit: Duration;
  handleLimit: Duration;
}

/** Event payloads by event type: what the timeline shows for each step. */
export interface EventPayloads {
  registered: Omit<RegisterInput, 'number'> & { number: string; priority: Priority; title: string };
  answered: { content: string; articleId: number | null };
  dispatched: LevelDeadlines & {
    unitId: number;
    assistUnitIds: number[];
    note: string | null;
    /** The category the dispatcher set (改分类) when it differs from the registered one; absent otherwise. */
    categoryId?: number;
    fromCategoryId?: number | null;
  };
  /** `level`: the chain level that accepted (0 the lead unit; absent in events before chains). */
  accepted: { onTime: boolean; level?: number; unitId?: number };
  /** 下派: the holder handed the ticket to a unit below it; the new level's deadlines (capped: by the parent's dueBy). */
  delegated: LevelDeadlines & {
    unitId: number;
    fromUnitId: number;
    level: number;
    note: string | null;
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
  rerouted: LevelDeadlines & {
    fromUnitId: number | null;
    unitId: number;
    reason: string;
  };
  /** 撤回: the centre took the ticket back to the dispatch queue. */
  withdrawn: { reason: string; unitId: number | null };
  /** 移交: the ticket now belongs to another centre; a dispatch is undone (unitId: the lead unit that lost it). */
  moved: { fromCentreId: number | null; centreId: number; reason: string; unitId: number | null };
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
    /** The citizen's 1–5 digit (短信回访/IVR), kept beside the satisfaction it maps to. */
    grade?: number | null;
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
  /**
   * 110's report on a ticket transferred to it (12345 ↔ 110 联动, src/domain/police.ts): its record
   * id (警情编号) and status — received, dispatched, handled (已接收/已派警/已处置) — with its text.
   * via: posted by 110 (feedback) or returned as the answer to our 警单 (response).
   */
  police_feedback: {
    service: EmergencyService;
    policeRecordId: string;
    status: 'received' | 'dispatched' | 'handled';
    label: string;
    result: string | null;
    via: 'feedback' | 'response';
  };
  supervised: { type: 'notice' | 'urge'; content: string; replyBy: string; unitId: number | null };
  supervision_replied: { content: string; type: 'notice' | 'urge' };
  /**
   * Added information (补充说明): from the citizen (补充诉求: a call about the same request, an
   * Open311 or portal update) or a note by staff; `unitId` is the writer's unit when a unit wrote it.
   */
  noted: { content: string; fromCitizen: boolean; unitId: number | null };
  /** The citizen agreed to publication (masked) or withdrew the agreement; recorded by staff. */
  consent_recorded: { publicConsent: boolean };
  /** 指定承办人: the unit's handler now working the ticket (name as it was then), and who had it before. */
  assigned: { userId: number; name: string; unitId: number; fromUserId: number | null };
  /** 重复件: found by the system after registration (app/repeats.ts): the same caller about a similar matter, or the same matter from anyone; score is the matter's similarity. */
  repeat_flagged: { repeatOf: number; repeatOfNumber: string; reason: RepeatReason; score: number };
  /** 拆分出: part of this request was split into a new ticket (src/domain/links.ts). */
  split_out: { toId: number; toNumber: string };
  /** 拆分自: this ticket was split from that one (the same call: same caller, same received time). */
  split_from: { fromId: number; fromNumber: string };
  /** 关联: linked with another ticket; direction 'out' on the ticket acted on (a follow_up's other ticket follows this one). */
  linked: { otherId: number; otherNumber: string; kind: 'related' | 'same_matter' | 'follow_up'; direction: 'out' | 'in' };
  /** 取消关联. */
  unlinked: { otherId: number; otherNumber: string; kind: 'split' | 'related' | 'same_matter' | 'follow_up' };
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
  dispatchMinutes: number; // 派单时限: working minutes from registration by which a ticket should be dispatched (2 working hours)
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
  dispatchMinutes: 120,
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
  /**
   * A centre's units (its subtree; null: every unit, the root centre): where the ticket's centre
   * may dispatch. Absent: no centres configured.
   */
  centreUnits?: (centreId: number | null) => ReadonlySet<number> | null;
  /** Whether a unit is a centre (a ticket may be moved to it). */
  isCentre?: (unitId: number) => boolean;
  /** For merge: the ticket to merge into, if the actor can see it. */
  target?: Ticket | null;
  /** For assign: the user named, as the store found them (null: no such user). */
  assignee?: { id: number; name: string; role: string; unitId: number | null; active: boolean } | null;
}

export interface DomainError {
  status: 400 | 403 | 404 | 409 | 422;
  code: string;
  detail: string; // zh-CN, shown to the user
}

export type Decision =
  | { ok: true; events: AnyTicketEvent[]; targetEvents?: AnyTicketEvent[] }
  | { ok: false; error: DomainError };

/** One level of the chain: the unit that got the ticket, when and from whom, its deadlines and state. */
export interface ChainLevel {
  unitId: number;
  /** Who handed the ticket to this level: the dispatcher (level 0) or a handler of the level above; null: the system. */
  delegatedBy: number | null;
  at: string; // ISO: when this level got the ticket
  note: string | null; // the hand-down note (下派意见)
  acceptBy: string;
  dueBy: string;
  acceptWarnAt: string;
  dueWarnAt: string;
  acceptedAt: string | null;
  state: LevelState;
  /** The reply waiting for the level above's review (state 'reviewing'). */
  reply: LevelReply | null;
  /** The level above's latest rejection of this level's reply, with its reason (cleared by the next reply). */
  rejection: LevelRejection | null;
  /** Deadline alerts raised for this level (level 0: the ticket's own accept and handle alerts, mirrored). */
  alerts: AlertKind[];
}

/** A reply on its way up: what the deepest level wrote, when and who. */
export interface LevelReply {
  content: string;
  at: string;
  by: number | null;
  unitId: number; // the unit that wrote it
}

export interface LevelRejection {
  note: string;
  at: string;
  by: number | null;
}
