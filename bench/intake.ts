// Intake and the steps against the database's own speed (issue 20): what the engine itself
// commits per second for the registering transaction (its ceiling, measured in the same run right
// before the HTTP load, so a busy machine lowers both and the ratio stays honest), each step's
// throughput through HTTP, a compressed peak day, and the server's resident memory.

import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { CompiledQuery, sql, type Kysely } from 'kysely';
import pg from 'pg';
import type { DB } from '../src/store/schema.js';
import { drive } from './common.js';

const run = promisify(execFile);

/** A ticket's text as the HTTP bench registers it (what the ceiling's rows carry too). */
const CONTENT = '江北区望江街道滨江路工地夜间施工噪音扰民，凌晨一点还在作业，严重影响休息。';

/**
 * Scratch tables shaped like tickets and ticket_events (the same columns and defaults), with a
 * primary key only — the bare cost of committing a ticket-sized row and its first event — or,
 * with `indexed`, every index and constraint of the real tables (LIKE … INCLUDING ALL), to show
 * what the indexes cost.
 */
export async function createCeilingTables(db: Kysely<DB>, indexed: boolean): Promise<void> {
  await dropCeilingTables(db);
  const like = indexed ? 'INCLUDING ALL' : 'INCLUDING DEFAULTS';
  await sql.raw(`CREATE SEQUENCE bench_ceiling_seq`).execute(db);
  await sql.raw(`CREATE TABLE bench_ceiling_tickets (LIKE tickets ${like})`).execute(db);
  await sql.raw(`CREATE TABLE bench_ceiling_events (LIKE ticket_events ${like})`).execute(db);
  if (!indexed) {
    await sql.raw(`ALTER TABLE bench_ceiling_tickets ADD PRIMARY KEY (id)`).execute(db);
    await sql.raw(`ALTER TABLE bench_ceiling_events ADD PRIMARY KEY (id)`).execute(db);
  }
}

export async function dropCeilingTables(db: Kysely<DB>): Promise<void> {
  await sql.raw(`DROP TABLE IF EXISTS bench_ceiling_events, bench_ceiling_tickets; DROP SEQUENCE IF EXISTS bench_ceiling_seq`).execute(db);
}

/**
 * The registering transaction in one statement, as registerTicket sends it (store/tickets.ts):
 * the id from a sequence, the ticket row with its search document, the first event row.
 * $1 actor, $2 the instant, $3 the payload.
 */
export const CEILING_STATEMENT = `
WITH n AS (SELECT nextval('bench_ceiling_seq')::int AS id),
t AS (
  INSERT INTO bench_ceiling_tickets (id, number, status, channel, line, type, priority, title, content, caller_name,
    caller_phone, address, confidential, public_consent, category_id, district_id, centre_id, created_by, created_at, updated_at, version, search)
  SELECT id, '20261207' || lpad(id::text, 7, '0'), 'registered', 'phone', '12345', 'complaint', 'normal',
    '工地夜间施工噪音扰民', '${CONTENT}', '张三', '13812345678', '江北区望江街道', false, false, null, null, null,
    $1::int, $2::timestamptz, $2::timestamptz, 1,
    to_tsvector('simple', '工地 夜间 施工 噪音 扰民 江北区 望江 街道 滨江路 凌晨 作业 严重 影响 休息')
  FROM n RETURNING id, number
),
e AS (
  INSERT INTO bench_ceiling_events (ticket_id, seq, type, actor_id, at, payload, units)
  SELECT id, 1, 'registered', $1::int, $2::timestamptz, $3::jsonb || jsonb_build_object('number', number), '{}' FROM t
)
SELECT id FROM t`;

const PAYLOAD = JSON.stringify({ channel: 'phone', line: '12345', type: 'complaint', priority: 'normal', title: '工地夜间施工噪音扰民', content: CONTENT, callerName: '张三', callerPhone: '13812345678', address: '江北区望江街道' });

export interface Rate {
  perSecond: number;
  p50: number;
  p99: number;
}

/**
 * PostgreSQL's ceiling from this process: `n` registering transactions (autocommit, a prepared
 * statement) from `connections` connections of `pg`, as pgbench would run them.
 */
export async function pgCeiling(url: string, n: number, connections: number, actorId: number): Promise<Rate> {
  const pool = new pg.Pool({ connectionString: url, max: connections });
  try {
    // Open the connections before the clock starts.
    await Promise.all(Array.from({ length: connections }, async () => (await pool.connect()).release()));
    return await drive(n, connections, async () => {
      await pool.query({ name: 'bench_ceiling', text: CEILING_STATEMENT, values: [actorId, new Date(), PAYLOAD] });
    });
  } finally {
    await pool.end();
  }
}

/** The same transaction through pgbench itself (a C client, prepared statements), when installed: transactions per second. */
export async function pgbenchCeiling(url: string, seconds: number, clients: number, actorId: number): Promise<number | null> {
  const script = path.join(os.tmpdir(), `hotline-ceiling-${process.pid}.sql`);
  fs.writeFileSync(
    script,
    CEILING_STATEMENT.replace(/\s*\n\s*/g, ' ')
      .replaceAll('$1', String(actorId))
      .replaceAll('$2', 'now()')
      .replaceAll('$3', `'${PAYLOAD}'`) + ';\n',
  );
  try {
    const { stdout } = await run('pgbench', ['-n', '-M', 'prepared', '-c', String(clients), '-j', '2', '-T', String(seconds), '-f', script, url], { env: { ...process.env, PGAPPNAME: 'hotline-bench' } });
    const m = /tps = ([\d.]+)/.exec(stdout);
    return m ? Number(m[1]) : null;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  } finally {
    fs.rmSync(script, { force: true });
  }
}

/** The embedded engine's ceiling: the same statement on PGlite in this process, `inFlight` queued at once. */
export async function kyselyCeiling(db: Kysely<DB>, n: number, inFlight: number, actorId: number): Promise<Rate> {
  return drive(n, inFlight, async () => {
    await db.executeQuery(CompiledQuery.raw(CEILING_STATEMENT, [actorId, new Date(), PAYLOAD]));
  });
}

/** The kernel's view of a process's memory: resident now and its peak, in MB. */
export function residentMemory(pid: number): { rss: number; hwm: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rss: kb('VmRSS') / 1024, hwm: kb('VmHWM') / 1024 };
}
