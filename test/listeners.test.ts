// The committed event stream and its listeners (src/store/event-stream.ts, src/listeners): the
// cursor never skips an event a slower transaction commits late, a failed listener keeps its
// cursor and tries again, two runners on one database deliver each event once, and a ticket's
// events reach the stream in the order they happened.

import { sql, type Kysely, type Transaction } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLog } from '../src/app/log.js';
import { SYSTEM_ACTOR, type Actor } from '../src/domain/ticket.js';
import { changesOf } from '../src/listeners/live.js';
import { ListenerRunner, type AfterCommit, type DurableListener, type StreamEvent } from '../src/listeners/runner.js';
import { openDatabase, type Database } from '../src/store/db.js';
import { cursorOf, readCommitted, streamEnd } from '../src/store/event-stream.js';
import { loadReferenceData } from '../src/store/reference.js';
import type { DB } from '../src/store/schema.js';
import { inTransaction, registerTicket, runCommand, StaleTransaction } from '../src/store/tickets.js';
import { seedCity, testDatabase, type Fixture } from './helpers.js';

const onServer = !!process.env.DATABASE_URL;
const agent: Actor = { id: null, role: 'agent', unitId: null, scope: new Set() };

let database: Database;
let db: Kysely<DB>;
let fx: Fixture;
let ticketId: number;
let seq = 1;

beforeAll(async () => {
  database = await testDatabase();
  db = database.db;
  fx = await seedCity(database);
  ticketId = (await registerTicket(db, { channel: 'phone', type: 'consult', content: '测试事件流' }, agent, new Date())).ticket.id;
  await sql`CREATE TABLE test_deliveries (listener text NOT NULL, runner text NOT NULL, event_id bigint NOT NULL)`.execute(db);
});
afterAll(async () => {
  await database?.close();
});

/** Appends a 'probe' event to the test ticket (seq in insertion order). */
async function probe(tx: Kysely<DB> | Transaction<DB>, label: string): Promise<number> {
  const row = await tx
    .insertInto('ticket_events')
    .values({ ticket_id: ticketId, seq: ++seq, type: 'probe', actor_id: null, at: new Date(), payload: JSON.stringify({ label }) })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

/** A durable listener on 'probe' events that records what it gets, in its own transaction. */
function recorder(name: string, runner: string, opts: { fail?: () => boolean; after?: (events: StreamEvent[]) => AfterCommit | void } = {}): DurableListener {
  return {
    kind: 'durable',
    name,
    events: ['probe'],
    async handle(tx, events) {
      await tx.insertInto('test_deliveries' as never).values(events.map((e) => ({ listener: name, runner, event_id: e.id })) as never).execute();
      if (opts.fail?.()) throw new Error('listener failed on purpose');
      return opts.after?.(events);
    },
  };
}

/**
 * Passes (forced: past any back-off) until nothing waits for an older transaction: any writing
 * transaction still open in this database holds delivery back.
 */
async function caughtUp(runner: ListenerRunner): Promise<void> {
  const until = Date.now() + 30_000;
  while ((await runner.runOnce({ force: true })).waiting && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
}

/** The committed events after a position, once none waits for an older transaction. */
async function readAll(from: { tx: string; id: number }, types: string[] | null, limit: number) {
  const until = Date.now() + 30_000;
  for (;;) {
    const r = await readCommitted(db, from, { types, limit });
    if (!r.waiting || Date.now() > until) return r;
    await new Promise((res) => setTimeout(res, 20));
  }
}

/**
 * A slower transaction that appends a probe first (the lower id) and stays open, and a faster one
 * committed after it (a higher id). `release` lets the slow one commit.
 */
async function slowThenFast(slowLabel: string): Promise<{ slowId: number; fastId: number; release: () => Promise<void> }> {
  let letGo!: () => void;
  const held = new Promise<void>((r) => (letGo = r));
  let slowId = 0;
  let started!: () => void;
  const inserted = new Promise<void>((r) => (started = r));
  const slow = db.transaction().execute(async (tx) => {
    slowId = await probe(tx, slowLabel);
    started();
    await held;
  });
  await inserted;
  const fastId = await probe(db, 'fast');
  return {
    slowId,
    fastId,
    release: async () => {
      letGo();
      await slow;
    },
  };
}

async function deliveries(listener: string): Promise<{ runner: string; event_id: number }[]> {
  const { rows } = await sql<{ runner: string; event_id: number }>`SELECT runner, event_id FROM test_deliveries WHERE listener = ${listener} ORDER BY event_id`.execute(db);
  return rows.map((r) => ({ runner: r.runner, event_id: Number(r.event_id) }));
}

describe('the cursor over concurrent transactions', () => {
  it.skipIf(!onServer)('never skips an event a slower transaction commits after a faster one (PostgreSQL)', async () => {
    const runner = new ListenerRunner(db, [recorder('late', 'a')], silentLog);
    await runner.runOnce(); // the cursor starts at the stream's end
    // The slow transaction inserts first (the lower id) and holds; the fast one commits at once.
    const { slowId, fastId, release } = await slowThenFast('slow');
    expect(fastId).toBeGreaterThan(slowId);

    // The fast one is committed, but an older transaction is still open: nothing is delivered
    // yet (an id-ordered cursor would take the fast one and then never see the slow one).
    const first = await runner.runOnce();
    expect(first.waiting).toBe(true);
    expect(await deliveries('late')).toEqual([]);

    await release();
    await caughtUp(runner);
    await runner.runOnce();
    expect((await deliveries('late')).map((d) => d.event_id)).toEqual([slowId, fastId]);
  });

  it.skipIf(!onServer)('is not held back by a transaction open in another database of the server, only by one in its own (PostgreSQL)', async () => {
    // Another database's writing transaction (xids are server-wide), open all through the test.
    const other = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await other.connect();
    await other.query('BEGIN');
    await other.query('SELECT pg_current_xact_id()'); // it now has an xid, older than the probe's
    try {
      const from = await streamEnd(db);
      const id = await probe(db, 'while another database writes');
      const read = await readCommitted(db, from, { types: ['probe'], limit: 10 });
      expect(read.events.map((e) => e.id)).toEqual([id]);
      expect(read.waiting).toBe(false);

      // The same in this database: an older writing transaction still open holds the probe back.
      let release!: () => void;
      const held = new Promise<void>((r) => (release = r));
      let started!: () => void;
      const begun = new Promise<void>((r) => (started = r));
      const open = db.transaction().execute(async (tx) => {
        await sql`SELECT pg_current_xact_id()`.execute(tx);
        started();
        await held;
      });
      await begun;
      const from2 = await streamEnd(db);
      const later = await probe(db, 'behind an open transaction here');
      const blocked = await readCommitted(db, from2, { types: ['probe'], limit: 10 });
      expect(blocked.events).toEqual([]);
      expect(blocked.waiting).toBe(true);
      release();
      await open;
      expect((await readCommitted(db, from2, { types: ['probe'], limit: 10 })).events.map((e) => e.id)).toEqual([later]);
    } finally {
      await other.query('ROLLBACK');
      await other.end();
    }
  });

  it.skipIf(!onServer)('a nudge keeps trying while events wait for an older transaction, however long it stays open (PostgreSQL)', async () => {
    const runner = new ListenerRunner(db, [recorder('patient', 'a')], silentLog);
    await runner.runOnce(); // the cursor starts at the stream's end
    const { slowId, fastId, release } = await slowThenFast('slow, held for 2 s');
    runner.nudge(); // the only nudge: no timers' loop runs here
    await new Promise((r) => setTimeout(r, 2000));
    expect(await deliveries('patient')).toEqual([]);
    await release();
    const until = Date.now() + 5000;
    while ((await deliveries('patient')).length < 2 && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    expect((await deliveries('patient')).map((d) => d.event_id)).toEqual([slowId, fastId]);
    await runner.stop();
  });

  it('reads in commit order and only what is committed', async () => {
    const from = await streamEnd(db);
    const a = await probe(db, 'a');
    const b = await db.transaction().execute(async (tx) => [await probe(tx, 'b1'), await probe(tx, 'b2')]);
    const read = await readAll(from, ['probe'], 10);
    expect(read.events.map((e) => e.id)).toEqual([a, ...b]);
    // Both events of one transaction carry its id; the later transaction's is greater.
    expect(read.events[1].tx).toBe(read.events[2].tx);
    expect(BigInt(read.events[1].tx)).toBeGreaterThan(BigInt(read.events[0].tx));
    expect(read.horizon).toEqual({ tx: read.events[2].tx, id: b[1] });
    expect(read.waiting).toBe(false);
  });
});

describe('a durable listener', () => {
  it('that fails keeps its cursor where it was, and delivers on a later try', async () => {
    let failing = true;
    const runner = new ListenerRunner(db, [recorder('flaky', 'a', { fail: () => failing })], silentLog);
    await runner.runOnce(); // creates its cursor at the stream's end
    const before = await cursorOf(db, 'flaky');
    const ids = [await probe(db, 'x'), await probe(db, 'y')];
    await readAll(before!, ['probe'], 10); // readable now

    await runner.runOnce({ force: true });
    expect(await cursorOf(db, 'flaky')).toEqual(before);
    expect(await deliveries('flaky')).toEqual([]); // its work was rolled back with the cursor

    // It backs off from ordinary passes; a forced one tries it now.
    failing = false;
    await runner.runOnce({ force: true });
    expect((await deliveries('flaky')).map((d) => d.event_id)).toEqual(ids);
    expect((await cursorOf(db, 'flaky'))!.id).toBeGreaterThanOrEqual(ids[1]);
    await runner.runOnce({ force: true });
    expect(await deliveries('flaky')).toHaveLength(2);
  });

  it('whose work after the commit fails puts its cursor back and reads the events again', async () => {
    let sends = 0;
    const sent: number[] = [];
    const runner = new ListenerRunner(
      db,
      [
        recorder('mailer', 'a', {
          after: (events) => async () => {
            if (++sends === 1) throw new Error('SMTP down');
            sent.push(...events.map((e) => e.id));
          },
        }),
      ],
      silentLog,
    );
    await runner.runOnce();
    const from = (await cursorOf(db, 'mailer'))!;
    const id = await probe(db, 'answer');
    await readAll(from, ['probe'], 10); // readable now
    await runner.runOnce({ force: true });
    expect(sent).toEqual([]);
    expect(await cursorOf(db, 'mailer')).toEqual(from); // put back
    await runner.runOnce({ force: true });
    expect(sent).toEqual([id]);
    await runner.runOnce({ force: true });
    expect(sent).toEqual([id]);
  });

  it('that is slow holds back only its own events: another listener delivers meanwhile', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const sent: number[] = [];
    // The slow one's work after its commit (an SMS gateway that hangs) waits for the gate; it is listed first.
    const runner = new ListenerRunner(db, [recorder('slow', 'a', { after: () => () => gate }), recorder('quick', 'a', { after: (events) => async () => void sent.push(...events.map((e) => e.id)) })], silentLog);
    await runner.runOnce();
    const id = await probe(db, 'lanes');
    await readAll((await cursorOf(db, 'quick'))!, ['probe'], 10); // readable now
    const stuck = runner.runOnce({ force: true });
    await expect.poll(() => sent).toEqual([id]);
    const more = await probe(db, 'lanes again');
    await readAll((await cursorOf(db, 'quick'))!, ['probe'], 10);
    // A pass of every listener ends when the slow one's does; the quick one's part goes on without it.
    const next = runner.runOnce({ force: true });
    await expect.poll(() => sent).toEqual([id, more]);
    expect((await deliveries('slow')).map((d) => d.event_id)).toEqual([id]); // its first pass is still under way
    release();
    await Promise.all([stuck, next]);
    await caughtUp(runner);
    expect((await deliveries('slow')).map((d) => d.event_id)).toEqual([id, more]);
  });

  it('stops within about a second with a backlog: what it did not reach stays behind its cursor for the next runner', async () => {
    const slow = (name: string, runner: string): DurableListener => ({
      ...recorder(name, runner, { after: () => () => new Promise((r) => setTimeout(r, 50)) }),
      batch: 1,
    });
    const first = new ListenerRunner(db, [slow('backlog', 'a')], silentLog);
    await first.runOnce(); // its cursor at the stream's end
    const ids: number[] = [];
    for (let i = 0; i < 100; i++) ids.push(await probe(db, `backlog ${i}`));
    await readAll((await cursorOf(db, 'backlog'))!, ['probe'], 200);
    // 100 batches of one, each 50 ms of work after its commit: 5 s to drain, more on a busy machine.
    const draining = first.runOnce();
    await expect.poll(async () => (await deliveries('backlog')).length).toBeGreaterThan(0);
    await first.stop();
    await draining;
    const done = (await deliveries('backlog')).map((d) => d.event_id);
    expect(done.length).toBeLessThan(100);
    expect(done).toEqual(ids.slice(0, done.length));
    // The next runner (another process, or this one restarted) delivers the rest, each once.
    const second = new ListenerRunner(db, [recorder('backlog', 'b')], silentLog);
    await caughtUp(second);
    expect((await deliveries('backlog')).map((d) => d.event_id)).toEqual(ids);
  });

  it('runs in one process at a time: two runners on one database deliver each event once', async () => {
    // Two processes on PostgreSQL (two connection pools); the embedded database has one process.
    const other = onServer ? await openDatabase({ url: await urlOf(db), poolSize: 4 }) : null;
    try {
      const a = new ListenerRunner(db, [recorder('shared', 'a')], silentLog);
      const b = new ListenerRunner(other?.db ?? db, [recorder('shared', 'b')], silentLog);
      await Promise.all([a.runOnce(), b.runOnce()]);
      const ids: number[] = [];
      for (let round = 0; round < 10; round++) {
        await Promise.all([
          (async () => {
            for (let i = 0; i < 5; i++) ids.push(await probe(db, `e${round}.${i}`));
          })(),
          a.runOnce(),
          b.runOnce(),
          a.runOnce(),
          b.runOnce(),
        ]);
      }
      await caughtUp(a);
      await caughtUp(b);
      const got = await deliveries('shared');
      expect(got.map((d) => d.event_id)).toEqual([...ids].sort((x, y) => x - y));
      if (onServer) expect(new Set(got.map((d) => d.runner)).size).toBeGreaterThanOrEqual(1);
    } finally {
      await other?.close();
    }
  });
});

describe('a ticket’s events in the stream', () => {
  it('come in the order they happened: a transaction older than the ticket’s last event runs again', async () => {
    const ref = await loadReferenceData(db);
    const id = (await registerTicket(db, { channel: 'phone', type: 'complaint', content: '顺序测试', categoryId: fx.categories['ENV-NOISE-BUILD'] }, agent, new Date())).ticket.id;
    const dispatcher: Actor = { id: null, role: 'dispatcher', unitId: null, scope: new Set() };
    let attempts = 0;
    if (onServer) {
      await inTransaction(db, async (tx) => {
        attempts++;
        // This transaction takes its id first…
        await sql`SELECT pg_current_xact_id()`.execute(tx);
        // …then another, newer one steps the ticket and commits…
        if (attempts === 1) await runCommand(db, ref, id, { kind: 'note', content: '较新的事务先写' }, SYSTEM_ACTOR, new Date());
        // …so this one's event would sort before that one's: it is refused, and run again.
        await runCommand(tx, ref, id, { kind: 'dispatch', unitId: fx.units.ENV }, dispatcher, new Date());
      });
      expect(attempts).toBe(2);
    } else {
      await runCommand(db, ref, id, { kind: 'note', content: '先' }, SYSTEM_ACTOR, new Date());
      await runCommand(db, ref, id, { kind: 'dispatch', unitId: fx.units.ENV }, dispatcher, new Date());
    }
    const read = await readAll({ tx: '0', id: 0 }, null, 10_000);
    const mine = read.events.filter((e) => e.ticketId === id);
    expect(mine.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(mine.map((e) => e.type)).toEqual(['registered', 'noted', 'dispatched']);
    // What a live update carries: who could see it before and after each step.
    expect(changesOf(mine).map((c) => [c.kind === 'ticket' && c.event, c.kind === 'ticket' && c.unitIds])).toEqual([
      ['registered', []],
      ['noted', []],
      ['dispatched', [fx.units.ENV]],
    ]);
  });

  it.skipIf(!onServer)('a stale transaction is told so (StaleTransaction) when it is not its own to run again', async () => {
    const ref = await loadReferenceData(db);
    const id = (await registerTicket(db, { channel: 'phone', type: 'consult', content: '过期事务' }, agent, new Date())).ticket.id;
    await expect(
      db.transaction().execute(async (tx) => {
        await sql`SELECT pg_current_xact_id()`.execute(tx);
        await runCommand(db, ref, id, { kind: 'note', content: '新' }, SYSTEM_ACTOR, new Date());
        await runCommand(tx, ref, id, { kind: 'note', content: '旧' }, SYSTEM_ACTOR, new Date());
      }),
    ).rejects.toBeInstanceOf(StaleTransaction);
  });
});

async function urlOf(d: Kysely<DB>): Promise<string> {
  const { rows } = await sql<{ name: string }>`SELECT current_database() AS name`.execute(d);
  const u = new URL(process.env.DATABASE_URL!);
  u.pathname = `/${rows[0].name}`;
  return u.toString();
}
