// Timers in the server process: deadline alerts (预警/超期, callback and supervision
// deadlines) and the measures rollups. Every server process runs them; the store makes each
// due action happen exactly once however many processes share the database. The same loop runs
// the listeners on the committed event stream (src/listeners), much more often.

import type { Kysely } from 'kysely';
import type { ListenerHost } from '../app/context.js';
import { hotTopicsFor } from '../app/hot-topics.js';
import { maskText } from '../domain/masking.js';
import { risingTopics } from '../text/hot-topics.js';
import { refreshRollups } from '../store/measures.js';
import { raisePoliceTimeouts } from '../store/police.js';
import type { ReferenceCache } from '../store/reference.js';
import type { DB } from '../store/schema.js';
import { raiseDueAlerts } from '../store/tickets.js';

export interface JobOptions {
  db: Kysely<DB>;
  ref: ReferenceCache;
  /** How often the timers run; 0: not at all (HOTLINE_JOBS=off), the listeners still do. */
  intervalMs: number;
  now?: () => Date;
  log?: { error: (obj: unknown, msg: string) => void; info?: (obj: unknown, msg: string) => void };
  /** This process's listeners: run every listenersIntervalMs, and nudged after a timer pass. */
  listeners?: ListenerHost;
  listenersIntervalMs?: number;
  /** Told after every timer pass (ok: it finished without an error), for GET /metrics. */
  onPass?: (ok: boolean, at: Date) => void;
}

/** One pass of every timer; returns what it did. */
export async function runJobsOnce(opts: Omit<JobOptions, 'intervalMs'>): Promise<{ alerts: number; rollupRows: number; risingAlerts: number; policeTimeouts: number }> {
  const now = opts.now?.() ?? new Date();
  const ref = await opts.ref.get();
  let alerts = 0;
  // Work through a backlog in batches (after downtime many alerts may be due at once).
  for (;;) {
    const batch = await raiseDueAlerts(opts.db, ref, now);
    alerts += batch.alerts;
    if (batch.tickets === 0) break;
  }
  // The alerts' notifications are the listeners' (src/listeners/notifications.ts): now, not at their next turn.
  if (alerts) opts.listeners?.nudge();
  const rollupRows = await refreshRollups(opts.db, now);
  const risingAlerts = await alertRisingTopics(opts.db, now);
  // 转警 that 110 has not acknowledged in time (src/store/police.ts): the centre is told, once.
  const policeTimeouts = await raisePoliceTimeouts(opts.db, now);
  return { alerts, rollupRows, risingAlerts, policeTimeouts };
}

/** How often rising hot topics are looked for. */
const HOT_TOPIC_EVERY_MS = 60 * 60_000;

/**
 * Rising hot topics of the last week become a notification for the supervisors (unit: none,
 * the centre's own), once per topic, at most hourly, by one process at a time.
 */
export async function alertRisingTopics(db: Kysely<DB>, now: Date, force = false): Promise<number> {
  return db.transaction().execute(async (tx) => {
    await tx
      .insertInto('settings')
      .values({ key: 'hot_topics_checked', value: JSON.stringify({ at: new Date(0).toISOString() }) })
      .onConflict((oc) => oc.column('key').doNothing())
      .execute();
    const row = await tx.selectFrom('settings').select('value').where('key', '=', 'hot_topics_checked').forUpdate().skipLocked().executeTakeFirst();
    if (!row) return 0;
    const last = new Date((row.value as { at: string }).at);
    if (!force && now.getTime() - last.getTime() < HOT_TOPIC_EVERY_MS) return 0;
    const week = new Date(now.getTime() - 7 * 86_400_000);
    const { topics, callerNames } = await hotTopicsFor(tx, week, now, now);
    let raised = 0;
    for (const { topic, recent, previous } of risingTopics(topics, now, 7)) {
      const first = Number(topic.items[0]);
      const seen = await tx.selectFrom('notifications').select('id').where('kind', '=', 'hot_topic').where('ticket_id', '=', first).where('created_at', '>=', week).executeTakeFirst();
      if (seen) continue;
      await tx
        .insertInto('notifications')
        .values({ unit_id: null, ticket_id: first, kind: 'hot_topic', message: `热点上升：${maskText(topic.label, topic.items.map((id) => callerNames.get(Number(id))))}（近 7 天 ${recent} 件，此前 7 天 ${previous} 件；共 ${topic.callers} 人反映）`, created_at: now })
        .execute();
      raised++;
    }
    await tx.updateTable('settings').set({ value: JSON.stringify({ at: now.toISOString() }) }).where('key', '=', 'hot_topics_checked').execute();
    return raised;
  });
}

/** Starts the timers and the listeners' loop; the returned function stops them and waits for the passes in progress. */
export function startJobs(opts: JobOptions): () => Promise<void> {
  let running: Promise<unknown> | null = null;
  let listening: Promise<unknown> | null = null;
  let stopped = false;
  const tick = () => {
    if (running || stopped) return; // never two passes at once in one process
    running = runJobsOnce(opts)
      .then(
        () => opts.onPass?.(true, new Date()),
        (err) => {
          opts.log?.error({ err }, 'timer pass failed');
          opts.onPass?.(false, new Date());
        },
      )
      .finally(() => {
        running = null;
      });
  };
  const listen = () => {
    if (listening || stopped || !opts.listeners) return;
    listening = opts.listeners
      .tick()
      .catch((err) => opts.log?.error({ err }, 'listener pass failed'))
      .finally(() => {
        listening = null;
      });
  };
  const timers: NodeJS.Timeout[] = [];
  if (opts.intervalMs > 0) {
    timers.push(setInterval(tick, opts.intervalMs));
    setImmediate(tick);
  }
  if (opts.listeners) {
    timers.push(setInterval(listen, opts.listenersIntervalMs ?? 200));
    setImmediate(listen);
  }
  for (const t of timers) t.unref();
  return async () => {
    stopped = true;
    for (const t of timers) clearInterval(t);
    await Promise.all([running, listening]);
  };
}
