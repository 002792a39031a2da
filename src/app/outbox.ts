// Outboxes (webhook deliveries, 110's messages) are filled by listeners in their transactions and
// emptied by senders that look every second. A listener that filled one kicks its sender after
// the commit, so a delivery leaves at once instead of at the next look (the look stays: a kick is
// only a hint, lost with the process; what another process filled waits for it).

import type { AppContext } from './context.js';

export type OutboxName = 'webhooks' | 'police';

const senders = new WeakMap<AppContext, Map<OutboxName, () => void>>();

/** The sender of this outbox in this process: `kick` starts a pass now (if none is under way). Returns the unregister. */
export function onOutboxFilled(ctx: AppContext, name: OutboxName, kick: () => void): () => void {
  let map = senders.get(ctx);
  if (!map) senders.set(ctx, (map = new Map()));
  map.set(name, kick);
  return () => {
    if (map.get(name) === kick) map.delete(name);
  };
}

/** Something was committed to this outbox: its sender, if it runs in this process, goes now. */
export function outboxFilled(ctx: AppContext, name: OutboxName): void {
  senders.get(ctx)?.get(name)?.();
}
