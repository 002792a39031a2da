// Migration 0019_call_rollup: daily sums of the floor's figures (话务指标), so that a year of
// calls (millions) reads a few thousand rows. One row per Asia/Shanghai day and dimension key
// (dim 'day' one row, 'hour' 0–23, 'line' the dialled number, 'agent' the user id; '' for
// none), with the waits as a sparse histogram of whole seconds (wait_buckets[i] holds
// answered[i] answered and abandoned[i] abandoned calls), so that the 15 s line, the short
// abandon line and the 90th percentile follow the settings without a rebuild.
//
// Days before call_rollup_state.through are in the rollup; later days (yesterday and today)
// are read from the calls. A change to a call, a missed-call task or a callback attempt of a
// rolled-up day marks that day stale (triggers below, so every writer counts: call events, the
// agents' after-call work, the callback queue); the next read rebuilds it first.

import { sql, type Migration } from 'kysely';

export const migration: Migration = {
  async up(db) {
    await sql`
      CREATE TABLE call_rollups (
        day date NOT NULL,
        dim text NOT NULL CHECK (dim IN ('day','hour','line','agent')),
        key text NOT NULL,
        offered integer NOT NULL,
        answered integer NOT NULL,
        abandoned integer NOT NULL,
        waiting integer NOT NULL,
        wait_ms bigint NOT NULL,
        answer_wait_ms bigint NOT NULL,
        talk_ms bigint NOT NULL,
        talked integer NOT NULL,
        wrap_up_seconds bigint NOT NULL,
        wrapped integer NOT NULL,
        wait_buckets integer[] NOT NULL,
        answered_counts integer[] NOT NULL,
        abandoned_counts integer[] NOT NULL,
        callbacks_needed integer NOT NULL,
        called_back integer NOT NULL,
        called_back_on_time integer NOT NULL,
        PRIMARY KEY (dim, day, key)
      );
      -- One row: the first day not (yet) in the rollup.
      CREATE TABLE call_rollup_state (
        id boolean PRIMARY KEY DEFAULT true CHECK (id),
        through date
      );
      INSERT INTO call_rollup_state (id, through) VALUES (true, NULL);
      -- Rolled-up days that changed since; marks counts the changes (an upsert that locks the
      -- row, so a rebuild that deletes the mark waits for the change to commit, then sees it).
      CREATE TABLE call_rollup_stale (
        day date PRIMARY KEY,
        marks integer NOT NULL DEFAULT 1
      );

      CREATE FUNCTION call_rollup_mark(at timestamptz) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE d date := ((at AT TIME ZONE 'UTC') + interval '8 hours')::date;
      BEGIN
        -- Days not rolled up yet (today, yesterday) cost nothing here: no write, no lock.
        IF at IS NOT NULL AND d < (SELECT through FROM call_rollup_state) THEN
          INSERT INTO call_rollup_stale (day) VALUES (d)
            ON CONFLICT (day) DO UPDATE SET marks = call_rollup_stale.marks + 1;
        END IF;
      END $$;

      CREATE FUNCTION calls_rollup_stale() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM call_rollup_mark(NEW.started_at);
        IF TG_OP = 'UPDATE' AND OLD.started_at IS DISTINCT FROM NEW.started_at THEN
          PERFORM call_rollup_mark(OLD.started_at);
        END IF;
        RETURN NULL;
      END $$;
      CREATE TRIGGER calls_rollup_stale AFTER INSERT OR UPDATE ON calls
        FOR EACH ROW EXECUTE FUNCTION calls_rollup_stale();

      CREATE FUNCTION missed_calls_rollup_stale() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM call_rollup_mark(NEW.missed_at);
        IF TG_OP = 'UPDATE' AND OLD.missed_at IS DISTINCT FROM NEW.missed_at THEN
          PERFORM call_rollup_mark(OLD.missed_at);
        END IF;
        RETURN NULL;
      END $$;
      CREATE TRIGGER missed_calls_rollup_stale AFTER INSERT OR UPDATE ON missed_calls
        FOR EACH ROW EXECUTE FUNCTION missed_calls_rollup_stale();

      CREATE FUNCTION missed_call_attempts_rollup_stale() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM call_rollup_mark((SELECT missed_at FROM missed_calls WHERE call_id = NEW.call_id));
        RETURN NULL;
      END $$;
      CREATE TRIGGER missed_call_attempts_rollup_stale AFTER INSERT OR UPDATE ON missed_call_attempts
        FOR EACH ROW EXECUTE FUNCTION missed_call_attempts_rollup_stale();
    `.execute(db);
  },
};
