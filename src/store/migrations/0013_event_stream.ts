// Migration 0013_event_stream: the committed event stream that listeners read (src/listeners).
// Never edit a migration once it has shipped; add a new one.
//
// An event's position is (tx, id): tx is the id of the transaction that wrote it. A reader takes
// only events of transactions below its snapshot's xmin — all of them finished, so none can
// appear later behind a cursor — in (tx, id) order. An id alone would not do: ids are drawn when
// a row is inserted, and a slow transaction commits a lower id after a faster one's higher id.
// Rows written before this migration all get its own transaction id (the column's default,
// evaluated as the table is rewritten), which every later transaction's exceeds.
//
// units: the units that could see the ticket after the event (lead and assisting), so that a
// live update reaches the units that could see it before (the previous event's) and after.
//
// listener_cursors: where each durable listener stands; its work and its cursor move commit
// together, one process at a time (the row is claimed FOR UPDATE SKIP LOCKED). The two listeners
// that take over what the write path did itself (notifications, citizens' SMS) start at the end
// of the stream: what came before was done already. Others start where they say.

import { sql, type Migration } from 'kysely';

export const migration: Migration = {
  async up(db) {
    await sql`
      ALTER TABLE ticket_events ADD COLUMN tx xid8 NOT NULL DEFAULT pg_current_xact_id();
      ALTER TABLE ticket_events ADD COLUMN units integer[];
      CREATE INDEX ticket_events_position_idx ON ticket_events (tx, id);

      CREATE TABLE listener_cursors (
        name text PRIMARY KEY,
        tx xid8 NOT NULL,
        id bigint NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      INSERT INTO listener_cursors (name, tx, id)
        SELECT name, pg_current_xact_id(), coalesce((SELECT max(id) FROM ticket_events), 0)
        FROM unnest(ARRAY['notifications', 'citizen-sms']) AS name;
    `.execute(db);
  },
};
