// Live updates: GET /api/v1/events streams committed changes to each signed-in user who may
// see them — a unit handler hears nothing of another unit's tickets.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, testApp, type TestApp } from '../helpers.js';

let t: TestApp;
let base: string;

beforeAll(async () => {
  t = await testApp();
  base = await t.app.listen({ host: '127.0.0.1', port: 0 });
});
afterAll(async () => {
  await t?.close();
});

/** Opens the stream as a user and collects the events it receives. */
async function stream(user: string, query = '') {
  const abort = new AbortController();
  const res = await fetch(`${base}/api/v1/events${query}`, { headers: { authorization: `Bearer ${t.tokens[user]}` }, signal: abort.signal });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toContain('text/event-stream');
  const events: { event: string; data: any }[] = [];
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buf = '';
  const pump = (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buf += value;
        let at: number;
        while ((at = buf.indexOf('\n\n')) >= 0) {
          const block = buf.slice(0, at);
          buf = buf.slice(at + 2);
          const event = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (event && data) events.push({ event, data: JSON.parse(data) });
        }
      }
    } catch {
      /* aborted */
    }
  })();
  // The stream hears every change once its `ready` has arrived.
  for (let i = 0; i < 300 && !events.some((e) => e.event === 'ready'); i++) await new Promise((r) => setTimeout(r, 10));
  expect(events.shift()).toEqual({ event: 'ready', data: { kind: 'ready' } });
  return { events, ended: pump, close: async () => (abort.abort(), await pump) };
}

describe('GET /api/v1/events', () => {
  it('needs a signed-in user', async () => {
    const res = await fetch(`${base}/api/v1/events`);
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  });

  it('tells each user of the changes they may see, once committed, and nothing else', async () => {
    const dispatcher = await stream('dispatcher');
    const env = await stream('env');
    const hr = await stream('hr');
    const created = await t.call('agent', 'POST', '/api/v1/tickets', { channel: 'phone', type: 'complaint', content: '工地夜间施工噪音扰民' });
    const id = created.body.id;
    // Once the registration has reached this process, a stream for this one ticket only.
    await expect.poll(() => dispatcher.events.some((e) => e.data.id === id)).toBe(true);
    const onlyThis = await stream('dispatcher', `?ticket=${id}`);
    await t.stepAt('2026-03-02 09:00', 'dispatcher', id, 'dispatch', { unitId: t.fx.units.ENV });
    await t.stepAt('2026-03-02 09:30', 'env', id, 'accept');
    // A refused step changes nothing and announces nothing.
    const refused = await t.call('hr', 'POST', `/api/v1/tickets/${id}/accept`, {});
    expect(refused.status).toBeGreaterThanOrEqual(400);
    const other = await t.call('agent', 'POST', '/api/v1/tickets', { channel: 'phone', type: 'consult', content: '咨询社保缴费' });

    await expect.poll(() => dispatcher.events.filter((e) => e.data.id === id).map((e) => e.data.event)).toEqual(['registered', 'dispatched', 'accepted']);
    await expect.poll(() => dispatcher.events.some((e) => e.data.id === other.body.id)).toBe(true);
    await expect.poll(() => env.events.filter((e) => e.data.id === id).map((e) => e.data.event)).toEqual(['dispatched', 'accepted']);
    expect(onlyThis.events.map((e) => e.data.event)).toEqual(['dispatched', 'accepted']);
    // The other unit heard of nothing: not the ticket dispatched to ENV, not the unassigned one.
    expect(hr.events).toEqual([]);
    // Before dispatch no unit could see the ticket, so no unit heard of its registration.
    expect(env.events.some((e) => e.data.event === 'registered')).toBe(false);
    for (const s of [dispatcher, env, hr, onlyThis]) await s.close();
  });

  it('ends an open stream at once when its user signs out, and a new one is refused (issue 14)', async () => {
    const login = await t.call(null, 'POST', '/api/v1/auth/login', { username: 'callback', password: PASSWORD });
    expect(login.status).toBe(200);
    const token = login.body.token as string;
    t.tokens.callbackSecond = token;
    const open = await stream('callbackSecond');
    let ended = false;
    void open.ended.then(() => (ended = true));
    expect((await t.call('callbackSecond', 'POST', '/api/v1/auth/logout')).status).toBe(204);
    // The stream checks its session every 2 s: it ends within a few seconds, without any change to tell.
    for (let i = 0; i < 100 && !ended; i++) await new Promise((r) => setTimeout(r, 100));
    expect(ended).toBe(true);
    const again = await fetch(`${base}/api/v1/events`, { headers: { authorization: `Bearer ${token}` } });
    expect(again.status).toBe(401);
  });
});
