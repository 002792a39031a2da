// Files a citizen sent with a request (portal photos, mail attachments, Open311 photos), kept in the database
// beside the ticket and shown only to staff who may see the ticket.

import type { Kysely } from 'kysely';
import type { DB } from './schema.js';

/** Where a file came from: the portal, a mail, or an Open311 client's multipart POST. */
export type AttachmentSource = 'portal' | 'email' | 'open311';

export interface NewAttachment {
  filename: string | null;
  contentType: string;
  data: Buffer;
}

export interface AttachmentInfo {
  id: number;
  ticketId: number;
  source: string;
  filename: string | null;
  contentType: string;
  size: number;
  createdAt: Date;
}

export async function addAttachments(db: Kysely<DB>, ticketId: number, source: AttachmentSource, files: readonly NewAttachment[], now: Date): Promise<void> {
  if (!files.length) return;
  await db
    .insertInto('attachments')
    .values(files.map((f) => ({ ticket_id: ticketId, source, filename: f.filename, content_type: f.contentType, size: f.data.length, data: f.data, created_at: now })))
    .execute();
}

export async function listAttachments(db: Kysely<DB>, ticketId: number): Promise<AttachmentInfo[]> {
  const rows = await db
    .selectFrom('attachments')
    .select(['id', 'ticket_id', 'source', 'filename', 'content_type', 'size', 'created_at'])
    .where('ticket_id', '=', ticketId)
    // A unit's step files are listed with their step (store/step-attachments.ts), not as the citizen's.
    .where('source', '!=', 'step')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ id: r.id, ticketId: r.ticket_id, source: r.source, filename: r.filename, contentType: r.content_type, size: r.size, createdAt: r.created_at }));
}

export async function readAttachment(db: Kysely<DB>, ticketId: number, id: number): Promise<(AttachmentInfo & { data: Buffer }) | null> {
  const r = await db.selectFrom('attachments').selectAll().where('id', '=', id).where('ticket_id', '=', ticketId).executeTakeFirst();
  if (!r) return null;
  return {
    id: r.id,
    ticketId: r.ticket_id,
    source: r.source,
    filename: r.filename,
    contentType: r.content_type,
    size: r.size,
    createdAt: r.created_at,
    data: Buffer.from(r.data),
  };
}
