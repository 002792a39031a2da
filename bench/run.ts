// `npm run bench`: figures, not tests. Starts a real server process per engine and drives it
// over HTTP from this process, so the numbers include validation, the decider, events,
// deadlines and the database round-trips.
//
//   npm run bench                      both engines (PostgreSQL when one answers at BENCH_DATABASE_URL
//                                      or DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test)
//   npm run bench -- --engine pglite --requests 2000 --runs 5 --concurrency 32
//   npm run bench -- --only peak --peak-scale 1     the whole peak day (80,000 contacts, ~2.4 h)
//
// Per engine: its ceiling for the registering transaction straight in SQL, right before each
// HTTP run (the ratio is what to compare across noisy machines), register, register + dispatch,
// each step alone, the compressed peak day (bench/peak.ts) and the server's resident memory.


import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadDemoData } from '../src/demo/load.js';
import { benchCallIngest, benchCallMeasures } from './calls.js';
import { benchClassifier } from './classifier.js';
import { benchMeasures } from './measures.js';
import { drive, load as loadAvg, ms, scratchDatabase, startServer } from './common.js';
import { client, login } from './http.js';
import { DAY_CONTACTS, peakDay } from './peak.js';
import { createCeilingTables, dropCeilingTables, kyselyCeiling, pgbenchCeiling, pgCeiling, residentMemory, type Rate } from './intake.js';
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
    only: { type: 'string', default: 'all' }, // all | register (with the steps and the peak day) | peak | classifier | measures | search | web | calls | webhooks
    calls: { type: 'string', default: '10000000' }, // the floor's figures over this many calls (with DATABASE_URL)
    'search-tickets': { type: 'string', default: '1000000' },
    // The compressed peak day (bench/peak.ts): the share of 80,000 contacts replayed (1 = the whole
    // day, about 2.4 hours), the surge hour's rate as a multiple of the real one, live subscribers; 0 skips it.
    'peak-scale': { type: 'string', default: '0.02' },
    'peak-speed': { type: 'string', default: '10' },
    'peak-subscribers': { type: 'string', default: '20' },
  },
});
const REQUESTS = Number(opts.requests);
const RUNS = Number(opts.runs);
const CONCURRENCY = Number(opts.concurrency);
const PEAK_SCALE = Number(opts['peak-scale']);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];


/** Prepares a database with the demo city (no tickets) and returns the demo passwords. */
async function prepare(database: Database) {
  await migrateToLatest(database.db);
  await seedReferenceData(database.db);
  const { credentials } = await loadDemoData(database.db, { tickets: 0 });
  const units = await database.db.selectFrom('units').select(['id', 'code']).execute();
  const agentId = (await database.db.selectFrom('users').select('id').where('username', '=', 'agent').executeTakeFirstOrThrow()).id;
  await database.close();
  const pw = (u: string) => credentials.find((c) => c.username === u)!.password;
  return {
    agent: pw('agent'),
    agentId,
    dispatcher: pw('dispatcher'),
    handler: pw('unit-shj'),
    callback: pw('callback'),
    supervisor: pw('supervisor'),
    unitId: units.find((u) => u.code === 'SHJ')!.id,
  };
}
type Creds = Awaited<ReturnType<typeof prepare>>;

/**
 * The requests' matters: a compound (one of 1,600 names) and a problem (one of 12), drawn at
 * random with a fixed seed, in one of the city's 24 streets. Over a few thousand requests about
 * one in ten is about a matter raised before — a repeat (重复件) the repeats listener flags, as at a real peak; with a handful
 * of fixed texts nearly every request was one.
 */
const NAME_HEADS = '锦绣 翠湖 金桂 银杉 紫荆 碧水 丹枫 青松 玉兰 海棠 梧桐 香樟 春晓 秋实 明珠 华府 东湖 西岭 南苑 北辰 凤凰 麒麟 天鹅 白鹭 星河 月湾 云顶 山水 滨江 望江 江岸 湖畔 书香 雅居 和谐 幸福 阳光 彩虹 康乐 福源'.split(' ');
const NAME_TAILS = '花园 小区 家园 新村 公寓 名苑 雅苑 华庭 山庄 新城 嘉园 景苑 丽都 佳园 府邸 国际 广场 城邦 御景 水岸 绿洲 春天 时代 人家 庭院 别墅 公馆 首府 美地 尚城 名门 壹号 阁 里 湾 苑 城 庄 居 府'.split(' ');
const PROBLEMS = [
  '工地夜间施工噪音扰民，凌晨一点还在作业，严重影响休息。',
  '停水两天，没有任何通知，老人做饭洗漱都很困难。',
  '门口道路破损，晚上容易摔倒，请尽快修补。',
  '楼下餐馆油烟直排，窗户都不敢开。',
  '垃圾清运不及时，桶边堆满垃圾，气味很大。',
  '电梯经常故障停运，老人上下楼困难。',
  '物业乱收停车费，收费标准没有公示。',
  '路灯坏了一个多月没人修，晚上出行不安全。',
  '小区门口占道经营，早晚拥堵严重。',
  '井盖缺失，行人容易掉下去，存在安全隐患。',
  '开发商延期交房，至今没有说法。',
  '下水道堵塞，污水漫到路面。',
];
let draws = 0x2f6e2b1;
/** mulberry32: a small seeded generator, so that every run of the bench draws the same matters. */
const draw = (n: number) => {
  let t = (draws += 0x6d2b79f5);
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return (((t ^ (t >>> 14)) >>> 0) % n);
};
/** The demo city's streets (src/demo): a request's address is in one of them. */
const STREETS = (
  '江北区玉带街道 江北区江北街道 江北区北门街道 江北区望江街道 江南区梅林街道 江南区城南街道 江南区龙舟街道 江南区文昌街道 ' +
  '江南区南湖街道 高新区东湖街道 高新区云谷街道 高新区科创街道 临港区渔湾镇 临港区临港镇 临港区海湾街道 临港区港城街道 ' +
  '青山县茶岭镇 青山县竹溪镇 青山县石门镇 青山县青山镇 白沙县柳塘镇 白沙县河口镇 白沙县沙河镇 白沙县城关镇'
).split(' ');
const matter = () => {
  const compound = `${NAME_HEADS[draw(NAME_HEADS.length)]}${NAME_TAILS[draw(NAME_TAILS.length)]}`;
  return { content: `${compound}${PROBLEMS[draw(PROBLEMS.length)]}`, address: `${STREETS[draw(STREETS.length)]}${compound}` };
};

const load = drive;
const rate = (r: { perSecond: number }) => r.perSecond.toFixed(0);
/** Median throughput (the runs), median p50 and p99. */
const fmt = (rs: Rate[], unit: string) =>
  `${median(rs.map((r) => r.perSecond)).toFixed(0)} ${unit}/s (runs: ${rs.map(rate).join(', ')}), ` +
  `p50 ${ms(median(rs.map((r) => r.p50)))} ms, p99 ${ms(median(rs.map((r) => r.p99)))} ms`;

/** The engine's own ceiling for one run: the registering transaction straight in SQL. */
interface Ceiling {
  /** From this process (pg over 32 connections; PGlite in-process), bare tables (primary keys only). */
  bare: Rate;
  /** The same with every index of the real tables. */
  indexed: Rate;
  /** pgbench itself, bare tables, when installed (PostgreSQL only). */
  pgbench: number | null;
}

/**
 * A caller's number: each request its own, except one in ten from a caller who called before
 * (12345's repeat calls are a minority; with one number for all, every ticket would be a repeat
 * and get a repeat_flagged step from the listener — work a real peak does not have).
 */
let callers = 0;
const callerPhone = () => {
  const n = callers++; // over every run and engine of this bench: a new number is new to the database
  return `138${String(n % 10 === 9 ? n - 9 : n).padStart(8, '0')}`;
};
const ticketBody = () => ({ channel: 'phone', type: 'complaint', ...matter(), caller: { name: '张三', phone: callerPhone() } });

async function benchEngine(name: string, env: Record<string, string>, creds: Creds, ceilingOf: (run: number) => Promise<Ceiling>) {
  const ceilings: Ceiling[] = [];
  const reg: Rate[] = [];
  const both: Rate[] = [];
  const steps: Record<'dispatch' | 'accept' | 'reply' | 'callback', Rate[]> = { dispatch: [], accept: [], reply: [], callback: [] };
  // PGlite's folder is owned by one process: its ceiling runs before the server starts.
  let early: Ceiling[] | null = null;
  if (env.HOTLINE_DATA && opts.only !== 'peak') {
    early = [];
    for (let r = 0; r < RUNS; r++) early.push(await ceilingOf(r));
  }
  const port = await freePort();
  const server = await startServer(env, port);
  const http = client(`http://127.0.0.1:${port}`, CONCURRENCY);
  try {
    await new Promise((r) => setTimeout(r, 2000));
    const idle = residentMemory(server.pid!);
    const agent = await login(http, 'agent', creds.agent);
    const dispatcher = await login(http, 'dispatcher', creds.dispatcher);
    const handler = await login(http, 'unit-shj', creds.handler);
    const callback = await login(http, 'callback', creds.callback);
    const as = (token: string) => ({ authorization: `Bearer ${token}` });
    const register = async (i: number) => {
      const res = await http.post('/api/v1/tickets', ticketBody(), { ...as(agent), 'idempotency-key': `bench-${name}-${Date.now()}-${i}-${Math.random()}` });
      if (res.status !== 201) throw new Error(`register: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body.id as number;
    };
    const step = (token: string, kind: string, body: (i: number) => unknown) => async (id: number, i: number) => {
      const res = await http.post(`/api/v1/tickets/${id}/${kind}`, body(i), as(token));
      if (res.status !== 200) throw new Error(`${kind}: ${res.status} ${JSON.stringify(res.body)}`);
    };
    const STEPS = {
      dispatch: step(dispatcher, 'dispatch', () => ({ unitId: creds.unitId })),
      accept: step(handler, 'accept', () => ({})),
      reply: step(handler, 'reply', () => ({ content: '经查，该工地已被责令停止夜间施工，并处罚款。' })),
      callback: step(callback, 'callback', () => ({ reached: true, resolved: true, satisfaction: 'satisfied' })),
    };
    // Warm up the JIT and the connection pool.
    await load(200, CONCURRENCY, async (i) => void (await register(i)));
    const stepN = Math.floor(REQUESTS / 2);
    for (let run = 0; run < (opts.only === 'peak' ? 0 : RUNS); run++) {
      ceilings.push(early ? early[run] : await ceilingOf(run));
      reg.push(await load(REQUESTS, CONCURRENCY, async (i) => void (await register(i))));
      // Register and dispatch: the dispatch computes accept and handling deadlines on the calendar.
      both.push(
        await load(stepN, CONCURRENCY, async (i) => {
          const id = await register(i);
          await STEPS.dispatch(id, i);
        }),
      );
      // Each step alone, on tickets registered beforehand (untimed).
      const ids: number[] = new Array(stepN);
      await load(stepN, CONCURRENCY, async (i) => void (ids[i] = await register(i)));
      for (const kind of ['dispatch', 'accept', 'reply', 'callback'] as const) {
        steps[kind].push(await load(stepN, CONCURRENCY, (i) => STEPS[kind](ids[i], i)));
      }
    }
    if (ceilings.length) report();
    function report() {
    const ceil = median(ceilings.map((c) => c.bare.perSecond));
    const regRate = median(reg.map((r) => r.perSecond));
    const ratios = reg.map((r, i) => r.perSecond / ceilings[i].bare.perSecond);
    const bench = ceilings.map((c) => c.pgbench).filter((x): x is number => x != null);
    const where = env.HOTLINE_DATA ? 'PGlite in-process, the same statement, before the server started' : `pg from this process, ${CONCURRENCY} connections, right before each HTTP run`;
    console.log(
      `[${name}] ceiling: the registering transaction (ticket row + first event) straight in SQL (${where}): ${ceil.toFixed(0)} tx/s (runs: ${ceilings.map((c) => rate(c.bare)).join(', ')}); ` +
        `with the real tables' indexes ${median(ceilings.map((c) => c.indexed.perSecond)).toFixed(0)} tx/s` +
        (bench.length ? `; pgbench (C client, prepared) ${median(bench).toFixed(0)} tx/s (runs: ${bench.map((b) => b.toFixed(0)).join(', ')})` : ''),
    );
    console.log(`[${name}] register via HTTP, ${REQUESTS} requests × ${RUNS} runs, ${CONCURRENCY} in flight: ${fmt(reg, 'tickets')}`);
    console.log(
      `[${name}] register / ceiling (same run): median ${(100 * median(ratios)).toFixed(0)} % (runs: ${ratios.map((x) => (100 * x).toFixed(0)).join(', ')} %)` +
        (bench.length ? `; / pgbench ${((100 * regRate) / median(bench)).toFixed(0)} %` : '') +
        `; load average ${loadAvg()}`,
    );
    console.log(`[${name}] register + dispatch (deadlines), ${stepN} pairs × ${RUNS} runs: ${fmt(both, 'pairs')}`);
    for (const kind of ['dispatch', 'accept', 'reply', 'callback'] as const) {
      console.log(`[${name}] step ${kind} via HTTP, ${stepN} × ${RUNS} runs, ${CONCURRENCY} in flight: ${fmt(steps[kind], 'steps')} (${(median(steps[kind].map((r) => r.perSecond)) / ceil).toFixed(2)} × ceiling)`);
    }
    }
    if (PEAK_SCALE > 0) {
      const supervisor = await login(http, 'supervisor', creds.supervisor);
      const peak = await peakDay(http, `http://127.0.0.1:${port}`, { agent, dispatcher, handler, callback, supervisor }, {
        scale: PEAK_SCALE,
        speed: Number(opts['peak-speed']),
        subscribers: Number(opts['peak-subscribers']),
        unitId: creds.unitId,
        label: name,
        body: ticketBody,
      });
      console.log(
        `[${name}] peak day: ${peak.contacts.toLocaleString('en')} of ${DAY_CONTACTS.toLocaleString('en')} contacts, surge hour (4× the mean hour) at ${opts['peak-speed']}× its real rate, ` +
          `replayed in ${peak.seconds.toFixed(0)} s with ${peak.subscribers} live subscribers (load average ${loadAvg()}); unit subscribers' stray updates: ${peak.strayUnitEvents}`,
      );
      for (const [kind, k] of Object.entries(peak.kinds)) {
        console.log(
          `[${name}]   ${kind.padEnd(9)} ${String(k.count).padStart(6)} (${k.errors} errors), ${k.perSecond.toFixed(1)}/s over the replay` +
            (kind === 'live' ? ' (updates heard by the subscribers, timed from the step sent)' : `, ${k.surgePerSecond.toFixed(1)}/s in the surge hour`) + '; ' +
            `p50 ${ms(k.p50)} ms, p99 ${ms(k.p99)} ms${k.p99 > 100 ? ' (over 100 ms)' : ''}`,
        );
      }
    }
    const after = residentMemory(server.pid!);
    console.log(`[${name}] server memory: idle after start ${idle.rss.toFixed(0)} MB resident; after the load ${after.rss.toFixed(0)} MB (peak ${after.hwm.toFixed(0)} MB)`);
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
    const ceilingOf = async (): Promise<Ceiling> => {
      const database = await openDatabase({ dataDir: dir });
      try {
        await createCeilingTables(database.db, false);
        const bare = await kyselyCeiling(database.db, REQUESTS, CONCURRENCY, creds.agentId);
        await createCeilingTables(database.db, true);
        const indexed = await kyselyCeiling(database.db, REQUESTS, CONCURRENCY, creds.agentId);
        await dropCeilingTables(database.db);
        return { bare, indexed, pgbench: null };
      } finally {
        await database.close();
      }
    };
    await benchEngine('pglite', { HOTLINE_DATA: dir, DATABASE_URL: '' }, creds, ceilingOf);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function postgres() {
  const scratch = await scratchDatabase(process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test', 'postgres');
  if (!scratch) return;
  try {
    const creds = await prepare(await openDatabase({ url: scratch.url }));
    const ceilingOf = async (): Promise<Ceiling> => {
      const database = await openDatabase({ url: scratch.url, poolSize: 1 });
      try {
        await createCeilingTables(database.db, false);
        const bare = await pgCeiling(scratch.url, REQUESTS, CONCURRENCY, creds.agentId);
        const pgbench = await pgbenchCeiling(scratch.url, 3, CONCURRENCY, creds.agentId);
        await createCeilingTables(database.db, true);
        const indexed = await pgCeiling(scratch.url, REQUESTS, CONCURRENCY, creds.agentId);
        await dropCeilingTables(database.db);
        return { bare, indexed, pgbench };
      } finally {
        await database.close();
      }
    };
    await benchEngine('postgres', { DATABASE_URL: scratch.url }, creds, ceilingOf);
  } finally {
    await scratch.admin.query(`DROP DATABASE IF EXISTS ${scratch.name} WITH (FORCE)`);
    await scratch.admin.end();
  }
}

console.log(`hotline bench — ${os.cpus().length} cores, node ${process.version}, ${new Date().toISOString()}`);
if (opts.only === 'all' || opts.only === 'register' || opts.only === 'peak') {
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
