// Kysely table types for sign-in throttling (migration 0011_privacy). The new ticket and API
// key columns are in their tables' own types.

import type { ColumnType } from 'kysely';

type Timestamp = ColumnType<Date, Date | string, Date | string>;

export interface SignInThrottleTable {
  key: string; // 'user:NAME' or 'addr:IP'
  failures: ColumnType<number, number | undefined, number>;
  window_start: Timestamp;
  locked_until: Timestamp | null;
  locks: ColumnType<number, number | undefined, number>;
  updated_at: Timestamp;
}

export interface PrivacyTables {
  sign_in_throttle: SignInThrottleTable;
}
