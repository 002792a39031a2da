// Kysely table types for 12345 ↔ 110 联动 (migration 0023_police).

import type { ColumnType, Generated, JSONColumnType } from 'kysely';

type Timestamp = ColumnType<Date, Date | string, Date | string>;

export interface PoliceHandoffTable {
  id: Generated<number>;
  ticket_id: number;
  direction: 'out' | 'in';
  service: string;
  police_record_id: string | null;
  state: string;
  created_at: Timestamp;
  acknowledged_at: Timestamp | null;
  alerted_at: Timestamp | null;
  updated_at: Timestamp;
}

export interface PoliceMessageTable {
  id: Generated<string>;
  handoff_id: number;
  ticket_id: number;
  event_id: number | string;
  kind: 'transfer' | 'result';
  body: JSONColumnType<Record<string, unknown>, string, string>;
  status: Generated<'pending' | 'delivered' | 'dead'>;
  attempts: Generated<number>;
  next_attempt_at: ColumnType<Date, Date | string | undefined, Date | string>;
  last_error: string | null;
  last_status: number | null;
  delivered_at: Timestamp | null;
  created_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface PoliceTables {
  police_handoffs: PoliceHandoffTable;
  police_messages: PoliceMessageTable;
}
