// `npm run bench -- --only webhooks`: webhook deliveries per second from the sender
// (src/channels/webhooks.ts) to a receiver on this machine that answers 200 at once, on each
// engine: tickets registered in-process, fanned out by the webhooks listener, then one timed pass
// of the sender (claim FOR UPDATE SKIP LOCKED, sign, POST, record) until nothing is due; and the
// outbox's lag under the register load (benchOutboxLag).

import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { buildApp } from '../src/api/app.js';
import { deliverDueWebhooks } from '../src/channels/webhooks.js';
import { loadDemoData } from '../src/demo/load.js';
import { openDatabase, type Database } from '../src/store/db.js';
import { migrateToLatest } from '../src/store/migrations.js';
import { seedReferenceData } from '../src/store/reference.js';
import type { ChildProcess } from 'node:child_process';
import pg from 'pg';
import { Pool } from 'undici';
import { freePort } from '../test/process.js';
import { drive, load, ms, percentile, scratchDatabase, secs, startServer } from './common.js';

async function benchOne(label: string, database: Database, tickets: number): Promise<void> {
  await migrateToLatest(database.db);
  await seedReferenceData(database.db);
  const { credentials } = await loadDemoData(database.db, { tickets: 0 });
  let received = 0;
  const receiver = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      received++;
      res.writeHead(200).end('ok');
    });
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
  const { app, ctx } = await buildApp({ database });
  try {
    const login = async (u: string) =>
      JSON.parse((await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: u, password: credentials.find((c) => c.username === u)!.password } })).body).token;
    const admin = await login('admin');
    const agent = await login('agent');
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
    const sub = await app.inject({ method: 'POST', url: '/api/v1/webhooks', headers: { authorization: `Bearer ${admin}` }, payload: { url, secret: 'bench-secret-0123456789' } });
    if (sub.statusCode !== 201) throw new Error(`subscribe: ${sub.statusCode} ${sub.body}`);
    for (let i = 0; i < tickets; i++) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/tickets',
        headers: { authorization: `Bearer ${agent}` },
        payload: { channel: 'phone', type: 'complaint', content: `第 ${i} 件：小区门口道路破损，晚上容易摔倒。`, caller: { name: '张三', phone: '13812345678' } },
      });
      if (res.statusCode !== 201) throw new Error(`register: ${res.statusCode} ${res.body}`);
    }
    await ctx.listeners.settle(60_000);
    const pending = await database.db.selectFrom('webhook_deliveries').select((eb) => eb.fn.countAll<string>().as('n')).where('status', '=', 'pending').executeTakeFirstOrThrow();
    const t0 = performance.now();
    const pass = await deliverDueWebhooks(ctx);
    const secs = (performance.now() - t0) / 1000;
    console.log(
      `[webhooks] ${label}: ${pass.delivered} of ${pending.n} deliveries in ${secs.toFixed(2)} s = ${(pass.delivered / secs).toFixed(0)}/s (receiver got ${received}; failed ${pass.failed})`,
    );
  } finally {
    await app.close();
    await new Promise<void>((r) => receiver.close(() => r()));
  }
}

export async function benchWebhooks(opts: { tickets: number; url: string }): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hotline-bench-webhooks-'));
  try {
    const database = await openDatabase({ dataDir: dir });
    try {
      await benchOne('pglite', database, opts.tickets);
    } finally {
      await database.close();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const scratch = await scratchDatabase(opts.url, 'webhooks');
  if (!scratch) return;
  try {
    const database = await openDatabase({ url: scratch.url, poolSize: 8 });
    try {
      await benchOne('postgres', database, opts.tickets);
    } finally {
      await database.close();
    }
  } finally {
    await scratch.admin.query(`DROP DATABASE IF EXISTS ${scratch.name} WITH (FORCE)`);
    await scratch.admin.end();
  }
}

/**
 * The outbox's lag under the register load (PostgreSQL): a server of its own (the real process,
 * its listeners and its webhooks' sender as `hotline serve` runs them) takes registrations over
 * HTTP as fast as `concurrency` clients send them while a receiver here counts each delivery and
 * how long after the event it arrived (event `at` → arrival). Printed: the register rate, the lag's
 * p50/p95/p99/max, and how long the backlog took to drain after the load stopped.
 */
export async function benchOutboxLag(opts: { url: string; tickets: number; concurrency: number }): Promise<void> {
  const scratch = await scratchDatabase(opts.url, 'outbox');
  if (!scratch) return;
  let server: ChildProcess | null = null;
  const lags: number[] = [];
  const receiver = http.createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      const event = JSON.parse(body) as { at: string };
      lags.push(Date.now() - Date.parse(event.at));
      res.writeHead(200).end('ok');
    });
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
  try {
    const database = await openDatabase({ url: scratch.url, poolSize: 2 });
    await migrateToLatest(database.db);
    await seedReferenceData(database.db);
    const { credentials } = await loadDemoData(database.db, { tickets: 0 });
    await database.close();
    const port = await freePort();
    server = await startServer({ DATABASE_URL: scratch.url }, port);
    const api = new Pool(`http://127.0.0.1:${port}`, { connections: opts.concurrency });
    const call = async (token: string | null, path: string, body: unknown) => {
      const res = await api.request({
        method: 'POST',
        path,
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify(body),
      });
      const text = await res.body.text();
      if (res.statusCode >= 300) throw new Error(`${path}: ${res.statusCode} ${text}`);
      return JSON.parse(text);
    };
    const login = async (u: string) => (await call(null, '/api/v1/auth/login', { username: u, password: credentials.find((c) => c.username === u)!.password })).token as string;
    const [admin, agent] = [await login('admin'), await login('agent')];
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
    // Only what a registration commits, so each ticket is one delivery.
    await call(admin, '/api/v1/webhooks', { url, secret: 'bench-secret-0123456789', events: ['registered'] });
    const register = (i: number) =>
      call(agent, '/api/v1/tickets', { channel: 'phone', type: 'complaint', content: `第 ${i} 件：小区门口道路破损，晚上容易摔倒。`, caller: { name: '张三', phone: '13812345678' } });
    const loadRun = await drive(opts.tickets, opts.concurrency, async (i) => void (await register(i)));
    const t0 = performance.now();
    while (lags.length < opts.tickets && performance.now() - t0 < 120_000) await new Promise((r) => setTimeout(r, 20));
    const drained = secs(t0);
    await api.close();
    const sorted = [...lags].sort((a, b) => a - b);
    // Where the time went: from the event to its delivery row (the listener's fan-out) and from the row to the receiver (the sender).
    const { rows: [split] } = await (async () => {
      const c = new pg.Client({ connectionString: scratch.url });
      await c.connect();
      try {
        return await c.query<{ fan_p50: number; fan_p99: number; send_p50: number; send_p99: number }>(`
          SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM d.created_at - e.at) * 1000) AS fan_p50,
                 percentile_cont(0.99) WITHIN GROUP (ORDER BY extract(epoch FROM d.created_at - e.at) * 1000) AS fan_p99,
                 percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM d.delivered_at - d.created_at) * 1000) AS send_p50,
                 percentile_cont(0.99) WITHIN GROUP (ORDER BY extract(epoch FROM d.delivered_at - d.created_at) * 1000) AS send_p99
          FROM webhook_deliveries d JOIN ticket_events e ON e.id = d.event_id`);
      } finally {
        await c.end();
      }
    })();
    console.log(
      `[webhooks] outbox lag under the register load (postgres, ${opts.concurrency} in flight): ${opts.tickets} tickets at ${loadRun.perSecond.toFixed(0)}/s; ` +
        `${lags.length} delivered; lag p50 ${ms(percentile(sorted, 50))} ms, p95 ${ms(percentile(sorted, 95))} ms, p99 ${ms(percentile(sorted, 99))} ms, max ${ms(sorted.at(-1) ?? 0)} ms; ` +
        `event → outbox p50 ${ms(split.fan_p50)} ms, p99 ${ms(split.fan_p99)} ms; outbox → receiver p50 ${ms(split.send_p50)} ms, p99 ${ms(split.send_p99)} ms; ` +
        `backlog drained ${drained.toFixed(2)} s after the load (load average ${load()})`,
    );
  } finally {
    server?.kill('SIGTERM');
    await new Promise((r) => server?.once('exit', r) ?? r(null));
    await new Promise<void>((r) => receiver.close(() => r()));
    await scratch.admin.query(`DROP DATABASE IF EXISTS ${scratch.name} WITH (FORCE)`);
    await scratch.admin.end();
  }
}
