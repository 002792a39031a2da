// Migration 0017_sms: SMS for phone callers (issue 16 item 4). citizen_messages becomes both
// ways: messages out (receipts, reply summaries, SMS callback surveys 短信回访) with their
// delivery through an HTTP gateway (attempts, the next try, the last error, the provider's
// message id), and messages in (a citizen's answer) with what became of them. A ticket can carry
// the caller's wish for no SMS (不发短信), ticked by the agent at intake; a call can carry the
// caller's post-call IVR rating (通话满意度). Never edit a migration once it has shipped.

import { sql, type Migration } from 'kysely';

export const migration: Migration = {
  async up(db) {
    await sql`
      ALTER TABLE citizen_messages
        ADD COLUMN direction text NOT NULL DEFAULT 'out' CHECK (direction IN ('out','in')),
        -- Delivery through the HTTP gateway: tries so far, when the next is due (null: none
        -- due), the last error, when it was given up, the provider's id for the message.
        ADD COLUMN attempts integer NOT NULL DEFAULT 0,
        ADD COLUMN next_attempt_at timestamptz,
        ADD COLUMN last_error text,
        ADD COLUMN failed_at timestamptz,
        ADD COLUMN provider_message_id text,
        -- A reply summary or survey (kind 'reply', 'survey'): the reply (ticket_events 'replied') it is about.
        ADD COLUMN reply_event_id bigint REFERENCES ticket_events(id),
        -- A survey: when it got its rating (a survey is answered once).
        ADD COLUMN answered_at timestamptz,
        -- A message in: what became of it, the survey it answered, the digit (1–5) it said.
        ADD COLUMN outcome text CHECK (outcome IN ('rated','already_rated','no_survey','not_a_rating','survey_closed')),
        ADD COLUMN answers_id bigint REFERENCES citizen_messages(id),
        ADD COLUMN grade smallint CHECK (grade BETWEEN 1 AND 5);
      ALTER TABLE citizen_messages ADD CONSTRAINT citizen_messages_in_outcome
        CHECK (direction = 'out' OR outcome IS NOT NULL);
      -- The HTTP gateway's work list.
      CREATE INDEX citizen_messages_due_idx ON citizen_messages (next_attempt_at)
        WHERE direction = 'out' AND sent_at IS NULL AND failed_at IS NULL;
      -- A ticket's messages; a number's latest survey.
      CREATE INDEX citizen_messages_ticket_idx ON citizen_messages (ticket_id, id) WHERE ticket_id IS NOT NULL;
      CREATE INDEX citizen_messages_survey_idx ON citizen_messages (phone, id) WHERE kind = 'survey';
      -- One survey per reply, however often the listener's batch is retried.
      CREATE UNIQUE INDEX citizen_messages_survey_reply_idx ON citizen_messages (reply_event_id) WHERE kind = 'survey';

      -- 不发短信: the caller asked for no SMS about this ticket (ticked at intake).
      ALTER TABLE tickets ADD COLUMN sms_declined boolean NOT NULL DEFAULT false;

      -- The telephony system's post-call IVR survey (通话满意度): the caller's digit 1–5 and what it rated.
      ALTER TABLE calls
        ADD COLUMN survey_grade smallint CHECK (survey_grade BETWEEN 1 AND 5),
        ADD COLUMN survey_subject text CHECK (survey_subject IN ('service','result')),
        ADD COLUMN survey_at timestamptz;
    `.execute(db);
  },
};
