// Migration 0009_email_results: the email channel mails the unit's reply back to the citizen
// (which reply was last mailed, so each is mailed once whichever server process sends it), and
// takes a citizen's follow-up mail about an open ticket as their addition (补充诉求), once per
// message. Never edit a migration once it has shipped; add a new one.

import { sql, type Migration } from 'kysely';

export const migration: Migration = {
  async up(db) {
    await sql`
      ALTER TABLE email_messages ADD COLUMN result_event_id bigint; -- ticket_events.id of the last answer mailed
      -- Answers given before this release are not mailed now, months late.
      UPDATE email_messages m SET result_event_id = (SELECT max(e.id) FROM ticket_events e WHERE e.ticket_id = m.ticket_id);
      CREATE TABLE email_followups (
        message_id text PRIMARY KEY,
        ticket_id integer NOT NULL REFERENCES tickets(id),
        received_at timestamptz NOT NULL
      );
    `.execute(db);
  },
};
