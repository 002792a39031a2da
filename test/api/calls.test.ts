// Calls from the telephony system: events authenticated by an API key reach the agent's screen
// (a 'call' change), and the call is attached to the ticket the agent registered during it.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Change } from '../../src/store/events.js';
import { createApiKey } from '../../src/store/apikeys.js';
import { KEY_STAMPED, snapshot, testApp, type TestApp } from '../helpers.js';

let t: TestApp;
let key: string;
const heard: Change[] = [];
let unlisten: () => Promise<void>;

beforeAll(async () => {
  t = await testApp();
  key = (await createApiKey(t.database.db, { name: '呼叫中心', scope: 'telephony' })).key;
  unlisten = await t.database.listen((c) => heard.push(c));
});
afterAll(async () => {
  await unlisten?.();
  await t?.close();
});

const event = (callId: string, body: Record<string, unknown>, at: string, headers: Record<string, string> = { 'x-api-key': key }) =>
  t.at(at, () => t.call(null, 'POST', `/api/v1/telephony/calls/${encodeURIComponent(callId)}/events`, body, headers));

const userId = async (username: string) =>
  (await t.database.db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id;

const register = (user: string, at: string, phone = '13800001111') =>
  t.at(at, () => t.call(user, 'POST', '/api/v1/tickets', { channel: 'phone', type: 'help', content: '小区停水一天了，请帮忙联系。', caller: { phone } }));

const callCount = async () => Number((await t.database.db.selectFrom('calls').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

describe('telephony events: authentication and bad input', () => {
  it('needs an API key', async () => {
    const body = { state: 'ringing', caller: '13800001111', agentUsername: 'agent' };
    const tries: Record<string, string>[] = [{}, { 'x-api-key': 'h311_wrong' }, { authorization: `Bearer ${t.tokens.agent}` }];
    for (const headers of tries) {
      const res = await event('c-auth', body, '2026-03-02 09:00', headers);
      expect(res.status).toBe(401);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    expect((await event('c-auth', body, '2026-03-02 09:00', { authorization: `Bearer ${key}` })).status).toBe(200);
    expect((await event('c-auth', { state: 'ended' }, '2026-03-02 09:00', { authorization: `Bearer ${key}` })).status).toBe(200);
  });

  it('refuses bad events with problem+json 400 and records nothing', async () => {
    const before = await snapshot(t.database, KEY_STAMPED);
    const bad: [string, string, Record<string, unknown>][] = [
      ['unknown state', 'c-bad', { state: 'dialing', caller: '13800001111' }],
      ['no state', 'c-bad', { caller: '13800001111' }],
      ['a call id with a slash-like char', 'c bad!', { state: 'ringing' }],
      ['a script as the recording', 'c-bad', { state: 'ended', recordingUrl: 'javascript:alert(1)' }],
      ['letters as the number', 'c-bad', { state: 'ringing', caller: 'call me maybe' }],
      ['a date that is none', 'c-bad', { state: 'ringing', at: 'yesterday' }],
      ['an unknown field', 'c-bad', { state: 'ringing', agent: 'agent' }],
    ];
    for (const [what, id, body] of bad) {
      const res = await event(id, body, '2026-03-02 09:00');
      expect(res.status, what).toBe(400);
      expect(res.body.code, what).toBe('validation_failed');
    }
    const unknown = await event('c-bad', { state: 'ringing', agentUsername: 'nobody' }, '2026-03-02 09:00');
    expect(unknown.status).toBe(422);
    expect(await snapshot(t.database, KEY_STAMPED)).toEqual(before);
  });
});

describe('a call from ringing to the ticket', () => {
  it('pops up on the agent signed in at the extension, and attaches to the ticket registered during it', async () => {
    const agentId = await userId('agent');
    expect((await t.call('agent', 'PUT', '/api/v1/calls/extension', { extension: '8001' })).status).toBe(200);
    expect((await t.call('agent', 'GET', '/api/v1/calls/extension')).body).toEqual({ extension: '8001' });
    expect((await t.call('env', 'PUT', '/api/v1/calls/extension', { extension: '8002' })).status).toBe(403);

    heard.length = 0;
    const ringing = await event('call-1', { state: 'ringing', caller: '+86 138 0000 1111', agentExtension: '8001' }, '2026-03-02 09:00');
    expect(ringing.status).toBe(200);
    expect(ringing.body).toMatchObject({ callId: 'call-1', state: 'ringing', agentUserId: agentId, extension: '8001', ticketIds: [] });
    await expect.poll(() => heard.filter((c) => c.kind === 'call')).toEqual([
      { kind: 'call', userId: agentId, extension: '8001', callId: 'call-1', state: 'ringing', phone: '13800001111' },
    ]);
    // The agent's screen asks for the current call, with the full number to search the history.
    const current = await t.at('2026-03-02 09:00:10', () => t.call('agent', 'GET', '/api/v1/calls/current'));
    expect(current.body.call).toMatchObject({ callId: 'call-1', phone: '13800001111', state: 'ringing' });
    expect((await t.call('dispatcher', 'GET', '/api/v1/calls/current')).body).toEqual({ call: null });
    expect((await t.call('analyst', 'GET', '/api/v1/calls/current')).status).toBe(403);

    expect((await event('call-1', { state: 'answered', agentExtension: '8001' }, '2026-03-02 09:00:15')).body.state).toBe('answered');
    const ticket = await register('agent', '2026-03-02 09:03');
    expect(ticket.status).toBe(201);
    const attach = await t.at('2026-03-02 09:03:30', () => t.call('agent', 'POST', '/api/v1/calls/call-1/ticket', { ticketId: ticket.body.id }));
    expect(attach.status, JSON.stringify(attach.body)).toBe(200);
    expect(attach.body).toEqual({ callId: 'call-1', ticketIds: [ticket.body.id] });
    // Again: no second link.
    expect((await t.at('2026-03-02 09:03:40', () => t.call('agent', 'POST', '/api/v1/calls/call-1/ticket', { ticketId: ticket.body.id }))).body.ticketIds).toEqual([ticket.body.id]);
    // Not someone else's call, and not a ticket someone else registered.
    expect((await t.call('dispatcher', 'POST', '/api/v1/calls/call-1/ticket', { ticketId: ticket.body.id })).status).toBe(403);
    const other = await register('dispatcher', '2026-03-02 09:04');
    const wrong = await t.at('2026-03-02 09:04:10', () => t.call('agent', 'POST', '/api/v1/calls/call-1/ticket', { ticketId: other.body.id }));
    expect(wrong.status).toBe(409);
    expect(wrong.body.code).toBe('not_registered_during_call');
    expect((await t.call('agent', 'POST', '/api/v1/calls/no-such-call/ticket', { ticketId: ticket.body.id })).status).toBe(404);
    expect((await t.call('agent', 'POST', '/api/v1/calls/call-1/ticket', { ticketId: 'x' })).status).toBe(400);

    const ended = await event('call-1', { state: 'ended', recordingUrl: 'https://pbx.example.cn/rec/call-1.mp3' }, '2026-03-02 09:06:15');
    expect(ended.body).toMatchObject({ state: 'ended', ticketIds: [ticket.body.id] });

    const calls = await t.call('agent', 'GET', `/api/v1/tickets/${ticket.body.id}/calls`);
    expect(calls.status).toBe(200);
    expect(calls.body.items).toEqual([
      {
        callId: 'call-1',
        phone: '138****1111',
        state: 'ended',
        agent: { id: agentId, name: 'agent' },
        extension: '8001',
        ringingAt: '2026-03-02T01:00:00.000Z',
        answeredAt: '2026-03-02T01:00:15.000Z',
        endedAt: '2026-03-02T01:06:15.000Z',
        durationSeconds: 360,
        recordingUrl: 'https://pbx.example.cn/rec/call-1.mp3',
      },
    ]);
    // Scope: a unit that cannot see the ticket cannot see its calls; analysts do not hear recordings.
    expect((await t.call('env', 'GET', `/api/v1/tickets/${ticket.body.id}/calls`)).status).toBe(404);
    expect((await t.call('analyst', 'GET', `/api/v1/tickets/${ticket.body.id}/calls`)).status).toBe(403);
    expect((await t.call(null, 'GET', `/api/v1/tickets/${ticket.body.id}/calls`)).status).toBe(401);
    expect((await t.call('agent', 'GET', '/api/v1/tickets/999999/calls')).status).toBe(404);
  });

  it('an ended call takes along the phone tickets its agent registered while it was answered; within the grace period by hand', async () => {
    await event('call-2', { state: 'ringing', caller: '13900002222', agentUsername: 'agent' }, '2026-03-02 10:00');
    await event('call-2', { state: 'answered', agentUsername: 'agent' }, '2026-03-02 10:00:05');
    const during = await register('agent', '2026-03-02 10:02', '13900002222');
    const ended = await event('call-2', { state: 'ended' }, '2026-03-02 10:05');
    expect(ended.body.ticketIds).toEqual([during.body.id]);

    // Still the agent's current call just after it ended, then not any more.
    expect((await t.at('2026-03-02 10:06', () => t.call('agent', 'GET', '/api/v1/calls/current'))).body.call).toMatchObject({ callId: 'call-2', state: 'ended', ticketIds: [during.body.id] });
    expect((await t.at('2026-03-02 10:30', () => t.call('agent', 'GET', '/api/v1/calls/current'))).body.call).toBeNull();

    const after = await register('agent', '2026-03-02 10:09', '13900002222');
    const late = await register('agent', '2026-03-02 10:20', '13900002222');
    expect((await t.at('2026-03-02 10:09:30', () => t.call('agent', 'POST', '/api/v1/calls/call-2/ticket', { ticketId: after.body.id }))).status).toBe(200);
    expect((await t.at('2026-03-02 10:20:30', () => t.call('agent', 'POST', '/api/v1/calls/call-2/ticket', { ticketId: late.body.id }))).status).toBe(409);
  });

  it('events may repeat or come out of order: the state only moves forward', async () => {
    await event('call-3', { state: 'ended', caller: '13700003333', agentUsername: 'agent' }, '2026-03-02 11:05');
    const lateAnswer = await event('call-3', { state: 'answered', agentUsername: 'agent', at: '2026-03-02T11:00:00+08:00' }, '2026-03-02 11:05:01');
    expect(lateAnswer.body.state).toBe('ended');
    await event('call-3', { state: 'ended', recordingUrl: 'https://pbx.example.cn/rec/call-3.mp3' }, '2026-03-02 11:06');
    const row = await t.database.db.selectFrom('calls').selectAll().where('id', '=', 'call-3').executeTakeFirstOrThrow();
    expect(row).toMatchObject({ state: 'ended', caller: '13700003333', recording_url: 'https://pbx.example.cn/rec/call-3.mp3' });
    expect(row.answered_at?.toISOString()).toBe('2026-03-02T03:00:00.000Z');
    // A withheld number and an extension nobody signed in at: recorded, no one's screen.
    const anon = await event('call-4', { state: 'ringing', caller: null, agentExtension: '9999' }, '2026-03-02 11:10');
    expect(anon.body).toMatchObject({ agentUserId: null, extension: '9999' });
  });
});

describe('a peak: events arriving together', () => {
  it('records every event of calls posted all at once; an unknown agent refuses only its own event', async () => {
    const before = await callCount();
    const calls = Array.from({ length: 20 }, (_, k) => `peak-${k}`);
    const at = (k: number, s: number) => `2026-03-03T09:${String(k).padStart(2, '0')}:${String(s).padStart(2, '0')}+08:00`;
    const posts = calls.flatMap((id, k) => [
      event(id, { state: 'queued', caller: `1390000${String(k).padStart(4, '0')}`, line: '12345', at: at(k, 0) }, '2026-03-03 10:00'),
      event(id, { state: 'answered', agentUsername: 'agent', at: at(k, 10) }, '2026-03-03 10:00'),
      event(id, { state: 'ended', at: at(k, 40) }, '2026-03-03 10:00'),
    ]);
    const stranger = event('peak-stranger', { state: 'answered', caller: '13900009999', agentUsername: 'nobody' }, '2026-03-03 10:00');
    const results = await Promise.all([...posts, stranger]);
    expect(results.slice(0, -1).map((r) => r.status)).toEqual(posts.map(() => 200));
    expect(results.at(-1)!.status).toBe(422);
    expect(results.at(-1)!.body.code).toBe('unknown_agent');
    expect(await callCount()).toBe(before + 20);
    const rows = await t.database.db.selectFrom('calls').selectAll().where('id', 'like', 'peak-%').orderBy('id').execute();
    expect(rows.map((r) => r.id)).toEqual([...calls].sort());
    const agentId = await userId('agent');
    for (const r of rows) {
      const k = Number(r.id.slice('peak-'.length));
      // Whatever order the three arrived in, the call ends up ended, with each time as reported.
      expect(r, r.id).toMatchObject({ state: 'ended', agent_user_id: agentId, line: '12345', caller: `1390000${String(k).padStart(4, '0')}` });
      expect([r.queued_at, r.answered_at, r.ended_at].map((d) => d?.toISOString())).toEqual([
        new Date(at(k, 0)).toISOString(),
        new Date(at(k, 10)).toISOString(),
        new Date(at(k, 40)).toISOString(),
      ]);
    }
    // Answered calls owe no callback (an end that came before its answer opened a task, which the answer closed).
    const tasks = await t.database.db.selectFrom('missed_calls').select(['call_id', 'state']).where('call_id', 'like', 'peak-%').execute();
    expect(tasks.filter((m) => m.state !== 'superseded')).toEqual([]);
  });
});
