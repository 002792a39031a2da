// Schema migrations: the same SQL on PGlite and on a PostgreSQL server. Never edit a
// migration that has shipped; add a new one.

import { Migrator, sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import type { DB } from './schema.js';
import { migration as searchScope } from './migrations/0005_search_scope.js';
import { migration as open311 } from './migrations/0006_open311.js';
import { migration as channels } from './migrations/0007_channels.js';
import { migration as consoleMigration } from './migrations/0008_console.js';
import { migration as emailResults } from './migrations/0009_email_results.js';
import { migration as portalSupplement } from './migrations/0010_portal_supplement.js';
import { migration as privacy } from './migrations/0011_privacy.js';
import { migration as chain } from './migrations/0012_chain.js';
import { migration as eventStream } from './migrations/0013_event_stream.js';
import { migration as refused } from './migrations/0014_refused.js';
import { migration as centres } from './migrations/0015_centres.js';
import { migration as callFloor } from './migrations/0016_call_floor.js';
import { migration as sms } from './migrations/0017_sms.js';
import { migration as handoffQa } from './migrations/0018_handoff_qa.js';
import { migration as callRollup } from './migrations/0019_call_rollup.js';
import { migration as qaComplaint } from './migrations/0020_qa_complaint.js';
import { migration as webhooks } from './migrations/0022_webhooks.js';
import { migration as police } from './migrations/0023_police.js';
import { migration as unitSystems } from './migrations/0024_unit_systems.js';
import { migration as outboxMetrics } from './migrations/0025_outbox_metrics.js';
import { migration as repeats } from './migrations/0026_repeats.js';
import { migration as categoryAliases } from './migrations/0028_category_aliases.js';
import { migration as open311Media } from './migrations/0030_open311_media.js';
import { migration as stepAttachments } from './migrations/0031_step_attachments.js';
import { migration as cannedReplies } from './migrations/0032_canned_replies.js';
import { migration as savedViews } from './migrations/0033_saved_views.js';
import { migration as ticketLinks } from './migrations/0034_ticket_links.js';
import { migration as callerMessages } from './migrations/0035_caller_messages.js';

const core: Migration = {
  async up(db) {
    await sql`
      CREATE TABLE units (
        id serial PRIMARY KEY,
        code text NOT NULL UNIQUE,
        name text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('center','department','district','street','enterprise')),
        parent_id integer REFERENCES units(id),
        active boolean NOT NULL DEFAULT true,
        sort integer NOT NULL DEFAULT 0
      );
      CREATE TABLE categories (
        id serial PRIMARY KEY,
        code text NOT NULL UNIQUE,
        name text NOT NULL,
        parent_id integer REFERENCES categories(id),
        level integer NOT NULL,
        lead_unit_id integer REFERENCES units(id),
        active boolean NOT NULL DEFAULT true
      );
      CREATE TABLE lines (
        id serial PRIMARY KEY,
        number text NOT NULL UNIQUE,
        name text NOT NULL,
        category_id integer REFERENCES categories(id),
        unit_id integer REFERENCES units(id)
      );
      CREATE TABLE users (
        id serial PRIMARY KEY,
        username text NOT NULL UNIQUE,
        display_name text,
        password_hash text NOT NULL,
        role text NOT NULL CHECK (role IN ('agent','dispatcher','unit_handler','callback_agent','supervisor','analyst','admin')),
        unit_id integer REFERENCES units(id),
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE sessions (
        token_hash text PRIMARY KEY,
        user_id integer NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      );
      CREATE TABLE tickets (
        id serial PRIMARY KEY,
        number text NOT NULL UNIQUE,
        status text NOT NULL CHECK (status IN ('registered','dispatched','handling','replied','closed','merged','transferred')),
        channel text NOT NULL,
        line text,
        type text NOT NULL,
        priority text NOT NULL,
        title text NOT NULL,
        content text NOT NULL,
        caller_name text,
        caller_phone text,
        address text,
        category_id integer REFERENCES categories(id),
        unit_id integer REFERENCES units(id),
        assist_unit_ids integer[] NOT NULL DEFAULT '{}',
        accept_by timestamptz,
        due_by timestamptz,
        dispatched_at timestamptz,
        accepted_at timestamptz,
        replied_at timestamptz,
        closed_at timestamptz,
        pending_return jsonb,
        pending_extension jsonb,
        extended_days integer NOT NULL DEFAULT 0,
        reopen_count integer NOT NULL DEFAULT 0,
        callback_attempts integer NOT NULL DEFAULT 0,
        resolved boolean,
        satisfaction text,
        merged_into integer REFERENCES tickets(id),
        transferred_to text,
        created_by integer REFERENCES users(id),
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        version integer NOT NULL
      );
      CREATE INDEX tickets_created_idx ON tickets (created_at DESC);
      CREATE INDEX tickets_status_created_idx ON tickets (status, created_at DESC);
      CREATE INDEX tickets_unit_status_idx ON tickets (unit_id, status);
      CREATE INDEX tickets_assist_idx ON tickets USING gin (assist_unit_ids);
      CREATE INDEX tickets_caller_phone_idx ON tickets (caller_phone) WHERE caller_phone IS NOT NULL;
      CREATE INDEX tickets_merged_into_idx ON tickets (merged_into) WHERE merged_into IS NOT NULL;

      CREATE TABLE ticket_events (
        id bigserial PRIMARY KEY,
        ticket_id integer NOT NULL REFERENCES tickets(id),
        seq integer NOT NULL,
        type text NOT NULL,
        actor_id integer REFERENCES users(id),
        at timestamptz NOT NULL,
        payload jsonb NOT NULL,
        UNIQUE (ticket_id, seq)
      );
      CREATE INDEX ticket_events_type_at_idx ON ticket_events (type, at);

      -- The timeline is the audit trail: nothing in it is ever updated or deleted.
      CREATE FUNCTION ticket_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'ticket_events is append-only';
      END $$;
      CREATE TRIGGER ticket_events_no_update BEFORE UPDATE OR DELETE ON ticket_events
        FOR EACH ROW EXECUTE FUNCTION ticket_events_append_only();

      CREATE TABLE idempotency_keys (
        scope text NOT NULL,
        key text NOT NULL,
        request_hash text NOT NULL,
        ticket_id integer REFERENCES tickets(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (scope, key)
      );
      CREATE TABLE calendar_years (
        year integer PRIMARY KEY,
        holidays jsonb NOT NULL,
        workdays jsonb NOT NULL,
        provisional boolean NOT NULL DEFAULT false,
        source text,
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE time_limit_rules (
        id serial PRIMARY KEY,
        type text,
        category_id integer REFERENCES categories(id),
        priority text,
        accept_limit jsonb,
        handle_limit jsonb
      );
      CREATE TABLE settings (
        key text PRIMARY KEY,
        value jsonb NOT NULL
      );
      CREATE TABLE audit_log (
        id bigserial PRIMARY KEY,
        user_id integer REFERENCES users(id),
        action text NOT NULL,
        ticket_id integer REFERENCES tickets(id),
        at timestamptz NOT NULL DEFAULT now(),
        detail jsonb NOT NULL DEFAULT '{}'
      );
    `.execute(db);
  },
};

/** Time limits that act (预警/超期/回访), supervision, facts for the measures, notifications. */
const timers: Migration = {
  async up(db) {
    await sql`
      ALTER TABLE tickets
        ADD COLUMN district_id integer REFERENCES units(id),
        ADD COLUMN accept_warn_at timestamptz,
        ADD COLUMN due_warn_at timestamptz,
        ADD COLUMN handle_from timestamptz,
        ADD COLUMN handle_clock boolean NOT NULL DEFAULT false,
        ADD COLUMN callback_due_by timestamptz,
        ADD COLUMN alerts text[] NOT NULL DEFAULT '{}',
        ADD COLUMN supervision jsonb,
        ADD COLUMN first_replied_at timestamptz,
        ADD COLUMN first_reply_on_time boolean,
        ADD COLUMN handling_minutes integer,
        ADD COLUMN direct_answer boolean NOT NULL DEFAULT false,
        ADD COLUMN return_count integer NOT NULL DEFAULT 0,
        ADD COLUMN callback_reached boolean NOT NULL DEFAULT false,
        ADD COLUMN next_alert_at timestamptz,
        ADD COLUMN returned_from integer[] NOT NULL DEFAULT '{}',
        ADD COLUMN facts integer NOT NULL DEFAULT 0;
      -- The timer's work list: only tickets with something still to raise are in this index.
      CREATE INDEX tickets_next_alert_idx ON tickets (next_alert_at) WHERE next_alert_at IS NOT NULL;
      CREATE INDEX tickets_updated_idx ON tickets (updated_at);
      CREATE INDEX tickets_callback_due_idx ON tickets (callback_due_by) WHERE status = 'replied';

      CREATE TABLE notifications (
        id bigserial PRIMARY KEY,
        unit_id integer REFERENCES units(id),
        ticket_id integer REFERENCES tickets(id),
        kind text NOT NULL,
        message text NOT NULL,
        created_at timestamptz NOT NULL,
        read_at timestamptz
      );
      CREATE INDEX notifications_unit_idx ON notifications (unit_id, created_at DESC);

      -- Daily sums of the measure facts per dimension (unit, category, line, district), so that
      -- a year of measures reads a few thousand rows instead of every ticket.
      CREATE TABLE measure_rollups (
        day date NOT NULL,
        dim text NOT NULL,
        key text NOT NULL,
        volume integer NOT NULL,
        handling_minutes bigint NOT NULL,
        facts integer[] NOT NULL,
        PRIMARY KEY (dim, day, key)
      );
    `.execute(db);
  },
};

/** Chinese full-text search (jieba tokens in a 'simple' tsvector) and the knowledge base. */
const search: Migration = {
  async up(db) {
    await sql`
      ALTER TABLE tickets
        ADD COLUMN search tsvector,
        ADD COLUMN article_id integer,
        ADD COLUMN external_id text, -- the source's id for imported history (source:id)
        ADD COLUMN supports integer NOT NULL DEFAULT 0, -- support counts where the channel has them (点赞)
        ADD COLUMN opposes integer NOT NULL DEFAULT 0;
      CREATE UNIQUE INDEX tickets_external_idx ON tickets (external_id) WHERE external_id IS NOT NULL;
      CREATE INDEX tickets_search_idx ON tickets USING gin (search);

      CREATE TABLE kb_articles (
        id serial PRIMARY KEY,
        title text NOT NULL,
        body text NOT NULL,
        category_id integer REFERENCES categories(id),
        unit_ids integer[] NOT NULL DEFAULT '{}',
        effective_from date,
        expires_on date,
        source text,
        status text NOT NULL CHECK (status IN ('draft', 'published', 'archived')),
        version integer NOT NULL,
        created_by integer REFERENCES users(id),
        updated_by integer REFERENCES users(id),
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        search tsvector
      );
      CREATE INDEX kb_articles_search_idx ON kb_articles USING gin (search);

      -- Every change, applied or proposed (待审核), with who and when.
      CREATE TABLE kb_article_versions (
        id serial PRIMARY KEY,
        article_id integer NOT NULL REFERENCES kb_articles(id),
        version integer,
        state text NOT NULL CHECK (state IN ('applied', 'proposed', 'rejected')),
        title text NOT NULL,
        body text NOT NULL,
        category_id integer,
        unit_ids integer[] NOT NULL DEFAULT '{}',
        effective_from date,
        expires_on date,
        source text,
        status text NOT NULL,
        note text,
        changed_by integer REFERENCES users(id),
        changed_at timestamptz NOT NULL,
        reviewed_by integer REFERENCES users(id),
        reviewed_at timestamptz
      );
      CREATE INDEX kb_article_versions_article_idx ON kb_article_versions (article_id, id);

      -- Messages to citizens (SMS outbox): the gateway sends them and sets sent_at.
      CREATE TABLE citizen_messages (
        id bigserial PRIMARY KEY,
        phone text NOT NULL,
        ticket_id integer REFERENCES tickets(id),
        kind text NOT NULL,
        text text NOT NULL,
        created_at timestamptz NOT NULL,
        sent_at timestamptz
      );
      CREATE INDEX citizen_messages_unsent_idx ON citizen_messages (id) WHERE sent_at IS NULL;
    `.execute(db);
  },
};

/** Smart dispatch: trained models, the dispatch catalogue, reply quality. */
const smart: Migration = {
  async up(db) {
    await sql`
      CREATE TABLE models (
        id serial PRIMARY KEY,
        kind text NOT NULL,
        version integer NOT NULL,
        trained_at timestamptz NOT NULL,
        training_size integer NOT NULL,
        scores jsonb NOT NULL,
        model jsonb NOT NULL,
        active boolean NOT NULL DEFAULT false,
        UNIQUE (kind, version)
      );
      -- 派单目录: which unit leads a category of request in a district (district NULL: anywhere).
      CREATE TABLE dispatch_catalogue (
        id serial PRIMARY KEY,
        category_id integer NOT NULL REFERENCES categories(id),
        district_id integer REFERENCES units(id),
        unit_id integer NOT NULL REFERENCES units(id)
      );
      CREATE UNIQUE INDEX dispatch_catalogue_key ON dispatch_catalogue (category_id, coalesce(district_id, 0));
      ALTER TABLE tickets ADD COLUMN reply_score integer;
    `.execute(db);
  },
};

export const MIGRATIONS: Record<string, Migration> = {
  '0001_core': core,
  '0002_timers': timers,
  '0003_search': search,
  '0004_smart': smart,
  // From 0005 on, each migration lives in its own file under migrations/.
  '0005_search_scope': searchScope,
  '0006_open311': open311,
  '0007_channels': channels,
  '0008_console': consoleMigration,
  '0009_email_results': emailResults,
  '0010_portal_supplement': portalSupplement,
  '0011_privacy': privacy,
  '0012_chain': chain,
  '0013_event_stream': eventStream,
  '0014_refused': refused,
  '0015_centres': centres,
  '0016_call_floor': callFloor,
  '0017_sms': sms,
  '0018_handoff_qa': handoffQa,
  '0019_call_rollup': callRollup,
  '0020_qa_complaint': qaComplaint,
  '0022_webhooks': webhooks,
  '0023_police': police,
  '0024_unit_systems': unitSystems,
  '0025_outbox_metrics': outboxMetrics,
  '0026_repeats': repeats,
  '0028_category_aliases': categoryAliases,
  '0030_open311_media': open311Media,
  '0031_step_attachments': stepAttachments,
  '0032_canned_replies': cannedReplies,
  '0033_saved_views': savedViews,
  '0034_ticket_links': ticketLinks,
  '0035_caller_messages': callerMessages,
};

class StaticProvider implements MigrationProvider {
  async getMigrations() {
    return MIGRATIONS;
  }
}

/** Brings the schema up to date; returns the names of the migrations that ran. */
export async function migrateToLatest(db: Kysely<DB>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: new StaticProvider() });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error;
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
