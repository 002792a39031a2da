// `npm run bench`: figures, not tests. Starts a real server process per engine and drives it
// over HTTP from this process, so the numbers include validation, the decider, events,
// deadlines and the database round-trips.
//
//   npm run bench                      both engines (PostgreSQL when one answers at BENCH_DATABASE_URL
//                                      or DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test)
//   npm run bench -- --engine pglite --requests 2000 --runs 5 --concurrency 32


import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Pool } from 'undici';
import { loadDemoData } from '../src/demo/load.js';
import { benchCallIngest, benchCallMeasures } from './calls.js';
import { benchClassifier } from './classifier.js';
import { benchMeasures } from './measures.js';
import { percentile, scratchDatabase, startServer } from './common.js';
import { benchSearch } from './search.js';
import { benchWeb } from './web.js';
import { benchOutboxLag, benchWebhooks } from './webhooks.js';
import { openDatabase, type Database } from '../src/store/db.js';
import { migrateToLatest } from '../src/store/migrations.js';
import { seedReferenceData } from '../src/store/reference.js';
import { freePort } from '../test/process.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const { values: opts } = parseArgs({
  options: {
    engine: { type: 'string', default: 'both' },
    requests: { type: 'string', default: '3000' },
    runs: { type: 'string', default: '3' },
    concurrency: { type: 'string', default: '32' },
    'measures-tickets': { type: 'string', default: '1000000' },
    only: { type: 'string', default: 'all' }, // all | register | classifier | measures | search | web | calls | webhooks
    calls: { type: 'string', default: '10000000' }, // the floor's figures over this many calls (with DATABASE_URL)
    'search-tickets': { type: 'string', default: '1000000' },
  },
});
const REQUESTS = Number(opts.requests);
const RUNS = Number(opts.runs);
const CONCURRENCY = Number(opts.concurrency);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];


/** Prepares a database with the demo city (no tickets) and returns the demo passwords. */
async function prepare(database: Database) {
  await migrateToLatest(database.db);
  await seedReferenceData(database.db);
  const { credentials } = await loadDemoData(database.db, { tickets: 0 });
  const units = await database.db.selectFrom('units').select(['id', 'code']).execute();
  await database.close();
  const pw = (u: string) => credentials.find((c) => c.username === u)!.password;
  return { agent: pw('agent'), dispatcher: pw('dispatcher'), unitId: units.find((u) => u.code === 'SHJ')!.id };
}


/** A light HTTP client (undici's Pool, keep-alive): fetch() would cost the shared CPU more than the server under test. */
function client(base: string, connections: number) {
  const pool = new Pool(base, { connections });
  return {
    async post(url: string, body: unknown, headers: Record<string, string> = {}) {
      const res = await pool.request({ method: 'POST', path: url, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
      return { status: res.statusCode, body: (await res.body.json()) as Record<string, unknown> };
    },
    close: () => pool.close(),
  };
}
type Client = ReturnType<typeof client>;

async function login(http: Client, username: string, password: string): Promise<string> {
  const res = await http.post('/api/v1/auth/login', { username, password });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status}`);
  return res.body.token as string;
}

const CONTENTS = [
  '江北区望江街道滨江路工地夜间施工噪音扰民，凌晨一点还在作业，严重影响休息。',
  '公司拖欠三个月工资未发，多次讨要无果，请人社部门帮助维权。',
  '建设大道与人民路交叉口红绿灯故障，早高峰拥堵严重，请尽快维修。',
  '锦绣花园小区停水两天，没有任何通知，老人做饭洗漱都很困难。',
];

/** Runs `n` requests with `concurrency` in flight; returns throughput and latencies. */
async function load(n: number, concurrency: number, one: (i: number) => Promise<void>) {
  const latencies: number[] = [];
  let next = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < n) {
        const i = next++;
        const t0 = performance.now();
        await one(i);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  latencies.sort((a, b) => a - b);
  return { perSecond: n / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

async function benchEngine(name: string, env: Record<string, string>, creds: Awaited<ReturnType<typeof prepare>>) {
  const port = await freePort();
  const server = await startServer(env, port);
  const http = client(`http://127.0.0.1:${port}`, CONCURRENCY);
  try {
    const agent = await login(http, 'agent', creds.agent);
    const dispatcher = await login(http, 'dispatcher', creds.dispatcher);
    const register = async (i: number) => {
      const res = await http.post(
        '/api/v1/tickets',
        { channel: 'phone', type: 'complaint', content: CONTENTS[i % CONTENTS.length], caller: { name: '张三', phone: '13812345678' }, address: '江北区望江街道' },
        { authorization: `Bearer ${agent}`, 'idempotency-key': `bench-${name}-${Date.now()}-${i}` },
      );
      if (res.status !== 201) throw new Error(`register: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body.id as number;
    };
    // Warm up the JIT and the connection pool.
    await load(200, CONCURRENCY, async (i) => void (await register(i)));
    const reg: Awaited<ReturnType<typeof load>>[] = [];
    const both: Awaited<ReturnType<typeof load>>[] = [];
    for (let run = 0; run < RUNS; run++) {
      reg.push(await load(REQUESTS, CONCURRENCY, async (i) => void (await register(i))));
      // Register and dispatch: the dispatch computes accept and handling deadlines on the calendar.
      both.push(
        await load(Math.floor(REQUESTS / 2), CONCURRENCY, async (i) => {
          const id = await register(i);
          const res = await http.post(`/api/v1/tickets/${id}/dispatch`, { unitId: creds.unitId }, { authorization: `Bearer ${dispatcher}` });
          if (res.status !== 200) throw new Error(`dispatch: ${res.status}`);
        }),
      );
    }
    const fmt = (rs: typeof reg, unit: string) =>
      `${median(rs.map((r) => r.perSecond)).toFixed(0)} ${unit}/s (runs: ${rs.map((r) => r.perSecond.toFixed(0)).join(', ')}), ` +
      `p50 ${median(rs.map((r) => r.p50)).toFixed(1)} ms, p99 ${median(rs.map((r) => r.p99)).toFixed(1)} ms`;
    console.log(`[${name}] register via HTTP, ${REQUESTS} requests × ${RUNS} runs, ${CONCURRENCY} in flight: ${fmt(reg, 'tickets')}`);
    console.log(`[${name}] register + dispatch (deadlines), ${Math.floor(REQUESTS / 2)} pairs × ${RUNS} runs: ${fmt(both, 'pairs')}`);
  } finally {
    await http.close();
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
  }
}

async function pglite() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hotline-bench-'));
  try {
    const creds = await prepare(await openDatabase({ dataDir: dir }));
    await benchEngine('pglite', { HOTLINE_DATA: dir, DATABASE_URL: '' }, creds);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function postgres() {
  const scratch = await scratchDatabase(process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test', 'postgres');
  if (!scratch) return;
  try {
    const creds = await prepare(await openDatabase({ url: scratch.url }));
    await benchEngine('postgres', { DATABASE_URL: scratch.url }, creds);
  } finally {
    await scratch.admin.query(`DROP DATABASE IF EXISTS ${scratch.name} WITH (FORCE)`);
    await scratch.admin.end();
  }
}

console.log(`hotline bench — ${os.cpus().length} cores, node ${process.version}, ${new Date().toISOString()}`);
if (opts.only === 'all' || opts.only === 'register') {
  if (opts.engine === 'both' || opts.engine === 'pglite') await pglite();
  if (opts.engine === 'both' || opts.engine === 'postgres') await postgres();
}
if (opts.only === 'all' || opts.only === 'web') {
  await benchWeb({ runs: 7 });
}
if (opts.only === 'all' || opts.only === 'classifier') {
  await benchClassifier({ docs: 10_000, runs: 3 });
}
if (opts.only === 'all' || opts.only === 'measures') {
  // The measures query over a million tickets, on the PostgreSQL server (issue: ≤ 300 ms).
  await benchMeasures(process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test', {
    tickets: Number(opts['measures-tickets']),
    runs: 20,
  });
}
if (opts.only === 'all' || opts.only === 'calls') {
  // The call floor (issue 16): call events per second through HTTP against PostgreSQL's own
  // ceiling (target ≥ 1,000/s), and the floor's figures over a year of calls (p95 ≤ 300 ms).
  // The year of calls takes minutes to generate: it runs when a server is named in
  // BENCH_DATABASE_URL or DATABASE_URL (or with --only calls).
  const url = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  await benchCallIngest(url, { calls: Math.max(100, Math.floor(REQUESTS / 3)), concurrency: CONCURRENCY, runs: RUNS });
  if (opts.only === 'calls' || process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL) {
    await benchCallMeasures(url, { calls: Number(opts.calls), runs: 20 });
  } else {
    console.log('[calls] the year of calls skipped: set DATABASE_URL (or run --only calls) to generate it');
  }
}
if (opts.only === 'all' || opts.only === 'webhooks') {
  // Webhook deliveries per second to a receiver on this machine (PGlite, and PostgreSQL when one answers).
  const url = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  await benchWebhooks({ tickets: 3000, url });
  await benchOutboxLag({ url, tickets: 3000, concurrency: CONCURRENCY });
}
if (opts.only === 'all' || opts.only === 'search') {
  // Chinese full-text search over a million tickets, and indexing throughput (issue: p95 ≤ 100 ms).
  await benchSearch(process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test', {
    tickets: Number(opts['search-tickets']),
    runs: 20,
  });
}
