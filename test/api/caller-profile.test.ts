// 来电人画像 over the API: addressed by an opaque key (never the number), masked, scoped (a unit
// sees only its own tickets of the caller), revealed only by a logged step; and 全部已读 for the
// notification bell.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snapshot, testApp, type TestApp } from '../helpers.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => {
  await t?.close();
});

const PHONE = '13812345678';
const ids: Record<string, number> = {};
const numbers: Record<string, string> = {};

async function register(when: string, body: Record<string, unknown>) {
  const res = await t.at(when, () => t.call('agent', 'POST', '/api/v1/tickets', { channel: 'phone', ...body }));
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: number; number: string };
}

async function keyFor(user: string, body: Record<string, unknown>) {
  return t.call(user, 'POST', '/api/v1/callers/keys', body);
}

describe('caller profile', () => {
  beforeAll(async () => {
    const u = t.fx.units;
    // Three tickets of one caller (the third written with +86 and spaces: the same caller), one of another.
    const a = await register('2026-03-02 09:00', { type: 'complaint', content: '工地夜间施工噪声扰民，凌晨两点还在打桩。', caller: { name: '王小明', phone: PHONE } });
    const b = await register('2026-03-03 10:00', { type: 'consult', content: '请问失业保险金怎么申领，需要哪些材料？', caller: { name: '王小明', phone: PHONE } });
    const c = await register('2026-03-20 11:00', { type: 'complaint', content: '单位拖欠三个月工资不发，老板电话不接。', caller: { name: '王小明', phone: '+86 138 1234 5678' } });
    const other = await register('2026-03-02 09:30', { type: 'complaint', content: '楼下饭店油烟很大。', caller: { name: '李四', phone: '13900000000' } });
    Object.assign(ids, { a: a.id, b: b.id, c: c.id, other: other.id });
    Object.assign(numbers, { a: a.number, b: b.number, c: c.number });
    await t.stepAt('2026-03-02 10:00', 'dispatcher', a.id, 'dispatch', { unitId: u.ENV });
    await t.stepAt('2026-03-03 11:00', 'dispatcher', b.id, 'dispatch', { unitId: u.HR });
    await t.stepAt('2026-03-02 10:00', 'dispatcher', other.id, 'dispatch', { unitId: u.ENV });
  });

  it('a ticket gives the same opaque key for the caller however the number was written; the key hides the number', async () => {
    const fromA = await keyFor('agent', { ticketId: ids.a });
    const fromC = await keyFor('agent', { ticketId: ids.c });
    const fromPhone = await keyFor('agent', { phone: '138-1234-5678' });
    expect(fromA.status).toBe(200);
    expect(fromC.body.key).toBe(fromA.body.key);
    expect(fromPhone.body.key).toBe(fromA.body.key);
    expect(fromA.body.key).not.toMatch(/1234|5678|138/);
    const otherKey = await keyFor('agent', { ticketId: ids.other });
    expect(otherKey.body.key).not.toBe(fromA.body.key);
  });

  it('an agent sees the three tickets, counts and the number masked — nowhere in full', async () => {
    const { key } = (await keyFor('agent', { ticketId: ids.a })).body;
    const res = await t.at('2026-03-25 09:00', () => t.call('agent', 'GET', `/api/v1/callers/${key}`));
    expect(res.status).toBe(200);
    expect(res.body.phone).toBe('138****5678');
    expect(res.body.name).toBe('王**');
    expect(JSON.stringify(res.body)).not.toContain(PHONE);
    expect(JSON.stringify(res.body)).not.toContain('王小明');
    // Newest first; a's unit, b's unit, c not yet dispatched.
    expect(res.body.tickets.map((x: { number: string }) => x.number)).toEqual([numbers.c, numbers.b, numbers.a]);
    expect(res.body.tickets.map((x: { unitName: string | null }) => x.unitName)).toEqual([null, '测试市人社局', '测试市生态环境局']);
    // Two complaints (a, c); none closed; on 03-25 all three were registered within 30 days.
    expect(res.body.counts).toMatchObject({ total: 3, open: 3, complaints: 2, last30Days: 3 });
    const later = await t.at('2026-04-02 12:00', () => t.call('agent', 'GET', `/api/v1/callers/${key}`));
    // 30 days before 04-02 12:00 is 03-03 12:00: b (03-03 10:00) and a fall out, c stays.
    expect(later.body.counts.last30Days).toBe(1);
    expect(res.body.calls).toEqual([]);
    expect(res.body.reveal).toEqual({ allowed: true, reasonRequired: false });
  });

  it("a unit handler sees only their unit's ticket of the caller, no calls or SMS, and cannot look numbers up", async () => {
    const env = await keyFor('env', { ticketId: ids.a });
    expect(env.status).toBe(200);
    const res = await t.call('env', 'GET', `/api/v1/callers/${env.body.key}`);
    expect(res.status).toBe(200);
    expect(res.body.tickets.map((x: { number: string }) => x.number)).toEqual([numbers.a]);
    expect(JSON.stringify(res.body)).not.toContain(numbers.b);
    expect(res.body.counts.total).toBe(1);
    expect(res.body.calls).toBeNull();
    expect(res.body.messages).toBeNull();
    // HR's ticket names no caller for ENV; a number typed in is the centre's lookup.
    expect((await keyFor('env', { ticketId: ids.b })).status).toBe(404);
    expect((await keyFor('env', { phone: PHONE })).status).toBe(403);
    // A street with no ticket of this caller: the key (from a shared link) opens nothing.
    const street = await t.call('street1', 'GET', `/api/v1/callers/${env.body.key}`);
    expect(street.status).toBe(404);
    const hr = await t.call('hr', 'GET', `/api/v1/callers/${env.body.key}`);
    expect(hr.body.tickets.map((x: { number: string }) => x.number)).toEqual([numbers.b]);
  });

  it('analysts and quality inspectors get no profile', async () => {
    const { key } = (await keyFor('agent', { ticketId: ids.a })).body;
    expect((await t.call('analyst', 'GET', `/api/v1/callers/${key}`)).status).toBe(403);
    expect((await t.call('qa', 'GET', `/api/v1/callers/${key}`)).status).toBe(403);
    expect((await keyFor('analyst', { ticketId: ids.a })).status).toBe(403);
  });

  it('a bad or tampered key is a problem+json 404 and changes nothing', async () => {
    const { key } = (await keyFor('agent', { ticketId: ids.a })).body as { key: string };
    const tampered = key.slice(0, 10) + (key[10] === 'A' ? 'B' : 'A') + key.slice(11);
    const before = await snapshot(t.database);
    for (const bad of ['nope', PHONE, tampered, 'A'.repeat(64)]) {
      for (const [method, url] of [['GET', `/api/v1/callers/${bad}`], ['POST', `/api/v1/callers/${bad}/reveal`]] as const) {
        const res = await t.call('agent', method, url, method === 'POST' ? {} : undefined);
        expect(res.status, `${method} ${bad}`).toBe(404);
        expect(String(res.headers['content-type'])).toContain('application/problem+json');
        expect(res.body.code).toBe('caller_not_found');
      }
    }
    const noneGiven = await keyFor('agent', {});
    expect(noneGiven.status).toBe(400);
    expect(String(noneGiven.headers['content-type'])).toContain('application/problem+json');
    expect(await snapshot(t.database)).toEqual(before);
  });

  it('the full number only through the reveal, each time logged as reveal_caller', async () => {
    const { key } = (await keyFor('agent', { ticketId: ids.a })).body;
    const logged = () => t.database.db.selectFrom('audit_log').selectAll().where('action', '=', 'reveal_caller').execute();
    expect(await logged()).toHaveLength(0);
    const res = await t.call('agent', 'POST', `/api/v1/callers/${key}/reveal`, {});
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ phone: PHONE, name: '王小明' });
    const rows = await logged();
    expect(rows).toHaveLength(1);
    const detail = (typeof rows[0].detail === 'string' ? JSON.parse(rows[0].detail) : rows[0].detail) as Record<string, unknown>;
    expect(detail).toMatchObject({ via: 'caller_profile', phone: '138****5678' });
    expect(JSON.stringify(rows[0])).not.toContain(PHONE);
    // A unit handler who may not open the profile reveals nothing, and nothing is logged.
    expect((await t.call('street1', 'POST', `/api/v1/callers/${key}/reveal`, {})).status).toBe(404);
    expect(await logged()).toHaveLength(1);
  });

  it('a repeat is flagged with the earlier ticket, and a callback’s result is listed', async () => {
    const phone = '13600006666';
    const first = await register('2026-03-02 09:00', { type: 'complaint', content: '星沙大道北段人行道上的井盖缺失，晚上路过很危险，请尽快补上。', caller: { name: '钱七', phone } });
    await t.stepAt('2026-03-02 10:00', 'dispatcher', first.id, 'dispatch', { unitId: t.fx.units.ENV });
    await t.stepAt('2026-03-02 11:00', 'env', first.id, 'accept');
    await t.stepAt('2026-03-03 11:00', 'env', first.id, 'reply', { content: '已联系养护单位补装井盖。' });
    await t.stepAt('2026-03-04 11:00', 'callback', first.id, 'callback', { reached: true, resolved: false, satisfaction: 'unsatisfied' });
    const again = await register('2026-03-05 09:00', { type: 'complaint', content: '星沙大道北段那个井盖还是不见了，晚上路过很危险，上次反映过。', caller: { name: '钱七', phone } });
    const { key } = (await keyFor('agent', { ticketId: again.id })).body;
    const p = (await t.call('agent', 'GET', `/api/v1/callers/${key}`)).body;
    expect(p.tickets.map((x: { number: string }) => x.number)).toEqual([again.number, first.number]);
    expect(p.tickets[0].repeat).toEqual({ ofId: first.id, ofNumber: first.number, reason: 'caller' });
    expect(p.tickets[1].repeat).toBeNull();
    expect(p.counts.repeats).toBe(1);
    // Unsatisfied: the first was reopened (handling again), its satisfaction kept.
    expect(p.tickets[1]).toMatchObject({ status: 'handling', satisfaction: 'unsatisfied', resolved: false });
    expect(p.callbacks).toEqual([
      { ticketId: first.id, ticketNumber: first.number, at: new Date('2026-03-04T03:00:00Z').toISOString(), reached: true, resolved: false, satisfaction: 'unsatisfied', outcome: 'reopened' },
    ]);
  });

  it('a caller known only by a confidential ticket is revealed by an admin with a reason; an agent sees it masked', async () => {
    const secret = await register('2026-03-05 09:00', { type: 'report', content: '举报某企业偷排废水。', confidential: true, caller: { name: '赵六', phone: '13700007777' } });
    const { key } = (await keyFor('agent', { ticketId: secret.id })).body;
    const profile = await t.call('agent', 'GET', `/api/v1/callers/${key}`);
    expect(profile.body.tickets[0]).toMatchObject({ confidential: true, title: '【保密工单】' });
    expect(profile.body.reveal).toEqual({ allowed: false, reasonRequired: true });
    expect((await t.call('agent', 'POST', `/api/v1/callers/${key}/reveal`, {})).status).toBe(403);
    expect((await t.call('admin', 'POST', `/api/v1/callers/${key}/reveal`, {})).status).toBe(400);
    const ok = await t.call('admin', 'POST', `/api/v1/callers/${key}/reveal`, { reason: '公安机关协查' });
    expect(ok.body.phone).toBe('13700007777');
  });
});

describe('notifications: 全部已读', () => {
  it("marks every unread notification the user sees, and no other unit's", async () => {
    const u = t.fx.units;
    const at = new Date('2026-03-02T02:00:00Z');
    await t.database.db
      .insertInto('notifications')
      .values([
        { unit_id: u.ENV, ticket_id: ids.a, kind: 'accept_warning', message: 'ENV 1', created_at: at },
        { unit_id: u.ENV, ticket_id: ids.other, kind: 'accept_warning', message: 'ENV 2', created_at: at },
        { unit_id: u.HR, ticket_id: ids.b, kind: 'accept_warning', message: 'HR 1', created_at: at },
      ])
      .execute();
    const unread = async (user: string) => (await t.call(user, 'GET', '/api/v1/notifications?unread=true')).body.total as number;
    expect(await unread('env')).toBe(2);
    expect(await unread('hr')).toBe(1);
    const res = await t.call('env', 'POST', '/api/v1/notifications/read-all', {});
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ marked: 2 });
    expect(await unread('env')).toBe(0);
    expect(await unread('hr')).toBe(1);
    // Up to the newest one shown: one that arrived after it stays unread.
    const shown = (await t.call('hr', 'GET', '/api/v1/notifications?unread=true')).body.items[0].id as number;
    await t.database.db.insertInto('notifications').values({ unit_id: u.HR, ticket_id: ids.b, kind: 'accept_overdue', message: 'HR 2', created_at: at }).execute();
    expect((await t.call('hr', 'POST', '/api/v1/notifications/read-all', { upToId: shown })).body).toEqual({ marked: 1 });
    expect(await unread('hr')).toBe(1);
  });
});
