// The console's work queues: what each role works on next, in order, and what a unit handler
// must not see (another unit's tickets, the centre's queues).

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp, snapshot } from '../helpers.js';

let t: TestApp;
const ids: Record<string, number> = {};

const body = (content: string, extra: Record<string, unknown> = {}) => ({
  channel: 'phone',
  type: 'complaint',
  content,
  caller: { name: '王五', phone: '13912345678' },
  ...extra,
});

async function register(when: string, name: string, content: string, extra: Record<string, unknown> = {}) {
  const res = await t.at(when, () => t.call('agent', 'POST', '/api/v1/tickets', body(content, extra)));
  expect(res.status).toBe(201);
  ids[name] = res.body.id;
  return res.body.id as number;
}

beforeAll(async () => {
  t = await testApp();
  const { units } = t.fx;
  // Registered, waiting for dispatch: an older normal one and a newer urgent one.
  await register('2026-03-02 09:00', 'old', '东门街道建设路工地夜间施工噪音扰民');
  await register('2026-03-02 09:30', 'urgent', '西门街道自来水管爆裂，路面积水', { priority: 'urgent' });
  // ENV asks to return one; HR accepts one and asks for an extension.
  await register('2026-03-02 08:00', 'ret', '工厂排放黑烟，气味刺鼻');
  await t.stepAt('2026-03-02 08:10', 'dispatcher', ids.ret, 'dispatch', { unitId: units.ENV });
  await t.stepAt('2026-03-02 08:20', 'env', ids.ret, 'return', { reason: '属于区里管辖' });
  await register('2026-03-02 08:05', 'ext', '公司拖欠三个月工资不发');
  await t.stepAt('2026-03-02 08:15', 'dispatcher', ids.ext, 'dispatch', { unitId: units.HR });
  await t.stepAt('2026-03-02 08:30', 'hr', ids.ext, 'accept');
  await t.stepAt('2026-03-02 08:40', 'hr', ids.ext, 'extend', { days: 3, reason: '需要调查取证' });
  // ENV's inbox: one handling (dispatched first, accepted), one only dispatched later, one where
  // ENV assists HR, and one replied (for the callback queue).
  await register('2026-03-02 10:00', 'handling', '河道有人倾倒垃圾，水体发臭');
  await t.stepAt('2026-03-02 10:05', 'dispatcher', ids.handling, 'dispatch', { unitId: units.ENV });
  await t.stepAt('2026-03-02 10:10', 'env', ids.handling, 'accept');
  await register('2026-03-02 11:00', 'toAccept', '小区旁边烧烤油烟很大');
  await t.stepAt('2026-03-02 11:05', 'dispatcher', ids.toAccept, 'dispatch', { unitId: units.ENV });
  await register('2026-03-02 11:10', 'assist', '工地欠薪且夜间施工扰民');
  await t.stepAt('2026-03-02 11:15', 'dispatcher', ids.assist, 'dispatch', { unitId: units.HR, assistUnitIds: [units.ENV] });
  await register('2026-03-02 07:00', 'replied', '垃圾站臭味影响居民');
  await t.stepAt('2026-03-02 07:05', 'dispatcher', ids.replied, 'dispatch', { unitId: units.ENV });
  await t.stepAt('2026-03-02 07:10', 'env', ids.replied, 'accept');
  await t.stepAt('2026-03-02 09:00', 'env', ids.replied, 'reply', { content: '您好，经核查已清运垃圾并消杀，如有疑问可拨打12345。' });
  await register('2026-03-02 07:30', 'replied2', '河边垃圾没人清理');
  await t.stepAt('2026-03-02 07:35', 'dispatcher', ids.replied2, 'dispatch', { unitId: units.HR });
  await t.stepAt('2026-03-02 07:40', 'hr', ids.replied2, 'accept');
  await t.stepAt('2026-03-03 09:00', 'hr', ids.replied2, 'reply', { content: '您好，已安排清理。' });
}, 60_000);
afterAll(async () => {
  await t?.close();
});

const numbers = (items: { id: number }[]) => items.map((x) => Object.entries(ids).find(([, id]) => id === x.id)?.[0] ?? x.id);

describe('GET /queues/dispatch', () => {
  it('lists registered tickets, returns and extension requests; urgent first, then oldest waiting', async () => {
    const res = await t.at('2026-03-02 12:00', () => t.call('dispatcher', 'GET', '/api/v1/queues/dispatch'));
    expect(res.status).toBe(200);
    expect(numbers(res.body.items)).toEqual(['urgent', 'ret', 'ext', 'old']);
    // sent: out with the units (not waiting for the dispatcher, so not in all)
    expect(res.body.counts).toEqual({ registered: 2, returns: 1, extensions: 1, all: 4, sent: 5 });
    expect(res.body.items[0].caller.phone).toBe('139****5678');
  });

  it('filters by view', async () => {
    const r = await t.call('dispatcher', 'GET', '/api/v1/queues/dispatch?view=returns');
    expect(numbers(r.body.items)).toEqual(['ret']);
    expect(r.body.items[0].pendingReturn.reason).toBe('属于区里管辖');
    const e = await t.call('supervisor', 'GET', '/api/v1/queues/dispatch?view=extensions');
    expect(numbers(e.body.items)).toEqual(['ext']);
    const reg = await t.call('admin', 'GET', '/api/v1/queues/dispatch?view=registered&pageSize=1');
    expect(reg.body).toMatchObject({ total: 2, page: 1, pageSize: 1 });
    expect(numbers(reg.body.items)).toEqual(['urgent']);
  });

  it('sent: the tickets out with the units, to re-route or withdraw, the latest dispatched first', async () => {
    const r = await t.call('dispatcher', 'GET', '/api/v1/queues/dispatch?view=sent');
    expect(numbers(r.body.items)).toEqual(['assist', 'toAccept', 'handling', 'ext', 'ret']);
  });

  it('is the centre\'s: unit handlers, agents and callback agents are refused; bad views are 400', async () => {
    for (const user of ['env', 'agent', 'callback', 'analyst']) {
      const res = await t.call(user, 'GET', '/api/v1/queues/dispatch');
      expect(res.status, user).toBe(403);
      expect(res.body.items).toBeUndefined();
    }
    const before = await snapshot(t.database);
    expect((await t.call('dispatcher', 'GET', '/api/v1/queues/dispatch?view=nope')).status).toBe(400);
    expect((await t.call(null, 'GET', '/api/v1/queues/dispatch')).status).toBe(401);
    expect(await snapshot(t.database)).toEqual(before);
  });
});

describe('GET /queues/inbox', () => {
  it('shows a unit its own and assisted tickets, nearest current deadline first, never another unit\'s', async () => {
    const res = await t.at('2026-03-02 12:00', () => t.call('env', 'GET', '/api/v1/queues/inbox'));
    expect(res.status).toBe(200);
    const names = numbers(res.body.items);
    // Accept deadlines (1 working hour from dispatch) come before the handling deadlines (days).
    expect(names[0]).toBe('ret');
    expect(names.indexOf('toAccept')).toBeLessThan(names.indexOf('handling'));
    expect(new Set(names)).toEqual(new Set(['toAccept', 'handling', 'assist', 'ret']));
    expect(names).not.toContain('ext');
    expect(names).not.toContain('replied2');
    const due = res.body.items.map((x: any) => (x.status === 'dispatched' ? x.acceptBy : x.dueBy));
    expect([...due].sort()).toEqual(due);
    expect(res.body.counts).toMatchObject({ open: 4, accept: 3, handling: 1, supervision: 0 });
  });

  it('views: to accept, handling, overdue (by the server clock)', async () => {
    const accept = await t.at('2026-03-02 12:00', () => t.call('env', 'GET', '/api/v1/queues/inbox?view=accept'));
    expect(new Set(numbers(accept.body.items))).toEqual(new Set(['toAccept', 'assist', 'ret']));
    const handling = await t.call('env', 'GET', '/api/v1/queues/inbox?view=handling');
    expect(numbers(handling.body.items)).toEqual(['handling']);
    const early = await t.at('2026-03-02 11:06', () => t.call('env', 'GET', '/api/v1/queues/inbox?view=overdue'));
    expect(numbers(early.body.items)).not.toContain('toAccept');
    const late = await t.at('2026-03-02 15:00', () => t.call('env', 'GET', '/api/v1/queues/inbox?view=overdue'));
    expect(numbers(late.body.items)).toContain('toAccept');
  });

  it('a unit filter cannot widen a unit handler\'s scope', async () => {
    const res = await t.call('env', 'GET', `/api/v1/queues/inbox?unit=${t.fx.units.HR}`);
    expect(res.status).toBe(200);
    // Only what is both HR's and visible to ENV: the ticket ENV assists.
    expect(numbers(res.body.items)).toEqual(['assist']);
    const hr = await t.call('hr', 'GET', '/api/v1/queues/inbox');
    expect(numbers(hr.body.items)).not.toContain('handling');
    expect(numbers(hr.body.items)).not.toContain('toAccept');
    const street = await t.call('street1', 'GET', '/api/v1/queues/inbox');
    expect(street.body).toMatchObject({ items: [], total: 0 });
  });

  it('supervisors see every unit, or one unit; agents and dispatchers are refused', async () => {
    const all = await t.call('supervisor', 'GET', '/api/v1/queues/inbox');
    expect(numbers(all.body.items)).toEqual(expect.arrayContaining(['ext', 'handling', 'toAccept']));
    const hr = await t.call('supervisor', 'GET', `/api/v1/queues/inbox?unit=${t.fx.units.HR}`);
    expect(new Set(numbers(hr.body.items))).toEqual(new Set(['ext', 'assist']));
    const before = await snapshot(t.database);
    expect((await t.call('supervisor', 'GET', '/api/v1/queues/inbox?unit=999999')).status).toBe(400);
    for (const user of ['agent', 'dispatcher', 'callback']) expect((await t.call(user, 'GET', '/api/v1/queues/inbox')).status, user).toBe(403);
    expect(await snapshot(t.database)).toEqual(before);
  });
});

describe('GET /queues/callbacks', () => {
  it('lists replied tickets, nearest callback deadline first', async () => {
    const res = await t.at('2026-03-03 12:00', () => t.call('callback', 'GET', '/api/v1/queues/callbacks'));
    expect(res.status).toBe(200);
    expect(numbers(res.body.items)).toEqual(['replied', 'replied2']);
    expect(res.body.items[0].replyScore).toEqual(expect.any(Number));
    expect(res.body.counts).toMatchObject({ all: 2, retry: 0 });
    const overdue = await t.at('2026-03-03 12:00', () => t.call('callback', 'GET', '/api/v1/queues/callbacks?view=overdue'));
    expect(numbers(overdue.body.items)).toEqual(['replied']);
  });

  it('an unreachable attempt moves a ticket to the retry view', async () => {
    await t.stepAt('2026-03-03 12:10', 'callback', ids.replied2, 'callback', { reached: false });
    const retry = await t.call('callback', 'GET', '/api/v1/queues/callbacks?view=retry');
    expect(numbers(retry.body.items)).toEqual(['replied2']);
  });

  it('is refused to unit handlers and agents', async () => {
    for (const user of ['env', 'agent', 'dispatcher']) expect((await t.call(user, 'GET', '/api/v1/queues/callbacks')).status, user).toBe(403);
  });
});
