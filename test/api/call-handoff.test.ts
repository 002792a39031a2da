// Live call hand-off (一键转接 / 三方通话, issue 16 item 5): the agent's command reaches a
// telephony system — here a node:http receiver this test starts, which checks the signature by
// recomputing it from the rule in docs/telephony.md and reports the result back through the
// telephony API like the real one would — is recorded on the call and shown on the ticket, and
// the agent hears the result. Refusals record nothing.

import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mayHear } from '../../src/api/events.js';
import { HttpTelephony } from '../../src/channels/telephony.js';
import { createApiKey } from '../../src/store/apikeys.js';
import type { Change } from '../../src/store/events.js';
import { snapshot, testApp, type TestApp } from '../helpers.js';

const SECRET = 'test-shared-secret-0123456789';

interface Received {
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
  signatureOk: boolean;
}

/** How the receiver answers the next command: a status and body, and a result to report back afterwards. */
let answer: { status: number; body?: unknown; report?: { status: 'connected' | 'failed'; detail?: string } } = { status: 202 };
const received: Received[] = [];
let receiver: http.Server;
let receiverUrl: string;
let hanging: http.Server;
let hangingUrl: string;

let t: TestApp;
let key: string;
let otherKey: string;
const heard: Change[] = [];
let unlisten: () => Promise<void>;

/** The signature by hand, from the documented rule: hex HMAC-SHA256(secret, timestamp + "." + body). */
const expectedSignature = (timestamp: string, body: string) => crypto.createHmac('sha256', SECRET).update(timestamp + '.' + body).digest('hex');

beforeAll(async () => {
  delete process.env.HOTLINE_TELEPHONY_URL;
  delete process.env.HOTLINE_TELEPHONY_SECRET;
  t = await testApp();
  key = (await createApiKey(t.database.db, { name: '呼叫中心', scope: 'telephony' })).key;
  otherKey = (await createApiKey(t.database.db, { name: 'Open311 客户端', scope: 'open311' })).key;
  unlisten = await t.database.listen((c) => heard.push(c));

  receiver = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const ts = String(req.headers['x-hotline-timestamp'] ?? '');
      const sig = String(req.headers['x-hotline-signature'] ?? '');
      const signatureOk = /^\d+$/.test(ts) && sig === expectedSignature(ts, body);
      received.push({ path: req.url ?? '', headers: req.headers, body, signatureOk });
      if (!signatureOk) {
        res.writeHead(401, { 'content-type': 'application/json' }).end(JSON.stringify({ detail: '签名不符' }));
        return;
      }
      const a = answer;
      res.writeHead(a.status, { 'content-type': 'application/json' }).end(a.body === undefined ? '' : JSON.stringify(a.body));
      if (a.report) {
        // The telephony system carries the command out, then reports how it went.
        const callId = decodeURIComponent(/\/calls\/([^/]+)\//.exec(req.url ?? '')![1]);
        const { requestId } = JSON.parse(body) as { requestId: string };
        setTimeout(() => {
          void t.call(null, 'POST', `/api/v1/telephony/calls/${encodeURIComponent(callId)}/transfers/${requestId}/result`, a.report, { 'x-api-key': key });
        }, 20);
      }
    });
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/cti`;
  // A telephony system that takes the command and never answers.
  hanging = http.createServer(() => {});
  await new Promise<void>((r) => hanging.listen(0, '127.0.0.1', r));
  hangingUrl = `http://127.0.0.1:${(hanging.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await unlisten?.();
  await t?.close();
  hanging?.closeAllConnections();
  await new Promise((r) => hanging?.close(r));
  await new Promise((r) => receiver?.close(r));
});

const event = (callId: string, body: Record<string, unknown>) =>
  t.call(null, 'POST', `/api/v1/telephony/calls/${encodeURIComponent(callId)}/events`, body, { 'x-api-key': key });
const handoff = (user: string, callId: string, body: unknown) => t.call(user, 'POST', `/api/v1/calls/${encodeURIComponent(callId)}/handoff`, body);
const transfers = () => t.database.db.selectFrom('call_transfers').selectAll().orderBy('id').execute();
const userId = async (username: string) => (await t.database.db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id;

async function until<T>(what: string, fn: () => Promise<T | undefined> | T | undefined, ms = 5000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('not configured', () => {
  it('is 503 telephony_not_configured and records nothing', async () => {
    await event('h-0', { state: 'answered', caller: '13800002222', agentUsername: 'agent' });
    const res = await handoff('agent', 'h-0', { target: '110', mode: 'transfer' });
    expect(res.status).toBe(503);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body.code).toBe('telephony_not_configured');
    expect(await transfers()).toEqual([]);
    expect(received).toEqual([]);
  });

  it('only an admin sets the telephony address and secret; the secret is never shown', async () => {
    const body = { url: receiverUrl, secret: SECRET };
    expect((await t.call('agent', 'PUT', '/api/v1/admin/telephony', body)).status).toBe(403);
    expect((await t.call('admin', 'PUT', '/api/v1/admin/telephony', { url: 'ftp://x', secret: SECRET })).status).toBe(400);
    expect((await t.call('admin', 'PUT', '/api/v1/admin/telephony', { url: receiverUrl, secret: 'short' })).status).toBe(400);
    const ok = await t.call('admin', 'PUT', '/api/v1/admin/telephony', body);
    expect(ok.status).toBe(200);
    expect(ok.body).toEqual({ url: receiverUrl, secretSet: true, fromEnvironment: false });
    const got = await t.call('admin', 'GET', '/api/v1/admin/telephony');
    expect(JSON.stringify(got.body)).not.toContain(SECRET);
    const log = await t.database.db.selectFrom('audit_log').select('detail').where('action', '=', 'settings.telephony').execute();
    expect(log).toHaveLength(1);
    expect(JSON.stringify(log)).not.toContain(SECRET);
  });
});

describe('a transfer to 110 during a call', () => {
  it('sends a signed command, hears the result, and shows it on the ticket registered during the call', async () => {
    expect((await event('h-1', { state: 'ringing', caller: '13800003333', agentUsername: 'agent' })).status).toBe(200);
    // Ringing is not yet a call to hand over.
    expect((await handoff('agent', 'h-1', { target: '110' })).body.code).toBe('call_not_live');
    await event('h-1', { state: 'answered', agentUsername: 'agent' });
    const reg = await t.call('agent', 'POST', '/api/v1/tickets', { channel: 'phone', type: 'help', content: '家中老人摔倒，有人受伤，请求帮助。', caller: { phone: '13800003333' } });
    expect(reg.status).toBe(201);

    heard.length = 0;
    answer = { status: 202, report: { status: 'connected' } };
    const res = await handoff('agent', 'h-1', { target: '110', mode: 'transfer' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(['sent', 'connected']).toContain(res.body.status);
    expect(res.body).toMatchObject({ callId: 'h-1', mode: 'transfer', target: '110', targetLabel: '110 报警' });

    // What the telephony system received: the documented path, headers and body, signed right.
    expect(received).toHaveLength(1);
    const got = received[0];
    expect(got.path).toBe('/cti/calls/h-1/transfer');
    expect(got.signatureOk).toBe(true);
    expect(got.headers['content-type']).toBe('application/json');
    const sent = JSON.parse(got.body);
    expect(Object.keys(sent).sort()).toEqual(['at', 'mode', 'requestId', 'target']);
    expect(sent).toMatchObject({ target: '110', mode: 'transfer', requestId: res.body.requestId });
    expect(Math.abs(Date.parse(sent.at) - Date.now())).toBeLessThan(60_000);
    expect(got.headers['x-hotline-request-id']).toBe(res.body.requestId);

    // The result reported back reaches the agent's screen.
    const agentId = await userId('agent');
    const connected = await until('the connected change', () =>
      heard.find((c) => c.kind === 'handoff' && c.requestId === res.body.requestId && c.status === 'connected'),
    );
    expect(connected).toMatchObject({ kind: 'handoff', userId: agentId, callId: 'h-1', target: '110', mode: 'transfer' });
    // Only that agent hears it.
    const dispatcherId = await userId('dispatcher');
    expect(mayHear({ id: agentId, role: 'agent', unitId: null, scope: new Set() }, connected)).toBe(true);
    expect(mayHear({ id: dispatcherId, role: 'dispatcher', unitId: null, scope: new Set() }, connected)).toBe(false);

    // Recorded on the call …
    const rows = await transfers();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ call_id: 'h-1', target: '110', mode: 'transfer', status: 'connected', requested_by: agentId });
    expect(rows[0].settled_at).not.toBeNull();

    // … and on the ticket, once the call ends and takes the ticket along.
    await event('h-1', { state: 'ended', agentUsername: 'agent' });
    const shown = await t.call('dispatcher', 'GET', `/api/v1/tickets/${reg.body.id}/handoffs`);
    expect(shown.status).toBe(200);
    expect(shown.body.items).toHaveLength(1);
    expect(shown.body.items[0]).toMatchObject({ target: '110', mode: 'transfer', status: 'connected', requestedBy: 'agent' });
    // A unit that cannot see the ticket gets 404; an analyst works with counts.
    expect((await t.call('env', 'GET', `/api/v1/tickets/${reg.body.id}/handoffs`)).status).toBe(404);
    expect((await t.call('analyst', 'GET', `/api/v1/tickets/${reg.body.id}/handoffs`)).status).toBe(403);
    // After the end, the call can no longer be handed over.
    const ended = await handoff('agent', 'h-1', { target: '120' });
    expect(ended.status).toBe(409);
    expect(ended.body.code).toBe('call_not_live');
  });
});

describe('a three-party call and failures', () => {
  it('brings a unit contact from the directory into the call; a result given at once settles it', async () => {
    expect((await t.call('agent', 'PUT', '/api/v1/admin/handoff-directory', { items: [] })).status).toBe(403);
    const dir = await t.call('admin', 'PUT', '/api/v1/admin/handoff-directory', { items: [{ target: '0731-88886666', label: '市生态环境局值班室', mode: 'conference' }] });
    expect(dir.status).toBe(200);
    const targets = await t.call('agent', 'GET', '/api/v1/calls/handoff-targets');
    expect(targets.body.items.map((i: { target: string }) => i.target)).toEqual(['110', '119', '120', '122', '0731-88886666']);
    expect((await t.call('env', 'GET', '/api/v1/calls/handoff-targets')).status).toBe(403);

    await event('h-2', { state: 'answered', caller: '13800004444', agentUsername: 'agent' });
    received.length = 0;
    answer = { status: 200, body: { status: 'failed', detail: '对方无人接听' } };
    const res = await handoff('agent', 'h-2', { target: '0731-88886666', mode: 'conference' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'failed', mode: 'conference', targetLabel: '市生态环境局值班室' });
    expect(res.body.detail).toContain('无人接听');
    expect(received[0].path).toBe('/cti/calls/h-2/conference');
    expect(received[0].signatureOk).toBe(true);
    expect(JSON.parse(received[0].body)).toMatchObject({ target: '0731-88886666', mode: 'conference' });
  });

  it('a telephony system answering non-2xx is recorded as failed with its detail', async () => {
    answer = { status: 500, body: { detail: '中继线路故障' } };
    const res = await handoff('agent', 'h-2', { target: '120', mode: 'transfer' });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('failed');
    expect(res.body.detail).toContain('HTTP 500');
    expect(res.body.detail).toContain('中继线路故障');
    const row = await t.database.db.selectFrom('call_transfers').selectAll().where('request_id', '=', res.body.requestId).executeTakeFirstOrThrow();
    expect(row.status).toBe('failed');
    expect(row.detail).toContain('中继线路故障');
    await until('the failed change', () => heard.find((c) => c.kind === 'handoff' && c.requestId === res.body.requestId && c.status === 'failed'));
  });

  it('refuses another agent’s call, a number not on offer, other roles and bad input, recording nothing', async () => {
    await event('h-3', { state: 'answered', caller: '13800005555', agentUsername: 'dispatcher' });
    const before = await snapshot(t.database);
    const sentBefore = received.length;
    const cases: [string, string, unknown, number, string][] = [
      ['another agent’s call', 'h-3', { target: '110' }, 403, 'not_your_call'],
      ['a number not in the directory', 'h-2', { target: '13800001111' }, 400, 'unknown_target'],
      ['no such call', 'h-none', { target: '110' }, 404, 'call_not_found'],
      ['letters as the number', 'h-2', { target: 'police' }, 400, 'validation_failed'],
      ['an unknown mode', 'h-2', { target: '110', mode: 'forward' }, 400, 'validation_failed'],
      ['an unknown field', 'h-2', { target: '110', dial: true }, 400, 'validation_failed'],
    ];
    for (const [what, callId, body, status, code] of cases) {
      const res = await handoff('agent', callId, body);
      expect(res.status, what).toBe(status);
      expect(res.body.code, what).toBe(code);
      expect(res.headers['content-type'], what).toContain('application/problem+json');
    }
    // An admin cannot hand off an agent's call either; a unit handler takes no calls.
    expect((await handoff('admin', 'h-2', { target: '110' })).body.code).toBe('not_your_call');
    expect((await handoff('env', 'h-2', { target: '110' })).status).toBe(403);
    expect(await snapshot(t.database)).toEqual(before);
    expect(received.length).toBe(sentBefore);
  });

  it('the result route needs the telephony key, knows its requests, and keeps the first result', async () => {
    const [first] = await transfers(); // h-1's transfer to 110, connected
    const url = `/api/v1/telephony/calls/h-1/transfers/${first.request_id}/result`;
    expect((await t.call(null, 'POST', url, { status: 'failed' })).status).toBe(401);
    expect((await t.call(null, 'POST', url, { status: 'failed' }, { 'x-api-key': otherKey })).status).toBe(403);
    expect((await t.call('agent', 'POST', url, { status: 'failed' })).status).toBe(401);
    const wrongCall = await t.call(null, 'POST', `/api/v1/telephony/calls/h-2/transfers/${first.request_id}/result`, { status: 'connected' }, { 'x-api-key': key });
    expect(wrongCall.status).toBe(404);
    expect(wrongCall.body.code).toBe('transfer_not_found');
    expect((await t.call(null, 'POST', url, { status: 'busy' }, { 'x-api-key': key })).status).toBe(400);
    const again = await t.call(null, 'POST', url, { status: 'connected' }, { 'x-api-key': key });
    expect(again.status).toBe(200);
    const other = await t.call(null, 'POST', url, { status: 'failed', detail: '晚到的结果' }, { 'x-api-key': key });
    expect(other.status).toBe(409);
    expect(other.body.code).toBe('transfer_settled');
    const row = await t.database.db.selectFrom('call_transfers').selectAll().where('id', '=', first.id).executeTakeFirstOrThrow();
    expect(row).toEqual(first);
  });
});

describe('the HTTP adapter', () => {
  const command = { callId: 'x/1', mode: 'transfer' as const, target: '119', requestId: 'r-1', at: new Date('2026-03-02T01:00:00Z') };

  it('gives up on a telephony system that does not answer in time', async () => {
    const started = Date.now();
    const res = await new HttpTelephony({ timeoutMs: 300 }).send({ url: hangingUrl, secret: SECRET }, command);
    expect(res.ok).toBe(false);
    expect(!res.ok && res.detail).toContain('无应答');
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('reports a refused connection, and signs what a receiver checks', async () => {
    const closed = http.createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((r) => closed.close(r));
    const res = await new HttpTelephony().send({ url: `http://127.0.0.1:${port}`, secret: SECRET }, command);
    expect(res).toMatchObject({ ok: false });
    expect(!res.ok && res.detail).toContain('无法连接');

    received.length = 0;
    answer = { status: 204 };
    const ok = await new HttpTelephony().send({ url: `${receiverUrl}/`, secret: SECRET }, command);
    expect(ok).toEqual({ ok: true, result: null, detail: null });
    expect(received[0].path).toBe('/cti/calls/x%2F1/transfer');
    expect(received[0].signatureOk).toBe(true);
    expect(received[0].body).toBe('{"target":"119","mode":"transfer","requestId":"r-1","at":"2026-03-02T01:00:00.000Z"}');
    // A wrong secret is caught by the receiver's check.
    const bad = await new HttpTelephony().send({ url: receiverUrl, secret: 'another-secret-0123456789' }, command);
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.detail).toContain('HTTP 401');
  });
});
