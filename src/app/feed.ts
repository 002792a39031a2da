// The province's feed (数据汇聚) and the webhooks' body: one document per ticket event, schema
// version v1 (docs/feed.md, docs/feed.schema.json). Read from the committed event stream
// (store/event-stream.ts), which is a transactional outbox: each event is written in the same
// transaction as the ticket change, and read in (tx, id) order below the horizon, so a reader
// that resumes from a position never sees an event twice and never skips one.
//
// Personal data is masked unless the receiver's agreement allows it (a subscription's
// personalData, set by an admin); a confidential ticket's (保密) words are withheld always.

import { sql, type Kysely } from 'kysely';
import { maskDeep } from '../domain/masking.js';
import { visiblePayload } from '../domain/privacy.js';
import { readCommitted, STREAM_START, type Position } from '../store/event-stream.js';
import type { DB } from '../store/schema.js';

export const FEED_VERSION = 'v1';

export interface EventDocument {
  v: typeof FEED_VERSION;
  /** The event's id: the same on every retry and in the feed (receivers dedupe by it). */
  id: number;
  type: string;
  ticketId: number;
  ticketNumber: string;
  /** The event's place in its ticket's timeline (1: registered): a gap shows a missing event. */
  seq: number;
  at: string;
  /** The units holding the ticket after the event (lead first, then assisting). */
  units: number[];
  payload: Record<string, unknown>;
}

export interface EventSource {
  id: number;
  type: string;
  ticketId: number;
  seq: number;
  at: Date;
  payload: Record<string, unknown>;
  units: number[];
}

export interface TicketFacts {
  number: string;
  callerName: string | null;
  confidential: boolean;
}

export function eventDocument(e: EventSource, t: TicketFacts, personalData: boolean): EventDocument {
  const payload = t.confidential
    ? visiblePayload(e.payload, t.callerName, false)
    : personalData
      ? e.payload
      : maskDeep(e.payload, [t.callerName]);
  return { v: FEED_VERSION, id: e.id, type: e.type, ticketId: e.ticketId, ticketNumber: t.number, seq: e.seq, at: e.at.toISOString(), units: e.units, payload };
}

/** A stream position as an opaque cursor string. */
export function encodeCursor(p: Position): string {
  return Buffer.from(`${p.tx}:${p.id}`, 'utf8').toString('base64url');
}

/** The position a cursor names; null: not a cursor of ours. */
export function decodeCursor(cursor: string): Position | null {
  if (cursor.length > 64) return null;
  const m = /^(\d{1,20}):(\d{1,19})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!m || encodeCursor({ tx: m[1], id: Number(m[2]) }) !== cursor) return null;
  return { tx: m[1], id: Number(m[2]) };
}

export type FeedItem = EventDocument & { cursor: string };

async function ticketFacts(db: Kysely<DB>, ids: number[]): Promise<Map<number, TicketFacts>> {
  if (!ids.length) return new Map();
  const rows = await db.selectFrom('tickets').select(['id', 'number', 'caller_name', 'confidential']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, { number: r.number, callerName: r.caller_name, confidential: r.confidential }]));
}

/** A page of the feed after a cursor (null: from the beginning); next resumes exactly after it. */
export async function readFeed(db: Kysely<DB>, after: Position | null, limit: number, personalData = false): Promise<{ items: FeedItem[]; next: string }> {
  const from = after ?? STREAM_START;
  const r = await readCommitted(db, from, { limit });
  const facts = await ticketFacts(db, [...new Set(r.events.map((e) => e.ticketId))]);
  const items = r.events.map((e) => ({ cursor: encodeCursor(e), ...eventDocument(e, facts.get(e.ticketId)!, personalData) }));
  return { items, next: encodeCursor(r.events.length ? r.events[r.events.length - 1] : from) };
}

/**
 * The events whose time falls in [from, to), in stream order, page by page (the bulk export):
 * calls onPage with each page's documents. Returns how many.
 */
export async function exportRange(
  db: Kysely<DB>,
  from: Date,
  to: Date,
  onPage: (docs: EventDocument[], total: number) => void | Promise<void>,
  opts: { pageSize?: number; personalData?: boolean } = {},
): Promise<number> {
  const pageSize = opts.pageSize ?? 1000;
  const { rows: count } = await sql<{ n: string }>`SELECT count(*) AS n FROM ticket_events WHERE at >= ${from} AND at < ${to}`.execute(db);
  const total = Number(count[0].n);
  let after: Position = STREAM_START;
  let done = 0;
  for (;;) {
    const { rows } = await sql<{ id: string; tx: string; ticket_id: number; seq: number; type: string; at: Date; payload: Record<string, unknown>; units: number[] | null }>`
      SELECT e.id, e.tx::text AS tx, e.ticket_id, e.seq, e.type, e.at, e.payload,
        coalesce(e.units, (SELECT array_remove(ARRAY[t.unit_id] || t.assist_unit_ids, NULL) FROM tickets t WHERE t.id = e.ticket_id), '{}') AS units
      FROM ticket_events e
      WHERE e.at >= ${from} AND e.at < ${to} AND (e.tx, e.id) > (${after.tx}::xid8, ${after.id}::bigint)
      ORDER BY e.tx, e.id
      LIMIT ${pageSize}`.execute(db);
    if (!rows.length) return done;
    const facts = await ticketFacts(db, [...new Set(rows.map((r) => r.ticket_id))]);
    const docs = rows.map((r) =>
      eventDocument(
        { id: Number(r.id), type: r.type, ticketId: r.ticket_id, seq: r.seq, at: new Date(r.at), payload: r.payload, units: r.units ?? [] },
        facts.get(r.ticket_id)!,
        opts.personalData ?? false,
      ),
    );
    done += docs.length;
    await onPage(docs, Math.max(total, done));
    const last = rows[rows.length - 1];
    after = { tx: last.tx, id: Number(last.id) };
    if (rows.length < pageSize) return done;
  }
}
