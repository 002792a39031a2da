// FixMyStreet's Open311 client (perllib/Open311.pm and the update fetchers) replayed request by
// request: XML endpoints only, jurisdiction_id on every call, api_key on every POST (and on
// the updates GET), extra fields as attribute[...], token polling, and servicerequestupdates
// read and posted. Its XML is read the way FixMyStreet reads it (XML::Simple with ForceArray on
// service, attribute, value, request, error, request_update).

import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../src/store/apikeys.js';
import { replaceServiceAttributes } from '../../src/store/open311.js';
import { KEY_STAMPED, snapshot, testApp, type TestApp } from '../helpers.js';

/** Every Open311 call counts against its per-minute limit, a refused one too (api/open311.ts), and a valid key presented is stamped as used: what a refused call changes. */
const OPEN311_COUNTED = { rate_counters: 'Open311 calls are counted per minute, refused ones included', ...KEY_STAMPED };

let t: TestApp;
let apiKey: string;
const JURISDICTION = 'testcity.example';
const ENDPOINT = '/open311/v2/';

const FORCE_ARRAY = ['service', 'attribute', 'value', 'request', 'error', 'request_update'];
const parser = new XMLParser({ parseTagValue: false, isArray: (name) => FORCE_ARRAY.includes(name) });

/** What FixMyStreet's _get_xml_object gives: the root element's content, or undef when not XML. */
function xmlObject(text: string): any {
  if (XMLValidator.validate(text) !== true) return undefined;
  const doc = parser.parse(text);
  const root = Object.keys(doc).find((k) => k !== '?xml') as string;
  return doc[root];
}

const w3cdtf = (d: Date) => `${d.toISOString().slice(0, 19)}Z`;
const calls: { method: string; url: string; params: Record<string, string> }[] = [];

/** Open311::_request: jurisdiction_id always; api_key on POST; GET as a query string, POST as a form. */
async function request(method: 'GET' | 'POST', path: string, params: Record<string, string> = {}) {
  const all = { ...params, jurisdiction_id: JURISDICTION, ...(method === 'POST' ? { api_key: apiKey } : {}) };
  const qs = new URLSearchParams(all).toString();
  calls.push({ method, url: ENDPOINT + path, params: all });
  const res =
    method === 'GET'
      ? await t.app.inject({ method, url: `${ENDPOINT}${path}?${qs}` })
      : await t.app.inject({ method, url: ENDPOINT + path, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: qs });
  return { ok: res.statusCode >= 200 && res.statusCode < 300, status: res.statusCode, body: res.body };
}

const fms = {
  async getServiceList() {
    return xmlObject((await request('GET', 'services.xml')).body);
  },
  async getServiceMetaInfo(code: string) {
    return xmlObject((await request('GET', `services/${code}.xml`)).body);
  },
  async getServiceRequestIdFromToken(token: string) {
    const obj = xmlObject((await request('GET', `tokens/${token}.xml`)).body);
    return obj?.request?.[0]?.service_request_id ?? 0;
  },
  /** send_service_request: the id when given, else the token polled. */
  async sendServiceRequest(params: Record<string, string>) {
    const res = await request('POST', 'requests.xml', params);
    if (!res.ok) return { id: 0, error: processError(res.body), raw: res };
    const obj = xmlObject(res.body);
    const id = obj?.request?.[0]?.service_request_id;
    if (id && typeof id !== 'object') return { id, token: obj.request[0].token as string, raw: res };
    const token = obj?.request?.[0]?.token;
    return { id: token ? await fms.getServiceRequestIdFromToken(token) : 0, token, raw: res };
  },
  async getServiceRequests(args: Record<string, string>) {
    return xmlObject((await request('GET', 'requests.xml', args)).body);
  },
  async getServiceRequestUpdates(start: Date, end: Date) {
    const obj = xmlObject((await request('GET', 'servicerequestupdates.xml', { api_key: apiKey, start_date: w3cdtf(start), end_date: w3cdtf(end) })).body);
    return obj?.request_update ?? [];
  },
  async postServiceRequestUpdate(params: Record<string, string>) {
    const res = await request('POST', 'servicerequestupdates.xml', params);
    if (!res.ok) return { id: 0, error: processError(res.body), status: res.status };
    const obj = xmlObject(res.body);
    const id = obj?.request_update?.[0]?.update_id;
    if (id && typeof id !== 'object') return { id, status: res.status };
    const token = obj?.request_update?.[0]?.token;
    return { id: token ? await fms.getServiceRequestIdFromToken(token) : 0, status: res.status };
  },
};

/** Open311::_process_error */
function processError(body: string): string {
  const obj = xmlObject(body);
  if (!obj?.error) return 'unknown error';
  return obj.error.map((e: any) => `${e.code || '???'}: ${e.description || 'unknown error'}\n`).join('');
}

/** Open311::map_state */
function mapState(incoming: string, extended = true): string {
  const s = incoming.toLowerCase().replace(/_/g, ' ');
  const map: Record<string, string> = {
    fixed: 'fixed - council',
    'not councils responsibility': 'not responsible',
    'no further action': 'unable to fix',
    open: 'confirmed',
    closed: extended ? 'closed' : 'fixed - council',
  };
  return map[s] ?? s;
}

beforeAll(async () => {
  t = await testApp();
  apiKey = (await createApiKey(t.database.db, { name: 'FixMyStreet', scope: 'open311', perMinute: 600 })).key;
  await replaceServiceAttributes(t.database.db, t.fx.categories['ENV-NOISE-BUILD'], [
    { code: 'time_of_day', variable: true, datatype: 'singlevaluelist', required: true, datatypeDescription: null, order: 1, description: '发生时段', values: [{ key: 'night', name: '夜间' }, { key: 'day', name: '白天' }] },
    { code: 'fixmystreet_id', variable: false, datatype: 'string', required: false, datatypeDescription: null, order: 2, description: null, values: [] },
  ]);
});
afterAll(async () => {
  await t?.close();
});

describe('FixMyStreet against /open311/v2', () => {
  let serviceRequestId: string;
  let token: string;

  it('populates its service list and service definitions (PopulateServiceList)', async () => {
    const list = await fms.getServiceList();
    const services = list.service as any[];
    expect(services.map((s) => s.service_code).sort()).toEqual(['ENV-NOISE-BUILD', 'HR-WAGE-UNPAID']);
    const noise = services.find((s) => s.service_code === 'ENV-NOISE-BUILD');
    expect(noise).toMatchObject({ service_name: '施工噪声', metadata: 'true', type: 'realtime', group: '环境保护' });
    const meta = await fms.getServiceMetaInfo('ENV-NOISE-BUILD');
    expect(meta.service_code).toBe('ENV-NOISE-BUILD');
    const attrs = meta.attributes.attribute as any[];
    expect(attrs.map((a) => [a.code, a.variable, a.required, a.datatype])).toEqual([
      ['time_of_day', 'true', 'true', 'singlevaluelist'],
      ['fixmystreet_id', 'false', 'false', 'string'],
    ]);
    expect(attrs[0].values.value.map((v: any) => v.key)).toEqual(['night', 'day']);
  });

  it('sends a report (send_service_request) and resolves its token', async () => {
    const sent = await fms.sendServiceRequest({
      description: 'title: 工地夜间施工噪音\n\ndetail: 建设路工地凌晨两点还在打桩。\n\nurl: https://fixmystreet.example/report/1234\n\nSubmitted via FixMyStreet\n',
      service_code: 'ENV-NOISE-BUILD',
      first_name: 'Wei',
      last_name: 'Zhang',
      phone: '13700002222',
      email: 'zhang.wei@example.com',
      lat: '28.228',
      long: '112.938',
      media_url: 'https://fixmystreet.example/photo/1234.0.full.jpeg',
      'attribute[time_of_day]': 'night',
      'attribute[fixmystreet_id]': '1234',
      'attribute[easting]': '123456',
      'attribute[northing]': '654321',
    });
    expect(sent.raw.status).toBe(200);
    expect(sent.id).toMatch(/^\d{15}$/);
    serviceRequestId = sent.id;
    token = sent.token as string;
    // A server that answers with a token only: FixMyStreet polls tokens/{token}.xml for the id.
    expect(await fms.getServiceRequestIdFromToken(token)).toBe(serviceRequestId);
    const every = calls.filter((c) => c.url.startsWith(ENDPOINT));
    expect(every.every((c) => c.params.jurisdiction_id === JURISDICTION)).toBe(true);
    expect(every.filter((c) => c.method === 'POST').every((c) => c.params.api_key === apiKey)).toBe(true);
    expect(every.every((c) => /\.xml$/.test(c.url))).toBe(true);
  });

  it('reads the report back (GetServiceRequests) without personal data', async () => {
    const byId = await fms.getServiceRequests({ service_request_id: serviceRequestId });
    const r = byId.request[0];
    expect(r).toMatchObject({ service_request_id: serviceRequestId, status: 'open', service_code: 'ENV-NOISE-BUILD', lat: '28.228', long: '112.938' });
    expect(r.description).toContain('建设路工地凌晨两点还在打桩');
    expect(r.media_url).toBe('https://fixmystreet.example/photo/1234.0.full.jpeg');
    const now = new Date();
    const window = await fms.getServiceRequests({ start_date: w3cdtf(new Date(now.getTime() - 3600_000)), end_date: w3cdtf(new Date(now.getTime() + 60_000)) });
    expect(window.request.map((x: any) => x.service_request_id)).toContain(serviceRequestId);
    const raw = (await request('GET', 'requests.xml', { service_request_id: serviceRequestId })).body;
    for (const secret of ['13700002222', 'zhang.wei', 'Wei Zhang']) expect(raw).not.toContain(secret);
  });

  it('fetches status updates (GetServiceRequestUpdates) and maps their states', async () => {
    const id = (await t.database.db.selectFrom('tickets').select('id').where('number', '=', serviceRequestId).executeTakeFirstOrThrow()).id;
    const start = new Date();
    await t.call('dispatcher', 'POST', `/api/v1/tickets/${id}/dispatch`, { unitId: t.fx.units.ENV });
    await t.call('env', 'POST', `/api/v1/tickets/${id}/accept`, {});
    await t.call('env', 'POST', `/api/v1/tickets/${id}/reply`, { content: '已责令施工单位夜间停止打桩作业。' });
    await t.call('callback', 'POST', `/api/v1/tickets/${id}/callback`, { reached: true, resolved: true, satisfaction: 'satisfied' });
    const end = new Date(Date.now() + 1000);
    const updates = await fms.getServiceRequestUpdates(new Date(start.getTime() - 1000), end);
    const mine = updates.filter((u: any) => u.service_request_id === serviceRequestId);
    expect(mine.map((u: any) => mapState(u.status))).toEqual(['in progress', 'in progress', 'action scheduled', 'fixed - council']);
    for (const u of mine) {
      expect(u.update_id).toMatch(new RegExp(`^${serviceRequestId}-\\d+$`));
      // UpdatesBase::check_date: a W3C-DTF time inside the window asked for.
      const at = new Date(u.updated_datetime);
      expect(u.updated_datetime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/);
      expect(at.getTime()).toBeGreaterThanOrEqual(start.getTime() - 1000);
      expect(at.getTime()).toBeLessThanOrEqual(end.getTime());
      expect(u.description).toBeTruthy();
    }
    expect(mine[2].description).toBe('已责令施工单位夜间停止打桩作业。');
    expect(new Set(mine.map((u: any) => u.update_id)).size).toBe(mine.length);
    const again = await fms.getServiceRequestUpdates(new Date(start.getTime() - 1000), end);
    expect(again.map((u: any) => u.update_id)).toEqual(updates.map((u: any) => u.update_id));
  });

  it('posts a citizen’s update (PostServiceRequestUpdates) with extended statuses', async () => {
    const posted = await fms.postServiceRequestUpdate({
      updated_datetime: '2026-03-02T12:00:00+00:00',
      service_request_id: serviceRequestId,
      status: 'REOPEN',
      description: '晚上还是很吵，请再去看看。',
      last_name: 'Zhang',
      first_name: 'Wei',
      email: 'zhang.wei@example.com',
      update_id: '56789',
    });
    expect(posted.status).toBe(200);
    expect(posted.id).toMatch(new RegExp(`^${serviceRequestId}-c\\d+$`));
    const repeated = await fms.postServiceRequestUpdate({
      updated_datetime: '2026-03-02T12:00:00+00:00', service_request_id: serviceRequestId, status: 'REOPEN',
      description: '晚上还是很吵，请再去看看。', last_name: 'Zhang', first_name: 'Wei', update_id: '56789',
    });
    expect(repeated.id).toBe(posted.id);
    for (const status of ['OPEN', 'CLOSED', 'FIXED', 'IN_PROGRESS', 'ACTION_SCHEDULED', 'INVESTIGATING', 'DUPLICATE', 'NOT_COUNCILS_RESPONSIBILITY', 'NO_FURTHER_ACTION', 'INTERNAL_REFERRAL']) {
      const r = await fms.postServiceRequestUpdate({ updated_datetime: '2026-03-02T12:00:00Z', service_request_id: serviceRequestId, status, description: `状态 ${status}`, last_name: '-', first_name: 'A', update_id: `u-${status}` });
      expect(r.status, status).toBe(200);
    }
    // Posted updates are not echoed in the public feed (FixMyStreet already has them).
    const feed = await fms.getServiceRequestUpdates(new Date(Date.now() - 3600_000), new Date(Date.now() + 1000));
    expect(feed.some((u: any) => String(u.description).includes('晚上还是很吵'))).toBe(false);
  });

  it('reads errors the way _process_error does', async () => {
    const before = await snapshot(t.database, OPEN311_COUNTED);
    const saved = apiKey;
    apiKey = 'h311_not-a-real-key';
    try {
      const refused = await fms.sendServiceRequest({ description: 'x', service_code: 'ENV-NOISE-BUILD', lat: '28.2', long: '112.9', 'attribute[time_of_day]': 'night' });
      expect(refused.id).toBe(0);
      expect(refused.error).toMatch(/^403: .+\n$/);
    } finally {
      apiKey = saved;
    }
    const unknown = await fms.sendServiceRequest({ description: 'x', service_code: 'NOPE', lat: '28.2', long: '112.9' });
    expect(unknown.error).toMatch(/^404: /);
    const missing = await fms.sendServiceRequest({ description: 'x', service_code: 'ENV-NOISE-BUILD', lat: '28.2', long: '112.9' });
    expect(missing.error).toMatch(/^400: .*time_of_day/);
    const update = await fms.postServiceRequestUpdate({ service_request_id: '000000000000000', status: 'OPEN', description: 'x', update_id: '1' });
    expect(update.error).toMatch(/^404: /);
    expect(await snapshot(t.database, OPEN311_COUNTED)).toEqual(before);
  });
});
