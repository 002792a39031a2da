// Webhooks (docs/webhooks.md) against a receiver this test starts, speaking the documented
// contract: POST url, JSON event document, X-Hotline-Signature: t=UNIX,v1=hex(HMAC-SHA256(secret,
// `${t}.${body}`)), any 2xx is success. The sender's pass (channels/webhooks.ts deliverDueWebhooks)
// is driven directly with a clock the test moves.

import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { deliverDueWebhooks, LEASE_MS, MAX_ATTEMPTS, RETRY_DELAYS_MS } from '../../src/channels/webhooks.js';
import { claimDueDeliveries } from '../../src/store/webhooks.js';
import { snapshot, testApp, type TestApp } from '../helpers.js';

interface Received {
  headers: http.IncomingHttpHeaders;
  body: string;
  json: any;
  status: number;
}

/** A receiver: answers each request with plan(json) (default 200) and records it. */
async function startReceiver() {
  const received: Received[] = [];
  let plan: (json: any) => number = () => 200;
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const json = JSON.parse(body);
      const status = plan(json);
      received.push({ headers: req.headers, body, json, status });
      res.writeHead(status, { 'content-type': 'text/plain' }).end(status === 200 ? 'ok' : 'receiver down');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`,
    received,
    setPlan: (p: (json: any) => number) => (plan = p),
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

const SECRET = 'whsec-0123456789abcdef';
let t: TestApp;
let rx: Awaited<ReturnType<typeof startReceiver>>;
/** The sender's clock. */
let clock: Date;
const pass = () => deliverDueWebhooks({ db: t.ctx.db, now: () => clock });
const later = (ms: number) => (clock = new Date(clock.getTime() + ms));

beforeAll(async () => {
  t = await testApp();
  rx = await startReceiver();
});
afterAll(async () => {
  await rx.close();
  await t.close();
});
afterEach(async () => {
  t.setNow(null);
  rx.received.length = 0;
  rx.setPlan(() => 200);
  for (const s of (await t.call('admin', 'GET', '/api/v1/webhooks')).body.items) await t.call('admin', 'DELETE', `/api/v1/webhooks/${s.id}`);
});

async function subscribe(body: Record<string, unknown> = {}) {
  const res = await t.call('admin', 'POST', '/api/v1/webhooks', { url: rx.url, secret: SECRET, ...body });
  expect(res.status).toBe(201);
  return res.body.id as number;
}

/**
 * Matters of one caller, one per ticket: the same caller about the same matter again would be a
 * repeat (重复件, app/repeats.ts), whose repeat_flagged step is an event of its own. The number is
 * a sentence of its own: a derived title is the first sentence, and must not carry it.
 */
const MATTERS = [
  '工地夜间施工噪音扰民', '小区门口路灯不亮', '菜市场占道经营', '公交站台顶棚破损', '供暖温度不达标', '楼上住户漏水到我家',
  '物业不退装修押金', '培训机构拒绝退费', '小区电梯经常停运', '自来水发黄有异味', '共享单车堵塞盲道', '餐馆油烟直排',
  '医保报销材料被退回', '驾驶证补办要多久', '快递柜超时收费', '学校门口违章停车',
];
let matters = 0;

/** Registers a ticket at the clock's time (the events' time), with a caller's name and phone in it. */
async function register(extra: Record<string, unknown> = {}) {
  t.setNow(clock);
  const res = await t.call('agent', 'POST', '/api/v1/tickets', {
    channel: 'phone',
    type: 'complaint',
    content: `张三丰反映：${MATTERS[matters++ % MATTERS.length]}。联系电话 13812345678。`,
    caller: { name: '张三丰', phone: '13812345678' },
    ...extra,
  });
  expect(res.status).toBe(201);
  return res.body.id as number;
}

const eventIds = async (ticketId: number) =>
  (await t.ctx.db.selectFrom('ticket_events').select(['id', 'type']).where('ticket_id', '=', ticketId).orderBy('seq').execute()).map((e) => ({ id: Number(e.id), type: e.type }));
const deliveries = async (sub: number) => (await t.call('admin', 'GET', `/api/v1/webhooks/${sub}/deliveries`)).body.items as any[];

describe('webhooks', () => {
  it('admin only; bad input changes nothing; the secret is never returned nor audited; pause holds deliveries until resume', async () => {
    clock = new Date();
    const before = await snapshot(t.database);
    expect((await t.call('agent', 'POST', '/api/v1/webhooks', { url: rx.url, secret: SECRET })).status).toBe(403);
    const ftp = await t.call('admin', 'POST', '/api/v1/webhooks', { url: 'ftp://example.org/x', secret: SECRET });
    expect(ftp.status).toBe(400);
    expect(ftp.headers['content-type']).toMatch(/problem\+json/);
    expect((await t.call('admin', 'POST', '/api/v1/webhooks', { url: rx.url, secret: 'short' })).status).toBe(400);
    expect((await t.call('admin', 'POST', '/api/v1/webhooks', { url: rx.url, secret: SECRET, unitId: 999999 })).body.code).toBe('unknown_unit');
    expect((await t.call('admin', 'PATCH', '/api/v1/webhooks/999999', { paused: true })).status).toBe(404);
    expect((await t.call('agent', 'GET', '/api/v1/webhooks')).status).toBe(403);
    expect(await snapshot(t.database)).toEqual(before);

    const id = await subscribe({ events: ['registered'] });
    const list = await t.call('admin', 'GET', '/api/v1/webhooks');
    expect(list.body.items).toEqual([expect.objectContaining({ id, url: rx.url, events: ['registered'], personalData: false, paused: false, unitId: null })]);
    expect(JSON.stringify(list.body)).not.toContain(SECRET);

    expect((await t.call('admin', 'PATCH', `/api/v1/webhooks/${id}`, { paused: true })).body.paused).toBe(true);
    const ticket = await register();
    expect(await pass()).toEqual({ delivered: 0, failed: 0, dead: 0 });
    expect(rx.received).toHaveLength(0);
    expect((await deliveries(id)).map((d) => d.status)).toEqual(['pending']);
    expect((await t.call('admin', 'PATCH', `/api/v1/webhooks/${id}`, { paused: false })).body.paused).toBe(false);
    expect((await pass()).delivered).toBe(1);
    expect(rx.received.map((r) => r.json.ticketId)).toEqual([ticket]);

    expect((await t.call('admin', 'DELETE', `/api/v1/webhooks/${id}`)).status).toBe(204);
    expect((await t.call('admin', 'DELETE', `/api/v1/webhooks/${id}`)).status).toBe(404);
    const audits = await t.ctx.db.selectFrom('audit_log').select(['action', 'detail']).where('action', 'like', 'webhook.%').orderBy('id').execute();
    expect(audits.map((a) => a.action)).toEqual(['webhook.create', 'webhook.update', 'webhook.update', 'webhook.delete']);
    expect(JSON.stringify(audits)).not.toContain(SECRET);
  });

  it('signs each delivery as documented; the body is the event, masked by default; personalData (audited) unmasks', async () => {
    clock = new Date();
    const masked = await subscribe();
    const ticket = await register();
    expect((await pass()).delivered).toBe(1);
    const [r] = rx.received;
    // The documented rule, recomputed here.
    const m = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(String(r.headers['x-hotline-signature']));
    expect(m).not.toBeNull();
    expect(Number(m![1])).toBe(Math.floor(clock.getTime() / 1000));
    expect(m![2]).toBe(crypto.createHmac('sha256', SECRET).update(`${m![1]}.${r.body}`).digest('hex'));
    const [registered] = await eventIds(ticket);
    expect(r.json).toMatchObject({ v: 'v1', id: registered.id, type: 'registered', ticketId: ticket, seq: 1, at: clock.toISOString() });
    expect(r.headers['x-hotline-delivery']).toBe(String(registered.id));
    expect(r.json.payload.callerPhone).toBe('138****5678');
    expect(r.json.payload.callerName).toBe('张**');
    expect(r.body).not.toContain('13812345678');
    expect(r.body).not.toContain('张三丰');
    expect((await deliveries(masked))[0]).toMatchObject({ status: 'delivered', attempts: 1, lastError: null, eventId: registered.id });

    // The receiver's agreement allows personal data: an admin marks it (audited), and it comes unmasked.
    const open = await subscribe();
    const patched = await t.call('admin', 'PATCH', `/api/v1/webhooks/${open}`, { personalData: true });
    expect(patched.body.personalData).toBe(true);
    const audit = await t.ctx.db.selectFrom('audit_log').select('detail').where('action', '=', 'webhook.update').orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(audit.detail).toMatchObject({ before: { personalData: false }, after: { personalData: true } });
    rx.received.length = 0;
    await register();
    expect((await pass()).delivered).toBe(2);
    const bodies = rx.received.map((x) => x.body);
    expect(bodies.filter((b) => b.includes('13812345678'))).toHaveLength(1);
    expect(bodies.filter((b) => b.includes('138****5678'))).toHaveLength(1);
  });

  it('a 500 is tried again after the backoff, with the same event id; the delivery shows attempts and the last error', async () => {
    clock = new Date();
    const sub = await subscribe();
    await register();
    let calls = 0;
    rx.setPlan(() => (++calls === 1 ? 500 : 200));
    expect(await pass()).toEqual({ delivered: 0, failed: 1, dead: 0 });
    expect((await deliveries(sub))[0]).toMatchObject({ status: 'pending', attempts: 1, lastError: 'HTTP 500: receiver down', lastStatus: 500 });
    expect((await deliveries(sub))[0].nextAttemptAt).toBe(new Date(clock.getTime() + RETRY_DELAYS_MS[0]).toISOString());
    later(RETRY_DELAYS_MS[0] - 1000);
    expect((await pass()).delivered).toBe(0); // not yet due
    later(1000);
    expect(await pass()).toEqual({ delivered: 1, failed: 0, dead: 0 });
    expect(rx.received.map((r) => r.status)).toEqual([500, 200]);
    expect(rx.received[0].json.id).toBe(rx.received[1].json.id);
    expect((await deliveries(sub))[0]).toMatchObject({ status: 'delivered', attempts: 2, lastError: null });
  });

  it('in order per ticket: the second event is not sent while the first is retrying; another ticket is not held up', async () => {
    clock = new Date();
    await subscribe();
    const first = await register();
    t.setNow(clock);
    expect((await t.call('dispatcher', 'POST', `/api/v1/tickets/${first}/dispatch`, { unitId: t.fx.units.ENV })).status).toBe(200);
    const other = await register();
    let failedOnce = false;
    rx.setPlan((j) => (j.ticketId === first && j.type === 'registered' && !failedOnce ? ((failedOnce = true), 500) : 200));
    await pass();
    // The first ticket's registered failed: its dispatched waits; the other ticket went through.
    // (Heads of different tickets go out side by side: compared in ticket order.)
    expect(rx.received.map((r) => [r.json.ticketId, r.json.type, r.status]).sort((x, y) => Number(x[0]) - Number(y[0]))).toEqual([
      [first, 'registered', 500],
      [other, 'registered', 200],
    ]);
    later(RETRY_DELAYS_MS[0]);
    await pass();
    expect(rx.received.filter((r) => r.json.ticketId === first).map((r) => [r.json.type, r.status])).toEqual([
      ['registered', 500],
      ['registered', 200],
      ['dispatched', 200],
    ]);
    expect(rx.received.filter((r) => r.json.ticketId === first).map((r) => r.json.seq)).toEqual([1, 1, 2]);
  });

  it(`parked as dead after ${MAX_ATTEMPTS} failures; a dead delivery blocks nothing after it; replay sends it again`, async () => {
    clock = new Date();
    const sub = await subscribe();
    const ticket = await register();
    t.setNow(clock);
    expect((await t.call('dispatcher', 'POST', `/api/v1/tickets/${ticket}/dispatch`, { unitId: t.fx.units.ENV })).status).toBe(200);
    let down = true;
    rx.setPlan((j) => (j.type === 'registered' && down ? 500 : 200));
    for (let i = 1; i < MAX_ATTEMPTS; i++) {
      expect(await pass()).toEqual({ delivered: 0, failed: 1, dead: 0 });
      expect(rx.received.some((r) => r.json.type === 'dispatched')).toBe(false);
      later(RETRY_DELAYS_MS[i - 1]);
    }
    // The last try fails: dead, and the ticket's next event goes out.
    expect(await pass()).toEqual({ delivered: 1, failed: 0, dead: 1 });
    expect(rx.received.map((r) => r.json.type)).toEqual([...Array(MAX_ATTEMPTS).fill('registered'), 'dispatched']);
    const [dispatched, registered] = await deliveries(sub); // newest first
    expect(registered).toMatchObject({ status: 'dead', attempts: MAX_ATTEMPTS, lastError: 'HTTP 500: receiver down', nextAttemptAt: null });
    expect(dispatched).toMatchObject({ status: 'delivered' });
    later(7 * 86_400_000);
    expect((await pass()).delivered + (await pass()).failed).toBe(0); // dead stays dead

    down = false;
    expect((await t.call('admin', 'POST', `/api/v1/webhooks/${sub}/deliveries/999999/replay`)).status).toBe(404);
    expect((await t.call('admin', 'POST', `/api/v1/webhooks/${sub}/deliveries/${registered.id}/replay`)).body).toEqual({ replayed: 1 });
    expect(await pass()).toEqual({ delivered: 1, failed: 0, dead: 0 });
    expect(rx.received.at(-1)!.json).toMatchObject({ type: 'registered', seq: 1 });
    expect((await deliveries(sub))[1]).toMatchObject({ status: 'delivered', attempts: 1 });
    expect((await t.call('admin', 'POST', `/api/v1/webhooks/${sub}/deliveries/replay-dead`)).body).toEqual({ replayed: 0 });
    expect(await t.ctx.db.selectFrom('audit_log').select('action').where('action', '=', 'webhook.replay').execute()).toHaveLength(1);
  });

  it('a rolled-back change produces no delivery', async () => {
    clock = new Date();
    const sub = await subscribe();
    const ticket = await register();
    await pass();
    rx.received.length = 0;
    const seq = (await t.ctx.db.selectFrom('ticket_events').select((eb) => eb.fn.max('seq').as('s')).where('ticket_id', '=', ticket).executeTakeFirstOrThrow()).s as number;
    await expect(
      t.ctx.db.transaction().execute(async (tx) => {
        await tx.insertInto('ticket_events').values({ ticket_id: ticket, seq: seq + 1, type: 'supervised', actor_id: null, at: clock, payload: JSON.stringify({ note: 'never' }) }).execute();
        throw new Error('the change fails after writing its event');
      }),
    ).rejects.toThrow('the change fails');
    await t.ctx.listeners.settle();
    expect(await pass()).toEqual({ delivered: 0, failed: 0, dead: 0 });
    expect(rx.received).toHaveLength(0);
    expect(await deliveries(sub)).toHaveLength(1);
  });

  it('a sender that dies mid-delivery (claimed, never marked) loses nothing: sent again when its lease ends', async () => {
    clock = new Date();
    const sub = await subscribe();
    await register();
    // A worker claims the delivery, then is killed before it sends or records anything.
    expect(await claimDueDeliveries(t.ctx.db, clock, 10, LEASE_MS)).toHaveLength(1);
    expect(await pass()).toEqual({ delivered: 0, failed: 0, dead: 0 }); // still the dead worker's
    later(LEASE_MS);
    expect(await pass()).toEqual({ delivered: 1, failed: 0, dead: 0 });
    expect(rx.received).toHaveLength(1);
    expect((await deliveries(sub))[0]).toMatchObject({ status: 'delivered', attempts: 2 });
  });

  it("a unit's subscription gets only the events of the tickets that unit holds", async () => {
    clock = new Date();
    const env = await subscribe({ unitId: t.fx.units.ENV });
    const mine = await register();
    const theirs = await register();
    t.setNow(clock);
    expect((await t.call('dispatcher', 'POST', `/api/v1/tickets/${mine}/dispatch`, { unitId: t.fx.units.ENV })).status).toBe(200);
    expect((await t.call('dispatcher', 'POST', `/api/v1/tickets/${theirs}/dispatch`, { unitId: t.fx.units.HR })).status).toBe(200);
    await pass();
    expect(rx.received.map((r) => [r.json.ticketId, r.json.type])).toEqual([[mine, 'dispatched']]);
    expect((await deliveries(env)).map((d) => d.ticketId)).toEqual([mine]);
  });
});
