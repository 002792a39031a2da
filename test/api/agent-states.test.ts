// Agents' states (坐席状态) from the console and from the telephony: signing in at an extension
// starts busy, ready/busy with a reason from the list, answered → on a call, ended → after-call
// work, which ends when the agent goes ready or by itself after 60 s and gives the call its
// wrap-up time; the history rows; the wallboard's floor figures; who hears of it; refusals.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mayHear } from '../../src/api/events.js';
import { actorFor } from '../../src/app/actor.js';
import { createApiKey } from '../../src/store/apikeys.js';
import type { Change } from '../../src/store/events.js';
import { snapshot, testApp, type TestApp } from '../helpers.js';

let t: TestApp;
let key: string;
let agentId: number;
const heard: Change[] = [];
let unlisten: () => Promise<void>;

beforeAll(async () => {
  t = await testApp();
  key = (await createApiKey(t.database.db, { name: '呼叫中心', scope: 'telephony' })).key;
  agentId = (await t.database.db.selectFrom('users').select('id').where('username', '=', 'agent').executeTakeFirstOrThrow()).id;
  unlisten = await t.database.listen((c) => heard.push(c));
});
afterAll(async () => {
  await unlisten?.();
  await t?.close();
});

const event = async (callId: string, body: Record<string, unknown>, at: string) => {
  const res = await t.at(at, () => t.call(null, 'POST', `/api/v1/telephony/calls/${callId}/events`, body, { 'x-api-key': key }));
  expect(res.status, JSON.stringify(res.body)).toBe(200);
};
const state = (at: string, user = 'agent') => t.at(at, () => t.call(user, 'GET', '/api/v1/calls/state')).then((r) => r.body);
const put = (at: string, body: unknown, user = 'agent') => t.at(at, () => t.call(user, 'PUT', '/api/v1/calls/state', body));
const log = () =>
  t.database.db
    .selectFrom('agent_state_log')
    .select(['state', 'reason', 'started_at', 'ended_at'])
    .where('user_id', '=', agentId)
    .orderBy('id')
    .execute()
    .then((rows) => rows.map((r) => [r.state, r.reason, r.started_at.toISOString().slice(11, 19), r.ended_at?.toISOString().slice(11, 19) ?? null]));
const wrapUp = async (callId: string) => (await t.database.db.selectFrom('calls').select('wrap_up_seconds').where('id', '=', callId).executeTakeFirstOrThrow()).wrap_up_seconds;

// Times below in Asia/Shanghai; the log shows UTC (09:00 local is 01:00Z).
describe("an agent's day", () => {
  it('starts signed out, with the busy reasons on offer', async () => {
    expect(await state('2026-03-02 08:55')).toEqual({ state: null, reason: null, since: null, extension: null, reasons: ['会议', '培训', '就餐', '休息'], afterCallSeconds: 60 });
  });

  it('refuses a bad state and changes nothing', async () => {
    const before = await snapshot(t.database);
    const bad: [unknown, string][] = [
      [{ state: 'busy' }, 'validation_failed'],
      [{ state: 'on_call' }, 'validation_failed'],
      [{ state: 'ready', reason: '就餐' }, 'validation_failed'],
      [{}, 'validation_failed'],
      [{ state: 'busy', reason: '出差' }, 'unknown_busy_reason'],
    ];
    for (const [body, code] of bad) {
      const res = await put('2026-03-02 08:56', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body.code, JSON.stringify(body)).toBe(code);
    }
    for (const user of ['env', 'analyst']) expect((await put('2026-03-02 08:56', { state: 'ready' }, user)).status, user).toBe(403);
    expect(await snapshot(t.database)).toEqual(before);
  });

  it('follows the console and the telephony through two calls', async () => {
    heard.length = 0;
    expect((await t.at('2026-03-02 09:00', () => t.call('agent', 'PUT', '/api/v1/calls/extension', { extension: '8001' }))).status).toBe(200);
    expect(await state('2026-03-02 09:00:30')).toMatchObject({ state: 'busy', reason: '签入', extension: '8001', since: '2026-03-02T01:00:00.000Z' });
    expect((await put('2026-03-02 09:01', { state: 'ready' })).body).toMatchObject({ state: 'ready', reason: null, since: '2026-03-02T01:01:00.000Z' });
    // Ready again: nothing new.
    await put('2026-03-02 09:01:30', { state: 'ready' });

    await event('s-1', { state: 'ringing', caller: '13800001111', agentExtension: '8001' }, '2026-03-02 09:02');
    expect((await state('2026-03-02 09:02:05')).state).toBe('ready');
    await event('s-1', { state: 'answered', agentExtension: '8001' }, '2026-03-02 09:02:10');
    expect(await state('2026-03-02 09:03')).toMatchObject({ state: 'on_call', since: '2026-03-02T01:02:10.000Z' });
    const onCall = await put('2026-03-02 09:03', { state: 'busy', reason: '休息' });
    expect(onCall.status).toBe(409);
    expect(onCall.body.code).toBe('on_call');
    await event('s-1', { state: 'ended' }, '2026-03-02 09:05:10');
    expect(await state('2026-03-02 09:05:20')).toMatchObject({ state: 'after_call', since: '2026-03-02T01:05:10.000Z' });
    // The agent finishes the write-up 30 s after hanging up.
    expect((await put('2026-03-02 09:05:40', { state: 'ready' })).body.state).toBe('ready');
    expect(await wrapUp('s-1')).toBe(30);

    // The second call's after-call work runs out by itself: 60 s after the end.
    await event('s-2', { state: 'answered', caller: '13800002222', agentUsername: 'agent' }, '2026-03-02 09:10');
    await event('s-2', { state: 'ended' }, '2026-03-02 09:12');
    expect(await state('2026-03-02 09:12:59')).toMatchObject({ state: 'after_call' });
    expect(await state('2026-03-02 09:14')).toMatchObject({ state: 'ready', since: '2026-03-02T01:13:00.000Z' });
    expect(await wrapUp('s-2')).toBe(60);
    // A repeated, late end changes nothing.
    await event('s-2', { state: 'ended', at: '2026-03-02T09:12:00+08:00' }, '2026-03-02 09:15');
    expect(await state('2026-03-02 09:15:10')).toMatchObject({ state: 'ready', since: '2026-03-02T01:13:00.000Z' });

    expect((await put('2026-03-02 09:20', { state: 'busy', reason: '就餐' })).body).toMatchObject({ state: 'busy', reason: '就餐' });
    expect((await t.at('2026-03-02 09:30', () => t.call('agent', 'PUT', '/api/v1/calls/extension', { extension: null }))).status).toBe(200);
    expect(await state('2026-03-02 09:31')).toMatchObject({ state: null, extension: null });

    expect(await log()).toEqual([
      ['busy', '签入', '01:00:00', '01:01:00'],
      ['ready', null, '01:01:00', '01:02:10'],
      ['on_call', null, '01:02:10', '01:05:10'],
      ['after_call', null, '01:05:10', '01:05:40'],
      ['ready', null, '01:05:40', '01:10:00'],
      ['on_call', null, '01:10:00', '01:12:00'],
      ['after_call', null, '01:12:00', '01:13:00'],
      ['ready', null, '01:13:00', '01:20:00'],
      ['busy', '就餐', '01:20:00', '01:30:00'],
      ['signed_out', null, '01:30:00', null],
    ]);
    // The floor heard of the changes, with no phone number in them.
    const floor = heard.filter((c) => c.kind === 'floor');
    expect(floor.filter((c) => c.kind === 'floor' && c.what === 'agent_state' && c.userId === agentId).length).toBeGreaterThanOrEqual(9);
    expect(JSON.stringify(floor)).not.toContain('1380000');
  });
});

describe('the floor now (wallboard)', () => {
  it('counts calls waiting, agents by state, missed calls and tickets today', async () => {
    // Agents on the floor at 10:00: agent ready, dispatcher busy at a meeting, admin on a call.
    await t.at('2026-03-02 09:50', () => t.call('agent', 'PUT', '/api/v1/calls/extension', { extension: '8001' }));
    await put('2026-03-02 09:51', { state: 'ready' });
    await t.at('2026-03-02 09:50', () => t.call('dispatcher', 'PUT', '/api/v1/calls/extension', { extension: '8002' }));
    await put('2026-03-02 09:52', { state: 'busy', reason: '会议' }, 'dispatcher');
    await event('f-on', { state: 'answered', caller: '13800003333', agentUsername: 'admin' }, '2026-03-02 09:58');
    // Waiting now: one queued since 09:57, one ringing since 09:59:30; a queued call last heard of
    // at 09:20 lost its end and is not waiting.
    await event('f-stale', { state: 'queued', caller: '13800004444' }, '2026-03-02 09:20');
    await event('f-q', { state: 'queued', caller: '13800005555' }, '2026-03-02 09:57');
    await event('f-r', { state: 'ringing', caller: '13800006666', agentExtension: '8001' }, '2026-03-02 09:59:30');
    // Missed: one at 09:40 (due 11:40, not overdue at 10:00); tickets registered today: two, one by phone.
    await event('f-m', { state: 'queued', caller: '13800007777' }, '2026-03-02 09:39');
    await event('f-m', { state: 'ended' }, '2026-03-02 09:40');
    await t.at('2026-03-02 09:45', () => t.call('agent', 'POST', '/api/v1/tickets', { channel: 'phone', type: 'help', content: '路灯坏了一个星期，晚上很黑。', caller: { phone: '13800008888' } }));
    await t.at('2026-03-02 09:46', () => t.call('agent', 'POST', '/api/v1/tickets', { channel: 'web', type: 'consult', content: '公积金提取需要什么材料？' }));

    const res = await t.at('2026-03-02 10:00', () => t.call('supervisor', 'GET', '/api/v1/calls/floor'));
    expect(res.status).toBe(200);
    const f = res.body;
    expect(f.day).toBe('2026-03-02');
    expect(f.waiting).toEqual({ count: 2, longestWaitSeconds: 180 });
    expect(f.agents.counts).toEqual({ ready: 1, busy: 1, on_call: 1, after_call: 0 });
    expect(f.agents.signedIn).toBe(3);
    expect(f.agents.items.map((a: any) => [a.name, a.state, a.reason, a.extension])).toEqual([
      ['agent', 'ready', null, '8001'],
      ['dispatcher', 'busy', '会议', '8002'],
      ['admin', 'on_call', null, null],
    ]);
    expect(f.missed).toEqual({ open: 1, overdue: 0, oldestAt: '2026-03-02T01:40:00.000Z', oldestDueBy: '2026-03-02T03:40:00.000Z' });
    expect(f.tickets).toEqual({ today: 2, phoneToday: 1 });
    expect(f.targets).toEqual({ answerRate: 0.95, withinRate: 0.8, answerWithinSeconds: 15 });
    expect(JSON.stringify(f)).not.toMatch(/1380000\d{4}/);
    // At 11:41 the missed call is overdue.
    expect((await t.at('2026-03-02 11:41', () => t.call('admin', 'GET', '/api/v1/calls/floor'))).body.missed.overdue).toBe(1);
  });

  it('is for supervisors, admins and analysts', async () => {
    for (const user of ['supervisor', 'admin', 'analyst']) expect((await t.call(user, 'GET', '/api/v1/calls/floor')).status, user).toBe(200);
    for (const user of ['agent', 'env', 'dispatcher', 'callback']) expect((await t.call(user, 'GET', '/api/v1/calls/floor')).status, user).toBe(403);
  });

  it('tells the floor change to its watchers, an agent of their own state only', async () => {
    const users = await t.database.db.selectFrom('users').selectAll().execute();
    const actor = (name: string) => actorFor(t.ctx, { ...users.find((u) => u.username === name)!, unitId: users.find((u) => u.username === name)!.unit_id } as never);
    const own: Change = { kind: 'floor', what: 'agent_state', userId: agentId };
    const other: Change = { kind: 'floor', what: 'agent_state', userId: agentId + 1000 };
    const missed: Change = { kind: 'floor', what: 'missed_call', userId: null };
    const call: Change = { kind: 'floor', what: 'call', userId: null };
    for (const name of ['supervisor', 'admin', 'analyst']) for (const c of [own, other, missed, call]) expect(mayHear(await actor(name), c), name).toBe(true);
    const agent = await actor('agent');
    expect([own, other, missed, call].map((c) => mayHear(agent, c))).toEqual([true, false, true, false]);
    const env = await actor('env');
    expect([own, other, missed, call].map((c) => mayHear(env, c))).toEqual([false, false, false, false]);
  });
});
