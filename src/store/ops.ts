// What an operator watches (GET /metrics, GET /readyz): each a single cheap statement, run at
// scrape time rather than kept up to date on every write.

import { sql, type Kysely } from 'kysely';
import type { DB } from './schema.js';

/** Tickets per status now (statuses with none are absent). */
export async function ticketCountsByStatus(db: Kysely<DB>): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('tickets')
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('status')
    .execute();
  return new Map(rows.map((r) => [r.status, Number(r.n)]));
}

export interface ListenerLag {
  name: string;
  /** Committed events after the listener's cursor (of any type: the stored cursor moves past unwanted ones as it runs). */
  events: number;
  /** Seconds since the oldest of them was written; 0 when none. */
  seconds: number;
}

/** How far each durable listener's stored cursor (listener_cursors) is behind the stream's end. */
export async function listenerLag(db: Kysely<DB>): Promise<ListenerLag[]> {
  const { rows } = await sql<{ name: string; events: number; oldest: Date | null; now: Date }>`
    SELECT c.name, count(e.id) AS events, min(e.at) AS oldest, now() AS now
    FROM listener_cursors c
    LEFT JOIN ticket_events e ON (e.tx, e.id) > (c.tx, c.id)
    GROUP BY c.name
    ORDER BY c.name`.execute(db);
  return rows.map((r) => ({
    name: r.name,
    events: Number(r.events),
    seconds: r.oldest ? Math.max(0, (new Date(r.now).getTime() - new Date(r.oldest).getTime()) / 1000) : 0,
  }));
}

/** The names of the migrations this database has run (Kysely's own table). */
export async function appliedMigrations(db: Kysely<DB>): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`SELECT name FROM kysely_migration ORDER BY name`.execute(db);
  return rows.map((r) => r.name);
}
