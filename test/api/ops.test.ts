// What an operator relies on: GET /metrics in the Prometheus text format (read back with a parser
// written here from the exposition format's rules), who may scrape it, /livez and /readyz, and
// unknown paths answered 404 while console routes still get the console.

import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.js';
import { CONSOLE_ROUTES } from '../../src/api/web.js';
import { startJobs } from '../../src/jobs/scheduler.js';
import { MIGRATIONS } from '../../src/store/migrations.js';
import { streamEnd } from '../../src/store/event-stream.js';
import { freePort, ROOT } from '../process.js';
import { deliverDueWebhooks } from '../../src/channels/webhooks.js';
import { testApp, testDatabase, type TestApp } from '../helpers.js';

let t: TestApp;
/** The status of each ticket this file made, as the API answered. */
const made: string[] = [];
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => {
  await t?.close();
});

// ---- The Prometheus text exposition format (version 0.0.4), as much as a scrape needs ----

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}
interface Family {
  name: string;
  type?: string;
  help?: string;
  samples: Sample[];
}

/** A metric family's samples include name_bucket / _sum / _count (histogram, summary) and name_total (counter). */
function familyOf(sampleName: string, families: Map<string, Family>): Family | undefined {
  for (const suffix of ['', '_bucket', '_sum', '_count', '_total', '_created']) {
    if (suffix && !sampleName.endsWith(suffix)) continue;
    const f = families.get(sampleName.slice(0, sampleName.length - suffix.length));
    if (f && (!suffix || f.type === 'histogram' || f.type === 'summary' || f.type === 'counter')) return f;
  }
  return undefined;
}

/** A sample's value: a Go float (Prometheus parses with strconv.ParseFloat: NaN and Inf in any case). */
function parseValue(s: string): number {
  if (/^\+?inf(inity)?$/i.test(s)) return Infinity;
  if (/^-inf(inity)?$/i.test(s)) return -Infinity;
  if (/^nan$/i.test(s)) return NaN;
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(s)) throw new Error(`not a number: ${s}`);
  return Number(s);
}

/** Parses the text format strictly: every line is a comment, a blank, or a well-formed sample of a declared family. */
function parsePrometheus(text: string): Map<string, Family> {
  const families = new Map<string, Family>();
  const NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*/;
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    const meta = /^#\s+(HELP|TYPE)\s+([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\s+(.*))?$/.exec(line);
    if (meta) {
      const f = families.get(meta[2]) ?? { name: meta[2], samples: [] };
      families.set(meta[2], f);
      if (meta[1] === 'TYPE') {
        expect(['counter', 'gauge', 'histogram', 'summary', 'untyped']).toContain(meta[3]);
        expect(f.type, `TYPE twice for ${meta[2]}`).toBeUndefined();
        f.type = meta[3];
      } else f.help = meta[3] ?? '';
      continue;
    }
    if (line.startsWith('#')) continue;
    const name = NAME.exec(line)?.[0];
    if (!name) throw new Error(`bad line: ${line}`);
    let rest = line.slice(name.length);
    const labels: Record<string, string> = {};
    if (rest.startsWith('{')) {
      rest = rest.slice(1);
      for (;;) {
        rest = rest.replace(/^\s*,?\s*/, '');
        if (rest.startsWith('}')) {
          rest = rest.slice(1);
          break;
        }
        const m = /^([a-zA-Z_][a-zA-Z0-9_]*)="/.exec(rest);
        if (!m) throw new Error(`bad labels: ${line}`);
        rest = rest.slice(m[0].length);
        let value = '';
        for (;;) {
          const c = rest[0];
          if (c === undefined) throw new Error(`unterminated label value: ${line}`);
          rest = rest.slice(1);
          if (c === '"') break;
          if (c === '\\') {
            const e = rest[0];
            rest = rest.slice(1);
            value += e === 'n' ? '\n' : e;
          } else value += c;
        }
        labels[m[1]] = value;
      }
    }
    const parts = rest.trim().split(/\s+/);
    expect(parts.length === 1 || parts.length === 2, line).toBe(true);
    const family = familyOf(name, families);
    if (!family) throw new Error(`sample of an undeclared family: ${line}`);
    family.samples.push({ name, labels, value: parseValue(parts[0]) });
  }
  return families;
}

/** Scrapes /metrics as the local Prometheus would (inject's client is 127.0.0.1). */
async function scrape(app = t.app) {
  const res = await app.inject({ method: 'GET', url: '/metrics' });
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
  const families = parsePrometheus(res.body);
  const value = (name: string, labels: Record<string, string> = {}) =>
    familyOf(name, families)?.samples.find((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))?.value;
  return { families, value, text: res.body };
}

describe('GET /metrics', () => {
  it('counts each request under its route pattern, never its URL, in a histogram by method, route and status', async () => {
    const created = await t.call('agent', 'POST', '/api/v1/tickets', { channel: 'phone', type: 'consult', content: '咨询社保卡补办需要哪些材料。' });
    expect(created.status).toBe(201);
    made.push(created.body.status);
    const id = created.body.id as number;
    const labels = { method: 'GET', route: '/api/v1/tickets/:id', status_code: '200' };
    const before = (await scrape()).value('hotline_http_request_duration_seconds_count', labels) ?? 0;
    expect((await t.call('agent', 'GET', `/api/v1/tickets/${id}`)).status).toBe(200);
    expect((await t.call('agent', 'GET', `/api/v1/tickets/${id}`)).status).toBe(200);
    const missing = await t.call('agent', 'GET', '/api/v1/tickets/999999');
    expect(missing.status).toBe(404);

    const { families, value } = await scrape();
    const http = families.get('hotline_http_request_duration_seconds')!;
    expect(http.type).toBe('histogram');
    expect(value('hotline_http_request_duration_seconds_count', labels)).toBe(before + 2);
    expect(value('hotline_http_request_duration_seconds_count', { ...labels, status_code: '404' })).toBe(1);
    // The +Inf bucket holds every request; the buckets never decrease.
    const buckets = http.samples.filter((s) => s.name.endsWith('_bucket') && s.labels.route === labels.route && s.labels.status_code === '200');
    expect(buckets.find((b) => b.labels.le === '+Inf')?.value).toBe(before + 2);
    for (let i = 1; i < buckets.length; i++) expect(buckets[i].value).toBeGreaterThanOrEqual(buckets[i - 1].value);
    expect(value('hotline_http_request_duration_seconds_sum', labels)).toBeGreaterThan(0);
    // No label holds a URL with an id in it.
    const routes = new Set(http.samples.map((s) => s.labels.route));
    for (const r of routes) expect(r).not.toMatch(/\/\d+(\/|$)/);
    expect(routes.has('/api/v1/tickets')).toBe(true); // the POST above
  });

  it('tickets by status: a gauge equal to a hand count of the tickets made here', async () => {
    // This file's database starts with no tickets; the first test made one consultation.
    for (const content of ['小区路灯不亮，晚上出行不便。', '楼下餐馆油烟扰民。']) {
      const res = await t.call('agent', 'POST', '/api/v1/tickets', { channel: 'phone', type: 'complaint', content });
      expect(res.status).toBe(201);
      made.push(res.body.status);
    }
    const all = await t.ctx.db.selectFrom('tickets').select('status').execute();
    expect(all.map((r) => r.status).sort()).toEqual([...made].sort());
    const { families, value } = await scrape();
    expect(families.get('hotline_tickets')?.type).toBe('gauge');
    expect(value('hotline_tickets', { status: 'registered' })).toBe(made.filter((s) => s === 'registered').length);
    // Every status is there, those with no ticket at 0.
    for (const status of ['dispatched', 'handling', 'replied', 'closed', 'merged', 'transferred', 'refused']) {
      expect(value('hotline_tickets', { status })).toBe(made.filter((s) => s === status).length);
    }
  });

  it("each durable listener's lag behind the stream's end, in events and seconds", async () => {
    // Two cursors of our own: one at the stream's start (behind by every event), one at its end now.
    const end = await streamEnd(t.ctx.db);
    await sql`INSERT INTO listener_cursors (name, tx, id) VALUES ('ops_test_start', '0'::xid8, 0), ('ops_test_end', ${end.tx}::xid8, ${end.id})`.execute(t.ctx.db);
    try {
      const events = Number((await sql<{ n: number }>`SELECT count(*) AS n FROM ticket_events`.execute(t.ctx.db)).rows[0].n);
      expect(events).toBeGreaterThanOrEqual(3); // the three registrations above
      const { families, value } = await scrape();
      expect(families.get('hotline_listener_lag_events')?.type).toBe('gauge');
      expect(value('hotline_listener_lag_events', { listener: 'ops_test_start' })).toBe(events);
      expect(value('hotline_listener_lag_events', { listener: 'ops_test_end' })).toBe(0);
      expect(value('hotline_listener_lag_seconds', { listener: 'ops_test_end' })).toBe(0);
      const oldest = await t.ctx.db.selectFrom('ticket_events').select((eb) => eb.fn.min('at').as('at')).executeTakeFirstOrThrow();
      const age = (Date.now() - new Date(oldest.at as Date).getTime()) / 1000;
      const lag = value('hotline_listener_lag_seconds', { listener: 'ops_test_start' })!;
      expect(lag).toBeGreaterThan(0);
      expect(Math.abs(lag - age)).toBeLessThan(5);
      // Every cursor in the table has its line, the real listeners' too.
      const names = (await t.ctx.db.selectFrom('listener_cursors').select('name').execute()).map((r) => r.name);
      for (const listener of names) expect(value('hotline_listener_lag_events', { listener })).toBeGreaterThanOrEqual(0);
    } finally {
      await t.ctx.db.deleteFrom('listener_cursors').where('name', 'in', ['ops_test_start', 'ops_test_end']).execute();
    }
  });

  it('each outbox: deliveries waiting, the oldest one\'s age, those failing, those parked', async () => {
    // A receiver that is down: a port nothing listens on.
    const down = await freePort();
    const sub = await t.call('admin', 'POST', '/api/v1/webhooks', { url: `http://127.0.0.1:${down}/hooks`, secret: 'ops-test-secret-0123456789', events: ['registered'] });
    expect(sub.status).toBe(201);
    try {
      const before = await scrape();
      expect(before.families.get('hotline_outbox_pending')?.type).toBe('gauge');
      expect(before.value('hotline_outbox_pending', { outbox: 'webhooks' })).toBe(0);
      expect(before.value('hotline_outbox_pending', { outbox: 'police' })).toBe(0);
      const res = await t.call('agent', 'POST', '/api/v1/tickets', { channel: 'phone', type: 'help', content: '楼道灯坏了一个月，晚上上下楼很危险。' });
      expect(res.status).toBe(201);
      made.push(res.body.status);
      await t.ctx.listeners.settle();
      // One ticket registered, one subscription to 'registered': one delivery, not tried yet.
      let m = await scrape();
      expect(m.value('hotline_outbox_pending', { outbox: 'webhooks' })).toBe(1);
      expect(m.value('hotline_outbox_failing', { outbox: 'webhooks' })).toBe(0);
      expect(m.value('hotline_outbox_oldest_seconds', { outbox: 'webhooks' })).toBeGreaterThanOrEqual(0);
      // Each try fails (nothing answers); after the seventh it is parked.
      let at = Date.now();
      await deliverDueWebhooks({ db: t.ctx.db, now: () => new Date(at) });
      m = await scrape();
      expect([m.value('hotline_outbox_pending', { outbox: 'webhooks' }), m.value('hotline_outbox_failing', { outbox: 'webhooks' }), m.value('hotline_outbox_dead', { outbox: 'webhooks' })]).toEqual([1, 1, 0]);
      for (let i = 0; i < 6; i++) {
        at += 7 * 3600_000; // past the longest wait between tries (6 h)
        await deliverDueWebhooks({ db: t.ctx.db, now: () => new Date(at) });
      }
      m = await scrape();
      expect([m.value('hotline_outbox_pending', { outbox: 'webhooks' }), m.value('hotline_outbox_failing', { outbox: 'webhooks' }), m.value('hotline_outbox_dead', { outbox: 'webhooks' })]).toEqual([0, 0, 1]);
      expect(m.value('hotline_outbox_oldest_seconds', { outbox: 'webhooks' })).toBe(0);
    } finally {
      await t.call('admin', 'DELETE', `/api/v1/webhooks/${sub.body.id}`);
    }
  });

  it("the process's own metrics (event-loop lag, memory), the database's, and the open event streams", async () => {
    const { families, value } = await scrape();
    expect(families.get('nodejs_eventloop_lag_seconds')?.type).toBe('gauge');
    expect(value('nodejs_eventloop_lag_seconds')).toBeGreaterThanOrEqual(0);
    expect(value('process_resident_memory_bytes')).toBeGreaterThan(0);
    expect(value('hotline_database_up')).toBe(1);
    expect(value('hotline_timers_last_run_timestamp_seconds')).toBe(0); // no timers run in this app
    if (t.database.engine === 'postgres') {
      expect(value('hotline_db_pool_connections')).toBeGreaterThanOrEqual(1);
      expect(value('hotline_db_pool_idle_connections')).toBeLessThanOrEqual(value('hotline_db_pool_connections')!);
      expect(value('hotline_db_pool_waiting_clients')).toBe(0);
    } else {
      expect(families.has('hotline_db_pool_connections')).toBe(false);
    }

    // An event stream, opened over a real connection, is counted while it is open.
    expect(value('hotline_sse_clients')).toBe(0);
    const base = await t.app.listen({ host: '127.0.0.1', port: 0 });
    const abort = new AbortController();
    const res = await fetch(`${base}/api/v1/events`, { headers: { authorization: `Bearer ${t.tokens.dispatcher}` }, signal: abort.signal });
    expect(res.status).toBe(200);
    const reader = res.body!.getReader();
    await reader.read(); // its first comment: the stream is registered
    expect((await scrape()).value('hotline_sse_clients')).toBe(1);
    abort.abort();
    await expect.poll(async () => (await scrape()).value('hotline_sse_clients'), { timeout: 10_000 }).toBe(0); // the server hears the close when the socket does
    // Event streams are not in the request-duration histogram (their time is a session's).
    expect((await scrape()).families.get('hotline_http_request_duration_seconds')!.samples.some((s) => s.labels.route === '/api/v1/events' && s.labels.status_code === '200')).toBe(false);
  });

  it('only from this host without a proxy, or with the bearer token of HOTLINE_METRICS_TOKEN', async () => {
    const from = (remoteAddress: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url: '/metrics', remoteAddress, headers });
    expect((await from('127.0.0.1')).statusCode).toBe(200);
    expect((await from('::1')).statusCode).toBe(200);
    for (const res of [await from('10.1.2.3'), await from('127.0.0.1', { 'x-forwarded-for': '203.0.113.9' }), await from('127.0.0.1', { 'x-real-ip': '203.0.113.9' })]) {
      expect(res.statusCode).toBe(404);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().code).toBe('not_found');
      expect(res.body).not.toContain('hotline_');
    }
    process.env.HOTLINE_METRICS_TOKEN = 'scrape-secret-0123456789';
    try {
      for (const res of [await from('127.0.0.1'), await from('10.1.2.3', { authorization: 'Bearer wrong' }), await from('10.1.2.3', { authorization: 'scrape-secret-0123456789' })]) {
        expect(res.statusCode).toBe(401);
        expect(res.headers['www-authenticate']).toBe('Bearer');
        expect(res.json().code).toBe('invalid_token');
        expect(res.body).not.toContain('hotline_');
      }
      const ok = await from('10.1.2.3', { authorization: 'Bearer scrape-secret-0123456789' });
      expect(ok.statusCode).toBe(200);
      expect(ok.body).toContain('hotline_tickets');
    } finally {
      delete process.env.HOTLINE_METRICS_TOKEN;
    }
  });
});

describe('GET /livez and /readyz', () => {
  it('/livez answers; /readyz answers 200 with the schema current and 503 problem+json with a migration missing', async () => {
    const live = await t.app.inject({ method: 'GET', url: '/livez' });
    expect(live.statusCode).toBe(200);
    expect(live.json()).toEqual({ status: 'ok' });
    const ready = await t.app.inject({ method: 'GET', url: '/readyz' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toMatchObject({ status: 'ready', migrations: Object.keys(MIGRATIONS).length });
    expect((await t.app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);

    // The database as if the newest migration had not run.
    const last = Object.keys(MIGRATIONS).sort().at(-1)!;
    const row = (await sql<{ name: string; timestamp: string }>`SELECT name, timestamp FROM kysely_migration WHERE name = ${last}`.execute(t.ctx.db)).rows[0];
    await sql`DELETE FROM kysely_migration WHERE name = ${last}`.execute(t.ctx.db);
    try {
      const behind = await t.app.inject({ method: 'GET', url: '/readyz' });
      expect(behind.statusCode).toBe(503);
      expect(behind.headers['content-type']).toContain('application/problem+json');
      expect(behind.json()).toMatchObject({ status: 503, code: 'migrations_pending' });
      expect(behind.json().detail).toContain(last);
      // Alive all the same: the process is up.
      expect((await t.app.inject({ method: 'GET', url: '/livez' })).statusCode).toBe(200);
    } finally {
      await sql`INSERT INTO kysely_migration (name, timestamp) VALUES (${row.name}, ${row.timestamp})`.execute(t.ctx.db);
    }
    expect((await t.app.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(200);
  });

  it("/readyz is 503 once the database is gone; the timers' last pass is in /metrics", async () => {
    const database = await testDatabase();
    const { app, ctx, ops } = await buildApp({ database });
    try {
      await app.ready();
      const t0 = Date.now() / 1000;
      const stop = startJobs({ db: ctx.db, ref: ctx.ref, intervalMs: 60_000, onPass: ops.timerPass });
      await expect.poll(async () => (await scrape(app)).value('hotline_timers_last_success_timestamp_seconds'), { timeout: 20_000 }).toBeGreaterThan(0);
      await stop();
      const { value } = await scrape(app);
      const ran = value('hotline_timers_last_run_timestamp_seconds')!;
      expect(ran).toBeGreaterThanOrEqual(Math.floor(t0));
      expect(ran).toBeLessThanOrEqual(Date.now() / 1000);
      expect(value('hotline_timers_last_success_timestamp_seconds')).toBe(ran);

      await database.close();
      const res = await app.inject({ method: 'GET', url: '/readyz' });
      expect(res.statusCode).toBe(503);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json()).toMatchObject({ status: 503, code: 'database_unavailable' });
      expect((await app.inject({ method: 'GET', url: '/livez' })).statusCode).toBe(200);
      // The metrics still answer, saying the database does not.
      expect((await scrape(app)).value('hotline_database_up')).toBe(0);
    } finally {
      await app.close();
      await database.close().catch(() => {});
    }
  });
});

describe('unknown paths', () => {
  it('404 problem+json for unknown API and Open311 paths and for top-level paths that are no console route', async () => {
    for (const [method, url] of [
      ['GET', '/api/v1/no-such-thing'],
      ['POST', '/api/v1/no-such-thing'],
      ['GET', '/api'],
      ['GET', '/open311/nothing'],
      ['GET', '/metrics.php'],
      ['GET', '/wp-login'],
      ['GET', '/.env'],
      ['GET', '/tickets/1.json'],
    ] as const) {
      const res = await t.app.inject({ method, url });
      expect(res.statusCode, url).toBe(404);
      expect(res.headers['content-type'], url).toContain('application/problem+json');
      expect(res.json().code, url).toBe('not_found');
    }
    // Under /open311/v2/ an unknown path is a 404 in GeoReport v2's own error format (what its clients parse).
    for (const url of ['/open311/v2/nothing.json', '/open311/v2/requests/x/y.json']) {
      const res = await t.app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(404);
      expect(res.json(), url).toEqual([{ code: 404, description: expect.any(String) }]);
    }
  });

  it("the console's routes (every one in web/src/App.tsx) and the portal's still get their page", async () => {
    const app = fs.readFileSync(path.join(ROOT, 'web/src/App.tsx'), 'utf8');
    const firsts = new Set([...app.matchAll(/<Route\s+path="\/([^/"*:]+)/g)].map((m) => m[1]));
    expect(firsts.size).toBeGreaterThan(5);
    for (const first of firsts) expect(CONSOLE_ROUTES as readonly string[], `/${first} in App.tsx`).toContain(first);
    for (const url of ['/', '/tickets/1', '/tickets', '/login?next=%2Fqa', '/admin/users', '/kb/articles/3', '/inbox', '/wallboard', '/callers/k1', '/canned-replies', '/portal/', '/portal/track']) {
      const res = await t.app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type'], url).toContain('text/html');
    }
  });
});
