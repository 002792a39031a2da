// Migration 0028_category_aliases: what a label of imported history (历史标签: 商贸旅游) means in
// the city's own category tree (商贸消费), as an admin confirmed it, so that the next import of
// that label lands there without asking and no duplicate top-level category is created.
// Never edit a migration once it has shipped; add a new one.

import { sql, type Migration } from 'kysely';

export const migration: Migration = {
  async up(db) {
    await sql`
      CREATE TABLE category_aliases (
        label text PRIMARY KEY,
        category_id integer NOT NULL REFERENCES categories(id),
        created_by integer REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX category_aliases_category_idx ON category_aliases (category_id);
    `.execute(db);
  },
};
