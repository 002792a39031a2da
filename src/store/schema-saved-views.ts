// Kysely table types for saved views and bulk calls' answers (migration 0033_saved_views).

import type { ColumnType, Generated, JSONColumnType } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface SavedViewTable {
  id: Generated<number>;
  name: string;
  owner_id: number;
  /** Published by an admin to every user of this role; null: the owner's own view. */
  shared_role: string | null;
  /** The list query's parameters (GET /tickets), as strings. */
  query: JSONColumnType<Record<string, string>>;
  created_at: Timestamp;
}

export interface BulkCallTable {
  user_id: number;
  key: string;
  request_hash: string;
  response: JSONColumnType<object>;
  created_at: Timestamp;
}

export interface SavedViewTables {
  saved_views: SavedViewTable;
  bulk_calls: BulkCallTable;
}
