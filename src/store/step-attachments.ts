// The files a unit's handler sent with a step (migration 0031): stored as attachments of the
// ticket (source 'step') with the seq of the event they came with, in the step's transaction.

import { sql, type Kysely } from 'kysely';
import type { DB } from './schema.js';

export interface StepAttachment {
  id: number;
  seq: number;
  step: string;
  addedBy: number;
  filename: string | null;
  contentType: string;
  size: number;
  createdAt: Date;
}

export async function addStepAttachments(
  db: Kysely<DB>,
  ticketId: number,
  at: { seq: number; step: string; userId: number; now: Date },
  files: readonly { filename: string; contentType: string; data: Buffer }[],
): Promise<void> {
  for (const f of files) {
    await sql`
      INSERT INTO attachments (ticket_id, source, filename, content_type, size, data, created_at, step_seq, step, added_by)
      VALUES (${ticketId}, 'step', ${f.filename}, ${f.contentType}, ${f.data.length}, ${f.data}, ${at.now}, ${at.seq}, ${at.step}, ${at.userId})
    `.execute(db);
  }
}

export async function listStepAttachments(db: Kysely<DB>, ticketId: number): Promise<StepAttachment[]> {
  const { rows } = await sql<{
    id: number; step_seq: number; step: string; added_by: number; filename: string | null; content_type: string; size: number; created_at: Date;
  }>`
    SELECT id, step_seq, step, added_by, filename, content_type, size, created_at FROM attachments
     WHERE ticket_id = ${ticketId} AND source = 'step' ORDER BY id
  `.execute(db);
  return rows.map((r) => ({
    id: r.id, seq: r.step_seq, step: r.step, addedBy: r.added_by, filename: r.filename, contentType: r.content_type, size: r.size, createdAt: new Date(r.created_at),
  }));
}
