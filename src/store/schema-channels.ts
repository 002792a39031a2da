// Kysely table types for the citizen portal, email and call channels (migrations 0007_channels, 0009_email_results).

import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string, Date | string>;

export interface PortalCodeTable {
  id: Generated<string>;
  phone: string;
  purpose: string;
  code_hash: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  attempts: Generated<number>;
  used_at: Timestamp | null;
  ticket_id: number | null;
  ip: string | null;
}

export interface RateCounterTable {
  key: string;
  window_start: Timestamp;
  count: number;
}

export interface AttachmentTable {
  id: Generated<number>;
  ticket_id: number;
  source: string;
  filename: string | null;
  content_type: string;
  size: number;
  data: Buffer;
  created_at: Timestamp;
}

export interface EmailMessageTable {
  ticket_id: number;
  message_id: string | null;
  from_address: string;
  from_name: string | null;
  subject: string | null;
  received_at: Timestamp;
  reply_message_id: string | null;
  replied_at: Timestamp | null;
  result_event_id: number | null;
}

export interface EmailFollowupTable {
  message_id: string;
  ticket_id: number;
  received_at: Timestamp;
}

export interface AgentExtensionTable {
  extension: string;
  user_id: number;
  since: Timestamp;
}

export interface CallTable {
  id: string;
  caller: string | null;
  agent_user_id: number | null;
  extension: string | null;
  state: string;
  ringing_at: Timestamp | null;
  answered_at: Timestamp | null;
  ended_at: Timestamp | null;
  recording_url: string | null;
  api_key_id: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  /** 0016: when it entered the queue; the dialled line; when it started (generated); after-call work. */
  queued_at: Timestamp | null;
  line: string | null;
  started_at: ColumnType<Date, never, never>;
  wrap_up_seconds: number | null;
  /** 0017: the post-call IVR survey (通话满意度): digit 1–5, what it rated ('service' | 'result'), when. */
  survey_grade: number | null;
  survey_subject: string | null;
  survey_at: Timestamp | null;
}

export interface CallTicketTable {
  call_id: string;
  ticket_id: number;
  attached_by: number | null;
  attached_at: Timestamp;
}

/** 漏接回拨: a task per abandoned call from a known number (migration 0016_call_floor). */
export interface MissedCallTable {
  call_id: string;
  phone: string;
  line: string | null;
  missed_at: Timestamp;
  due_by: Timestamp;
  state: Generated<string>;
  joined_to: string | null;
  attempts: Generated<number>;
  ticket_id: number | null;
  closed_at: Timestamp | null;
  closed_by: number | null;
}

export interface MissedCallAttemptTable {
  id: Generated<string>;
  call_id: string;
  user_id: number | null;
  outcome: string;
  ticket_id: number | null;
  note: string | null;
  at: Timestamp;
}

/** 坐席状态 now, and its history. */
export interface AgentStateTable {
  user_id: number;
  state: string;
  reason: string | null;
  since: Timestamp;
}

export interface AgentStateLogTable {
  id: Generated<string>;
  user_id: number;
  state: string;
  reason: string | null;
  started_at: Timestamp;
  ended_at: Timestamp | null;
}

export interface ChannelTables {
  portal_codes: PortalCodeTable;
  rate_counters: RateCounterTable;
  attachments: AttachmentTable;
  email_messages: EmailMessageTable;
  email_followups: EmailFollowupTable;
  agent_extensions: AgentExtensionTable;
  calls: CallTable;
  call_tickets: CallTicketTable;
  missed_calls: MissedCallTable;
  missed_call_attempts: MissedCallAttemptTable;
  agent_states: AgentStateTable;
  agent_state_log: AgentStateLogTable;
}
