// 12345 ↔ 110 联动 (docs/interop-110.md) both ways, against a receiver this test starts that
// speaks 110's side of the contract: it verifies X-Hotline-Signature (t=UNIX,v1=hex(HMAC-SHA256(
// secret, `${t}.${body}`))), answers as the test plans (a 500, or 200 with its record id), and the
// test posts 110's reports and hand-overs with a key of scope 110. The sender's pass
// (channels/police.ts) is driven directly with a clock the test moves.

import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliverDuePoliceMessages } from '../../src/channels/police.js';
import { RETRY_DELAYS_MS } from '../../src/channels/webhooks.js';
import { runJobsOnce } from '../../src/jobs/scheduler.js';
import { KEY_STAMPED, snapshot, testApp, type TestApp } from '../helpers.js';

interface Received {
  headers: http.IncomingHttpHeaders;
  body: string;
  json: any;
  signatureOk: boolean;
}

const SECRET = 'police-0123456789abcdef';

/** 110's platform: checks the signature, records each message, answers plan(json). */
async function startPolice() {
  const received: Received[] = [];
  let plan: (json: any) => { status: number; body?: unknown } = () => ({ status: 200 });
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const m = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(String(req.headers['x-hotline-signature'] ?? ''));
      const expected = m ? crypto.createHmac('sha256', SECRET).update(`${m[1]}.${body}`).digest('hex') : '';
      const json = JSON.parse(body);
      received.push({ headers: req.headers, body, json, signatureOk: !!m && m[2] === expected });
      const answer = plan(json);
      res.writeHead(answer.status, { 'content-type': 'application/json' }).end(answer.body === undefined ? '' : JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/jq`,
    received,
    setPlan: (p: typeof plan) => (plan = p),
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

let t: TestApp;
let police: Awaited<ReturnType<typeof startPolice>>;
let key110: string;
let open311Key: string;
let telephonyKey: string;
let clock: Date;
const pass = () => deliverDuePoliceMessages({ ...t.ctx, now: () => clock });
const later = (ms: number) => (clock = new Date(clock.getTime() + ms));
const as110 = (url: string, body: unknown, key = key110) => t.call(null, 'POST', url, body, { 'x-api-key': key });

async function makeKey(scope: string) {
  const res = await t.call('admin', 'POST', '/api/v1/admin/api-keys', { name: `${scope} 平台`, scope });
  expect(res.status).toBe(201);
  return res.body.key as string;
}

beforeAll(async () => {
  t = await testApp();
  police = await startPolice();
  key110 = await makeKey('110');
  open311Key = await makeKey('open311');
  telephonyKey = await makeKey('telephony');
});
afterAll(async () => {
  await police.close();
  await t.close();
});

/** A complaint with a caller, registered and transferred at the clock's time. */
async function transferred(to = '110') {
  t.setNow(clock);
  const reg = await t.call('agent', 'POST', '/api/v1/tickets', {
    channel: 'phone',
    type: 'help',
    content: '李四报称邻居家中传出呼救声，联系电话 13900001111。',
    caller: { name: '李四', phone: '13900001111' },
    address: '东城区东门街道幸福里 3 栋',
  });
  expect(reg.status).toBe(201);
  const tr = await t.call('agent', 'POST', `/api/v1/tickets/${reg.body.id}/transfer`, { to, note: '疑似警情，已转 110' });
  expect(tr.status).toBe(200);
  t.setNow(null);
  return { id: reg.body.id as number, number: reg.body.number as string };
}

const timeline = async (id: number) => (await t.call('admin', 'GET', `/api/v1/tickets/${id}`)).body.events as any[];
const handoffs = async (id: number) => (await t.call('dispatcher', 'GET', `/api/v1/tickets/${id}/police`)).body.items as any[];
const settings = (body: Record<string, unknown>) => t.call('admin', 'PUT', '/api/v1/admin/interop-110', body);
/** Every table; a key presented is stamped as used whatever the answer: only that column may change. */
const everything = () => snapshot(t.database, KEY_STAMPED);

describe('12345 ↔ 110', () => {
  it('only a key of scope 110: none → 401 (even with a bad body), an open311 or telephony key → 403; nothing changes', async () => {
    const before = await everything();
    for (const url of ['/api/v1/interop/110/feedback', '/api/v1/interop/110/handovers']) {
      for (const body of [{ policeRecordId: 'JQ1', content: 'x', ticketNumber: '1', status: 'received' }, { nonsense: true }]) {
        const none = await t.call(null, 'POST', url, body);
        expect(none.status, url).toBe(401);
        expect(none.headers['content-type']).toMatch(/problem\+json/);
        expect((await as110(url, body, 'h311_not-a-key')).status).toBe(401);
        for (const k of [open311Key, telephonyKey]) {
          const res = await as110(url, body, k);
          expect(res.status, url).toBe(403);
          expect(res.body.code).toBe('api_key_scope');
        }
      }
    }
    expect(await everything()).toEqual(before);
  });

  it('settings: admin only, the secret never read back; bad input changes nothing', async () => {
    const before = await everything();
    expect((await t.call('dispatcher', 'PUT', '/api/v1/admin/interop-110', { url: police.url, secret: SECRET, timeoutMinutes: 10 })).status).toBe(403);
    expect((await t.call('dispatcher', 'GET', '/api/v1/admin/interop-110')).status).toBe(403);
    for (const bad of [{ url: 'ftp://x', secret: SECRET, timeoutMinutes: 10 }, { url: police.url, secret: 'short', timeoutMinutes: 10 }, { url: police.url, timeoutMinutes: 0 }, { url: police.url }]) {
      const res = await settings(bad);
      expect(res.status, JSON.stringify(bad)).toBe(400);
      expect(res.headers['content-type']).toMatch(/problem\+json/);
    }
    expect(await everything()).toEqual(before);
    expect((await t.call('admin', 'GET', '/api/v1/admin/interop-110')).body).toEqual({ url: null, secretSet: false, timeoutMinutes: 10 });
    const saved = await settings({ url: police.url, secret: SECRET, timeoutMinutes: 10 });
    expect(saved.body).toEqual({ url: police.url, secretSet: true, timeoutMinutes: 10 });
    expect(JSON.stringify((await t.call('admin', 'GET', '/api/v1/admin/interop-110')).body)).not.toContain(SECRET);
    const audit = await t.ctx.db.selectFrom('audit_log').selectAll().where('action', '=', 'settings.interop_110').execute();
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toContain(SECRET);
  });

  it('a transfer sends the 警单 with the caller unmasked and a valid signature; a 500 is retried; the record id in the answer acknowledges it', async () => {
    clock = new Date();
    const ticket = await transferred();
    expect((await handoffs(ticket.id))[0]).toMatchObject({ direction: 'out', service: '110', state: 'pending', policeRecordId: null, messages: [{ kind: 'transfer', status: 'pending', attempts: 0 }] });

    police.setPlan(() => ({ status: 500, body: { error: 'down' } }));
    expect(await pass()).toEqual({ delivered: 0, failed: 1, dead: 0, acknowledged: 0 });
    expect(police.received).toHaveLength(1);
    const first = police.received[0];
    expect(first.signatureOk).toBe(true);
    expect(first.headers['x-hotline-event']).toBe('police.transfer');
    expect(first.json).toMatchObject({
      v: 'v1', type: 'transfer', service: '110', ticketId: ticket.id, ticketNumber: ticket.number, note: '疑似警情，已转 110',
      caller: { name: '李四', phone: '13900001111' },
      ticket: { type: 'help', address: '东城区东门街道幸福里 3 栋', content: '李四报称邻居家中传出呼救声，联系电话 13900001111。' },
    });
    // Not due again before the first back-off delay.
    later(RETRY_DELAYS_MS[0] - 1000);
    expect((await pass()).failed).toBe(0);
    expect(police.received).toHaveLength(1);

    police.setPlan(() => ({ status: 200, body: { policeRecordId: 'JQ20260301-0001' } }));
    later(1000);
    expect(await pass()).toEqual({ delivered: 1, failed: 0, dead: 0, acknowledged: 1 });
    expect(police.received).toHaveLength(2);
    expect(police.received[1].json.messageId).toBe(first.json.messageId); // the same message, again
    expect(police.received[1].headers['x-hotline-delivery']).toBe(first.headers['x-hotline-delivery']);
    expect(police.received[1].signatureOk).toBe(true);

    const [h] = await handoffs(ticket.id);
    expect(h).toMatchObject({ state: 'received', policeRecordId: 'JQ20260301-0001', messages: [{ status: 'delivered', attempts: 2 }] });
    expect((await timeline(ticket.id)).at(-1)).toMatchObject({ type: 'police_feedback', payload: { status: 'received', policeRecordId: 'JQ20260301-0001', via: 'response' } });
    expect(await pass()).toEqual({ delivered: 0, failed: 0, dead: 0, acknowledged: 0 });
  });

  it("110's reports land on the timeline; the same one again changes nothing; errors are problem+json and change nothing", async () => {
    clock = new Date();
    police.setPlan(() => ({ status: 202 })); // delivered, no record id yet
    const ticket = await transferred('122');
    await pass();
    expect((await handoffs(ticket.id))[0]).toMatchObject({ state: 'sent', policeRecordId: null, acknowledgedAt: null });

    const before = await everything();
    const errors: [unknown, number, string?][] = [
      [{ ticketNumber: '209901010000001', policeRecordId: 'JQ9', status: 'received' }, 404, 'ticket_not_found'],
      [{ ticketNumber: ticket.number, policeRecordId: 'JQ9', status: 'arrived' }, 400],
      [{ ticketNumber: ticket.number, status: 'received' }, 400],
      [{ ticketNumber: ticket.number, policeRecordId: 'JQ 9', status: 'received' }, 400],
      [{ ticketNumber: ticket.number, policeRecordId: 'JQ9', status: 'handled', result: 'x'.repeat(10_001) }, 400],
    ];
    for (const [body, status, code] of errors) {
      const res = await as110('/api/v1/interop/110/feedback', body);
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(status);
      expect(res.headers['content-type']).toMatch(/problem\+json/);
      if (code) expect(res.body.code).toBe(code);
    }
    expect(await everything()).toEqual(before);
    // A ticket that was not transferred to the police.
    t.setNow(clock);
    const plain = await t.call('agent', 'POST', '/api/v1/tickets', { channel: 'phone', type: 'consult', content: '咨询社保卡补办流程。' });
    t.setNow(null);
    const before2 = await everything();
    const notPolice = await as110('/api/v1/interop/110/feedback', { ticketNumber: plain.body.number, policeRecordId: 'JQ9', status: 'received' });
    expect(notPolice.status).toBe(409);
    expect(notPolice.body.code).toBe('not_transferred_to_police');
    expect(await everything()).toEqual(before2);

    const received = await as110('/api/v1/interop/110/feedback', { ticketNumber: ticket.number, policeRecordId: 'JQ-122-7', status: 'received' });
    expect(received.status).toBe(200);
    expect(received.body).toEqual({ ticketId: ticket.id, ticketNumber: ticket.number, policeRecordId: 'JQ-122-7', state: 'received', duplicate: false });
    const dispatched = await as110('/api/v1/interop/110/feedback', { ticketNumber: ticket.number, policeRecordId: 'JQ-122-7', status: 'dispatched', result: '已派东城交警大队二中队前往' });
    expect(dispatched.body).toMatchObject({ state: 'dispatched', duplicate: false });
    const events = (await timeline(ticket.id)).length;
    const again = await as110('/api/v1/interop/110/feedback', { ticketNumber: ticket.number, policeRecordId: 'JQ-122-7', status: 'dispatched', result: '已派东城交警大队二中队前往' });
    expect(again.body).toMatchObject({ state: 'dispatched', duplicate: true });
    expect((await timeline(ticket.id)).length).toBe(events);
    // Another record id for the same ticket: refused, nothing changes.
    const snap = await everything();
    const other = await as110('/api/v1/interop/110/feedback', { ticketNumber: ticket.number, policeRecordId: 'JQ-OTHER', status: 'handled' });
    expect(other.status).toBe(409);
    expect(other.body.code).toBe('police_record_mismatch');
    expect(await everything()).toEqual(snap);

    const handled = await as110('/api/v1/interop/110/feedback', { ticketNumber: ticket.number, policeRecordId: 'JQ-122-7', status: 'handled', result: '双方已协商处理，现场恢复通行' });
    expect(handled.body.state).toBe('handled');
    // A late "received" is recorded but does not move the state back.
    expect((await as110('/api/v1/interop/110/feedback', { ticketNumber: ticket.number, policeRecordId: 'JQ-122-7', status: 'received', result: '补报' })).body.state).toBe('handled');

    const tl = await timeline(ticket.id);
    expect(tl.filter((e) => e.type === 'police_feedback').map((e) => [e.payload.status, e.payload.label, e.payload.result])).toEqual([
      ['received', '已接收', null],
      ['dispatched', '已派警', '已派东城交警大队二中队前往'],
      ['handled', '已处置', '双方已协商处理，现场恢复通行'],
      ['received', '已接收', '补报'],
    ]);
    expect((await t.call('admin', 'GET', `/api/v1/tickets/${ticket.id}`)).body.status).toBe('transferred');
    // The ticket still takes no command: a note on it is 409 (the domain rule is unchanged).
    expect((await t.call('agent', 'POST', `/api/v1/tickets/${ticket.id}/note`, { content: '补充' })).status).toBe(409);
    expect((await handoffs(ticket.id))[0]).toMatchObject({ state: 'handled', policeRecordId: 'JQ-122-7', acknowledgedAt: expect.any(String) });
    // A unit that cannot see the ticket cannot see its hand-off either.
    expect((await t.call('env', 'GET', `/api/v1/tickets/${ticket.id}/police`)).status).toBe(404);
  });

  it('a hand-over (非警务警情) becomes a ticket on channel 110; the same record id again is the same ticket; closing it sends 110 our result', async () => {
    clock = new Date();
    police.setPlan(() => ({ status: 200 }));
    const before = await everything();
    for (const bad of [{ content: '无编号' }, { policeRecordId: 'JQ-H-1', content: '' }, { policeRecordId: 'JQ-H-1', content: 'x', caller: { phone: 'abc' } }, { policeRecordId: 'JQ-H-1', content: 'x', type: 'gossip' }]) {
      const res = await as110('/api/v1/interop/110/handovers', bad);
      expect(res.status, JSON.stringify(bad)).toBe(400);
      expect(res.headers['content-type']).toMatch(/problem\+json/);
    }
    expect(await everything()).toEqual(before);

    t.setNow(clock);
    const body = { policeRecordId: 'JQ-H-1', content: '群众来电反映小区门口路灯不亮多日，非警务警情，移交 12345 办理。', caller: { phone: '13700002222', name: '王五' }, address: '东城区西门街道和平路 8 号' };
    const created = await as110('/api/v1/interop/110/handovers', body);
    expect(created.status).toBe(201);
    expect(created.body).toEqual({ id: expect.any(Number), number: expect.stringMatching(/^\d{15}$/) });
    const again = await as110('/api/v1/interop/110/handovers', { ...body, content: '重复推送' });
    expect(again.status).toBe(200);
    expect(again.body).toEqual(created.body);
    const id = created.body.id as number;
    const ticket = (await t.call('dispatcher', 'GET', `/api/v1/tickets/${id}`)).body;
    expect(ticket).toMatchObject({ channel: '110', status: 'registered', type: 'help' });
    expect(await t.ctx.db.selectFrom('tickets').select('id').where('channel', '=', '110').execute()).toHaveLength(1);
    expect((await handoffs(id))[0]).toMatchObject({ direction: 'in', policeRecordId: 'JQ-H-1', state: 'open', messages: [] });

    // Worked the usual way: dispatch, accept, reply, callback closes it.
    const step = async (user: string, name: string, b: unknown = {}) => {
      const res = await t.call(user, 'POST', `/api/v1/tickets/${id}/${name}`, b);
      expect(res.status, `${name} ${JSON.stringify(res.body)}`).toBe(200);
      return res.body;
    };
    expect((await step('dispatcher', 'dispatch', { unitId: t.fx.units['DIST-2'] })).dueBy).toBeTruthy();
    await step('street2', 'accept');
    await step('street2', 'reply', { content: '已安排维修人员更换路灯，当晚恢复照明。' });
    expect(await pass()).toMatchObject({ delivered: 0 }); // nothing to tell 110 until it closes
    await step('callback', 'callback', { reached: true, resolved: true, satisfaction: 'satisfied' });
    t.setNow(null);

    police.received.length = 0;
    expect(await pass()).toMatchObject({ delivered: 1 });
    expect(police.received).toHaveLength(1);
    expect(police.received[0].signatureOk).toBe(true);
    expect(police.received[0].headers['x-hotline-event']).toBe('police.result');
    expect(police.received[0].json).toMatchObject({
      v: 'v1', type: 'result', policeRecordId: 'JQ-H-1', ticketId: id, ticketNumber: created.body.number, outcome: 'closed',
      result: '已安排维修人员更换路灯，当晚恢复照明。', unit: '西门街道',
    });
    expect((await handoffs(id))[0]).toMatchObject({ state: 'closed', messages: [{ kind: 'result', status: 'delivered' }] });
    const list = await t.call('admin', 'GET', '/api/v1/admin/interop-110/handoffs?direction=in');
    expect(list.body.items).toEqual([expect.objectContaining({ ticketId: id, policeRecordId: 'JQ-H-1', state: 'closed', lastMessage: expect.objectContaining({ status: 'delivered' }) })]);
    expect((await t.call('agent', 'GET', '/api/v1/admin/interop-110/handoffs')).status).toBe(403);
  });

  it('no acknowledgement within the timeout alerts the centre, once; an acknowledged transfer never does', async () => {
    await settings({ url: police.url, secret: SECRET, timeoutMinutes: 15 });
    clock = new Date(Date.now() + 86_400_000);
    const silent = await transferred('120');
    const answered = await transferred('110');
    // 110 takes both 警单 but answers only one with its record id.
    police.setPlan((json) => (json.ticketId === answered.id ? { status: 200, body: { policeRecordId: 'JQ-T-2' } } : { status: 202 }));
    expect(await pass()).toMatchObject({ delivered: 2, acknowledged: 1 });
    expect((await handoffs(silent.id))[0].state).toBe('sent');
    expect((await handoffs(answered.id))[0].state).toBe('received');
    expect((await handoffs(silent.id))[0].ackDueAt).toBe(new Date(clock.getTime() + 15 * 60_000).toISOString());

    const jobs = async (minutes: number) => (await runJobsOnce({ db: t.ctx.db, ref: t.ctx.ref, now: () => new Date(clock.getTime() + minutes * 60_000) })).policeTimeouts;
    const alerts = () => t.ctx.db.selectFrom('notifications').selectAll().where('kind', '=', 'police_timeout').execute();
    expect(await jobs(14)).toBe(0);
    expect(await Promise.all([jobs(16), jobs(16)])).toEqual(expect.arrayContaining([1, 0]));
    expect(await jobs(60)).toBe(0);
    const list = await alerts();
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ unit_id: null, ticket_id: silent.id });
    expect(list[0].message).toContain(silent.number);
    expect(list[0].message).toContain('15 分钟');
    expect((await handoffs(silent.id))[0].alertedAt).toBeTruthy();
    // The centre's supervisors and dispatchers see it among their notifications; a unit does not.
    expect(JSON.stringify((await t.call('supervisor', 'GET', '/api/v1/notifications')).body)).toContain(silent.number);
    expect(JSON.stringify((await t.call('env', 'GET', '/api/v1/notifications')).body)).not.toContain(silent.number);
  });
});
