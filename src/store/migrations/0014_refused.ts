// Migration 0014_refused: the measures count refused tickets (不予受理) apart (issue 15). A new
// fact, 'refused', is appended to src/domain/measures.ts FACTS as bit 14; measure_rollups.facts
// is an array by fact position, so its shape needs no change (a rollup written before holds no
// 15th element, read as 0). What needs putting right is data: a ticket refused before this
// release has its facts computed without the bit, and a refused ticket never changes again.
// Never edit a migration once it has shipped; add a new one.
//
// The numbers are those of FACTS when this was written (a migration must not follow later
// changes): dispatched 2, returned 4 (kept: a unit's return was real), refused 16384; every
// other fact is false for a refused ticket.

import { sql, type Migration } from 'kysely';

export const migration: Migration = {
  async up(db) {
    await sql`
      UPDATE tickets SET facts = (facts & 6) | 16384
      WHERE status = 'refused' AND facts <> ((facts & 6) | 16384);

      -- The rollups of the days those tickets were created are rebuilt by the next refresh: it
      -- looks at tickets changed since its watermark, so the watermark goes back to the first
      -- refusal (when it is later than that).
      UPDATE settings
      SET value = jsonb_build_object('at', (SELECT min(updated_at) - interval '1 second' FROM tickets WHERE status = 'refused'))
      WHERE key = 'rollup_watermark'
        AND EXISTS (SELECT 1 FROM tickets WHERE status = 'refused')
        AND (value->>'at')::timestamptz >= (SELECT min(updated_at) - interval '1 second' FROM tickets WHERE status = 'refused');
    `.execute(db);
  },
};
