// Migration 0016_call_floor: the call floor (issue 16). A call may wait in a queue before it
// rings (state `queued`), is offered on a line (the dialled number: 12345, or a merged line's
// own), and starts when it enters the queue (or rings, without one) — `started_at`, the time
// the floor's figures are counted by. An abandoned call from a number the centre can call back
// becomes a missed-call callback task (漏接回拨); agents have a state (示闲/示忙/通话/话后) with
// its history, for the wallboard and the per-agent figures. Never edit a migration once it has
// shipped.

import { sql, type Migration } from 'kysely';

export const migration: Migration = {
  async up(db) {
    await sql`
      ALTER TABLE calls DROP CONSTRAINT IF EXISTS calls_state_check;
      ALTER TABLE calls ADD CONSTRAINT calls_state_check CHECK (state IN ('queued','ringing','answered','ended'));
      ALTER TABLE calls ADD COLUMN queued_at timestamptz;
      ALTER TABLE calls ADD COLUMN line text; -- the dialled number (12345, 12315 …), as the telephony system reports it
      -- When the call entered the queue (or rang, without one): what the floor's figures count by.
      ALTER TABLE calls ADD COLUMN started_at timestamptz
        GENERATED ALWAYS AS (COALESCE(queued_at, ringing_at, answered_at, ended_at, created_at)) STORED;
      -- After-call work (话后处理): from the end of the call until its agent is ready again.
      ALTER TABLE calls ADD COLUMN wrap_up_seconds integer;
      CREATE INDEX calls_started_idx ON calls (started_at);
      CREATE INDEX calls_caller_idx ON calls (caller, started_at) WHERE caller IS NOT NULL;

      -- Missed-call callbacks (漏接回拨): one task per abandoned call from a known number; a later
      -- abandoned call from a number already waiting joins its task (joined_to), and a number that
      -- called again and got through closes it (superseded).
      CREATE TABLE missed_calls (
        call_id text PRIMARY KEY REFERENCES calls(id),
        phone text NOT NULL,
        line text,
        missed_at timestamptz NOT NULL,
        due_by timestamptz NOT NULL,
        state text NOT NULL DEFAULT 'open'
          CHECK (state IN ('open','reached','unreachable','superseded','joined')),
        joined_to text REFERENCES missed_calls(call_id),
        attempts integer NOT NULL DEFAULT 0,
        ticket_id integer REFERENCES tickets(id),
        closed_at timestamptz,
        closed_by integer REFERENCES users(id)
      );
      CREATE INDEX missed_calls_open_idx ON missed_calls (missed_at) WHERE state = 'open';
      -- Waiting tasks of a number: a call that gets through closes them (open and joined alike).
      CREATE INDEX missed_calls_phone_idx ON missed_calls (phone) WHERE state IN ('open', 'joined');
      CREATE INDEX missed_calls_missed_idx ON missed_calls (missed_at);

      -- Every callback attempt on a task: who, when, reached or not, the ticket it led to.
      CREATE TABLE missed_call_attempts (
        id bigserial PRIMARY KEY,
        call_id text NOT NULL REFERENCES missed_calls(call_id),
        user_id integer REFERENCES users(id),
        outcome text NOT NULL CHECK (outcome IN ('reached','unreachable')),
        ticket_id integer REFERENCES tickets(id),
        note text,
        at timestamptz NOT NULL
      );
      CREATE INDEX missed_call_attempts_call_idx ON missed_call_attempts (call_id);

      -- An agent's state now (坐席状态): ready 示闲, busy 示忙 (with a reason), on_call 通话中,
      -- after_call 话后; signed out is no row.
      CREATE TABLE agent_states (
        user_id integer PRIMARY KEY REFERENCES users(id),
        state text NOT NULL CHECK (state IN ('ready','busy','on_call','after_call')),
        reason text,
        since timestamptz NOT NULL
      );
      -- … and every state an agent was in, for time-in-state figures.
      CREATE TABLE agent_state_log (
        id bigserial PRIMARY KEY,
        user_id integer NOT NULL REFERENCES users(id),
        state text NOT NULL CHECK (state IN ('ready','busy','on_call','after_call','signed_out')),
        reason text,
        started_at timestamptz NOT NULL,
        ended_at timestamptz
      );
      CREATE INDEX agent_state_log_user_idx ON agent_state_log (user_id, started_at);
    `.execute(db);
  },
};
