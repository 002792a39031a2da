// Kysely table types for live call hand-off and quality checks (migration 0018_handoff_qa).

import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type Json<T> = ColumnType<T, string, string>;

/** 一键转接 / 三方通话: one command to the telephony system and its result. */
export interface CallTransferTable {
  id: Generated<string>;
  request_id: string;
  call_id: string;
  mode: string;
  target: string;
  target_label: string | null;
  requested_by: number;
  requested_at: Timestamp;
  status: string;
  detail: string | null;
  settled_at: Timestamp | null;
}

export interface QaFormItem {
  key: string;
  label: string;
  max: number;
}

/** 质检评分表, versioned. */
export interface QaFormTable {
  id: Generated<number>;
  version: number;
  items: Json<QaFormItem[]>;
  max_total: number;
  active: Generated<boolean>;
  created_by: number | null;
  created_at: Timestamp;
}

/** 抽检: a call drawn for checking. */
export interface QaSampleTable {
  id: Generated<number>;
  call_id: string;
  agent_user_id: number;
  reason: string;
  drawn_by: number | null;
  drawn_at: Timestamp;
}

/** 质检结果: a sample's score on its form. */
export interface QaReviewTable {
  sample_id: number;
  form_id: number;
  scores: Json<Record<string, number>>;
  total: number;
  max_total: number;
  comment: string | null;
  inspector_id: number;
  reviewed_at: Timestamp;
  acknowledged_at: Timestamp | null;
}

export interface HandoffQaTables {
  call_transfers: CallTransferTable;
  qa_forms: QaFormTable;
  qa_samples: QaSampleTable;
  qa_reviews: QaReviewTable;
}
