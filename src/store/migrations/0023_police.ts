// Migration 0023_police: 12345 ↔ 110 联动 (issue 17 item 2, docs/interop-110.md). A hand-off
// (police_handoffs) is either out — a ticket transferred to 110/119/120/122, waiting for 110's
// record id (警情编号) and reports — or in — a non-police matter 110 handed over (非警务警情), a
// ticket on channel 110 carrying 110's record id. The police listener writes the hand-off and
// its messages (police_messages: the 警单, and our result on a handed-over ticket) in the
// transaction that moves its cursor; the sender posts them to 110's platform, signed like
// webhooks, at least once, retried with backoff. Never edit a migration once it has shipped.

import { sql, type Migration } from 'kysely';

export const migration: Migration = {
  async up(db) {
    await sql`
      CREATE TABLE police_handoffs (
        id serial PRIMARY KEY,
        ticket_id integer NOT NULL REFERENCES tickets(id),
        direction text NOT NULL CHECK (direction IN ('out','in')),
        service text NOT NULL CHECK (service IN ('110','119','120','122')),
        -- 110's record id (警情编号): known at once for a hand-over, after 110's answer for a transfer.
        police_record_id text,
        state text NOT NULL CHECK (state IN ('pending','sent','received','dispatched','handled','failed','open','closed')),
        -- When the ticket was transferred (out) or handed over (in): the acknowledgement timeout counts from it.
        created_at timestamptz NOT NULL,
        acknowledged_at timestamptz,
        -- The centre was alerted that no acknowledgement came in time (once).
        alerted_at timestamptz,
        updated_at timestamptz NOT NULL,
        UNIQUE (ticket_id, direction)
      );
      -- One ticket per record id handed over: the same hand-over again finds it.
      CREATE UNIQUE INDEX police_handoffs_in_record_idx ON police_handoffs (police_record_id) WHERE direction = 'in';
      CREATE INDEX police_handoffs_unacked_idx ON police_handoffs (created_at) WHERE state IN ('pending','sent') AND alerted_at IS NULL;
      CREATE INDEX police_handoffs_list_idx ON police_handoffs (created_at DESC, id DESC);
      CREATE TABLE police_messages (
        id bigserial PRIMARY KEY,
        handoff_id integer NOT NULL REFERENCES police_handoffs(id),
        ticket_id integer NOT NULL,
        -- The event it tells of (the transfer, or the closing step), once per kind.
        event_id bigint NOT NULL REFERENCES ticket_events(id),
        kind text NOT NULL CHECK (kind IN ('transfer','result')),
        -- The document as sent (built when the event was read: what the ticket said then).
        body jsonb NOT NULL,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','delivered','dead')),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        last_error text,
        last_status integer,
        delivered_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (event_id, kind)
      );
      CREATE INDEX police_messages_due_idx ON police_messages (next_attempt_at) WHERE status = 'pending';
      CREATE INDEX police_messages_ticket_idx ON police_messages (ticket_id, id);
      CREATE INDEX police_messages_handoff_idx ON police_messages (handoff_id, id);
      -- The police listener's cursor from now on (as 0022 does for webhooks): a transfer committed
      -- before a process's first pass is still sent.
      INSERT INTO listener_cursors (name, tx, id)
        VALUES ('police', pg_current_xact_id(), coalesce((SELECT max(id) FROM ticket_events), 0))
        ON CONFLICT (name) DO NOTHING;
    `.execute(db);
  },
};
