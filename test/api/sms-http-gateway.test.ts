// The HTTP SMS gateway (HOTLINE_SMS_GATEWAY=http) against a provider the test runs itself
// (node:http) that speaks docs/sms.md: the message is queued with the ticket, sent by the
// delivery pass after the commit, signed as documented (the receiver recomputes the signature by
// hand), a 500 is tried again after the backoff, success records the provider's messageId, and
// a message that keeps failing is given up after 6 tries with its last error kept.

import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpSmsGateway, httpSmsConfigFromEnv, type HttpSmsConfig } from '../../src/app/sms.js';
import { deliverDue } from '../../src/channels/sms-http.js';
import { local, testApp, type TestApp } from '../helpers.js';

const SECRET = 'test-secret-0123456789abcdef';
const KEY = 'app-key-42';

interface Received {
  headers: http.IncomingHttpHeaders;
  body: Record<string, unknown>;
  signatureOk: boolean;
}

let t: TestApp;
let server: http.Server;
let config: HttpSmsConfig;
const received: Received[] = [];
/** What the provider answers next, in order; then 200 {code: 0}. */
const answers: { status: number; body: string }[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const body = JSON.parse(raw) as Record<string, unknown>;
      // The documented rule, by hand: HMAC-SHA256 with the secret over the five fields, one a line, in this order.
      const canonical = [body.timestamp, body.nonce, body.phone, body.sign, body.text].join('\n');
      const expected = crypto.createHmac('sha256', SECRET).update(canonical, 'utf8').digest('hex');
      received.push({ headers: req.headers, body, signatureOk: expected === body.signature });
      const a = answers.shift() ?? { status: 200, body: JSON.stringify({ code: 0, messageId: `m-${received.length}` }) };
      res.writeHead(a.status, { 'content-type': 'application/json' }).end(a.body);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  config = httpSmsConfigFromEnv({ HOTLINE_SMS_URL: `http://127.0.0.1:${port}/sms/send`, HOTLINE_SMS_KEY: KEY, HOTLINE_SMS_SECRET: SECRET, HOTLINE_SMS_SIGN: '某市12345' });
  t = await testApp();
  t.ctx.sms = new HttpSmsGateway(t.database.db, config);
});
afterAll(async () => {
  await t?.close();
  await new Promise((r) => server?.close(r));
});

/** One delivery pass with the clock at a local time. */
const deliverAt = (when: string) => deliverDue({ db: t.database.db, now: () => local(when) }, config);

const register = (at: string, phone: string) =>
  t.at(at, () => t.call('agent', 'POST', '/api/v1/tickets', { channel: 'phone', type: 'help', content: '小区门口的路灯坏了一个星期。', caller: { phone } }));

const row = (ticketId: number) => t.database.db.selectFrom('citizen_messages').selectAll().where('ticket_id', '=', ticketId).executeTakeFirstOrThrow();

describe('the HTTP SMS gateway', () => {
  it('refuses to start without an address or with a short secret', () => {
    expect(() => httpSmsConfigFromEnv({ HOTLINE_SMS_SECRET: SECRET })).toThrow(/HOTLINE_SMS_URL/);
    expect(() => httpSmsConfigFromEnv({ HOTLINE_SMS_URL: 'http://127.0.0.1:1/x', HOTLINE_SMS_SECRET: 'short' })).toThrow(/HOTLINE_SMS_SECRET/);
  });

  it('queues with the ticket, sends signed after it, retries a 500 later, and records the messageId', async () => {
    const res = await register('2026-03-02 09:00', '13900001111');
    expect(res.status).toBe(201);
    // Registered and committed: the receipt waits in the queue; nothing was sent in the ticket's transaction.
    expect(received).toHaveLength(0);
    expect(await row(res.body.id)).toMatchObject({ kind: 'receipt', sent_at: null, attempts: 0, failed_at: null });

    answers.push({ status: 500, body: '{"code":500,"message":"busy"}' });
    expect(await deliverAt('2026-03-02 09:00:01')).toEqual({ sent: 0, failed: 1, gaveUp: 0 });
    expect(received).toHaveLength(1);
    const first = received[0];
    expect(first.signatureOk).toBe(true);
    expect(first.headers['x-sms-key']).toBe(KEY);
    expect(first.headers['content-type']).toContain('application/json');
    // The text without our 【12345】: the provider shows `sign`.
    expect(first.body).toMatchObject({ phone: '13900001111', sign: '某市12345', timestamp: local('2026-03-02 09:00:01').getTime() / 1000 });
    expect(first.body.text).toBe(`您的诉求已受理，工单编号 ${res.body.number}。可凭工单编号和本机号码在网上查询办理进度。`);
    expect(String(first.body.nonce)).toMatch(/^[0-9a-f]{32}$/);
    let msg = await row(res.body.id);
    expect(msg).toMatchObject({ sent_at: null, attempts: 1, failed_at: null });
    expect(msg.last_error).toContain('HTTP 500');
    // The next try is 30 s after the failure.
    expect(msg.next_attempt_at).toEqual(local('2026-03-02 09:00:31'));

    // Not yet due: nothing is sent.
    expect(await deliverAt('2026-03-02 09:00:20')).toEqual({ sent: 0, failed: 0, gaveUp: 0 });
    expect(received).toHaveLength(1);

    expect(await deliverAt('2026-03-02 09:00:32')).toEqual({ sent: 1, failed: 0, gaveUp: 0 });
    expect(received).toHaveLength(2);
    expect(received[1].signatureOk).toBe(true);
    expect(received[1].body.nonce).not.toBe(first.body.nonce);
    msg = await row(res.body.id);
    expect(msg).toMatchObject({ attempts: 2, provider_message_id: 'm-2', last_error: null, next_attempt_at: null, failed_at: null });
    expect(msg.sent_at).toEqual(local('2026-03-02 09:00:32'));

    // Sent once: a later pass sends nothing again.
    expect(await deliverAt('2026-03-02 10:00')).toEqual({ sent: 0, failed: 0, gaveUp: 0 });
    expect(received).toHaveLength(2);

    const list = await t.call('agent', 'GET', `/api/v1/sms/messages?ticketId=${res.body.id}`);
    expect(list.body.items).toEqual([expect.objectContaining({ status: 'sent', attempts: 2, phone: '139****1111', sentAt: '2026-03-02T01:00:32.000Z' })]);
  });

  it('a refusal ({code ≠ 0}) is a failure too; after 6 tries the message is given up, its last error kept', async () => {
    const res = await register('2026-03-03 09:00', '13900002222');
    const start = local('2026-03-03 09:00').getTime();
    const count = received.length;
    answers.push(...Array.from({ length: 5 }, () => ({ status: 503, body: 'down' })), { status: 200, body: '{"code":4001,"message":"号码无效"}' });
    // Tries at 0 s, then 30 s, 1, 2, 4 and 8 minutes after each failure (hand-added: 30, 90, 210, 450, 930 s).
    const offsets = [1, 31, 91, 211, 451, 931];
    const results = [];
    for (const s of offsets) results.push(await deliverDue({ db: t.database.db, now: () => new Date(start + s * 1000) }, config));
    expect(results.map((r) => `${r.sent}/${r.failed}/${r.gaveUp}`)).toEqual(['0/1/0', '0/1/0', '0/1/0', '0/1/0', '0/1/0', '0/0/1']);
    expect(received.length - count).toBe(6);
    const msg = await row(res.body.id);
    expect(msg).toMatchObject({ attempts: 6, sent_at: null, next_attempt_at: null, provider_message_id: null });
    expect(msg.failed_at).toEqual(new Date(start + 931_000));
    expect(msg.last_error).toBe('code 4001: 号码无效');
    // Given up: never tried again.
    expect(await deliverDue({ db: t.database.db, now: () => new Date(start + 86_400_000) }, config)).toEqual({ sent: 0, failed: 0, gaveUp: 0 });
    const list = await t.call('agent', 'GET', `/api/v1/sms/messages?ticketId=${res.body.id}`);
    expect(list.body.items[0]).toMatchObject({ status: 'failed', attempts: 6, lastError: 'code 4001: 号码无效', sentAt: null });
  });

  it('an answer that is not JSON is a failure tried again, and the pass goes on with the next message', async () => {
    const a = await register('2026-03-04 09:00', '13900003333');
    const b = await register('2026-03-04 09:00', '13900004444');
    answers.push({ status: 200, body: 'not json' });
    expect(await deliverAt('2026-03-04 09:00:05')).toEqual({ sent: 1, failed: 1, gaveUp: 0 });
    expect((await row(a.body.id)).last_error).toMatch(/^not JSON/);
    expect(await row(b.body.id)).toMatchObject({ attempts: 1 });
    expect((await row(b.body.id)).sent_at).not.toBeNull();
  });
});
