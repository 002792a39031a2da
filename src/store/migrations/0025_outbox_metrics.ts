// Migration 0025_outbox_metrics: /metrics counts each outbox's parked (dead) deliveries at every
// scrape; partial indexes keep that an index look-up however many delivered rows pile up. (The
// pending ones have theirs already: the senders' work lists.)

import { sql, type Migration } from 'kysely';

export const migration: Migration = {
  async up(db) {
    await sql`
      CREATE INDEX webhook_deliveries_dead_idx ON webhook_deliveries (created_at) WHERE status = 'dead';
      CREATE INDEX police_messages_dead_idx ON police_messages (created_at) WHERE status = 'dead';
    `.execute(db);
  },
};
