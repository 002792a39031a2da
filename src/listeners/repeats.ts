// Repeats (重复件): every registered ticket is checked against the 30 days before it — the same
// caller about a similar matter, or the same matter from anyone (app/repeats.ts flagRepeat) — after its registration committed, so
// that registration never waits for the check. A repeat gets a `repeat_flagged` step on its
// timeline: the dispatch queue and the ticket page show it, live updates announce it, the
// measures count it (重复件率). The check reads and ranks candidates, so it runs after this
// listener's transaction commits (on the embedded database, a pool of one connection, it could
// not read beside it); if it fails the events are read again, and a ticket flagged already is
// left as it is.

import { flagRepeat } from '../app/repeats.js';
import type { AppContext } from '../app/context.js';
import type { DurableListener } from './runner.js';

export function repeatsListener(ctx: AppContext): DurableListener {
  return {
    kind: 'durable',
    name: 'repeats',
    events: ['registered'],
    batch: 50,
    async handle(_tx, events) {
      const ids = [...new Set(events.map((e) => e.ticketId))];
      return async () => {
        for (const id of ids) await flagRepeat(ctx, id);
      };
    },
  };
}
