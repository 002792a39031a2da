// Migration 0026_repeats: repeats (重复件, 66号: 重复诉求原则上并单, issue 18). A ticket that
// repeats an earlier one — the same caller about a similar matter, or the same matter from anyone, within 30 days — records which
// and why (the repeat_flagged event, app/repeats.ts); the measures count it (fact bit 15,
// 重复件率: rollups written before this read the missing element as 0, and no ticket was a
// repeat before it). The caller look-up reads a caller's recent tickets: the index on the
// caller's number gains the creation time (it serves every look-up by number as before), so it
// stays one index to maintain on registration.

import { sql, type Migration } from 'kysely';

export const migration: Migration = {
  async up(db) {
    await sql`
      ALTER TABLE tickets ADD COLUMN repeat_of integer REFERENCES tickets(id);
      ALTER TABLE tickets ADD COLUMN repeat_reason text CHECK (repeat_reason IN ('caller', 'matter'));
      CREATE INDEX tickets_caller_recent_idx ON tickets (caller_phone, created_at) WHERE caller_phone IS NOT NULL;
      DROP INDEX tickets_caller_phone_idx;
    `.execute(db);
  },
};
