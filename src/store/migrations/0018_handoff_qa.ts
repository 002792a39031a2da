// Migration 0018_handoff_qa (issue 16 items 5 and 6). Live call hand-off: every transfer
// (一键转接) or three-party call (三方通话) an agent asks the telephony system for, with the result
// the telephony system reports back. Quality checks (话务质检): the quality inspector role
// (质检员), the scoring form (versions kept: a review keeps the form it was scored on), the
// sampled calls and their reviews. Never edit a migration once it has shipped.

import { sql, type Migration } from 'kysely';

/** The form a fresh install starts with (an admin edits it: a new version, the old kept). */
export const DEFAULT_QA_ITEMS = [
  { key: 'greeting', label: '规范用语/开头语', max: 10 },
  { key: 'record', label: '信息记录准确', max: 30 },
  { key: 'policy', label: '政策解答准确', max: 30 },
  { key: 'attitude', label: '服务态度', max: 20 },
  { key: 'closing', label: '结束语', max: 10 },
];

export const migration: Migration = {
  async up(db) {
    await sql`
      ALTER TABLE users DROP CONSTRAINT IF EXISTS users_role_check;
      ALTER TABLE users ADD CONSTRAINT users_role_check CHECK (role IN
        ('agent','dispatcher','unit_handler','callback_agent','supervisor','analyst','admin','quality_inspector'));

      -- A hand-off of a live call: asked by its agent, sent to the telephony system (signed HTTP,
      -- docs/telephony.md), settled by the result the telephony system reports back. The ticket
      -- registered during the call shows it through call_tickets.
      CREATE TABLE call_transfers (
        id bigserial PRIMARY KEY,
        request_id text NOT NULL UNIQUE,
        call_id text NOT NULL REFERENCES calls(id),
        mode text NOT NULL CHECK (mode IN ('transfer','conference')),
        target text NOT NULL,
        target_label text,
        requested_by integer NOT NULL REFERENCES users(id),
        requested_at timestamptz NOT NULL,
        status text NOT NULL CHECK (status IN ('pending','sent','connected','failed')),
        detail text,
        settled_at timestamptz
      );
      CREATE INDEX call_transfers_call_idx ON call_transfers (call_id, requested_at);

      -- The scoring form (质检评分表): one active version; older versions stay for their reviews.
      CREATE TABLE qa_forms (
        id serial PRIMARY KEY,
        version integer NOT NULL UNIQUE,
        items jsonb NOT NULL,
        max_total integer NOT NULL,
        active boolean NOT NULL DEFAULT false,
        created_by integer REFERENCES users(id),
        created_at timestamptz NOT NULL
      );
      CREATE UNIQUE INDEX qa_forms_one_active ON qa_forms (active) WHERE active;

      -- A call drawn for checking (抽检): at random, or because its ticket's callback was unsatisfied.
      CREATE TABLE qa_samples (
        id serial PRIMARY KEY,
        call_id text NOT NULL UNIQUE REFERENCES calls(id),
        agent_user_id integer NOT NULL REFERENCES users(id),
        reason text NOT NULL CHECK (reason IN ('random','unsatisfied')),
        drawn_by integer REFERENCES users(id),
        drawn_at timestamptz NOT NULL
      );
      CREATE INDEX qa_samples_agent_idx ON qa_samples (agent_user_id);

      -- The score of a sample on the form it was scored on; the agent reads it and acknowledges.
      CREATE TABLE qa_reviews (
        sample_id integer PRIMARY KEY REFERENCES qa_samples(id),
        form_id integer NOT NULL REFERENCES qa_forms(id),
        scores jsonb NOT NULL,
        total integer NOT NULL,
        max_total integer NOT NULL,
        comment text,
        inspector_id integer NOT NULL REFERENCES users(id),
        reviewed_at timestamptz NOT NULL,
        acknowledged_at timestamptz
      );
    `.execute(db);
    const items = JSON.stringify(DEFAULT_QA_ITEMS);
    const max = DEFAULT_QA_ITEMS.reduce((s, i) => s + i.max, 0);
    await sql`INSERT INTO qa_forms (version, items, max_total, active, created_at) VALUES (1, ${items}::jsonb, ${max}, true, now())`.execute(db);
  },
};
