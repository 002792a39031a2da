// Webhooks: committed ticket events become delivery rows, one per subscription that wants the
// event (store/webhooks.ts fanOut), in the transaction that moves this listener's cursor. So a
// rolled-back change never produces a delivery (its event never commits), and a crash never loses
// one (the rows and the cursor's move commit together). The sender (src/channels/webhooks.ts)
// sends them after (kicked after the commit); docs/webhooks.md.

import type { AppContext } from '../app/context.js';
import { outboxFilled } from '../app/outbox.js';
import { fanOut } from '../store/webhooks.js';
import type { DurableListener } from './runner.js';

export function webhooksListener(ctx: AppContext): DurableListener {
  return {
    kind: 'durable',
    name: 'webhooks',
    events: [], // every type: each subscription filters its own
    batch: 200,
    async handle(tx, events) {
      // Rows to send: the sender goes as soon as they are committed.
      if ((await fanOut(tx, events)) > 0) return async () => outboxFilled(ctx, 'webhooks');
    },
  };
}
