// Migration 0012_chain: the hand-down chain (下派, 二级派单) and 不予受理 (issue 15). Never edit a
// migration once it has shipped; add a new one.
//
// tickets.unit_id stays the data-scope column: it now names the unit HOLDING the ticket (the
// deepest level of the chain), so every scope query keeps working. tickets.chain holds the
// levels (src/domain/chain.ts ChainLevel); a ticket dispatched before this migration keeps
// chain [] and the domain reads it as its lead level alone (chainOf).

import { sql, type Migration } from 'kysely';

export const migration: Migration = {
  async up(db) {
    await sql`
      ALTER TABLE tickets ADD COLUMN chain jsonb NOT NULL DEFAULT '[]';

      ALTER TABLE tickets DROP CONSTRAINT tickets_status_check;
      ALTER TABLE tickets ADD CONSTRAINT tickets_status_check
        CHECK (status IN ('registered','dispatched','handling','replied','closed','merged','transferred','refused'));

      -- 社区/村: the level below a street, for the chain district → street → community.
      ALTER TABLE units DROP CONSTRAINT units_kind_check;
      ALTER TABLE units ADD CONSTRAINT units_kind_check
        CHECK (kind IN ('center','department','district','street','community','enterprise'));
    `.execute(db);
  },
};
