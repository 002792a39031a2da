// Webhooks: committed ticket events become delivery rows, one per subscription that wants the
// event (store/webhooks.ts fanOut), in the transaction that moves this listener's cursor. So a
// rolled-back change never produces a delivery (its event never commits), and a crash never loses
// one (the rows and the cursor's move commit together). The sender (src/channels/webhooks.ts)
// sends them after; docs/webhooks.md.

import { fanOut } from '../store/webhooks.js';
import type { DurableListener } from './runner.js';

export function webhooksListener(): DurableListener {
  return {
    kind: 'durable',
    name: 'webhooks',
    events: [], // every type: each subscription filters its own
    batch: 200,
    async handle(tx, events) {
      await fanOut(tx, events);
    },
  };
}
