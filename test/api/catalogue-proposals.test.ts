// Smart from the first start (issue 18 item 3): the dispatch catalogue (category × district →
// unit) proposed from history — the unit that actually replied, after returns (退回), re-routes
// (改派) and the hand-down chain (下派), not the one first dispatched — and accepted by an admin.
// The history is written here; the figures expected are counted by hand from it.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snapshot, testApp, type TestApp } from '../helpers.js';

let t: TestApp;
let u: Record<string, number>;
let c: Record<string, number>;

const register = async (categoryId: number, districtId: number | null) => {
  const res = await t.call('agent', 'POST', '/api/v1/tickets', { channel: 'phone', type: 'complaint', content: '历史诉求', categoryId, districtId });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id as number;
};
const step = async (user: string, id: number, name: string, body: unknown = {}) => {
  const res = await t.call(user, 'POST', `/api/v1/tickets/${id}/${name}`, body);
  expect(res.status, `${name}: ${JSON.stringify(res.body)}`).toBe(200);
  return res.body;
};
const proposals = async (user = 'admin', query = '') => {
  const res = await t.call(user, 'GET', `/api/v1/dispatch-catalogue/proposals${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
};

beforeAll(async () => {
  t = await testApp();
  u = t.fx.units;
  c = t.fx.categories;
  const build = c['ENV-NOISE-BUILD']; // led by ENV
  const wage = c['HR-WAGE-UNPAID']; // led by HR
  // Construction noise in the district: four requests.
  // Two went to ENV first, came back (退回, approved) and were then sent to the district, which replied.
  for (let i = 0; i < 2; i++) {
    const id = await register(build, u.DIST);
    await step('dispatcher', id, 'dispatch', { unitId: u.ENV });
    await step('env', id, 'return', { reason: '属地管理事项' });
    await step('dispatcher', id, 'review-return', { approve: true });
    await step('dispatcher', id, 'dispatch', { unitId: u.DIST });
    await step('district', id, 'accept');
    await step('district', id, 'reply', { content: '已责令工地停止夜间施工。' });
  }
  // One went to ENV, was re-routed (改派) to the district, handed down to a street, which replied
  // (the district approved it): the district, the lead level, handled it.
  {
    const id = await register(build, u.DIST);
    await step('dispatcher', id, 'dispatch', { unitId: u.ENV });
    await step('dispatcher', id, 'reroute', { unitId: u.DIST, reason: '属地管理事项' });
    await step('district', id, 'accept');
    await step('district', id, 'delegate', { unitId: u['DIST-1'] });
    await step('street1', id, 'accept');
    await step('street1', id, 'reply', { content: '街道已到现场劝停施工。' });
    await step('district', id, 'review-reply', { approve: true });
  }
  // One ENV handled itself.
  {
    const id = await register(build, u.DIST);
    await step('dispatcher', id, 'dispatch', { unitId: u.ENV });
    await step('env', id, 'accept');
    await step('env', id, 'reply', { content: '已现场检查。' });
  }
  // One still with ENV (no reply yet): not history.
  {
    const id = await register(build, u.DIST);
    await step('dispatcher', id, 'dispatch', { unitId: u.ENV });
  }
  // Unpaid wages without a district: three, all handled by HR (its lead unit already).
  for (let i = 0; i < 3; i++) {
    const id = await register(wage, null);
    await step('dispatcher', id, 'dispatch', { unitId: u.HR });
    await step('hr', id, 'accept');
    await step('hr', id, 'reply', { content: '已督促企业支付工资。' });
  }
  // Unpaid wages in the district: two, too few to propose anything.
  for (let i = 0; i < 2; i++) {
    const id = await register(wage, u.DIST);
    await step('dispatcher', id, 'dispatch', { unitId: u.DIST });
    await step('district', id, 'accept');
    await step('district', id, 'reply', { content: '已协调。' });
  }
});
afterAll(async () => {
  await t?.close();
});

describe('proposals from history', () => {
  it('the unit that replied after returns, re-routes and hand-downs; those that change the suggestion first', async () => {
    const body = await proposals();
    expect(body.total).toBe(2);
    // Construction noise in the district: 4 replied, 3 by the district (0.75), 1 by ENV; today the suggestion says ENV (the lead).
    expect(body.items[0]).toEqual({
      categoryId: c['ENV-NOISE-BUILD'],
      categoryName: '施工噪声',
      districtId: u.DIST,
      districtName: '东城区',
      unitId: u.DIST,
      unitName: '东城区',
      tickets: 4,
      handled: 3,
      share: 0.75,
      units: [
        { unitId: u.DIST, name: '东城区', tickets: 3 },
        { unitId: u.ENV, name: '测试市生态环境局', tickets: 1 },
      ],
      current: { unitId: u.ENV, name: '测试市生态环境局', via: 'category_lead' },
      changes: true,
    });
    // Unpaid wages city-wide: 3 of 3 by HR, as the lead unit already says.
    expect(body.items[1]).toMatchObject({ categoryId: c['HR-WAGE-UNPAID'], districtId: null, unitId: u.HR, tickets: 3, handled: 3, share: 1, current: { unitId: u.HR, via: 'category_lead' }, changes: false });
  });

  it('follows the rules asked for: more requests, a larger share', async () => {
    // Four requests needed: only construction noise (4) is left.
    expect((await proposals('admin', '?minTickets=4')).items.map((p: { categoryId: number }) => p.categoryId)).toEqual([c['ENV-NOISE-BUILD']]);
    // A share of 0.8: 0.75 is not enough, wages (1.0) are.
    expect((await proposals('admin', '?minShare=0.8')).items.map((p: { categoryId: number }) => p.categoryId)).toEqual([c['HR-WAGE-UNPAID']]);
    // Two requests are enough: wages in the district (2 of 2 by the district) appear too.
    const two = await proposals('dispatcher', '?minTickets=2');
    expect(two.items.find((p: { categoryId: number; districtId: number | null }) => p.categoryId === c['HR-WAGE-UNPAID'] && p.districtId === u.DIST)).toMatchObject({ unitId: u.DIST, tickets: 2, changes: true });
  });

  it('bad queries and other roles are refused', async () => {
    for (const q of ['?minShare=0.3', '?minTickets=0', '?minTickets=x']) expect((await t.call('admin', 'GET', `/api/v1/dispatch-catalogue/proposals${q}`)).status, q).toBe(400);
    expect((await t.call('env', 'GET', '/api/v1/dispatch-catalogue/proposals')).status).toBe(403);
    expect((await t.call(null, 'GET', '/api/v1/dispatch-catalogue/proposals')).status).toBe(401);
  });
});

describe('accepting a proposal', () => {
  const accept = (items: unknown, user = 'admin') => t.call(user, 'POST', '/api/v1/dispatch-catalogue/proposals/accept', { items });

  it('refuses what is not proposed, a non-admin and bad bodies, changing nothing', async () => {
    await t.ctx.listeners.settle();
    const before = await snapshot(t.database);
    const noise = { categoryId: c['ENV-NOISE-BUILD'], districtId: u.DIST };
    // Another unit than the proposal's; the proposal for another district; wages in the district (too few).
    for (const item of [
      { ...noise, unitId: u.ENV },
      { ...noise, districtId: null, unitId: u.DIST },
      { categoryId: c['HR-WAGE-UNPAID'], districtId: u.DIST, unitId: u.DIST },
    ]) {
      const res = await accept([item]);
      expect(res.status, JSON.stringify(item)).toBe(409);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body.code).toBe('not_proposed');
    }
    // All or none: a good one with a bad one writes neither.
    expect((await accept([{ ...noise, unitId: u.DIST }, { ...noise, districtId: null, unitId: u.DIST }])).status).toBe(409);
    // The same twice.
    expect((await accept([{ ...noise, unitId: u.DIST }, { ...noise, unitId: u.DIST }])).body.code).toBe('duplicate_proposal');
    expect((await accept([{ ...noise, unitId: u.DIST }], 'dispatcher')).status).toBe(403);
    for (const bad of [[], null, [{ categoryId: 'x', unitId: u.DIST }], [{ categoryId: c['ENV-NOISE-BUILD'] }]]) {
      const res = await accept(bad);
      expect(res.status, JSON.stringify(bad)).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    expect(await snapshot(t.database)).toEqual(before);
  });

  it('puts it in the catalogue, in the audit log, and out of the proposals', async () => {
    const res = await accept([{ categoryId: c['ENV-NOISE-BUILD'], districtId: u.DIST, unitId: u.DIST }]);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ total: 1, items: [{ categoryId: c['ENV-NOISE-BUILD'], districtId: u.DIST, unitId: u.DIST }] });
    const catalogue = (await t.call('admin', 'GET', '/api/v1/dispatch-catalogue')).body.items;
    expect(catalogue).toEqual([{ id: res.body.items[0].id, categoryId: c['ENV-NOISE-BUILD'], districtId: u.DIST, unitId: u.DIST }]);
    const log = (await t.call('admin', 'GET', '/api/v1/audit-log?action=catalogue.accept')).body.items;
    expect(log[0]).toMatchObject({ action: 'catalogue.accept', detail: { before: null, after: { categoryId: c['ENV-NOISE-BUILD'], districtId: u.DIST, unitId: u.DIST }, tickets: 4, handled: 3 } });
    const left = await proposals();
    expect(left.items.map((p: { categoryId: number }) => p.categoryId)).toEqual([c['HR-WAGE-UNPAID']]);
    // Accepting it again: no longer proposed.
    expect((await accept([{ categoryId: c['ENV-NOISE-BUILD'], districtId: u.DIST, unitId: u.DIST }])).status).toBe(409);
  });
});
