// Open311 GeoReport v2 at /open311/v2: services, creating requests (an ordinary ticket on channel
// open311), reading them back without personal data, updates from the timeline, API keys and
// their limits, and bad input that changes nothing.

import { sql } from 'kysely';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.js';
import { createApiKey } from '../../src/store/apikeys.js';
import { replaceServiceAttributes } from '../../src/store/open311.js';
import { KEY_STAMPED, snapshot, testApp, type TestApp } from '../helpers.js';

/** Every Open311 call counts against its per-minute limit, a refused one too (api/open311.ts), and a valid key presented is stamped as used: what a refused call changes. */
const OPEN311_COUNTED = { rate_counters: 'Open311 calls are counted per minute, refused ones included', ...KEY_STAMPED };

let t: TestApp;
let key: string;
const BASE = '/open311/v2';

type Form = Record<string, string | number | (string | number)[] | undefined>;

function encode(form: Form): string {
  const parts: string[] = [];
  for (const [k, v] of Object.entries(form)) {
    if (v === undefined) continue;
    for (const one of Array.isArray(v) ? v : [v]) parts.push(`${encodeURIComponent(k)}=${encodeURIComponent(String(one))}`);
  }
  return parts.join('&');
}

async function o311(method: 'GET' | 'POST', path: string, form: Form = {}, headers: Record<string, string> = {}) {
  const res =
    method === 'GET'
      ? await t.app.inject({ method, url: `${BASE}/${path}${Object.keys(form).length ? `?${encode(form)}` : ''}`, headers })
      : await t.app.inject({
          method,
          url: `${BASE}/${path}`,
          headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
          payload: encode(form),
        });
  return { status: res.statusCode, text: res.body, type: String(res.headers['content-type'] ?? ''), headers: res.headers };
}

const parser = new XMLParser({ parseTagValue: false, isArray: (name) => ['service', 'request', 'request_update', 'error', 'attribute', 'value'].includes(name) });
function xml(text: string): any {
  expect(XMLValidator.validate(text)).toBe(true);
  return parser.parse(text);
}
const json = (text: string): any => JSON.parse(text);

/** An /api/v1 admin call, on the app itself. */
async function adminCall(user: string, method: string, url: string, body?: unknown) {
  const res = await t.app.inject({
    method: method as 'GET',
    url,
    headers: { authorization: `Bearer ${t.tokens[user]}` },
    ...(body !== undefined ? { payload: body as object } : {}),
  });
  return { status: res.statusCode, body: res.body ? JSON.parse(res.body) : null };
}

const newRequest = (extra: Form = {}): Form => ({
  jurisdiction_id: 'test-city',
  api_key: key,
  service_code: 'ENV-NOISE-BUILD',
  lat: '28.228',
  long: '112.938',
  description: '东门街道建设路工地夜间施工噪音扰民，凌晨两点还在打桩。',
  first_name: '小明',
  last_name: '王',
  email: 'wang.xiaoming@example.com',
  phone: '13900001111',
  account_id: 'acct-42',
  device_id: 'device-7',
  ...extra,
});

beforeAll(async () => {
  t = await testApp();
  key = (await createApiKey(t.database.db, { name: 'test client', scope: 'open311', perMinute: 10_000 })).key;
});
afterAll(async () => {
  await t?.close();
});

describe('discovery and services', () => {
  it('serves discovery in XML and JSON', async () => {
    const x = await o311('GET', 'discovery.xml');
    expect(x.status).toBe(200);
    expect(x.type).toMatch(/^text\/xml/);
    const d = xml(x.text).discovery;
    expect(d.endpoints.endpoint.specification).toBe('http://wiki.open311.org/GeoReport_v2');
    const j = await o311('GET', 'discovery.json');
    expect(j.type).toMatch(/^application\/json/);
    expect(json(j.text).endpoints[0].formats).toEqual(['text/xml', 'application/json']);
  });

  it('lists the active leaf categories as services, grouped by their top-level category', async () => {
    const j = json((await o311('GET', 'services.json', { jurisdiction_id: 'test-city' })).text);
    expect(j.map((s: any) => s.service_code).sort()).toEqual(['ENV-NOISE-BUILD', 'HR-WAGE-UNPAID']);
    expect(j.find((s: any) => s.service_code === 'ENV-NOISE-BUILD')).toMatchObject({
      service_name: '施工噪声',
      group: '环境保护',
      metadata: false,
      type: 'realtime',
    });
    const x = xml((await o311('GET', 'services.xml')).text);
    expect(x.services.service).toHaveLength(2);
    expect(x.services.service[0].metadata).toBe('false');
  });

  it('serves a service definition when a category defines attributes (metadata=true)', async () => {
    await replaceServiceAttributes(t.database.db, t.fx.categories['ENV-NOISE-BUILD'], [
      { code: 'time_of_day', variable: true, datatype: 'singlevaluelist', required: true, datatypeDescription: null, order: 1, description: '发生时段', values: [{ key: 'night', name: '夜间' }, { key: 'day', name: '白天' }] },
      { code: 'kinds', variable: true, datatype: 'multivaluelist', required: false, datatypeDescription: null, order: 2, description: '噪声类型', values: [{ key: 'piling', name: '打桩' }, { key: 'truck', name: '渣土车' }] },
      { code: 'decibels', variable: true, datatype: 'number', required: false, datatypeDescription: '分贝', order: 3, description: null, values: [] },
    ]);
    const list = json((await o311('GET', 'services.json')).text);
    expect(list.find((s: any) => s.service_code === 'ENV-NOISE-BUILD').metadata).toBe(true);
    const def = xml((await o311('GET', 'services/ENV-NOISE-BUILD.xml', { jurisdiction_id: 'test-city' })).text).service_definition;
    expect(def.service_code).toBe('ENV-NOISE-BUILD');
    expect(def.attributes.attribute.map((a: any) => a.code)).toEqual(['time_of_day', 'kinds', 'decibels']);
    expect(def.attributes.attribute[0].values.value).toEqual([{ key: 'night', name: '夜间' }, { key: 'day', name: '白天' }]);
    const dj = json((await o311('GET', 'services/ENV-NOISE-BUILD.json')).text);
    expect(dj.attributes[0]).toMatchObject({ code: 'time_of_day', datatype: 'singlevaluelist', required: true, variable: true, order: 1 });
  });

  it('answers an unknown service with 404 in the standard error format', async () => {
    const x = await o311('GET', 'services/NO-SUCH.xml');
    expect(x.status).toBe(404);
    expect(x.text).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<errors><error><code>404<\/code><description>[^<]+<\/description><\/error><\/errors>/);
    const j = await o311('GET', 'services/NO-SUCH.json');
    expect(j.status).toBe(404);
    expect(json(j.text)).toEqual([{ code: 404, description: expect.any(String) }]);
    // Unknown endpoints under /open311/v2 too, and a missing extension.
    expect((await o311('GET', 'nothing-here.json')).text).toMatch(/^\[\{"code":404/);
    expect(xml((await o311('GET', 'services/ENV-NOISE-BUILD')).text).errors.error[0].code).toBe('404');
  });
});

describe('POST requests', () => {
  it('creates an ordinary ticket on channel open311, keeping the client’s account and device ids', async () => {
    const res = await o311('POST', 'requests.xml', newRequest({ 'attribute[time_of_day]': 'night', 'attribute[kinds][]': ['piling', 'truck'], 'attribute[decibels]': '85', 'attribute[fixmystreet_id]': '1234' }));
    expect(res.status).toBe(200);
    const created = xml(res.text).service_requests.request[0];
    expect(created.service_request_id).toMatch(/^\d{15}$/);
    expect(created.token).toBeTruthy();
    expect(created.account_id).toBe('acct-42');
    expect(created.service_notice).toContain(created.service_request_id);

    const ticket = await t.database.db.selectFrom('tickets').selectAll().where('number', '=', created.service_request_id).executeTakeFirstOrThrow();
    expect(ticket).toMatchObject({ channel: 'open311', status: 'registered', category_id: t.fx.categories['ENV-NOISE-BUILD'], caller_name: '王小明', caller_phone: '13900001111' });
    expect(ticket.content).toContain('凌晨两点还在打桩');
    const extra = await t.database.db.selectFrom('open311_requests').selectAll().where('ticket_id', '=', ticket.id).executeTakeFirstOrThrow();
    expect(extra).toMatchObject({ account_id: 'acct-42', device_id: 'device-7', lat: 28.228, long: 112.938, email: 'wang.xiaoming@example.com', token: created.token });
    expect(extra.attributes).toEqual({ time_of_day: 'night', kinds: ['piling', 'truck'], decibels: '85', fixmystreet_id: '1234' });

    // The ticket is an ordinary one: the agents' API sees it and can dispatch it.
    const seen = await t.call('admin', 'GET', `/api/v1/tickets/${ticket.id}`);
    expect(seen.body.channel).toBe('open311');

    // The token resolves to the request.
    const tok = xml((await o311('GET', `tokens/${created.token}.xml`, { jurisdiction_id: 'test-city' })).text).service_requests.request[0];
    expect(tok).toEqual({ service_request_id: created.service_request_id, token: created.token });
    expect((await o311('GET', 'tokens/nope.json')).status).toBe(404);
  });

  it('accepts JSON responses and address_string or address_id as the location', async () => {
    const a = await o311('POST', 'requests.json', newRequest({ lat: undefined, long: undefined, address_string: '东城区东门街道建设路12号', 'attribute[time_of_day]': 'day' }));
    expect(a.status).toBe(200);
    const [created] = json(a.text);
    const got = json((await o311('GET', `requests/${created.service_request_id}.json`)).text)[0];
    expect(got.address).toBe('东城区东门街道建设路12号');
    expect(got.lat).toBeNull();
    const b = await o311('POST', 'requests.json', newRequest({ lat: undefined, long: undefined, address_id: 'ADDR-778', 'attribute[time_of_day]': 'day' }));
    expect(b.status).toBe(200);
    expect(json((await o311('GET', `requests/${json(b.text)[0].service_request_id}.json`)).text)[0].address_id).toBe('ADDR-778');
  });

  it('refuses bad input with the right status and creates nothing', async () => {
    const before = await snapshot(t.database, OPEN311_COUNTED);
    const cases: [Form, number, RegExp?][] = [
      [newRequest({ api_key: undefined, 'attribute[time_of_day]': 'night' }), 403],
      [newRequest({ api_key: 'h311_wrong', 'attribute[time_of_day]': 'night' }), 403],
      [newRequest({ api_key: 'not even a key', 'attribute[time_of_day]': 'night' }), 403],
      [newRequest({ service_code: 'NO-SUCH', 'attribute[time_of_day]': 'night' }), 404],
      [newRequest({ service_code: undefined }), 400, /service_code/],
      [newRequest({ description: 'x'.repeat(4001), 'attribute[time_of_day]': 'night' }), 400, /4000/],
      [newRequest({ description: '噪'.repeat(3999) + '😀😀', 'attribute[time_of_day]': 'night' }), 400, /4000/],
      [newRequest({ lat: undefined, long: undefined, 'attribute[time_of_day]': 'night' }), 400, /location/],
      [newRequest({ long: undefined, 'attribute[time_of_day]': 'night' }), 400, /lat/],
      [newRequest({ lat: '91', 'attribute[time_of_day]': 'night' }), 400, /lat/],
      [newRequest({ lat: 'abc', 'attribute[time_of_day]': 'night' }), 400, /lat/],
      [newRequest({}), 400, /time_of_day/], // a required attribute is missing
      [newRequest({ 'attribute[time_of_day]': 'noon' }), 400, /time_of_day/],
      [newRequest({ 'attribute[time_of_day]': ['night', 'day'] }), 400, /time_of_day/],
      [newRequest({ 'attribute[time_of_day]': 'night', 'attribute[kinds][]': ['piling', 'jackhammer'] }), 400, /kinds/],
      [newRequest({ 'attribute[time_of_day]': 'night', 'attribute[decibels]': 'loud' }), 400, /decibels/],
      [newRequest({ 'attribute[time_of_day]': 'night', media_url: 'javascript:alert(1)' }), 400, /media_url/],
      [newRequest({ 'attribute[time_of_day]': 'night', description: 'nul \u0000 byte' }), 400, /description/],
      [newRequest({ 'attribute[time_of_day]': 'night', email: 'e'.repeat(201) }), 400, /email/],
    ];
    for (const [form, status, pattern] of cases) {
      for (const format of ['xml', 'json'] as const) {
        const res = await o311('POST', `requests.${format}`, form);
        expect(res.status, `${JSON.stringify(form).slice(0, 200)} ${format}`).toBe(status);
        const err = format === 'xml' ? xml(res.text).errors.error[0] : json(res.text)[0];
        expect(String(err.code)).toBe(String(status));
        if (pattern) expect(err.description).toMatch(pattern);
      }
    }
    // A form field with a 4,000-character description is fine.
    expect(await snapshot(t.database, OPEN311_COUNTED)).toEqual(before);
    const ok = await o311('POST', 'requests.json', newRequest({ description: '噪'.repeat(3998) + '😀😀', 'attribute[time_of_day]': 'night' }));
    expect(ok.status).toBe(200);
  });

  it('refuses a revoked key', async () => {
    const { key: k, info } = await createApiKey(t.database.db, { name: 'soon revoked', scope: 'open311' });
    expect((await o311('POST', 'requests.json', newRequest({ api_key: k, 'attribute[time_of_day]': 'night' }))).status).toBe(200);
    await t.database.db.updateTable('api_keys').set({ revoked_at: new Date() }).where('id', '=', info.id).execute();
    const before = await snapshot(t.database, OPEN311_COUNTED);
    const res = await o311('POST', 'requests.xml', newRequest({ api_key: k, 'attribute[time_of_day]': 'night' }));
    expect(res.status).toBe(403);
    expect(await snapshot(t.database, OPEN311_COUNTED)).toEqual(before);
  });

  it('leaves no ticket behind when storing the Open311 details fails after registration', async () => {
    const db = t.database.db;
    await sql`CREATE FUNCTION open311_test_fail() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'forced failure'; END $$`.execute(db);
    await sql`CREATE TRIGGER open311_test_fail BEFORE INSERT ON open311_requests FOR EACH ROW EXECUTE FUNCTION open311_test_fail()`.execute(db);
    try {
      const before = await snapshot(t.database, OPEN311_COUNTED);
      const res = await o311('POST', 'requests.xml', newRequest({ 'attribute[time_of_day]': 'night' }));
      expect(res.status).toBe(500);
      expect(xml(res.text).errors.error[0].code).toBe('500');
      expect(await snapshot(t.database, OPEN311_COUNTED)).toEqual(before);
    } finally {
      await sql`DROP TRIGGER open311_test_fail ON open311_requests`.execute(db);
      await sql`DROP FUNCTION open311_test_fail()`.execute(db);
    }
  });

  it('stores XML-looking and script text as given and returns it escaped', async () => {
    const nasty = `<script>alert("x")</script> & </description><errors/> ]]> <![CDATA[ boom ]]> 'quote' \u2028 line`;
    const res = await o311('POST', 'requests.xml', newRequest({ description: nasty, address_string: '<b>建设路</b>', 'attribute[time_of_day]': 'night' }));
    expect(res.status).toBe(200);
    const id = xml(res.text).service_requests.request[0].service_request_id;
    const stored = await t.database.db.selectFrom('tickets').select(['content', 'address']).where('number', '=', id).executeTakeFirstOrThrow();
    expect(stored.content).toBe(nasty);
    const x = await o311('GET', `requests/${id}.xml`);
    expect(x.text).not.toContain('<script>');
    expect(x.text).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    const got = new XMLParser({ parseTagValue: false, trimValues: false }).parse(x.text).service_requests.request;
    expect(got.description).toBe(nasty);
    expect(got.address).toBe('<b>建设路</b>');
    const j = json((await o311('GET', `requests/${id}.json`)).text)[0];
    expect(j.description).toBe(nasty);
  });

  it('replays a request sent again with the same Idempotency-Key', async () => {
    const form = newRequest({ 'attribute[time_of_day]': 'night', description: '同一请求重试' });
    const a = json((await o311('POST', 'requests.json', form, { 'idempotency-key': 'retry-1' })).text)[0];
    const b = await o311('POST', 'requests.json', form, { 'idempotency-key': 'retry-1' });
    expect(b.headers['idempotent-replayed']).toBe('true');
    expect(json(b.text)[0]).toEqual(a);
    const n = await t.database.db.selectFrom('tickets').select(sql<number>`count(*)::int`.as('n')).where('content', '=', '同一请求重试').executeTakeFirstOrThrow();
    expect(n.n).toBe(1);
  });
});

describe('GET requests', () => {
  let phoneTicket: { id: number; number: string };
  beforeAll(async () => {
    const res = await t.call('agent', 'POST', '/api/v1/tickets', {
      channel: 'phone',
      type: 'complaint',
      content: '我叫张三丰，电话13812345678，身份证430102199001011234，西门街道菜市场占道经营。',
      caller: { name: '张三丰', phone: '13812345678' },
      address: '东城区西门街道菜市场',
      categoryId: t.fx.categories['HR-WAGE-UNPAID'],
      // Public only because the caller agreed (publication is a decision: open311-privacy.test.ts).
      publicConsent: true,
    });
    expect(res.status).toBe(201);
    phoneTicket = res.body;
    // A whistle-blower's report (举报) is never public.
    await t.call('agent', 'POST', '/api/v1/tickets', { channel: 'phone', type: 'report', content: '举报某单位违规收费，秘密线索。', categoryId: t.fx.categories['HR-WAGE-UNPAID'], publicConsent: true });
  });

  it('never shows personal data: caller names, phones, ID numbers, emails', async () => {
    for (const format of ['xml', 'json'] as const) {
      const list = await o311('GET', `requests.${format}`, { jurisdiction_id: 'test-city' });
      const one = await o311('GET', `requests/${phoneTicket.number}.${format}`);
      for (const body of [list.text, one.text]) {
        for (const secret of ['13812345678', '张三丰', '430102199001011234', '13900001111', 'wang.xiaoming', '王小明', 'acct-42', 'device-7', '秘密线索']) {
          expect(body).not.toContain(secret);
        }
      }
      expect(one.text).toContain('138****5678');
      expect(one.text).toContain('张**');
    }
  });

  it('filters by id, service, status and dates; pages; 90 days by default', async () => {
    const all = json((await o311('GET', 'requests.json')).text);
    expect(all.length).toBeGreaterThanOrEqual(5);
    expect(all.every((r: any) => /\+08:00$/.test(r.requested_datetime))).toBe(true);
    const ids = all.slice(0, 2).map((r: any) => r.service_request_id);
    const byId = json((await o311('GET', 'requests.json', { service_request_id: ids.join(','), status: 'closed' })).text);
    expect(byId.map((r: any) => r.service_request_id).sort()).toEqual([...ids].sort());
    const hr = json((await o311('GET', 'requests.json', { service_code: 'HR-WAGE-UNPAID' })).text);
    expect(hr.map((r: any) => r.service_request_id)).toEqual([phoneTicket.number]);
    const parent = json((await o311('GET', 'requests.json', { service_code: 'HR' })).text);
    expect(parent).toHaveLength(1);
    expect(json((await o311('GET', 'requests.json', { status: 'closed' })).text)).toEqual([]);
    expect(json((await o311('GET', 'requests.json', { status: 'open' })).text)).toHaveLength(all.length);
    const page1 = json((await o311('GET', 'requests.json', { page: 1, page_size: 2 })).text);
    const page2 = json((await o311('GET', 'requests.json', { page: 2, page_size: 2 })).text);
    expect(page1).toHaveLength(2);
    expect(page2[0].service_request_id).toBe(all[2].service_request_id);
    const future = json((await o311('GET', 'requests.json', { start_date: '2099-01-01T00:00:00Z', end_date: '2099-02-01T00:00:00Z' })).text);
    expect(future).toEqual([]);
    const now = new Date();
    const around = json((await o311('GET', 'requests.json', { start_date: new Date(now.getTime() - 3600_000).toISOString(), end_date: new Date(now.getTime() + 60_000).toISOString() })).text);
    expect(around).toHaveLength(all.length);
    // A '+' that arrived unencoded (as a space) still reads as a time zone.
    const spaced = await t.app.inject({ method: 'GET', url: `${BASE}/requests.json?start_date=2020-01-01T00:00:00+08:00` });
    expect(spaced.statusCode).toBe(200);
    // Older than 90 days is outside the default window.
    t.setNow(new Date(now.getTime() + 91 * 86_400_000));
    try {
      expect(json((await o311('GET', 'requests.json')).text)).toEqual([]);
    } finally {
      t.setNow(null);
    }
  });

  it('refuses malformed filters with 400 and unknown ids with 404', async () => {
    for (const [form, pattern] of [
      [{ start_date: 'yesterday' }, /start_date/],
      [{ end_date: '2026-13-01' }, /end_date/],
      [{ start_date: '2026-02-30T00:00:00Z' }, /start_date/],
      [{ start_date: '2026-03-02T00:00:00Z', end_date: '2026-03-01T00:00:00Z' }, /start_date/],
      [{ status: 'pending' }, /status/],
      [{ page_size: '0' }, /page_size/],
      [{ page_size: '1001' }, /page_size/],
      [{ page: 'two' }, /page/],
    ] as [Form, RegExp][]) {
      const x = await o311('GET', 'requests.xml', form);
      expect(x.status, JSON.stringify(form)).toBe(400);
      expect(xml(x.text).errors.error[0].description).toMatch(pattern);
    }
    expect((await o311('GET', 'requests/999999999999999.xml')).status).toBe(404);
    expect((await o311('GET', 'requests/abc.json')).status).toBe(404);
  });
});

describe('service request updates', () => {
  it('derives updates from the timeline with stable ids and FixMyStreet’s extended statuses', async () => {
    const created = json((await o311('POST', 'requests.json', newRequest({ 'attribute[time_of_day]': 'night', description: '更新测试：施工噪音' }))).text)[0];
    const ticket = await t.database.db.selectFrom('tickets').select('id').where('number', '=', created.service_request_id).executeTakeFirstOrThrow();
    const id = ticket.id;
    await t.stepAt('2026-03-02 09:00', 'dispatcher', id, 'dispatch', { unitId: t.fx.units.HR });
    await t.stepAt('2026-03-02 09:10', 'hr', id, 'return', { reason: '不属于本单位职责' });
    await t.stepAt('2026-03-02 09:20', 'dispatcher', id, 'review-return', { approve: true });
    await t.stepAt('2026-03-02 09:30', 'dispatcher', id, 'dispatch', { unitId: t.fx.units.ENV });
    await t.stepAt('2026-03-02 09:40', 'env', id, 'accept');
    await t.stepAt('2026-03-02 10:00', 'env', id, 'reply', { content: '已责令施工单位夜间停工，联系人电话13800001234。' });
    await t.stepAt('2026-03-02 11:00', 'callback', id, 'callback', { reached: true, resolved: false, satisfaction: 'unsatisfied' });
    await t.stepAt('2026-03-03 10:00', 'env', id, 'reply', { content: '已现场复查，施工单位已停工。' });
    await t.stepAt('2026-03-03 11:00', 'callback', id, 'callback', { reached: true, resolved: true, satisfaction: 'satisfied' });

    const window = { jurisdiction_id: 'test-city', start_date: '2026-03-01T00:00:00+08:00', end_date: '2026-03-04T00:00:00+08:00', service_request_id: created.service_request_id };
    const updates = json((await o311('GET', 'servicerequestupdates.json', window)).text);
    expect(updates.map((u: any) => u.status)).toEqual([
      'in_progress', 'not_councils_responsibility', 'in_progress', 'in_progress', 'action_scheduled', 'reopen', 'action_scheduled', 'fixed',
    ]);
    expect(updates[0]).toMatchObject({ service_request_id: created.service_request_id, updated_datetime: '2026-03-02T09:00:00+08:00', external_status_code: 'dispatched' });
    expect(updates[0].description).toContain('测试市人社局');
    expect(updates[4].description).toContain('13800001234'.slice(0, 3) + '****1234');
    // An update's id is the request's number and the seq of its step on the timeline: the steps
    // above that make a public update (not the return request), wherever other steps the system
    // adds (a repeat flag) fall between them.
    const steps = await t.database.db.selectFrom('ticket_events').select(['seq', 'type']).where('ticket_id', '=', id)
      .where('type', 'in', ['dispatched', 'return_approved', 'accepted', 'replied', 'called_back']).orderBy('seq').execute();
    expect(steps.map((e) => e.type)).toEqual(['dispatched', 'return_approved', 'dispatched', 'accepted', 'replied', 'called_back', 'replied', 'called_back']);
    expect(updates.map((u: any) => u.update_id)).toEqual(steps.map((e) => `${created.service_request_id}-${e.seq}`));
    // Stable: the same ids again, also in XML.
    const again = xml((await o311('GET', 'servicerequestupdates.xml', window)).text).service_request_updates.request_update;
    expect(again.map((u: any) => u.update_id)).toEqual(updates.map((u: any) => u.update_id));
    expect(again[0].media_url).toBe('');
    // Paging.
    const p2 = json((await o311('GET', 'servicerequestupdates.json', { ...window, page: 2, page_size: 3 })).text);
    expect(p2.map((u: any) => u.update_id)).toEqual(updates.slice(3, 6).map((u: any) => u.update_id));
    // The request itself is closed now, its notes from the last update.
    const req = json((await o311('GET', `requests/${created.service_request_id}.json`)).text)[0];
    expect(req).toMatchObject({ status: 'closed', agency_responsible: '测试市生态环境局' });
    expect(req.status_notes).toContain('问题已解决');
    expect(new Date(req.expected_datetime).getTime()).toBeGreaterThan(new Date('2026-03-02T09:30:00+08:00').getTime());
  });

  it('maps a merge to duplicate and a reopen to reopen', async () => {
    const a = json((await o311('POST', 'requests.json', newRequest({ 'attribute[time_of_day]': 'night', description: '合并测试甲' }))).text)[0];
    const b = json((await o311('POST', 'requests.json', newRequest({ 'attribute[time_of_day]': 'night', description: '合并测试乙' }))).text)[0];
    const idOf = async (n: string) => (await t.database.db.selectFrom('tickets').select('id').where('number', '=', n).executeTakeFirstOrThrow()).id;
    const [ida, idb] = [await idOf(a.service_request_id), await idOf(b.service_request_id)];
    await t.stepAt('2026-03-05 09:00', 'dispatcher', idb, 'merge', { intoId: ida });
    await t.stepAt('2026-03-05 09:10', 'agent', ida, 'answer', { content: '已转告施工单位。' });
    await t.stepAt('2026-03-05 09:20', 'supervisor', ida, 'reopen', { reason: '群众反映仍在施工' });
    const updates = json((await o311('GET', 'servicerequestupdates.json', { start_date: '2026-03-05T00:00:00+08:00', end_date: '2026-03-06T00:00:00+08:00' })).text);
    expect(updates.map((u: any) => [u.service_request_id, u.status])).toEqual([
      [b.service_request_id, 'duplicate'],
      [a.service_request_id, 'closed'],
      [a.service_request_id, 'reopen'],
    ]);
    expect(updates[0].description).toContain(a.service_request_id);
    expect(json((await o311('GET', `requests/${b.service_request_id}.json`)).text)[0].status).toBe('closed');
    expect(json((await o311('GET', `requests/${a.service_request_id}.json`)).text)[0].status).toBe('open');
  });

  it('takes a client’s update (POST), safely retried: on an open request it is the citizen’s note on the timeline, and the unit is told', async () => {
    const created = json((await o311('POST', 'requests.json', newRequest({ 'attribute[time_of_day]': 'night', description: '客户端更新测试' }))).text)[0];
    const form = {
      jurisdiction_id: 'test-city',
      api_key: key,
      service_request_id: created.service_request_id,
      status: 'OPEN',
      description: '晚上十点以后还在施工 <b>!</b>',
      updated_datetime: '2026-03-02T22:00:00Z',
      update_id: '9001',
      first_name: 'Xiao',
      last_name: 'Wang',
      email: 'x@example.com',
    };
    const res = await o311('POST', 'servicerequestupdates.xml', form);
    expect(res.status).toBe(200);
    const updateId = xml(res.text).service_request_updates.request_update[0].update_id;
    expect(updateId).toMatch(new RegExp(`^${created.service_request_id}-c\\d+$`));
    const retry = xml((await o311('POST', 'servicerequestupdates.xml', form)).text).service_request_updates.request_update[0].update_id;
    expect(retry).toBe(updateId);
    const rows = await t.database.db.selectFrom('open311_updates').selectAll().where('client_update_id', '=', '9001').execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: 'open', description: '晚上十点以后还在施工 <b>!</b>' });
    const ticket = await t.database.db.selectFrom('tickets').select(['id', 'status']).where('number', '=', created.service_request_id).executeTakeFirstOrThrow();
    const detail = (await t.call('dispatcher', 'GET', `/api/v1/tickets/${ticket.id}`)).body;
    // Once on the timeline, though the client sent it twice.
    expect(detail.events.filter((e: { type: string }) => e.type === 'noted')).toEqual([
      expect.objectContaining({ type: 'noted', actor: expect.objectContaining({ role: 'system' }), payload: { content: '晚上十点以后还在施工 <b>!</b>', fromCitizen: true, unitId: null } }),
    ]);
    const notes = await t.database.db.selectFrom('notifications').selectAll().where('ticket_id', '=', ticket.id).where('kind', '=', 'citizen_note').execute();
    expect(notes.map((n) => n.message)).toEqual([expect.stringContaining('群众补充诉求：晚上十点以后还在施工')]);
    // On a finished request (a citizen asking to reopen it) it is flagged for the staff instead.
    expect((await t.call('dispatcher', 'POST', `/api/v1/tickets/${ticket.id}/close`, { note: '测试' })).status).toBe(200);
    await o311('POST', 'servicerequestupdates.json', { ...form, update_id: '9002', status: 'REOPEN', description: '问题没有解决' });
    const flagged = await t.database.db.selectFrom('notifications').select('message').where('kind', '=', 'open311_update').execute();
    expect(flagged.some((n) => n.message.includes('要求重办'))).toBe(true);

    const before = await snapshot(t.database, OPEN311_COUNTED);
    const count = async () => (await t.database.db.selectFrom('open311_updates').select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow()).n;
    const n0 = await count();
    for (const [bad, status] of [
      [{ ...form, update_id: 'x1', api_key: undefined }, 403],
      [{ ...form, update_id: 'x2', api_key: 'h311_wrong' }, 403],
      [{ ...form, update_id: 'x3', service_request_id: '999999999999999' }, 404],
      [{ ...form, update_id: 'x4', service_request_id: undefined }, 400],
      [{ ...form, update_id: 'x5', status: 'WHATEVER' }, 400],
      [{ ...form, update_id: 'x6', updated_datetime: 'not a date' }, 400],
      [{ ...form, update_id: 'x7', description: 'd'.repeat(4001) }, 400],
      [{ ...form, update_id: 'x8', description: '' }, 400],
    ] as [Form, number][]) {
      const r = await o311('POST', 'servicerequestupdates.xml', bad);
      expect(r.status, JSON.stringify(bad).slice(0, 100)).toBe(status);
      expect(xml(r.text).errors.error[0].code).toBe(String(status));
    }
    expect(await count()).toBe(n0);
    expect(await snapshot(t.database, OPEN311_COUNTED)).toEqual(before);
  });
});

describe('keys, limits and jurisdictions', () => {
  it('limits each key to its requests per minute, answering 429 in the Open311 format', async () => {
    const { key: slow } = await createApiKey(t.database.db, { name: 'slow client', scope: 'open311', perMinute: 3 });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await o311('GET', 'services.xml', { api_key: slow })).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const limited = await o311('GET', 'services.xml', { api_key: slow });
    expect(xml(limited.text).errors.error[0].code).toBe('429');
    // Another key is not affected.
    expect((await o311('GET', 'services.xml', { api_key: key })).status).toBe(200);
  });

  it('counts a key\'s requests in the database: a second server process on it refuses the same key', async () => {
    const { key: shared } = await createApiKey(t.database.db, { name: 'busy client', scope: 'open311', perMinute: 4 });
    const second = await buildApp({ database: t.database, now: () => new Date() });
    await second.app.ready();
    try {
      const on = (app: typeof t.app) => app.inject({ method: 'GET', url: `${BASE}/services.json?${encode({ api_key: shared })}` });
      const statuses = [];
      for (const app of [t.app, second.app, t.app, second.app, second.app]) statuses.push((await on(app)).statusCode);
      expect(statuses).toEqual([200, 200, 200, 200, 429]);
      const limited = await on(t.app);
      expect(limited.statusCode).toBe(429);
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      expect(JSON.parse(limited.body)).toEqual([{ code: 429, description: expect.stringContaining('rate limit') }]);
    } finally {
      await second.app.close();
    }
  });

  it('accepts any jurisdiction_id until an admin sets the accepted ones', async () => {
    expect((await o311('GET', 'services.xml', { jurisdiction_id: 'anything' })).status).toBe(200);
    const settings = await adminCall('admin', 'GET', '/api/v1/admin/open311/settings');
    expect(settings.status).toBe(200);
    const put = await adminCall('admin', 'PUT', '/api/v1/admin/open311/settings', { ...settings.body, jurisdictionIds: ['test-city'] });
    expect(put.status).toBe(200);
    try {
      expect((await o311('GET', 'services.xml', { jurisdiction_id: 'test-city' })).status).toBe(200);
      expect((await o311('GET', 'services.xml')).status).toBe(200);
      const wrong = await o311('GET', 'services.xml', { jurisdiction_id: 'other-city' });
      expect(wrong.status).toBe(404);
      expect(xml(wrong.text).errors.error[0].description).toMatch(/jurisdiction_id/);
      const before = await snapshot(t.database, OPEN311_COUNTED);
      expect((await o311('POST', 'requests.xml', newRequest({ jurisdiction_id: 'other-city', 'attribute[time_of_day]': 'night' }))).status).toBe(404);
      expect(await snapshot(t.database, OPEN311_COUNTED)).toEqual(before);
    } finally {
      await adminCall('admin', 'PUT', '/api/v1/admin/open311/settings', settings.body);
    }
  });

  it('lets admins create, name, limit and revoke keys; the key is shown once and stored hashed', async () => {
    expect((await adminCall('dispatcher', 'POST', '/api/v1/admin/open311/keys', { name: 'x' })).status).toBe(403);
    const created = await adminCall('admin', 'POST', '/api/v1/admin/open311/keys', { name: 'FixMyStreet 长沙', perMinute: 120 });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: 'FixMyStreet 长沙', perMinute: 120, active: true });
    const k = created.body.key as string;
    expect(k).toMatch(/^h311_[A-Za-z0-9_-]{43}$/);
    const row = await t.database.db.selectFrom('api_keys').selectAll().where('id', '=', created.body.id).executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain(k);
    expect(row.key_hash).toMatch(/^[0-9a-f]{64}$/);
    const listed = await adminCall('admin', 'GET', '/api/v1/admin/open311/keys');
    expect(JSON.stringify(listed.body)).not.toContain(k);
    expect(listed.body.items.find((i: any) => i.id === created.body.id)).toMatchObject({ prefix: k.slice(0, 11) });
    const patched = await adminCall('admin', 'PATCH', `/api/v1/admin/open311/keys/${created.body.id}`, { perMinute: 5, name: '改名' });
    expect(patched.body).toMatchObject({ perMinute: 5, name: '改名' });
    expect((await adminCall('admin', 'PATCH', `/api/v1/admin/open311/keys/${created.body.id}`, { perMinute: 0 })).status).toBe(400);
    expect((await o311('POST', 'requests.json', newRequest({ api_key: k, 'attribute[time_of_day]': 'night' }))).status).toBe(200);
    const revoked = await adminCall('admin', 'POST', `/api/v1/admin/open311/keys/${created.body.id}/revoke`);
    expect(revoked.body.active).toBe(false);
    expect((await o311('POST', 'requests.json', newRequest({ api_key: k, 'attribute[time_of_day]': 'night' }))).status).toBe(403);
    expect((await adminCall('admin', 'POST', '/api/v1/admin/open311/keys/99999/revoke')).status).toBe(404);
  });

  it('lets admins define a service’s attributes', async () => {
    const cat = t.fx.categories['HR-WAGE-UNPAID'];
    expect((await adminCall('agent', 'PUT', `/api/v1/admin/open311/services/${cat}/attributes`, { attributes: [] })).status).toBe(403);
    const bad = await adminCall('admin', 'PUT', `/api/v1/admin/open311/services/${cat}/attributes`, { attributes: [{ code: 'employer', datatype: 'singlevaluelist' }] });
    expect(bad.status).toBe(400);
    const put = await adminCall('admin', 'PUT', `/api/v1/admin/open311/services/${cat}/attributes`, {
      attributes: [{ code: 'employer', datatype: 'string', required: true, description: '用人单位名称' }],
    });
    expect(put.status).toBe(200);
    const def = json((await o311('GET', 'services/HR-WAGE-UNPAID.json')).text);
    expect(def.attributes).toEqual([{ variable: true, code: 'employer', datatype: 'string', required: true, datatype_description: null, order: 1, description: '用人单位名称' }]);
    const before = await snapshot(t.database, OPEN311_COUNTED);
    expect((await o311('POST', 'requests.json', newRequest({ service_code: 'HR-WAGE-UNPAID' }))).status).toBe(400);
    expect(await snapshot(t.database, OPEN311_COUNTED)).toEqual(before);
    await adminCall('admin', 'PUT', `/api/v1/admin/open311/services/${cat}/attributes`, { attributes: [] });
    expect(json((await o311('GET', 'services.json')).text).find((s: any) => s.service_code === 'HR-WAGE-UNPAID').metadata).toBe(false);
  });
});
