// The citizen portal's API: codes by SMS, submit, look up by number + phone, rate after the
// reply; bad input changes nothing; rate limits; a lookup never shows another citizen's ticket.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_PHOTO_BYTES, PORTAL_LIMITS } from '../../src/api/portal.js';
import { CODE_MAX_ATTEMPTS } from '../../src/store/portal.js';
import { local, snapshot, testApp, type TestApp } from '../helpers.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => {
  await t?.close();
});

const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
const JPEG_BYTES = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1]);

let ipSeq = 0;
/** A fresh client address per test, so that per-IP limits of one test do not touch another. */
const newIp = () => `10.0.${Math.floor(++ipSeq / 250)}.${(ipSeq % 250) + 1}`;

/** A public request from a client address, at a local (Asia/Shanghai) time. */
/** For snapshot(): the portal counts every request against its limits per client address and phone, a refused one too. */
const COUNTED = { rate_counters: 'the portal counts each request per client address and phone, refused ones included' };

async function pub(method: 'GET' | 'POST', url: string, body: unknown, opts: { ip: string; at: string }) {
  t.setNow(local(opts.at));
  try {
    const res = await t.app.inject({ method, url, remoteAddress: opts.ip, ...(body !== undefined ? { payload: body as object } : {}) });
    return { status: res.statusCode, body: res.body ? JSON.parse(res.body) : null, headers: res.headers };
  } finally {
    t.setNow(null);
  }
}

async function lastCode(phone: string): Promise<string> {
  const row = await t.database.db
    .selectFrom('citizen_messages')
    .select('text')
    .where('phone', '=', phone)
    .where('kind', '=', 'otp')
    .orderBy('id', 'desc')
    .executeTakeFirstOrThrow();
  return /验证码 (\d{6})/.exec(row.text)![1];
}

async function codeFor(phone: string, purpose: 'submit' | 'rate' | 'supplement', at: string, ip = newIp()): Promise<string> {
  const res = await pub('POST', '/api/v1/portal/codes', { phone, purpose }, { ip, at });
  expect(res.status, JSON.stringify(res.body)).toBe(202);
  return lastCode(phone);
}

async function submit(phone: string, at: string, extra: Record<string, unknown> = {}): Promise<string> {
  const code = await codeFor(phone, 'submit', at);
  const res = await pub(
    'POST',
    '/api/v1/portal/requests',
    { type: 'complaint', content: '小区门口夜间施工噪声扰民，已持续一周。', address: '东城区东门街道幸福路1号', phone, code, ...extra },
    { ip: newIp(), at },
  );
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.number;
}

const counts = async () => {
  const n = async (table: 'attachments' | 'tickets' | 'ticket_events') =>
    Number((await t.database.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  return { attachments: await n('attachments'), tickets: await n('tickets'), events: await n('ticket_events') };
};

describe('portal: options', () => {
  it('lists request types and categories with their paths, without a login', async () => {
    const res = await pub('GET', '/api/v1/portal/options', undefined, { ip: newIp(), at: '2026-03-02 09:00' });
    expect(res.status).toBe(200);
    expect(res.body.types.map((x: { value: string }) => x.value)).toContain('complaint');
    const noise = res.body.categories.find((c: { id: number }) => c.id === t.fx.categories['ENV-NOISE-BUILD']);
    expect(noise.path).toBe('环境保护 / 噪声污染 / 施工噪声');
  });
});

describe('portal: submit', () => {
  it('registers a web ticket for a verified phone, keeps the photos, and texts the number', async () => {
    const phone = '13800000001';
    const code = await codeFor(phone, 'submit', '2026-03-02 09:00');
    // The development gateway recorded the code in the outbox (and the log), as sent.
    const sms = await t.database.db.selectFrom('citizen_messages').selectAll().where('phone', '=', phone).execute();
    expect(sms).toHaveLength(1);
    expect(sms[0].sent_at).not.toBeNull();
    // Only a hash of the code is stored in the code table.
    const stored = await t.database.db.selectFrom('portal_codes').selectAll().where('phone', '=', phone).executeTakeFirstOrThrow();
    expect(stored.code_hash).not.toContain(code);

    const body = {
      type: 'complaint',
      categoryId: t.fx.categories['ENV-NOISE-BUILD'],
      content: '工地夜间施工噪声很大，影响休息。',
      address: '东城区东门街道幸福路1号',
      name: '张三',
      phone: '138 0000 0001',
      code,
      photos: [PNG, `data:image/jpeg;base64,${JPEG_BYTES.toString('base64')}`],
    };
    const ip = newIp();
    const res = await pub('POST', '/api/v1/portal/requests', body, { ip, at: '2026-03-02 09:02' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.number).toMatch(/^20260302\d{7}$/);

    const ticket = await t.database.db.selectFrom('tickets').selectAll().where('number', '=', res.body.number).executeTakeFirstOrThrow();
    expect(ticket).toMatchObject({ channel: 'web', caller_phone: phone, caller_name: '张三', status: 'registered', created_by: null, type: 'complaint' });
    expect(ticket.district_id).toBe(t.fx.units.DIST);
    const files = await t.database.db.selectFrom('attachments').selectAll().where('ticket_id', '=', ticket.id).orderBy('id').execute();
    expect(files.map((f) => [f.source, f.content_type])).toEqual([
      ['portal', 'image/png'],
      ['portal', 'image/jpeg'],
    ]);
    const texts = await t.database.db.selectFrom('citizen_messages').select(['kind', 'text']).where('phone', '=', phone).orderBy('id').execute();
    expect(texts.at(-1)).toMatchObject({ kind: 'portal_registered' });
    expect(texts.at(-1)!.text).toContain(res.body.number);

    // The same submission again (a retry after a lost answer) is the same ticket, not a second one.
    const again = await pub('POST', '/api/v1/portal/requests', body, { ip, at: '2026-03-02 09:03' });
    expect(again.status).toBe(200);
    expect(again.body.number).toBe(res.body.number);
    // The used code is no good for anything else.
    const other = await pub('POST', '/api/v1/portal/requests', { ...body, content: '另一件事情，请处理。' }, { ip, at: '2026-03-02 09:03' });
    expect(other.status).toBe(400);
    expect(other.body.code).toBe('code_used');
    expect(await t.database.db.selectFrom('attachments').select('id').where('ticket_id', '=', ticket.id).execute()).toHaveLength(2);

    // Staff who may see the ticket get the photos; others do not.
    const list = await t.call('agent', 'GET', `/api/v1/tickets/${ticket.id}/attachments`);
    expect(list.status).toBe(200);
    expect(list.body.items).toHaveLength(2);
    const file = await t.app.inject({ method: 'GET', url: list.body.items[0].url, headers: { authorization: `Bearer ${t.tokens.agent}` } });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('image/png');
    expect(file.rawPayload.equals(Buffer.from(PNG.split(',')[1], 'base64'))).toBe(true);
    const audit = await t.database.db.selectFrom('audit_log').selectAll().where('action', '=', 'view_attachment').execute();
    expect(audit).toHaveLength(1);
    expect((await t.call('env', 'GET', `/api/v1/tickets/${ticket.id}/attachments`)).status).toBe(404); // not dispatched to ENV yet
    expect((await t.call('analyst', 'GET', `/api/v1/tickets/${ticket.id}/attachments`)).status).toBe(403);
    expect((await t.call(null, 'GET', `/api/v1/tickets/${ticket.id}/attachments`)).status).toBe(401);
    expect((await t.call('agent', 'GET', `/api/v1/tickets/${ticket.id}/attachments/999999`)).status).toBe(404);
  });

  it('publication is the citizen’s decision: unticked, not public; ticked, public_consent; confidential wins over consent', async () => {
    const row = (number: string) =>
      t.database.db.selectFrom('tickets').select(['public_consent', 'confidential']).where('number', '=', number).executeTakeFirstOrThrow();
    expect(await row(await submit('13800000101', '2026-03-02 10:00'))).toEqual({ public_consent: false, confidential: false });
    expect(await row(await submit('13800000102', '2026-03-02 10:00', { publicConsent: false }))).toEqual({ public_consent: false, confidential: false });
    expect(await row(await submit('13800000103', '2026-03-02 10:00', { publicConsent: true }))).toEqual({ public_consent: true, confidential: false });
    expect(await row(await submit('13800000104', '2026-03-02 10:00', { confidential: true }))).toEqual({ public_consent: false, confidential: true });
    expect(await row(await submit('13800000105', '2026-03-02 10:00', { publicConsent: true, confidential: true }))).toEqual({ public_consent: false, confidential: true });
    // Not a boolean: a 400, and nothing registered.
    const code = await codeFor('13800000106', 'submit', '2026-03-02 10:00');
    const before = await counts();
    const bad = await pub(
      'POST',
      '/api/v1/portal/requests',
      { type: 'complaint', content: '小区门口夜间施工噪声扰民。', phone: '13800000106', code, publicConsent: 'yes' },
      { ip: newIp(), at: '2026-03-02 10:01' },
    );
    expect(bad.status).toBe(400);
    expect(await counts()).toEqual(before);
  });

  it('refuses bad input with problem+json 400 and creates nothing', async () => {
    const phone = '13800000002';
    const code = await codeFor(phone, 'submit', '2026-03-02 10:00');
    const good = { type: 'help', content: '路灯坏了很久没人修。', phone, code };
    const before = await snapshot(t.database, COUNTED);
    const countsBefore = await counts();
    const bad: [string, unknown, string][] = [
      ['no content', { ...good, content: undefined }, 'validation_failed'],
      ['short content', { ...good, content: '太吵' }, 'validation_failed'],
      ['unknown type', { ...good, type: 'gossip' }, 'validation_failed'],
      ['a landline', { ...good, phone: '010-12345678' }, 'validation_failed'],
      ['a code of letters', { ...good, code: 'abcdef' }, 'validation_failed'],
      ['unknown category', { ...good, categoryId: 999_999 }, 'unknown_category'],
      ['not an image', { ...good, photos: ['data:text/html;base64,PGgxPmhpPC9oMT4='] }, 'photo_invalid'],
      ['a JPEG called PNG', { ...good, photos: [PNG, `data:image/png;base64,${JPEG_BYTES.toString('base64')}`] }, 'photo_invalid'],
      ['too many photos', { ...good, photos: [PNG, PNG, PNG, PNG, PNG] }, 'validation_failed'],
      [
        'a photo too large',
        { ...good, photos: [`data:image/jpeg;base64,${Buffer.concat([JPEG_BYTES, Buffer.alloc(MAX_PHOTO_BYTES)]).toString('base64')}`] },
        'photo_too_large',
      ],
      ['another phone’s code', { ...good, phone: '13800000003' }, 'code_invalid'],
    ];
    for (const [what, body, errorCode] of bad) {
      const res = await pub('POST', '/api/v1/portal/requests', body, { ip: newIp(), at: '2026-03-02 10:01' });
      expect(res.status, what).toBe(400);
      expect(res.headers['content-type'], what).toContain('application/problem+json');
      expect(res.body.code, what).toBe(errorCode);
      expect(res.body.detail, what).toMatch(/[\u4e00-\u9fff]/);
    }
    const notJson = await t.app.inject({ method: 'POST', url: '/api/v1/portal/requests', headers: { 'content-type': 'application/json' }, payload: '{"type":' });
    expect(notJson.statusCode).toBe(400);
    expect(await snapshot(t.database, COUNTED)).toEqual(before);
    expect(await counts()).toEqual(countsBefore);
    // The code survived all that (bad input never burns it) and still works.
    const ok = await pub('POST', '/api/v1/portal/requests', good, { ip: newIp(), at: '2026-03-02 10:02' });
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
  });

  it('a wrong code counts; after too many the code is dead; an expired code is refused', async () => {
    const phone = '13800000004';
    const code = await codeFor(phone, 'submit', '2026-03-02 11:00');
    const wrong = code === '000000' ? '111111' : '000000';
    const body = { type: 'consult', content: '请问社保卡如何补办？', phone };
    // Each wrong guess is counted on the code (the rule tested): its attempts, nothing else.
    const guessed = { ...COUNTED, 'portal_codes.attempts': 'each wrong guess is counted on the code: the rule tested' };
    const before = await snapshot(t.database, guessed);
    const attempts = async () => (await t.database.db.selectFrom('portal_codes').select('attempts').where('phone', '=', phone).executeTakeFirstOrThrow()).attempts;
    for (let i = 1; i <= CODE_MAX_ATTEMPTS; i++) {
      const res = await pub('POST', '/api/v1/portal/requests', { ...body, code: wrong }, { ip: newIp(), at: '2026-03-02 11:01' });
      expect(res.status).toBe(400);
      expect(res.body.code).toBe(i < CODE_MAX_ATTEMPTS ? 'code_invalid' : 'code_attempts_exceeded');
      expect(await attempts()).toBe(i);
    }
    const right = await pub('POST', '/api/v1/portal/requests', { ...body, code }, { ip: newIp(), at: '2026-03-02 11:01' });
    expect(right.status).toBe(400);
    expect(right.body.code).toBe('code_attempts_exceeded');
    expect(await snapshot(t.database, guessed)).toEqual(before);

    const fresh = await codeFor(phone, 'submit', '2026-03-02 11:10');
    // A code for rating is not a code for submitting.
    const rateCode = await codeFor(phone, 'rate', '2026-03-02 11:20');
    const before2 = await snapshot(t.database, COUNTED);
    const late = await pub('POST', '/api/v1/portal/requests', { ...body, code: fresh }, { ip: newIp(), at: '2026-03-02 11:16' });
    expect(late.status).toBe(400);
    expect(late.body.code).toBe('code_invalid');
    const cross = await pub('POST', '/api/v1/portal/requests', { ...body, code: rateCode }, { ip: newIp(), at: '2026-03-02 11:21' });
    expect(cross.status).toBe(400);
    expect(await snapshot(t.database, COUNTED)).toEqual(before2);
  });

  it('nine guesses at once cannot race past the limit (issue 14)', async () => {
    const phone = '13800000014';
    const code = await codeFor(phone, 'submit', '2026-03-02 12:00');
    // Nine: within the per-phone submit limit (10 a day), so every guess reaches the code.
    const wrongs = Array.from({ length: 9 }, (_, i) => String((Number(code) + 1 + i) % 1_000_000).padStart(6, '0'));
    const body = { type: 'consult', content: '请问社保卡如何补办？', phone };
    t.setNow(local('2026-03-02 12:01'));
    let results;
    try {
      results = await Promise.all(
        wrongs.map((wrong) => t.app.inject({ method: 'POST', url: '/api/v1/portal/requests', remoteAddress: newIp(), payload: { ...body, code: wrong } })),
      );
    } finally {
      t.setNow(null);
    }
    const codes = results.map((r) => JSON.parse(r.body).code);
    // The limit is 5 attempts: 4 are told "wrong", then every other guess is refused uncompared.
    expect(codes.filter((c) => c === 'code_invalid')).toHaveLength(CODE_MAX_ATTEMPTS - 1);
    expect(codes.filter((c) => c === 'code_attempts_exceeded')).toHaveLength(9 - (CODE_MAX_ATTEMPTS - 1));
    const row = await t.database.db.selectFrom('portal_codes').select('attempts').where('phone', '=', phone).executeTakeFirstOrThrow();
    expect(row.attempts).toBe(CODE_MAX_ATTEMPTS);
    const right = await pub('POST', '/api/v1/portal/requests', { ...body, code }, { ip: newIp(), at: '2026-03-02 12:02' });
    expect(right.body.code).toBe('code_attempts_exceeded');
  });
});

describe('portal: rate limits (429)', () => {
  it('one code a minute and five an hour per phone, with Retry-After', async () => {
    const phone = '13700000001';
    const send = (at: string) => pub('POST', '/api/v1/portal/codes', { phone, purpose: 'submit' }, { ip: newIp(), at });
    expect((await send('2026-03-03 09:00:05')).status).toBe(202);
    const again = await send('2026-03-03 09:00:30');
    expect(again.status).toBe(429);
    expect(again.headers['content-type']).toContain('application/problem+json');
    expect(again.body.code).toBe('rate_limited');
    expect(Number(again.headers['retry-after'])).toBe(30);
    for (const m of ['01', '02', '03', '04']) expect((await send(`2026-03-03 09:${m}:00`)).status).toBe(202);
    expect((await send('2026-03-03 09:05:00')).status).toBe(429);
    expect((await send('2026-03-03 10:00:00')).status).toBe(202);
  });

  it('codes per client address, whatever the phone', async () => {
    const ip = newIp();
    for (let i = 0; i < PORTAL_LIMITS.codePerIpHour; i++) {
      const res = await pub('POST', '/api/v1/portal/codes', { phone: `136${String(i).padStart(8, '0')}`, purpose: 'submit' }, { ip, at: '2026-03-03 11:00' });
      expect(res.status).toBe(202);
    }
    const over = await pub('POST', '/api/v1/portal/codes', { phone: '13599999999', purpose: 'submit' }, { ip, at: '2026-03-03 11:10' });
    expect(over.status).toBe(429);
    // Another address is not affected.
    expect((await pub('POST', '/api/v1/portal/codes', { phone: '13599999999', purpose: 'submit' }, { ip: newIp(), at: '2026-03-03 11:10' })).status).toBe(202);
  });

  it('lookups per client address and per phone; submits per client address', async () => {
    const ip = newIp();
    for (let i = 0; i < PORTAL_LIMITS.lookupPerIp10Min; i++) {
      const res = await pub('POST', '/api/v1/portal/lookup', { number: `2026030300000${String(i).padStart(2, '0')}`, phone: `135${String(i).padStart(8, '0')}` }, { ip, at: '2026-03-03 12:00' });
      expect(res.status).toBe(404);
    }
    const over = await pub('POST', '/api/v1/portal/lookup', { number: '202603030000099', phone: '13400000000' }, { ip, at: '2026-03-03 12:05' });
    expect(over.status).toBe(429);
    for (let i = 0; i < PORTAL_LIMITS.lookupPerPhone10Min; i++) {
      await pub('POST', '/api/v1/portal/lookup', { number: '202603030000001', phone: '13400000001' }, { ip: newIp(), at: '2026-03-03 12:20' });
    }
    expect((await pub('POST', '/api/v1/portal/lookup', { number: '202603030000001', phone: '13400000001' }, { ip: newIp(), at: '2026-03-03 12:21' })).status).toBe(429);

    const submitIp = newIp();
    const body = (i: number) => ({ type: 'consult', content: '请问公积金怎么提取？', phone: `133${String(i).padStart(8, '0')}`, code: '123456' });
    for (let i = 0; i < PORTAL_LIMITS.submitPerIpHour; i++) {
      expect((await pub('POST', '/api/v1/portal/requests', body(i), { ip: submitIp, at: '2026-03-03 13:00' })).status).toBe(400); // no code was sent
    }
    expect((await pub('POST', '/api/v1/portal/requests', body(99), { ip: submitIp, at: '2026-03-03 13:01' })).status).toBe(429);
    // And per phone, from any address.
    for (let i = 0; i < PORTAL_LIMITS.submitPerPhoneDay; i++) {
      expect((await pub('POST', '/api/v1/portal/requests', body(50), { ip: newIp(), at: '2026-03-03 14:00' })).status).toBe(400);
    }
    expect((await pub('POST', '/api/v1/portal/requests', body(50), { ip: newIp(), at: '2026-03-03 14:01' })).status).toBe(429);
  });
});

describe('portal: lookup', () => {
  it('shows the citizen’s own ticket — masked, public steps only — and nothing to anyone else', async () => {
    // Citizen A submits on the portal, mentioning a neighbour's mobile number.
    const a = '13800000011';
    const number = await submit(a, '2026-03-04 09:00', { content: '邻居13912345678家装修噪声很大，周末早上七点就开始。' });
    // Citizen B phoned the hotline; the agent registered B's ticket.
    const b = '13900000022';
    const reg = await t.at('2026-03-04 09:30', () =>
      t.call('agent', 'POST', '/api/v1/tickets', { channel: 'phone', type: 'help', content: '我家楼下井盖缺失，很危险。', caller: { name: '李四', phone: b } }),
    );
    expect(reg.status).toBe(201);
    const bNumber = reg.body.number;
    const ticketA = await t.database.db.selectFrom('tickets').select('id').where('number', '=', number).executeTakeFirstOrThrow();
    // Inside steps that stay inside: a dispatch, a return request, supervision.
    await t.stepAt('2026-03-04 10:00', 'dispatcher', ticketA.id, 'dispatch', { unitId: t.fx.units.ENV, note: '内部备注：请环境局核实' });
    await t.stepAt('2026-03-04 10:30', 'supervisor', ticketA.id, 'supervise', { type: 'urge', content: '内部督办：请尽快签收' });
    // A unit's working note stays inside; what A adds by phone shows as received (its text is A's own, not repeated).
    await t.stepAt('2026-03-04 10:40', 'env', ticketA.id, 'note', { content: '内部：已联系物业' });
    await t.stepAt('2026-03-04 10:45', 'agent', ticketA.id, 'note', { content: '来电补充：晚上九点后也在装修', fromCitizen: true });

    const look = (numberGiven: string, phone: string) => pub('POST', '/api/v1/portal/lookup', { number: numberGiven, phone }, { ip: newIp(), at: '2026-03-04 11:00' });
    const own = await look(number, a);
    expect(own.status).toBe(200);
    expect(own.body).toMatchObject({ number, status: 'dispatched', unitName: '测试市生态环境局', canRate: false, reply: null, rating: null });
    expect(own.body.caller.phone).toBe('138****0011');
    expect(own.body.content).toContain('139****5678');
    expect(own.body.timeline.map((s: { step: string }) => s.step)).toEqual(['registered', 'dispatched', 'supplemented']);
    const text = JSON.stringify(own.body);
    for (const secret of ['13912345678', a, '内部', 'dispatcher', 'supervisor', '督办', '物业']) expect(text).not.toContain(secret);

    // With B's phone number in the hotline's hands, A still sees nothing of B's ticket, and vice versa.
    for (const [n, p] of [
      [bNumber, a],
      [number, b],
      [number, '13800000012'],
      ['209901010000001', a],
    ]) {
      const res = await look(n, p);
      expect(res.status).toBe(404);
      expect(res.body.code).toBe('ticket_not_found');
      expect(JSON.stringify(res.body)).not.toMatch(/李四|井盖|138\d{8}|139\d{8}/);
    }
    // B sees B's own phone ticket, with B's name masked.
    const bOwn = await look(bNumber, b);
    expect(bOwn.status).toBe(200);
    expect(bOwn.body.caller).toEqual({ name: '李*', phone: '139****0022' });
    // Bad input: 400, not a lookup.
    const badNumber = await pub('POST', '/api/v1/portal/lookup', { number: 'abc', phone: a }, { ip: newIp(), at: '2026-03-04 11:00' });
    expect(badNumber.status).toBe(400);
    expect(badNumber.body.code).toBe('validation_failed');
  });
});

describe('portal: rating', () => {
  it('only once the unit replied; it is the callback of record; once per reply', async () => {
    const phone = '13800000031';
    const number = await submit(phone, '2026-03-05 09:00');
    const { id } = await t.database.db.selectFrom('tickets').select('id').where('number', '=', number).executeTakeFirstOrThrow();
    const rate = (body: Record<string, unknown>, at: string) =>
      pub('POST', '/api/v1/portal/rating', { number, phone, resolved: true, satisfaction: 'satisfied', ...body }, { ip: newIp(), at });

    const early = await rate({ code: await codeFor(phone, 'rate', '2026-03-05 09:10') }, '2026-03-05 09:11');
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('not_ratable');

    await t.stepAt('2026-03-05 09:30', 'dispatcher', id, 'dispatch', { unitId: t.fx.units.ENV });
    await t.stepAt('2026-03-05 10:00', 'env', id, 'accept');
    await t.stepAt('2026-03-05 15:00', 'env', id, 'reply', { content: '经核查，施工单位已停止夜间施工，联系电话13011112222。' });

    const seen = await pub('POST', '/api/v1/portal/lookup', { number, phone }, { ip: newIp(), at: '2026-03-05 16:00' });
    expect(seen.body.canRate).toBe(true);
    expect(seen.body.reply.content).toContain('已停止夜间施工');
    expect(seen.body.reply.content).toContain('130****2222');

    const before = await snapshot(t.database, COUNTED);
    const wrongCode = await rate({ code: '000000' }, '2026-03-05 16:01');
    expect(wrongCode.status).toBe(400);
    const badSatisfaction = await rate({ code: '000000', satisfaction: 'meh' }, '2026-03-05 16:01');
    expect(badSatisfaction.status).toBe(400);
    expect(await snapshot(t.database, COUNTED)).toEqual(before);

    const code = await codeFor(phone, 'rate', '2026-03-05 16:02');
    const res = await rate({ code, comment: '处理很及时' }, '2026-03-05 16:03');
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ status: 'closed', canRate: false, rating: { satisfaction: 'satisfied', resolved: true, byCitizen: true } });
    expect(res.body.timeline.map((s: { step: string }) => s.step).slice(-2)).toEqual(['rated', 'closed']);
    const detail = await t.call('callback', 'GET', `/api/v1/tickets/${id}`);
    const cb = detail.body.events.find((e: { type: string }) => e.type === 'called_back');
    expect(cb).toMatchObject({ actor: { id: null, role: 'system' }, payload: { reached: true, satisfaction: 'satisfied', note: '群众网上评价：处理很及时', outcome: 'closed' } });
    expect(detail.body.satisfaction).toBe('satisfied');

    const twice = await rate({ code: await codeFor(phone, 'rate', '2026-03-05 16:10') }, '2026-03-05 16:11');
    expect(twice.status).toBe(409);
  });

  it('an unsatisfied rating reopens the ticket for handling', async () => {
    const phone = '13800000032';
    const number = await submit(phone, '2026-03-06 09:00');
    const { id } = await t.database.db.selectFrom('tickets').select('id').where('number', '=', number).executeTakeFirstOrThrow();
    await t.stepAt('2026-03-06 09:30', 'dispatcher', id, 'dispatch', { unitId: t.fx.units.ENV });
    await t.stepAt('2026-03-06 10:00', 'env', id, 'accept');
    await t.stepAt('2026-03-06 11:00', 'env', id, 'reply', { content: '已转告施工单位注意。' });
    const code = await codeFor(phone, 'rate', '2026-03-06 12:00');
    const res = await pub('POST', '/api/v1/portal/rating', { number, phone, code, resolved: false, satisfaction: 'unsatisfied' }, { ip: newIp(), at: '2026-03-06 12:01' });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('handling');
    expect(res.body.timeline.at(-1).step).toBe('reopened');
    // After the next reply, the citizen may rate again.
    await t.stepAt('2026-03-06 15:00', 'env', id, 'reply', { content: '已现场督促，夜间施工已停止。' });
    const again = await pub('POST', '/api/v1/portal/lookup', { number, phone }, { ip: newIp(), at: '2026-03-06 16:00' });
    expect(again.body).toMatchObject({ canRate: true, rating: null });
  });
});

describe('portal: adding to one\'s own open request (补充诉求)', () => {
  it('with a code for this purpose, while open; it goes on the timeline and to the unit; bad input changes nothing', async () => {
    const phone = '13800000041';
    const number = await submit(phone, '2026-03-09 09:00');
    const { id } = await t.database.db.selectFrom('tickets').select('id').where('number', '=', number).executeTakeFirstOrThrow();
    await t.stepAt('2026-03-09 09:30', 'dispatcher', id, 'dispatch', { unitId: t.fx.units.ENV });
    const add = (body: Record<string, unknown>, at: string) => pub('POST', '/api/v1/portal/supplement', { number, phone, content: '昨晚十一点还在施工，渣土车很多', ...body }, { ip: newIp(), at });

    const seen = await pub('POST', '/api/v1/portal/lookup', { number, phone }, { ip: newIp(), at: '2026-03-09 10:00' });
    expect(seen.body.canSupplement).toBe(true);
    const rateCode = await codeFor(phone, 'rate', '2026-03-09 10:01');
    const before = await snapshot(t.database, COUNTED);
    const cases: [Record<string, unknown>, number, string][] = [
      [{ code: rateCode }, 400, 'code_invalid'], // a code for another purpose
      [{ code: '000000' }, 400, 'code_invalid'],
      [{ code: rateCode, content: '太短' }, 400, 'validation_failed'],
      [{ code: rateCode, phone: '13800000042' }, 404, 'ticket_not_found'],
    ];
    for (const [body, status, code] of cases) {
      const res = await add(body, '2026-03-09 10:02');
      expect(res.status, JSON.stringify(body)).toBe(status);
      expect(res.body.code).toBe(code);
    }
    expect(await snapshot(t.database, COUNTED)).toEqual(before);
    // Nothing added (no noted step); the repeat flag is the system's at registration: this phone
    // asked about the same site's night work earlier in this file (重复件, same caller and matter).
    expect((await t.call('admin', 'GET', `/api/v1/tickets/${id}`)).body.events.map((e: { type: string }) => e.type)).toEqual(['registered', 'repeat_flagged', 'dispatched']);

    const code = await codeFor(phone, 'supplement', '2026-03-09 10:05');
    const res = await add({ code }, '2026-03-09 10:06');
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.timeline.at(-1).step).toBe('supplemented');
    expect(JSON.stringify(res.body)).not.toContain('渣土车'); // the timeline says it was received; the text is the unit's to read
    const detail = await t.call('env', 'GET', `/api/v1/tickets/${id}`);
    expect(detail.body.events.at(-1)).toMatchObject({ type: 'noted', actor: { role: 'system' }, payload: { fromCitizen: true, content: '昨晚十一点还在施工，渣土车很多' } });
    const notes = (await t.call('env', 'GET', '/api/v1/notifications?pageSize=200')).body.items.filter((n: { ticketId: number; kind: string }) => n.ticketId === id && n.kind === 'citizen_note');
    expect(notes).toHaveLength(1);
    // The code is spent.
    expect((await add({ code }, '2026-03-09 10:07')).status).toBe(400);

    // Closed: nothing more to add here.
    await t.stepAt('2026-03-09 11:00', 'env', id, 'accept');
    await t.stepAt('2026-03-09 15:00', 'env', id, 'reply', { content: '已责令停止夜间施工。' });
    await t.stepAt('2026-03-09 16:00', 'callback', id, 'callback', { reached: true, resolved: true, satisfaction: 'satisfied' });
    const late = await add({ code: await codeFor(phone, 'supplement', '2026-03-09 16:10') }, '2026-03-09 16:11');
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('not_open');
  });
});

describe('portal: a refused request (不予受理)', () => {
  it('says so, why and where to go instead; nothing more can be added to it', async () => {
    const phone = '13800000077';
    const number = await submit(phone, '2026-03-10 09:00', { content: '我和开发商的购房合同纠纷已起诉到区法院，请热线督促法院尽快开庭。' });
    const { id } = await t.database.db.selectFrom('tickets').select('id').where('number', '=', number).executeTakeFirstOrThrow();
    await t.stepAt('2026-03-10 09:30', 'agent', id, 'refuse', { reason: 'litigation', note: '已告知诉求人联系承办法官王法官（电话13700001111）' });
    const seen = await pub('POST', '/api/v1/portal/lookup', { number, phone }, { ip: newIp(), at: '2026-03-10 10:00' });
    expect(seen.status).toBe(200);
    // Written by hand from REFUSAL_LABELS.litigation and REFUSAL_GUIDANCE.litigation; the note's phone masked.
    const label = '涉诉事项（已经或依法应当通过诉讼解决）';
    const guidance = '请依法向人民法院提起诉讼；已在诉讼中的，请向审理案件的人民法院反映。';
    const note = '已告知诉求人联系承办法官王法官（电话137****1111）';
    expect(seen.body).toMatchObject({
      number,
      status: 'refused',
      statusLabel: '不予受理',
      unitName: null,
      reply: null,
      canRate: false,
      canSupplement: false,
      refusal: {
        reason: 'litigation',
        label,
        guidance,
        note,
        message: `经审核，您的诉求属于“${label}”，12345 热线不予受理。${note}。${guidance}`,
        at: local('2026-03-10 09:30').toISOString(),
      },
    });
    expect(seen.body.timeline.map((s: { step: string; text: string }) => `${s.step} ${s.text}`)).toEqual(['registered 诉求已受理', 'refused 不予受理']);
    expect(JSON.stringify(seen.body)).not.toContain('13700001111');
    // 补充诉求 on a refused request: 409, nothing added.
    const code = await codeFor(phone, 'supplement', '2026-03-10 10:05');
    const before = await counts();
    const add = await pub('POST', '/api/v1/portal/supplement', { number, phone, code, content: '法院到现在还是没有开庭。' }, { ip: newIp(), at: '2026-03-10 10:06' });
    expect(add.status, JSON.stringify(add.body)).toBe(409);
    expect(add.body.code).toBe('not_open');
    expect(await counts()).toEqual(before);
  });
});
