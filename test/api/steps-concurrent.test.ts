// Steps arriving together on one ticket (issue 20: a step is written in one statement guarded by
// the ticket's version, not under a lock held across round trips): each step is applied once,
// on the state the one before it left; the timeline numbers them without a gap or a repeat; the
// committed event stream gives a ticket's events in that order; a step the state no longer
// allows is refused and writes nothing.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../helpers.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => {
  await t?.close();
});

async function dispatchedToEnv(content: string): Promise<number> {
  const created = await t.call('agent', 'POST', '/api/v1/tickets', { channel: 'phone', type: 'complaint', content, caller: { name: '张三', phone: '13812345678' } });
  expect(created.status).toBe(201);
  expect((await t.call('dispatcher', 'POST', `/api/v1/tickets/${created.body.id}/dispatch`, { unitId: t.fx.units.ENV })).status).toBe(200);
  return created.body.id;
}

const streamOrder = async (id: number) =>
  (await t.database.db.selectFrom('ticket_events').select(['seq', 'type']).where('ticket_id', '=', id).orderBy('tx').orderBy('id').execute()).map((e) => e.seq);

describe('steps on one ticket at the same time', () => {
  it('twelve notes at once: every one recorded once, numbered 3…14 without a gap, in the stream in that order', async () => {
    const id = await dispatchedToEnv('和平路路灯不亮，晚上出行不便。');
    // registered (1), dispatched (2), then the notes.
    const texts = Array.from({ length: 12 }, (_, i) => `补充说明第${i + 1}条`);
    const users = ['agent', 'dispatcher', 'env'];
    const results = await Promise.all(texts.map((content, i) => t.call(users[i % 3]!, 'POST', `/api/v1/tickets/${id}/note`, { content })));
    expect(results.map((r) => r.status)).toEqual(texts.map(() => 200));

    const detail = (await t.call('dispatcher', 'GET', `/api/v1/tickets/${id}`)).body;
    const notes = detail.events.filter((e: { type: string }) => e.type === 'noted');
    expect(notes.map((e: { payload: { content: string } }) => e.payload.content).sort()).toEqual([...texts].sort());
    expect(detail.events.map((e: { seq: number }) => e.seq)).toEqual(Array.from({ length: 14 }, (_, i) => i + 1));
    expect(detail.version).toBe(14);
    // Each answer carried the version its own step made: twelve different ones, 3 to 14.
    expect(results.map((r) => r.body.version as number).sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, i) => i + 3));
    expect(await streamOrder(id)).toEqual(Array.from({ length: 14 }, (_, i) => i + 1));
  });

  it('the same accept twice at once: one is applied, the other refused with problem+json; one accepted event', async () => {
    const id = await dispatchedToEnv('建设路工地夜间施工噪音扰民。');
    const [a, b] = await Promise.all([t.call('env', 'POST', `/api/v1/tickets/${id}/accept`), t.call('env', 'POST', `/api/v1/tickets/${id}/accept`)]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const refused = a.status === 409 ? a : b;
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    const detail = (await t.call('env', 'GET', `/api/v1/tickets/${id}`)).body;
    expect(detail.status).toBe('handling'); // 签收 puts it in 办理中
    expect(detail.events.map((e: { type: string }) => e.type)).toEqual(['registered', 'dispatched', 'accepted']);
    expect(await streamOrder(id)).toEqual([1, 2, 3]);
  });

  it('accept, notes and a reply racing: the reply lands on the accepted ticket, nothing is lost, the search finds the reply', async () => {
    const id = await dispatchedToEnv('幸福小区门口垃圾堆放多日无人清运。');
    const accept = t.call('env', 'POST', `/api/v1/tickets/${id}/accept`);
    const notes = Array.from({ length: 4 }, (_, i) => t.call('agent', 'POST', `/api/v1/tickets/${id}/note`, { content: `来电人再次反映${i + 1}` }));
    expect((await accept).status).toBe(200);
    const reply = await t.call('env', 'POST', `/api/v1/tickets/${id}/reply`, { content: '经现场查看，已安排环卫车辆清运完毕，并增加该点位清运频次。' });
    expect(reply.status).toBe(200);
    expect((await Promise.all(notes)).map((r) => r.status)).toEqual([200, 200, 200, 200]);
    const detail = (await t.call('env', 'GET', `/api/v1/tickets/${id}`)).body;
    expect(detail.status).toBe('replied');
    const types = detail.events.map((e: { type: string }) => e.type);
    expect(types.filter((x: string) => x === 'noted')).toHaveLength(4);
    expect(types.indexOf('accepted')).toBeLessThan(types.indexOf('replied'));
    expect(detail.events.map((e: { seq: number }) => e.seq)).toEqual(Array.from({ length: 8 }, (_, i) => i + 1));
    // The reply's words went into the ticket's search document with the step.
    const found = (await t.call('dispatcher', 'GET', `/api/v1/tickets?q=${encodeURIComponent('清运频次')}`)).body.items.map((x: { id: number }) => x.id);
    expect(found).toContain(id);
  });
});
