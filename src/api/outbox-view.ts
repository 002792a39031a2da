// An outbox message's state over the API, the same for a webhook's deliveries (webhooks.ts) and
// the messages to 110 (interop-110.ts): the fields of store/outbox-state.ts, times as ISO strings.

import { z } from 'zod';
import type { OutboxState } from '../store/outbox-state.js';

/** The state fields of a delivery view; spread after the view's own fields. */
export const outboxStateShape = {
  status: z.enum(['pending', 'delivered', 'dead']),
  attempts: z.number(),
  nextAttemptAt: z.string().nullable(),
  lastError: z.string().nullable(),
  lastStatus: z.number().nullable(),
  deliveredAt: z.string().nullable(),
  createdAt: z.string(),
};

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** The message as stored, its times as ISO strings. */
export const presentOutboxState = <M extends OutboxState>(m: M) => ({
  ...m,
  nextAttemptAt: iso(m.nextAttemptAt),
  deliveredAt: iso(m.deliveredAt),
  createdAt: m.createdAt.toISOString(),
});
