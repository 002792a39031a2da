// Kysely table types for Open311 GeoReport v2 and API keys (migration 0006_open311).

import type { ColumnType, Generated, JSONColumnType } from 'kysely';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;

export interface ApiKeyTable {
  id: Generated<number>;
  name: string;
  key_hash: string;
  prefix: string;
  per_minute: Generated<number>;
  scope: Generated<string>; // open311 | telephony | sms | feed | 110 | unit
  /** A unit key's unit and the system user it acts as (0024_unit_systems); null for other scopes. */
  unit_id: ColumnType<number | null, number | null | undefined, number | null>;
  user_id: ColumnType<number | null, number | null | undefined, number | null>;
  created_by: number | null;
  created_at: CreatedAt;
  revoked_at: Timestamp | null;
  last_used_at: Timestamp | null;
}

export interface Open311RequestTable {
  ticket_id: number;
  token: string;
  api_key_id: number | null;
  service_code: string;
  account_id: string | null;
  device_id: string | null;
  lat: number | null;
  long: number | null;
  address_id: string | null;
  zipcode: string | null;
  /** Every photo link the client sent, in order (0030_open311_media). */
  media_urls: ColumnType<string[], string[] | undefined, string[]>;
  email: string | null;
  attributes: JSONColumnType<Record<string, string | string[]>, string, string>;
  created_at: Timestamp;
}

export interface AttributeValue {
  key: string;
  name: string;
}

export interface Open311ServiceAttributeTable {
  id: Generated<number>;
  category_id: number;
  code: string;
  variable: Generated<boolean>;
  datatype: string;
  required: Generated<boolean>;
  datatype_description: string | null;
  description: string | null;
  sort: Generated<number>;
  values: JSONColumnType<AttributeValue[], string, string>;
}

export interface Open311UpdateTable {
  id: Generated<number>;
  ticket_id: number;
  api_key_id: number;
  client_update_id: string | null;
  status: string;
  description: string;
  media_urls: ColumnType<string[], string[] | undefined, string[]>;
  author: JSONColumnType<Record<string, string>, string, string>;
  updated_datetime: Timestamp | null;
  created_at: Timestamp;
}

export interface Open311Tables {
  api_keys: ApiKeyTable;
  open311_requests: Open311RequestTable;
  open311_service_attributes: Open311ServiceAttributeTable;
  open311_updates: Open311UpdateTable;
}
