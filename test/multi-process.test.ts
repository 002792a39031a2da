// Two `hotline serve` processes on one PostgreSQL database raise each deadline warning and
// overdue exactly once (DESIGN.md: timers are "safe with several server processes on one
// database (SELECT … FOR UPDATE SKIP LOCKED)").
//
// Only with DATABASE_URL: the embedded database (PGlite) is owned by one process at a time
// (the data folder is locked), so two servers never share it and the case does not arise.

import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dueAlerts, decideAlerts, type Actor, type AlertKind, type Command, type Ticket } from '../src/domain/ticket.js';
import { openDatabase, type Database } from '../src/store/db.js';
import { migrateToLatest } from '../src/store/migrations.js';
import { loadReferenceData, seedReferenceData, type ReferenceData } from '../src/store/reference.js';
import type { DB } from '../src/store/schema.js';
import { registerTicket, runCommand } from '../src/store/tickets.js';
import { createSubscription } from '../src/store/webhooks.js';
import { createUser } from '../src/store/users.js';
import { seedCity, serverDatabase, type Fixture } from './helpers.js';
import { BIN, ROOT, freePort } from './process.js';

const SERVER_URL = process.env.DATABASE_URL;

const local = (s: string): Date => new Date(`${s.replace(' ', 'T')}:00+08:00`);


async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

interface Server {
  child: ChildProcess;
  port: number;
  output: string;
  exited: Promise<number | null>;
}

describe.skipIf(!SERVER_URL)('two server processes on one PostgreSQL database', () => {
  let scratch: Awaited<ReturnType<typeof serverDatabase>> | undefined;
  let dbUrl: string;
  let database: Database;
  let fx: Fixture;
  let ref: ReferenceData;
  const actors: Record<string, Actor> = {};
  const servers: Server[] = [];
  /** The tickets as the store left them before any timer ran. */
  const tickets: Ticket[] = [];

  function startServer(port: number, env: Record<string, string> = {}): Server {
    const child = spawn(process.execPath, [BIN, 'serve', '--port', String(port)], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: dbUrl, HOTLINE_JOBS_INTERVAL_MS: '200', LOG_LEVEL: 'warn', HOTLINE_JOBS: undefined, ...env } as NodeJS.ProcessEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const server: Server = { child, port, output: '', exited: new Promise((resolve) => child.on('exit', (code) => resolve(code))) };
    child.stdout?.on('data', (d) => (server.output += d));
    child.stderr?.on('data', (d) => (server.output += d));
    return server;
  }

  /**
   * Tickets dispatched in the past through the store, in five shapes (i mod 5): dispatched only;
   * accepted; accepted and replied; accepted and urged (催办); dispatched in 2027 (nothing due).
   * Lead units alternate between ENV (parent: the centre) and the street DIST-1 (parent: DIST).
   */
  async function insertTickets(count: number, base: Date): Promise<void> {
    for (let i = 0; i < count; i++) {
      // Each ticket in one transaction: a running server sees it only in its final shape (else
      // it could rightly raise accept alerts between the dispatch and the accept).
      tickets.push(await database.db.transaction().execute((tx) => insertTicket(tx, i, base)));
    }
  }

  async function insertTicket(tx: Kysely<DB>, i: number, base: Date): Promise<Ticket> {
    const shape = i % 5;
    const unitCode = i % 2 === 0 ? 'ENV' : 'DIST-1';
    const handler = unitCode === 'ENV' ? actors.env : actors.street1;
    const dispatchAt = shape === 4 ? local('2027-06-01 09:00') : new Date(base.getTime() + i * 37 * 60_000);
    const later = (minutes: number) => new Date(dispatchAt.getTime() + minutes * 60_000);
    const { ticket } = await registerTicket(
      tx,
      { channel: 'phone', type: i % 3 === 0 ? 'consult' : 'complaint', content: `第${i}号测试诉求：施工噪音扰民。`, categoryId: fx.categories['ENV-NOISE-BUILD'] },
      actors.agent,
      later(-5),
    );
    const run = (command: Command, actor: Actor, at: Date) => runCommand(tx, ref, ticket.id, command, actor, at);
    let t = await run({ kind: 'dispatch', unitId: fx.units[unitCode] }, actors.dispatcher, dispatchAt);
    if (shape === 1 || shape === 2 || shape === 3) t = await run({ kind: 'accept' }, handler, later(20));
    if (shape === 2) t = await run({ kind: 'reply', content: '已处理' }, handler, later(24 * 60));
    if (shape === 3) t = await run({ kind: 'supervise', type: 'urge', content: '请尽快办理' }, actors.supervisor, later(60));
    return t;
  }

  beforeAll(async () => {
    scratch = await serverDatabase(SERVER_URL as string, 'hotline_mp');
    dbUrl = scratch.url;
    database = await openDatabase({ url: dbUrl, poolSize: 4 });
    await migrateToLatest(database.db);
    await seedReferenceData(database.db);
    fx = await seedCity(database);
    const user = async (username: string, role: Actor['role'], unit?: string): Promise<Actor> => {
      const unitId = unit ? fx.units[unit] : null;
      const u = await createUser(database.db, { username, password: 'a long password', role: role as never, unitId });
      return { id: u.id, role, unitId, scope: new Set(unitId != null ? [unitId] : []) };
    };
    actors.agent = await user('agent', 'agent');
    actors.dispatcher = await user('dispatcher', 'dispatcher');
    actors.supervisor = await user('supervisor', 'supervisor');
    actors.env = await user('env', 'unit_handler', 'ENV');
    actors.street1 = await user('street1', 'unit_handler', 'DIST-1');
    ref = await loadReferenceData(database.db);
  });

  afterAll(async () => {
    for (const s of servers) {
      if (s.child.exitCode === null && s.child.signalCode === null) {
        s.child.kill('SIGKILL');
        await s.exited;
      }
    }
    await database?.close();
    await scratch?.drop();
  });

  it('raises every due alert exactly once, with its notifications once', { timeout: 180_000 }, async () => {
    // A backlog: 60 tickets dispatched from Mon 2026-11-02 09:00 on, 37 minutes apart (about
    // 37 clock hours): every accept, handling, callback and urge deadline is weeks in the past.
    await insertTickets(60, local('2026-11-02 09:00'));
    const due = await database.db.selectFrom('tickets').select((eb) => eb.fn.countAll<number>().as('n')).where('next_alert_at', '<=', new Date()).executeTakeFirstOrThrow();
    expect(Number(due.n)).toBe(48); // all but the 12 dispatched in 2027

    const ports = [await freePort(), await freePort()];
    for (const port of ports) servers.push(startServer(port));
    const healthy = async (s: Server) => (await fetch(`http://127.0.0.1:${s.port}/healthz`)).ok;
    await waitFor('both servers', async () => (await Promise.all(servers.map(healthy))).every(Boolean), 90_000).catch((err) => {
      throw new Error(`${err.message}\n${servers.map((s) => s.output.slice(0, 2000)).join('\n---\n')}`);
    });

    // A second wave while both servers poll every 200 ms: both see it due at about the same time.
    await insertTickets(40, local('2026-11-09 09:00'));

    const nothingDue = async () => {
      const row = await database.db.selectFrom('tickets').select((eb) => eb.fn.countAll<number>().as('n')).where('next_alert_at', '<=', new Date()).executeTakeFirstOrThrow();
      return Number(row.n) === 0;
    };
    await waitFor('the timers to raise every due alert', nothingDue, 60_000);
    // A few more passes of both servers, which must find nothing more to do.
    await new Promise((r) => setTimeout(r, 1000));
    for (const s of servers) s.child.kill('SIGTERM');
    const codes = await Promise.all(servers.map((s) => s.exited));
    expect(codes, servers.map((s) => s.output.slice(0, 2000)).join('\n---\n')).toEqual([0, 0]);
    // No pass failed in either process (a lost race shows up here as a unique-key violation).
    for (const s of servers) expect(s.output.match(/.*(timer pass failed|"level":50).*/)?.[0].slice(0, 1000) ?? null).toBeNull();

    // No (ticket, alert) pair twice.
    const dupes = await sql<{ ticket_id: number; alert: string; n: number }>`
      SELECT ticket_id, payload->>'alert' AS alert, count(*)::int AS n FROM ticket_events
      WHERE type = 'deadline_alert' GROUP BY 1, 2 HAVING count(*) > 1`.execute(database.db);
    expect(dupes.rows).toEqual([]);

    // Exactly what the domain predicts for each ticket: all its alerts are long due, and the
    // 2027 tickets have none (now is in between, whenever the servers ran).
    const now = new Date();
    const predicted = new Map<number, AlertKind[]>();
    let predictedNotes = 0;
    for (const t of tickets) {
      const events = decideAlerts(t, now, ref.unitRefs);
      predicted.set(t.id, dueAlerts(t, now).map((a) => a.alert).sort());
      for (const e of events) {
        if (e.type !== 'deadline_alert') continue;
        // The unit, plus its parent on handle_overdue; the callback is the centre's (one row).
        predictedNotes += e.payload.alert === 'callback_overdue' ? 1 : 1 + (e.payload.escalatedTo != null ? 1 : 0);
      }
    }
    const counts = [...predicted.values()].map((a) => a.length);
    // Shapes: dispatched only 4 alerts, accepted 2, replied 1 (callback), urged 3, future 0 — 20 each.
    expect(counts.reduce((a, b) => a + b, 0)).toBe(20 * (4 + 2 + 1 + 3 + 0));
    const rows = await database.db
      .selectFrom('ticket_events')
      .select(['ticket_id', 'payload'])
      .where('type', '=', 'deadline_alert')
      .execute();
    expect(rows).toHaveLength(200);
    const actual = new Map<number, AlertKind[]>();
    for (const r of rows) actual.set(r.ticket_id, [...(actual.get(r.ticket_id) ?? []), (r.payload as { alert: AlertKind }).alert]);
    for (const t of tickets) expect((actual.get(t.id) ?? []).sort(), t.number).toEqual(predicted.get(t.id));
    // The alert flags on the tickets agree with their timelines, and nothing is left to raise.
    const stored = await database.db.selectFrom('tickets').select(['id', 'alerts', 'next_alert_at']).execute();
    for (const s of stored) {
      expect([...s.alerts].sort(), String(s.id)).toEqual(predicted.get(s.id));
      if (s.next_alert_at) expect(s.next_alert_at.getTime()).toBeGreaterThan(now.getTime());
    }

    // Notifications: no (ticket, kind, unit) row twice, and as many as predicted.
    const noteDupes = await sql<{ n: number }>`
      SELECT ticket_id, kind, unit_id, count(*)::int AS n FROM notifications
      GROUP BY 1, 2, 3 HAVING count(*) > 1`.execute(database.db);
    expect(noteDupes.rows).toEqual([]);
    const notes = await database.db.selectFrom('notifications').select(['ticket_id', 'kind', 'unit_id', 'message']).execute();
    // One per alert (200), plus one for the parent unit (ENV → centre, DIST-1 → DIST) for each
    // of the 60 handle_overdue alerts (shapes 0, 1, 3, 20 tickets each).
    expect(predictedNotes).toBe(260);
    expect(notes).toHaveLength(260);
    const escalations = notes.filter((n) => n.message.startsWith('【升级】'));
    expect(escalations).toHaveLength(60);
    for (const n of escalations) {
      expect(n.kind).toBe('handle_overdue');
      expect([fx.units.CENTER, fx.units.DIST]).toContain(n.unit_id);
    }
  });
  it('a change made through one server reaches the event streams of the other (the committed event stream)', { timeout: 120_000 }, async () => {
    const pair = [startServer(await freePort()), startServer(await freePort())];
    servers.push(...pair);
    const [a, b] = pair;
    const url = (s: Server, p: string) => `http://127.0.0.1:${s.port}/api/v1${p}`;
    await waitFor('both servers', async () => (await Promise.all(pair.map(async (s) => (await fetch(`http://127.0.0.1:${s.port}/healthz`)).ok))).every(Boolean), 90_000);
    const login = async (s: Server, username: string) => {
      const res = await fetch(url(s, '/auth/login'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: 'a long password' }) });
      return ((await res.json()) as { token: string }).token;
    };
    const [agent, dispatcher, env] = await Promise.all([login(a, 'agent'), login(a, 'dispatcher'), login(b, 'env')]);
    // The unit handler watches on server B.
    const abort = new AbortController();
    const res = await fetch(url(b, '/events'), { headers: { authorization: `Bearer ${env}` }, signal: abort.signal });
    expect(res.status).toBe(200);
    const seen: { id: number; event: string }[] = [];
    const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
    const pump = (async () => {
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) return;
          for (const m of value.matchAll(/^data: (.*)$/gm)) seen.push(JSON.parse(m[1]));
        }
      } catch {
        /* aborted */
      }
    })();
    await new Promise((r) => setTimeout(r, 300));
    // The agent registers and the dispatcher dispatches on server A.
    const post = (token: string, p: string, body: unknown) =>
      fetch(url(a, p), { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const created = (await (await post(agent, '/tickets', { channel: 'phone', type: 'complaint', content: '工地夜间施工噪音' })).json()) as { id: number };
    expect((await post(dispatcher, `/tickets/${created.id}/dispatch`, { unitId: fx.units.ENV })).status).toBe(200);
    await waitFor('the dispatch to reach server B', async () => seen.some((e) => e.id === created.id && e.event === 'dispatched'), 10_000);
    abort.abort();
    await pump;
    for (const s of pair) s.child.kill('SIGTERM');
    expect(await Promise.all(pair.map((s) => s.exited))).toEqual([0, 0]);
  });

  it('a session ended through one server is refused by the other at once; sign-in throttling is shared', { timeout: 120_000 }, async () => {
    const pair = [startServer(await freePort()), startServer(await freePort())];
    servers.push(...pair);
    const [a, b] = pair;
    const url = (s: Server, p: string) => `http://127.0.0.1:${s.port}/api/v1${p}`;
    await waitFor('both servers', async () => (await Promise.all(pair.map(async (s) => (await fetch(`http://127.0.0.1:${s.port}/healthz`)).ok))).every(Boolean), 90_000);
    const password = 'a long password';
    const ids: Record<string, number> = {};
    for (const [username, role] of [['mp.admin', 'admin'], ['mp.one', 'agent'], ['mp.two', 'agent'], ['mp.three', 'agent'], ['mp.four', 'agent']] as const) {
      ids[username] = (await createUser(database.db, { username, password, role })).id;
    }
    const login = (s: Server, username: string, pw = password) =>
      fetch(url(s, '/auth/login'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: pw }) });
    const token = async (s: Server, username: string) => ((await (await login(s, username)).json()) as { token: string }).token;
    const me = async (s: Server, t: string) => (await fetch(url(s, '/auth/me'), { headers: { authorization: `Bearer ${t}` } })).status;
    const admin = await token(a, 'mp.admin');
    const put = (id: number, body: unknown) =>
      fetch(url(a, `/users/${id}`), { method: 'PUT', headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });

    // Used on both servers (each has seen it valid just before), then disabled through A: B refuses it on the very next request.
    const one = await token(a, 'mp.one');
    for (const s of [a, b, b, a, b]) expect(await me(s, one)).toBe(200);
    expect((await put(ids['mp.one'], { active: false })).status).toBe(200);
    expect(await me(b, one)).toBe(401);
    expect(await me(a, one)).toBe(401);

    // A role changed through A.
    const two = await token(b, 'mp.two');
    for (const s of [b, a, b]) expect(await me(s, two)).toBe(200);
    expect((await put(ids['mp.two'], { role: 'analyst' })).status).toBe(200);
    expect(await me(b, two)).toBe(401);

    // Signing out on A.
    const three = await token(a, 'mp.three');
    for (const s of [a, b, b]) expect(await me(s, three)).toBe(200);
    expect((await fetch(url(a, '/auth/logout'), { method: 'POST', headers: { authorization: `Bearer ${three}` } })).status).toBe(204);
    expect(await me(b, three)).toBe(401);

    // Twenty wrong passwords at once, half to each server: only ten are checked (401), the rest
    // refused (429); then the right password is refused too, on either server. (Last: it also
    // locks this test's client address, 127.0.0.1, for a minute.)
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => login(i % 2 ? a : b, 'mp.four', `wrong guess ${i}`)));
    expect(results.map((r) => r.status).sort()).toEqual([...Array(10).fill(401), ...Array(10).fill(429)]);
    for (const s of [a, b]) {
      const res = await login(s, 'mp.four');
      expect(res.status).toBe(429);
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(Number(res.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    }
    const row = await database.db.selectFrom('sign_in_throttle').selectAll().where('key', '=', 'user:mp.four').executeTakeFirstOrThrow();
    expect(row).toMatchObject({ failures: 10, locks: 1 });
    const checked = await database.db.selectFrom('audit_log').select('detail').where('action', '=', 'auth.login_failed').execute();
    expect(checked.filter((c) => c.detail.username === 'mp.four' && c.detail.reason === 'wrong_password')).toHaveLength(10);

    for (const s of pair) s.child.kill('SIGTERM');
    expect(await Promise.all(pair.map((s) => s.exited))).toEqual([0, 0]);
  });
  it('a webhooks sender killed (kill -9) mid-delivery loses nothing: another process sends it when the lease ends', { timeout: 180_000 }, async () => {
    // A receiver that holds the first request open (the sender is mid-delivery) and answers later ones.
    const got: { delivery: string; body: string }[] = [];
    const held: http.ServerResponse[] = [];
    const rx = http.createServer((req, res) => {
      let body = '';
      req.on('data', (d) => (body += d));
      req.on('end', () => {
        got.push({ delivery: String(req.headers['x-hotline-delivery']), body });
        if (got.length === 1) held.push(res);
        else res.writeHead(200).end('ok');
      });
    });
    await new Promise<void>((r) => rx.listen(0, '127.0.0.1', r));
    try {
      const sub = await createSubscription(
        database.db,
        { url: `http://127.0.0.1:${(rx.address() as AddressInfo).port}/hooks`, secret: 'mp-secret-0123456789abcdef', events: ['registered'], unitId: null, personalData: false },
        null,
      );
      const env = { HOTLINE_WEBHOOKS_INTERVAL_MS: '200', HOTLINE_WEBHOOKS_LEASE_MS: '3000' };
      const first = startServer(await freePort(), env);
      servers.push(first);
      const { ticket } = await registerTicket(database.db, { channel: 'phone', type: 'consult', content: '测试推送：发送途中进程被强制结束。' }, actors.agent, new Date());
      await waitFor('the first try to reach the receiver', async () => got.length === 1, 90_000).catch((err) => {
        throw new Error(`${err.message}\n${first.output.slice(0, 2000)}`);
      });
      first.child.kill('SIGKILL');
      await first.exited;
      const row = () => database.db.selectFrom('webhook_deliveries').selectAll().where('subscription_id', '=', sub.id).executeTakeFirstOrThrow();
      // Claimed by the dead process, never recorded: still pending.
      expect(await row()).toMatchObject({ status: 'pending', attempts: 1, ticket_id: ticket.id });
      const second = startServer(await freePort(), env);
      servers.push(second);
      await waitFor('another process to deliver it', async () => (await row()).status === 'delivered', 90_000).catch((err) => {
        throw new Error(`${err.message}\n${second.output.slice(0, 2000)}`);
      });
      expect(await row()).toMatchObject({ status: 'delivered', attempts: 2, last_status: 200 });
      // The same event both times (a receiver deduplicates by it), and nothing else.
      expect(got).toHaveLength(2);
      expect(got[1].delivery).toBe(got[0].delivery);
      expect(JSON.parse(got[1].body)).toMatchObject({ type: 'registered', ticketId: ticket.id });
      second.child.kill('SIGTERM');
      expect(await second.exited).toBe(0);
    } finally {
      for (const res of held) res.destroy();
      await new Promise<void>((r) => rx.close(() => r()));
    }
  });
});
