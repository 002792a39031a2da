// The call floor on PostgreSQL (issue 16): how many call events a server ingests per second
// through the real route (POST /api/v1/telephony/calls/{id}/events with a telephony key), as a
// share of what the same PostgreSQL server commits per second for the same work done straight in
// SQL (its ceiling on this machine, measured in the same run); and the floor's figures over a
// year of calls (10 million by default, generated in the database with generate_series), timed
// as GET /api/v1/calls/measures runs them (refresh of the rollup included).
//
//   node --import tsx bench/calls.ts                              ingest, then 10,000,000 calls
//   node --import tsx bench/calls.ts --calls 1000000 --runs 10
//   node --import tsx bench/calls.ts --only ingest                (or --only measures)
//
// The server is BENCH_DATABASE_URL or DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test;
// scratch databases are created on it and dropped at the end.

import type { ChildProcess } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import { Pool } from 'undici';
import { callMeasures, callMeasuresBreakdown } from '../src/app/call-measures.js';
import { createContext } from '../src/app/context.js';
import { shanghaiDate } from '../src/domain/calendar.js';
import { loadDemoData } from '../src/demo/load.js';
import { createApiKey } from '../src/store/apikeys.js';
import { openDatabase } from '../src/store/db.js';
import { migrateToLatest } from '../src/store/migrations.js';
import { seedReferenceData } from '../src/store/reference.js';
import type { DB } from '../src/store/schema.js';
import { freePort } from '../test/process.js';
import { drive, load, ms, percentile, scratchDatabase, secs, timeIt, startServer } from './common.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DAY_MS = 86_400_000;

const fmt = (r: Awaited<ReturnType<typeof timeIt>>, runs: number) =>
  `p50 ${ms(r.p50)} ms, p95 ${ms(r.p95)} ms (${runs} runs; node CPU p50 ${ms(r.cpu)} ms)`;


/** The life of a call as three events: queued, answered by an agent, ended. */
const STATES = ['queued', 'answered', 'ended'] as const;

/**
 * Call events through HTTP, and the same server's ceiling: each event as one transaction that
 * locks the call's row, writes it and commits (what recordCallEvent does at its core), straight
 * over the PostgreSQL protocol from as many connections as the HTTP run has requests in flight.
 */
export async function benchCallIngest(url: string, opts: { calls: number; concurrency: number; runs: number }): Promise<void> {
  const scratch = await scratchDatabase(url, 'ingest');
  if (!scratch) return;
  const { admin, name } = scratch;
  let server: ChildProcess | null = null;
  try {
    const database = await openDatabase({ url: scratch.url, poolSize: 2 });
    await migrateToLatest(database.db);
    await seedReferenceData(database.db);
    await loadDemoData(database.db, { tickets: 0 });
    const { key } = await createApiKey(database.db, { name: 'bench 呼叫中心', scope: 'telephony', perMinute: 100_000 });
    await database.close();

    const port = await freePort();
    server = await startServer({ DATABASE_URL: scratch.url }, port);
    const http = new Pool(`http://127.0.0.1:${port}`, { connections: opts.concurrency });
    const agents = ['agent', 'agent2', 'agent3', 'agent4', 'agent5'];
    const start = Date.now() - 3600_000;
    const post = async (run: string, i: number) => {
      const call = Math.floor(i / 3);
      const state = STATES[i % 3];
      // Spread the three events of a call over the run so that concurrent requests touch different calls.
      const body = {
        state,
        ...(state === 'queued' ? { caller: `139${String(call).padStart(8, '0')}`, line: '12345' } : {}),
        ...(state === 'answered' ? { agentUsername: agents[call % agents.length] } : {}),
        at: new Date(start + call * 1000 + (i % 3) * 10_000).toISOString(),
      };
      const res = await http.request({
        method: 'POST',
        path: `/api/v1/telephony/calls/${run}-${call}/events`,
        headers: { 'content-type': 'application/json', 'x-api-key': key },
        body: JSON.stringify(body),
      });
      const text = await res.body.text();
      if (res.statusCode !== 200) throw new Error(`event: ${res.statusCode} ${text}`);
    };
    // Events in order per call: queued of call c before answered of c … the index walks calls in thirds.
    const order = (n: number) => (i: number) => (i % n) * 3 + Math.floor(i / n);
    const events = opts.calls * 3;
    // Warm up (the JIT, the pool, PostgreSQL's caches): a run of its own, not counted.
    await drive(3000, opts.concurrency, (i) => post('warm', (i % 1000) * 3 + Math.floor(i / 1000)));
    const viaHttp: Awaited<ReturnType<typeof drive>>[] = [];
    for (let r = 0; r < opts.runs; r++) {
      const o = order(opts.calls);
      viaHttp.push(await drive(events, opts.concurrency, (i) => post(`r${r}`, o(i))));
    }
    await http.close();

    // The ceiling: the same number of row-locking, single-row write transactions, straight in SQL.
    const pool = new pg.Pool({ connectionString: scratch.url, max: opts.concurrency });
    const ceiling: Awaited<ReturnType<typeof drive>>[] = [];
    for (let r = 0; r < opts.runs; r++) {
      const o = order(opts.calls);
      ceiling.push(
        await drive(events, opts.concurrency, async (j) => {
          const i = o(j);
          const id = `sql${r}-${Math.floor(i / 3)}`;
          const at = new Date(start + i * 1000);
          const c = await pool.connect();
          try {
            await c.query('BEGIN');
            const prior = await c.query('SELECT state FROM calls WHERE id = $1 FOR UPDATE', [id]);
            if (!prior.rowCount) {
              await c.query(`INSERT INTO calls (id, caller, state, queued_at, line, created_at, updated_at) VALUES ($1, $2, 'queued', $3, '12345', $3, $3)`, [id, '13900000000', at]);
            } else {
              await c.query(`UPDATE calls SET state = $2, answered_at = coalesce(answered_at, $3), updated_at = $3 WHERE id = $1`, [id, STATES[i % 3], at]);
            }
            await c.query('COMMIT');
          } finally {
            c.release();
          }
        }),
      );
    }
    await pool.end();
    const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const httpRate = med(viaHttp.map((r) => r.perSecond));
    const sqlRate = med(ceiling.map((r) => r.perSecond));
    console.log(
      `[calls] ingest via HTTP, ${events.toLocaleString('en')} events (${opts.calls.toLocaleString('en')} calls × queued/answered/ended) × ${opts.runs} runs, ${opts.concurrency} in flight: ` +
        `${httpRate.toFixed(0)} events/s (runs: ${viaHttp.map((r) => r.perSecond.toFixed(0)).join(', ')}), p50 ${ms(med(viaHttp.map((r) => r.p50)))} ms, p99 ${ms(med(viaHttp.map((r) => r.p99)))} ms`,
    );
    console.log(
      `[calls] PostgreSQL's ceiling for the same writes straight in SQL (lock the row, write it, commit; ${opts.concurrency} connections): ${sqlRate.toFixed(0)} events/s ` +
        `(runs: ${ceiling.map((r) => r.perSecond.toFixed(0)).join(', ')}); HTTP reaches ${((100 * httpRate) / sqlRate).toFixed(0)} % of it; ` +
        `${httpRate >= 1000 ? 'meets' : 'MISSES'} the 1,000 events/s target (load average ${load()})`,
    );
  } finally {
    if (server) {
      server.kill('SIGTERM');
      await new Promise((r) => server!.once('exit', r));
    }
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

/** Rows per INSERT statement: bounded work each. */
const CHUNK = 1_000_000;

/**
 * A year of calls before asOf, straight into calls: ~88 % answered after an exponential wait
 * (mean 8 s) by one of the agents, talking 1–8 minutes, after-call work 10–70 s (90 % reported);
 * the rest abandoned after up to 2 minutes; busier by day than by night; 3 % withheld numbers.
 */
async function insertCalls(conn: Kysely<DB>, lo: number, hi: number, total: number, asOf: Date, agents: number[], lines: string[]) {
  await sql`
    INSERT INTO calls (id, caller, agent_user_id, extension, state, queued_at, line, ringing_at, answered_at, ended_at, created_at, updated_at, wrap_up_seconds)
    SELECT 'bench-' || i, caller, CASE WHEN answered THEN agent END, NULL, 'ended', start, line,
      CASE WHEN answered THEN start + (wait - 2) * interval '1 second' END,
      CASE WHEN answered THEN start + wait * interval '1 second' END,
      start + (wait + CASE WHEN answered THEN talk ELSE 0 END) * interval '1 second',
      start, start + (wait + CASE WHEN answered THEN talk ELSE 0 END) * interval '1 second',
      CASE WHEN answered AND r_wrap < 0.9 THEN 10 + floor(r_wrap * 66)::int END
    FROM (
      SELECT i, start,
        r_out < 0.88 AS answered,
        CASE WHEN r_out < 0.88 THEN least(300, greatest(2, round(-ln(1 - r_wait) * 8))) ELSE round(1 + r_wait * 120) END AS wait,
        60 + floor(r_talk * 420) AS talk,
        CASE WHEN r_caller < 0.03 THEN NULL ELSE '1' || (ARRAY['38','39','58','77','86','35'])[1 + floor(r_caller * 6)::int] || lpad(floor(r_num * 1e8)::bigint::text, 8, '0') END AS caller,
        (${agents}::int[])[1 + floor(r_agent * ${agents.length})::int] AS agent,
        (${lines}::text[])[1 + floor(power(r_line, 3) * ${lines.length})::int] AS line,
        r_wrap
      FROM (
        SELECT i,
          -- The day by i, the time of day weighted to 08:00–20:00 (two thirds of the calls).
          date_trunc('day', ${asOf}::timestamptz - ((${total}::float8 - i) / ${total}::float8) * interval '365 days', 'Asia/Shanghai')
            + CASE WHEN random() < 0.67 THEN interval '8 hours' + random() * interval '12 hours' ELSE random() * interval '24 hours' END AS start,
          random() AS r_out, random() AS r_wait, random() AS r_talk, random() AS r_caller, random() AS r_num, random() AS r_agent, random() AS r_line, random() AS r_wrap
        FROM generate_series(${lo}::int, ${hi}::int) AS i
        OFFSET 0
      ) a
      WHERE start < ${asOf}::timestamptz
      OFFSET 0
    ) b`.execute(conn);
}

export async function benchCallMeasures(url: string, opts: { calls: number; runs: number }): Promise<void> {
  const started = performance.now();
  const scratch = await scratchDatabase(url, 'callmeasures');
  if (!scratch) return;
  const { admin, name } = scratch;
  const database = await openDatabase({ url: scratch.url, poolSize: 4 });
  const { db } = database;
  try {
    await migrateToLatest(db);
    await seedReferenceData(db);
    await loadDemoData(db, { tickets: 0 });
    const { rows: ver } = await sql<{ server_version: string }>`SHOW server_version`.execute(db);
    console.log(`[calls] PostgreSQL ${ver[0].server_version}, scratch database ${name}, load average ${load()}`);
    // A floor of 150 agents.
    await sql`INSERT INTO users (username, display_name, password_hash, role) SELECT 'bench-agent-' || g, '坐席 ' || g, 'x', 'agent' FROM generate_series(1, 150) g`.execute(db);
    const agents = (await db.selectFrom('users').select('id').where('role', '=', 'agent').execute()).map((u) => u.id);
    const lines = ['12345', ...(await db.selectFrom('lines').select('number').execute()).map((l) => l.number).filter((n) => n !== '12345')];

    const asOf = new Date(Date.now() - 5 * 60_000);
    let t0 = performance.now();
    let triggers = 'on';
    await db.connection().execute(async (conn) => {
      await sql`SELECT setseed(0.16)`.execute(conn);
      // Foreign keys and the stale-day triggers off while loading (nothing is rolled up yet); needs a superuser.
      try {
        await sql`SET session_replication_role = replica`.execute(conn);
        triggers = 'off';
      } catch {
        /* not a superuser */
      }
      try {
        for (let lo = 1; lo <= opts.calls; lo += CHUNK) await insertCalls(conn, lo, Math.min(opts.calls, lo + CHUNK - 1), opts.calls, asOf, agents, lines);
        // Every abandoned call from a known number is a missed-call task: most got through later or
        // joined an earlier one; the rest were called back (reached or not), mostly in time, or are open.
        await sql`
          INSERT INTO missed_calls (call_id, phone, line, missed_at, due_by, state, attempts, closed_at)
          SELECT id, caller, line, ended_at, ended_at + interval '2 hours',
            CASE WHEN r < 0.35 THEN 'superseded' WHEN r < 0.45 THEN 'joined' WHEN r < 0.85 THEN 'reached' WHEN r < 0.95 THEN 'unreachable' ELSE 'open' END,
            CASE WHEN r >= 0.45 AND r < 0.95 THEN 1 ELSE 0 END,
            CASE WHEN r < 0.95 THEN ended_at + r * interval '3 hours' END
          FROM (SELECT id, caller, line, ended_at, random() AS r FROM calls WHERE id LIKE 'bench-%' AND answered_at IS NULL AND caller IS NOT NULL) m`.execute(conn);
        await sql`
          INSERT INTO missed_call_attempts (call_id, user_id, outcome, at)
          SELECT call_id, ${agents[0]}, CASE WHEN state = 'reached' THEN 'reached' ELSE 'unreachable' END, closed_at
          FROM missed_calls WHERE call_id LIKE 'bench-%' AND state IN ('reached', 'unreachable')`.execute(conn);
      } finally {
        await sql`RESET session_replication_role`.execute(conn);
      }
    });
    const genSeconds = secs(t0);
    t0 = performance.now();
    await sql`VACUUM (ANALYZE) calls, missed_calls, missed_call_attempts`.execute(db);
    const { rows: counts } = await sql<{ calls: number; missed: number; size: string }>`
      SELECT (SELECT count(*)::int FROM calls) AS calls, (SELECT count(*)::int FROM missed_calls) AS missed,
        pg_size_pretty(pg_total_relation_size('calls')) AS size`.execute(db);
    console.log(
      `[calls] generated ${counts[0].calls.toLocaleString('en')} calls and ${counts[0].missed.toLocaleString('en')} missed-call tasks in ${genSeconds.toFixed(1)} s ` +
        `(triggers and foreign keys ${triggers} while loading), VACUUM ANALYZE ${secs(t0).toFixed(1)} s; calls with indexes ${counts[0].size}`,
    );

    const now = new Date();
    const ctx = createContext(database, { now: () => now });
    // The first read builds the rollup of every complete day: what an upgrade pays once.
    t0 = performance.now();
    const first = await callMeasures(ctx, { from: shanghaiDate(asOf), to: shanghaiDate(now) });
    const { rows: rolled } = await sql<{ n: number; days: number }>`SELECT count(*)::int AS n, count(DISTINCT day)::int AS days FROM call_rollups`.execute(db);
    console.log(`[calls] first read builds the rollup: ${rolled[0].n.toLocaleString('en')} rows for ${rolled[0].days} days in ${secs(t0).toFixed(1)} s (today's ${first.measures.offered.toLocaleString('en')} calls)`);
    await sql`ANALYZE call_rollups`.execute(db);

    const today = shanghaiDate(now);
    const yearAgo = shanghaiDate(new Date(now.getTime() - 365 * DAY_MS));
    const monthAgo = shanghaiDate(new Date(now.getTime() - 29 * DAY_MS));
    const worst: number[] = [];
    const year = await timeIt(opts.runs, () => callMeasures(ctx, { from: yearAgo, to: today }));
    worst.push(year.p95);
    console.log(`[calls] GET /calls/measures, the year (${yearAgo}..${today}): ${fmt(year, opts.runs)}`);
    const m = (await callMeasures(ctx, { from: yearAgo, to: today })).measures;
    const pct = (r: number | null) => (r == null ? '–' : `${(100 * r).toFixed(1)}%`);
    console.log(
      `[calls] the year: offered ${m.offered.toLocaleString('en')}, 接通率 ${pct(m.answerRate.rate)}, 人工应答及时率 ${pct(m.withinRate.rate)}, ` +
        `average wait ${m.averageWaitSeconds} s, p90 ${m.p90WaitSeconds} s, talk ${m.averageTalkSeconds} s, after-call ${m.averageWrapUpSeconds} s, 回拨率 ${pct(m.callbackRate.rate)}, 按时 ${pct(m.callbackOnTimeRate.rate)}`,
    );
    const month = await timeIt(opts.runs, () => callMeasures(ctx, { from: monthAgo, to: today }));
    console.log(`[calls] GET /calls/measures, 30 days: ${fmt(month, opts.runs)}`);
    worst.push(month.p95);
    for (const by of ['day', 'hour', 'line', 'agent'] as const) {
      let items = 0;
      const r = await timeIt(opts.runs, async () => (items = (await callMeasuresBreakdown(ctx, { from: yearAgo, to: today, by })).items.length));
      console.log(`[calls] breakdown by=${by}, the year (${items} items): ${fmt(r, opts.runs)}`);
    }
    const todayOnly = await timeIt(opts.runs, () => callMeasures(ctx, { from: today, to: today }));
    console.log(`[calls] GET /calls/measures, today only (from the calls): ${fmt(todayOnly, opts.runs)}`);

    // A late event for a day months ago marks it stale; the next read rebuilds that day.
    const heavy = Math.max(3, Math.min(opts.runs, 10));
    const late = await timeIt(
      heavy,
      () => callMeasures(ctx, { from: yearAgo, to: today }),
      async () => {
        const { rows } = await sql<{ id: string }>`
          SELECT id FROM calls WHERE started_at >= ${new Date(now.getTime() - 100 * DAY_MS)} ORDER BY started_at LIMIT 1`.execute(db);
        await sql`UPDATE calls SET wrap_up_seconds = coalesce(wrap_up_seconds, 0) + 1, updated_at = now() WHERE id = ${rows[0].id}`.execute(db);
      },
    );
    console.log(`[calls] GET /calls/measures, the year, after a late change to a call of 100 days ago (that day rebuilt first): ${fmt(late, heavy)}`);

    const slowest = Math.max(...worst);
    console.log(
      `[calls] total ${secs(started).toFixed(0)} s, load average ${load()}; slowest floor measures p95 ${ms(slowest)} ms (refresh included): ` +
        `${slowest <= 300 ? 'within' : 'MISSES'} the 300 ms target at ${counts[0].calls.toLocaleString('en')} calls`,
    );
  } finally {
    await database.close();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({
    options: {
      calls: { type: 'string', default: '10000000' },
      runs: { type: 'string', default: '20' },
      'ingest-calls': { type: 'string', default: '2000' },
      concurrency: { type: 'string', default: '32' },
      only: { type: 'string', default: 'all' },
    },
  });
  const url = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  console.log(`hotline bench: calls — ${os.cpus().length} cores, node ${process.version}, ${new Date().toISOString()}`);
  if (values.only !== 'measures') await benchCallIngest(url, { calls: Number(values['ingest-calls']), concurrency: Number(values.concurrency), runs: 3 });
  if (values.only !== 'ingest') await benchCallMeasures(url, { calls: Number(values.calls), runs: Number(values.runs) });
}
