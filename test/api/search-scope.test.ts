// A unit handler's search, and a status-filtered one, through the combined search index
// (migration 0005: search, scope and status in one GIN index): exactly the tickets in scope
// or with those statuses, on every page of a capped (newest first, widening windows) search
// and in an exact count under the cap, compared with the plain conditions in SQL.

import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SEARCH_CAP } from '../../src/store/tickets.js';
import { testApp, type TestApp } from '../helpers.js';

let t: TestApp;
/** The 东城区 handler's scope: the district and its two streets. */
let scope: number[];
const N = 2600;
const DAY_MS = 86_400_000;

beforeAll(async () => {
  t = await testApp();
  const u = t.fx.units;
  scope = [u.DIST, u['DIST-1'], u['DIST-2']];
  // N tickets about 外卖, created evenly over the last 400 days (ticket i is i × 400 / N days
  // old, so the last week holds ~45 of them, the last 180 days ~1,170): by i % 8, led by one of
  // the district's units (0–4), by another unit (5, 7: ENV, whose assistant HR is not in scope
  // either), or by no unit with a street of the district assisting (6). Statuses in turn; one
  // in ten also mentions 无人机.
  await sql`
    INSERT INTO tickets (number, status, channel, type, priority, title, content, unit_id, assist_unit_ids, created_at, updated_at, version, search)
    SELECT 'SC' || lpad(i::text, 6, '0'),
      (ARRAY['registered','dispatched','handling','replied','closed','merged','transferred'])[1 + i % 7],
      'web', 'complaint', 'normal', '外卖骑手', '外卖骑手第' || i || '次闯红灯' || CASE WHEN i % 10 = 0 THEN '，还有无人机' ELSE '' END,
      CASE i % 8 WHEN 0 THEN ${u.DIST}::int WHEN 1 THEN ${u['DIST-1']}::int WHEN 2 THEN ${u['DIST-2']}::int WHEN 3 THEN ${u.DIST}::int
        WHEN 4 THEN ${u['DIST-1']}::int WHEN 6 THEN NULL ELSE ${u.ENV}::int END,
      CASE i % 8 WHEN 6 THEN ARRAY[${u['DIST-2']}::int] WHEN 7 THEN ARRAY[${u.HR}::int] ELSE '{}'::int[] END,
      ${new Date()}::timestamptz - (i * 400.0 / ${N}) * interval '1 day',
      now(), 1,
      to_tsvector('simple', '外卖 骑手 闯 红灯' || CASE WHEN i % 10 = 0 THEN ' 无人机' ELSE '' END)
    FROM generate_series(0, ${N - 1}) i
  `.execute(t.database.db);
  await sql`ANALYZE tickets`.execute(t.database.db);
}, 120_000);
afterAll(async () => {
  await t?.close();
});

/** What a search must return, by the plain conditions: ids newest first. */
async function expected(word: string, opts: { scoped: boolean; status?: string[] }): Promise<number[]> {
  const rows = await sql<{ id: number }>`
    SELECT id FROM tickets
    WHERE search @@ to_tsquery('simple', ${word})
      AND (NOT ${opts.scoped} OR unit_id = ANY(${`{${scope.join(',')}}`}::int[]) OR assist_unit_ids && ${`{${scope.join(',')}}`}::int[])
      AND (${opts.status ?? null}::text[] IS NULL OR status = ANY(${opts.status ?? null}::text[]))
    ORDER BY created_at DESC, id DESC
  `.execute(t.database.db);
  return rows.rows.map((r) => r.id);
}

const get = (user: string, query: string) => t.call(user, 'GET', `/api/v1/tickets?${query}`);
const ids = (res: { body: { items: { id: number }[] } }) => res.body.items.map((x) => x.id);

it('a capped search by a unit handler lists only its tickets, newest first, on every page across the windows', async () => {
  const all = await expected('外卖', { scoped: true });
  expect(all.length).toBeGreaterThan(SEARCH_CAP);
  // Pages from the last week (1), the last 30 days (5), 180 days (30), and beyond (45, 50).
  for (const page of [1, 2, 5, 30, 45, 50]) {
    const res = await get('district', `q=外卖&pageSize=20&page=${page}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ total: SEARCH_CAP, totalCapped: true });
    expect(ids(res), `page ${page}`).toEqual(all.slice((page - 1) * 20, page * 20));
  }
  // The ticket with no lead unit that a street of the district assists is among them.
  const assisted = await get('district', 'q=外卖&pageSize=20&page=1');
  expect(assisted.body.items.some((x: { unitId: number | null; assistUnitIds: number[] }) => x.unitId == null && x.assistUnitIds.includes(t.fx.units['DIST-2']))).toBe(true);
  // The admin sees the others too (the out-of-scope tickets are as new).
  const admin = await get('admin', 'q=外卖&pageSize=20');
  expect(ids(admin)).toEqual((await expected('外卖', { scoped: false })).slice(0, 20));
  expect(ids(admin)).not.toEqual(all.slice(0, 20));
});

it('under the cap, a unit handler counts exactly its tickets', async () => {
  const want = await expected('无人机', { scoped: true });
  expect(want.length).toBeGreaterThan(20);
  expect(want.length).toBeLessThan(SEARCH_CAP);
  const res = await get('district', 'q=无人机&pageSize=200');
  expect(res.body).toMatchObject({ total: want.length, totalCapped: false });
  const got = [...ids(res)];
  for (let page = 2; got.length < want.length; page++) got.push(...ids(await get('district', `q=无人机&pageSize=200&page=${page}`)));
  expect(got.sort((a, b) => a - b)).toEqual([...want].sort((a, b) => a - b));
});

it('a status filter returns exactly the tickets with those statuses, for a handler and for the admin', async () => {
  const status = ['dispatched', 'handling'];
  for (const [user, scoped] of [['district', true], ['admin', false]] as const) {
    const want = await expected('外卖', { scoped, status });
    expect(want.length).toBeLessThan(SEARCH_CAP);
    const got: number[] = [];
    for (let page = 1; got.length < want.length; page++) {
      const res = await get(user, `q=外卖&status=${status.join(',')}&pageSize=200&page=${page}`);
      expect(res.body).toMatchObject({ total: want.length, totalCapped: false });
      for (const item of res.body.items) expect(status).toContain(item.status);
      if (!res.body.items.length) break;
      got.push(...ids(res));
    }
    expect(got.sort((a, b) => a - b), user).toEqual([...want].sort((a, b) => a - b));
  }
  // Capped with a status: newest first, those statuses only.
  const closed = await expected('外卖', { scoped: false, status: ['closed', 'merged', 'transferred', 'replied'] });
  expect(closed.length).toBeGreaterThan(SEARCH_CAP);
  const res = await get('admin', 'q=外卖&status=closed,merged,transferred,replied&pageSize=20&page=3');
  expect(res.body).toMatchObject({ total: SEARCH_CAP, totalCapped: true });
  expect(ids(res)).toEqual(closed.slice(40, 60));
});
