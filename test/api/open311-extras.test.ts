// What an Open311 client sends beyond the ticket reaches the staff: attributes labelled by the
// service definition, every photo link (media_url repeated or media_url[]), the e-mail (masked)
// and the location, on GET /api/v1/tickets/{id}/open311; a multipart/form-data POST reads like a
// urlencoded one and keeps its photo files as attachments; browser apps get CORS on the Open311
// routes only; bad input changes nothing.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../src/store/apikeys.js';
import { replaceServiceAttributes } from '../../src/store/open311.js';
import { KEY_STAMPED, snapshot, testApp, type TestApp } from '../helpers.js';

/** Every Open311 call counts against its per-minute limit, a refused one too (api/open311.ts), and a valid key presented is stamped as used: what a refused call changes. */
const OPEN311_COUNTED = { rate_counters: 'Open311 calls are counted per minute, refused ones included', ...KEY_STAMPED };

let t: TestApp;
let key: string;
const BASE = '/open311/v2';
// A real 1×1 PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

type Form = [string, string][];

const encode = (form: Form) => form.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');

async function post(path: string, form: Form, headers: Record<string, string> = {}) {
  const res = await t.app.inject({ method: 'POST', url: `${BASE}/${path}`, headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers }, payload: encode(form) });
  return { status: res.statusCode, body: res.body, headers: res.headers };
}

/** A multipart/form-data POST as a browser's FormData sends it. */
async function postMultipart(path: string, form: Form, files: { name: string; type: string; data: Buffer; filename: string }[] = []) {
  const fd = new FormData();
  for (const [k, v] of form) fd.append(k, v);
  for (const f of files) fd.append(f.name, new Blob([new Uint8Array(f.data)], { type: f.type }), f.filename);
  const encoded = new Request('http://localhost/', { method: 'POST', body: fd });
  const res = await t.app.inject({
    method: 'POST',
    url: `${BASE}/${path}`,
    headers: { 'content-type': encoded.headers.get('content-type')! },
    payload: Buffer.from(await encoded.arrayBuffer()),
  });
  return { status: res.statusCode, body: res.body };
}

const request = (extra: Form = []): Form => [
  ['jurisdiction_id', 'test-city'],
  ['api_key', key],
  ['service_code', 'ENV-NOISE-BUILD'],
  ['description', '建设路工地夜间施工噪音扰民，凌晨两点还在打桩。'],
  ['lat', '28.228123'],
  ['long', '112.938456'],
  ['email', 'wang.xiaoming@example.com'],
  ['attribute[time_of_day]', 'night'],
  ['attribute[kinds][]', 'piling'],
  ['attribute[kinds][]', 'truck'],
  ['attribute[decibels]', '85'],
  ...extra,
];

/** The ticket a created request became (its id, by its number). */
async function ticketOf(body: string) {
  const number = JSON.parse(body)[0].service_request_id as string;
  const row = await t.database.db.selectFrom('tickets').select('id').where('number', '=', number).executeTakeFirstOrThrow();
  return { id: row.id, number };
}

const details = (user: string, id: number) => t.call(user, 'GET', `/api/v1/tickets/${id}/open311`);

beforeAll(async () => {
  t = await testApp();
  key = (await createApiKey(t.database.db, { name: '市民随手拍', scope: 'open311', perMinute: 10_000 })).key;
  await replaceServiceAttributes(t.database.db, t.fx.categories['ENV-NOISE-BUILD'], [
    { code: 'time_of_day', variable: true, datatype: 'singlevaluelist', required: true, datatypeDescription: null, order: 1, description: '发生时段', values: [{ key: 'night', name: '夜间' }, { key: 'day', name: '白天' }] },
    { code: 'kinds', variable: true, datatype: 'multivaluelist', required: false, datatypeDescription: null, order: 2, description: '噪声类型', values: [{ key: 'piling', name: '打桩' }, { key: 'truck', name: '渣土车' }] },
    { code: 'decibels', variable: true, datatype: 'number', required: false, datatypeDescription: '分贝', order: 3, description: null, values: [] },
  ]);
});
afterAll(async () => {
  await t?.close();
});

describe('GET /api/v1/tickets/{id}/open311', () => {
  it('shows the attributes by the service definition, both photo links, the masked e-mail and the location', async () => {
    const res = await post('requests.json', request([
      ['media_url', 'https://photos.example.org/a/1.jpg'],
      ['media_url', 'https://photos.example.org/a/2.jpg'],
    ]));
    expect(res.status, res.body).toBe(200);
    const { id } = await ticketOf(res.body);
    const d = await details('dispatcher', id);
    expect(d.status, JSON.stringify(d.body)).toBe(200);
    expect(d.body).toMatchObject({
      serviceCode: 'ENV-NOISE-BUILD',
      serviceName: '施工噪声',
      client: '市民随手拍',
      withheld: false,
      mediaUrls: ['https://photos.example.org/a/1.jpg', 'https://photos.example.org/a/2.jpg'],
      // The name part masked, the provider kept (masking.ts EMAIL_RE).
      email: 'w***@example.com',
      location: { lat: 28.228123, long: 112.938456 },
      files: [],
    });
    // In the definition's order; list keys by their names; no description → the code.
    expect(d.body.attributes).toEqual([
      { code: 'time_of_day', label: '发生时段', datatype: 'singlevaluelist', values: ['夜间'] },
      { code: 'kinds', label: '噪声类型', datatype: 'multivaluelist', values: ['打桩', '渣土车'] },
      { code: 'decibels', label: 'decibels', datatype: 'number', values: ['85'] },
    ]);
    expect(JSON.stringify(d.body)).not.toContain('wang.xiaoming');
  });

  it('keeps media_url[] values too, and the public answer still has one media_url (the first)', async () => {
    const res = await post('requests.json', request([
      ['media_url[]', 'https://photos.example.org/b/1.jpg'],
      ['media_url[]', 'https://photos.example.org/b/2.jpg'],
    ]));
    expect(res.status, res.body).toBe(200);
    const { id, number } = await ticketOf(res.body);
    expect((await details('agent', id)).body.mediaUrls).toEqual(['https://photos.example.org/b/1.jpg', 'https://photos.example.org/b/2.jpg']);
    const pub = await t.app.inject({ method: 'GET', url: `${BASE}/requests/${number}.json` });
    expect(JSON.parse(pub.body)[0].media_url).toBe('https://photos.example.org/b/1.jpg');
  });

  it('is for the ticket’s readers: not analysts (403), not a unit it was never sent to (404); 404 for a phone ticket', async () => {
    const { id } = await ticketOf((await post('requests.json', request())).body);
    expect((await details('analyst', id)).status).toBe(403);
    const hidden = await details('hr', id);
    expect(hidden.status).toBe(404);
    expect(hidden.body.code).toBe('ticket_not_found');
    const phone = await t.call('agent', 'POST', '/api/v1/tickets', { channel: 'phone', type: 'consult', content: '社保卡怎么补办？' });
    expect(phone.status).toBe(201);
    const none = await details('agent', phone.body.id);
    expect(none.status).toBe(404);
    expect(none.body.code).toBe('not_open311');
    expect((await details(null as never, id)).status).toBe(401);
  });

  it('refuses more than 10 photo links, or one that is not http(s), and creates nothing', async () => {
    const before = await snapshot(t.database, OPEN311_COUNTED);
    const many = Array.from({ length: 11 }, (_, i): [string, string] => ['media_url', `https://photos.example.org/c/${i}.jpg`]);
    const tooMany = await post('requests.json', request(many));
    expect(tooMany.status).toBe(400);
    expect(JSON.parse(tooMany.body)[0].description).toContain('media_url 最多 10 个');
    const bad = await post('requests.json', request([['media_url', 'https://photos.example.org/ok.jpg'], ['media_url[]', 'javascript:alert(1)']]));
    expect(bad.status).toBe(400);
    expect(await snapshot(t.database, OPEN311_COUNTED)).toEqual(before);
  });
});

describe('multipart/form-data POST', () => {
  it('reads its fields like a urlencoded form and keeps a photo file as the ticket’s attachment', async () => {
    const res = await postMultipart(
      'requests.json',
      request([['media_url', 'https://photos.example.org/d/1.jpg'], ['media_url', 'https://photos.example.org/d/2.jpg']]),
      [{ name: 'media', type: 'image/png', data: PNG, filename: 'IMG_0001.png' }],
    );
    expect(res.status, res.body).toBe(200);
    const { id } = await ticketOf(res.body);
    const d = (await details('dispatcher', id)).body;
    expect(d.attributes.map((a: { values: string[] }) => a.values)).toEqual([['夜间'], ['打桩', '渣土车'], ['85']]);
    expect(d.mediaUrls).toEqual(['https://photos.example.org/d/1.jpg', 'https://photos.example.org/d/2.jpg']);
    expect(d.files).toHaveLength(1);
    expect(d.files[0]).toMatchObject({ contentType: 'image/png', size: PNG.length });
    const file = await t.app.inject({ method: 'GET', url: d.files[0].url, headers: { authorization: `Bearer ${t.tokens.dispatcher}` } });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('image/png');
    expect(file.rawPayload.equals(PNG)).toBe(true);
    // The staff's list of the citizen's files has it too, from Open311.
    const list = await t.call('dispatcher', 'GET', `/api/v1/tickets/${id}/attachments`);
    expect(list.body.items.map((a: { source: string }) => a.source)).toEqual(['open311']);
  });

  it('takes a multipart update: every photo link on the note, the file an attachment', async () => {
    const { id, number } = await ticketOf((await post('requests.json', request())).body);
    const res = await postMultipart(
      'servicerequestupdates.json',
      [['jurisdiction_id', 'test-city'], ['api_key', key], ['service_request_id', number], ['description', '今晚又在施工。'],
        ['media_url', 'https://photos.example.org/e/1.jpg'], ['media_url', 'https://photos.example.org/e/2.jpg']],
      [{ name: 'media', type: 'image/png', data: PNG, filename: 'night.png' }],
    );
    expect(res.status, res.body).toBe(200);
    const note = await t.database.db.selectFrom('ticket_events').select('payload').where('ticket_id', '=', id).where('type', '=', 'noted').executeTakeFirstOrThrow();
    const content = String((note.payload as { content: string }).content);
    expect(content).toContain('图片：https://photos.example.org/e/1.jpg');
    expect(content).toContain('图片：https://photos.example.org/e/2.jpg');
    expect(content).toContain('另附照片 1 张');
    const files = await t.database.db.selectFrom('attachments').select(['source', 'size']).where('ticket_id', '=', id).execute();
    expect(files).toEqual([{ source: 'open311', size: PNG.length }]);
  });

  it('refuses a file that is not the image it claims, or too many files, and creates nothing', async () => {
    const before = await snapshot(t.database, OPEN311_COUNTED);
    const fake = await postMultipart('requests.json', request(), [{ name: 'media', type: 'image/png', data: Buffer.from('<svg onload="alert(1)"/>'), filename: 'x.png' }]);
    expect(fake.status).toBe(400);
    expect(JSON.parse(fake.body)[0].description).toContain('不是所声明的图片类型');
    const text = await postMultipart('requests.json', request(), [{ name: 'media', type: 'text/plain', data: Buffer.from('hello'), filename: 'a.txt' }]);
    expect(text.status).toBe(400);
    const five = await postMultipart('requests.json', request(), Array.from({ length: 5 }, (_, i) => ({ name: 'media', type: 'image/png', data: PNG, filename: `${i}.png` })));
    expect(five.status).toBe(413);
    expect(JSON.parse(five.body)[0].description).toContain('照片最多 4 张');
    expect(await snapshot(t.database, OPEN311_COUNTED)).toEqual(before);
    expect(await t.database.db.selectFrom('attachments').select('id').execute()).toHaveLength(2); // the two earlier tests' files
  });

  it('is still refused as JSON-only on the staff API (415): multipart is for Open311', async () => {
    const fd = new FormData();
    fd.append('content', 'x');
    const encoded = new Request('http://localhost/', { method: 'POST', body: fd });
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/tickets',
      headers: { authorization: `Bearer ${t.tokens.agent}`, 'content-type': encoded.headers.get('content-type')! },
      payload: Buffer.from(await encoded.arrayBuffer()),
    });
    expect(res.statusCode).toBe(415);
  });
});

describe('CORS', () => {
  const ORIGIN = 'https://app.open311-client.example';

  it('lets a browser app on any origin call the Open311 routes (GET and POST, preflight included)', async () => {
    const pre = await t.app.inject({
      method: 'OPTIONS',
      url: `${BASE}/requests.json`,
      headers: { origin: ORIGIN, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,idempotency-key' },
    });
    expect(pre.statusCode).toBe(204);
    expect(pre.headers['access-control-allow-origin']).toBe('*');
    expect(String(pre.headers['access-control-allow-methods']).split(/,\s*/)).toEqual(expect.arrayContaining(['GET', 'POST']));
    expect(String(pre.headers['access-control-allow-headers']).toLowerCase()).toContain('idempotency-key');
    expect(pre.headers['access-control-allow-credentials']).toBeUndefined();
    const get = await t.app.inject({ method: 'GET', url: `${BASE}/services.json`, headers: { origin: ORIGIN } });
    expect(get.statusCode).toBe(200);
    expect(get.headers['access-control-allow-origin']).toBe('*');
    const created = await post('requests.json', request(), { origin: ORIGIN });
    expect(created.status).toBe(200);
    expect(created.headers['access-control-allow-origin']).toBe('*');
    // An error answer is readable by the app too.
    const refused = await t.app.inject({ method: 'GET', url: `${BASE}/requests/1.json?api_key=wrong`, headers: { origin: ORIGIN } });
    expect(refused.statusCode).toBe(403);
    expect(refused.headers['access-control-allow-origin']).toBe('*');
  });

  it('gives the staff API no CORS at all', async () => {
    const get = await t.app.inject({ method: 'GET', url: '/api/v1/tickets', headers: { origin: ORIGIN, authorization: `Bearer ${t.tokens.agent}` } });
    expect(get.statusCode).toBe(200);
    expect(get.headers['access-control-allow-origin']).toBeUndefined();
    const pre = await t.app.inject({
      method: 'OPTIONS',
      url: '/api/v1/tickets',
      headers: { origin: ORIGIN, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization' },
    });
    expect(pre.headers['access-control-allow-origin']).toBeUndefined();
    expect(pre.statusCode).toBe(404);
  });
});
