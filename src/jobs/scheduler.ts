// Timers in the server process: deadline alerts (预警/超期, callback and supervision
// deadlines) and the measures rollups. Every server process runs them; the store makes each
// due action happen exactly once however many processes share the database.

import type { Kysely } from 'kysely';
import { refreshRollups } from '../store/measures.js';
import type { ReferenceCache } from '../store/reference.js';
import type { DB } from '../store/schema.js';
import { raiseDueAlerts } from '../store/tickets.js';

export interface JobOptions {
  db: Kysely<DB>;
  ref: ReferenceCache;
  intervalMs: number;
  now?: () => Date;
  log?: { error: (obj: unknown, msg: string) => void; info?: (obj: unknown, msg: string) => void };
}

/** One pass of every timer; returns what it did. */
export async function runJobsOnce(opts: Omit<JobOptions, 'intervalMs'>): Promise<{ alerts: number; rollupRows: number }> {
  const now = opts.now?.() ?? new Date();
  const ref = await opts.ref.get();
  let alerts = 0;
  // Work through a backlog in batches (after downtime many alerts may be due at once).
  for (;;) {
    const batch = await raiseDueAlerts(opts.db, ref, now);
    alerts += batch.alerts;
    if (batch.tickets === 0) break;
  }
  const rollupRows = await refreshRollups(opts.db, now);
  return { alerts, rollupRows };
}

/** Starts the timers; the returned function stops them and waits for a pass in progress. */
export function startJobs(opts: JobOptions): () => Promise<void> {
  let running: Promise<unknown> | null = null;
  let stopped = false;
  const tick = () => {
    if (running || stopped) return; // never two passes at once in one process
    running = runJobsOnce(opts)
      .catch((err) => opts.log?.error({ err }, 'timer pass failed'))
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(tick, opts.intervalMs);
  timer.unref();
  setImmediate(tick);
  return async () => {
    stopped = true;
    clearInterval(timer);
    await running;
  };
}
