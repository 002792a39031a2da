// Kysely table types for webhooks (migration 0022_webhooks).

import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string, Date | string>;

export interface WebhookSubscriptionTable {
  id: Generated<number>;
  url: string;
  secret: string;
  events: string[] | null;
  unit_id: number | null;
  personal_data: Generated<boolean>;
  paused: Generated<boolean>;
  created_by: number | null;
  created_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface WebhookDeliveryTable {
  id: Generated<string>;
  subscription_id: number;
  event_id: number | string;
  ticket_id: number;
  status: Generated<'pending' | 'delivered' | 'dead'>;
  attempts: Generated<number>;
  next_attempt_at: ColumnType<Date, Date | string | undefined, Date | string>;
  last_error: string | null;
  last_status: number | null;
  delivered_at: Timestamp | null;
  created_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface WebhookTables {
  webhook_subscriptions: WebhookSubscriptionTable;
  webhook_deliveries: WebhookDeliveryTable;
}
