// Where an outbox message stands, the same for a webhook's deliveries (webhooks.ts) and the
// messages to 110 (police.ts): both go through one delivery loop (app/outbox.ts), with the same
// columns for their state.

export type OutboxStatus = 'pending' | 'delivered' | 'dead';

export interface OutboxState {
  status: OutboxStatus;
  attempts: number;
  /** When it is tried next; null once it is no longer pending. */
  nextAttemptAt: Date | null;
  lastError: string | null;
  lastStatus: number | null;
  deliveredAt: Date | null;
  createdAt: Date;
}

/** The state columns of an outbox row. */
export interface OutboxStateRow {
  status: OutboxStatus;
  attempts: number;
  next_attempt_at: Date;
  last_error: string | null;
  last_status: number | null;
  delivered_at: Date | null;
  created_at: Date;
}

export const outboxState = (r: OutboxStateRow): OutboxState => ({
  status: r.status,
  attempts: r.attempts,
  nextAttemptAt: r.status === 'pending' ? r.next_attempt_at : null,
  lastError: r.last_error,
  lastStatus: r.last_status,
  deliveredAt: r.delivered_at,
  createdAt: r.created_at,
});
