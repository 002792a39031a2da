// Kysely table types for ticket links (一件多诉 拆分 / 关联工单, migration 0034_ticket_links).

import type { ColumnType, Generated } from 'kysely';

export interface TicketLinkTable {
  id: Generated<number>;
  /** The ticket split from, linked from, or followed up. */
  from_id: number;
  /** The ticket split into, linked to, or the follow-up. */
  to_id: number;
  kind: string;
  created_by: number | null;
  created_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface LinkTables {
  ticket_links: TicketLinkTable;
}
