// Split and link (一件多诉 拆分 / 关联工单). One call often raises two matters (a road pothole and
// an unpaid wage): each must travel to its own unit with its own deadline. Splitting (拆分) moves
// part of a request into a new ticket — the same caller and channel, the same received time (the
// citizen called once), its own number — linked both ways; linking (关联) relates two existing
// tickets (related, the same matter from another caller, a follow-up), and unlinking undoes it.
//
// Like merge (并单) these steps touch two tickets: the decision is the events of the ticket acted
// on and those of the other (Decision.targetEvents). The split's new ticket is registered by the
// store (it draws the number) in the same transaction, then splitEvents records both sides.
// Pure: no I/O, no clock.

import { canSee, deriveTitle, type Actor, type AnyTicketEvent, type DomainError, type RegisterInput, type Ticket, type TicketEvent } from './ticket.js';
import { STATUS_LABELS, TICKET_TYPES, PRIORITIES, MAX_TEXT, type Priority, type Role, type TicketStatus, type TicketType } from './ticket-types.js';

/** How two tickets relate. 'split' is made only by splitting, and stays (the split is history). */
export const LINK_KINDS = ['split', 'related', 'same_matter', 'follow_up'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];
/** The kinds a user links and unlinks by hand. */
export const MANUAL_LINK_KINDS = ['related', 'same_matter', 'follow_up'] as const satisfies readonly LinkKind[];
export type ManualLinkKind = (typeof MANUAL_LINK_KINDS)[number];

export const LINK_KIND_LABELS: Record<LinkKind, string> = {
  split: '拆分', // 一件多诉
  related: '相关工单',
  same_matter: '同一事项（其他来电人）',
  follow_up: '后续工单',
};

/**
 * Who splits, and when: the agent who took the call and the dispatcher who reads it before
 * dispatch. Only while the centre holds the ticket and nobody has started on it (registered: a
 * returned or withdrawn ticket is registered again). Once dispatched, the unit holds the whole
 * request; the centre withdraws it (撤回) first, or the unit returns it (退单), and splits then.
 */
export const SPLIT_ROLES: readonly Role[] = ['agent', 'dispatcher', 'admin'];
export const SPLIT_STATES: readonly TicketStatus[] = ['registered'];

/**
 * Who links: the centre's staff who work tickets across units (registering, dispatching, calling
 * back, supervising). Not unit handlers (a unit sees only its own tickets, so cannot know the
 * other side), nor analysts and inspectors, who read. Any state: a follow-up is often linked to a
 * closed ticket.
 */
export const LINK_ROLES: readonly Role[] = ['agent', 'dispatcher', 'callback_agent', 'supervisor', 'admin'];

/** The second matter, as the agent writes it. Caller, channel, line and centre are the source's. */
export interface SplitInput {
  content: string;
  title?: string | null;
  type?: TicketType | null;
  priority?: Priority | null;
  categoryId?: number | null;
  address?: string | null;
  districtId?: number | null;
}

export interface SplitContext {
  actor: Actor;
  /** Any category's path, nearest first ([] for an unknown one). */
  categoryPathOf: (categoryId: number) => readonly number[];
}

type Fail = { ok: false; error: DomainError };
const fail = (status: DomainError['status'], code: string, detail: string): Fail => ({ ok: false, error: { status, code, detail } });

/**
 * Whether the actor may split this ticket with this input, and if so the new ticket's request
 * (registered by the store at the source's received time: the citizen called once).
 */
export function decideSplit(source: Ticket, input: SplitInput, ctx: SplitContext): { ok: true; register: Omit<RegisterInput, 'number'> } | Fail {
  const { actor } = ctx;
  if (!canSee(actor, source)) return fail(404, 'ticket_not_found', '工单不存在');
  if (actor.role === 'system' || !SPLIT_ROLES.includes(actor.role)) return fail(403, 'forbidden', '当前角色无权拆分工单');
  if (!SPLIT_STATES.includes(source.status)) {
    return fail(409, 'invalid_state', `工单当前状态为“${STATUS_LABELS[source.status]}”，不能拆分（已派单的工单请先撤回或由承办单位退单）`);
  }
  const content = input.content.trim();
  if (!content) return fail(400, 'content_required', '拆分出的诉求内容不能为空');
  if ([...content].length > MAX_TEXT) return fail(400, 'content_too_long', `诉求内容不能超过 ${MAX_TEXT} 字`);
  if (content === source.content.trim()) return fail(400, 'same_content', '拆分出的诉求与原工单内容相同：请只写另一件事');
  if (input.type != null && !TICKET_TYPES.includes(input.type)) return fail(400, 'unknown_type', '诉求类型不存在');
  if (input.priority != null && !PRIORITIES.includes(input.priority)) return fail(400, 'unknown_priority', '紧急程度不存在');
  if (input.categoryId != null && !ctx.categoryPathOf(input.categoryId).length) return fail(400, 'unknown_category', '诉求分类不存在');
  const address = input.address === undefined ? source.address : input.address?.trim() || null;
  return {
    ok: true,
    register: {
      channel: source.channel,
      line: source.line,
      type: input.type ?? source.type,
      priority: input.priority ?? source.priority,
      title: input.title?.trim() || deriveTitle(content),
      content,
      callerName: source.callerName,
      callerPhone: source.callerPhone,
      address,
      categoryId: input.categoryId ?? null,
      districtId: input.districtId ?? null,
      confidential: source.confidential,
      publicConsent: source.publicConsent,
      centreId: source.centreId,
    },
  };
}

/** The two sides of a split, once the new ticket is registered: 拆分出 on the source, 拆分自 on the new one. */
export function splitEvents(source: Ticket, created: Ticket, actor: Actor, now: Date): { events: AnyTicketEvent[]; targetEvents: AnyTicketEvent[] } {
  const out: TicketEvent<'split_out'> = { type: 'split_out', at: now, actorId: actor.id, payload: { toId: created.id, toNumber: created.number } };
  const from: TicketEvent<'split_from'> = { type: 'split_from', at: now, actorId: actor.id, payload: { fromId: source.id, fromNumber: source.number } };
  return { events: [out], targetEvents: [from] };
}

export interface LinkContext {
  actor: Actor;
  now: Date;
  /** The other ticket, as the store found it (null: none). */
  other: Ticket | null;
  /** How the two are linked now (null: they are not). */
  existing: LinkKind | null;
}

const linkGate = (ticket: Ticket, otherId: number, ctx: LinkContext, verb: string): Fail | null => {
  const { actor } = ctx;
  if (!canSee(actor, ticket)) return fail(404, 'ticket_not_found', '工单不存在');
  if (actor.role === 'system' || !LINK_ROLES.includes(actor.role)) return fail(403, 'forbidden', `当前角色无权${verb}工单`);
  if (otherId === ticket.id) return fail(400, 'link_to_self', `不能与自身${verb}`);
  // A ticket the actor may not see does not exist for them (never say it does).
  if (!ctx.other || ctx.other.id !== otherId || !canSee(actor, ctx.other)) return fail(404, 'target_not_found', `要${verb}的工单不存在`);
  return null;
};

/** 关联: both timelines record it, each naming the other. `follow_up`: the other ticket follows up this one. */
export function decideLink(ticket: Ticket, command: { otherId: number; kind: ManualLinkKind }, ctx: LinkContext): { ok: true; events: AnyTicketEvent[]; targetEvents: AnyTicketEvent[] } | Fail {
  const gate = linkGate(ticket, command.otherId, ctx, '关联');
  if (gate) return gate;
  if (!(MANUAL_LINK_KINDS as readonly string[]).includes(command.kind)) return fail(400, 'unknown_link_kind', '关联类型不存在');
  if (ctx.existing) return fail(409, 'already_linked', `两张工单已关联（${LINK_KIND_LABELS[ctx.existing]}）`);
  const other = ctx.other as Ticket;
  const ev = (payload: EventPayloadsOf<'linked'>): TicketEvent<'linked'> => ({ type: 'linked', at: ctx.now, actorId: ctx.actor.id, payload });
  return {
    ok: true,
    events: [ev({ otherId: other.id, otherNumber: other.number, kind: command.kind, direction: 'out' })],
    targetEvents: [ev({ otherId: ticket.id, otherNumber: ticket.number, kind: command.kind, direction: 'in' })],
  };
}

/** 取消关联: a link made by hand; a split's link is the split's history and stays. */
export function decideUnlink(ticket: Ticket, command: { otherId: number }, ctx: LinkContext): { ok: true; events: AnyTicketEvent[]; targetEvents: AnyTicketEvent[] } | Fail {
  const gate = linkGate(ticket, command.otherId, ctx, '取消关联');
  if (gate) return gate;
  if (!ctx.existing) return fail(409, 'not_linked', '两张工单没有关联');
  if (ctx.existing === 'split') return fail(409, 'split_link', '拆分形成的关联不能取消');
  const other = ctx.other as Ticket;
  const ev = (payload: EventPayloadsOf<'unlinked'>): TicketEvent<'unlinked'> => ({ type: 'unlinked', at: ctx.now, actorId: ctx.actor.id, payload });
  return {
    ok: true,
    events: [ev({ otherId: other.id, otherNumber: other.number, kind: ctx.existing })],
    targetEvents: [ev({ otherId: ticket.id, otherNumber: ticket.number, kind: ctx.existing })],
  };
}

type EventPayloadsOf<T extends 'linked' | 'unlinked'> = TicketEvent<T>['payload'];

/** Event types that name another ticket (id and number): a viewer who may not see it gets neither. */
export const LINK_EVENT_TYPES = ['split_out', 'split_from', 'linked', 'unlinked'] as const;

/** The other ticket's id a link event names. */
export function linkedIdOf(type: string, payload: Record<string, unknown>): number | null {
  const id = type === 'split_out' ? payload.toId : type === 'split_from' ? payload.fromId : type === 'linked' || type === 'unlinked' ? payload.otherId : undefined;
  return typeof id === 'number' ? id : null;
}

/** A link event's payload for a viewer who may not see the other ticket: its id and number withheld. */
export function withholdLinked(type: string, payload: Record<string, unknown>): Record<string, unknown> {
  switch (type) {
    case 'split_out':
      return { ...payload, toId: null, toNumber: null };
    case 'split_from':
      return { ...payload, fromId: null, fromNumber: null };
    case 'linked':
    case 'unlinked':
      return { ...payload, otherId: null, otherNumber: null };
    default:
      return payload;
  }
}
