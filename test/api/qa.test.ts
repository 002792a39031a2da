// Quality checks (话务质检, issue 16 item 6): a day of calls; the draw takes every call whose
// ticket's callback was unsatisfied plus exactly N at random among the answered calls with a
// recording; the inspector scores on the form (totals by hand), the agent reads only their own
// results and acknowledges; per-agent averages by hand; refusals and bad input change nothing.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../src/store/apikeys.js';
import { qaScoresByAgent } from '../../src/store/qa.js';
import { local, snapshot, testApp, type TestApp } from '../helpers.js';

let t: TestApp;
let key: string;
let unsatisfiedTicket: { id: number; number: string };

const REC = (id: string) => `https://pbx.example.cn/rec/${id}.mp3`;
const event = (callId: string, body: Record<string, unknown>) =>
  t.call(null, 'POST', `/api/v1/telephony/calls/${callId}/events`, body, { 'x-api-key': key });

/** An answered call: from hh:mm for two minutes, with a recording unless told otherwise. */
async function answeredCall(callId: string, agent: string, day: string, hhmm: string, recording = true) {
  const at = local(`${day} ${hhmm}`);
  const iso = (d: Date) => d.toISOString();
  expect((await event(callId, { state: 'ringing', caller: '13800007777', agentUsername: agent, at: iso(at) })).status).toBe(200);
  expect((await event(callId, { state: 'answered', agentUsername: agent, at: iso(new Date(at.getTime() + 5_000)) })).status).toBe(200);
  const end = { state: 'ended', agentUsername: agent, at: iso(new Date(at.getTime() + 120_000)), ...(recording ? { recordingUrl: REC(callId) } : {}) };
  return end;
}

const userId = async (username: string) => (await t.database.db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id;
const POOL = ['q-1', 'q-2', 'q-3', 'q-4', 'q-5', 'q-6', 'q-d'];

beforeAll(async () => {
  t = await testApp();
  key = (await createApiKey(t.database.db, { name: '呼叫中心', scope: 'telephony' })).key;
  // Six answered, recorded calls of the agent and one of the dispatcher on 2 March …
  for (const [i, id] of ['q-1', 'q-2', 'q-3', 'q-4', 'q-5', 'q-6'].entries()) {
    const end = await answeredCall(id, 'agent', '2026-03-02', `10:${String(i * 5).padStart(2, '0')}`);
    await event(id, end);
  }
  await event('q-d', await answeredCall('q-d', 'dispatcher', '2026-03-02', '11:00'));
  // … one answered without a recording, one abandoned, one on the next day: none of them drawn at random.
  await event('q-norec', await answeredCall('q-norec', 'agent', '2026-03-02', '12:00', false));
  await event('q-miss', { state: 'ringing', caller: '13800008888', agentUsername: 'agent', at: local('2026-03-02 13:00').toISOString() });
  await event('q-miss', { state: 'ended', at: local('2026-03-02 13:00:20').toISOString(), recordingUrl: REC('q-miss') });
  await event('q-next', await answeredCall('q-next', 'agent', '2026-03-03', '09:00'));

  // The call whose ticket is called back unsatisfied (回访不满意): no recording, drawn all the same.
  const end = await answeredCall('q-u', 'agent', '2026-03-02', '09:00', false);
  const reg = await t.at('2026-03-02 09:01', () =>
    t.call('agent', 'POST', '/api/v1/tickets', { channel: 'phone', type: 'complaint', content: '小区门口占道经营，噪音很大，多次反映无人管。', caller: { phone: '13800007777' }, categoryId: t.fx.categories['ENV-NOISE-BUILD'] }),
  );
  expect(reg.status).toBe(201);
  unsatisfiedTicket = reg.body;
  await event('q-u', end);
  await t.stepAt('2026-03-02 09:30', 'dispatcher', reg.body.id, 'dispatch', { unitId: t.fx.units.ENV });
  await t.stepAt('2026-03-02 09:40', 'env', reg.body.id, 'accept');
  await t.stepAt('2026-03-02 15:00', 'env', reg.body.id, 'reply', { content: '已到现场劝离占道摊点。' });
  await t.stepAt('2026-03-03 10:00', 'callback', reg.body.id, 'callback', { reached: true, resolved: false, satisfaction: 'unsatisfied' });
  const row = await t.database.db.selectFrom('tickets').select('satisfaction').where('id', '=', reg.body.id).executeTakeFirstOrThrow();
  expect(row.satisfaction).toBe('unsatisfied');
  const linked = await t.database.db.selectFrom('call_tickets').select('call_id').where('ticket_id', '=', reg.body.id).execute();
  expect(linked.map((l) => l.call_id)).toEqual(['q-u']);
});

afterAll(async () => {
  await t?.close();
});

const samples = async () => t.database.db.selectFrom('qa_samples').selectAll().orderBy('id').execute();

describe('drawing calls to check', () => {
  it('takes the unsatisfied callback’s call plus exactly N random answered calls with a recording', async () => {
    const res = await t.call('qa', 'POST', '/api/v1/qa/samples', { date: '2026-03-02', randomCount: 3 });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ unsatisfied: 1, random: 3 });
    const rows = await samples();
    expect(rows).toHaveLength(4);
    const unsat = rows.filter((r) => r.reason === 'unsatisfied');
    expect(unsat.map((r) => r.call_id)).toEqual(['q-u']);
    expect(unsat[0].agent_user_id).toBe(await userId('agent'));
    const random = rows.filter((r) => r.reason === 'random').map((r) => r.call_id);
    expect(random).toHaveLength(3);
    expect(new Set(random).size).toBe(3);
    for (const id of random) expect(POOL).toContain(id);
  });

  it('never draws a call twice: a second draw takes only what is left of the pool', async () => {
    const res = await t.call('qa', 'POST', '/api/v1/qa/samples', { from: '2026-03-02', to: '2026-03-02', randomCount: 10 });
    expect(res.body).toMatchObject({ unsatisfied: 0, random: POOL.length - 3 });
    const ids = (await samples()).map((r) => r.call_id).sort();
    expect(ids).toEqual([...POOL, 'q-u'].sort());
  });

  it('refuses bad periods and other roles, changing nothing', async () => {
    const before = await snapshot(t.database);
    const bad: [unknown, string][] = [
      [{ randomCount: 3 }, 'period_required'],
      [{ date: '2026-02-30', randomCount: 3 }, 'validation_failed'],
      [{ from: '2026-03-05', to: '2026-03-01', randomCount: 3 }, 'bad_period'],
      [{ from: '2026-01-01', to: '2026-03-01', randomCount: 3 }, 'period_too_long'],
      [{ date: '2026-03-03', randomCount: -1 }, 'validation_failed'],
      [{ date: '2026-03-03', randomCount: 2.5 }, 'validation_failed'],
      [{ date: '2026-03-03', randomCount: 3, agent: 'x' }, 'validation_failed'],
    ];
    for (const [body, code] of bad) {
      const res = await t.call('qa', 'POST', '/api/v1/qa/samples', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.code, JSON.stringify(body)).toBe(code);
    }
    for (const user of ['agent', 'dispatcher', 'supervisor', 'analyst', 'env']) {
      expect((await t.call(user, 'POST', '/api/v1/qa/samples', { date: '2026-03-03', randomCount: 3 })).status, user).toBe(403);
    }
    expect(await snapshot(t.database)).toEqual(before);
  });
});

describe('scoring and the agent’s results', () => {
  const byCall = async (callId: string) => (await samples()).find((s) => s.call_id === callId)!.id;

  it('the queue shows the recording, the masked ticket text and the form; saving totals the items', async () => {
    const form = await t.call('qa', 'GET', '/api/v1/qa/form');
    expect(form.body.items.map((i: { label: string; max: number }) => [i.label, i.max])).toEqual([
      ['规范用语/开头语', 10],
      ['信息记录准确', 30],
      ['政策解答准确', 30],
      ['服务态度', 20],
      ['结束语', 10],
    ]);
    expect(form.body.maxTotal).toBe(100);

    const queue = await t.call('qa', 'GET', '/api/v1/qa/samples?state=pending');
    expect(queue.status).toBe(200);
    expect(queue.body.items).toHaveLength(8);
    const u = queue.body.items.find((s: { callId: string }) => s.callId === 'q-u');
    expect(u).toMatchObject({ reason: 'unsatisfied', phone: '138****7777', recordingUrl: null, durationSeconds: 115 });
    expect(u.tickets).toEqual([{ id: unsatisfiedTicket.id, number: unsatisfiedTicket.number, title: expect.any(String), content: '小区门口占道经营，噪音很大，多次反映无人管。' }]);
    const q1 = queue.body.items.find((s: { callId: string }) => s.callId === 'q-1');
    expect(q1.recordingUrl).toBe(REC('q-1'));
    expect(JSON.stringify(queue.body)).not.toContain('13800007777');

    // 8 + 25 + 20 + 18 + 10 = 81 (out of 100).
    const id = await byCall('q-u');
    const saved = await t.call('qa', 'PUT', `/api/v1/qa/samples/${id}/review`, {
      scores: { greeting: 8, record: 25, policy: 20, attitude: 18, closing: 10 },
      comment: '政策解答不够准确，未告知办理时限。',
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body.review).toMatchObject({ total: 81, maxTotal: 100, comment: '政策解答不够准确，未告知办理时限。', acknowledgedAt: null });
    // 10 + 30 + 30 + 20 + 10 = 100 for q-1, 5 + 15 + 15 + 10 + 5 = 50 for the dispatcher's call.
    expect((await t.call('qa', 'PUT', `/api/v1/qa/samples/${await byCall('q-1')}/review`, { scores: { greeting: 10, record: 30, policy: 30, attitude: 20, closing: 10 } })).body.review.total).toBe(100);
    expect((await t.call('qa', 'PUT', `/api/v1/qa/samples/${await byCall('q-d')}/review`, { scores: { greeting: 5, record: 15, policy: 15, attitude: 10, closing: 5 } })).body.review.total).toBe(50);
    const pending = await t.call('qa', 'GET', '/api/v1/qa/samples?state=pending');
    expect(pending.body.items).toHaveLength(5);
  });

  it('scores out of range, missing or unknown are 400 and change nothing', async () => {
    const id = await byCall('q-2');
    const before = await snapshot(t.database);
    const bad: [Record<string, unknown>, string][] = [
      [{ greeting: 11, record: 30, policy: 30, attitude: 20, closing: 10 }, 'score_out_of_range'],
      [{ greeting: -1, record: 30, policy: 30, attitude: 20, closing: 10 }, 'score_out_of_range'],
      [{ greeting: 9.5, record: 30, policy: 30, attitude: 20, closing: 10 }, 'score_out_of_range'],
      [{ greeting: 10, record: 30, policy: 30, attitude: 20 }, 'score_missing'],
      [{ greeting: 10, record: 30, policy: 30, attitude: 20, closing: 10, bonus: 5 }, 'score_unknown_item'],
      [{ greeting: '10', record: 30, policy: 30, attitude: 20, closing: 10 }, 'validation_failed'],
    ];
    for (const [scores, code] of bad) {
      const res = await t.call('qa', 'PUT', `/api/v1/qa/samples/${id}/review`, { scores });
      expect(res.status, JSON.stringify(scores)).toBe(400);
      expect(res.body.code, JSON.stringify(scores)).toBe(code);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    expect((await t.call('qa', 'PUT', '/api/v1/qa/samples/99999/review', { scores: {} })).status).toBe(404);
    for (const user of ['agent', 'supervisor', 'env']) {
      expect((await t.call(user, 'PUT', `/api/v1/qa/samples/${id}/review`, { scores: { greeting: 10, record: 30, policy: 30, attitude: 20, closing: 10 } })).status, user).toBe(403);
    }
    expect(await snapshot(t.database)).toEqual(before);
  });

  it('an agent sees only their own results, with the comment, and acknowledges them; then the score stands', async () => {
    const mine = await t.call('agent', 'GET', '/api/v1/qa/mine');
    expect(mine.status).toBe(200);
    expect(mine.body.items.map((i: { callId: string }) => i.callId).sort()).toEqual(['q-1', 'q-u']);
    const u = mine.body.items.find((i: { callId: string }) => i.callId === 'q-u');
    expect(u.review).toMatchObject({ total: 81, comment: '政策解答不够准确，未告知办理时限。', scores: { greeting: 8, record: 25, policy: 20, attitude: 18, closing: 10 } });
    expect(u.ticketNumbers).toEqual([unsatisfiedTicket.number]);
    expect(u.form.version).toBe(1);
    // The dispatcher's own review is theirs alone.
    const theirs = await t.call('dispatcher', 'GET', '/api/v1/qa/mine');
    expect(theirs.body.items.map((i: { callId: string }) => i.callId)).toEqual(['q-d']);
    expect(JSON.stringify(mine.body)).not.toContain('q-d');
    // The queue and the averages are not for agents; a unit handler sees nothing of QA.
    for (const url of ['/api/v1/qa/samples', '/api/v1/qa/agents', '/api/v1/qa/mine', '/api/v1/qa/form']) {
      expect((await t.call('env', 'GET', url)).status, url).toBe(403);
    }
    expect((await t.call('agent', 'GET', '/api/v1/qa/samples')).status).toBe(403);
    expect((await t.call('agent', 'GET', '/api/v1/qa/agents')).status).toBe(403);

    // Acknowledging another's review is as if it did not exist.
    const dId = (await samples()).find((s) => s.call_id === 'q-d')!.id;
    const before = await snapshot(t.database);
    const other = await t.call('agent', 'POST', `/api/v1/qa/mine/${dId}/acknowledge`);
    expect(other.status).toBe(404);
    expect(await snapshot(t.database)).toEqual(before);

    const ack = await t.at('2026-03-04 09:00', () => t.call('agent', 'POST', `/api/v1/qa/mine/${u.id}/acknowledge`));
    expect(ack.status).toBe(200);
    expect(ack.body.acknowledgedAt).toBe(local('2026-03-04 09:00').toISOString());
    const rescore = await t.call('qa', 'PUT', `/api/v1/qa/samples/${u.id}/review`, { scores: { greeting: 10, record: 30, policy: 30, attitude: 20, closing: 10 } });
    expect(rescore.status).toBe(409);
    expect(rescore.body.code).toBe('review_acknowledged');
  });
});

describe('the form’s versions and the per-agent averages', () => {
  it('a new form is a new version; old reviews keep theirs; only an admin edits it', async () => {
    const items = [
      { key: 'greeting', label: '开头语', max: 20 },
      { key: 'accuracy', label: '解答准确', max: 60 },
      { key: 'attitude', label: '服务态度', max: 20 },
    ];
    expect((await t.call('qa', 'PUT', '/api/v1/qa/form', { items })).status).toBe(403);
    const before = await snapshot(t.database);
    for (const bad of [{ items: [] }, { items: [{ label: '开头语', max: 0 }] }, { items: [{ key: 'a', label: 'x', max: 5 }, { key: 'a', label: 'y', max: 5 }] }]) {
      expect((await t.call('admin', 'PUT', '/api/v1/qa/form', bad)).status, JSON.stringify(bad)).toBe(400);
    }
    expect(await snapshot(t.database)).toEqual(before);
    const saved = await t.call('admin', 'PUT', '/api/v1/qa/form', { items });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ version: 2, maxTotal: 100, active: true });

    // A new review is scored on version 2: 15 + 45 + 15 = 75.
    const id = (await samples()).find((s) => s.call_id === 'q-2')!.id;
    const res = await t.call('qa', 'PUT', `/api/v1/qa/samples/${id}/review`, { scores: { greeting: 15, accuracy: 45, attitude: 15 } });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.review).toMatchObject({ total: 75, formId: saved.body.id });
    // The review of q-u still shows on version 1.
    const mine = await t.call('agent', 'GET', '/api/v1/qa/mine');
    const u = mine.body.items.find((i: { callId: string }) => i.callId === 'q-u');
    expect(u.form.version).toBe(1);
    expect(u.form.items).toHaveLength(5);
  });

  it('averages per agent on a 100-point scale, by the call’s day', async () => {
    // agent: q-u 81, q-1 100, q-2 75 → (81 + 100 + 75) / 3 = 85.3; dispatcher: q-d 50.
    const agentId = await userId('agent');
    const dispatcherId = await userId('dispatcher');
    const res = await t.call('supervisor', 'GET', '/api/v1/qa/agents?from=2026-03-02&to=2026-03-02');
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual([
      { agentUserId: agentId, agentName: 'agent', reviews: 3, averageScore: 85.3 },
      { agentUserId: dispatcherId, agentName: 'dispatcher', reviews: 1, averageScore: 50 },
    ]);
    expect((await t.call('qa', 'GET', '/api/v1/qa/agents?from=2026-03-03&to=2026-03-03')).body.items).toEqual([]);
    const direct = await qaScoresByAgent(t.database.db, local('2026-03-02 00:00'), local('2026-03-03 00:00'));
    expect(direct.map((a) => [a.agentUserId, a.reviews, a.averageScore])).toEqual([
      [agentId, 3, 85.3],
      [dispatcherId, 1, 50],
    ]);
    expect((await t.call('qa', 'GET', '/api/v1/qa/agents?from=2026-03-05&to=2026-03-01')).status).toBe(400);
  });
});
