// Migration 0007_channels: the citizen portal (one-time codes, rate-limit counters), files a
// citizen sent (portal photos, mail attachments), mail received on the email channel, and
// telephony calls with the tickets registered during them.
// Never edit a migration once it has shipped; add a new one.

import { sql, type Migration } from 'kysely';

export const migration: Migration = {
  async up(db) {
    await sql`
      -- One-time codes sent by SMS to prove a phone number (portal submit and rating).
      CREATE TABLE portal_codes (
        id bigserial PRIMARY KEY,
        phone text NOT NULL,
        purpose text NOT NULL CHECK (purpose IN ('submit','rate')),
        code_hash text NOT NULL, -- salt$sha256(salt:phone:purpose:code): the code itself is never stored here
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        attempts integer NOT NULL DEFAULT 0,
        used_at timestamptz,
        ticket_id integer REFERENCES tickets(id),
        ip text
      );
      CREATE INDEX portal_codes_phone_idx ON portal_codes (phone, purpose, id);

      -- Fixed-window counters for rate limits, shared by every server process on the database.
      CREATE TABLE rate_counters (
        key text NOT NULL,
        window_start timestamptz NOT NULL,
        count integer NOT NULL,
        PRIMARY KEY (key, window_start)
      );
      CREATE INDEX rate_counters_window_idx ON rate_counters (window_start);

      -- Files a citizen sent with a request: portal photos and mail attachments.
      CREATE TABLE attachments (
        id serial PRIMARY KEY,
        ticket_id integer NOT NULL REFERENCES tickets(id),
        source text NOT NULL CHECK (source IN ('portal','email')),
        filename text,
        content_type text NOT NULL,
        size integer NOT NULL,
        data bytea NOT NULL,
        created_at timestamptz NOT NULL
      );
      CREATE INDEX attachments_ticket_idx ON attachments (ticket_id, id);

      -- Mail that became a ticket on the email channel: the sender is the contact.
      CREATE TABLE email_messages (
        ticket_id integer PRIMARY KEY REFERENCES tickets(id),
        message_id text UNIQUE,
        from_address text NOT NULL, -- personal data: masked in every view
        from_name text,
        subject text,
        received_at timestamptz NOT NULL,
        reply_message_id text,
        replied_at timestamptz
      );

      -- Which agent sits at which telephone extension (坐席签入), set by the agent.
      CREATE TABLE agent_extensions (
        extension text PRIMARY KEY,
        user_id integer NOT NULL UNIQUE REFERENCES users(id),
        since timestamptz NOT NULL
      );

      -- Calls reported by the telephony system (ringing → answered → ended).
      CREATE TABLE calls (
        id text PRIMARY KEY, -- the telephony system's call id
        caller text, -- the calling number (personal data), null when withheld
        agent_user_id integer REFERENCES users(id),
        extension text,
        state text NOT NULL CHECK (state IN ('ringing','answered','ended')),
        ringing_at timestamptz,
        answered_at timestamptz,
        ended_at timestamptz,
        recording_url text,
        api_key_id integer REFERENCES api_keys(id),
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      );
      CREATE INDEX calls_agent_idx ON calls (agent_user_id, created_at DESC);

      CREATE TABLE call_tickets (
        call_id text NOT NULL REFERENCES calls(id),
        ticket_id integer NOT NULL REFERENCES tickets(id),
        attached_by integer REFERENCES users(id),
        attached_at timestamptz NOT NULL,
        PRIMARY KEY (call_id, ticket_id)
      );
      CREATE INDEX call_tickets_ticket_idx ON call_tickets (ticket_id);
    `.execute(db);
  },
};
