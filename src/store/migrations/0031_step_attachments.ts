// Migration 0031_step_attachments: files a unit's handler sends with a step (签收, 答复, 补充说明 —
// evidence photos, documents) are attachments of the ticket too, source 'step', tied to the
// timeline event they came with (step_seq, the event's seq; step, its command) and to who sent
// them. Staff only, like every attachment. And a ticket's handler inside its unit (承办人):
// assignee_id, set by an `assigned` event.
// Never edit a migration once it has shipped; add a new one.

import { sql, type Migration } from 'kysely';

export const migration: Migration = {
  async up(db) {
    await sql`
      ALTER TABLE attachments ADD COLUMN step_seq integer;
      ALTER TABLE attachments ADD COLUMN step text;
      ALTER TABLE attachments ADD COLUMN added_by integer REFERENCES users(id);
      ALTER TABLE attachments DROP CONSTRAINT attachments_source_check;
      ALTER TABLE attachments ADD CONSTRAINT attachments_source_check CHECK (source IN ('portal','email','open311','step'));
      ALTER TABLE attachments ADD CONSTRAINT attachments_step_check
        CHECK ((source = 'step') = (step_seq IS NOT NULL AND step IS NOT NULL AND added_by IS NOT NULL));

      ALTER TABLE tickets ADD COLUMN assignee_id integer REFERENCES users(id);
      CREATE INDEX tickets_assignee_idx ON tickets (assignee_id) WHERE assignee_id IS NOT NULL;
    `.execute(db);
  },
};
