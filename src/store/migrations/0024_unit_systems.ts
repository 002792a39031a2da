// Migration 0024_unit_systems: departments' own systems (自建系统对接, issue 17 item 4). A unit
// marked in unit_systems answers through its own case system: its dispatches go to that system's
// webhook (a unit-filtered webhook_subscriptions row the mark creates and links), and the system
// works its tickets through the ordinary ticket API with a unit-scoped API key (scope 'unit').
// Each such key acts through a system user of its own (api_keys.user_id: role unit_handler, the
// key's unit, a password nobody knows and sign-in refused), so every rule, data scope, foreign key
// and the timeline's actor apply unchanged. Never edit a migration once it has shipped.

import { sql, type Migration } from 'kysely';

export const migration: Migration = {
  async up(db) {
    await sql`
      ALTER TABLE api_keys DROP CONSTRAINT IF EXISTS api_keys_scope_check;
      ALTER TABLE api_keys ADD CONSTRAINT api_keys_scope_check CHECK (scope IN ('open311','telephony','sms','feed','110','unit'));
      -- A unit key names its unit and the system user it acts as; no other key has either.
      ALTER TABLE api_keys ADD COLUMN unit_id integer REFERENCES units(id);
      ALTER TABLE api_keys ADD COLUMN user_id integer REFERENCES users(id);
      ALTER TABLE api_keys ADD CONSTRAINT api_keys_unit_check CHECK ((scope = 'unit') = (unit_id IS NOT NULL) AND (user_id IS NULL OR scope = 'unit'));
      CREATE INDEX api_keys_unit_idx ON api_keys (unit_id) WHERE unit_id IS NOT NULL;
      CREATE TABLE unit_systems (
        unit_id integer PRIMARY KEY REFERENCES units(id),
        -- What the system is called (市住建局 自建系统): shown to admins.
        name text NOT NULL,
        -- The webhook its dispatches go to (the webhooks' own table and sender). Deleting the
        -- subscription on the webhooks screen leaves the unit marked, without a webhook.
        subscription_id integer UNIQUE REFERENCES webhook_subscriptions(id) ON DELETE SET NULL,
        created_by integer REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now()
      );
    `.execute(db);
  },
};
