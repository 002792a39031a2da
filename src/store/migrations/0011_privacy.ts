// Migration 0011_privacy: publication is a decision (a citizen's consent), confidential tickets
// (保密工单), API keys scoped to one kind of client, and sign-in throttling shared by every
// process. Never edit a migration once it has shipped; add a new one.

import { sql, type Migration } from 'kysely';

export const migration: Migration = {
  async up(db) {
    await sql`
      ALTER TABLE tickets ADD COLUMN confidential boolean NOT NULL DEFAULT false;
      -- The citizen agreed that the request (masked) may be published (Open311 requests are public by their channel).
      ALTER TABLE tickets ADD COLUMN public_consent boolean NOT NULL DEFAULT false;

      -- What a key may do: existing keys are Open311 clients'.
      ALTER TABLE api_keys ADD COLUMN scope text NOT NULL DEFAULT 'open311'
        CHECK (scope IN ('open311','telephony','sms','feed','110'));

      -- Failed sign-ins per user name ('user:NAME') and per client address ('addr:IP').
      CREATE TABLE sign_in_throttle (
        key text PRIMARY KEY,
        failures integer NOT NULL DEFAULT 0, -- failures since window_start
        window_start timestamptz NOT NULL,
        locked_until timestamptz,
        locks integer NOT NULL DEFAULT 0, -- how often this key was locked: each lock lasts longer
        updated_at timestamptz NOT NULL
      );
    `.execute(db);
  },
};
