// GET /api/v1/rankings and /rankings.xlsx under the rule of 66号 (不片面追求排名, 分档分类评价):
// a unit with fewer tickets than the minimum sample is listed after the ranked ones, unranked,
// 样本不足; the minimum is the policy's minRankingSample (admin) or ?minSample=; rankings stay
// within one tier. Tickets are driven through the API; every score is worked out by hand.
//
// All on Mon 2026-03-02 (no holiday), registered and dispatched at 09:00; the accept limit is one
// working hour (acceptBy 10:00): accepted at 09:10 is on time, at 10:30 late. No callback is
// made, so the response rate is the only measurable rate and the score is 100 × response rate.
//
//   unit (tier)                 tickets   accepted on time   score
//   ENV 生态环境局 (department)   10        10                 100
//   HR  人社局 (department)       10        5                  50
//   WATER 水务局 (department)     3         3                  100   (3 < 10: 样本不足)
//   DIST-1 东门街道 (street)      3         0                  0     (the district DIST holds these 3 too)

import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../src/store/users.js';
import { PASSWORD, testApp, type TestApp, snapshot } from '../helpers.js';

let t: TestApp;
const PERIOD = 'from=2026-03-02&to=2026-03-02';
let water = 0;

type Row = { unitId: number; rank: number | null; ranked: boolean; score: number | null; volume: number; note: string | null; kind: string };
const rows = async (query: string, user = 'analyst') => {
  const res = await t.call(user, 'GET', `/api/v1/rankings?${PERIOD}&${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as { minSample: number; minSampleSource: string; kind: string; items: Row[] };
};
const ranks = (items: Row[]) => items.map((r) => [r.unitId, r.rank, r.ranked, r.note]);

async function tickets(n: number, unitId: number, handler: string, onTime: number) {
  for (let i = 0; i < n; i++) {
    const reg = await t.at('2026-03-02 09:00', () =>
      t.call('agent', 'POST', '/api/v1/tickets', { channel: 'phone', type: 'complaint', categoryId: t.fx.categories['ENV-NOISE-BUILD'], content: `工地夜间施工噪音扰民（第${i + 1}次反映）。` }),
    );
    expect(reg.status, JSON.stringify(reg.body)).toBe(201);
    await t.stepAt('2026-03-02 09:00', 'dispatcher', reg.body.id, 'dispatch', { unitId });
    await t.stepAt(i < onTime ? '2026-03-02 09:10' : '2026-03-02 10:30', handler, reg.body.id, 'accept');
  }
}

beforeAll(async () => {
  t = await testApp();
  const unit = await t.call('admin', 'POST', '/api/v1/units', { code: 'WATER', name: '测试市水务局', kind: 'department', parentId: t.fx.units.CENTER });
  expect(unit.status, JSON.stringify(unit.body)).toBe(201);
  water = unit.body.id;
  await createUser(t.database.db, { username: 'water', password: PASSWORD, role: 'unit_handler', unitId: water });
  t.tokens.water = (await t.call(null, 'POST', '/api/v1/auth/login', { username: 'water', password: PASSWORD })).body.token;
  await tickets(10, t.fx.units.ENV, 'env', 10);
  await tickets(10, t.fx.units.HR, 'hr', 5);
  await tickets(3, water, 'water', 3);
  await tickets(3, t.fx.units['DIST-1'], 'street1', 0);
}, 300_000);

afterAll(async () => {
  await t?.close();
});

describe('GET /api/v1/rankings: the minimum sample', () => {
  it('a unit with 3 tickets is listed, unranked (样本不足), below the ranked ones, even with a perfect score', async () => {
    const body = await rows('kind=department');
    expect(body).toMatchObject({ kind: 'department', minSample: 10, minSampleSource: 'policy' });
    expect(body.items.map((r) => [r.unitId, r.rank, r.ranked, r.score, r.volume, r.note])).toEqual([
      [t.fx.units.ENV, 1, true, 100, 10, null],
      [t.fx.units.HR, 2, true, 50, 10, null],
      [water, null, false, 100, 3, '样本不足'],
    ]);
    expect(body.items[2]).toMatchObject({ reason: 'insufficient_sample', kind: 'department' });
  });

  it('?minSample= overrides the policy for one request; ties then share a rank (1, 1, 3)', async () => {
    const three = await rows('kind=department&minSample=3');
    expect(three).toMatchObject({ minSample: 3, minSampleSource: 'request' });
    // ENV and WATER both 100: both first (ENV, with more tickets, shown first); HR third.
    expect(ranks(three.items)).toEqual([
      [t.fx.units.ENV, 1, true, null],
      [water, 1, true, null],
      [t.fx.units.HR, 3, true, null],
    ]);
    // 11: nobody has enough; all listed by volume.
    expect(ranks((await rows('kind=department&minSample=11')).items)).toEqual([
      [t.fx.units.ENV, null, false, '样本不足'],
      [t.fx.units.HR, null, false, '样本不足'],
      [water, null, false, '样本不足'],
    ]);
  });

  it('the admin changes the policy minimum; the rankings follow; ?minSample= still overrides it', async () => {
    const put = await t.call('admin', 'PUT', '/api/v1/settings/policy', { minRankingSample: 3 });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    expect(put.body.minRankingSample).toBe(3);
    const body = await rows('kind=department');
    expect(body).toMatchObject({ minSample: 3, minSampleSource: 'policy' });
    expect(ranks(body.items).map(([id, rank]) => [id, rank])).toEqual([[t.fx.units.ENV, 1], [water, 1], [t.fx.units.HR, 3]]);
    expect(ranks((await rows('kind=department&minSample=10')).items).map(([id, rank]) => [id, rank])).toEqual([[t.fx.units.ENV, 1], [t.fx.units.HR, 2], [water, null]]);
    // Only an admin may change it.
    const unchanged = await snapshot(t.database);
    expect((await t.call('supervisor', 'PUT', '/api/v1/settings/policy', { minRankingSample: 1 })).status).toBe(403);
    expect(await snapshot(t.database)).toEqual(unchanged);
    const back = await t.call('admin', 'PUT', '/api/v1/settings/policy', { minRankingSample: 10 });
    expect(back.body.minRankingSample).toBe(10);
    expect((await rows('kind=department')).minSample).toBe(10);
  });

  it('bad minimums (0, 1001, x, 2.5) → 400 problem+json, and nothing changed', async () => {
    const before = (await t.call('admin', 'GET', '/api/v1/settings/policy')).body;
    const everything = await snapshot(t.database);
    for (const bad of ['0', '1001', 'x', '2.5', '']) {
      const res = await t.call('analyst', 'GET', `/api/v1/rankings?${PERIOD}&minSample=${bad}`);
      expect(res.status, bad).toBe(400);
      expect(res.headers['content-type'], bad).toContain('application/problem+json');
      expect(typeof res.body.code, bad).toBe('string');
      const xlsx = await t.call('analyst', 'GET', `/api/v1/rankings.xlsx?${PERIOD}&minSample=${bad}`);
      expect(xlsx.status, `xlsx ${bad}`).toBe(400);
    }
    for (const bad of [0, 1001, 'x', 2.5, null]) {
      const res = await t.call('admin', 'PUT', '/api/v1/settings/policy', { minRankingSample: bad });
      expect(res.status, String(bad)).toBe(400);
      expect(res.headers['content-type'], String(bad)).toContain('application/problem+json');
    }
    expect((await t.call('admin', 'GET', '/api/v1/settings/policy')).body).toEqual(before);
    expect(before.minRankingSample).toBe(10);
    expect((await t.call('analyst', 'GET', `/api/v1/rankings?${PERIOD}&kind=planet`)).status).toBe(400);
    expect(await snapshot(t.database)).toEqual(everything);
  });
});

describe('GET /api/v1/rankings: one tier per ranking', () => {
  it('streets are ranked among streets, districts among districts; no department in either, none of them among departments', async () => {
    const streets = await rows('kind=street&minSample=1');
    // DIST-1: 0 of 3 on time → 0; DIST-2 had nothing → listed, unranked.
    expect(streets.items.map((r) => [r.unitId, r.rank, r.score, r.volume])).toEqual([
      [t.fx.units['DIST-1'], 1, 0, 3],
      [t.fx.units['DIST-2'], null, null, 0],
    ]);
    const districts = await rows('kind=district&minSample=1');
    expect(districts.items.map((r) => [r.unitId, r.rank, r.score, r.volume])).toEqual([[t.fx.units.DIST, 1, 0, 3]]);
    const departments = await rows('kind=department&minSample=1');
    expect(departments.items.map((r) => r.unitId).sort()).toEqual([t.fx.units.ENV, t.fx.units.HR, water].sort());
    for (const [kind, body] of [['street', streets], ['district', districts], ['department', departments]] as const) {
      for (const r of body.items) expect(r.kind, `${kind} ${r.unitId}`).toBe(kind);
    }
    expect((await rows('kind=enterprise')).items).toEqual([]);
  });
});

describe('GET /api/v1/rankings.xlsx', () => {
  it('the 排名 column reads 样本不足 for an unranked unit, and the workbook says the minimum used', async () => {
    for (const [query, minimum, expected] of [
      ['kind=department', 10, [[1, '测试市生态环境局'], [2, '测试市人社局'], ['样本不足', '测试市水务局']]],
      ['kind=department&minSample=3', 3, [[1, '测试市生态环境局'], [1, '测试市水务局'], [3, '测试市人社局']]],
    ] as const) {
      const res = await t.app.inject({ method: 'GET', url: `/api/v1/rankings.xlsx?${PERIOD}&${query}`, headers: { authorization: `Bearer ${t.tokens.supervisor}` } });
      expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.rawPayload as unknown as ExcelJS.Buffer);
      const ws = wb.worksheets[0];
      expect(ws.getRow(1).getCell(1).value).toBe('排名');
      const body: unknown[][] = [];
      ws.eachRow((row, n) => n > 1 && body.push([row.getCell(1).value, row.getCell(2).value]));
      expect(body, query).toEqual(expected);
      const notes = wb.getWorksheet('说明');
      const said: string[] = [];
      notes?.eachRow((row) => said.push(`${row.getCell(1).value}：${row.getCell(2).value}`));
      expect(said.find((s) => s.startsWith('最低样本量')), query).toContain(`${minimum} 件`);
      expect(JSON.stringify(ws.getCell('A1').note ?? null), 'the 排名 header says it too').toContain(`最低样本量 ${minimum} 件`);
    }
  });
});
