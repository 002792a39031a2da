// SMS for phone callers (issue 16 item 4): the receipt after a phone ticket, none for a withheld
// or landline number, a caller who declined or a confidential ticket; the reply's summary and the
// SMS callback (短信回访) whose 1–5 answer is the callback of record; inbound messages that are
// not a rating, from an unknown number or a second answer — recorded, changing nothing else;
// the gateway key's scope; the ticket's messages, masked and scoped; the IVR post-call survey.

import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../src/store/apikeys.js';
import { KEY_STAMPED, snapshot, testApp, type TestApp } from '../helpers.js';

let t: TestApp;
let smsKey: string;
let telephonyKey: string;
let open311Key: string;

const PUBLIC_URL = 'https://12345.example.gov.cn';
const PORTAL_LINK = 'https://12345.example.gov.cn/portal/#track';

beforeAll(async () => {
  t = await testApp();
  smsKey = (await createApiKey(t.database.db, { name: '短信网关', scope: 'sms' })).key;
  telephonyKey = (await createApiKey(t.database.db, { name: '呼叫中心', scope: 'telephony' })).key;
  open311Key = (await createApiKey(t.database.db, { name: 'Open311', scope: 'open311' })).key;
  const saved = await t.call('admin', 'PUT', '/api/v1/admin/sms-settings', { publicUrl: `${PUBLIC_URL}/` });
  expect(saved.status).toBe(200);
  expect(saved.body).toEqual({ publicUrl: PUBLIC_URL });
});
afterAll(async () => {
  await t?.close();
});

const register = (at: string, body: Record<string, unknown>) =>
  t.at(at, () => t.call('agent', 'POST', '/api/v1/tickets', { channel: 'phone', type: 'help', content: '小区门口的路灯坏了一个星期，晚上很黑。', ...body }));

const messages = (ticketId: number) =>
  t.database.db.selectFrom('citizen_messages').selectAll().where('ticket_id', '=', ticketId).orderBy('id').execute();

const inbound = (body: unknown, at: string, headers: Record<string, string> = { 'x-api-key': smsKey }) =>
  t.at(at, () => t.call(null, 'POST', '/api/v1/sms/inbound', body, headers));

const ticketRow = (id: number) => t.database.db.selectFrom('tickets').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

/** Every table's row count: what a message that must change nothing is checked against. */
async function counts(): Promise<Record<string, number>> {
  const tables = await sql<{ table_name: string }>`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`.execute(t.database.db);
  const out: Record<string, number> = {};
  for (const { table_name } of tables.rows) {
    const r = await sql<{ n: string }>`SELECT count(*) AS n FROM ${sql.table(table_name)}`.execute(t.database.db);
    out[table_name] = Number(r.rows[0].n);
  }
  return out;
}

/** A phone ticket dispatched to ENV, accepted and replied: the caller gets the reply and the survey. */
async function repliedTicket(phone: string, day: string, reply = '已安排维修人员更换路灯，今晚恢复照明。') {
  const created = await register(`${day} 09:00`, { caller: { name: '李四', phone } });
  expect(created.status).toBe(201);
  const id = created.body.id as number;
  await t.stepAt(`${day} 09:10`, 'dispatcher', id, 'dispatch', { unitId: t.fx.units.ENV });
  await t.stepAt(`${day} 09:20`, 'env', id, 'accept');
  await t.stepAt(`${day} 10:00`, 'env', id, 'reply', { content: reply });
  return { id, number: created.body.number as string };
}

describe('the receipt after a phone ticket (受理回执)', () => {
  it('carries the ticket number and the portal link, once, to the caller', async () => {
    const res = await register('2026-03-02 09:00', { caller: { name: '张三', phone: '+86 139 0000 1111' } });
    expect(res.status).toBe(201);
    const sent = await messages(res.body.id);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ phone: '13900001111', kind: 'receipt', direction: 'out' });
    expect(sent[0].text).toBe(`【12345】您的诉求已受理，工单编号 ${res.body.number}。可凭工单编号和本机号码在 ${PORTAL_LINK} 查询办理进度。`);
    // The log gateway (the default) records it as sent.
    expect(sent[0].sent_at).not.toBeNull();

    const list = await t.call('agent', 'GET', `/api/v1/sms/messages?ticketId=${res.body.id}`);
    expect(list.status).toBe(200);
    expect(list.body.noSms).toBeNull();
    expect(list.body.items).toEqual([
      expect.objectContaining({ direction: 'out', kind: 'receipt', phone: '139****1111', status: 'sent', text: sent[0].text, at: '2026-03-02T01:00:00.000Z' }),
    ]);
    expect(JSON.stringify(list.body)).not.toContain('13900001111');
  });

  it('goes to no withheld or fixed-line number, no caller who declined, no confidential ticket', async () => {
    const cases: [string, Record<string, unknown>, string][] = [
      ['withheld', { caller: null }, 'no_mobile'],
      ['fixed line', { caller: { phone: '0731-88886666' } }, 'no_mobile'],
      ['declined (不发短信)', { caller: { phone: '13900002222' }, smsDeclined: true }, 'declined'],
      ['confidential', { caller: { phone: '13900003333' }, confidential: true }, 'confidential'],
    ];
    for (const [what, body, why] of cases) {
      const res = await register('2026-03-02 09:30', body);
      expect(res.status, what).toBe(201);
      expect(await messages(res.body.id), what).toEqual([]);
      const list = await t.call('agent', 'GET', `/api/v1/sms/messages?ticketId=${res.body.id}`);
      expect(list.body, what).toEqual({ items: [], noSms: why });
    }
    // Nor anything later: the declined caller's reply comes without an SMS.
    const declined = await register('2026-03-02 09:40', { caller: { phone: '13900002222' }, smsDeclined: true });
    expect((await ticketRow(declined.body.id)).sms_declined).toBe(true);
    await t.stepAt('2026-03-02 09:50', 'dispatcher', declined.body.id, 'dispatch', { unitId: t.fx.units.ENV });
    await t.stepAt('2026-03-02 09:55', 'env', declined.body.id, 'accept');
    await t.stepAt('2026-03-02 10:00', 'env', declined.body.id, 'reply', { content: '已处理。' });
    expect(await messages(declined.body.id)).toEqual([]);
  });
});

describe('the reply by SMS and the SMS callback (短信回访)', () => {
  it("sends the reply's summary, masked of others' data and cut short, then asks for 1–5", async () => {
    // 150 characters of reply naming a neighbour's mobile and ID: the SMS carries 119 of them and "…".
    const long = `经核查，邻居王五（电话13711112222，身份证430102199001011234）家中装修噪声扰民，已责令整改。${'后续我局将持续跟踪。'.repeat(10)}`;
    const { id, number } = await repliedTicket('13900004444', '2026-03-03', long);
    const sent = await messages(id);
    expect(sent.map((m) => m.kind)).toEqual(['receipt', 'reply', 'survey']);
    const reply = sent[1].text;
    expect(reply.startsWith(`【12345】您的工单 ${number} 已有答复：经核查，邻居王五（电话137****2222，身份证430102********1234）`)).toBe(true);
    expect(reply).not.toContain('13711112222');
    expect(reply).not.toContain('199001011234');
    expect(reply.endsWith(`… 详情：${PORTAL_LINK}`)).toBe(true);
    const summary = reply.slice(`【12345】您的工单 ${number} 已有答复：`.length, reply.length - ` 详情：${PORTAL_LINK}`.length);
    expect([...summary]).toHaveLength(120); // 119 characters and the ellipsis
    expect(sent[2].text).toBe(`【12345】请评价工单 ${number} 的办理结果，直接回复数字：1 非常满意，2 满意，3 基本满意，4 不满意，5 非常不满意。`);
    expect(sent[2].reply_event_id).not.toBeNull();
  });

  it("'1' (非常满意) closes the ticket as satisfied, and the digit stays in the callback", async () => {
    const { id } = await repliedTicket('13900005555', '2026-03-04');
    const res = await inbound({ from: '13900005555', text: ' 1 ' }, '2026-03-04 12:00');
    expect(res.status).toBe(200);
    expect(res.body.outcome).toBe('rated');
    const row = await ticketRow(id);
    expect(row).toMatchObject({ status: 'closed', satisfaction: 'satisfied', resolved: true, callback_reached: true });
    const detail = await t.call('callback', 'GET', `/api/v1/tickets/${id}`);
    const cb = detail.body.events.at(-1);
    expect(cb.type).toBe('called_back');
    expect(cb.actor).toMatchObject({ id: null, role: 'system' }); // the system, for the citizen
    expect(cb.payload).toMatchObject({ reached: true, resolved: true, satisfaction: 'satisfied', grade: 1, outcome: 'closed' });
    const got = (await messages(id)).at(-1)!;
    expect(got).toMatchObject({ direction: 'in', kind: 'inbound', text: '1', outcome: 'rated', grade: 1 });
  });

  it("'4' (不满意) reopens the ticket by the reopen rule", async () => {
    const { id } = await repliedTicket('13900006666', '2026-03-05');
    const res = await inbound({ from: '13900006666', text: '４' }, '2026-03-05 12:00'); // a full-width digit
    expect(res.body.outcome).toBe('rated');
    expect(await ticketRow(id)).toMatchObject({ status: 'handling', satisfaction: 'unsatisfied', resolved: false, reopen_count: 1 });
    const cb = (await t.call('callback', 'GET', `/api/v1/tickets/${id}`)).body.events.at(-1);
    expect(cb.payload).toMatchObject({ satisfaction: 'unsatisfied', grade: 4, outcome: 'reopened' });
    // Replied again: a new survey, and the answer to it counts again (once per reply).
    await t.stepAt('2026-03-06 10:00', 'env', id, 'reply', { content: '已重新处理，路灯已更换。' });
    expect((await messages(id)).filter((m) => m.kind === 'survey')).toHaveLength(2);
    expect((await inbound({ from: '13900006666', text: '3' }, '2026-03-06 12:00')).body.outcome).toBe('rated');
    expect(await ticketRow(id)).toMatchObject({ status: 'closed', satisfaction: 'basically_satisfied', resolved: true });
  });

  it("'2' twice: the second is recorded and changes nothing", async () => {
    const { id } = await repliedTicket('13900007777', '2026-03-09');
    expect((await inbound({ from: '13900007777', text: '2' }, '2026-03-09 12:00')).body.outcome).toBe('rated');
    expect(await ticketRow(id)).toMatchObject({ status: 'closed', satisfaction: 'satisfied' });
    const before = await counts();
    const ticketBefore = await ticketRow(id);
    const again = await inbound({ from: '13900007777', text: '5' }, '2026-03-09 12:05');
    expect(again.status).toBe(200);
    expect(again.body.outcome).toBe('already_rated');
    expect(await counts()).toEqual({ ...before, citizen_messages: before.citizen_messages + 1 });
    expect(await ticketRow(id)).toEqual(ticketBefore);
    expect((await messages(id)).at(-1)).toMatchObject({ direction: 'in', text: '5', outcome: 'already_rated', grade: 5 });
  });

  it('an unknown number, and a text that is no rating, are recorded and change nothing else', async () => {
    const { id } = await repliedTicket('13900008888', '2026-03-10');
    const ticketBefore = await ticketRow(id);
    const before = await counts();
    const unknown = await inbound({ from: '13600000000', text: '1' }, '2026-03-10 12:00');
    expect(unknown.body.outcome).toBe('no_survey');
    const hello = await inbound({ from: '13900008888', text: 'hello' }, '2026-03-10 12:01');
    expect(hello.body.outcome).toBe('not_a_rating');
    expect(await counts()).toEqual({ ...before, citizen_messages: before.citizen_messages + 2 });
    expect(await ticketRow(id)).toEqual(ticketBefore);
    const rows = await t.database.db.selectFrom('citizen_messages').selectAll().where('direction', '=', 'in').orderBy('id', 'desc').limit(2).execute();
    expect(rows.map((r) => [r.phone, r.text, r.outcome, r.ticket_id])).toEqual([
      ['13900008888', 'hello', 'not_a_rating', id],
      ['13600000000', '1', 'no_survey', null],
    ]);
    // A message in is never an outbox relay's to send.
    expect(rows.every((r) => r.sent_at != null)).toBe(true);
    // The survey is still open: a rating now counts.
    expect((await inbound({ from: '13900008888', text: '满意' }, '2026-03-10 12:02')).body.outcome).toBe('rated');
    expect(await ticketRow(id)).toMatchObject({ status: 'closed', satisfaction: 'satisfied' });
  });

  it('a callback agent who reached the citizen first closes the survey', async () => {
    const { id } = await repliedTicket('13900009999', '2026-03-11');
    await t.stepAt('2026-03-11 11:00', 'callback', id, 'callback', { reached: true, resolved: true, satisfaction: 'basically_satisfied' });
    const before = await counts();
    expect((await inbound({ from: '13900009999', text: '5' }, '2026-03-11 12:00')).body.outcome).toBe('survey_closed');
    expect(await counts()).toEqual({ ...before, citizen_messages: before.citizen_messages + 1 });
    expect(await ticketRow(id)).toMatchObject({ status: 'closed', satisfaction: 'basically_satisfied' });
  });
});

describe('the inbound API refuses what is not the gateway or not a message', () => {
  it('needs an sms-scoped key: none → 401, another scope → 403', async () => {
    const before = await snapshot(t.database, KEY_STAMPED);
    const body = { from: '13900001111', text: '1' };
    const tries: Record<string, string>[] = [{}, { 'x-api-key': 'h311_wrong' }, { authorization: `Bearer ${t.tokens.admin}` }];
    for (const headers of tries) {
      const res = await inbound(body, '2026-03-12 09:00', headers);
      expect(res.status).toBe(401);
      expect(res.body.code).toBe('invalid_api_key');
    }
    for (const key of [telephonyKey, open311Key]) {
      const res = await inbound(body, '2026-03-12 09:00', { 'x-api-key': key });
      expect(res.status).toBe(403);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body.code).toBe('api_key_scope');
    }
    expect(await snapshot(t.database, KEY_STAMPED)).toEqual(before);
  });

  it('bad bodies are 400 and change nothing', async () => {
    const before = await snapshot(t.database, KEY_STAMPED);
    const bad: [string, unknown][] = [
      ['no from', { text: '1' }],
      ['no text', { from: '13900001111' }],
      ['letters as the number', { from: 'my phone', text: '1' }],
      ['a number as the text', { from: '13900001111', text: 1 }],
      ['an unknown field', { from: '13900001111', text: '1', ticket: 5 }],
      ['a text too long', { from: '13900001111', text: 'x'.repeat(1001) }],
    ];
    for (const [what, body] of bad) {
      const res = await inbound(body, '2026-03-12 09:00');
      expect(res.status, what).toBe(400);
      expect(res.body.code, what).toBe('validation_failed');
    }
    expect(await snapshot(t.database, KEY_STAMPED)).toEqual(before);
  });
});

describe("a ticket's messages", () => {
  it('are for staff who may see the ticket: another unit gets 404; phones masked everywhere', async () => {
    const { id } = await repliedTicket('13900001234', '2026-03-13');
    await inbound({ from: '13900001234', text: '我的电话是13900001234，请回电' }, '2026-03-13 12:00');
    const env = await t.call('env', 'GET', `/api/v1/sms/messages?ticketId=${id}`);
    expect(env.status).toBe(200);
    expect(env.body.items.map((m: { direction: string; kind: string }) => `${m.direction}:${m.kind}`)).toEqual(['out:receipt', 'out:reply', 'out:survey', 'in:inbound']);
    expect(env.body.items.at(-1)).toMatchObject({ text: '我的电话是139****1234，请回电', outcome: 'not_a_rating', status: 'received', phone: '139****1234' });
    expect(JSON.stringify(env.body)).not.toContain('13900001234');
    for (const who of ['hr', 'street1']) {
      const res = await t.call(who, 'GET', `/api/v1/sms/messages?ticketId=${id}`);
      expect(res.status, who).toBe(404);
      expect(res.body.code).toBe('ticket_not_found');
    }
    expect((await t.call(null, 'GET', `/api/v1/sms/messages?ticketId=${id}`)).status).toBe(401);
    expect((await t.call('agent', 'GET', '/api/v1/sms/messages?ticketId=abc')).status).toBe(400);
    expect((await t.call('agent', 'GET', '/api/v1/sms/messages?ticketId=2000000000')).status).toBe(404);
  });

  it('the public address is an admin setting', async () => {
    expect((await t.call('agent', 'PUT', '/api/v1/admin/sms-settings', { publicUrl: 'https://x.example' })).status).toBe(403);
    const bad = await t.call('admin', 'PUT', '/api/v1/admin/sms-settings', { publicUrl: 'javascript:alert(1)' });
    expect(bad.status).toBe(400);
    expect((await t.call('admin', 'GET', '/api/v1/admin/sms-settings')).body).toEqual({ publicUrl: PUBLIC_URL });
  });
});

describe('the IVR post-call survey (通话满意度)', () => {
  const callEvent = (callId: string, body: Record<string, unknown>, at: string) =>
    t.at(at, () => t.call(null, 'POST', `/api/v1/telephony/calls/${callId}/events`, body, { 'x-api-key': telephonyKey }));
  const survey = (callId: string, body: unknown, at: string, key = telephonyKey) =>
    t.at(at, () => t.call(null, 'POST', `/api/v1/telephony/calls/${callId}/survey`, body, { 'x-api-key': key }));

  it("rates the agent's service on the call by default, and no ticket; once", async () => {
    await callEvent('ivr-1', { state: 'ringing', caller: '13911112222', agentUsername: 'agent' }, '2026-03-16 09:00');
    await callEvent('ivr-1', { state: 'answered', agentUsername: 'agent' }, '2026-03-16 09:00:10');
    const ticket = await register('2026-03-16 09:02', { caller: { phone: '13911112222' } });
    await callEvent('ivr-1', { state: 'ended' }, '2026-03-16 09:05');
    const before = await ticketRow(ticket.body.id);

    const res = await survey('ivr-1', { digit: 5 }, '2026-03-16 09:05:30');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ callId: 'ivr-1', digit: 5, subject: 'service', at: '2026-03-16T01:05:30.000Z', recorded: true, ratedTicketIds: [] });
    const call = await t.database.db.selectFrom('calls').selectAll().where('id', '=', 'ivr-1').executeTakeFirstOrThrow();
    expect(call).toMatchObject({ survey_grade: 5, survey_subject: 'service' });
    expect(await ticketRow(ticket.body.id)).toEqual(before);

    const again = await survey('ivr-1', { digit: 1 }, '2026-03-16 09:06');
    expect(again.body).toMatchObject({ digit: 5, recorded: false });
  });

  it("a voice callback's rating (subject result) is the callback of record of the replied ticket", async () => {
    const { id, number } = await repliedTicket('13922223333', '2026-03-17');
    await callEvent('ivr-2', { state: 'answered', caller: '13922223333' }, '2026-03-17 14:00');
    // Someone else's ticket by number: refused, nothing recorded.
    const other = await repliedTicket('13933334444', '2026-03-17');
    const wrong = await survey('ivr-2', { digit: 2, subject: 'result', ticketNumber: other.number }, '2026-03-17 14:02');
    expect(wrong.status).toBe(422);
    expect(wrong.body.code).toBe('ticket_mismatch');
    expect((await t.database.db.selectFrom('calls').select('survey_grade').where('id', '=', 'ivr-2').executeTakeFirstOrThrow()).survey_grade).toBeNull();

    const res = await survey('ivr-2', { digit: 2, subject: 'result', ticketNumber: number }, '2026-03-17 14:02');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ digit: 2, subject: 'result', recorded: true, ratedTicketIds: [id] });
    expect(await ticketRow(id)).toMatchObject({ status: 'closed', satisfaction: 'satisfied', resolved: true });
    const cb = (await t.call('callback', 'GET', `/api/v1/tickets/${id}`)).body.events.at(-1);
    expect(cb.payload).toMatchObject({ grade: 2, satisfaction: 'satisfied', outcome: 'closed' });
    expect(await ticketRow(other.id)).toMatchObject({ status: 'replied' });
  });

  it('refuses another key, an unknown call and a digit out of 1–5', async () => {
    const before = await snapshot(t.database, KEY_STAMPED);
    expect((await survey('ivr-1', { digit: 3 }, '2026-03-18 09:00', smsKey)).body.code).toBe('api_key_scope');
    expect((await survey('no-such-call', { digit: 3 }, '2026-03-18 09:00')).status).toBe(404);
    for (const body of [{ digit: 0 }, { digit: 6 }, { digit: '3' }, { digit: 3, subject: 'agent' }, {}]) {
      const res = await survey('ivr-1', body, '2026-03-18 09:00');
      expect(res.status, JSON.stringify(body)).toBe(400);
    }
    expect(await snapshot(t.database, KEY_STAMPED)).toEqual(before);
  });
});
