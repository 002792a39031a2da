// Kysely table types for departments' own systems (migration 0024_unit_systems).

import type { ColumnType } from 'kysely';

export interface UnitSystemTable {
  unit_id: number;
  name: string;
  subscription_id: number | null;
  created_by: number | null;
  created_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface UnitSystemTables {
  unit_systems: UnitSystemTable;
}
