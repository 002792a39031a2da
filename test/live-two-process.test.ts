// Live updates across two `hotline serve` processes on one PostgreSQL database, now that nothing
// is announced inside the writing transaction and every process reads the committed event stream
// (issue 20): changes made through process A reach the event streams (GET /api/v1/events) of
// process B in order per ticket, only to those who may see them; after B is killed (kill -9) and
// started again, a client that reconnects hears what follows, and the durable listeners lose
// nothing of what was committed meanwhile.
//
// (test/multi-process.test.ts already shows one dispatch reaching the other process, and a
// webhooks sender killed mid-delivery: not repeated here.)
//
// Only with DATABASE_URL: the embedded database (PGlite) is owned by one process at a time (the
// data folder is locked), so two servers never share it and the case does not arise.

import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../src/store/db.js';
import { migrateToLatest } from '../src/store/migrations.js';
import { seedReferenceData } from '../src/store/reference.js';
import { createUser } from '../src/store/users.js';
import { createSubscription } from '../src/store/webhooks.js';
import { seedCity, serverDatabase, type Fixture } from './helpers.js';
import { BIN, ROOT, freePort, onTicketChanges } from './process.js';

const SERVER_URL = process.env.DATABASE_URL;

interface Server {
  child: ChildProcess;
  port: number;
  output: string;
  exited: Promise<number | null>;
}

interface Heard {
  id: number;
  version: number;
  event: string;
}

/** An open GET /api/v1/events: the ticket changes it has heard so far, in arrival order. */
interface Stream {
  heard: Heard[];
  close(): void;
}

describe.skipIf(!SERVER_URL)('live updates across two server processes on one PostgreSQL database', () => {
  let scratch: Awaited<ReturnType<typeof serverDatabase>> | undefined;
  let dbUrl: string;
  let database: Database;
  let fx: Fixture;
  const servers: Server[] = [];
  const streams: Stream[] = [];

  function startServer(port: number): Server {
    const child = spawn(process.execPath, [BIN, 'serve', '--port', String(port)], {
      cwd: ROOT,
      // No timers: no deadline alert may slip into the streams; the listeners still run.
      env: { ...process.env, DATABASE_URL: dbUrl, HOTLINE_JOBS: 'off', HOTLINE_WEBHOOKS_INTERVAL_MS: '200', LOG_LEVEL: 'warn' } as NodeJS.ProcessEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const server: Server = { child, port, output: '', exited: new Promise((resolve) => child.on('exit', (code) => resolve(code))) };
    child.stdout?.on('data', (d) => (server.output += d));
    child.stderr?.on('data', (d) => (server.output += d));
    servers.push(server);
    return server;
  }

  const api = (s: Server, p: string) => `http://127.0.0.1:${s.port}/api/v1${p}`;

  async function ready(s: Server): Promise<void> {
    await expect
      .poll(async () => (await fetch(`http://127.0.0.1:${s.port}/healthz`).catch(() => null))?.ok ?? false, { timeout: 90_000, interval: 200 })
      .toBe(true);
  }

  async function login(s: Server, username: string): Promise<string> {
    const res = await fetch(api(s, '/auth/login'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: 'a long password' }) });
    expect(res.status).toBe(200);
    return ((await res.json()) as { token: string }).token;
  }

  async function post(s: Server, token: string, p: string, body: unknown, status = 200): Promise<Record<string, unknown>> {
    const res = await fetch(api(s, p), { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const json = (await res.json()) as Record<string, unknown>;
    expect(res.status, `${p}: ${JSON.stringify(json)}`).toBe(status);
    return json;
  }

  /** Opens GET /api/v1/events on a server as a user; resolves once the stream is open. */
  function listen(s: Server, token: string): Promise<Stream> {
    return new Promise((resolve, reject) => {
      const heard: Heard[] = [];
      const req = http.get(api(s, '/events'), { headers: { authorization: `Bearer ${token}` }, agent: false }, (res) => {
        if (res.statusCode !== 200) return reject(new Error(`events: ${res.statusCode}`));
        onTicketChanges<Heard>(res, (change) => heard.push(change));
        res.on('error', () => {});
        // The server writes its greeting once the stream is set up.
        res.once('data', () => resolve(stream));
      });
      req.on('error', () => {});
      const stream: Stream = { heard, close: () => req.destroy() };
      streams.push(stream);
    });
  }

  /** What a stream heard about one ticket, as event names in arrival order. */
  const of = (s: Stream, id: number) => s.heard.filter((h) => h.id === id);

  beforeAll(async () => {
    scratch = await serverDatabase(SERVER_URL as string, 'hotline_live');
    dbUrl = scratch.url;
    database = await openDatabase({ url: dbUrl, poolSize: 2 });
    await migrateToLatest(database.db);
    await seedReferenceData(database.db);
    fx = await seedCity(database);
    const user = (username: string, role: string, unit?: string) =>
      createUser(database.db, { username, password: 'a long password', role: role as never, unitId: unit ? fx.units[unit] : null });
    await user('agent', 'agent');
    await user('dispatcher', 'dispatcher');
    await user('env', 'unit_handler', 'ENV');
    await user('street1', 'unit_handler', 'DIST-1');
  });

  afterAll(async () => {
    for (const s of streams) s.close();
    for (const s of servers) {
      if (s.child.exitCode === null && s.child.signalCode === null) {
        s.child.kill('SIGKILL');
        await s.exited;
      }
    }
    await database?.close();
    await scratch?.drop();
  });

  /** Registers a ticket through a server and walks it through dispatch, accept and reply there. */
  async function walk(s: Server, tokens: Record<string, string>, unit: 'ENV' | 'DIST-1', n: number): Promise<number> {
    const handler = unit === 'ENV' ? tokens.env : tokens.street1;
    const { id } = (await post(s, tokens.agent, '/tickets', { channel: 'phone', type: 'complaint', content: `第${n}号：工地夜间施工噪音扰民。` }, 201)) as { id: number };
    await post(s, tokens.dispatcher, `/tickets/${id}/dispatch`, { unitId: fx.units[unit] });
    await post(s, handler, `/tickets/${id}/accept`, {});
    await post(s, handler, `/tickets/${id}/reply`, { content: '经查，已责令工地停止夜间施工。' });
    return id;
  }

  it('changes made through A reach the streams of B in order per ticket, and only those who may see them', { timeout: 180_000 }, async () => {
    const [a, b] = [startServer(await freePort()), startServer(await freePort())];
    await Promise.all([ready(a), ready(b)]);
    const onA = { agent: await login(a, 'agent'), dispatcher: await login(a, 'dispatcher'), env: await login(a, 'env'), street1: await login(a, 'street1') };
    // On B: centre staff, ENV's handler and the street's handler listen.
    const [centre, env, street] = await Promise.all([listen(b, await login(b, 'dispatcher')), listen(b, await login(b, 'env')), listen(b, await login(b, 'street1'))]);

    // Eight tickets walked at once through A, their steps interleaving: even ones ENV's, odd ones the street's.
    const ids = await Promise.all(Array.from({ length: 8 }, (_, n) => walk(a, onA, n % 2 === 0 ? 'ENV' : 'DIST-1', n)));
    const envIds = ids.filter((_, n) => n % 2 === 0);
    const streetIds = ids.filter((_, n) => n % 2 === 1);

    // Centre staff hear every step of every ticket, each ticket's in the order it was taken.
    await expect.poll(() => ids.every((id) => of(centre, id).length === 4), { timeout: 30_000, interval: 100 }).toBe(true);
    for (const id of ids) {
      expect(of(centre, id).map((h) => h.event)).toEqual(['registered', 'dispatched', 'accepted', 'replied']);
      expect(of(centre, id).map((h) => h.version)).toEqual([1, 2, 3, 4]);
    }
    // A unit hears of its own tickets from the dispatch on (before it, no unit may see one)…
    await expect.poll(() => envIds.every((id) => of(env, id).length === 3) && streetIds.every((id) => of(street, id).length === 3), { timeout: 30_000, interval: 100 }).toBe(true);
    for (const id of envIds) expect(of(env, id).map((h) => h.event)).toEqual(['dispatched', 'accepted', 'replied']);
    for (const id of streetIds) expect(of(street, id).map((h) => h.event)).toEqual(['dispatched', 'accepted', 'replied']);
    // …and nothing at all of the other unit's.
    expect(env.heard.filter((h) => !envIds.includes(h.id))).toEqual([]);
    expect(street.heard.filter((h) => !streetIds.includes(h.id))).toEqual([]);

    for (const s of [centre, env, street]) s.close();
    for (const s of [a, b]) s.child.kill('SIGTERM');
    expect(await Promise.all([a.exited, b.exited])).toEqual([0, 0]);
  });

  it('after B is killed (kill -9) and started again, a reconnecting client hears what follows and the durable listeners lose nothing', { timeout: 240_000 }, async () => {
    // A webhook subscriber for every step: its deliveries are written by whichever process runs the
    // durable listener (one at a time, its cursor in the database), B included.
    const rx = http.createServer((req, res) => {
      req.resume();
      req.on('end', () => res.writeHead(200).end('ok'));
    });
    await new Promise<void>((r) => rx.listen(0, '127.0.0.1', r));
    try {
      const sub = await createSubscription(
        database.db,
        { url: `http://127.0.0.1:${(rx.address() as AddressInfo).port}/hooks`, secret: 'live-secret-0123456789abcdef', events: ['registered', 'dispatched', 'accepted', 'replied'], unitId: null, personalData: false },
        null,
      );
      const a = startServer(await freePort());
      const b = startServer(await freePort());
      await Promise.all([ready(a), ready(b)]);
      const onA = { agent: await login(a, 'agent'), dispatcher: await login(a, 'dispatcher'), env: await login(a, 'env'), street1: await login(a, 'street1') };
      const before = await listen(b, await login(b, 'env'));
      const first = await walk(a, onA, 'ENV', 100);
      await expect.poll(() => of(before, first).length, { timeout: 30_000, interval: 100 }).toBe(3);

      // Work keeps going through A while B is killed mid-stream and while it is down.
      const during = Promise.all(Array.from({ length: 4 }, (_, n) => walk(a, onA, n % 2 === 0 ? 'ENV' : 'DIST-1', 200 + n)));
      b.child.kill('SIGKILL');
      await b.exited;
      const meanwhile = await during;
      const down = await walk(a, onA, 'ENV', 300);

      // B again, on a new port; the client reconnects (as the console does) and hears what follows.
      const b2 = startServer(await freePort());
      await ready(b2);
      const after = await listen(b2, await login(b2, 'env'));
      const later = await Promise.all([walk(a, onA, 'ENV', 400), walk(a, onA, 'DIST-1', 401), walk(a, onA, 'ENV', 402)]);
      const envLater = [later[0], later[2]];
      await expect.poll(() => envLater.every((id) => of(after, id).length === 3), { timeout: 30_000, interval: 100 }).toBe(true);
      for (const id of envLater) expect(of(after, id).map((h) => h.event)).toEqual(['dispatched', 'accepted', 'replied']);
      expect(after.heard.filter((h) => !envLater.includes(h.id))).toEqual([]);

      // Every step of every ticket, before, during and after, has exactly one delivery (none lost, none doubled).
      const all = [first, ...meanwhile, down, ...later];
      const expected = await database.db
        .selectFrom('ticket_events')
        .select(['id', 'ticket_id', 'type'])
        .where('ticket_id', 'in', all)
        .where('type', 'in', ['registered', 'dispatched', 'accepted', 'replied'])
        .execute();
      expect(expected).toHaveLength(all.length * 4);
      const deliveries = async () =>
        (await database.db.selectFrom('webhook_deliveries').select(['event_id']).where('subscription_id', '=', sub.id).execute()).map((d) => String(d.event_id)).sort();
      await expect.poll(async () => (await deliveries()).length, { timeout: 60_000, interval: 200 }).toBe(expected.length);
      expect(await deliveries()).toEqual(expected.map((e) => String(e.id)).sort());
      await expect
        .poll(async () => (await database.db.selectFrom('webhook_deliveries').select('id').where('subscription_id', '=', sub.id).where('status', '!=', 'delivered').execute()).length, {
          timeout: 60_000,
          interval: 200,
        })
        .toBe(0);

      for (const s of [before, after]) s.close();
      for (const s of [a, b2]) s.child.kill('SIGTERM');
      expect(await Promise.all([a.exited, b2.exited])).toEqual([0, 0]);
    } finally {
      await new Promise<void>((r) => rx.close(() => r()));
    }
  });
});
