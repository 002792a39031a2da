// The ticket lifecycle over the HTTP API, step by step, each by the role that does it.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snapshot, testApp, type TestApp } from '../helpers.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => {
  await t?.close();
});

const complaint = (extra: Record<string, unknown> = {}) => ({
  channel: 'phone',
  type: 'complaint',
  content: '东门街道建设路工地夜间施工噪音扰民，凌晨两点还在打桩。',
  caller: { name: '张三', phone: '13812345678' },
  address: '东城区东门街道建设路12号',
  ...extra,
});

async function register(body: Record<string, unknown> = complaint()) {
  const res = await t.call('agent', 'POST', '/api/v1/tickets', body);
  expect(res.status).toBe(201);
  return res.body as { id: number; number: string; status: string };
}

const step = (user: string, id: number, name: string, body: unknown = {}) => t.call(user, 'POST', `/api/v1/tickets/${id}/${name}`, body);
const get = async (id: number, user = 'admin') => (await t.call(user, 'GET', `/api/v1/tickets/${id}`)).body;

describe('signing in', () => {
  it('serves /healthz without a token', async () => {
    const res = await t.call(null, 'GET', '/healthz');
    expect(res.status).toBe(200);
  });

  it('refuses a wrong password and calls without a valid token, as problem+json', async () => {
    const bad = await t.call(null, 'POST', '/api/v1/auth/login', { username: 'agent', password: 'wrong password' });
    expect(bad.status).toBe(401);
    expect(bad.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(bad.body).toMatchObject({ status: 401, code: 'invalid_credentials' });
    expect(bad.body.token).toBeUndefined();
    const unknown = await t.call(null, 'POST', '/api/v1/auth/login', { username: 'nobody', password: 'whatever1' });
    expect(unknown.body.code).toBe('invalid_credentials');
    expect((await t.call(null, 'GET', '/api/v1/tickets')).status).toBe(401);
    const forged = await t.call(null, 'GET', '/api/v1/tickets', undefined, { authorization: 'Bearer forged-token' });
    expect(forged.status).toBe(401);
    expect(forged.body.code).toBe('invalid_token');
  });

  it('ends a session on logout', async () => {
    const login = await t.call(null, 'POST', '/api/v1/auth/login', { username: 'analyst', password: 'correct horse battery' });
    const auth = { authorization: `Bearer ${login.body.token}` };
    expect((await t.call(null, 'GET', '/api/v1/auth/me', undefined, auth)).body.role).toBe('analyst');
    expect((await t.call(null, 'POST', '/api/v1/auth/logout', undefined, auth)).status).toBe(204);
    expect((await t.call(null, 'GET', '/api/v1/auth/me', undefined, auth)).status).toBe(401);
  });
});

describe('the whole lifecycle', () => {
  it('register → dispatch → accept → extend → reply → unsatisfied callback → reply → satisfied callback → closed', async () => {
    const created = await register(complaint({ categoryId: t.fx.categories['ENV-NOISE-BUILD'], priority: 'normal' }));
    expect(created.status).toBe('registered');
    expect(created.number).toMatch(/^\d{15}$/);
    const id = created.id;

    // An agent cannot dispatch.
    const agentDispatch = await step('agent', id, 'dispatch', { unitId: t.fx.units.ENV });
    expect(agentDispatch.status).toBe(403);
    expect(agentDispatch.body.code).toBe('forbidden');

    const dispatched = await step('dispatcher', id, 'dispatch', { unitId: t.fx.units.ENV, assistUnitIds: [t.fx.units['DIST-1']], note: '请尽快核查' });
    expect(dispatched.status).toBe(200);
    expect(dispatched.body.status).toBe('dispatched');
    let ticket = await get(id);
    expect(ticket.unitId).toBe(t.fx.units.ENV);
    expect(ticket.assistUnitIds).toEqual([t.fx.units['DIST-1']]);
    expect(new Date(ticket.acceptBy).toISOString()).toBe(ticket.acceptBy);
    expect(new Date(ticket.dueBy).getTime()).toBeGreaterThan(new Date(ticket.acceptBy).getTime());

    expect((await step('env', id, 'accept')).body.status).toBe('handling');
    expect((await step('env', id, 'extend', { days: 3, reason: '需要夜间蹲守取证' })).status).toBe(200);
    const oldDue = (await get(id)).dueBy;
    const approved = await step('supervisor', id, 'review-extension', { approve: true, note: '同意' });
    expect(approved.status).toBe(200);
    ticket = await get(id);
    expect(new Date(ticket.dueBy).getTime()).toBeGreaterThan(new Date(oldDue).getTime());
    const extEvent = ticket.events.find((e: { type: string }) => e.type === 'extension_approved');
    expect(extEvent.payload).toMatchObject({ days: 3, oldDueBy: oldDue, newDueBy: ticket.dueBy });

    expect((await step('env', id, 'reply', { content: '已责令工地停止夜间施工，并处罚款。' })).body.status).toBe('replied');
    const unhappy = await step('callback', id, 'callback', { reached: true, resolved: false, satisfaction: 'unsatisfied' });
    expect(unhappy.body.status).toBe('handling'); // 重办
    expect(unhappy.body.reopenCount).toBe(1);
    expect((await step('env', id, 'reply', { content: '再次核查，工地已安装隔音屏障。' })).body.status).toBe('replied');
    const happy = await step('callback', id, 'callback', { reached: true, resolved: true, satisfaction: 'satisfied' });
    expect(happy.body.status).toBe('closed');

    // Closed: nothing but reopen.
    expect((await step('dispatcher', id, 'dispatch', { unitId: t.fx.units.HR })).status).toBe(409);
    expect((await step('env', id, 'reply', { content: '补充' })).status).toBe(409);

    ticket = await get(id);
    expect(ticket.events.map((e: { type: string }) => e.type)).toEqual([
      'registered', 'dispatched', 'accepted', 'extension_requested', 'extension_approved',
      'replied', 'called_back', 'replied', 'called_back',
    ]);
    for (const e of ticket.events) {
      expect(e.actor.id).toEqual(expect.any(Number));
      expect(new Date(e.at).toISOString()).toBe(e.at);
      expect(e.payload).toEqual(expect.any(Object));
    }
    expect(ticket.events[0].actor.role).toBe('agent');
    expect(ticket.events[1].actor.role).toBe('dispatcher');
    expect(ticket.events[2].actor.role).toBe('unit_handler');
    expect(ticket.events[6].payload).toMatchObject({ outcome: 'reopened', satisfaction: 'unsatisfied' });

    // Reopen on the citizen's renewed complaint.
    const reopened = await step('callback', id, 'reopen', { reason: '市民反映噪音再次出现' });
    expect(reopened.body.status).toBe('handling');
  });

  it('return: rejected keeps the unit, approved sends the ticket back to the dispatch queue', async () => {
    const { id } = await register();
    await step('dispatcher', id, 'dispatch', { unitId: t.fx.units.HR });
    expect((await step('hr', id, 'return', { reason: '不属于人社职责' })).status).toBe(200);
    // While a return is pending the unit cannot accept.
    expect((await step('hr', id, 'accept')).status).toBe(409);
    expect((await step('hr', id, 'return', { reason: '再次申请' })).body.code).toBe('return_pending');
    const rejected = await step('dispatcher', id, 'review-return', { approve: false, note: '请继续办理' });
    expect(rejected.body).toMatchObject({ status: 'dispatched', unitId: t.fx.units.HR, pendingReturn: null });
    await step('hr', id, 'return', { reason: '确属生态环境局职责' });
    const approved = await step('dispatcher', id, 'review-return', { approve: true });
    expect(approved.body).toMatchObject({ status: 'registered', unitId: null, acceptBy: null, dueBy: null });
    // The unit that returned it no longer sees it.
    expect((await t.call('hr', 'GET', `/api/v1/tickets/${id}`)).status).toBe(404);
    expect((await step('dispatcher', id, 'dispatch', { unitId: t.fx.units.ENV })).body.status).toBe('dispatched');
  });

  it('extension denied leaves the deadline; an over-long extension is refused', async () => {
    const { id } = await register();
    await step('dispatcher', id, 'dispatch', { unitId: t.fx.units.ENV });
    await step('env', id, 'accept');
    const due = (await get(id)).dueBy;
    await step('env', id, 'extend', { days: 2, reason: '等待检测报告' });
    expect((await step('env', id, 'extend', { days: 1, reason: '再延' })).body.code).toBe('extension_pending');
    const denied = await step('dispatcher', id, 'review-extension', { approve: false, note: '不同意' });
    expect(denied.body.dueBy).toBe(due);
    const tooLong = await step('env', id, 'extend', { days: 16, reason: '很久' });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.code).toBe('extension_too_long');
    expect((await step('dispatcher', id, 'review-extension', { approve: true })).body.code).toBe('no_pending_extension');
  });

  it('answer directly closes a consultation without a unit', async () => {
    const { id } = await register({ channel: 'web', type: 'consult', content: '请问新生儿医保怎么办理？' });
    const answered = await step('agent', id, 'answer', { content: '可在政务服务网上办理，出生后三个月内参保。' });
    expect(answered.body).toMatchObject({ status: 'closed', unitId: null });
    const ticket = await get(id);
    expect(ticket.events.at(-1)).toMatchObject({ type: 'answered', payload: { content: '可在政务服务网上办理，出生后三个月内参保。' } });
  });

  it('callbacks that cannot reach the citizen close the ticket after the configured attempts', async () => {
    const { id } = await register();
    await step('dispatcher', id, 'dispatch', { unitId: t.fx.units.ENV });
    await step('env', id, 'accept');
    await step('env', id, 'reply', { content: '已处理' });
    expect((await step('callback', id, 'callback', { reached: false })).body).toMatchObject({ status: 'replied', callbackAttempts: 1 });
    expect((await step('callback', id, 'callback', { reached: false })).body.status).toBe('replied');
    const third = await step('callback', id, 'callback', { reached: false, note: '三次未接通' });
    expect(third.body.status).toBe('closed');
    expect((await get(id)).events.at(-1).payload.outcome).toBe('closed_unreachable');
    // A reached callback must say whether it was resolved and how satisfied.
    const other = await register();
    await step('dispatcher', other.id, 'dispatch', { unitId: t.fx.units.ENV });
    await step('env', other.id, 'accept');
    await step('env', other.id, 'reply', { content: '已处理' });
    expect((await step('callback', other.id, 'callback', { reached: true })).body.code).toBe('callback_incomplete');
  });

  it('merge keeps both timelines and lists the duplicate on the master ticket', async () => {
    const master = await register();
    const dup = await register(complaint({ caller: { name: '李四', phone: '13900001111' } }));
    expect((await step('agent', dup.id, 'merge', { intoId: master.id })).status).toBe(403);
    expect((await step('dispatcher', dup.id, 'merge', { intoId: dup.id })).body.code).toBe('merge_into_self');
    expect((await step('dispatcher', dup.id, 'merge', { intoId: 2_000_000_000 })).status).toBe(404);
    const merged = await step('dispatcher', dup.id, 'merge', { intoId: master.id });
    expect(merged.body).toMatchObject({ status: 'merged', mergedInto: master.id });
    const m = await get(master.id);
    expect(m.mergedTickets.map((x: { id: number }) => x.id)).toEqual([dup.id]);
    expect(m.events.at(-1)).toMatchObject({ type: 'merge_received', payload: { fromId: dup.id } });
    // Another caller about the same matter at the same place: flagged a repeat of the master (重复件) before it was merged.
    const dupEvents = (await get(dup.id)).events;
    expect(dupEvents.map((e: { type: string }) => e.type)).toEqual(['registered', 'repeat_flagged', 'merged']);
    expect(dupEvents[1]).toMatchObject({ payload: { repeatOf: master.id, reason: 'matter' } });
    // A merged ticket is finished, and nothing merges into it.
    expect((await step('dispatcher', dup.id, 'dispatch', { unitId: t.fx.units.ENV })).status).toBe(409);
    const third = await register();
    expect((await step('dispatcher', third.id, 'merge', { intoId: dup.id })).body.code).toBe('target_not_open');
  });

  it('hands an emergency off to 119', async () => {
    const { id } = await register(complaint({ content: '小区地下车库冒出浓烟，疑似起火', priority: 'emergency' }));
    const bad = await step('agent', id, 'transfer', { to: '999' });
    expect(bad.status).toBe(400);
    const done = await step('agent', id, 'transfer', { to: '119', note: '已转接消防' });
    expect(done.body).toMatchObject({ status: 'transferred', transferredTo: '119' });
    expect((await step('agent', id, 'transfer', { to: '110' })).status).toBe(409);
  });
});

describe('adding information (补充说明)', () => {
  it('the agent records what the caller adds: on the timeline, searchable, and the lead unit is told with the phone masked', async () => {
    const { id } = await register();
    await step('dispatcher', id, 'dispatch', { unitId: t.fx.units.ENV, assistUnitIds: [t.fx.units['DIST-1']] });
    const added = await step('agent', id, 'note', { content: '来电补充：周六晚上也在打桩，联系电话13912345678', fromCitizen: true });
    expect(added.status).toBe(200);
    const ticket = await get(id);
    expect(ticket.status).toBe('dispatched');
    expect(ticket.events.at(-1)).toMatchObject({ type: 'noted', actor: { role: 'agent' }, payload: { fromCitizen: true, unitId: null } });
    const notes = (await t.call('env', 'GET', '/api/v1/notifications?pageSize=200')).body.items.filter((n: { ticketId: number; kind: string }) => n.ticketId === id && n.kind === 'citizen_note');
    expect(notes).toHaveLength(1);
    expect(notes[0].message).toContain('周六晚上也在打桩');
    expect(notes[0].message).not.toContain('13912345678');
    // The added words find the ticket.
    const found = (await t.call('dispatcher', 'GET', `/api/v1/tickets?q=${encodeURIComponent('周六 打桩')}`)).body.items.map((x: { id: number }) => x.id);
    expect(found).toContain(id);
    // The assisting street office writes its part; a unit's note is not the citizen's.
    const street = await step('street1', id, 'note', { content: '街道已到现场核实' });
    expect(street.status).toBe(200);
    expect((await get(id)).events.at(-1)).toMatchObject({ type: 'noted', payload: { fromCitizen: false, unitId: t.fx.units['DIST-1'] } });
  });

  it('refuses what it must: another unit, an empty note, a unit speaking for the citizen, a closed ticket; nothing is added', async () => {
    const { id } = await register();
    await step('dispatcher', id, 'dispatch', { unitId: t.fx.units.ENV });
    const before = await snapshot(t.database);
    const cases: [string, unknown, number, string][] = [
      ['hr', { content: '不是我们的' }, 404, 'ticket_not_found'],
      ['agent', { content: '   ' }, 400, 'validation_failed'],
      ['agent', {}, 400, 'validation_failed'],
      ['env', { content: '群众说', fromCitizen: true }, 403, 'forbidden'],
      ['analyst', { content: '看看' }, 403, 'forbidden'],
    ];
    for (const [user, body, status, code] of cases) {
      const res = await step(user, id, 'note', body);
      expect(res.status, `${user} ${JSON.stringify(body)}`).toBe(status);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      if (code !== 'validation_failed') expect(res.body.code).toBe(code);
    }
    expect(await snapshot(t.database)).toEqual(before);
    const closed = await register();
    // a never-dispatched ticket closes only with its reason recorded
    expect((await step('dispatcher', closed.id, 'close', {})).status).toBe(400);
    expect((await step('dispatcher', closed.id, 'close', { note: '重复来电' })).status).toBe(200);
    const late = await step('agent', closed.id, 'note', { content: '再补充一句', fromCitizen: true });
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('invalid_state');
    // The same caller about the same matter within 30 days: a repeat (重复件) of an earlier ticket — what 重复来电 says.
    expect((await get(closed.id)).events.map((e: { type: string }) => e.type)).toEqual(['registered', 'repeat_flagged', 'closed']);
  });
});

describe('deadlines come from the working-time calendar', () => {
  it('a complaint dispatched on the Friday before the 2026 Spring Festival is due after the holiday', async () => {
    const { id } = await register();
    // Fri 2026-02-13 16:00 in Shanghai. Accept: 1 working hour → 17:00 the same day.
    // Handle: 5 working days of 7.5 h = 2250 min: Fri 90, Sat 02-14 (调休 workday) 450, holiday
    // 02-15..02-23, then Tue 24, Wed 25, Thu 26 (450 each) leave 360 → Fri 02-27 16:00.
    t.setNow(new Date('2026-02-13T16:00:00+08:00'));
    try {
      await step('dispatcher', id, 'dispatch', { unitId: t.fx.units.ENV });
    } finally {
      t.setNow(null);
    }
    const ticket = await get(id);
    expect(ticket.acceptBy).toBe(new Date('2026-02-13T17:00:00+08:00').toISOString());
    expect(ticket.dueBy).toBe(new Date('2026-02-27T16:00:00+08:00').toISOString());
  });

  it('an emergency is due two clock hours after dispatch, holiday or not', async () => {
    const { id } = await register(complaint({ priority: 'emergency' }));
    t.setNow(new Date('2026-10-01T10:00:00+08:00'));
    try {
      await step('dispatcher', id, 'dispatch', { unitId: t.fx.units.ENV });
    } finally {
      t.setNow(null);
    }
    expect((await get(id)).dueBy).toBe(new Date('2026-10-01T12:00:00+08:00').toISOString());
  });
});

describe('data scope', () => {
  it("a unit handler gets 404 on another unit's ticket, for reading and for every step", async () => {
    const { id } = await register();
    await step('dispatcher', id, 'dispatch', { unitId: t.fx.units.ENV });
    const before = await snapshot(t.database);
    const read = await t.call('hr', 'GET', `/api/v1/tickets/${id}`);
    expect(read.status).toBe(404);
    expect(read.body.code).toBe('ticket_not_found');
    for (const [name, body] of [['accept', {}], ['return', { reason: 'x' }], ['reply', { content: 'x' }]] as const) {
      expect((await step('hr', id, name, body)).status).toBe(404);
    }
    expect((await t.call('hr', 'POST', `/api/v1/tickets/${id}/reveal`)).status).toBe(404);
    const list = await t.call('hr', 'GET', '/api/v1/tickets?pageSize=200');
    expect(list.body.items.map((x: { id: number }) => x.id)).not.toContain(id);
    expect(await snapshot(t.database)).toEqual(before);
  });

  it('a district sees tickets of its streets; an assisting unit sees but cannot act as lead', async () => {
    const { id } = await register();
    await step('dispatcher', id, 'dispatch', { unitId: t.fx.units.ENV, assistUnitIds: [t.fx.units['DIST-1']] });
    expect((await t.call('district', 'GET', `/api/v1/tickets/${id}`)).status).toBe(200);
    expect((await t.call('street1', 'GET', `/api/v1/tickets/${id}`)).status).toBe(200);
    expect((await t.call('street2', 'GET', `/api/v1/tickets/${id}`)).status).toBe(404);
    const accept = await step('street1', id, 'accept');
    expect(accept.status).toBe(403);
    expect(accept.body.code).toBe('not_lead_unit');
    const streetList = await t.call('street1', 'GET', '/api/v1/tickets?pageSize=200');
    expect(streetList.body.items.map((x: { id: number }) => x.id)).toContain(id);
    for (const item of streetList.body.items) {
      const visible = [item.unitId, ...item.assistUnitIds].some((u: number) => [t.fx.units['DIST-1']].includes(u));
      expect(visible).toBe(true);
    }
  });

  it('lists answer {items, total} with filters and pages', async () => {
    const all = await t.call('admin', 'GET', '/api/v1/tickets?pageSize=5');
    expect(all.status).toBe(200);
    expect(all.body.items.length).toBe(5);
    expect(all.body.total).toBeGreaterThan(5);
    const page2 = await t.call('admin', 'GET', '/api/v1/tickets?pageSize=5&page=2');
    expect(page2.body.items[0].id).not.toBe(all.body.items[0].id);
    const closed = await t.call('admin', 'GET', '/api/v1/tickets?status=closed&pageSize=200');
    expect(closed.body.items.length).toBeGreaterThan(0);
    expect(closed.body.items.every((x: { status: string }) => x.status === 'closed')).toBe(true);
    const env = await t.call('admin', 'GET', `/api/v1/tickets?unit=${t.fx.units.ENV}&pageSize=200`);
    expect(env.body.items.every((x: { unitId: number }) => x.unitId === t.fx.units.ENV)).toBe(true);
    // Lists mask the caller.
    for (const item of all.body.items) expect(item.caller.phone ?? '').not.toMatch(/\d{11}/);
    expect((await t.call('admin', 'GET', '/api/v1/tickets?status=bogus')).status).toBe(400);
  });
});

describe('personal data', () => {
  it('is masked in the ticket and its timeline, and revealed only by a logged request', async () => {
    const content = '我的身份证号11010519491231002X，备用电话15900001111，工地噪音扰民。';
    const { id } = await register(complaint({ content }));
    const ticket = await get(id, 'agent');
    expect(ticket.caller).toEqual({ name: '张*', phone: '138****5678' });
    const text = JSON.stringify(ticket);
    for (const secret of ['13812345678', '15900001111', '11010519491231002X', '张三']) expect(text).not.toContain(secret);
    expect(ticket.content).toBe('我的身份证号110105********002X，备用电话159****1111，工地噪音扰民。');
    const listed = await t.call('agent', 'GET', '/api/v1/tickets?pageSize=200');
    expect(JSON.stringify(listed.body)).not.toContain('15900001111');
    const revealed = await t.call('agent', 'POST', `/api/v1/tickets/${id}/reveal`);
    expect(revealed.body).toMatchObject({ name: '张三', phone: '13812345678', content });
    const log = await t.database.db.selectFrom('audit_log').selectAll().where('ticket_id', '=', id).execute();
    expect(log).toHaveLength(1);
    expect(log[0].action).toBe('reveal_caller');
    expect((await t.call('analyst', 'POST', `/api/v1/tickets/${id}/reveal`)).status).toBe(403);
  });
});

describe('the timeline is append-only', () => {
  it('refuses UPDATE and DELETE of events at the database', async () => {
    const { id } = await register();
    await expect(t.database.db.updateTable('ticket_events').set({ type: 'forged' }).where('ticket_id', '=', id).execute()).rejects.toThrow(/append-only/);
    await expect(t.database.db.deleteFrom('ticket_events').where('ticket_id', '=', id).execute()).rejects.toThrow(/append-only/);
  });
});
