// Migration 0010_portal_supplement: a one-time code may also verify a citizen adding to their own
// open request on the portal (补充诉求). Never edit a migration once it has shipped; add a new one.

import { sql, type Migration } from 'kysely';

export const migration: Migration = {
  async up(db) {
    await sql`
      ALTER TABLE portal_codes DROP CONSTRAINT portal_codes_purpose_check;
      ALTER TABLE portal_codes ADD CONSTRAINT portal_codes_purpose_check CHECK (purpose IN ('submit','rate','supplement'));
    `.execute(db);
  },
};
