// Runs the listeners of this process over the committed event stream (store/event-stream.ts).
//
// A durable listener keeps its cursor in the database (listener_cursors): each batch is one
// transaction that claims the cursor row FOR UPDATE SKIP LOCKED (so one process at a time runs
// the listener, however many share the database), reads the events after it, does the listener's
// work and moves the cursor — committed together, or not at all: a failure leaves the cursor
// where it was and the batch is tried again later (backing off). Work that cannot be part of a
// transaction (a mail over SMTP) is returned by the listener and done after the commit; if it
// fails, the listener gives back its claim and the cursor is put back, so the events are read
// again.
//
// A live listener is this process's alone: its cursor is in memory, starting at the stream's end
// when the process starts (src/listeners/live.ts feeds the event streams of this process's users).
//
// Passes run one at a time: from the timers' loop (src/jobs/scheduler.ts, every 200 ms), and
// right after a use case of this process commits (nudge).

import type { Kysely, Transaction } from 'kysely';
import type { ListenerHost } from '../app/context.js';
import type { Log } from '../app/log.js';
import {
  claimCursor,
  comparePositions,
  ensureCursor,
  laterOf,
  moveCursor,
  anyEventAfter,
  readCommitted,
  rewindCursor,
  streamEnd,
  type Position,
  type StreamEvent,
} from '../store/event-stream.js';
import type { DB } from '../store/schema.js';

export type { StreamEvent };

/** Work to do once the listener's transaction has committed; throwing puts the cursor back. */
export type AfterCommit = () => Promise<void>;

export interface DurableListener {
  kind: 'durable';
  /** Its cursor's name: never rename a listener that has run (it would start over). */
  name: string;
  /** The event types it wants. */
  events: readonly string[];
  /** Where it starts when it has no cursor yet (default: the stream's end, i.e. from now on). */
  from?: 'beginning' | 'end';
  /** Events per transaction (default 100). */
  batch?: number;
  /** Whether it can run in this process now (e.g. the mail transport is there); default yes. */
  ready?(): boolean;
  /** Its work, in the transaction that moves its cursor past these events. */
  handle(tx: Transaction<DB>, events: StreamEvent[]): Promise<void | AfterCommit>;
}

export interface LiveListener {
  kind: 'live';
  name: string;
  /** Event types it never wants. */
  skip?: readonly string[];
  /** Whether anyone is listening; when not, the cursor just moves to the stream's end. */
  active?(): boolean;
  handle(events: StreamEvent[]): void;
}

export type Listener = DurableListener | LiveListener;

export interface PassResult {
  /** Events handed to listeners in this pass. */
  delivered: number;
  /** Committed events wait for an older transaction to finish: another pass soon will find them. */
  waiting: boolean;
  /** A durable listener's cursor was held by another process. */
  busy: boolean;
}

/**
 * One listener's (or the live listeners') own line of passes: a pass starts when the one before
 * it ended; a pass asked for while one waits to start is that same pass (coalesced).
 */
interface Lane {
  tail: Promise<unknown>;
  queued: Promise<PassResult> | null;
  /** Whether the queued pass was asked for with force (by any of those who asked). */
  force: boolean;
}

interface DurableState extends Lane {
  listener: DurableListener;
  ensured: boolean;
  /** A position up to which nothing wanted is left (a hint, to skip the transaction when idle). */
  memo: Position | null;
  memoAt: number;
  failures: number;
  retryAt: number;
}

const LIVE_BATCH = 500;
/** A hint older than this is checked against the database (another process may have put a cursor back). */
const MEMO_MS = 10_000;
const backoffMs = (failures: number) => Math.min(60_000, 250 * 2 ** Math.min(failures - 1, 10));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class ListenerRunner implements ListenerHost {
  private readonly durable: DurableState[];
  private readonly live: { listener: LiveListener; cursor: Position | null }[];
  private readonly liveLane: Lane = { tail: Promise.resolve(), queued: null, force: false };
  private inFlight = 0;
  private nudged = false;
  private retries = 0;
  private stopped = false;
  /** When stopping: passes end after the batch under way once this instant is past (a backlog is the next process's). */
  private stopBy = Infinity;
  private started = false;

  constructor(
    private readonly db: Kysely<DB>,
    listeners: Listener[],
    private readonly log: Log,
  ) {
    this.durable = listeners
      .filter((l): l is DurableListener => l.kind === 'durable')
      .map((listener) => ({ listener, ensured: false, memo: null, memoAt: 0, failures: 0, retryAt: 0, tail: Promise.resolve(), queued: null, force: false }));
    this.live = listeners.filter((l): l is LiveListener => l.kind === 'live').map((listener) => ({ listener, cursor: null }));
  }

  /**
   * Live listeners start at the stream's end: what this process's users hear from now on. (An
   * app built without a database, to write its API description, starts them at its first pass.)
   */
  async start(): Promise<void> {
    const end = await streamEnd(this.db).catch(() => null);
    if (!end) return;
    this.started = true;
    for (const l of this.live) l.cursor ??= end;
  }

  /**
   * One pass of every listener, each through everything it can read now. force: also the
   * listeners backing off after a failure (tests, operators). Each durable listener runs in a lane
   * of its own, side by side with the others: a slow one (an SMS to every caller at a peak) holds
   * back only its own events, not the webhooks' or the notifications'.
   */
  runOnce(opts: { force?: boolean } = {}): Promise<PassResult> {
    const force = opts.force ?? false;
    this.inFlight++;
    const passes = [
      this.inLane(this.liveLane, force, (r) => this.runLives(r)),
      ...this.durable.map((s) =>
        this.inLane(s, force, async (r, forced) => {
          if (s.listener.ready && !s.listener.ready()) return;
          if (!forced && Date.now() < s.retryAt) return;
          await this.runDurable(s, r);
        }),
      ),
    ];
    return Promise.all(passes)
      .then((results) => results.reduce((a, b) => ({ delivered: a.delivered + b.delivered, waiting: a.waiting || b.waiting, busy: a.busy || b.busy })))
      .finally(() => this.inFlight--);
  }

  /** A pass in a lane: after the lane's last; the one already waiting to start, if there is one. */
  private inLane(lane: Lane, force: boolean, work: (result: PassResult, force: boolean) => Promise<void>): Promise<PassResult> {
    lane.force ||= force;
    if (lane.queued) return lane.queued;
    const run = async () => {
      const forced = lane.force;
      lane.queued = null;
      lane.force = false;
      const result: PassResult = { delivered: 0, waiting: false, busy: false };
      await work(result, forced);
      return result;
    };
    const p = lane.tail.then(run, run);
    lane.queued = p;
    lane.tail = p.catch(() => {});
    return p;
  }

  /**
   * Something was committed in this process: a pass soon (coalesced), repeated while events wait
   * for older transactions — every 25 ms at first, then less often up to once a second, for as
   * long as they wait. Giving up after a while left a change undelivered until the next commit
   * wherever no timers' loop runs, and up to a tick late where one does.
   */
  nudge(): void {
    if (this.stopped || this.nudged) return;
    this.nudged = true;
    setImmediate(() => {
      this.nudged = false;
      void this.runOnce().then((r) => {
        if (r.waiting) {
          this.retries++;
          setTimeout(() => this.nudge(), Math.min(1000, 25 * 2 ** Math.min(Math.floor(this.retries / 8), 6))).unref();
        } else this.retries = 0;
      });
    });
  }

  /** The timers' loop (every 200 ms): one pass, unless nothing was committed since the last. */
  tick(): Promise<void> {
    return this.settle(0);
  }

  /** Passes until every listener has caught up with what is committed now (or timeoutMs has gone by). */
  async settle(timeoutMs = 5000): Promise<void> {
    if (await this.idle()) return;
    const until = Date.now() + timeoutMs;
    for (;;) {
      const r = await this.runOnce();
      if (!r.waiting && !r.busy) return;
      if (Date.now() > until) return;
      await sleep(10);
    }
  }

  /** Stops: waits for the pass under way, then delivers what this process can (briefly). */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopBy = Date.now() + 1000;
    if (this.started) await this.settle(1000).catch(() => {});
    this.stopped = true;
    await Promise.all([this.liveLane.tail, ...this.durable.map((s) => s.tail)]);
  }

  /**
   * Nothing committed since every listener last looked (one indexed look-up): no pass needed.
   * Only with a fresh hint for every durable listener that may run here.
   */
  private async idle(): Promise<boolean> {
    if (this.inFlight > 0) return false;
    const marks: Position[] = [];
    for (const l of this.live) {
      if (!l.cursor) return false;
      marks.push(l.cursor);
    }
    for (const s of this.durable) {
      if (s.listener.ready && !s.listener.ready()) continue;
      if (!s.memo || Date.now() - s.memoAt >= MEMO_MS) return false;
      marks.push(s.memo);
    }
    if (!marks.length) return true;
    const oldest = marks.reduce((a, b) => (comparePositions(a, b) <= 0 ? a : b));
    return !(await anyEventAfter(this.db, oldest));
  }

  private async runLives(result: PassResult): Promise<void> {
    for (const l of this.live) {
      try {
        await this.runLive(l, result);
      } catch (err) {
        this.log.warn({ err, listener: l.listener.name }, 'live listener pass failed');
      }
    }
  }

  private async runLive(l: { listener: LiveListener; cursor: Position | null }, result: PassResult): Promise<void> {
    l.cursor ??= await streamEnd(this.db);
    if (l.listener.active && !l.listener.active()) {
      l.cursor = laterOf(l.cursor, await streamEnd(this.db));
      return;
    }
    for (;;) {
      const r = await readCommitted(this.db, l.cursor, { limit: LIVE_BATCH });
      if (r.events.length) {
        l.cursor = r.events[r.events.length - 1];
        const events = l.listener.skip ? r.events.filter((e) => !l.listener.skip!.includes(e.type)) : r.events;
        if (events.length) {
          try {
            l.listener.handle(events);
          } catch (err) {
            this.log.warn({ err, listener: l.listener.name }, 'live listener failed');
          }
          result.delivered += events.length;
        }
      }
      if (r.events.length < LIVE_BATCH) {
        result.waiting ||= r.waiting;
        return;
      }
      if (Date.now() > this.stopBy) return;
    }
  }

  private async runDurable(s: DurableState, result: PassResult): Promise<void> {
    const l = s.listener;
    const batch = l.batch ?? 100;
    try {
      if (!s.ensured) {
        await ensureCursor(this.db, l.name, l.from ?? 'end');
        s.ensured = true;
      }
      // Idle (nothing it wants since it last looked): no transaction, no lock.
      if (s.memo && Date.now() - s.memoAt < MEMO_MS) {
        const probe = await readCommitted(this.db, s.memo, { types: l.events, limit: 1 });
        if (!probe.events.length) {
          if (probe.horizon) s.memo = laterOf(s.memo, probe.horizon);
          result.waiting ||= probe.waiting;
          return;
        }
      }
    } catch (err) {
      this.failed(s, err);
      return;
    }
    for (;;) {
      let done: { from: Position; to: Position; after: void | AfterCommit; count: number; waiting: boolean } | null;
      try {
        done = await this.db.transaction().execute(async (tx) => {
          const cursor = await claimCursor(tx, l.name);
          if (!cursor) return null; // another process runs it now
          const r = await readCommitted(tx, cursor, { types: l.events, limit: batch });
          const count = r.events.length;
          let next = cursor;
          let after: void | AfterCommit = undefined;
          if (count) {
            after = await l.handle(tx, r.events);
            next = r.events[count - 1];
          }
          // Nothing more it wants up to the horizon: the cursor moves there (no rereading).
          if (count < batch && r.horizon) next = laterOf(next, r.horizon);
          if (comparePositions(next, cursor) > 0) await moveCursor(tx, l.name, next);
          return { from: cursor, to: next, after, count, waiting: r.waiting };
        });
      } catch (err) {
        this.failed(s, err);
        return;
      }
      if (!done) {
        result.busy = true;
        return;
      }
      if (done.after) {
        try {
          await done.after();
        } catch (err) {
          // The work after the commit failed: read these events again.
          await rewindCursor(this.db, l.name, done.from).catch(() => {});
          s.memo = null;
          this.failed(s, err);
          return;
        }
      }
      s.failures = 0;
      s.retryAt = 0;
      s.memo = done.to;
      s.memoAt = Date.now();
      result.delivered += done.count;
      if (done.count < batch) {
        result.waiting ||= done.waiting;
        return;
      }
      // Stopping: what is left stays behind the cursor for the next pass (of this process or another).
      if (Date.now() > this.stopBy) return;
    }
  }

  private failed(s: DurableState, err: unknown): void {
    s.failures++;
    s.retryAt = Date.now() + backoffMs(s.failures);
    const fields = { err, listener: s.listener.name, failures: s.failures, retryInMs: backoffMs(s.failures) };
    if (s.failures >= 3) this.log.error(fields, 'listener failed again; its cursor stays where it was');
    else this.log.warn(fields, 'listener failed; its cursor stays where it was, retrying');
  }
}
