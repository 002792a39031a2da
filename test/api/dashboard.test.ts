// The dashboard's own endpoints: GET /dashboard/summary, /dashboard/trend, /dashboard/overdue.
// Roles (supervisor, analyst, admin only), bad input as problem+json, and figures that move
// the moment a ticket is registered, replied and called back (the rollups are refreshed on read).

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runJobsOnce } from '../../src/jobs/scheduler.js';
import { local, testApp, type TestApp, snapshot } from '../helpers.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => {
  await t?.close();
});

const PERIOD = 'from=2026-03-02&to=2026-03-06';
// The server clock only moves forward in this file, as it does in service: the rollups are
// refreshed from a watermark of the last refresh time.
const get = (user: string | null, url: string, when = '2026-03-01 08:00') => t.at(when, () => t.call(user, 'GET', url));

async function register(when: string, body: Record<string, unknown>) {
  const res = await t.at(when, () => t.call('agent', 'POST', '/api/v1/tickets', { channel: 'phone', type: 'complaint', ...body }));
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id as number;
}

describe('who may read the dashboard', () => {
  const urls = ['/api/v1/dashboard/summary', `/api/v1/dashboard/trend?${PERIOD}`, '/api/v1/dashboard/overdue'];
  it.each(urls)('%s: 401 without a token', async (url) => {
    const res = await get(null, url);
    expect(res.status).toBe(401);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });
  it.each(urls.flatMap((u) => ['agent', 'dispatcher', 'callback', 'env'].map((who) => [u, who])))('%s: 403 for %s', async (url, who) => {
    const res = await get(who, url);
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('forbidden');
  });
  it.each(urls.flatMap((u) => ['supervisor', 'analyst', 'admin'].map((who) => [u, who])))('%s: 200 for %s', async (url, who) => {
    expect((await get(who, url)).status).toBe(200);
  });
});

describe('bad input is a problem+json 400', () => {
  it.each([
    ['/api/v1/dashboard/trend?from=2026-03-06&to=2026-03-01', 'invalid_period'],
    ['/api/v1/dashboard/trend?from=2026-02-30', 'validation_failed'],
    ['/api/v1/dashboard/trend?unit=1&category=1', 'too_many_filters'],
    ['/api/v1/dashboard/trend?unit=99999', 'unknown_unit'],
    ['/api/v1/dashboard/trend?category=99999', 'unknown_category'],
    ['/api/v1/dashboard/trend?district=1', 'unknown_district'],
    ['/api/v1/dashboard/trend?granularity=week', 'validation_failed'],
    ['/api/v1/dashboard/summary?to=yesterday', 'validation_failed'],
    ['/api/v1/dashboard/overdue?limit=0', 'validation_failed'],
    ['/api/v1/dashboard/overdue?unit=99999', 'unknown_unit'],
  ])('%s → %s', async (url, code) => {
    const before = await snapshot(t.database);
    const res = await get('supervisor', url);
    expect(await snapshot(t.database)).toEqual(before);
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body.code).toBe(code);
    expect(res.body.detail).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('figures', () => {
  it('move as a ticket is registered, replied and called back, and the trend has every day', async () => {
    const before = (await get('supervisor', `/api/v1/dashboard/summary?${PERIOD}`)).body;
    expect(before.overall.volume).toBe(0);

    const id = await register('2026-03-02 09:00', { categoryId: t.fx.categories['ENV-NOISE-BUILD'], address: '东城区东门街道建设路1号', content: '工地夜间施工噪音扰民。' });
    let s = (await get('supervisor', `/api/v1/dashboard/summary?${PERIOD}`, '2026-03-02 09:01')).body;
    expect(s.overall.volume).toBe(1);
    expect(s.open.registered).toBe(1);

    await t.stepAt('2026-03-02 09:10', 'dispatcher', id, 'dispatch', { unitId: t.fx.units.ENV });
    await t.stepAt('2026-03-02 09:30', 'env', id, 'accept');
    await t.stepAt('2026-03-03 10:00', 'env', id, 'reply', { content: '已责令停工整改。' });
    s = (await get('supervisor', `/api/v1/dashboard/summary?${PERIOD}`, '2026-03-03 10:01')).body;
    expect(s.overall.satisfaction_rate).toEqual({ numerator: 0, denominator: 0, rate: null });
    expect(s.open).toMatchObject({ registered: 0, replied: 1 });

    await t.stepAt('2026-03-04 10:00', 'callback', id, 'callback', { reached: true, resolved: true, satisfaction: 'satisfied' });
    s = (await get('supervisor', `/api/v1/dashboard/summary?${PERIOD}`, '2026-03-04 10:01')).body;
    expect(s.overall.satisfaction_rate).toEqual({ numerator: 1, denominator: 1, rate: 1 });
    expect(s.overall.response_rate).toEqual({ numerator: 1, denominator: 1, rate: 1 });
    expect(s.open.replied).toBe(0);

    const trend = (await get('analyst', `/api/v1/dashboard/trend?${PERIOD}`, '2026-03-06 17:00')).body;
    expect(trend.granularity).toBe('day');
    expect(trend.items.map((i: { bucket: string }) => i.bucket)).toEqual(['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06']);
    expect(trend.items[0].measures.volume).toBe(1);
    expect(trend.items[0].measures.satisfaction_rate.rate).toBe(1);
    expect(trend.items[1].measures.volume).toBe(0);
    expect(trend.overall.volume).toBe(1);

    // The same figure as GET /measures for the unit.
    const m = (await get('analyst', `/api/v1/measures?group=unit&${PERIOD}`, '2026-03-06 17:00')).body;
    const env = m.items.find((i: { key: string }) => i.key === String(t.fx.units.ENV));
    const envTrend = (await get('analyst', `/api/v1/dashboard/trend?${PERIOD}&unit=${t.fx.units.ENV}`, '2026-03-06 17:00')).body;
    expect(envTrend.overall.satisfaction_rate).toEqual(env.measures.satisfaction_rate);
    expect(envTrend.overall.volume).toBe(env.measures.volume);
    // Filters: a category subtree, a district, a unit with nothing.
    expect((await get('analyst', `/api/v1/dashboard/trend?${PERIOD}&category=${t.fx.categories.ENV}`, '2026-03-06 17:00')).body.overall.volume).toBe(1);
    expect((await get('analyst', `/api/v1/dashboard/trend?${PERIOD}&category=${t.fx.categories.HR}`, '2026-03-06 17:00')).body.overall.volume).toBe(0);
    expect((await get('analyst', `/api/v1/dashboard/trend?${PERIOD}&district=${t.fx.units.DIST}`, '2026-03-06 17:00')).body.overall.volume).toBe(1);
    expect((await get('analyst', `/api/v1/dashboard/trend?${PERIOD}&unit=${t.fx.units.HR}`, '2026-03-06 17:00')).body.overall.volume).toBe(0);
  });

  it('a long period is by month', async () => {
    const trend = (await get('admin', '/api/v1/dashboard/trend?from=2025-11-15&to=2026-03-06', '2026-03-06 17:00')).body;
    expect(trend.granularity).toBe('month');
    expect(trend.items.map((i: { bucket: string; from: string; to: string }) => [i.bucket, i.from, i.to])).toEqual([
      ['2025-11', '2025-11-15', '2025-11-30'],
      ['2025-12', '2025-12-01', '2025-12-31'],
      ['2026-01', '2026-01-01', '2026-01-31'],
      ['2026-02', '2026-02-01', '2026-02-28'],
      ['2026-03', '2026-03-01', '2026-03-06'],
    ]);
    expect(trend.overall.volume).toBe(1);
  });

  it('the overdue list is GET /tickets?overdue=true, longest overdue first, counted per unit', async () => {
    const a = await register('2026-03-09 09:00', { categoryId: t.fx.categories['HR-WAGE-UNPAID'], content: '公司拖欠三个月工资。' });
    const b = await register('2026-03-09 09:05', { categoryId: t.fx.categories['ENV-NOISE'], content: '饭店油烟噪声扰民。' });
    await t.stepAt('2026-03-09 09:10', 'dispatcher', a, 'dispatch', { unitId: t.fx.units.HR });
    await t.stepAt('2026-03-09 09:20', 'dispatcher', b, 'dispatch', { unitId: t.fx.units.ENV });
    await t.stepAt('2026-03-09 09:30', 'hr', a, 'accept');
    await t.stepAt('2026-03-09 09:40', 'env', b, 'accept');
    await runJobsOnce({ db: t.ctx.db, ref: t.ctx.ref, now: () => local('2026-03-31 09:00') });
    const res = await t.at('2026-03-31 10:00', () => t.call('supervisor', 'GET', '/api/v1/dashboard/overdue'));
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(2);
    expect(res.body.items.map((i: { id: number }) => i.id)).toEqual([a, b]);
    expect(res.body.items[0]).toMatchObject({ unitName: '测试市人社局', status: 'handling', supervised: false });
    expect(res.body.items[0].overdueHours).toBeGreaterThan(0);
    expect(res.body.byUnit.map((u: { name: string; count: number }) => [u.name, u.count]).sort()).toEqual([['测试市人社局', 1], ['测试市生态环境局', 1]]);
    const list = await t.at('2026-03-31 10:00', () => t.call('supervisor', 'GET', '/api/v1/tickets?overdue=true'));
    expect(list.body.total).toBe(2);
    const hr = await t.at('2026-03-31 10:00', () => t.call('supervisor', 'GET', `/api/v1/dashboard/overdue?unit=${t.fx.units.HR}`));
    expect(hr.body.items.map((i: { id: number }) => i.id)).toEqual([a]);
    const s = (await t.at('2026-03-31 10:00', () => t.call('supervisor', 'GET', '/api/v1/dashboard/summary'))).body;
    expect(s.overdue).toBe(2);
  });
});
