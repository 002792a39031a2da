// Migration 0030_open311_media: an Open311 request or update keeps every photo link a client sent
// (media_url repeated, or media_url[]), not only the first; and a photo sent as a file (a
// multipart/form-data POST) is kept as an attachment of the ticket, source 'open311'.
// Never edit a migration once it has shipped; add a new one.

import { sql, type Migration } from 'kysely';

export const migration: Migration = {
  async up(db) {
    await sql`
      ALTER TABLE open311_requests ADD COLUMN media_urls text[] NOT NULL DEFAULT '{}';
      UPDATE open311_requests SET media_urls = ARRAY[media_url] WHERE media_url IS NOT NULL;
      ALTER TABLE open311_requests DROP COLUMN media_url;

      ALTER TABLE open311_updates ADD COLUMN media_urls text[] NOT NULL DEFAULT '{}';
      UPDATE open311_updates SET media_urls = ARRAY[media_url] WHERE media_url IS NOT NULL;
      ALTER TABLE open311_updates DROP COLUMN media_url;

      ALTER TABLE attachments DROP CONSTRAINT attachments_source_check;
      ALTER TABLE attachments ADD CONSTRAINT attachments_source_check CHECK (source IN ('portal','email','open311'));
    `.execute(db);
  },
};
