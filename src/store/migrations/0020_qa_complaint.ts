// Migration 0020_qa_complaint: a call is also drawn for a quality check when its caller complained
// about the agent's service (the post-call IVR rating 4 不满意 or 5 非常不满意). Never edit a
// migration once it has shipped.

import { sql, type Migration } from 'kysely';

export const migration: Migration = {
  async up(db) {
    await sql`
      ALTER TABLE qa_samples DROP CONSTRAINT IF EXISTS qa_samples_reason_check;
      ALTER TABLE qa_samples ADD CONSTRAINT qa_samples_reason_check CHECK (reason IN ('random','unsatisfied','complaint'));
    `.execute(db);
  },
};
