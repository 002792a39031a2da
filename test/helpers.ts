// Test fixtures: a fresh database per test file (a copy of the migrated PGlite template, or a
// new database on the PostgreSQL server named by DATABASE_URL), a small city of our own,
// and an app driven through fastify.inject.

import { sql } from 'kysely';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/api/app.js';
import type { AppContext } from '../src/app/context.js';
import type { Role } from '../src/domain/ticket-types.js';
import { openDatabase, type Database } from '../src/store/db.js';
import { migrateToLatest } from '../src/store/migrations.js';
import { seedReferenceData } from '../src/store/reference.js';
import { createUser } from '../src/store/users.js';

/** A new empty database on the PostgreSQL server at serverUrl: its URL, and drop() (which ends its connections). */
export async function serverDatabase(serverUrl: string, prefix: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `${prefix}_${process.pid}_${crypto.randomBytes(4).toString('hex')}`;
  const onServer = async (statement: string) => {
    const c = new pg.Client({ connectionString: serverUrl });
    await c.connect();
    try {
      await c.query(statement);
    } finally {
      await c.end();
    }
  };
  await onServer(`CREATE DATABASE ${name}`);
  const u = new URL(serverUrl);
  u.pathname = `/${name}`;
  return { url: u.toString(), drop: () => onServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

/** A database of its own for one test file; close() removes it. */
export async function testDatabase(): Promise<Database> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const scratch = await serverDatabase(url, 'hotline_t');
    const database = await openDatabase({ url: scratch.url, poolSize: 8 });
    await migrateToLatest(database.db);
    await seedReferenceData(database.db);
    return {
      ...database,
      close: async () => {
        await database.close();
        await scratch.drop();
      },
    };
  }
  const template = inject('pgliteTemplate');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hotline-test-'));
  fs.cpSync(path.join(template, 'pgdata'), path.join(dir, 'pgdata'), { recursive: true });
  const database = await openDatabase({ dataDir: dir });
  return {
    ...database,
    close: async () => {
      await database.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const PASSWORD = 'correct horse battery';

/** 'YYYY-MM-DD HH:MM[:SS]' in Asia/Shanghai → the instant. */
export const local = (s: string): Date => new Date(`${s.replace(' ', 'T')}${s.length === 16 ? ':00' : ''}+08:00`);

export interface Fixture {
  units: Record<string, number>;
  categories: Record<string, number>;
}

/** A small city: a centre, two departments, a district with two streets; a 3-level category tree. */
export async function seedCity(database: Database): Promise<Fixture> {
  const db = database.db;
  const units: Record<string, number> = {};
  const addUnit = async (code: string, name: string, kind: string, parent?: string) => {
    const row = await db
      .insertInto('units')
      .values({ code, name, kind, parent_id: parent ? units[parent] : null })
      .returning('id')
      .executeTakeFirstOrThrow();
    units[code] = row.id;
  };
  await addUnit('CENTER', '测试市热线中心', 'center');
  await addUnit('ENV', '测试市生态环境局', 'department', 'CENTER');
  await addUnit('HR', '测试市人社局', 'department', 'CENTER');
  await addUnit('DIST', '东城区', 'district', 'CENTER');
  await addUnit('DIST-1', '东门街道', 'street', 'DIST');
  await addUnit('DIST-2', '西门街道', 'street', 'DIST');
  const categories: Record<string, number> = {};
  const addCat = async (code: string, name: string, level: number, parent?: string, lead?: string) => {
    const row = await db
      .insertInto('categories')
      .values({ code, name, level, parent_id: parent ? categories[parent] : null, lead_unit_id: lead ? units[lead] : null })
      .returning('id')
      .executeTakeFirstOrThrow();
    categories[code] = row.id;
  };
  await addCat('ENV', '环境保护', 1);
  await addCat('ENV-NOISE', '噪声污染', 2, 'ENV');
  await addCat('ENV-NOISE-BUILD', '施工噪声', 3, 'ENV-NOISE', 'ENV');
  await addCat('HR', '劳动保障', 1);
  await addCat('HR-WAGE', '工资待遇', 2, 'HR');
  await addCat('HR-WAGE-UNPAID', '拖欠工资', 3, 'HR-WAGE', 'HR');
  return { units, categories };
}

export const USERS: Record<string, { role: Role; unit?: string }> = {
  admin: { role: 'admin' },
  agent: { role: 'agent' },
  dispatcher: { role: 'dispatcher' },
  callback: { role: 'callback_agent' },
  supervisor: { role: 'supervisor' },
  analyst: { role: 'analyst' },
  qa: { role: 'quality_inspector' },
  env: { role: 'unit_handler', unit: 'ENV' },
  hr: { role: 'unit_handler', unit: 'HR' },
  district: { role: 'unit_handler', unit: 'DIST' },
  street1: { role: 'unit_handler', unit: 'DIST-1' },
  street2: { role: 'unit_handler', unit: 'DIST-2' },
};

export interface TestApp {
  app: FastifyInstance;
  ctx: AppContext;
  database: Database;
  fx: Fixture;
  /** Bearer tokens by fixture user name. */
  tokens: Record<string, string>;
  /** Sets the clock the server uses. */
  setNow(d: Date | null): void;
  call(user: string | null, method: string, url: string, body?: unknown, headers?: Record<string, string>): Promise<{ status: number; body: any; headers: Record<string, unknown> }>;
  /** Runs fn with the server clock at a local Asia/Shanghai time ('2026-03-02 09:00'). */
  at<T>(when: string, fn: () => Promise<T>): Promise<T>;
  /** A lifecycle step at a local time, which must succeed; returns the ticket after it. */
  stepAt(when: string, user: string, id: number, name: string, body?: unknown): Promise<any>;
  close(): Promise<void>;
}

export async function testApp(): Promise<TestApp> {
  const database = await testDatabase();
  const fx = await seedCity(database);
  await Promise.all(
    Object.entries(USERS).map(([username, u]) =>
      createUser(database.db, { username, password: PASSWORD, role: u.role, unitId: u.unit ? fx.units[u.unit] : null }),
    ),
  );
  let fixedNow: Date | null = null;
  const { app, ctx } = await buildApp({ database, now: () => fixedNow ?? new Date() });
  // Side effects (notifications, SMS and mail to citizens, live updates) are listeners on the
  // committed event stream (src/listeners): in a running server they follow a commit within a
  // moment. Here each request waits for them to catch up — before it is handled (with what a
  // test committed directly, e.g. a timer pass) and before it is answered (with what it
  // committed) — so that a test reads their effects right after the request. (On a PostgreSQL
  // server shared with other work, a writing transaction open anywhere holds them back: the wait
  // is long enough for that.)
  // A browser test's page (Chromium's own requests) waits at most briefly: it learns of side effects
  // live, as in production, and a dashboard's eight requests each held up to a minute behind a
  // busy machine's listeners could not show a live change in time.
  const settleFor = (req: { headers: Record<string, unknown> }) => (/Chrome\//.test(String(req.headers['user-agent'] ?? '')) ? 2_000 : 30_000);
  app.addHook('preHandler', async (req) => ctx.listeners.settle(settleFor(req)));
  app.addHook('onSend', async (req, _reply, payload) => {
    await ctx.listeners.settle(settleFor(req));
    return payload;
  });
  await app.ready();
  const call: TestApp['call'] = async (user, method, url, body, headers = {}) => {
    const res = await app.inject({
      method: method as 'GET',
      url,
      headers: { ...(user ? { authorization: `Bearer ${tokens[user]}` } : {}), ...headers },
      ...(body !== undefined ? { payload: body as object } : {}),
    });
    const text = res.body;
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      /* not JSON */
    }
    return { status: res.statusCode, body: parsed, headers: res.headers };
  };
  const tokens: Record<string, string> = {};
  for (const username of Object.keys(USERS)) {
    const res = await call(null, 'POST', '/api/v1/auth/login', { username, password: PASSWORD });
    if (res.status !== 200) throw new Error(`login ${username}: ${res.status}`);
    tokens[username] = res.body.token;
  }
  const at = async <T>(when: string, fn: () => Promise<T>): Promise<T> => {
    fixedNow = local(when);
    try {
      return await fn();
    } finally {
      fixedNow = null;
    }
  };
  return {
    app,
    ctx,
    database,
    fx,
    tokens,
    setNow: (d) => {
      fixedNow = d;
    },
    call,
    at,
    stepAt: async (when, user, id, name, body = {}) => {
      const res = await at(when, () => call(user, 'POST', `/api/v1/tickets/${id}/${name}`, body));
      if (res.status !== 200) throw new Error(`${name} at ${when}: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body;
    },
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

/**
 * The whole database, to prove that a refused request changed nothing: every table of the schema,
 * read from the catalogue (so a new table is covered without touching this), each as its row
 * count and a digest of its rows in primary-key order (all columns where a table has none).
 * Compare two with toEqual: a difference names the tables that changed.
 *
 * What must change on a refused request, by a rule (a rate limit counts refused requests too; a
 * refused sign-in is audited; a valid key of the wrong scope is still stamped as used), is named
 * in `except` with the reason, by the test itself: a whole table ('rate_counters'), or one column
 * of it ('api_keys.last_used_at': the rest of every row is still compared).
 *
 * Left out here, the one thing written on its own schedule: where each durable listener stands in
 * the event stream (listener_cursors' position; its rows are still compared). A listener writes its
 * position down only every 10 s when idle (src/listeners/runner.ts MEMO_MS), catching up to events
 * that were there before — so it moves between two snapshots whatever the request did. An event a
 * refused request wrote shows in ticket_events, and what a listener did with it in its own tables.
 */
const ON_ITS_OWN: Readonly<Record<string, string>> = {
  'listener_cursors.tx': 'a listener writes down its position when it likes (up to 10 s late)',
  'listener_cursors.id': 'a listener writes down its position when it likes (up to 10 s late)',
  'listener_cursors.updated_at': 'a listener writes down its position when it likes (up to 10 s late)',
};

export async function snapshot(database: Database, exceptByTest: Readonly<Record<string, string>> = {}): Promise<Record<string, string>> {
  const except = { ...ON_ITS_OWN, ...exceptByTest };
  const tables = (
    await sql<{ name: string; pk: string[] | null; columns: string[] }>`
      SELECT c.relname AS name,
        (SELECT array_agg(a.attname::text ORDER BY k.ord)
           FROM pg_index i
           CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)
           JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
          WHERE i.indrelid = c.oid AND i.indisprimary) AS pk,
        (SELECT array_agg(a.attname::text) FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped) AS columns
      FROM pg_class c
      WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p') AND NOT c.relispartition
      ORDER BY c.relname`.execute(database.db)
  ).rows;
  const leftOutColumns = new Map<string, string[]>();
  for (const [what, reason] of Object.entries(except)) {
    const [name, column] = what.split('.');
    const table = tables.find((t) => t.name === name);
    if (!table) throw new Error(`snapshot: no table ${name} to leave out`);
    if (column !== undefined && !table.columns.includes(column)) throw new Error(`snapshot: no column ${what} to leave out`);
    if (!reason.trim()) throw new Error(`snapshot: say why ${what} may change`);
    if (column !== undefined) leftOutColumns.set(name, [...(leftOutColumns.get(name) ?? []), column]);
  }
  const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;
  const literal = (s: string) => `'${s.replace(/'/g, "''")}'`;
  const parts = tables
    .filter((t) => !(t.name in except))
    .map((t) => {
      const order = t.pk?.length ? t.pk.map((c) => `x.${ident(c)}`).join(', ') : 'x::text';
      const columns = leftOutColumns.get(t.name);
      const row = columns ? `(to_jsonb(x) - ARRAY[${columns.map(literal).join(', ')}]::text[])::text` : 'x::text';
      return `SELECT ${literal(t.name)} AS name, count(*)::int AS n, md5(coalesce(string_agg(${row}, E'\\n' ORDER BY ${order}), '')) AS digest FROM ${ident(t.name)} x`;
    });
  const { rows } = await sql<{ name: string; n: number; digest: string }>`${sql.raw(parts.join('\nUNION ALL\n'))}`.execute(database.db);
  return Object.fromEntries(
    rows.map((r) => [leftOutColumns.has(r.name) ? `${r.name} (but ${leftOutColumns.get(r.name)!.join(', ')})` : r.name, `${r.n} rows, md5 ${r.digest}`]).sort(([a], [b]) => a.localeCompare(b)),
  );
}

/** For `except`: a valid API key presented is stamped as used (store/apikeys.ts verifyApiKeys), whatever the answer. */
export const KEY_STAMPED = { 'api_keys.last_used_at': 'a valid key presented is stamped as used (at most once a minute), refused or not' } as const;
