// Missed-call callbacks (漏接回拨) through the real telephony route: which abandoned calls become
// tasks (not a withheld number, not a number that called again and got through; a second miss
// from a waiting number joins its task), the queue oldest first with masked numbers and its
// deadlines counted by hand in working minutes, starting a callback (full number, logged),
// outcomes (reached with a ticket or a direct answer, unreachable up to 3 attempts), refusals.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../src/store/apikeys.js';
import { snapshot, testApp, type TestApp } from '../helpers.js';

let t: TestApp;
let key: string;

beforeAll(async () => {
  t = await testApp();
  key = (await createApiKey(t.database.db, { name: '呼叫中心', scope: 'telephony' })).key;
});
afterAll(async () => t?.close());

const event = async (callId: string, body: Record<string, unknown>, at: string) => {
  const res = await t.at(at, () => t.call(null, 'POST', `/api/v1/telephony/calls/${callId}/events`, body, { 'x-api-key': key }));
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
};
/** A call that waits in the queue and is hung up before anyone answers (放弃呼叫). */
const abandoned = async (callId: string, caller: string | null, queuedAt: string, endedAt: string) => {
  await event(callId, { state: 'queued', caller, line: '12345' }, queuedAt);
  await event(callId, { state: 'ended' }, endedAt);
};

const A = '13800000001';
const B = '13800000002';
const C = '13800000003';
const D = '13800000004';

// Monday 2026-03-02, office hours 08:30–12:00 and 13:30–17:30; a missed call is due a callback
// within 120 working minutes (the default).
describe('the missed-call queue', () => {
  beforeAll(async () => {
    await t.call('agent', 'PUT', '/api/v1/calls/extension', { extension: '8001' });
    await abandoned('m-a1', A, '2026-03-02 09:00', '2026-03-02 09:00:30'); // A: a task
    await event('m-b1', { state: 'ringing', caller: B, line: '12345' }, '2026-03-02 09:05'); // no queue: rings, nobody answers
    await event('m-b1', { state: 'ended' }, '2026-03-02 09:05:20'); // B: a task
    await abandoned('m-w1', null, '2026-03-02 09:10', '2026-03-02 09:10:40'); // withheld: nobody to call back
    await abandoned('m-c1', C, '2026-03-02 09:20', '2026-03-02 09:20:10'); // C missed …
    await event('m-c2', { state: 'queued', caller: C, line: '12345' }, '2026-03-02 09:30'); // … and called again,
    await event('m-c2', { state: 'answered', agentExtension: '8001' }, '2026-03-02 09:30:05'); // got through:
    await event('m-c2', { state: 'ended' }, '2026-03-02 09:35'); // C's task is closed (superseded)
    await abandoned('m-a2', A, '2026-03-02 09:40', '2026-03-02 09:41'); // A again while waiting: joins A's task
    await abandoned('m-d1', D, '2026-03-02 10:59', '2026-03-02 11:00'); // D: due across the lunch break
  });

  it('holds exactly the abandoned calls to call back, oldest first, masked, with their deadlines', async () => {
    const res = await t.at('2026-03-02 11:10', () => t.call('callback', 'GET', '/api/v1/calls/missed'));
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(3);
    expect(res.body.items.map((i: any) => [i.callId, i.phone, i.calls, i.attempts])).toEqual([
      ['m-a1', '138****0001', 2, 0],
      ['m-b1', '138****0002', 1, 0],
      ['m-d1', '138****0004', 1, 0],
    ]);
    const [a, b, d] = res.body.items;
    // missed at the hang-up; + 120 working minutes.
    expect(a).toMatchObject({ at: '2026-03-02T01:00:30.000Z', dueBy: '2026-03-02T03:00:30.000Z', lastMissedAt: '2026-03-02T01:41:00.000Z', line: '12345', state: 'open', maxAttempts: 3 });
    expect(b).toMatchObject({ at: '2026-03-02T01:05:20.000Z', dueBy: '2026-03-02T03:05:20.000Z' });
    // 11:00 → 12:00 is 60 minutes, the other 60 from 13:30: 14:30.
    expect(d).toMatchObject({ at: '2026-03-02T03:00:00.000Z', dueBy: '2026-03-02T06:30:00.000Z' });
    // No full number anywhere in the list; not the withheld call, not C's.
    const text = JSON.stringify(res.body);
    for (const full of [A, B, C, D]) expect(text).not.toContain(full);
    expect(text).not.toContain('m-w1');
    expect(text).not.toContain('m-c1');
  });

  it('is for those who call back and their supervisors only', async () => {
    for (const user of ['agent', 'callback', 'supervisor', 'admin']) expect((await t.call(user, 'GET', '/api/v1/calls/missed')).status, user).toBe(200);
    for (const user of ['env', 'analyst', 'dispatcher']) {
      expect((await t.call(user, 'GET', '/api/v1/calls/missed')).status, user).toBe(403);
      expect((await t.call(user, 'POST', '/api/v1/calls/m-b1/callback/start')).status, user).toBe(403);
      expect((await t.call(user, 'POST', '/api/v1/calls/m-b1/callback', { outcome: 'unreachable' })).status, user).toBe(403);
    }
    expect((await t.call(null, 'GET', '/api/v1/calls/missed')).status).toBe(401);
  });

  it('refuses bad callbacks with problem+json and changes nothing', async () => {
    const before = await snapshot(t.database);
    const bad: [string, string, unknown, number, string][] = [
      ['no outcome', 'm-b1', {}, 400, 'validation_failed'],
      ['an unknown outcome', 'm-b1', { outcome: 'maybe' }, 400, 'validation_failed'],
      ['a ticket id that is no number', 'm-b1', { outcome: 'reached', ticketId: 'x' }, 400, 'validation_failed'],
      ['an unknown field', 'm-b1', { outcome: 'unreachable', phone: A }, 400, 'validation_failed'],
      ['a note too long', 'm-b1', { outcome: 'unreachable', note: '无'.repeat(2001) }, 400, 'validation_failed'],
      ['reached with neither ticket nor answer', 'm-b1', { outcome: 'reached', note: '   ' }, 400, 'reached_needs_outcome'],
      ['a ticket on an unreachable attempt', 'm-b1', { outcome: 'unreachable', ticketId: 1 }, 400, 'ticket_needs_reached'],
      ['a ticket that does not exist', 'm-b1', { outcome: 'reached', ticketId: 999999 }, 404, 'ticket_not_found'],
      ['an unknown call', 'no-such-call', { outcome: 'unreachable' }, 404, 'call_not_found'],
      ['a call that was answered', 'm-c2', { outcome: 'unreachable' }, 404, 'missed_call_not_found'],
      ['a task closed when the caller got through', 'm-c1', { outcome: 'unreachable' }, 409, 'callback_closed'],
      ['a bad call id', 'bad id!', { outcome: 'unreachable' }, 400, 'validation_failed'],
    ];
    for (const [what, id, body, status, code] of bad) {
      const res = await t.at('2026-03-02 11:15', () => t.call('callback', 'POST', `/api/v1/calls/${encodeURIComponent(id)}/callback`, body));
      expect(res.status, what).toBe(status);
      expect(res.headers['content-type'], what).toContain('application/problem+json');
      expect(res.body.code, what).toBe(code);
    }
    for (const [id, status] of [['no-such-call', 404], ['m-c2', 404], ['m-c1', 409]] as const) {
      expect((await t.call('callback', 'POST', `/api/v1/calls/${id}/callback/start`)).status, id).toBe(status);
    }
    expect(await snapshot(t.database)).toEqual(before);
  });

  it('counts unreachable attempts and closes the task at the third', async () => {
    for (const [n, at] of [[1, '2026-03-02 11:20'], [2, '2026-03-02 13:40']] as const) {
      const res = await t.at(at, () => t.call('callback', 'POST', '/api/v1/calls/m-b1/callback', { outcome: 'unreachable', note: '无人接听' }));
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ callId: 'm-b1', state: 'open', attempts: n, lastNote: '无人接听', closedAt: null });
    }
    expect((await t.call('callback', 'GET', '/api/v1/calls/missed')).body.items.find((i: any) => i.callId === 'm-b1')).toMatchObject({ attempts: 2 });
    const third = await t.at('2026-03-02 15:00', () => t.call('agent', 'POST', '/api/v1/calls/m-b1/callback', { outcome: 'unreachable' }));
    expect(third.body).toMatchObject({ state: 'unreachable', attempts: 3, closedAt: '2026-03-02T07:00:00.000Z' });
    const fourth = await t.call('callback', 'POST', '/api/v1/calls/m-b1/callback', { outcome: 'unreachable' });
    expect(fourth.status).toBe(409);
    expect(fourth.body.code).toBe('callback_closed');
    const attempts = await t.database.db.selectFrom('missed_call_attempts').select(['outcome', 'note']).where('call_id', '=', 'm-b1').orderBy('id').execute();
    expect(attempts).toEqual([
      { outcome: 'unreachable', note: '无人接听' },
      { outcome: 'unreachable', note: '无人接听' },
      { outcome: 'unreachable', note: null },
    ]);
    expect((await t.call('callback', 'GET', '/api/v1/calls/missed')).body.items.map((i: any) => i.callId)).toEqual(['m-a1', 'm-d1']);
  });

  it('starts a callback with the full number, logged, and closes it reached with the ticket registered', async () => {
    const agentId = (await t.database.db.selectFrom('users').select('id').where('username', '=', 'agent').executeTakeFirstOrThrow()).id;
    const logged = () => t.database.db.selectFrom('audit_log').selectAll().where('action', '=', 'reveal_call_phone').execute();
    expect(await logged()).toEqual([]);
    // The joined call's id names the same task.
    const start = await t.at('2026-03-02 11:30', () => t.call('agent', 'POST', '/api/v1/calls/m-a2/callback/start'));
    expect(start.status).toBe(200);
    expect(start.body).toMatchObject({ callId: 'm-a1', phone: A, calls: 2 });
    const log = await logged();
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ user_id: agentId, ticket_id: null });
    expect(log[0].detail).toMatchObject({ callId: 'm-a1', phone: '138****0001', purpose: 'missed_callback' });
    expect(JSON.stringify(log[0].detail)).not.toContain(A);

    const ticket = await t.at('2026-03-02 11:32', () =>
      t.call('agent', 'POST', '/api/v1/tickets', { channel: 'phone', type: 'help', content: '回拨：小区停水两天了，请尽快恢复供水。', caller: { phone: A } }),
    );
    expect(ticket.status, JSON.stringify(ticket.body)).toBe(201);
    const reached = await t.at('2026-03-02 11:35', () => t.call('agent', 'POST', '/api/v1/calls/m-a1/callback', { outcome: 'reached', ticketId: ticket.body.id }));
    expect(reached.status).toBe(200);
    expect(reached.body).toMatchObject({ callId: 'm-a1', state: 'reached', attempts: 1, ticketId: ticket.body.id, closedAt: '2026-03-02T03:35:00.000Z', phone: '138****0001' });
    const row = await t.database.db.selectFrom('missed_calls').selectAll().where('call_id', '=', 'm-a1').executeTakeFirstOrThrow();
    expect(row).toMatchObject({ state: 'reached', ticket_id: ticket.body.id, closed_by: agentId });
    // The joined miss stays joined to the task it was answered with.
    expect((await t.database.db.selectFrom('missed_calls').select('state').where('call_id', '=', 'm-a2').executeTakeFirstOrThrow()).state).toBe('joined');
    expect((await t.call('callback', 'POST', '/api/v1/calls/m-a2/callback', { outcome: 'unreachable' })).status).toBe(409);
    expect((await t.call('callback', 'POST', '/api/v1/calls/m-a1/callback/start')).status).toBe(409);
  });

  it('closes a task reached with a direct answer (a note)', async () => {
    const res = await t.at('2026-03-02 14:00', () => t.call('agent', 'POST', '/api/v1/calls/m-d1/callback', { outcome: 'reached', note: '已答复：社保卡补办可到就近银行网点，电话 13900001234 咨询' }));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ state: 'reached', ticketId: null, attempts: 1 });
    // A number typed into the note is masked when shown.
    expect(res.body.lastNote).toContain('139****1234');
    expect(res.body.lastNote).not.toContain('13900001234');
    expect((await t.call('callback', 'GET', '/api/v1/calls/missed')).body).toEqual({ items: [], total: 0 });
  });
});
