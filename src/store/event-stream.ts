// The committed event stream: ticket_events read by position, for the listeners (src/listeners).
//
// A position is (tx, id): the writing transaction's id (xid8) and the event's id. A read takes
// the events after a position whose transaction is below the reading snapshot's xmin, in (tx, id)
// order. Every transaction below xmin has finished, so no event can later appear behind what was
// read: a cursor never skips an event that a slower transaction commits late (an id-ordered
// cursor would — ids are drawn at insert, not at commit). The write path keeps each ticket's
// events in the same order (store/tickets.ts appendEvents), so a reader sees a ticket's steps in
// the order they happened.
//
// Durable listeners keep their cursor in listener_cursors: the row is claimed FOR UPDATE SKIP
// LOCKED, so one process at a time runs a listener, and the listener's work and the cursor's
// move commit in the same transaction.

import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from './schema.js';

export interface Position {
  /** The writing transaction's id (xid8), as text. */
  tx: string;
  id: number;
}

/** Before every event. */
export const STREAM_START: Position = { tx: '0', id: 0 };

export interface StreamEvent extends Position {
  ticketId: number;
  seq: number;
  type: string;
  actorId: number | null;
  at: Date;
  payload: Record<string, unknown>;
  /** The units that could see the ticket after this event (lead and assisting). */
  units: number[];
  /** … and before it (after the ticket's previous event; none before its first). */
  unitsBefore: number[];
  /** The centre that owns the ticket now (null: the root's): only its staff and those above hear of it. */
  centreId: number | null;
}

export interface StreamRead {
  /** The events after the position, in stream order (at most the limit asked). */
  events: StreamEvent[];
  /** The last position that can be read now (every event up to it is final), or null on an empty stream. */
  horizon: Position | null;
  /** Events after the position are committed but wait for an older transaction to finish. */
  waiting: boolean;
}

/** Orders two positions: negative when a comes first. */
export function comparePositions(a: Position, b: Position): number {
  const ta = BigInt(a.tx);
  const tb = BigInt(b.tx);
  return ta < tb ? -1 : ta > tb ? 1 : a.id - b.id;
}

export const laterOf = (a: Position, b: Position): Position => (comparePositions(a, b) >= 0 ? a : b);

/**
 * The horizon: every transaction below it has finished, as the reading snapshot sees it. It is the
 * oldest transaction still running *in this database* (or the snapshot's xmax when none is): the
 * snapshot's xmin would also wait for a long transaction in another database of the same server
 * (xids are server-wide), and delay every listener meanwhile. A running transaction is left out
 * only when it is known to belong to another database (its xid is a backend_xid there), so one
 * that finished between the snapshot and the look at pg_stat_activity still holds the horizon back.
 * Compared on the low 32 bits: backend_xid is an xid, the snapshot's are xid8.
 */
const XMIN = sql`coalesce(
  (SELECT min(x) FROM pg_snapshot_xip(pg_current_snapshot()) AS x
   WHERE (x::text::bigint % 4294967296) NOT IN (
     SELECT a.backend_xid::text::bigint FROM pg_stat_activity a
     WHERE a.backend_xid IS NOT NULL AND a.datname IS DISTINCT FROM current_database())),
  pg_snapshot_xmax(pg_current_snapshot()))`;

/** The ticket's units now: for events written before the stream recorded them (migration 0013). */
const CURRENT_UNITS = sql`(SELECT array_remove(ARRAY[t.unit_id] || t.assist_unit_ids, NULL) FROM tickets t WHERE t.id = e.ticket_id)`;

/**
 * The committed events after a position (only the given types, if any), the horizon and whether
 * more are waiting — all in one statement, so on one snapshot.
 */
export async function readCommitted(db: Kysely<DB>, after: Position, opts: { types?: readonly string[] | null; limit: number }): Promise<StreamRead> {
  // The events after a position are few (a cursor moves to the horizon each pass), and the
  // position index reads just them. Compared as written, the type would let the planner take the
  // (type, at) index instead — every event of that type ever written, 11 ms at 20,000 and growing
  // with the history; `|| ''` keeps it to the position index.
  const types = opts.types?.length ? sql`AND (e.type || '') = ANY(${[...opts.types]}::text[])` : sql``;
  const from = sql`(e.tx, e.id) > (${after.tx}::xid8, ${after.id}::bigint)`;
  const { rows } = await sql<{ read: { events: RawEvent[] | null; horizon: { tx: string; id: number } | null; waiting: boolean } }>`
    WITH b AS (
      SELECT e.id, e.tx::text AS tx, e.ticket_id, e.seq, e.type, e.actor_id, e.at, e.payload,
        coalesce(e.units, ${CURRENT_UNITS}, '{}') AS units,
        CASE WHEN e.seq = 1 THEN '{}'::int[]
          ELSE coalesce((SELECT p.units FROM ticket_events p WHERE p.ticket_id = e.ticket_id AND p.seq = e.seq - 1), ${CURRENT_UNITS}, '{}')
        END AS units_before,
        (SELECT t.centre_id FROM tickets t WHERE t.id = e.ticket_id) AS centre_id
      FROM ticket_events e
      WHERE ${from} AND e.tx < ${XMIN} ${types}
      ORDER BY e.tx, e.id
      LIMIT ${opts.limit}
    )
    SELECT json_build_object(
      'events', (SELECT json_agg(b ORDER BY b.tx::xid8, b.id) FROM b),
      'horizon', (SELECT json_build_object('tx', e.tx::text, 'id', e.id) FROM ticket_events e WHERE e.tx < ${XMIN} ORDER BY e.tx DESC, e.id DESC LIMIT 1),
      -- In position order with LIMIT 1, so that it is the position index's short range (as an
      -- EXISTS, the planner's guess for a bound it cannot know made it scan the table).
      'waiting', (SELECT 1 FROM ticket_events e WHERE ${from} AND e.tx >= ${XMIN} ${types} ORDER BY e.tx, e.id LIMIT 1) IS NOT NULL
    ) AS read`.execute(db);
  const r = rows[0].read;
  return {
    events: (r.events ?? []).map((e) => ({
      tx: e.tx,
      id: Number(e.id),
      ticketId: e.ticket_id,
      seq: e.seq,
      type: e.type,
      actorId: e.actor_id,
      at: new Date(e.at),
      payload: e.payload,
      units: e.units ?? [],
      unitsBefore: e.units_before ?? [],
      centreId: e.centre_id ?? null,
    })),
    horizon: r.horizon ? { tx: r.horizon.tx, id: Number(r.horizon.id) } : null,
    waiting: r.waiting,
  };
}

interface RawEvent {
  id: number;
  tx: string;
  ticket_id: number;
  seq: number;
  type: string;
  actor_id: number | null;
  at: string;
  payload: Record<string, unknown>;
  units: number[] | null;
  units_before: number[] | null;
  centre_id: number | null;
}

/** Whether any committed event (readable now or waiting for an older transaction) follows the position. */
export async function anyEventAfter(db: Kysely<DB>, after: Position): Promise<boolean> {
  const { rows } = await sql<{ one: number }>`
    SELECT 1 AS one FROM ticket_events e WHERE (e.tx, e.id) > (${after.tx}::xid8, ${after.id}::bigint) LIMIT 1`.execute(db);
  return rows.length > 0;
}

/** The stream's end as a reader sees it now: where a reader that starts now begins. */
export async function streamEnd(db: Kysely<DB>): Promise<Position> {
  const { rows } = await sql<{ tx: string; id: number }>`
    SELECT e.tx::text AS tx, e.id FROM ticket_events e WHERE e.tx < ${XMIN} ORDER BY e.tx DESC, e.id DESC LIMIT 1`.execute(db);
  return rows[0] ? { tx: rows[0].tx, id: Number(rows[0].id) } : STREAM_START;
}

/** Creates a listener's cursor if it has none: at the stream's beginning or at its end now. */
export async function ensureCursor(db: Kysely<DB>, name: string, from: 'beginning' | 'end'): Promise<void> {
  const start = from === 'end' ? await streamEnd(db) : STREAM_START;
  await db
    .insertInto('listener_cursors')
    .values({ name, tx: start.tx, id: start.id })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
}

/** The listener's cursor, locked for this transaction; null while another process holds it. */
export async function claimCursor(tx: Transaction<DB>, name: string): Promise<Position | null> {
  const row = await tx
    .selectFrom('listener_cursors')
    .select([sql<string>`tx::text`.as('tx'), 'id'])
    .where('name', '=', name)
    .forUpdate()
    .skipLocked()
    .executeTakeFirst();
  return row ? { tx: row.tx, id: Number(row.id) } : null;
}

export async function moveCursor(tx: Transaction<DB>, name: string, to: Position): Promise<void> {
  await tx
    .updateTable('listener_cursors')
    .set({ tx: sql`${to.tx}::xid8` as never, id: to.id, updated_at: new Date() })
    .where('name', '=', name)
    .execute();
}

/** Puts a cursor back to a position it had passed (work done after a commit failed; it is read again). */
export async function rewindCursor(db: Kysely<DB>, name: string, to: Position): Promise<void> {
  await db
    .updateTable('listener_cursors')
    .set({ tx: sql`${to.tx}::xid8` as never, id: to.id, updated_at: new Date() })
    .where('name', '=', name)
    .where(sql<boolean>`(tx, id) > (${to.tx}::xid8, ${to.id}::bigint)`)
    .execute();
}

/** Where a listener's cursor stands (tests, operators). */
export async function cursorOf(db: Kysely<DB>, name: string): Promise<Position | null> {
  const row = await db.selectFrom('listener_cursors').select([sql<string>`tx::text`.as('tx'), 'id']).where('name', '=', name).executeTakeFirst();
  return row ? { tx: row.tx, id: Number(row.id) } : null;
}
