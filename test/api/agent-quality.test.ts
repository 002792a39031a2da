// Each agent's quality beside their call figures (issue 16 item 6): the breakdown by agent
// carries the agent's quality-check average and the callers' post-call IVR ratings of their
// service, over the same days as the figures; a caller's poor rating of the service (4 or 5) is a
// complaint about the agent, and its call is drawn for checking. Expected values worked by hand.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../src/store/apikeys.js';
import { local, testApp, type TestApp } from '../helpers.js';

let t: TestApp;
let key: string;

const event = (callId: string, body: Record<string, unknown>, at: string) =>
  t.call(null, 'POST', `/api/v1/telephony/calls/${callId}/events`, { ...body, at: local(at).toISOString() }, { 'x-api-key': key });
const survey = (callId: string, digit: number, at: string) =>
  t.at(at, () => t.call(null, 'POST', `/api/v1/telephony/calls/${callId}/survey`, { digit }, { 'x-api-key': key }));

/** A call queued, answered by the agent after 5 s, ended after 2 minutes with its recording. */
async function answered(callId: string, agent: string, at: string, phone: string) {
  const start = local(at).getTime();
  const iso = (ms: number) => new Date(start + ms).toISOString();
  for (const body of [
    { state: 'queued', caller: phone, line: '12345', at: iso(0) },
    { state: 'answered', agentUsername: agent, at: iso(5_000) },
    { state: 'ended', recordingUrl: `https://pbx.example.cn/rec/${callId}.mp3`, at: iso(125_000) },
  ]) {
    const res = await t.call(null, 'POST', `/api/v1/telephony/calls/${callId}/events`, body, { 'x-api-key': key });
    expect(res.status).toBe(200);
  }
}

beforeAll(async () => {
  t = await testApp();
  key = (await createApiKey(t.database.db, { name: '呼叫中心', scope: 'telephony' })).key;
  await answered('aq-1', 'agent', '2026-03-02 09:00', '13800000011');
  await answered('aq-2', 'agent', '2026-03-02 10:00', '13800000012');
  await answered('aq-3', 'dispatcher', '2026-03-02 11:00', '13800000013');
  await answered('aq-next', 'agent', '2026-03-03 09:00', '13800000014'); // another day: outside the period
  // The callers rate the service after the call: 2 满意 and 5 非常不满意 for the agent; 1 for the dispatcher; 1 next day.
  for (const [id, digit, at] of [['aq-1', 2, '2026-03-02 09:03'], ['aq-2', 5, '2026-03-02 10:03'], ['aq-3', 1, '2026-03-02 11:03'], ['aq-next', 1, '2026-03-03 09:03']] as const) {
    expect((await survey(id, digit, at)).status).toBe(200);
  }
  // The inspector draws every answered call of the day and scores them on the default form (100 points).
  const drawn = await t.call('qa', 'POST', '/api/v1/qa/samples', { date: '2026-03-02', randomCount: 10 });
  expect(drawn.status).toBe(200);
  // aq-2's caller rated the agent's service 5 (非常不满意): a complaint, drawn as such; the other two at random.
  expect(drawn.body).toMatchObject({ unsatisfied: 0, complaint: 1, random: 2 });
  const reasons = await t.database.db.selectFrom('qa_samples').select(['call_id', 'reason']).orderBy('call_id').execute();
  expect(reasons).toEqual([
    { call_id: 'aq-1', reason: 'random' },
    { call_id: 'aq-2', reason: 'complaint' },
    { call_id: 'aq-3', reason: 'random' },
  ]);
  const queue = (await t.call('qa', 'GET', '/api/v1/qa/samples?state=pending')).body.items as { id: number; callId: string }[];
  const id = (callId: string) => queue.find((s) => s.callId === callId)!.id;
  const score = async (callId: string, scores: Record<string, number>) => expect((await t.call('qa', 'PUT', `/api/v1/qa/samples/${id(callId)}/review`, { scores })).status).toBe(200);
  await score('aq-1', { greeting: 10, record: 30, policy: 30, attitude: 20, closing: 10 }); // 100
  await score('aq-2', { greeting: 5, record: 20, policy: 20, attitude: 15, closing: 10 }); // 70
  await score('aq-3', { greeting: 10, record: 25, policy: 25, attitude: 20, closing: 10 }); // 90
});
afterAll(async () => t?.close());

describe('the breakdown by agent', () => {
  it("puts each agent's QA average and IVR satisfaction beside their call figures", async () => {
    const res = await t.call('supervisor', 'GET', '/api/v1/calls/measures/breakdown?from=2026-03-02&to=2026-03-02&by=agent');
    expect(res.status).toBe(200);
    const ids = new Map((await t.database.db.selectFrom('users').select(['id', 'username']).execute()).map((u) => [u.username, String(u.id)]));
    const row = (username: string) => res.body.items.find((i: { key: string }) => i.key === ids.get(username));
    // agent: two calls, both answered; QA (100 + 70) / 2 = 85 over 2 reviews; IVR 2 → satisfied, 5 → not: 1 of 2.
    expect(row('agent')).toMatchObject({ offered: 2, answered: 2, quality: { qaReviews: 2, qaAverageScore: 85, ivrRatings: 2, ivrSatisfiedRate: 0.5 } });
    // dispatcher: one call; QA 90; IVR 1 → satisfied.
    expect(row('dispatcher')).toMatchObject({ offered: 1, answered: 1, quality: { qaReviews: 1, qaAverageScore: 90, ivrRatings: 1, ivrSatisfiedRate: 1 } });
  });

  it('an agent reads only their own row, quality included; other dimensions carry none', async () => {
    const mine = await t.call('agent', 'GET', '/api/v1/calls/measures/breakdown?from=2026-03-02&to=2026-03-02&by=agent');
    expect(mine.status).toBe(200);
    expect(mine.body.items).toHaveLength(1);
    expect(mine.body.items[0].quality).toMatchObject({ qaReviews: 2, qaAverageScore: 85 });
    const byDay = await t.call('supervisor', 'GET', '/api/v1/calls/measures/breakdown?from=2026-03-02&to=2026-03-03&by=day');
    expect(byDay.body.items.every((i: Record<string, unknown>) => !('quality' in i))).toBe(true);
  });
});
