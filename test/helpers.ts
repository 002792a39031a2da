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

/** A database of its own for one test file; close() removes it. */
export async function testDatabase(): Promise<Database> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const name = `hotline_t_${process.pid}_${crypto.randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const u = new URL(url);
    u.pathname = `/${name}`;
    const database = await openDatabase({ url: u.toString(), poolSize: 8 });
    await migrateToLatest(database.db);
    await seedReferenceData(database.db);
    return {
      ...database,
      close: async () => {
        await database.close();
        const c = new pg.Client({ connectionString: url });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await c.end();
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
  app.addHook('preHandler', async () => ctx.listeners.settle(30_000));
  app.addHook('onSend', async (_req, _reply, payload) => {
    await ctx.listeners.settle(30_000);
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
 * Every table's rows, to prove a refused request changed nothing anywhere. Left out is what
 * changes on its own schedule or with any request by design: a session's last use (sessions), the
 * rate counters a key or the portal spends per request, and the bookkeeping of the timers and
 * listeners running beside the request (their cursors, the measure rollups and the settings rows
 * the timers stamp).
 */
const BACKGROUND_TABLES = ['sessions', 'rate_counters', 'listener_cursors', 'measure_rollups', 'call_rollups', 'call_rollup_state', 'call_rollup_stale'];
const TIMER_SETTINGS = ['rollup_watermark', 'hot_topics_checked'];

export async function snapshotAll(database: Database, except: readonly string[] = BACKGROUND_TABLES): Promise<Record<string, unknown[]>> {
  const tables = await sql<{ name: string }>`
    SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name NOT LIKE 'kysely_%'
    ORDER BY table_name`.execute(database.db);
  const out: Record<string, unknown[]> = {};
  for (const { name } of tables.rows) {
    if (except.includes(name)) continue;
    const rows = (await sql<Record<string, unknown>>`SELECT * FROM ${sql.table(name)} ORDER BY 1`.execute(database.db)).rows;
    out[name] = name === 'settings' ? rows.filter((r) => !TIMER_SETTINGS.includes(String(r.key))) : rows;
  }
  return out;
}

/** The whole state of the tickets and their timelines, to prove a refused request changed nothing. */
export async function snapshot(database: Database) {
  const tickets = await database.db.selectFrom('tickets').selectAll().orderBy('id').execute();
  const events = await database.db.selectFrom('ticket_events').selectAll().orderBy('id').execute();
  return JSON.stringify({ tickets, events });
}
