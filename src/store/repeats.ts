// The reads behind repeats (重复件) and similar tickets (相似诉求): a caller's recent tickets
// (one range read of the (caller_phone, created_at) index, migration 0026), the tickets whose
// words match a request (full text, ranked), and what the matching learns from the deployment's
// own history: the places its addresses name and its requests' texts.

import { sql, type Kysely } from 'kysely';
import type { Actor, Ticket } from '../domain/ticket.js';
import { OPEN_STATUSES } from '../domain/ticket-types.js';
import type { DB } from './schema.js';
import { rowToTicket } from './tickets.js';

/** Registered in [since, before], and before the ticket itself when two share the instant (never each other's repeat). */
interface Window {
  since: Date;
  before: Date;
  /** The ticket being checked: left out, and a ticket of the same instant counts only with a lower id. */
  ticketId?: number | null;
}

/** A caller's tickets in the window, newest first (merged ones left out: their master stands for them). */
export async function callerTickets(db: Kysely<DB>, phone: string, w: Window, limit = 20): Promise<Ticket[]> {
  let q = db
    .selectFrom('tickets')
    .selectAll()
    .where('caller_phone', '=', phone)
    .where('created_at', '>=', w.since)
    .where('created_at', '<=', w.before)
    .where('status', '!=', 'merged');
  if (w.ticketId != null) {
    const id = w.ticketId;
    q = q.where('id', '!=', id).where((eb) => eb.or([eb('created_at', '<', w.before), eb('id', '<', id)]));
  }
  const rows = await q.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
  return rows.map(rowToTicket);
}

export interface MatterCandidates {
  /** A to_tsquery('simple', …) expression (text/similarity.ts candidateQuery). */
  query: string;
  since: Date;
  /** Only tickets registered up to this instant (a repeat is of an earlier request). */
  before?: Date;
  /** Open tickets count whatever their age (similar tickets to merge); otherwise only the window. */
  openAnyAge?: boolean;
  ticketId?: number | null;
  /** A unit handler's scope: only tickets held or assisted by these units. */
  actor?: Actor;
  limit?: number;
}

/** Tickets whose words match the query, best ranked first: the candidates for the same matter. */
export async function matterCandidates(db: Kysely<DB>, c: MatterCandidates): Promise<Ticket[]> {
  let q = db
    .selectFrom('tickets')
    .selectAll()
    .where(sql<boolean>`search @@ to_tsquery('simple', ${c.query})`)
    .where('status', '!=', 'merged');
  q = c.openAnyAge ? q.where((eb) => eb.or([eb('status', 'in', OPEN_STATUSES), eb('created_at', '>=', c.since)])) : q.where('created_at', '>=', c.since);
  if (c.before) q = q.where('created_at', '<=', c.before);
  if (c.ticketId != null) {
    const id = c.ticketId;
    q = q.where('id', '!=', id);
    if (c.before) q = q.where((eb) => eb.or([eb('created_at', '<', c.before as Date), eb('id', '<', id)]));
  }
  if (c.actor?.role === 'unit_handler') {
    const scope = [...c.actor.scope];
    if (!scope.length) return [];
    q = q.where((eb) => eb.or([eb('unit_id', 'in', scope), sql<boolean>`assist_unit_ids && ${`{${scope.join(',')}}`}::int[]`]));
  }
  const rows = await q.orderBy(sql`ts_rank(search, to_tsquery('simple', ${c.query})) DESC`).limit(c.limit ?? 80).execute();
  return rows.map(rowToTicket);
}

/** Tickets by id (the earlier tickets repeats point at). */
export async function ticketsById(db: Kysely<DB>, ids: readonly number[]): Promise<Map<number, Ticket>> {
  if (!ids.length) return new Map();
  const rows = await db.selectFrom('tickets').selectAll().where('id', 'in', [...new Set(ids)]).execute();
  return new Map(rows.map((r) => [r.id, rowToTicket(r)]));
}

/** The addresses of the latest tickets that have one (the places a city's callers name). */
export async function recentAddresses(db: Kysely<DB>, limit: number): Promise<string[]> {
  const rows = await db.selectFrom('tickets').select('address').where('address', 'is not', null).orderBy('id', 'desc').limit(limit).execute();
  return rows.map((r) => r.address as string);
}

/** The texts of the latest tickets, for learning the city's synonyms. */
export async function recentTexts(db: Kysely<DB>, limit: number): Promise<{ title: string; content: string; address: string | null; createdAt: Date }[]> {
  const rows = await db.selectFrom('tickets').select(['title', 'content', 'address', 'created_at']).orderBy('id', 'desc').limit(limit).execute();
  return rows.map((r) => ({ title: r.title, content: r.content, address: r.address, createdAt: r.created_at }));
}
