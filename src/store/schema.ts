// Table types for Kysely. The migrations in ./migrations.ts create exactly these.

import type { ChannelTables } from './schema-channels.js';
import type { ConsoleTables } from './schema-console.js';
import type { Open311Tables } from './schema-open311.js';
import type { PrivacyTables } from './schema-privacy.js';
import type { EventStreamTables } from './schema-events.js';
import type { HandoffQaTables } from './schema-handoff-qa.js';
import type { WebhookTables } from './schema-webhooks.js';
import type { PoliceTables } from './schema-police.js';
import type { UnitSystemTables } from './schema-unit-systems.js';
import type { CategoryAliasTables } from './schema-category-aliases.js';
import type { LinkTables } from './schema-links.js';
import type { SavedViewTables } from './schema-saved-views.js';
import type { ColumnType, Generated, JSONColumnType } from 'kysely';
import type { Duration } from '../domain/calendar.js';
import type { ChainLevel, PendingExtension, PendingReturn, Supervision } from '../domain/ticket.js';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;

export interface UnitTable {
  id: Generated<number>;
  code: string;
  name: string;
  kind: string;
  parent_id: number | null;
  active: Generated<boolean>;
  sort: Generated<number>;
  /** A centre (中心/分中心): its staff see and dispatch the tickets of their centre and the centres below (0015). */
  is_centre: Generated<boolean>;
}

export interface CategoryTable {
  id: Generated<number>;
  code: string;
  name: string;
  parent_id: number | null;
  level: number;
  lead_unit_id: number | null;
  active: Generated<boolean>;
}

/** Merged hotlines (热线归并): each old number keeps its category and unit. */
export interface LineTable {
  id: Generated<number>;
  number: string;
  name: string;
  category_id: number | null;
  unit_id: number | null;
  /** merged 整体并入 | parallel 双号并行 | sub_centre 分中心 (the unit runs the line's queue) (0015). */
  mode: Generated<LineMode>;
}

export type LineMode = 'merged' | 'parallel' | 'sub_centre';

export interface UserTable {
  id: Generated<number>;
  username: string;
  display_name: string | null;
  password_hash: string;
  role: string;
  unit_id: number | null;
  active: Generated<boolean>;
  created_at: CreatedAt;
}

export interface SessionTable {
  token_hash: string;
  user_id: number;
  created_at: CreatedAt;
  expires_at: Timestamp;
}

export interface TicketTable {
  id: Generated<number>;
  number: string;
  status: string;
  channel: string;
  line: string | null;
  type: string;
  priority: string;
  title: string;
  content: string;
  caller_name: string | null;
  caller_phone: string | null;
  address: string | null;
  confidential: ColumnType<boolean, boolean | undefined, boolean>; // 保密工单
  sms_declined: ColumnType<boolean, boolean | undefined, boolean>; // 不发短信: the caller asked for no SMS (0017)
  public_consent: ColumnType<boolean, boolean | undefined, boolean>; // the citizen agreed to publication
  category_id: number | null;
  unit_id: number | null; // the unit holding the ticket: the deepest level of the chain
  centre_id: ColumnType<number | null, number | null | undefined, number | null>; // the centre that owns it (0015)
  chain: ColumnType<ChainLevel[], string | undefined, string>; // jsonb: the hand-down chain (src/domain/chain.ts)
  assist_unit_ids: ColumnType<number[], number[] | string, number[] | string>;
  accept_by: Timestamp | null;
  due_by: Timestamp | null;
  dispatched_at: Timestamp | null;
  accepted_at: Timestamp | null;
  replied_at: Timestamp | null;
  closed_at: Timestamp | null;
  pending_return: JSONColumnType<PendingReturn | null, string | null, string | null>;
  pending_extension: JSONColumnType<PendingExtension | null, string | null, string | null>;
  extended_days: number;
  reopen_count: number;
  callback_attempts: number;
  resolved: boolean | null;
  satisfaction: string | null;
  merged_into: number | null;
  transferred_to: string | null;
  created_by: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: number;
  district_id: number | null;
  accept_warn_at: Timestamp | null;
  due_warn_at: Timestamp | null;
  handle_from: Timestamp | null;
  handle_clock: boolean;
  callback_due_by: Timestamp | null;
  alerts: ColumnType<string[], string[] | string, string[] | string>;
  supervision: JSONColumnType<Supervision | null, string | null, string | null>;
  first_replied_at: Timestamp | null;
  first_reply_on_time: boolean | null;
  handling_minutes: number | null;
  direct_answer: boolean;
  return_count: number;
  callback_reached: boolean;
  next_alert_at: Timestamp | null;
  returned_from: ColumnType<number[], number[] | string, number[] | string>;
  facts: number;
  search: ColumnType<string | null, never, never>; // tsvector, written with raw SQL only
  article_id: number | null;
  external_id: string | null;
  reply_score: number | null;
  supports: Generated<number>;
  opposes: Generated<number>;
  /** 重复件 (0026): the earlier ticket this one repeats, and why ('caller' | 'matter'). */
  repeat_of: ColumnType<number | null, number | null | undefined, number | null>;
  repeat_reason: ColumnType<string | null, string | null | undefined, string | null>;
  /** 承办人 (0031): the unit's handler the unit gave the ticket to. */
  assignee_id: ColumnType<number | null, number | null | undefined, number | null>;
}

export interface ModelTable {
  id: Generated<number>;
  kind: string;
  version: number;
  trained_at: Timestamp;
  training_size: number;
  scores: JSONColumnType<Record<string, unknown>, string, string>;
  model: JSONColumnType<Record<string, unknown>, string, string>;
  active: Generated<boolean>;
}

export interface DispatchCatalogueTable {
  id: Generated<number>;
  category_id: number;
  district_id: number | null;
  unit_id: number;
}

export interface CitizenMessageTable {
  id: Generated<string>;
  phone: string;
  ticket_id: number | null;
  kind: string;
  text: string;
  created_at: Timestamp;
  sent_at: Timestamp | null;
  /** 0017_sms: both ways, the HTTP gateway's delivery, surveys and their answers. */
  direction: ColumnType<string, string | undefined, string>;
  attempts: ColumnType<number, number | undefined, number>;
  next_attempt_at: Timestamp | null;
  last_error: string | null;
  failed_at: Timestamp | null;
  provider_message_id: string | null;
  reply_event_id: ColumnType<string | null, string | number | null | undefined, string | number | null>;
  answered_at: Timestamp | null;
  outcome: string | null;
  answers_id: ColumnType<string | null, string | number | null | undefined, string | number | null>;
  grade: number | null;
}

export interface KbArticleTable {
  id: Generated<number>;
  title: string;
  body: string;
  category_id: number | null;
  unit_ids: ColumnType<number[], string, string>;
  effective_from: ColumnType<string | null, string | null, string | null>;
  expires_on: ColumnType<string | null, string | null, string | null>;
  source: string | null;
  status: string;
  version: number;
  created_by: number | null;
  updated_by: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  search: ColumnType<string | null, never, never>;
}

export interface KbArticleVersionTable {
  id: Generated<number>;
  article_id: number;
  version: number | null;
  state: string;
  title: string;
  body: string;
  category_id: number | null;
  unit_ids: ColumnType<number[], string, string>;
  effective_from: ColumnType<string | null, string | null, string | null>;
  expires_on: ColumnType<string | null, string | null, string | null>;
  source: string | null;
  status: string;
  note: string | null;
  changed_by: number | null;
  changed_at: Timestamp;
  reviewed_by: number | null;
  reviewed_at: Timestamp | null;
}

export interface MeasureRollupTable {
  day: string;
  dim: string;
  key: string;
  volume: number;
  handling_minutes: number;
  facts: ColumnType<number[], string, string>;
}

export interface NotificationTable {
  id: Generated<string>;
  unit_id: number | null;
  ticket_id: number | null;
  kind: string;
  message: string;
  created_at: Timestamp;
  read_at: Timestamp | null;
}

/** The timeline (全程留痕): append-only, a trigger refuses UPDATE and DELETE. */
export interface TicketEventTable {
  id: Generated<string>;
  ticket_id: number;
  seq: number;
  type: string;
  actor_id: number | null;
  at: Timestamp;
  payload: JSONColumnType<Record<string, unknown>, string, never>;
  /** The writing transaction's id (xid8, as text): with id, the event's position in the stream (migration 0013). */
  tx: Generated<string>;
  /** The units that could see the ticket after this event (lead and assisting); null before migration 0013. */
  units: ColumnType<number[] | null, number[] | string | null | undefined, never>;
}

export interface IdempotencyKeyTable {
  scope: string;
  key: string;
  request_hash: string;
  ticket_id: number | null;
  created_at: CreatedAt;
}

export interface CalendarYearTable {
  year: number;
  holidays: ColumnType<string[], string, string>;
  workdays: ColumnType<string[], string, string>;
  provisional: boolean;
  source: string | null;
  updated_at: Timestamp;
}

export interface TimeLimitRuleTable {
  id: Generated<number>;
  type: string | null;
  category_id: number | null;
  priority: string | null;
  accept_limit: JSONColumnType<Duration | null, string | null, string | null>;
  handle_limit: JSONColumnType<Duration | null, string | null, string | null>;
}

export interface SettingTable {
  key: string;
  value: JSONColumnType<Record<string, unknown> | unknown[], string, string>;
}

/** Who viewed full personal data, and other security-relevant actions. */
export interface AuditLogTable {
  id: Generated<string>;
  user_id: number | null;
  action: string;
  ticket_id: number | null;
  at: CreatedAt;
  detail: JSONColumnType<Record<string, unknown>, string, never>;
}

// Tables added by later features live in their own files, so each area owns its types.
export interface DB extends Open311Tables, ChannelTables, ConsoleTables, PrivacyTables, EventStreamTables, HandoffQaTables, WebhookTables, PoliceTables, UnitSystemTables, CategoryAliasTables, LinkTables, SavedViewTables {
  units: UnitTable;
  categories: CategoryTable;
  lines: LineTable;
  users: UserTable;
  sessions: SessionTable;
  tickets: TicketTable;
  ticket_events: TicketEventTable;
  idempotency_keys: IdempotencyKeyTable;
  calendar_years: CalendarYearTable;
  time_limit_rules: TimeLimitRuleTable;
  settings: SettingTable;
  audit_log: AuditLogTable;
  notifications: NotificationTable;
  measure_rollups: MeasureRollupTable;
  kb_articles: KbArticleTable;
  kb_article_versions: KbArticleVersionTable;
  citizen_messages: CitizenMessageTable;
  models: ModelTable;
  dispatch_catalogue: DispatchCatalogueTable;
}
