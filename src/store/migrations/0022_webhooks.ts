// Migration 0022_webhooks: events out (issue 17 item 1). A subscription (webhook_subscriptions)
// names a receiver's URL, the secret its deliveries are signed with, the event types it wants
// (null: all), optionally a unit (only the tickets that unit holds or held) and whether the
// receiver's agreement allows personal data unmasked. The webhooks listener turns committed
// events into delivery rows (webhook_deliveries) in the transaction that moves its cursor; the
// sender works through them (docs/webhooks.md). Never edit a migration once it has shipped.

import { sql, type Migration } from 'kysely';

export const migration: Migration = {
  async up(db) {
    await sql`
      CREATE TABLE webhook_subscriptions (
        id serial PRIMARY KEY,
        url text NOT NULL CHECK (url ~ '^https?://'),
        -- Kept as given: the sender needs it to sign (HMAC). Never returned by the API.
        secret text NOT NULL,
        -- Event types wanted; null: every type ('*').
        events text[],
        -- Only the tickets this unit holds or held (lead or assisting), for a department's own system.
        unit_id integer REFERENCES units(id),
        -- The receiver's agreement allows personal data unmasked (set by an admin, audited).
        personal_data boolean NOT NULL DEFAULT false,
        -- Paused: deliveries are still recorded, but nothing is sent until it is resumed.
        paused boolean NOT NULL DEFAULT false,
        created_by integer REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE webhook_deliveries (
        id bigserial PRIMARY KEY,
        subscription_id integer NOT NULL REFERENCES webhook_subscriptions(id) ON DELETE CASCADE,
        event_id bigint NOT NULL REFERENCES ticket_events(id),
        ticket_id integer NOT NULL,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','delivered','dead')),
        attempts integer NOT NULL DEFAULT 0,
        -- When it may be tried next (while pending; a claimed one: when its lease ends).
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        last_error text,
        last_status integer,
        delivered_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        -- One delivery per event and subscription, however often the listener's batch is retried.
        UNIQUE (subscription_id, event_id)
      );
      -- The sender's work list, and the head of each ticket's queue per subscription (order per ticket).
      CREATE INDEX webhook_deliveries_due_idx ON webhook_deliveries (next_attempt_at) WHERE status = 'pending';
      CREATE INDEX webhook_deliveries_ticket_idx ON webhook_deliveries (subscription_id, ticket_id, id) WHERE status = 'pending';
      CREATE INDEX webhook_deliveries_list_idx ON webhook_deliveries (subscription_id, id);
      -- The webhooks listener's cursor, from now on (as 0013 did for its listeners): created
      -- lazily at a process's first pass instead, it would start at the stream's end as it is
      -- then, passing over what was committed between this migration and that pass.
      INSERT INTO listener_cursors (name, tx, id)
        VALUES ('webhooks', pg_current_xact_id(), coalesce((SELECT max(id) FROM ticket_events), 0))
        ON CONFLICT (name) DO NOTHING;
    `.execute(db);
  },
};
