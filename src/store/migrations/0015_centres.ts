// Migration 0015_centres: centres and sub-centres (issue 15, 分中心). A centre is a property of a
// node of the units tree (units.is_centre): the root centre, a sub-centre that runs a merged
// line's own queue (市场监管局 for 12315), or, on a province's shared platform (省市共用), each
// city's centre under the province's. A line has a mode: merged (整体并入, the centre handles
// it), parallel (双号并行, the centre's seats answer the old number too) or sub_centre (分中心,
// the line's unit is the centre of its tickets). A ticket belongs to a centre (tickets.centre_id);
// existing tickets belong to the root centre. Never edit a migration once it has shipped.

import { sql, type Migration } from 'kysely';

export const migration: Migration = {
  async up(db) {
    await sql`
      ALTER TABLE lines ADD COLUMN mode text NOT NULL DEFAULT 'merged'
        CHECK (mode IN ('merged', 'parallel', 'sub_centre'));
      ALTER TABLE units ADD COLUMN is_centre boolean NOT NULL DEFAULT false;
      ALTER TABLE tickets ADD COLUMN centre_id integer REFERENCES units(id);

      UPDATE units SET is_centre = true WHERE kind = 'center' AND parent_id IS NULL;
      UPDATE tickets SET centre_id = (
        SELECT id FROM units WHERE kind = 'center' AND parent_id IS NULL ORDER BY sort, id LIMIT 1
      ) WHERE centre_id IS NULL;
      CREATE INDEX tickets_centre_status ON tickets (centre_id, status);
    `.execute(db);
  },
};
