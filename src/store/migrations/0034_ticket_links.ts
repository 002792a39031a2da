// Migration 0034_ticket_links: split and link (一件多诉 拆分 / 关联工单, issue 19). A link relates
// two tickets: 'split' (from_id was split into to_id), 'related', 'same_matter' (the same matter
// from another caller), 'follow_up' (to_id follows up from_id). At most one link per pair, in
// either direction. Unlinking deletes the row; both timelines keep the linked/unlinked events
// (the audit trail), so the row is only what is linked now.

import { sql, type Migration } from 'kysely';

export const migration: Migration = {
  async up(db) {
    await sql`
      CREATE TABLE ticket_links (
        id serial PRIMARY KEY,
        from_id integer NOT NULL REFERENCES tickets(id),
        to_id integer NOT NULL REFERENCES tickets(id),
        kind text NOT NULL CHECK (kind IN ('split', 'related', 'same_matter', 'follow_up')),
        created_by integer REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (from_id <> to_id)
      );
      CREATE UNIQUE INDEX ticket_links_pair_idx ON ticket_links (LEAST(from_id, to_id), GREATEST(from_id, to_id));
      CREATE INDEX ticket_links_to_idx ON ticket_links (to_id);
      CREATE INDEX ticket_links_from_idx ON ticket_links (from_id);
    `.execute(db);
  },
};
