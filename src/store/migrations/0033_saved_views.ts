// Migration 0033_saved_views: a ticket list's filter saved under a name (保存的视图, like Zammad's
// overviews or Freshdesk's saved filters): a user's own view, or one an admin publishes to every
// user of a role (shared_role). The filter is the list query's own parameters (GET /tickets),
// checked by the same schema when saved and again when run; a view always runs with the viewer's
// own data scope. And the answers of bulk steps (批量派单, 批量催办) by their Idempotency-Key, so
// a retried bulk call returns the first call's per-ticket results instead of running again.
// Never edit a migration once it has shipped; add a new one.

import { sql, type Migration } from 'kysely';

export const migration: Migration = {
  async up(db) {
    await sql`
      CREATE TABLE saved_views (
        id serial PRIMARY KEY,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 40),
        owner_id integer NOT NULL REFERENCES users(id),
        shared_role text CHECK (shared_role IN ('agent','dispatcher','unit_handler','callback_agent','supervisor','analyst','admin','quality_inspector')),
        query jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX saved_views_owner_idx ON saved_views (owner_id);
      CREATE INDEX saved_views_role_idx ON saved_views (shared_role) WHERE shared_role IS NOT NULL;

      CREATE TABLE bulk_calls (
        user_id integer NOT NULL REFERENCES users(id),
        key text NOT NULL,
        request_hash text NOT NULL,
        response jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, key)
      );
    `.execute(db);
  },
};
