// Publication is a decision, not a default (issue 14): the public Open311 GETs (requests list,
// requests/{id}, tokens/{token}, the servicerequestupdates feed) show a ticket only if it came in
// through Open311 or its citizen agreed, and it is neither confidential nor of a hidden type.
// Everything else is 404, byte for byte the answer for a number never issued. What is shown is
// masked of personal data. A city can turn public listing off. A GET changes nothing.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../src/store/apikeys.js';
import { KEY_STAMPED, snapshot, testApp, type TestApp } from '../helpers.js';

/** Every Open311 call counts against its per-minute limit, a refused one too (api/open311.ts), and a valid key presented is stamped as used: what a refused call changes. */
const OPEN311_COUNTED = { rate_counters: 'Open311 calls are counted per minute, refused ones included', ...KEY_STAMPED };

let t: TestApp;
let key: string;
let otherKey: string;
const BASE = '/open311/v2';
/** A number shaped like the real ones, never issued. */
const NEVER = '209901010000001';

type Form = Record<string, string | undefined>;
const qs = (form: Form) =>
  Object.entries(form)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v as string)}`)
    .join('&');

async function get(path: string, form: Form = {}) {
  const q = qs(form);
  const res = await t.app.inject({ method: 'GET', url: `${BASE}/${path}${q ? `?${q}` : ''}` });
  return { status: res.statusCode, text: res.body };
}
async function post(path: string, form: Form) {
  const res = await t.app.inject({ method: 'POST', url: `${BASE}/${path}`, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: qs(form) });
  return { status: res.statusCode, text: res.body };
}
const listed = async (form: Form = {}) => (JSON.parse((await get('requests.json', form)).text) as { service_request_id: string }[]).map((r) => r.service_request_id);
const updatesOf = async (numbers: string[], form: Form = {}) =>
  (JSON.parse((await get('servicerequestupdates.json', { service_request_id: numbers.join(','), ...form })).text) as { service_request_id: string }[]).map(
    (u) => u.service_request_id,
  );

/** A ticket registered by an agent (phone, email …) with a category, as the console does. */
async function register(body: Record<string, unknown>): Promise<{ id: number; number: string }> {
  const res = await t.call('agent', 'POST', '/api/v1/tickets', {
    type: 'complaint',
    categoryId: t.fx.categories['HR-WAGE-UNPAID'],
    ...body,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

/** A portal submission (the citizen proves the phone with an SMS code). */
async function portal(phone: string, extra: Record<string, unknown> = {}): Promise<{ id: number; number: string }> {
  const codeRes = await t.app.inject({ method: 'POST', url: '/api/v1/portal/codes', payload: { phone, purpose: 'submit' } });
  expect(codeRes.statusCode, codeRes.body).toBe(202);
  const sms = await t.database.db.selectFrom('citizen_messages').select('text').where('phone', '=', phone).orderBy('id', 'desc').executeTakeFirstOrThrow();
  const code = /验证码 (\d{6})/.exec(sms.text)![1];
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/portal/requests',
    payload: {
      type: 'complaint',
      categoryId: t.fx.categories['HR-WAGE-UNPAID'],
      content: '公司拖欠三个月工资，多次讨要无果。',
      address: '东城区东门街道幸福路1号',
      name: '赵六',
      phone,
      code,
      ...extra,
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  const number = JSON.parse(res.body).number as string;
  const row = await t.database.db.selectFrom('tickets').select('id').where('number', '=', number).executeTakeFirstOrThrow();
  return { id: row.id, number };
}

// What a caller said, full of personal data, and what the public may read of it (written by hand).
const CALLER = '李四光';
const CONTENT =
  '我叫李四光，电话13812345678，身份证430102199001011234。车牌湘A12345的车天天堵在3栋2单元501室门口，' +
  '物业不管。可加微信号 lisiguang_88 或QQ号：12345678，邮箱lisiguang@example.com。';
const CONTENT_MASKED =
  '我叫李**，电话138****5678，身份证430102********1234。车牌湘A****5的车天天堵在3栋2单元***室门口，' +
  '物业不管。可加微信号 **** 或QQ号：****，邮箱l***@example.com。';
const ADDRESS = '东城区东门街道幸福路8号1201室（李四光家）';
const ADDRESS_MASKED = '东城区东门街道幸福路8号***室（李**家）';
const SECRETS = ['李四光', '13812345678', '430102199001011234', '湘A12345', '501室', 'lisiguang_88', '12345678', 'lisiguang@example.com', '1201'];

let phone: { id: number; number: string };
let email: { id: number; number: string };
let web: { id: number; number: string };
let consented: { id: number; number: string };
let secret: { id: number; number: string };
let report: { id: number; number: string };
let webConsented: { id: number; number: string };
let open311: { number: string; token: string };
let other311: { number: string; token: string };

beforeAll(async () => {
  t = await testApp();
  key = (await createApiKey(t.database.db, { name: 'city app', scope: 'open311', perMinute: 10_000 })).key;
  otherKey = (await createApiKey(t.database.db, { name: 'another app', scope: 'open311', perMinute: 10_000 })).key;

  // Without consent: the phone, email and portal channels.
  phone = await register({ channel: 'phone', content: '电话反映：公司拖欠工资，我叫王五，电话13900002222。', caller: { name: '王五', phone: '13900002222' }, address: '东城区西门街道建设路2号' });
  email = await register({ channel: 'email', content: '邮件反映：单位不发加班费。', caller: { name: '孙七', phone: '13900003333' } });
  web = await portal('13900004444');
  // With the caller's consent (recorded at intake), and full of personal data.
  consented = await register({ channel: 'phone', content: CONTENT, caller: { name: CALLER, phone: '13812345678' }, address: ADDRESS, publicConsent: true });
  // Confidential (保密工单): never public, consent or not.
  secret = await register({ channel: 'phone', content: '保密：反映某单位负责人违规，请勿公开。', confidential: true, publicConsent: true });
  // A hidden type (举报) with consent: still hidden.
  report = await register({ channel: 'phone', type: 'report', content: '举报某企业偷排污水，线人身份需保护。', publicConsent: true });
  // A portal citizen who ticked the box.
  webConsented = await portal('13900005555', { publicConsent: true });
  // Requests created over Open311 are public by their channel.
  const created = JSON.parse(
    (await post('requests.json', { api_key: key, service_code: 'HR-WAGE-UNPAID', description: '工地拖欠农民工工资。', address_string: '东城区东门街道幸福路3号' })).text,
  )[0];
  open311 = { number: created.service_request_id, token: created.token };
  const created2 = JSON.parse(
    (await post('requests.json', { api_key: otherKey, service_code: 'HR-WAGE-UNPAID', description: '另一应用提交：欠薪。', address_string: '东城区西门街道' })).text,
  )[0];
  other311 = { number: created2.service_request_id, token: created2.token };
  // Each has an update on its timeline: dispatched.
  for (const x of [phone, email, web, consented, secret, report, webConsented]) {
    const r = await t.call('dispatcher', 'POST', `/api/v1/tickets/${x.id}/dispatch`, { unitId: t.fx.units.HR });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
  }
});
afterAll(async () => {
  await t?.close();
});

describe('what is public', () => {
  it('lists only Open311 requests and consented, non-confidential tickets of a shown type', async () => {
    const numbers = await listed();
    expect(numbers.sort()).toEqual([consented.number, webConsented.number, open311.number, other311.number].sort());
    for (const x of [phone, email, web, secret, report]) expect(numbers).not.toContain(x.number);
    // Asking by id does not get around it.
    const all = [phone, email, web, consented, secret, report, webConsented].map((x) => x.number);
    expect((await listed({ service_request_id: all.join(',') })).sort()).toEqual([consented.number, webConsented.number].sort());
  });

  it('answers a ticket that is not public exactly as a number never issued (JSON and XML)', async () => {
    for (const format of ['json', 'xml'] as const) {
      const never = await get(`requests/${NEVER}.${format}`);
      expect(never.status).toBe(404);
      for (const x of [phone, email, web, secret, report]) {
        const res = await get(`requests/${x.number}.${format}`);
        expect(res.status, x.number).toBe(404);
        expect(res.text, x.number).toBe(never.text);
      }
      for (const x of [consented, webConsented, open311]) expect((await get(`requests/${x.number}.${format}`)).status).toBe(200);
    }
  });

  it('keeps what is not public out of the updates feed', async () => {
    const all = [phone, email, web, consented, secret, report, webConsented];
    const feed = await updatesOf(all.map((x) => x.number));
    expect([...new Set(feed)].sort()).toEqual([consented.number, webConsented.number].sort());
    // The whole feed too (no service_request_id).
    const res = JSON.parse((await get('servicerequestupdates.json')).text) as { service_request_id: string }[];
    for (const x of [phone, email, web, secret, report]) expect(res.map((u) => u.service_request_id)).not.toContain(x.number);
  });

  it('resolves the token of an Open311 request; an unknown token is 404', async () => {
    const res = await get(`tokens/${open311.token}.json`);
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text)).toEqual([{ service_request_id: open311.number, token: open311.token }]);
    expect((await get('tokens/no-such-token.json')).status).toBe(404);
  });

  it('masks the published text: the caller’s name, phone, ID, plate, WeChat, QQ, e-mail and room numbers', async () => {
    for (const format of ['json', 'xml'] as const) {
      const one = await get(`requests/${consented.number}.${format}`);
      const list = await get(`requests.${format}`);
      const feed = await get(`servicerequestupdates.${format}`, { service_request_id: consented.number });
      for (const body of [one.text, list.text, feed.text]) for (const s of SECRETS) expect(body, `${format}: ${s}`).not.toContain(s);
    }
    const [r] = JSON.parse((await get(`requests/${consented.number}.json`)).text);
    expect(r.description).toBe(CONTENT_MASKED);
    expect(r.address).toBe(ADDRESS_MASKED);
  });
});

describe('consent after the fact (POST /tickets/{id}/consent)', () => {
  it('an agent records consent on a call: the ticket becomes public; withdrawn, it is gone again; every step is on the timeline', async () => {
    const x = await register({ channel: 'phone', content: '来电：小区路灯坏了一个月。', caller: { name: '周八', phone: '13900006666' } });
    expect(await listed()).not.toContain(x.number);
    const agreed = await t.call('agent', 'POST', `/api/v1/tickets/${x.id}/consent`, { publicConsent: true });
    expect(agreed.status, JSON.stringify(agreed.body)).toBe(200);
    expect(agreed.body.publicConsent).toBe(true);
    expect(await listed()).toContain(x.number);
    expect((await get(`requests/${x.number}.json`)).status).toBe(200);
    const again = await t.call('agent', 'POST', `/api/v1/tickets/${x.id}/consent`, { publicConsent: true });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('consent_unchanged');
    const withdrawn = await t.call('dispatcher', 'POST', `/api/v1/tickets/${x.id}/consent`, { publicConsent: false });
    expect(withdrawn.status).toBe(200);
    expect(await listed()).not.toContain(x.number);
    expect((await get(`requests/${x.number}.json`)).text).toBe((await get(`requests/${NEVER}.json`)).text);
    const detail = await t.call('admin', 'GET', `/api/v1/tickets/${x.id}`);
    const steps = detail.body.events.filter((e: { type: string }) => e.type === 'consent_recorded');
    expect(steps.map((e: { payload: { publicConsent: boolean } }) => e.payload.publicConsent)).toEqual([true, false]);
  });

  it('a confidential ticket refuses consent (409); a unit handler, a callback agent or an analyst may not record it (403); bad input is a 400; nothing changes', async () => {
    const before = await snapshot(t.database);
    const refused = await t.call('agent', 'POST', `/api/v1/tickets/${secret.id}/consent`, { publicConsent: true });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('confidential');
    for (const user of ['hr', 'callback', 'analyst']) {
      const r = await t.call(user, 'POST', `/api/v1/tickets/${phone.id}/consent`, { publicConsent: true });
      expect(r.status, user).toBe(403);
    }
    for (const body of [{}, { publicConsent: 'yes' }, { publicConsent: null }]) {
      expect((await t.call('agent', 'POST', `/api/v1/tickets/${phone.id}/consent`, body)).status).toBe(400);
    }
    expect(await snapshot(t.database)).toEqual(before);
  });
});

describe('public listing off (Open311 setting publicListing)', () => {
  it('is on by default; turned off, anonymous callers see nothing; a client key sees only the requests it created', async () => {
    const settings = await t.call('admin', 'GET', '/api/v1/admin/open311/settings');
    expect(settings.status).toBe(200);
    expect(settings.body.publicListing).toBe(true);
    // A PUT without the field keeps it.
    const kept = await t.call('admin', 'PUT', '/api/v1/admin/open311/settings', { ...settings.body, publicListing: undefined });
    expect(kept.status, JSON.stringify(kept.body)).toBe(200);
    expect(kept.body.publicListing).toBe(true);
    expect((await t.call('dispatcher', 'PUT', '/api/v1/admin/open311/settings', { ...settings.body, publicListing: false })).status).toBe(403);
    const off = await t.call('admin', 'PUT', '/api/v1/admin/open311/settings', { ...settings.body, publicListing: false });
    expect(off.status).toBe(200);
    expect(off.body.publicListing).toBe(false);
    try {
      expect(await listed()).toEqual([]);
      expect((await get('requests.xml')).text).not.toContain('<request>');
      const never = await get(`requests/${NEVER}.json`);
      for (const x of [consented, webConsented, open311]) expect((await get(`requests/${x.number}.json`)).text).toBe(never.text);
      expect((await get(`tokens/${open311.token}.json`)).status).toBe(404);
      expect(await updatesOf([consented.number, open311.number])).toEqual([]);
      expect(JSON.parse((await get('servicerequestupdates.json')).text)).toEqual([]);
      // The client that created a request still follows it (and only its own).
      expect(await listed({ api_key: key })).toEqual([open311.number]);
      expect((await get(`requests/${open311.number}.json`, { api_key: key })).status).toBe(200);
      expect((await get(`requests/${other311.number}.json`, { api_key: key })).status).toBe(404);
      expect((await get(`requests/${consented.number}.json`, { api_key: key })).status).toBe(404);
      expect((await get(`tokens/${open311.token}.json`, { api_key: key })).status).toBe(200);
      expect((await get(`tokens/${other311.token}.json`, { api_key: key })).status).toBe(404);
    } finally {
      await t.call('admin', 'PUT', '/api/v1/admin/open311/settings', { ...settings.body, publicListing: true });
    }
    expect(await listed()).toContain(consented.number);
  });
});

describe('a GET changes nothing', () => {
  it('leaves tickets and timelines as they were', async () => {
    const before = await snapshot(t.database, OPEN311_COUNTED);
    await get('requests.json');
    await get('requests.xml', { status: 'open' });
    await get(`requests/${consented.number}.json`);
    await get(`requests/${phone.number}.xml`);
    await get(`tokens/${open311.token}.json`);
    await get('servicerequestupdates.json');
    await get('requests.json', { api_key: key });
    expect(await snapshot(t.database, OPEN311_COUNTED)).toEqual(before);
  });
});

// 不予受理 (issue 15): a consented request the hotline does not take is closed, and its status
// notes say why and where to go instead (masked like the rest).
describe('a refused request', () => {
  it('is closed, with the reason, the note and where to go as its status notes; its update says not the council’s responsibility', async () => {
    const x = await register({ channel: 'phone', content: '已向区人民法院起诉物业公司，想请热线督促法院尽快开庭。', caller: { name: '周八', phone: '13900006666' }, publicConsent: true });
    const refused = await t.call('agent', 'POST', `/api/v1/tickets/${x.id}/refuse`, { reason: 'other', note: '诉求人已起诉，另称可拨打13900006666联系' });
    expect(refused.status, JSON.stringify(refused.body)).toBe(200);
    expect(refused.body.status).toBe('refused');
    // Written by hand: the label of 'other', the note (phone masked) with a full stop added, then REFUSAL_GUIDANCE.other.
    const notes = '经审核，您的诉求属于“其他不属于热线受理范围的诉求”，12345 热线不予受理。诉求人已起诉，另称可拨打139****6666联系。请按工作人员告知的渠道办理。';
    const [r] = JSON.parse((await get(`requests/${x.number}.json`)).text);
    expect(r).toMatchObject({ service_request_id: x.number, status: 'closed', status_notes: notes, service_notice: null, agency_responsible: null });
    expect((await get(`requests/${x.number}.xml`)).text).toContain('<status>closed</status>');
    expect(await listed({ status: 'closed' })).toContain(x.number);
    expect(await listed({ status: 'open' })).not.toContain(x.number);
    const updates = JSON.parse((await get('servicerequestupdates.json', { service_request_id: x.number })).text) as { status: string; description: string }[];
    expect(updates.map((u) => u.status)).toEqual(['not_councils_responsibility']);
    expect(updates[0].description).toBe(notes);
  });
});
