// Split and link (一件多诉 拆分 / 关联工单): the use cases. Each locks the tickets it touches, lets
// the domain decide (src/domain/links.ts), and writes both tickets' events and the link in one
// transaction; committed, the listeners are nudged (live updates, notifications), as after every
// step. What a viewer is shown of links is decided here too: a link, and a timeline entry naming
// another ticket, only when the viewer may see that ticket (a unit never learns another unit's
// ticket number or words through a link).

import { canReadContent, visibleText } from '../domain/privacy.js';
import {
  decideLink,
  decideSplit,
  decideUnlink,
  splitEvents as splitEventsFor,
  linkedIdOf,
  withholdLinked,
  type LinkKind,
  type ManualLinkKind,
  type SplitInput,
} from '../domain/links.js';
import { canSee, type Actor, type Ticket } from '../domain/ticket.js';
import type { TicketStatus } from '../domain/ticket-types.js';
import { deleteLink, insertLink, linkBetween, linksOf, lockTickets, writeEvents } from '../store/links.js';
import { ticketsById } from '../store/repeats.js';
import { DomainFailure, inTransaction, registerTicket, type IdempotencyRequest, type StoredEvent } from '../store/tickets.js';
import { findDistrict } from '../text/places.js';
import type { AppContext } from './context.js';

const NOT_FOUND = () => new DomainFailure({ status: 404, code: 'ticket_not_found', detail: '工单不存在' });

export interface Split {
  /** The ticket split from, after the step. */
  source: Ticket;
  /** The new ticket. */
  created: Ticket;
  /** A retry with the same idempotency key: nothing was written. */
  replayed: boolean;
}

/**
 * 拆分: part of a registered request becomes a new ticket. Same caller, channel, line and centre;
 * its received time is the source's (the call): its number carries that day and its dispatch
 * limit (派单时限) runs from the call, as the source's does; its accept and handling limits are
 * set when it is dispatched, by its own type, category and priority, like any ticket's.
 */
export async function splitTicket(
  ctx: AppContext,
  actor: Actor,
  sourceId: number,
  input: SplitInput,
  opts: { idempotency?: IdempotencyRequest } = {},
): Promise<Split> {
  const ref = await ctx.ref.get();
  const now = ctx.now();
  const result = await inTransaction(ctx.db, async (tx) => {
    const source = (await lockTickets(tx, [sourceId])).get(sourceId);
    if (!source) throw NOT_FOUND();
    const decision = decideSplit(source, input, { actor, categoryPathOf: (id) => ref.categoryPath(id) });
    if (!decision.ok) throw new DomainFailure(decision.error);
    const r = decision.register;
    // The new matter's district: named, else found in its own address and words, else (the same
    // address) the source's.
    const districtId =
      r.districtId ?? findDistrict(`${r.address ?? ''} ${r.content}`, ref.units) ?? (r.address === source.address ? source.districtId : null);
    const reg = await registerTicket(tx, { ...r, districtId }, actor, source.createdAt, opts.idempotency);
    if (reg.replayed) return { source, created: reg.ticket, replayed: true };
    const { events, targetEvents } = splitEventsFor(source, reg.ticket, actor, now);
    const sourceAfter = await writeEvents(tx, source, events);
    const created = await writeEvents(tx, reg.ticket, targetEvents);
    await insertLink(tx, { fromId: source.id, toId: created.id, kind: 'split', by: actor.id, at: now });
    return { source: sourceAfter, created, replayed: false };
  });
  if (!result.replayed) ctx.listeners.nudge();
  return result;
}

/** 关联 / 取消关联: the link's row and both timelines, in one transaction. */
export async function linkTickets(ctx: AppContext, actor: Actor, ticketId: number, otherId: number, kind: ManualLinkKind): Promise<Ticket> {
  return twoTickets(ctx, actor, ticketId, otherId, async (tx, ticket, other, existing) => {
    const d = decideLink(ticket, { otherId, kind }, { actor, now: ctx.now(), other, existing });
    if (!d.ok) throw new DomainFailure(d.error);
    await insertLink(tx, { fromId: ticket.id, toId: otherId, kind, by: actor.id, at: ctx.now() });
    return d;
  });
}

export async function unlinkTickets(ctx: AppContext, actor: Actor, ticketId: number, otherId: number): Promise<Ticket> {
  return twoTickets(ctx, actor, ticketId, otherId, async (tx, ticket, other, existing) => {
    const d = decideUnlink(ticket, { otherId }, { actor, now: ctx.now(), other, existing });
    if (!d.ok) throw new DomainFailure(d.error);
    await deleteLink(tx, ticket.id, otherId);
    return d;
  });
}

type Tx = Parameters<Parameters<typeof inTransaction>[1]>[0];

async function twoTickets(
  ctx: AppContext,
  actor: Actor,
  ticketId: number,
  otherId: number,
  step: (tx: Tx, ticket: Ticket, other: Ticket | null, existing: LinkKind | null) => Promise<{ events: Parameters<typeof writeEvents>[2]; targetEvents: Parameters<typeof writeEvents>[2] }>,
): Promise<Ticket> {
  const after = await inTransaction(ctx.db, async (tx) => {
    const locked = await lockTickets(tx, [ticketId, otherId]);
    const ticket = locked.get(ticketId);
    if (!ticket) throw NOT_FOUND();
    const other = otherId === ticketId ? ticket : (locked.get(otherId) ?? null);
    const existing = otherId === ticketId ? null : ((await linkBetween(tx, ticketId, otherId))?.kind ?? null);
    const d = await step(tx, ticket, other, existing);
    const t = await writeEvents(tx, ticket, d.events);
    await writeEvents(tx, other as Ticket, d.targetEvents);
    return t;
  });
  ctx.listeners.nudge();
  return after;
}

// ── What a viewer is shown ────────────────────────────────────────────────────────────────────

export interface LinkView {
  id: number;
  number: string;
  title: string;
  status: TicketStatus;
  kind: LinkKind;
  direction: 'out' | 'in';
  linkedAt: string;
}

/** The tickets linked with this one that the viewer may see (a confidential one's title withheld when not theirs to read). */
export async function linkViews(ctx: Pick<AppContext, 'db'>, viewer: Actor, ticketId: number): Promise<LinkView[]> {
  const links = (await linksOf(ctx.db, [ticketId])).get(ticketId) ?? [];
  return links
    .filter((l) => canSee(viewer, l.ticket))
    .map((l) => ({
      id: l.ticket.id,
      number: l.ticket.number,
      title: visibleText(l.ticket, canReadContent(viewer, l.ticket)).title,
      status: l.ticket.status,
      kind: l.kind,
      direction: l.direction,
      linkedAt: l.createdAt.toISOString(),
    }));
}

/**
 * A timeline as the viewer may see it: split and link entries that name a ticket the viewer may
 * not see lose its id and number (the entry stays: something was split off, or linked).
 */
export async function withVisibleLinks(ctx: Pick<AppContext, 'db'>, viewer: Actor, events: StoredEvent[]): Promise<StoredEvent[]> {
  const ids = events.map((e) => linkedIdOf(e.type, e.payload)).filter((id): id is number => id != null);
  if (!ids.length) return events;
  const others = await ticketsById(ctx.db, ids);
  return events.map((e) => {
    const id = linkedIdOf(e.type, e.payload);
    if (id == null) return e;
    const other = others.get(id);
    return other && canSee(viewer, other) ? e : { ...e, payload: withholdLinked(e.type, e.payload) };
  });
}
