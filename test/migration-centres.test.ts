// Migration 0015_centres on a database with tickets in it (issue 15 item 2): the root centre is
// marked a centre, every existing ticket belongs to it, lines are 'merged'; a bad mode is refused
// by the database. On PGlite, or on the PostgreSQL server named by DATABASE_URL.

import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Migrator, sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../src/store/db.js';
import { MIGRATIONS } from '../src/store/migrations.js';

let database: Database;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  const url = process.env.DATABASE_URL;
  if (url) {
    const name = `hotline_m_${process.pid}_${crypto.randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const u = new URL(url);
    u.pathname = `/${name}`;
    database = await openDatabase({ url: u.toString(), poolSize: 4 });
    cleanup = async () => {
      await database.close();
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    };
  } else {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hotline-migration-'));
    database = await openDatabase({ dataDir: dir });
    cleanup = async () => {
      await database.close();
      fs.rmSync(dir, { recursive: true, force: true });
    };
  }
}, 120_000);
afterAll(async () => cleanup?.());

describe('migration 0015_centres', () => {
  it('marks the root centre, gives existing tickets to it, and makes lines merged', async () => {
    const migrator = new Migrator({ db: database.db, provider: { getMigrations: async () => MIGRATIONS } });
    const before = await migrator.migrateTo('0014_refused');
    expect(before.error).toBeUndefined();
    const db = database.db;
    const root = await sql<{ id: number }>`INSERT INTO units (code, name, kind) VALUES ('C', '某市热线中心', 'center') RETURNING id`.execute(db);
    const rootId = root.rows[0].id;
    await sql`INSERT INTO units (code, name, kind, parent_id) VALUES ('D', '某市市场监管局', 'department', ${rootId})`.execute(db);
    await sql`INSERT INTO lines (number, name) VALUES ('12315', '消费者投诉举报热线')`.execute(db);
    for (const n of ['T1', 'T2']) {
      await sql`INSERT INTO tickets (number, status, channel, type, priority, title, content, created_at, updated_at, version)
        VALUES (${n}, 'registered', 'phone', 'consult', 'normal', '标题', '内容', now(), now(), 1)`.execute(db);
    }
    const after = await migrator.migrateTo('0015_centres');
    expect(after.error).toBeUndefined();
    expect(after.results?.map((r) => [r.migrationName, r.status])).toEqual([['0015_centres', 'Success']]);
    const units = await sql<{ code: string; is_centre: boolean }>`SELECT code, is_centre FROM units ORDER BY code`.execute(db);
    expect(units.rows).toEqual([
      { code: 'C', is_centre: true },
      { code: 'D', is_centre: false },
    ]);
    const tickets = await sql<{ centre_id: number }>`SELECT centre_id FROM tickets ORDER BY id`.execute(db);
    expect(tickets.rows).toEqual([{ centre_id: rootId }, { centre_id: rootId }]);
    const lines = await sql<{ mode: string }>`SELECT mode FROM lines`.execute(db);
    expect(lines.rows).toEqual([{ mode: 'merged' }]);
    await expect(sql`UPDATE lines SET mode = 'split'`.execute(db)).rejects.toThrow();
    await sql`UPDATE lines SET mode = 'sub_centre'`.execute(db);
  });
});
