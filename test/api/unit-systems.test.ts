// Departments' own systems (issue 17 item 4, docs/unit-systems.md), against a receiver this test
// starts that speaks the documented contract: the admin marks 测试市生态环境局 (ENV) with its
// system's webhook and makes a unit-scoped key; a dispatch to ENV reaches the receiver signed, with
// the ticket as ENV's handlers see it; the system accepts, notes and replies through the ordinary
// ticket routes with its key, and the ticket moves exactly as when ENV's own handler does the same
// at the same times. What the key must NOT do is proven with nothing changed anywhere.

import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliverDueWebhooks } from '../../src/channels/webhooks.js';
import { snapshot, testApp, type TestApp } from '../helpers.js';

interface Received {
  headers: http.IncomingHttpHeaders;
  body: string;
  json: any;
}

/** The department's system: records what it is sent, answers 200. */
async function startReceiver() {
  const received: Received[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      received.push({ headers: req.headers, body, json: JSON.parse(body) });
      res.writeHead(200).end('ok');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hotline`,
    received,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

/** The contract's check, as a department's system would write it. */
function signatureValid(r: Received, secret: string): boolean {
  const m = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(String(r.headers['x-hotline-signature']));
  if (!m) return false;
  const expected = crypto.createHmac('sha256', secret).update(`${m[1]}.${r.body}`).digest('hex');
  return crypto.timingSafeEqual(Buffer.from(expected), Buffer.from(m[2]));
}

const SECRET = 'env-system-secret-0123456789';
const KEY_NAME = '测试市生态环境局 自建系统';
let t: TestApp;
let rx: Awaited<ReturnType<typeof startReceiver>>;
let key: string;
let keyId: number;
let subscriptionId: number;
/** The sender's pass, after every event time used here. */
const pass = () => deliverDueWebhooks({ db: t.ctx.db, now: () => new Date() });

/** A call with an API key: X-Api-Key, or Authorization: Bearer. */
const withKey = (k: string, method: string, url: string, body?: unknown, as: 'x-api-key' | 'bearer' = 'x-api-key') =>
  t.call(null, method, url, body, as === 'x-api-key' ? { 'x-api-key': k } : { authorization: `Bearer ${k}` });
const stepWithKey = (when: string, id: number, name: string, body: unknown = {}, as: 'x-api-key' | 'bearer' = 'x-api-key') =>
  t.at(when, () => withKey(key, 'POST', `/api/v1/tickets/${id}/${name}`, body, as));

async function register(when: string): Promise<number> {
  const res = await t.at(when, () =>
    t.call('agent', 'POST', '/api/v1/tickets', {
      channel: 'phone',
      type: 'complaint',
      content: '张三丰反映：工地夜间施工噪音扰民，联系电话 13812345678。',
      caller: { name: '张三丰', phone: '13812345678' },
      address: '东城区幸福路8号',
    }),
  );
  expect(res.status).toBe(201);
  return res.body.id;
}

beforeAll(async () => {
  t = await testApp();
  rx = await startReceiver();
});
afterAll(async () => {
  await rx?.close();
  await t?.close();
});

describe('a department answering through its own system', () => {
  it('admin only; bad marks and bad keys change nothing; marking makes a unit-filtered subscription; the secret is never returned nor audited', async () => {
    const u = t.fx.units;
    const before = await snapshot(t.database);
    const refused: [user: string, method: string, url: string, body: unknown, status: number, code: string][] = [
      ['env', 'PUT', `/api/v1/admin/unit-systems/${u.ENV}`, { url: rx.url, secret: SECRET }, 403, 'forbidden'],
      ['admin', 'PUT', '/api/v1/admin/unit-systems/999999', { url: rx.url, secret: SECRET }, 404, 'unit_not_found'],
      ['admin', 'PUT', `/api/v1/admin/unit-systems/${u.CENTER}`, { url: rx.url, secret: SECRET }, 400, 'unit_is_centre'],
      ['admin', 'PUT', `/api/v1/admin/unit-systems/${u.ENV}`, { name: '只有名称' }, 400, 'webhook_required'],
      ['admin', 'PUT', `/api/v1/admin/unit-systems/${u.ENV}`, { url: 'ftp://x.example/', secret: SECRET }, 400, 'validation_failed'],
      ['admin', 'PUT', `/api/v1/admin/unit-systems/${u.ENV}`, { url: rx.url, secret: 'short' }, 400, 'validation_failed'],
      ['admin', 'DELETE', `/api/v1/admin/unit-systems/${u.ENV}`, undefined, 404, 'unit_system_not_found'],
      ['admin', 'POST', '/api/v1/admin/api-keys', { name: KEY_NAME, scope: 'unit' }, 400, 'unit_required'],
      ['admin', 'POST', '/api/v1/admin/api-keys', { name: KEY_NAME, scope: 'unit', unitId: 999999 }, 400, 'unknown_unit'],
      ['admin', 'POST', '/api/v1/admin/api-keys', { name: KEY_NAME, scope: 'open311', unitId: u.ENV }, 400, 'unit_not_allowed'],
      ['env', 'POST', '/api/v1/admin/api-keys', { name: KEY_NAME, scope: 'unit', unitId: u.ENV }, 403, 'forbidden'],
    ];
    for (const [user, method, url, body, status, code] of refused) {
      const res = await t.call(user, method, url, body);
      expect({ url, body, status: res.status }).toEqual({ url, body, status });
      if (code !== 'validation_failed') expect(res.body.code).toBe(code);
      expect(res.headers['content-type']).toMatch(/problem\+json/);
    }
    expect(await snapshot(t.database)).toEqual(before);

    const marked = await t.call('admin', 'PUT', `/api/v1/admin/unit-systems/${u.ENV}`, { url: rx.url, secret: SECRET });
    expect(marked.status).toBe(200);
    expect(marked.body).toMatchObject({ unitId: u.ENV, unitName: '测试市生态环境局', name: '测试市生态环境局 自建系统', keys: [] });
    expect(marked.body.webhook.events).toEqual(expect.arrayContaining(['dispatched', 'delegated', 'rerouted', 'withdrawn', 'extension_approved', 'supervised']));
    subscriptionId = marked.body.webhook.id;
    // It is an ordinary webhook subscription, filtered to the unit, personal data masked.
    const sub = await t.call('admin', 'GET', `/api/v1/webhooks/${subscriptionId}`);
    expect(sub.body).toMatchObject({ url: rx.url, unitId: u.ENV, personalData: false, paused: false });

    const created = await t.call('admin', 'POST', '/api/v1/admin/api-keys', { name: KEY_NAME, scope: 'unit', unitId: u.ENV });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ scope: 'unit', unitId: u.ENV, active: true });
    key = created.body.key;
    keyId = created.body.id;
    const listed = await t.call('admin', 'GET', `/api/v1/admin/unit-systems/${u.ENV}`);
    expect(listed.body.keys).toEqual([expect.objectContaining({ id: keyId, name: KEY_NAME, active: true })]);
    expect(JSON.stringify(listed.body)).not.toContain(key);

    const audits = await t.ctx.db.selectFrom('audit_log').select(['action', 'detail']).where('action', 'like', 'unit_system.%').orderBy('id').execute();
    expect(audits.map((a) => a.action)).toEqual(['unit_system.mark']);
    const all = JSON.stringify(await t.ctx.db.selectFrom('audit_log').select('detail').execute());
    expect(all).not.toContain(SECRET);
    expect(all).not.toContain(key);
    expect(JSON.stringify((await t.call('admin', 'GET', '/api/v1/admin/unit-systems')).body)).not.toContain(SECRET);

    // The key's system user never signs in.
    const login = await t.call(null, 'POST', '/api/v1/auth/login', { username: `apikey:${keyId}`, password: 'anything at all' });
    expect(login.status).toBe(401);
  });

  it('the dispatch reaches the system signed, as ENV’s handlers see it; another unit’s does not', async () => {
    const u = t.fx.units;
    rx.received.length = 0;
    const id = await register('2026-03-02 08:45');
    const other = await register('2026-03-02 08:46');
    const dispatched = await t.stepAt('2026-03-02 09:00', 'dispatcher', id, 'dispatch', { unitId: u.ENV });
    await t.stepAt('2026-03-02 09:00', 'dispatcher', other, 'dispatch', { unitId: u.HR });
    await pass();
    expect(rx.received.map((r) => [r.json.ticketId, r.json.type])).toEqual([[id, 'dispatched']]);
    const [r] = rx.received;
    expect(signatureValid(r, SECRET)).toBe(true);
    expect(r.headers['x-hotline-event']).toBe('dispatched');
    expect(r.json).toMatchObject({ v: 'v1', type: 'dispatched', ticketId: id, ticketNumber: dispatched.number, unitId: u.ENV });
    // What ENV's handler sees of it in the console: masked, nothing more.
    const seen = (await t.call('env', 'GET', `/api/v1/tickets/${id}`)).body;
    expect(r.json.ticket).toMatchObject({
      id,
      number: seen.number,
      status: 'dispatched',
      title: seen.title,
      content: seen.content,
      caller: seen.caller,
      address: seen.address,
      acceptBy: seen.acceptBy,
      dueBy: seen.dueBy,
      unitId: u.ENV,
      myLevel: 0,
    });
    expect(r.json.ticket.caller).toEqual({ name: '张**', phone: '138****5678' });
    expect(r.body).not.toContain('13812345678');
    expect(r.body).not.toContain('张三丰');
    // The deliveries are the webhooks' own: the admin console lists them.
    const deliveries = (await t.call('admin', 'GET', `/api/v1/webhooks/${subscriptionId}/deliveries`)).body.items;
    expect(deliveries).toEqual([expect.objectContaining({ ticketId: id, type: 'dispatched', status: 'delivered', attempts: 1 })]);
  });

  it('accept, note and reply with the key move the ticket exactly as ENV’s handler does; the timeline names the system', async () => {
    const u = t.fx.units;
    const bySystem = await register('2026-03-03 08:45');
    const byPerson = await register('2026-03-03 08:45');
    for (const id of [bySystem, byPerson]) await t.stepAt('2026-03-03 09:00', 'dispatcher', id, 'dispatch', { unitId: u.ENV });

    const accepted = await stepWithKey('2026-03-03 09:20', bySystem, 'accept');
    expect(accepted.status).toBe(200);
    await t.stepAt('2026-03-03 09:20', 'env', byPerson, 'accept');
    expect((await stepWithKey('2026-03-04 10:00', bySystem, 'note', { content: '已派执法人员现场核查。' }, 'bearer')).status).toBe(200);
    await t.stepAt('2026-03-04 10:00', 'env', byPerson, 'note', { content: '已派执法人员现场核查。' });
    const replied = await stepWithKey('2026-03-05 15:00', bySystem, 'reply', { content: '经核查，工地已停止夜间施工，并处以罚款。' });
    expect(replied.status).toBe(200);
    await t.stepAt('2026-03-05 15:00', 'env', byPerson, 'reply', { content: '经核查，工地已停止夜间施工，并处以罚款。' });

    const a = (await t.call('admin', 'GET', `/api/v1/tickets/${bySystem}`)).body;
    const b = (await t.call('admin', 'GET', `/api/v1/tickets/${byPerson}`)).body;
    const moved = (x: any) => ({
      status: x.status,
      acceptBy: x.acceptBy,
      dueBy: x.dueBy,
      acceptedAt: x.acceptedAt,
      repliedAt: x.repliedAt,
      callbackDueBy: x.callbackDueBy,
      handlingMinutes: x.handlingMinutes,
      alerts: x.alerts,
      chain: x.chain.map((l: any) => ({ ...l, reply: l.reply && { ...l.reply, by: null, byName: null } })),
      // (the registered event names the ticket's own number; the repeat flag, the system's at
      // registration, names whichever earlier ticket of this caller it found: only its reason)
      events: x.events.map((e: any) => ({
        type: e.type,
        at: e.at,
        role: e.actor.role,
        payload: e.type === 'registered' ? null : e.type === 'repeat_flagged' ? { reason: e.payload.reason } : e.payload,
      })),
    });
    expect(moved(a)).toEqual(moved(b));
    // Hand-checked: accepted at 09:20 on Tue 03-03, replied on Thu 03-05 at 15:00.
    expect(a).toMatchObject({ status: 'replied', acceptedAt: '2026-03-03T01:20:00.000Z', repliedAt: '2026-03-05T07:00:00.000Z' });
    // The system's steps are its own on the timeline, in its name, as a unit handler.
    const systemSteps = a.events.filter((e: any) => ['accepted', 'noted', 'replied'].includes(e.type));
    expect(systemSteps.map((e: any) => e.actor)).toEqual(Array(3).fill(expect.objectContaining({ name: KEY_NAME, role: 'unit_handler' })));
    // The system finds its tickets like its people do.
    const list = await withKey(key, 'GET', '/api/v1/tickets');
    expect(list.status).toBe(200);
    expect(list.body.items.map((x: any) => x.id)).toEqual(expect.arrayContaining([bySystem, byPerson]));
    expect(list.body.items.every((x: any) => x.unitId === u.ENV)).toBe(true);
    expect((await withKey(key, 'GET', '/api/v1/auth/me')).body).toMatchObject({ role: 'unit_handler', unitId: u.ENV, displayName: KEY_NAME });
  });

  it('cannot touch another unit’s ticket (404, nothing changed), call admin routes (403) or register; an open311 key cannot use the ticket API', async () => {
    const u = t.fx.units;
    const hrTicket = await register('2026-03-06 08:45');
    await t.stepAt('2026-03-06 09:00', 'dispatcher', hrTicket, 'dispatch', { unitId: u.HR });
    const open311 = await t.call('admin', 'POST', '/api/v1/admin/api-keys', { name: '某 Open311 客户端', scope: 'open311' });
    expect(open311.status).toBe(201);
    // Both keys used once at this clock first, so their last-use stamps do not move below.
    t.setNow(new Date('2026-03-06T02:00:00Z'));
    try {
      await withKey(key, 'GET', '/api/v1/auth/me');
      await withKey(open311.body.key, 'GET', '/api/v1/tickets');
      const before = await snapshot(t.database);
      for (const [method, url, body] of [
        ['GET', `/api/v1/tickets/${hrTicket}`, undefined],
        ['POST', `/api/v1/tickets/${hrTicket}/accept`, {}],
        ['POST', `/api/v1/tickets/${hrTicket}/note`, { content: '不是我们的' }],
        ['POST', `/api/v1/tickets/${hrTicket}/reply`, { content: '不是我们的' }],
        ['POST', `/api/v1/tickets/${hrTicket}/return`, { reason: '不是我们的' }],
        ['POST', `/api/v1/tickets/${hrTicket}/reveal`, {}],
      ] as const) {
        const res = await withKey(key, method, url, body);
        expect({ url, status: res.status, code: res.body.code }).toEqual({ url, status: 404, code: 'ticket_not_found' });
      }
      const list = await withKey(key, 'GET', '/api/v1/tickets?q=施工噪音');
      expect(list.status).toBe(200);
      expect(list.body.items.map((x: any) => x.id)).not.toContain(hrTicket);
      for (const [method, url, body] of [
        ['GET', '/api/v1/admin/api-keys', undefined],
        ['POST', '/api/v1/admin/api-keys', { name: '再来一个', scope: 'unit', unitId: u.HR }],
        ['GET', '/api/v1/webhooks', undefined],
        ['GET', '/api/v1/users', undefined],
        ['PUT', `/api/v1/admin/unit-systems/${u.ENV}`, { name: '改名' }],
        ['POST', '/api/v1/tickets', { channel: 'phone', type: 'consult', content: '系统自己登记' }],
        ['GET', `/api/v1/tickets/${hrTicket}/similar`, undefined],
        ['GET', '/api/v1/callers/13812345678/tickets', undefined],
        ['GET', '/api/v1/kb/articles', undefined],
        ['GET', '/api/v1/tickets.xlsx', undefined],
      ] as const) {
        const res = await withKey(key, method, url, body);
        expect({ url, status: res.status }).toEqual({ url, status: 403 });
        expect(res.headers['content-type']).toMatch(/problem\+json/);
      }
      for (const as of ['x-api-key', 'bearer'] as const) {
        const res = await withKey(open311.body.key, 'GET', `/api/v1/tickets/${hrTicket}`, undefined, as);
        expect({ as, status: res.status, code: res.body.code }).toEqual({ as, status: 403, code: 'api_key_scope' });
        expect((await withKey(open311.body.key, 'POST', `/api/v1/tickets/${hrTicket}/accept`, {}, as)).status).toBe(403);
      }
      expect((await withKey('h311_not-a-key-at-all', 'GET', '/api/v1/tickets')).status).toBe(401);
      expect(await snapshot(t.database)).toEqual(before);
    } finally {
      t.setNow(null);
    }
  });

  it('a revoked key is refused at once; unmarking deletes the webhook and revokes the unit’s keys', async () => {
    const u = t.fx.units;
    const id = await register('2026-03-09 08:45');
    await t.stepAt('2026-03-09 09:00', 'dispatcher', id, 'dispatch', { unitId: u.ENV });
    expect((await withKey(key, 'GET', `/api/v1/tickets/${id}`)).status).toBe(200);
    expect((await t.call('admin', 'POST', `/api/v1/admin/api-keys/${keyId}/revoke`)).status).toBe(200);
    const refused = await withKey(key, 'POST', `/api/v1/tickets/${id}/accept`, {});
    expect(refused.status).toBe(401);
    expect(refused.body.code).toBe('invalid_api_key');
    expect((await withKey(key, 'GET', `/api/v1/tickets/${id}`, undefined, 'bearer')).status).toBe(401);
    expect((await t.call('admin', 'GET', `/api/v1/tickets/${id}`)).body.status).toBe('dispatched');

    const second = await t.call('admin', 'POST', '/api/v1/admin/api-keys', { name: '第二把', scope: 'unit', unitId: u.ENV });
    expect((await withKey(second.body.key, 'GET', `/api/v1/tickets/${id}`)).status).toBe(200);
    expect((await t.call('admin', 'DELETE', `/api/v1/admin/unit-systems/${u.ENV}`)).status).toBe(204);
    expect((await withKey(second.body.key, 'GET', `/api/v1/tickets/${id}`)).status).toBe(401);
    expect((await t.call('admin', 'GET', `/api/v1/webhooks/${subscriptionId}`)).status).toBe(404);
    expect((await t.call('admin', 'GET', `/api/v1/admin/unit-systems/${u.ENV}`)).status).toBe(404);
    const audits = await t.ctx.db.selectFrom('audit_log').select('action').where('action', 'like', 'unit_system.%').orderBy('id').execute();
    expect(audits.map((a) => a.action)).toEqual(['unit_system.mark', 'unit_system.unmark']);
  });
});
