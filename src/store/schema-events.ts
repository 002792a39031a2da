// Kysely table types for the event stream's listener cursors (migration 0013_event_stream). The
// new ticket_events columns (tx, units) are in its own type.

import type { ColumnType } from 'kysely';

export interface ListenerCursorTable {
  name: string;
  /** xid8, as text. */
  tx: string;
  id: ColumnType<number, number | string, number | string>;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface EventStreamTables {
  listener_cursors: ListenerCursorTable;
}
