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

export interface OutboxStats {
  outbox: 'webhooks' | 'police';
  /** Waiting to be sent (or sent again). */
  pending: number;
  /** Seconds since the oldest of them was recorded; 0 when none. */
  oldestSeconds: number;
  /** Pending after a failed try (a receiver that is down). */
  failing: number;
  /** Parked after repeated failure, waiting for an admin's replay. */
  dead: number;
}

/** The transactional outboxes (webhook deliveries, 110's messages): one statement, index look-ups only. */
export async function outboxStats(db: Kysely<DB>): Promise<OutboxStats[]> {
  const { rows } = await sql<{ outbox: OutboxStats['outbox']; pending: number; oldest: Date | null; failing: number; dead: number; now: Date }>`
    SELECT o.outbox, o.pending, o.oldest, o.failing, o.dead, now() AS now FROM (
      SELECT 'webhooks' AS outbox,
        (SELECT count(*) FROM webhook_deliveries WHERE status = 'pending') AS pending,
        (SELECT min(created_at) FROM webhook_deliveries WHERE status = 'pending') AS oldest,
        (SELECT count(*) FROM webhook_deliveries WHERE status = 'pending' AND last_error IS NOT NULL) AS failing,
        (SELECT count(*) FROM webhook_deliveries WHERE status = 'dead') AS dead
      UNION ALL
      SELECT 'police',
        (SELECT count(*) FROM police_messages WHERE status = 'pending'),
        (SELECT min(created_at) FROM police_messages WHERE status = 'pending'),
        (SELECT count(*) FROM police_messages WHERE status = 'pending' AND last_error IS NOT NULL),
        (SELECT count(*) FROM police_messages WHERE status = 'dead')
    ) o`.execute(db);
  return rows.map((r) => ({
    outbox: r.outbox,
    pending: Number(r.pending),
    oldestSeconds: r.oldest ? Math.max(0, (new Date(r.now).getTime() - new Date(r.oldest).getTime()) / 1000) : 0,
    failing: Number(r.failing),
    dead: Number(r.dead),
  }));
}

/** The names of the migrations this database has run (Kysely's own table). */
export async function appliedMigrations(db: Kysely<DB>): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`SELECT name FROM kysely_migration ORDER BY name`.execute(db);
  return rows.map((r) => r.name);
}
