// The senders' loop (webhooks, 110): a pass every intervalMs, one at a time, and one at once when
// a listener of this process kicks it after filling its outbox (app/outbox.ts); a kick during a
// pass makes another pass follow it. The returned function stops the loop and waits for the pass
// under way.

import type { AppContext } from '../app/context.js';
import type { Log } from '../app/log.js';
import { onOutboxFilled, type OutboxName } from '../app/outbox.js';

export function startDeliveryLoop(ctx: AppContext, outbox: OutboxName, pass: () => Promise<unknown>, log: Log, intervalMs: number): () => Promise<void> {
  let running: Promise<unknown> | null = null;
  let again = false;
  let stopped = false;
  const tick = () => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = pass()
      .catch((err) => log.error({ err, outbox }, `${outbox} delivery pass failed`))
      .finally(() => {
        running = null;
        if (again) {
          again = false;
          tick();
        }
      });
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  const unregister = onOutboxFilled(ctx, outbox, tick);
  setImmediate(tick);
  return async () => {
    stopped = true;
    unregister();
    clearInterval(timer);
    await running;
  };
}
