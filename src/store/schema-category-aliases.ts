// Kysely table types for imported labels' meaning in the category tree (migration 0028_category_aliases).

import type { ColumnType } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface CategoryAliasTable {
  /** The label as imported history spells it (商贸旅游). */
  label: string;
  category_id: number;
  /** The admin who confirmed it in the console; null from the command line. */
  created_by: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface CategoryAliasTables {
  category_aliases: CategoryAliasTable;
}
