// API keys carry a scope and do only that one thing: an Open311 key posts updates only on the
// requests it created; a telephony key only sends call events. Keys are managed by admins
// (every change audited, never with the key itself), and never written to the request log.
// Every response carries the security headers.

import { Writable } from 'node:stream';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.js';
import { createApiKey } from '../../src/store/apikeys.js';
import { KEY_STAMPED, snapshot, testApp, type TestApp } from '../helpers.js';

let t: TestApp;
let open311Key: string;
let otherOpen311Key: string;
let telephonyKey: string;
let open311KeyId: number;

const BASE = '/open311/v2';

async function o311(method: 'GET' | 'POST', path: string, form: Record<string, string>) {
  const query = new URLSearchParams(form).toString();
  const res =
    method === 'GET'
      ? await t.app.inject({ method, url: `${BASE}/${path}?${query}` })
      : await t.app.inject({ method, url: `${BASE}/${path}`, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: query });
  return { status: res.statusCode, body: res.body, type: String(res.headers['content-type'] ?? '') };
}

const newRequest = (apiKey: string, description: string) => ({
  api_key: apiKey,
  service_code: 'ENV-NOISE-BUILD',
  address_string: '东门街道建设路 8 号',
  description,
  'attribute[time_of_day]': 'night',
});

const update = (apiKey: string, number: string, updateId: string) => ({
  api_key: apiKey,
  service_request_id: number,
  status: 'OPEN',
  description: '补充：晚上十一点还在施工',
  update_id: updateId,
});

/**
 * Every table, as a refused request must leave it — but what any call spends by rule: an Open311
 * call is counted against its key's per-minute limit, refused or not, and a valid key presented is
 * stamped as used.
 */
const everything = () =>
  snapshot(t.database, { rate_counters: 'Open311 calls are counted per minute, refused ones included', ...KEY_STAMPED });

const auditRows = async (action: string) =>
  t.database.db.selectFrom('audit_log').select(['user_id', 'action', 'detail']).where('action', '=', action).orderBy('id').execute();

beforeAll(async () => {
  t = await testApp();
  const a = await createApiKey(t.database.db, { name: '城市App', scope: 'open311', perMinute: 10_000 });
  open311Key = a.key;
  open311KeyId = a.info.id;
  otherOpen311Key = (await createApiKey(t.database.db, { name: '另一个客户端', scope: 'open311', perMinute: 10_000 })).key;
  telephonyKey = (await createApiKey(t.database.db, { name: '呼叫中心', scope: 'telephony', perMinute: 10_000 })).key;
});
afterAll(async () => {
  await t?.close();
});

describe('an Open311 key posts updates only on the requests it created', () => {
  it('refuses an update to a phone ticket exactly like an unknown request, and changes nothing', async () => {
    const phone = await t.call('agent', 'POST', '/api/v1/tickets', {
      channel: 'phone',
      type: 'complaint',
      content: '邻居家装修一直到深夜，电话 13800002222',
      caller: { name: '李四', phone: '13800002222' },
      categoryId: t.fx.categories['ENV-NOISE-BUILD'],
    });
    expect(phone.status).toBe(201);
    const number = phone.body.number as string;

    const before = await everything();
    const foreign = await o311('POST', 'servicerequestupdates.json', update(open311Key, number, 'u-phone'));
    const unknown = await o311('POST', 'servicerequestupdates.json', update(open311Key, '999999999999', 'u-none'));
    expect(foreign.status).toBe(404);
    expect(foreign.status).toBe(unknown.status);
    expect(foreign.body).toBe(unknown.body);
    expect(foreign.type).toBe(unknown.type);
    // The XML answer too.
    const foreignXml = await o311('POST', 'servicerequestupdates.xml', update(open311Key, number, 'u-phone-x'));
    const unknownXml = await o311('POST', 'servicerequestupdates.xml', update(open311Key, '999999999999', 'u-none-x'));
    expect([foreignXml.status, foreignXml.body]).toEqual([unknownXml.status, unknownXml.body]);
    expect(await everything()).toEqual(before);
  });

  it('refuses an update to another client’s request the same way, and takes one on its own', async () => {
    const created = await o311('POST', 'requests.json', newRequest(otherOpen311Key, '工地夜间施工噪音扰民'));
    expect(created.status).toBe(200);
    const number = JSON.parse(created.body)[0].service_request_id as string;

    const before = await everything();
    const foreign = await o311('POST', 'servicerequestupdates.json', update(open311Key, number, 'u-other'));
    const unknown = await o311('POST', 'servicerequestupdates.json', update(open311Key, '999999999998', 'u-other-none'));
    expect([foreign.status, foreign.body]).toEqual([unknown.status, unknown.body]);
    expect(await everything()).toEqual(before);

    const own = await o311('POST', 'servicerequestupdates.json', update(otherOpen311Key, number, 'u-own'));
    expect(own.status).toBe(200);
    expect(JSON.parse(own.body)[0].update_id).toMatch(new RegExp(`^${number}-c\\d+$`));
  });
});

describe('a key does only what its scope says', () => {
  it('refuses a telephony key on Open311 (403 in Open311’s format), writes and reads alike, and changes nothing', async () => {
    const created = await o311('POST', 'requests.json', newRequest(open311Key, '建设路工地凌晨施工'));
    const number = JSON.parse(created.body)[0].service_request_id as string;
    const before = await everything();
    const tries = [
      await o311('POST', 'requests.json', newRequest(telephonyKey, '用话务密钥提交')),
      await o311('POST', 'servicerequestupdates.json', update(telephonyKey, number, 'u-tel')),
      await o311('GET', 'services.json', { api_key: telephonyKey }),
      await o311('GET', 'requests.json', { api_key: telephonyKey }),
    ];
    for (const r of tries) {
      expect(r.status).toBe(403);
      expect(JSON.parse(r.body)).toEqual([{ code: 403, description: expect.stringContaining('not an Open311 key') }]);
    }
    const xml = await o311('POST', 'requests.xml', newRequest(telephonyKey, '用话务密钥提交'));
    expect(xml.status).toBe(403);
    expect(xml.body).toContain('<code>403</code>');
    expect(await everything()).toEqual(before);
  });

  it('refuses an Open311 key on the call-event endpoint (403 problem+json) and records no call', async () => {
    const calls = async () => (await t.database.db.selectFrom('calls').select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow()).n;
    const n0 = await calls();
    const before = await everything();
    for (const headers of [{ 'x-api-key': open311Key }, { authorization: `Bearer ${open311Key}` }] as Record<string, string>[]) {
      const res = await t.call(null, 'POST', '/api/v1/telephony/calls/c-scope/events', { state: 'ringing', caller: '13800001111', agentUsername: 'agent' }, headers);
      expect(res.status).toBe(403);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body).toMatchObject({ status: 403, code: 'api_key_scope' });
    }
    expect(await calls()).toBe(n0);
    expect(await everything()).toEqual(before);
    // The telephony key is accepted there.
    const ok = await t.call(null, 'POST', '/api/v1/telephony/calls/c-scope/events', { state: 'ringing', caller: '13800001111' }, { 'x-api-key': telephonyKey });
    expect(ok.status).toBe(200);
  });
});

describe('admins manage keys; every change is audited without the key', () => {
  it('creates a key with a scope (201 {id, key}), lists it with its scope, renames, limits and revokes it', async () => {
    const body = { name: '短信网关', scope: 'sms', limit: 120 };
    for (const user of ['dispatcher', 'agent', 'analyst']) expect((await t.call(user, 'POST', '/api/v1/admin/api-keys', body)).status).toBe(403);
    expect((await t.call(null, 'POST', '/api/v1/admin/api-keys', body)).status).toBe(401);
    const before = await everything();
    for (const bad of [{ ...body, scope: 'everything' }, { name: '短信网关' }, { ...body, limit: 0 }, { ...body, name: ' ' }]) {
      const res = await t.call('admin', 'POST', '/api/v1/admin/api-keys', bad);
      expect(res.status, JSON.stringify(bad)).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    expect(await everything()).toEqual(before);

    const created = await t.call('admin', 'POST', '/api/v1/admin/api-keys', body);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ id: expect.any(Number), key: expect.stringMatching(/^h311_[A-Za-z0-9_-]{43}$/), scope: 'sms', perMinute: 120, active: true });
    const { id, key } = created.body as { id: number; key: string };
    const listed = await t.call('admin', 'GET', '/api/v1/admin/api-keys');
    expect(JSON.stringify(listed.body)).not.toContain(key);
    expect(listed.body.items.find((k: { id: number }) => k.id === id)).toMatchObject({ name: '短信网关', scope: 'sms', prefix: key.slice(0, 11) });
    expect(listed.body.items.find((k: { id: number }) => k.id === open311KeyId)).toMatchObject({ scope: 'open311' });

    const patched = await t.call('admin', 'PATCH', `/api/v1/admin/api-keys/${id}`, { name: '短信网关（移动）', limit: 30 });
    expect(patched.body).toMatchObject({ name: '短信网关（移动）', perMinute: 30, scope: 'sms' });
    const revoked = await t.call('admin', 'POST', `/api/v1/admin/api-keys/${id}/revoke`);
    expect(revoked.body).toMatchObject({ active: false });
    expect((await t.call('admin', 'POST', `/api/v1/admin/api-keys/${id}/revoke`)).status).toBe(200); // idempotent
    expect((await t.call('admin', 'POST', '/api/v1/admin/api-keys/99999/revoke')).status).toBe(404);

    const adminId = (await t.database.db.selectFrom('users').select('id').where('username', '=', 'admin').executeTakeFirstOrThrow()).id;
    const prefix = key.slice(0, 11);
    const mine = async (action: string) => (await auditRows(action)).filter((r) => (r.detail as { after: { id: number } }).after.id === id);
    expect(await mine('apikey.create')).toEqual([
      { user_id: adminId, action: 'apikey.create', detail: { after: { id, name: '短信网关', prefix, scope: 'sms', perMinute: 120, revokedAt: null } } },
    ]);
    expect(await mine('apikey.update')).toEqual([
      {
        user_id: adminId,
        action: 'apikey.update',
        detail: {
          before: { id, name: '短信网关', prefix, scope: 'sms', perMinute: 120, revokedAt: null },
          after: { id, name: '短信网关（移动）', prefix, scope: 'sms', perMinute: 30, revokedAt: null },
        },
      },
    ]);
    const revokes = await mine('apikey.revoke');
    expect(revokes).toHaveLength(1); // the second revoke changed nothing
    expect(revokes[0].detail).toMatchObject({ before: { revokedAt: null }, after: { revokedAt: expect.any(String) } });
    const all = await t.database.db.selectFrom('audit_log').select('detail').where('action', 'like', 'apikey.%').execute();
    expect(JSON.stringify(all)).not.toContain(key);
  });

  it('keeps /admin/open311/keys as an alias: same keys, Open311 scope by default', async () => {
    const created = await t.call('admin', 'POST', '/api/v1/admin/open311/keys', { name: 'FixMyStreet', perMinute: 90 });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ scope: 'open311', perMinute: 90 });
    const viaNew = await t.call('admin', 'GET', '/api/v1/admin/api-keys');
    const viaOld = await t.call('admin', 'GET', '/api/v1/admin/open311/keys');
    expect(viaOld.body).toEqual(viaNew.body);
    expect(await auditRows('apikey.create')).toContainEqual(expect.objectContaining({ detail: { after: expect.objectContaining({ id: created.body.id, scope: 'open311' }) } }));
  });

  it('audits a change of the Open311 settings, before → after', async () => {
    const settings = await t.call('admin', 'GET', '/api/v1/admin/open311/settings');
    const changed = { ...settings.body, jurisdictionIds: ['test-city'], anonymousPerMinute: 77 };
    expect((await t.call('dispatcher', 'PUT', '/api/v1/admin/open311/settings', changed)).status).toBe(403);
    expect(await auditRows('settings.open311')).toEqual([]);
    expect((await t.call('admin', 'PUT', '/api/v1/admin/open311/settings', changed)).status).toBe(200);
    try {
      const rows = await auditRows('settings.open311');
      expect(rows).toHaveLength(1);
      expect(rows[0].detail).toMatchObject({
        before: { jurisdictionIds: [], anonymousPerMinute: settings.body.anonymousPerMinute },
        after: { jurisdictionIds: ['test-city'], anonymousPerMinute: 77 },
      });
    } finally {
      await t.call('admin', 'PUT', '/api/v1/admin/open311/settings', settings.body);
    }
  });
});

describe('keys never in the request log', () => {
  it('logs the path and the parameter names, with the api_key (query or form) and other secrets as [redacted]', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _enc, done) {
        lines.push(...String(chunk).split('\n').filter(Boolean));
        done();
      },
    });
    const logged = await buildApp({ database: t.database, logger: { level: 'info', stream } });
    await logged.app.ready();
    try {
      const q = new URLSearchParams({ api_key: open311Key, jurisdiction_id: 'test-city', phone: '13800003333' }).toString();
      expect((await logged.app.inject({ method: 'GET', url: `${BASE}/services.json?${q}` })).statusCode).toBe(200);
      expect((await logged.app.inject({ method: 'GET', url: `${BASE}/requests.xml?${q}&token=secret-token-123` })).statusCode).toBe(200);
      const form = new URLSearchParams(newRequest(open311Key, '日志里不应有密钥')).toString();
      const posted = await logged.app.inject({ method: 'POST', url: `${BASE}/requests.json?api_key=${encodeURIComponent(open311Key)}`, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: form });
      expect(posted.statusCode).toBe(200);
      await logged.app.inject({ method: 'GET', url: `/api/v1/tickets?code=123456&password=hunter2hunter2` });
    } finally {
      await logged.app.close();
    }
    const log = lines.join('\n');
    expect(lines.length).toBeGreaterThan(4);
    expect(log).not.toContain(open311Key);
    expect(log).not.toContain(open311Key.slice(5)); // not even its random part, however encoded
    expect(log).not.toContain(encodeURIComponent(open311Key));
    for (const secret of ['13800003333', 'secret-token-123', '123456', 'hunter2hunter2']) expect(log).not.toContain(secret);
    const urls = lines.map((l) => JSON.parse(l) as { req?: { url: string } }).filter((l) => l.req).map((l) => l.req!.url);
    expect(urls).toContain('/open311/v2/services.json?api_key=[redacted]&jurisdiction_id=test-city&phone=[redacted]');
    expect(urls).toContain('/open311/v2/requests.json?api_key=[redacted]');
    expect(urls).toContain('/api/v1/tickets?code=[redacted]&password=[redacted]');
  });
});

describe('security headers', () => {
  it('sends CSP (frame-ancestors none), nosniff and a referrer policy on the console, the portal, the API and Open311', async () => {
    for (const url of ['/', '/portal/', '/tickets/42', '/api/v1/openapi.json', '/healthz', `${BASE}/discovery.json`]) {
      const res = await t.app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
      const csp = String(res.headers['content-security-policy']);
      expect(csp, url).toContain("default-src 'self'");
      expect(csp, url).toContain("script-src 'self'");
      expect(csp, url).toContain("frame-ancestors 'none'");
      expect(csp, url).toContain("object-src 'none'");
      expect(csp, url).not.toContain('unsafe-eval');
      expect(res.headers['x-content-type-options'], url).toBe('nosniff');
      expect(res.headers['referrer-policy'], url).toBe('no-referrer');
      expect(res.headers['x-frame-options'], url).toBe('DENY');
    }
    // Errors too (problem+json and Open311's).
    const problem = await t.app.inject({ method: 'GET', url: '/api/v1/tickets' });
    expect(problem.statusCode).toBe(401);
    expect(String(problem.headers['content-security-policy'])).toContain("frame-ancestors 'none'");
    // The OpenAPI document still serves, whole.
    const doc = JSON.parse((await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).body);
    expect(doc.paths['/api/v1/admin/api-keys']).toBeDefined();
  });
});
