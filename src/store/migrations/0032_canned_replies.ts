// Migration 0032_canned_replies: canned replies (常用语), the text modules a handler inserts into
// a step's text (答复, 补充说明, 督办回复, 回访备注, 退单理由 …) with placeholders filled from the
// ticket. Centre-wide (unit_id NULL, managed by an admin) or one unit's own (managed by that
// unit's handlers); optionally limited to categories (each covers its subtree) and to steps
// (empty: every step that offers them). use_count counts insertions.
// Never edit a migration once it has shipped; add a new one.

import { sql, type Migration } from 'kysely';

export const migration: Migration = {
  async up(db) {
    await sql`
      CREATE TABLE canned_replies (
        id serial PRIMARY KEY,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 100),
        body text NOT NULL CHECK (length(body) BETWEEN 1 AND 5000),
        unit_id integer REFERENCES units(id),
        category_ids integer[] NOT NULL DEFAULT '{}',
        steps text[] NOT NULL DEFAULT '{}',
        enabled boolean NOT NULL DEFAULT true,
        use_count integer NOT NULL DEFAULT 0,
        last_used_at timestamptz,
        created_by integer REFERENCES users(id),
        updated_by integer REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX canned_replies_unit_idx ON canned_replies (unit_id);
    `.execute(db);
  },
};
