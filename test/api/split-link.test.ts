// 一件多诉 拆分 / 关联工单 over the HTTP API: a call that raised two matters (a road pothole and an
// unpaid wage) becomes two tickets, each with its own unit and deadline, linked both ways; links
// between existing tickets; what a unit may (not) learn through a link. Deadlines are worked out
// by hand on the real calendar: office hours 08:30–12:00 and 13:30–17:30 Asia/Shanghai;
// 2026-03-02 is a Monday, a working week with no holiday.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { local, snapshot, testApp, type TestApp } from '../helpers.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
  // The unpaid-wage category has its own limit: 2 working days to handle (the default for help is 3).
  const rule = await t.call('admin', 'POST', '/api/v1/time-limit-rules', { categoryId: t.fx.categories['HR-WAGE-UNPAID'], handleLimit: { amount: 2, unit: 'working_days' } });
  expect(rule.status).toBe(201);
});
afterAll(async () => {
  await t?.close();
});

const TWO_MATTERS = '东门街道建设路12号门口路面有一个大坑，电动车经过很危险。另外我在建设路的饭店打工，老板拖欠三个月工资不给。';
const WAGE = '来电人在建设路某饭店打工，老板拖欠其三个月工资共一万二千元，要求督促支付。';

async function registerAt(when: string, extra: Record<string, unknown> = {}) {
  const res = await t.at(when, () =>
    t.call('agent', 'POST', '/api/v1/tickets', {
      channel: 'phone',
      type: 'complaint',
      content: TWO_MATTERS,
      caller: { name: '李四', phone: '13912345678' },
      address: '东城区东门街道建设路12号',
      ...extra,
    }),
  );
  expect(res.status).toBe(201);
  return res.body as { id: number; number: string };
}

const splitAt = (when: string, user: string, id: number, body: unknown, headers?: Record<string, string>) =>
  t.at(when, () => t.call(user, 'POST', `/api/v1/tickets/${id}/split`, body, headers));
const get = async (id: number, user = 'admin') => (await t.call(user, 'GET', `/api/v1/tickets/${id}`)).body;

describe('split (拆分)', () => {
  it('moves the second matter into a new ticket: same caller and channel, the call’s received time, its own number, linked both ways', async () => {
    const source = await registerAt('2026-03-02 09:00');
    const res = await splitAt('2026-03-02 10:00', 'agent', source.id, { content: WAGE, type: 'help', categoryId: t.fx.categories['HR-WAGE-UNPAID'], address: null });
    expect(res.status).toBe(201);
    const created = res.body.created;
    expect(res.headers.location).toBe(`/api/v1/tickets/${created.id}`);
    expect(created.id).not.toBe(source.id);
    expect(created.number).not.toBe(source.number);
    expect(created.number).toMatch(/^20260302\d{7}$/); // the call's day
    expect(created).toMatchObject({ status: 'registered', channel: 'phone', type: 'help', categoryId: t.fx.categories['HR-WAGE-UNPAID'], address: null });
    expect(res.body.source).toMatchObject({ id: source.id, status: 'registered', type: 'complaint' });

    const [s, c] = [await get(source.id), await get(created.id)];
    // Received once: the same instant; the dispatch limit (2 working hours) runs from the call: 11:00.
    expect(c.createdAt).toBe(local('2026-03-02 09:00').toISOString());
    expect(s.createdAt).toBe(c.createdAt);
    expect(c.dispatchBy).toBe(local('2026-03-02 11:00').toISOString());
    expect(s.dispatchBy).toBe(local('2026-03-02 11:00').toISOString());
    // The same caller (masked in the view; the same number revealed).
    expect(c.caller).toEqual(s.caller);
    const revealed = await t.call('agent', 'POST', `/api/v1/tickets/${created.id}/reveal`, {});
    expect(revealed.body).toMatchObject({ name: '李四', phone: '13912345678', content: WAGE });
    // The source keeps its own words.
    expect(s.content).toContain('路面有一个大坑');

    // Both timelines.
    expect(s.events.map((e: { type: string }) => e.type)).toEqual(['registered', 'split_out']);
    expect(s.events[1]).toMatchObject({ at: local('2026-03-02 10:00').toISOString(), payload: { toId: created.id, toNumber: created.number }, actor: { role: 'agent' } });
    expect(c.events.map((e: { type: string }) => e.type)).toEqual(['registered', 'split_from']);
    expect(c.events[0].at).toBe(local('2026-03-02 09:00').toISOString());
    expect(c.events[1]).toMatchObject({ at: local('2026-03-02 10:00').toISOString(), payload: { fromId: source.id, fromNumber: source.number } });
    // Linked both ways.
    expect(s.links).toEqual([expect.objectContaining({ id: created.id, number: created.number, kind: 'split', direction: 'out', status: 'registered' })]);
    expect(c.links).toEqual([expect.objectContaining({ id: source.id, number: source.number, kind: 'split', direction: 'in' })]);

    // Each goes to its own unit with its own limits, from its own dispatch.
    const wage = await t.stepAt('2026-03-02 14:00', 'dispatcher', created.id, 'dispatch', { unitId: t.fx.units.HR });
    // Accept: 1 working hour → 15:00. Handle: the category's 2 working days from Monday 14:00 →
    // Monday 14:00–17:30 (210) + Tuesday (450) + Wednesday 08:30–12:00 (210) + 13:30–14:00 (30) = 900 → Wednesday 14:00.
    expect(wage.acceptBy).toBe(local('2026-03-02 15:00').toISOString());
    expect(wage.dueBy).toBe(local('2026-03-04 14:00').toISOString());
    const road = await t.stepAt('2026-03-02 14:30', 'dispatcher', source.id, 'dispatch', { unitId: t.fx.units['DIST-1'] });
    // A complaint, no category rule: 5 working days from Monday 14:30 → Monday 9 March 14:30.
    expect(road.acceptBy).toBe(local('2026-03-02 15:30').toISOString());
    expect(road.dueBy).toBe(local('2026-03-09 14:30').toISOString());
  });

  it('the similar-tickets panel does not offer the split-off matter as a duplicate to merge; another caller with the same words is offered', async () => {
    const source = await registerAt('2026-03-09 09:00');
    const res = await splitAt('2026-03-09 09:10', 'agent', source.id, { content: WAGE });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const other = await t.at('2026-03-09 09:20', () =>
      t.call('agent', 'POST', '/api/v1/tickets', { channel: 'phone', type: 'complaint', content: WAGE, caller: { name: '王五', phone: '13700001111' }, address: '东城区东门街道建设路12号' }),
    );
    expect(other.status).toBe(201);
    const similar = async (id: number) => (await t.call('dispatcher', 'GET', `/api/v1/tickets/${id}/similar`)).body.items.map((i: { id: number }) => i.id);
    // The other caller's wage request is like the split-off one (the same words, the same road) …
    expect(await similar(res.body.created.id)).toContain(other.body.id);
    expect(await similar(other.body.id)).toContain(res.body.created.id);
    // … but the two halves of one call are not offered to each other.
    expect(await similar(res.body.created.id)).not.toContain(source.id);
    expect(await similar(source.id)).not.toContain(res.body.created.id);
  });

  it('is done by the dispatcher too, with the same Idempotency-Key once', async () => {
    const source = await registerAt('2026-03-03 09:00');
    const body = { content: WAGE, categoryId: t.fx.categories['HR-WAGE-UNPAID'] };
    const first = await splitAt('2026-03-03 09:10', 'dispatcher', source.id, body, { 'idempotency-key': 'split-1' });
    expect(first.status).toBe(201);
    const before = await snapshot(t.database);
    const again = await splitAt('2026-03-03 09:11', 'dispatcher', source.id, body, { 'idempotency-key': 'split-1' });
    expect(again.status).toBe(200);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body.created.id).toBe(first.body.created.id);
    expect(await snapshot(t.database)).toEqual(before);
    // The type stays the source's when none is given; the address too.
    expect(first.body.created).toMatchObject({ type: 'complaint', address: expect.stringContaining('建设路') });
  });

  it('refuses bad input and the wrong role or state as problem+json, changing nothing anywhere', async () => {
    const source = await registerAt('2026-03-04 09:00');
    const dispatched = await registerAt('2026-03-04 09:05');
    await t.stepAt('2026-03-04 09:10', 'dispatcher', dispatched.id, 'dispatch', { unitId: t.fx.units.ENV });
    const before = await snapshot(t.database);
    const cases: [string, number, unknown, number, string][] = [
      ['agent', source.id, { content: '   ' }, 400, 'validation_failed'],
      ['agent', source.id, {}, 400, 'validation_failed'],
      ['agent', source.id, { content: WAGE, type: 'gossip' }, 400, 'validation_failed'],
      ['agent', source.id, { content: WAGE, categoryId: 999_999 }, 400, 'unknown_category'],
      ['agent', source.id, { content: TWO_MATTERS }, 400, 'same_content'],
      ['callback', source.id, { content: WAGE }, 403, 'forbidden'],
      ['supervisor', source.id, { content: WAGE }, 403, 'forbidden'],
      ['analyst', source.id, { content: WAGE }, 403, 'forbidden'],
      // A unit sees no registered ticket: it does not exist for them.
      ['env', source.id, { content: WAGE }, 404, 'ticket_not_found'],
      // Dispatched: the unit holds it now (withdraw or return first).
      ['dispatcher', dispatched.id, { content: WAGE }, 409, 'invalid_state'],
      ['env', dispatched.id, { content: WAGE }, 403, 'forbidden'],
      ['agent', 999_999, { content: WAGE }, 404, 'ticket_not_found'],
      ['agent', source.id, { content: 'x'.repeat(10_001) }, 400, 'validation_failed'],
    ];
    for (const [user, id, body, status, code] of cases) {
      const res = await splitAt('2026-03-04 09:30', user, id, body);
      expect({ user, body, status: res.status, code: res.body.code }).toEqual({ user, body, status, code });
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
    expect(await snapshot(t.database)).toEqual(before);
  });
});

describe('link (关联)', () => {
  it('relates two tickets both ways, on both timelines; unlinks; refuses what it must, changing nothing', async () => {
    const a = await registerAt('2026-03-05 09:00');
    const b = await registerAt('2026-03-05 09:30', { content: '建设路12号门口的大坑还没人修，邻居也反映过。', caller: { name: '王五', phone: '13700000000' } });
    const linked = await t.call('supervisor', 'POST', `/api/v1/tickets/${a.id}/links`, { kind: 'same_matter', otherNumber: b.number });
    expect(linked.status).toBe(200);
    expect(linked.body.items).toEqual([expect.objectContaining({ id: b.id, number: b.number, kind: 'same_matter', direction: 'out' })]);
    const [ga, gb] = [await get(a.id), await get(b.id)];
    expect(ga.events.at(-1)).toMatchObject({ type: 'linked', payload: { otherId: b.id, otherNumber: b.number, kind: 'same_matter', direction: 'out' }, actor: { role: 'supervisor' } });
    expect(gb.events.at(-1)).toMatchObject({ type: 'linked', payload: { otherId: a.id, otherNumber: a.number, kind: 'same_matter', direction: 'in' } });
    expect(gb.links).toEqual([expect.objectContaining({ id: a.id, kind: 'same_matter', direction: 'in' })]);

    const before = await snapshot(t.database);
    const refused: [string, string, string, unknown, number, string][] = [
      ['agent', 'POST', `/api/v1/tickets/${b.id}/links`, { kind: 'related', otherId: a.id }, 409, 'already_linked'],
      ['agent', 'POST', `/api/v1/tickets/${a.id}/links`, { kind: 'related', otherId: a.id }, 400, 'link_to_self'],
      ['agent', 'POST', `/api/v1/tickets/${a.id}/links`, { kind: 'related', otherNumber: '20990101000000' }, 404, 'target_not_found'],
      ['agent', 'POST', `/api/v1/tickets/${a.id}/links`, { kind: 'cousin', otherId: b.id }, 400, 'validation_failed'],
      ['agent', 'POST', `/api/v1/tickets/${a.id}/links`, { kind: 'related' }, 400, 'validation_failed'],
      ['analyst', 'POST', `/api/v1/tickets/${a.id}/links`, { kind: 'related', otherId: b.id }, 403, 'forbidden'],
      ['env', 'POST', `/api/v1/tickets/${a.id}/links`, { kind: 'related', otherId: b.id }, 404, 'ticket_not_found'],
      ['agent', 'DELETE', `/api/v1/tickets/${a.id}/links/999999`, undefined, 404, 'target_not_found'],
      ['analyst', 'DELETE', `/api/v1/tickets/${a.id}/links/${b.id}`, undefined, 403, 'forbidden'],
    ];
    for (const [user, method, url, body, status, code] of refused) {
      const res = await t.call(user, method, url, body);
      expect({ url, body, status: res.status, code: res.body.code }).toEqual({ url, body, status, code });
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
    expect(await snapshot(t.database)).toEqual(before);

    const unlinked = await t.call('agent', 'DELETE', `/api/v1/tickets/${b.id}/links/${a.id}`);
    expect(unlinked.status).toBe(200);
    expect(unlinked.body.items).toEqual([]);
    expect((await get(a.id)).links).toEqual([]);
    expect((await get(a.id)).events.at(-1)).toMatchObject({ type: 'unlinked', payload: { otherId: b.id, kind: 'same_matter' } });
    expect((await get(b.id)).events.at(-1)).toMatchObject({ type: 'unlinked', payload: { otherId: a.id, kind: 'same_matter' } });
  });

  it('a split’s link stays', async () => {
    const source = await registerAt('2026-03-05 10:00');
    const { created } = (await splitAt('2026-03-05 10:05', 'agent', source.id, { content: WAGE })).body;
    const before = await snapshot(t.database);
    const res = await t.call('admin', 'DELETE', `/api/v1/tickets/${source.id}/links/${created.id}`);
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('split_link');
    expect(await snapshot(t.database)).toEqual(before);
  });
});

describe('what a unit sees through a link', () => {
  it('a link, and a timeline entry, only to tickets the unit may see: never another unit’s number or words', async () => {
    const road = await registerAt('2026-03-06 09:00');
    const { created: wage } = (await splitAt('2026-03-06 09:05', 'agent', road.id, { content: WAGE, categoryId: t.fx.categories['HR-WAGE-UNPAID'] })).body;
    const follow = await registerAt('2026-03-06 09:10', { content: '建设路12号门口大坑旁边的井盖也松了，一起处理。' });
    expect((await t.call('dispatcher', 'POST', `/api/v1/tickets/${road.id}/links`, { kind: 'follow_up', otherId: follow.id })).status).toBe(200);
    await t.stepAt('2026-03-06 09:20', 'dispatcher', road.id, 'dispatch', { unitId: t.fx.units.ENV });
    await t.stepAt('2026-03-06 09:21', 'dispatcher', wage.id, 'dispatch', { unitId: t.fx.units.HR });
    await t.stepAt('2026-03-06 09:22', 'dispatcher', follow.id, 'dispatch', { unitId: t.fx.units.ENV });

    // ENV holds the road and its follow-up: it sees that link, not the split-off wage ticket.
    const envView = await t.call('env', 'GET', `/api/v1/tickets/${road.id}`);
    expect(envView.status).toBe(200);
    expect(envView.body.links).toEqual([expect.objectContaining({ id: follow.id, kind: 'follow_up', direction: 'out' })]);
    const splitOut = envView.body.events.find((e: { type: string }) => e.type === 'split_out');
    expect(splitOut.payload).toEqual({ toId: null, toNumber: null });
    const raw = JSON.stringify(envView.body);
    expect(raw).not.toContain(wage.number);
    // (The road ticket keeps the call as the caller told it; the split-off ticket's own words stay its own.)
    expect(raw).not.toContain('一万二千元');
    expect((await t.call('env', 'GET', `/api/v1/tickets/${road.id}/links`)).body.items.map((l: { id: number }) => l.id)).toEqual([follow.id]);
    // HR holds the wage ticket: nothing of the road ticket.
    const hrView = await t.call('hr', 'GET', `/api/v1/tickets/${wage.id}`);
    expect(hrView.body.links).toEqual([]);
    expect(hrView.body.events.find((e: { type: string }) => e.type === 'split_from').payload).toEqual({ fromId: null, fromNumber: null });
    expect(JSON.stringify(hrView.body)).not.toContain(road.number);
    expect((await t.call('hr', 'GET', `/api/v1/tickets/${road.id}/links`)).status).toBe(404);
    // The centre sees it all.
    expect((await get(road.id, 'supervisor')).links.map((l: { id: number }) => l.id).sort()).toEqual([wage.id, follow.id].sort());
  });
});
