// Ticket links (一件多诉 拆分 / 关联工单): the rows of what is linked now, and the steps' writes.
// The events go through appendEvents like every step's, in the caller's transaction.

import { sql, type Kysely, type Transaction } from 'kysely';
import type { LinkKind } from '../domain/links.js';
import type { AnyTicketEvent, Ticket } from '../domain/ticket.js';
import type { DB } from './schema.js';
import { appendEvents, rowToTicket, ticketColumns } from './tickets.js';

/** Locks these tickets FOR UPDATE, in id order (two steps on the same pair cannot deadlock). */
export async function lockTickets(tx: Transaction<DB>, ids: readonly number[]): Promise<Map<number, Ticket>> {
  const rows = await tx.selectFrom('tickets').selectAll().where('id', 'in', [...new Set(ids)]).orderBy('id').forUpdate().execute();
  return new Map(rows.map((r) => [r.id, rowToTicket(r)]));
}

/** Appends a step's events to a locked ticket and writes the ticket after them. */
export async function writeEvents(tx: Transaction<DB>, ticket: Ticket, events: AnyTicketEvent[]): Promise<Ticket> {
  const after = await appendEvents(tx, ticket, events);
  if (after !== ticket) await tx.updateTable('tickets').set(ticketColumns(after)).where('id', '=', after.id).execute();
  return after;
}

export interface LinkRow {
  fromId: number;
  toId: number;
  kind: LinkKind;
  createdAt: Date;
}

/** How two tickets are linked now, either way round (null: they are not). */
export async function linkBetween(db: Kysely<DB>, a: number, b: number): Promise<LinkRow | null> {
  const r = await db
    .selectFrom('ticket_links')
    .select(['from_id', 'to_id', 'kind', 'created_at'])
    .where((w) => w.or([w.and([w('from_id', '=', a), w('to_id', '=', b)]), w.and([w('from_id', '=', b), w('to_id', '=', a)])]))
    .executeTakeFirst();
  return r ? { fromId: r.from_id, toId: r.to_id, kind: r.kind as LinkKind, createdAt: r.created_at } : null;
}

export async function insertLink(tx: Transaction<DB>, link: { fromId: number; toId: number; kind: LinkKind; by: number | null; at: Date }): Promise<void> {
  await tx.insertInto('ticket_links').values({ from_id: link.fromId, to_id: link.toId, kind: link.kind, created_by: link.by, created_at: link.at }).execute();
}

export async function deleteLink(tx: Transaction<DB>, a: number, b: number): Promise<void> {
  await tx
    .deleteFrom('ticket_links')
    .where(sql<boolean>`LEAST(from_id, to_id) = ${Math.min(a, b)} AND GREATEST(from_id, to_id) = ${Math.max(a, b)}`)
    .execute();
}

export interface LinkedTicket {
  ticket: Ticket;
  kind: LinkKind;
  /** 'out': this ticket is the link's from (split into the other, followed up by it); 'in': the other way. */
  direction: 'out' | 'in';
  createdAt: Date;
}

/** The tickets linked with these ones (every ticket, whoever looks: the caller filters by viewer). */
export async function linksOf(db: Kysely<DB>, ticketIds: readonly number[]): Promise<Map<number, LinkedTicket[]>> {
  const out = new Map<number, LinkedTicket[]>(ticketIds.map((id) => [id, []]));
  if (!ticketIds.length) return out;
  const ids = [...new Set(ticketIds)];
  const links = await db
    .selectFrom('ticket_links')
    .select(['from_id', 'to_id', 'kind', 'created_at'])
    .where((w) => w.or([w('from_id', 'in', ids), w('to_id', 'in', ids)]))
    .orderBy('id')
    .execute();
  const otherIds = [...new Set(links.flatMap((l) => [l.from_id, l.to_id]))];
  const rows = otherIds.length ? await db.selectFrom('tickets').selectAll().where('id', 'in', otherIds).execute() : [];
  const tickets = new Map(rows.map((r) => [r.id, rowToTicket(r)]));
  for (const l of links) {
    for (const [mine, other, direction] of [[l.from_id, l.to_id, 'out'], [l.to_id, l.from_id, 'in']] as const) {
      const list = out.get(mine);
      const t = tickets.get(other);
      if (list && t) list.push({ ticket: t, kind: l.kind as LinkKind, direction, createdAt: l.created_at });
    }
  }
  return out;
}
