// Issue 14: what a citizen tells the hotline reaches only those who need it. A ticket holding a
// phone number, an ID number, a room number, a plate, an e-mail address and the caller's name in
// its text, notes and replies is walked through every GET route the API describes (read from the
// real app's OpenAPI document, so a new route is walked too) and every export, as every role:
// none of them may come back unmasked. A confidential ticket's text reaches only the centre and
// the lead unit's chain; its caller only an admin who gives a reason.

import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shanghaiDate } from '../../src/domain/calendar.js';
import { runJobsOnce } from '../../src/jobs/scheduler.js';
import { snapshot, testApp, USERS, type TestApp } from '../helpers.js';

let t: TestApp;

// What must never leave the server unmasked (revealing is a separate, logged step).
const CALLER_NAME = '王小明';
const CALLER_PHONE = '13987654321';
const SECRETS = {
  phoneInText: '13812345678',
  callerPhone: CALLER_PHONE,
  idNumber: '430102199001011234',
  room: '501室',
  roomAfterUnit: '2单元501',
  name: CALLER_NAME,
  email: 'wang.xm@example.com',
  plate: '湘A12345',
  landline: '88886666',
};
// The words of a confidential ticket: read by the centre and the lead unit's chain only.
const CONFIDENTIAL_WORD = '偷排暗管';

let plain: { id: number; number: string };
let overdue: { id: number; number: string };
let secret: { id: number; number: string };

const step = async (user: string, id: number, name: string, body: unknown = {}) => {
  const res = await t.call(user, 'POST', `/api/v1/tickets/${id}/${name}`, body);
  expect(res.status, `${name}: ${JSON.stringify(res.body)}`).toBe(200);
  return res.body;
};

beforeAll(async () => {
  t = await testApp();
  const reg = await t.call('agent', 'POST', '/api/v1/tickets', {
    channel: 'phone',
    type: 'complaint',
    title: `${CALLER_NAME}反映3栋2单元501室楼上噪音`,
    content: `我是${CALLER_NAME}，住东门街道建设路芙蓉小区3栋2单元501室，身份证${SECRETS.idNumber}，手机${SECRETS.phoneInText}，` +
      `座机0731-${SECRETS.landline}，邮箱${SECRETS.email}。楼上工地车辆${SECRETS.plate}每晚施工噪音扰民。`,
    caller: { name: CALLER_NAME, phone: CALLER_PHONE },
    address: '东城区东门街道芙蓉小区3栋2单元501室',
    categoryId: t.fx.categories['ENV-NOISE-BUILD'],
  });
  expect(reg.status).toBe(201);
  plain = reg.body;
  await step('dispatcher', plain.id, 'dispatch', { unitId: t.fx.units.ENV, assistUnitIds: [t.fx.units['DIST-1']] });
  await step('agent', plain.id, 'note', { content: `来电补充：${CALLER_NAME}说车牌${SECRETS.plate}的车又来了，回电${SECRETS.phoneInText}`, fromCitizen: true });
  await step('env', plain.id, 'accept');
  await step('env', plain.id, 'note', { content: `已联系住户${CALLER_NAME}（501室），电话${SECRETS.phoneInText}` });
  await step('env', plain.id, 'reply', {
    content: `经核查，${CALLER_NAME}（身份证${SECRETS.idNumber}）反映的3栋2单元501室楼上施工噪音属实，已责令工地（车辆${SECRETS.plate}）夜间停工，并电话${SECRETS.phoneInText}告知。`,
  });

  // The same request, left in handling past its limit: the timers put its title in warnings,
  // overdue notices (escalated to the unit above) and the dashboard's and daily report's overdue lists.
  const again = await t.call('agent', 'POST', '/api/v1/tickets', {
    channel: 'phone',
    type: 'complaint',
    title: `${CALLER_NAME}再次反映501室楼上噪音，电话${SECRETS.phoneInText}`,
    content: `${CALLER_NAME}再次来电：3栋2单元501室楼上施工，车辆${SECRETS.plate}，身份证${SECRETS.idNumber}。`,
    caller: { name: CALLER_NAME, phone: CALLER_PHONE },
    address: '东城区东门街道芙蓉小区3栋2单元501室',
    categoryId: t.fx.categories['ENV-NOISE-BUILD'],
  });
  expect(again.status).toBe(201);
  overdue = again.body;
  await step('dispatcher', overdue.id, 'dispatch', { unitId: t.fx.units['DIST-1'] });
  await step('street1', overdue.id, 'accept');
  const alerts = await runJobsOnce({ db: t.ctx.db, ref: t.ctx.ref, now: () => new Date(Date.now() + 40 * 86_400_000) });
  expect(alerts.alerts).toBeGreaterThan(0);

  const conf = await t.call('agent', 'POST', '/api/v1/tickets', {
    channel: 'phone',
    type: 'report',
    title: `东门化工厂${CONFIDENTIAL_WORD}`,
    content: `举报东门化工厂夜间通过${CONFIDENTIAL_WORD}向河道排放废水，举报人要求保密。`,
    caller: { name: '赵举报', phone: '13711112222' },
    address: '东城区东门街道化工路8号',
    categoryId: t.fx.categories['ENV-NOISE-BUILD'],
    confidential: true,
  });
  expect(conf.status).toBe(201);
  expect(conf.body.confidential).toBe(true);
  secret = conf.body;
  await step('dispatcher', secret.id, 'dispatch', { unitId: t.fx.units.ENV, assistUnitIds: [t.fx.units.HR] });
  await step('env', secret.id, 'accept');
  await step('env', secret.id, 'note', { content: `现场发现${CONFIDENTIAL_WORD}两处` });

  // The calls the two were registered in, as the quality inspector's queue (话务质检) and the
  // tickets' hand-offs show them: the walk reads the caller's number and the texts there too.
  const db = t.database.db;
  const agentId = (await db.selectFrom('users').select('id').where('username', '=', 'agent').executeTakeFirstOrThrow()).id;
  const now = new Date(Date.now() - 3600_000); // an hour ago: no longer the agent's current call (which shows the full number)
  for (const [callId, ticketId] of [['pw-plain', plain.id], ['pw-secret', secret.id]] as const) {
    await db
      .insertInto('calls')
      .values({ id: callId, caller: CALLER_PHONE, agent_user_id: agentId, extension: null, state: 'ended', ringing_at: now, answered_at: now, ended_at: now, recording_url: `https://pbx.example.cn/rec/${callId}.mp3`, api_key_id: null, created_at: now, updated_at: now })
      .execute();
    await db.insertInto('call_tickets').values({ call_id: callId, ticket_id: ticketId, attached_by: null, attached_at: now }).execute();
    await db.insertInto('qa_samples').values({ call_id: callId, agent_user_id: agentId, reason: 'random', drawn_by: null, drawn_at: now }).execute();
    await db
      .insertInto('call_transfers')
      .values({ request_id: `req-${callId}`, call_id: callId, mode: 'conference', target: '0731-84440000', target_label: '值班室', requested_by: agentId, requested_at: now, status: 'failed', detail: `回拨${SECRETS.phoneInText}未接通` })
      .execute();
  }
});

afterAll(async () => {
  await t?.close();
});

/** Every GET route of the real app, from its own OpenAPI document, with its path filled in. */
async function getRoutes(): Promise<string[]> {
  const doc = (await t.call('admin', 'GET', '/api/v1/openapi.json')).body as { paths: Record<string, Record<string, unknown>> };
  const today = shanghaiDate(new Date());
  const urls: string[] = [];
  for (const [path, ops] of Object.entries(doc.paths)) {
    if (!('get' in ops)) continue;
    if (path === '/api/v1/events') continue; // a stream of ids (tested in live.test.ts); it never ends
    if (path.endsWith('.pdf')) continue; // rendered from the same HTML as /reports/daily, walked below
    const filled = path
      .replace('{phone}', CALLER_PHONE)
      .replace('{year}', '2026')
      .replace('{categoryId}', String(t.fx.categories['ENV-NOISE-BUILD']))
      .replace('{attachmentId}', '1');
    if (filled.includes('{id}')) {
      urls.push(filled.replace('{id}', String(plain.id)), filled.replace('{id}', String(secret.id)));
    } else urls.push(filled);
  }
  const apiBase = '/api/v1';
  urls.push(
    `${apiBase}/tickets?q=${encodeURIComponent('施工噪音')}`,
    `${apiBase}/tickets?q=${encodeURIComponent(CONFIDENTIAL_WORD)}`,
    `${apiBase}/tickets.xlsx`,
    `${apiBase}/tickets.xlsx?q=${encodeURIComponent('噪音')}`,
    `${apiBase}/reports/daily?date=${today}`,
    `${apiBase}/queues/inbox?view=all`,
    `${apiBase}/tickets?overdue=true`,
    `${apiBase}/notifications?unread=true`,
    `/open311/v2/requests.json`,
    `/open311/v2/requests/${plain.number}.json`,
    `/open311/v2/requests/${secret.number}.json`,
    `/open311/v2/servicerequestupdates.json`,
  );
  return urls;
}

/** A response as text: JSON, HTML, XML as they are; a workbook's cells. */
async function bodyText(user: string | null, url: string): Promise<{ status: number; text: string }> {
  const res = await t.app.inject({ method: 'GET', url, headers: user ? { authorization: `Bearer ${t.tokens[user]}` } : {} });
  const type = String(res.headers['content-type'] ?? '');
  if (res.statusCode === 200 && type.includes('spreadsheetml')) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ExcelJS.Buffer);
    const out: string[] = [];
    wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => out.push(String(cell.value ?? '')))));
    return { status: res.statusCode, text: out.join('\n') };
  }
  return { status: res.statusCode, text: res.body };
}

describe('personal data never leaves unmasked', () => {
  it('walks every GET route and export as every role and the public: no phone, ID, room, plate, e-mail or name', async () => {
    const urls = await getRoutes();
    expect(urls.length).toBeGreaterThan(40);
    const leaks: string[] = [];
    let read = 0;
    let sawTicketText = 0;
    for (const user of [...Object.keys(USERS), null]) {
      for (const url of urls) {
        const { status, text } = await bodyText(user, url);
        expect(status, `${user} ${url}: ${text.slice(0, 200)}`).toBeLessThan(500);
        if (status !== 200) continue;
        read++;
        if (text.includes('施工噪音')) sawTicketText++;
        for (const [what, value] of Object.entries(SECRETS)) {
          if (text.includes(value)) leaks.push(`${user ?? 'public'} ${url}: ${what} (${value})`);
        }
      }
    }
    expect(leaks).toEqual([]);
    // The walk did read the ticket's text (masked) in many places, so a clean result means something.
    expect(read).toBeGreaterThan(200);
    expect(sawTicketText).toBeGreaterThan(20);
  });

  it('the overdue ticket’s title reaches notifications and the overdue list, masked', async () => {
    const notes = await t.call('district', 'GET', '/api/v1/notifications');
    const mine = notes.body.items.filter((n: { ticketId: number }) => n.ticketId === overdue.id);
    expect(mine.length).toBeGreaterThan(0);
    for (const n of mine) expect(n.message).toContain('王**再次反映***室楼上噪音，电话138****5678');
    const list = await t.call('supervisor', 'GET', '/api/v1/dashboard/overdue');
    expect(list.status).toBe(200);
    expect(list.body.items.map((i: { title: string }) => i.title)).toContain('王**再次反映***室楼上噪音，电话138****5678');
  });

  it('refuses impossible dates with a 400 instead of rolling them over, and changes nothing', async () => {
    const before = await snapshot(t.database);
    for (const url of ['/api/v1/tickets?from=2026-13-01', '/api/v1/tickets?to=2026-02-30', '/api/v1/measures?from=2026-13-01', '/api/v1/tickets.xlsx?from=2026-00-10', '/api/v1/reports/daily?date=2026-02-29']) {
      const res = await t.call('admin', 'GET', url);
      expect(res.status, url).toBe(400);
      expect(res.headers['content-type'], url).toContain('application/problem+json');
    }
    expect(await snapshot(t.database)).toEqual(before);
  });

  it('shows the masked forms where staff read the ticket', async () => {
    const res = await t.call('analyst', 'GET', `/api/v1/tickets/${plain.id}`);
    expect(res.status).toBe(200);
    expect(res.body.caller).toEqual({ name: '王**', phone: '139****4321' });
    expect(res.body.content).toContain('手机138****5678');
    expect(res.body.content).toContain('身份证430102********1234');
    expect(res.body.content).toContain('3栋2单元***室');
    expect(res.body.content).toContain('车辆湘A****5');
    expect(res.body.content).toContain('邮箱w***@example.com');
    expect(res.body.address).toBe('东城区东门街道芙蓉小区3栋2单元***室');
    const replied = res.body.events.find((e: { type: string }) => e.type === 'replied');
    expect(replied.payload.content).toContain('王**（身份证430102********1234）');
  });

  it('an analyst cannot reveal; a dispatcher reveals, and the view is in the audit log', async () => {
    const before = await snapshot(t.database);
    expect((await t.call('analyst', 'POST', `/api/v1/tickets/${plain.id}/reveal`, {})).status).toBe(403);
    expect(await snapshot(t.database)).toEqual(before);
    const res = await t.call('dispatcher', 'POST', `/api/v1/tickets/${plain.id}/reveal`, {});
    expect(res.status).toBe(200);
    expect(res.body.phone).toBe(CALLER_PHONE);
    expect(res.body.name).toBe(CALLER_NAME);
    const log = await t.database.db.selectFrom('audit_log').selectAll().where('action', '=', 'reveal_caller').where('ticket_id', '=', plain.id).execute();
    expect(log).toHaveLength(1);
  });
});

describe('a confidential ticket (保密工单)', () => {
  /** Everything a user can GET, concatenated: the walk above, kept to one user. */
  async function everythingFor(user: string): Promise<string> {
    const parts: string[] = [];
    for (const url of await getRoutes()) {
      const { status, text } = await bodyText(user, url);
      if (status === 200) parts.push(text);
    }
    return parts.join('\n');
  }

  it('its text reaches the centre and the lead unit, never an assisting unit, an analyst or an export', async () => {
    for (const reader of ['agent', 'dispatcher', 'supervisor', 'qa', 'env']) {
      const res = await t.call(reader, 'GET', `/api/v1/tickets/${secret.id}`);
      expect(res.status, reader).toBe(200);
      expect(res.body.content, reader).toContain(CONFIDENTIAL_WORD);
    }
    // The assisting unit still sees that it has a ticket to help with, but not what it says.
    const assisting = await t.call('hr', 'GET', `/api/v1/tickets/${secret.id}`);
    expect(assisting.status).toBe(200);
    expect(assisting.body.confidential).toBe(true);
    expect(assisting.body.address).toBeNull();
    expect(assisting.body.caller).toEqual({ name: null, phone: null });
    for (const user of ['hr', 'analyst', 'street1', 'district']) {
      expect(await everythingFor(user), user).not.toContain(CONFIDENTIAL_WORD);
    }
    // Exports carry no confidential text, whoever asks.
    for (const user of ['admin', 'supervisor', 'env']) {
      const { status, text } = await bodyText(user, '/api/v1/tickets.xlsx');
      expect(status).toBe(200);
      expect(text).toContain(secret.number);
      expect(text, user).not.toContain(CONFIDENTIAL_WORD);
      expect(text).not.toContain('赵举报');
    }
  });

  it('its caller is revealed only by an admin who gives a reason, and the reason is logged', async () => {
    const before = await snapshot(t.database);
    const count = async () => (await t.database.db.selectFrom('audit_log').select('id').where('ticket_id', '=', secret.id).execute()).length;
    const logged = await count();
    for (const user of ['dispatcher', 'agent', 'supervisor', 'env']) {
      const res = await t.call(user, 'POST', `/api/v1/tickets/${secret.id}/reveal`, { reason: '核实' });
      expect(res.status, user).toBe(403);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    expect((await t.call('hr', 'POST', `/api/v1/tickets/${secret.id}/reveal`, { reason: '核实' })).status).toBe(404);
    const noReason = await t.call('admin', 'POST', `/api/v1/tickets/${secret.id}/reveal`, {});
    expect(noReason.status).toBe(400);
    expect(noReason.body.code).toBe('reason_required');
    expect(await snapshot(t.database)).toEqual(before);
    expect(await count()).toBe(logged);

    const ok = await t.call('admin', 'POST', `/api/v1/tickets/${secret.id}/reveal`, { reason: '纪检部门依法调取' });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ name: '赵举报', phone: '13711112222' });
    const row = await t.database.db.selectFrom('audit_log').selectAll().where('ticket_id', '=', secret.id).where('action', '=', 'reveal_caller').executeTakeFirstOrThrow();
    expect(row.detail).toMatchObject({ reason: '纪检部门依法调取', confidential: true });
  });

  it('is never a hot topic label nor public', async () => {
    const pub = await t.app.inject({ method: 'GET', url: `/open311/v2/requests/${secret.number}.json` });
    expect(pub.statusCode).toBe(404);
    const topics = await t.call('admin', 'GET', '/api/v1/hot-topics');
    expect(topics.status).toBe(200);
    expect(JSON.stringify(topics.body)).not.toContain(CONFIDENTIAL_WORD);
  });
});
