// The province's feed (docs/feed.md): GET /api/v1/feed with a feed-scoped API key resumes exactly
// from its cursor (no event twice, none skipped — also across a slower transaction that commits
// late), refuses other keys, masks personal data; `hotline feed export` writes JSON Lines.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.js';
import { decodeCursor, readFeed } from '../../src/app/feed.js';
import { createApiKey } from '../../src/store/apikeys.js';
import { openDatabase } from '../../src/store/db.js';
import { migrateToLatest } from '../../src/store/migrations.js';
import { seedReferenceData } from '../../src/store/reference.js';
import { createUser } from '../../src/store/users.js';
import { KEY_STAMPED, local, PASSWORD, seedCity, snapshot, testApp, type TestApp } from '../helpers.js';
import { hotline } from '../process.js';

let t: TestApp;
let feedKey: string;
let smsKey: string;

beforeAll(async () => {
  t = await testApp();
  feedKey = (await createApiKey(t.ctx.db, { name: '省平台数据汇聚', scope: 'feed' })).key;
  smsKey = (await createApiKey(t.ctx.db, { name: '短信网关', scope: 'sms' })).key;
});
afterAll(async () => t?.close());

async function register(content = '张三丰反映：小区门口道路破损，联系电话 13812345678。') {
  const res = await t.call('agent', 'POST', '/api/v1/tickets', { channel: 'phone', type: 'complaint', content, caller: { name: '张三丰', phone: '13812345678' } });
  expect(res.status).toBe(201);
  return res.body.id as number;
}
const feed = (query: string, key: string | null = feedKey) => t.call(null, 'GET', `/api/v1/feed${query}`, undefined, key ? { 'x-api-key': key } : {});
/** Every committed event, in stream order. */
const allEvents = async () =>
  (await sql<{ id: string }>`SELECT id FROM ticket_events ORDER BY tx, id`.execute(t.ctx.db)).rows.map((r) => Number(r.id));

describe('feed', () => {
  it('refuses a missing or other-scoped key and a bad cursor, changing nothing', async () => {
    const before = await snapshot(t.database, KEY_STAMPED);
    const none = await feed('', null);
    expect(none.status).toBe(401);
    expect(none.body.code).toBe('invalid_api_key');
    const sms = await feed('', smsKey);
    expect(sms.status).toBe(403);
    expect(sms.body.code).toBe('api_key_scope');
    expect((await t.call('admin', 'GET', '/api/v1/feed')).status).toBe(401); // a signed-in user is not a feed
    const bad = await feed('?after=not-a-cursor');
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('bad_cursor');
    expect(bad.headers['content-type']).toMatch(/problem\+json/);
    expect((await feed('?limit=0')).status).toBe(400);
    expect(await snapshot(t.database, KEY_STAMPED)).toEqual(before);
  });

  it('pages resume exactly: every event once, in stream order, across pages and new events; masked', async () => {
    for (let i = 0; i < 3; i++) await register();
    const seen: number[] = [];
    let next: string | undefined;
    for (;;) {
      const res = await feed(`?limit=2${next ? `&after=${next}` : ''}`);
      expect(res.status).toBe(200);
      for (const item of res.body.items) {
        expect(decodeCursor(item.cursor)).not.toBeNull();
        expect(item.v).toBe('v1');
        seen.push(item.id);
      }
      if (!res.body.items.length) {
        expect(res.body.next).toBe(next); // nothing new: the same place
        break;
      }
      expect(res.body.next).toBe(res.body.items.at(-1).cursor);
      next = res.body.next;
    }
    expect(seen).toEqual(await allEvents());

    // New events after the last page: the same cursor goes on with them, and only them.
    const more = await register();
    const res = await feed(`?after=${next}`);
    expect(res.body.items.map((i: any) => i.ticketId)).toEqual(res.body.items.map(() => more));
    seen.push(...res.body.items.map((i: any) => i.id));
    expect(seen).toEqual(await allEvents());

    // Masked: the number and the name never leave in full.
    const text = JSON.stringify(res.body);
    expect(text).not.toContain('13812345678');
    expect(text).not.toContain('张三丰');
    expect(res.body.items[0].payload.callerPhone).toBe('138****5678');
  });

  it.skipIf(!process.env.DATABASE_URL)('a slower transaction that commits late is neither skipped nor read twice', async () => {
    const ticket = await register();
    const start = (await readFeed(t.ctx.db, null, 100_000)).next;
    const slow = new pg.Client({ connectionString: t.database.location });
    const fast = new pg.Client({ connectionString: t.database.location });
    await slow.connect();
    await fast.connect();
    try {
      const insert = (c: pg.Client, seq: number) =>
        c.query(`INSERT INTO ticket_events (ticket_id, seq, type, actor_id, at, payload) VALUES ($1, $2, 'supervised', NULL, now(), '{}') RETURNING id`, [ticket, seq]);
      const seq = Number((await t.ctx.db.selectFrom('ticket_events').select((eb) => eb.fn.max('seq').as('s')).where('ticket_id', '=', ticket).executeTakeFirstOrThrow()).s);
      await slow.query('BEGIN');
      const slowId = Number((await insert(slow, seq + 1)).rows[0].id); // an older transaction, still open
      const fastId = Number((await insert(fast, seq + 2)).rows[0].id); // a younger one, committed
      const page1 = await readFeed(t.ctx.db, decodeCursor(start), 100);
      expect(page1.items.map((i) => i.id)).toEqual([]); // the younger waits behind the older
      await slow.query('COMMIT');
      const page2 = await readFeed(t.ctx.db, decodeCursor(page1.next), 100);
      expect(page2.items.map((i) => i.id)).toEqual([slowId, fastId]);
    } finally {
      await slow.end();
      await fast.end();
    }
  });

  it('hotline feed export writes the events of the days asked as JSON Lines, masked, with progress on stderr', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hotline-feed-'));
    try {
      const data = path.join(dir, 'data');
      // A database of its own (the command line opens it as the only process).
      const database = await openDatabase({ dataDir: data });
      await migrateToLatest(database.db);
      await seedReferenceData(database.db);
      await seedCity(database);
      await createUser(database.db, { username: 'agent', password: PASSWORD, role: 'agent', unitId: null });
      let now = new Date();
      const { app } = await buildApp({ database, now: () => now });
      const token = JSON.parse((await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'agent', password: PASSWORD } })).body).token;
      for (const when of ['2026-03-01 23:59', '2026-03-02 00:00', '2026-03-03 12:00', '2026-03-03 23:59', '2026-03-04 00:00']) {
        now = local(when);
        const res = await app.inject({
          method: 'POST',
          url: '/api/v1/tickets',
          headers: { authorization: `Bearer ${token}` },
          payload: { channel: 'phone', type: 'complaint', content: `${when} 张三丰反映道路破损，电话 13812345678`, caller: { name: '张三丰', phone: '13812345678' } },
        });
        expect(res.statusCode).toBe(201);
      }
      const from = local('2026-03-02 00:00');
      const to = local('2026-03-04 00:00');
      const expected = (await sql<{ id: string }>`SELECT id FROM ticket_events WHERE at >= ${from} AND at < ${to} ORDER BY tx, id`.execute(database.db)).rows.map((r) => Number(r.id));
      expect(expected.length).toBeGreaterThanOrEqual(3);
      await app.close();
      await database.close();

      const out = path.join(dir, 'feed.jsonl');
      const run = await hotline(['feed', 'export', '--from', '2026-03-02', '--to', '2026-03-03', '--out', out, '--data', data]);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stderr).toContain(`导出 ${expected.length}/${expected.length} 条事件`);
      const lines = fs.readFileSync(out, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
      expect(lines.map((l) => l.id)).toEqual(expected);
      for (const l of lines) {
        expect(l.v).toBe('v1');
        expect(new Date(l.at) >= from && new Date(l.at) < to).toBe(true);
      }
      expect(fs.readFileSync(out, 'utf8')).not.toContain('13812345678');

      // To stdout; bad dates are refused.
      const stdout = await hotline(['feed', 'export', '--from', '2026-03-04', '--to', '2026-03-04', '--data', data]);
      expect(stdout.code).toBe(0);
      const day4 = stdout.stdout.split('\n').filter(Boolean).map((l) => new Date(JSON.parse(l).at));
      expect(day4.length).toBeGreaterThanOrEqual(1);
      for (const at of day4) expect(at >= local('2026-03-04 00:00') && at < local('2026-03-05 00:00')).toBe(true);
      expect((await hotline(['feed', 'export', '--from', '2026-03-05', '--to', '2026-03-04', '--data', data])).code).toBe(2);
      expect((await hotline(['feed', 'export', '--from', '2026-02-30', '--to', '2026-03-04', '--data', data])).code).toBe(2);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
