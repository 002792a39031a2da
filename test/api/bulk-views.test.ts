// Saved views and bulk steps: a bulk dispatch runs the real dispatch per ticket (deadlines by the
// calendar, events) and refuses only the tickets it must, with their reasons; a role that may not
// urge changes nothing; an export of selected ids holds only those rows, masked; a view shared to
// a role runs with each viewer's own scope.

import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shanghaiDate } from '../../src/domain/calendar.js';
import { snapshot, testApp, type TestApp } from '../helpers.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
}, 120_000);
afterAll(async () => t?.close());

let phoneSeq = 0;
async function register(extra: Record<string, unknown> = {}) {
  phoneSeq += 1;
  const phone = `1391234${String(phoneSeq).padStart(4, '0')}`;
  const res = await t.call('agent', 'POST', '/api/v1/tickets', {
    channel: 'phone',
    type: 'complaint',
    content: `建设路工地夜间施工噪音扰民，联系电话 ${phone}。`,
    caller: { name: '张三', phone },
    address: '东城区东门街道建设路12号',
    ...extra,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return { ...(res.body as { id: number; number: string }), phone };
}
const get = async (id: number) => (await t.call('admin', 'GET', `/api/v1/tickets/${id}`)).body;
const step = async (user: string, id: number, name: string, body: unknown) => {
  const res = await t.call(user, 'POST', `/api/v1/tickets/${id}/${name}`, body);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
};

describe('bulk dispatch (批量派单)', () => {
  it('dispatches each ticket by the real rules; one in a wrong state is refused with its reason, the others go through', async () => {
    const a = await register();
    const b = await register();
    const c = await register();
    await step('dispatcher', b.id, 'dispatch', { unitId: t.fx.units.HR }); // already out: wrong state
    const before = await get(b.id);
    // Fri 2026-02-13 16:00 Shanghai: accept within 1 working hour → 17:00; a complaint's 5 working
    // days run over the Spring Festival (Sat 02-14 a workday, 02-15..02-23 off) → Fri 02-27 16:00.
    const res = await t.at('2026-02-13 16:00', () =>
      t.call('dispatcher', 'POST', '/api/v1/tickets/bulk/dispatch', { ids: [a.id, b.id, c.id], unitId: t.fx.units.ENV, note: '批量派单' }),
    );
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.succeeded).toBe(2);
    expect(res.body.failed).toBe(1);
    const byId = new Map(res.body.results.map((r: { id: number }) => [r.id, r]));
    expect(byId.get(a.id)).toMatchObject({ ok: true, number: a.number, status: 'dispatched' });
    expect(byId.get(c.id)).toMatchObject({ ok: true, number: c.number, status: 'dispatched' });
    expect(byId.get(b.id)).toMatchObject({ ok: false, number: b.number, code: 'invalid_state' });
    expect((byId.get(b.id) as { message: string }).message).toContain('已派');
    for (const x of [a, c]) {
      const tk = await get(x.id);
      expect(tk.status).toBe('dispatched');
      expect(tk.unitId).toBe(t.fx.units.ENV);
      expect(tk.acceptBy).toBe(new Date('2026-02-13T17:00:00+08:00').toISOString());
      expect(tk.dueBy).toBe(new Date('2026-02-27T16:00:00+08:00').toISOString());
      const dispatched = tk.events.filter((e: { type: string }) => e.type === 'dispatched');
      expect(dispatched).toHaveLength(1);
    }
    // The refused one is exactly as it was: still with HR, no new event.
    const after = await get(b.id);
    expect(after.unitId).toBe(t.fx.units.HR);
    expect(after.events).toEqual(before.events);
  });

  it('a ticket outside the dispatcher-visible world is reported as not found, without its number', async () => {
    const a = await register();
    const res = await t.call('dispatcher', 'POST', '/api/v1/tickets/bulk/dispatch', { ids: [a.id, 2_000_000_000], unitId: t.fx.units.ENV });
    expect(res.status).toBe(200);
    expect(res.body.results).toEqual([
      { id: a.id, ok: true, number: a.number, status: 'dispatched' },
      { id: 2_000_000_000, ok: false, number: null, code: 'ticket_not_found', message: '工单不存在' },
    ]);
  });

  it('a retry with the same Idempotency-Key returns the first answer and dispatches nothing again', async () => {
    const a = await register();
    const body = { ids: [a.id], unitId: t.fx.units.ENV };
    const headers = { 'idempotency-key': `bulk-${a.id}` };
    const first = await t.call('dispatcher', 'POST', '/api/v1/tickets/bulk/dispatch', body, headers);
    expect(first.body.succeeded).toBe(1);
    const events = (await get(a.id)).events;
    const again = await t.call('dispatcher', 'POST', '/api/v1/tickets/bulk/dispatch', body, headers);
    expect(again.status).toBe(200);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toEqual(first.body);
    expect((await get(a.id)).events).toEqual(events);
    // The same key with another body is refused.
    const other = await t.call('dispatcher', 'POST', '/api/v1/tickets/bulk/dispatch', { ...body, unitId: t.fx.units.HR }, headers);
    expect(other.status).toBe(422);
    expect(other.body.code).toBe('idempotency_key_reused');
  });

  it('bad input (no ids, too many) is a problem+json and changes nothing', async () => {
    const a = await register();
    const before = await snapshot(t.database);
    for (const ids of [[], Array.from({ length: 201 }, (_, i) => i + 1), ['x']]) {
      const res = await t.call('dispatcher', 'POST', '/api/v1/tickets/bulk/dispatch', { ids, unitId: t.fx.units.ENV });
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    const noUnit = await t.call('dispatcher', 'POST', '/api/v1/tickets/bulk/dispatch', { ids: [a.id] });
    expect(noUnit.status).toBe(400);
    expect(await snapshot(t.database)).toEqual(before);
  });
});

describe('bulk urge (批量催办)', () => {
  it('a role that may not urge is refused and nothing changes anywhere', async () => {
    const a = await register();
    const b = await register();
    await step('dispatcher', a.id, 'dispatch', { unitId: t.fx.units.ENV });
    await step('dispatcher', b.id, 'dispatch', { unitId: t.fx.units.ENV });
    const before = await snapshot(t.database);
    for (const user of ['dispatcher', 'agent', 'env']) {
      const res = await t.call(user, 'POST', '/api/v1/tickets/bulk/supervise', { ids: [a.id, b.id], type: 'urge', content: '请尽快办理' }, { 'idempotency-key': `urge-${user}` });
      expect(res.status, user).toBe(403);
      expect(res.body.code).toBe('forbidden');
    }
    expect(await snapshot(t.database)).toEqual(before);
  });

  it('a supervisor urges each ticket: each carries the urge; a registered one is refused', async () => {
    const a = await register();
    const b = await register();
    const c = await register(); // still registered: cannot be urged
    await step('dispatcher', a.id, 'dispatch', { unitId: t.fx.units.ENV });
    await step('dispatcher', b.id, 'dispatch', { unitId: t.fx.units.HR });
    const res = await t.call('supervisor', 'POST', '/api/v1/tickets/bulk/supervise', { ids: [a.id, b.id, c.id], type: 'urge', content: '请尽快办理' });
    expect(res.status).toBe(200);
    expect(res.body.results.map((r: { ok: boolean }) => r.ok)).toEqual([true, true, false]);
    expect(res.body.results[2].code).toBe('invalid_state');
    for (const x of [a, b]) {
      const tk = await get(x.id);
      expect(tk.supervision).toMatchObject({ kind: 'urge', content: '请尽快办理' });
      expect(tk.events.filter((e: { type: string }) => e.type === 'supervised')).toHaveLength(1);
    }
    expect((await get(c.id)).supervision).toBeNull();
  });
});

describe('export of selected tickets', () => {
  async function rows(user: string, url: string) {
    const res = await t.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${t.tokens[user]}` } });
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ExcelJS.Buffer);
    const ws = wb.worksheets[0];
    const header = (ws.getRow(1).values as unknown[]).slice(1).map(String);
    const body: unknown[][] = [];
    ws.eachRow((row, n) => n > 1 && body.push((row.values as unknown[]).slice(1)));
    const text: string[] = [];
    wb.eachSheet((s) => s.eachRow((row) => row.eachCell((cell) => text.push(String(cell.value ?? '')))));
    return { header, body, text: text.join('\n'), total: res.headers['x-total-count'] };
  }

  it('holds only the selected rows, with personal data masked', async () => {
    const a = await register();
    const b = await register();
    const c = await register();
    const { header, body, text, total } = await rows('dispatcher', `/api/v1/tickets.xlsx?ids=${a.id},${c.id}`);
    const numberCol = header.indexOf('工单编号');
    expect(numberCol).toBeGreaterThanOrEqual(0);
    expect(body.map((r) => r[numberCol]).sort()).toEqual([a.number, c.number].sort());
    expect(total).toBe('2');
    expect(text).not.toContain(b.number);
    for (const x of [a, b, c]) expect(text).not.toContain(x.phone);
    expect(text).toContain(`${a.phone.slice(0, 3)}****${a.phone.slice(-4)}`);
    expect(text).toContain('选中的工单：2 张');
  });

  it("a unit handler's selection never reaches another unit's ticket", async () => {
    const a = await register();
    const b = await register();
    await step('dispatcher', a.id, 'dispatch', { unitId: t.fx.units.ENV });
    await step('dispatcher', b.id, 'dispatch', { unitId: t.fx.units.HR });
    const { body, text } = await rows('env', `/api/v1/tickets.xlsx?ids=${a.id},${b.id}`);
    expect(body).toHaveLength(1);
    expect(text).toContain(a.number);
    expect(text).not.toContain(b.number);
  });

  it('a malformed id list is a 400', async () => {
    const res = await t.call('dispatcher', 'GET', '/api/v1/tickets?ids=1,x');
    expect(res.status).toBe(400);
  });
});

describe('saved views', () => {
  const views = async (user: string) => {
    const res = await t.call(user, 'GET', '/api/v1/views');
    expect(res.status).toBe(200);
    return res.body.items as { key: string; id: number | null; name: string; query: Record<string, string>; count: number | null; own: boolean; sharedRole: string | null }[];
  };
  const list = async (user: string, query: Record<string, string>) => {
    const res = await t.call(user, 'GET', `/api/v1/tickets?${new URLSearchParams({ ...query, pageSize: '200' })}`);
    expect(res.status).toBe(200);
    return res.body as { items: { id: number }[]; total: number };
  };

  it('a shared view runs with each viewer’s own scope: a unit never sees another unit’s tickets through it', async () => {
    const e = await register({ content: '共享视图测试：环保局的工单' });
    const h = await register({ content: '共享视图测试：人社局的工单' });
    await step('dispatcher', e.id, 'dispatch', { unitId: t.fx.units.ENV });
    await step('dispatcher', h.id, 'dispatch', { unitId: t.fx.units.HR });
    // The admin publishes "dispatched complaints, and ENV's" to every unit handler.
    const all = await t.call('admin', 'POST', '/api/v1/views', { name: '已派投诉', query: { status: 'dispatched', type: 'complaint' }, sharedRole: 'unit_handler' });
    expect(all.status, JSON.stringify(all.body)).toBe(201);
    const envOnly = await t.call('admin', 'POST', '/api/v1/views', { name: '环保局的', query: { unit: String(t.fx.units.ENV) }, sharedRole: 'unit_handler' });
    expect(envOnly.status).toBe(201);

    const hrViews = await views('hr');
    const shared = hrViews.find((v) => v.id === all.body.id)!;
    expect(shared).toMatchObject({ name: '已派投诉', sharedRole: 'unit_handler', own: false });
    const hrList = await list('hr', shared.query);
    expect(hrList.items.map((x) => x.id)).toContain(h.id);
    expect(hrList.items.map((x) => x.id)).not.toContain(e.id);
    expect(shared.count).toBe(hrList.total);
    // Through the view naming ENV, HR sees nothing at all.
    const hrEnv = hrViews.find((v) => v.id === envOnly.body.id)!;
    expect(hrEnv.count).toBe(0);
    expect((await list('hr', hrEnv.query)).total).toBe(0);
    // ENV sees its own through both.
    const envViews = await views('env');
    expect((await list('env', envViews.find((v) => v.id === envOnly.body.id)!.query)).items.map((x) => x.id)).toContain(e.id);
    // Not published to dispatchers: they do not get it.
    expect((await views('dispatcher')).some((v) => v.id === all.body.id)).toBe(false);
    // Only the admin publishes or deletes a shared view.
    const before = await snapshot(t.database);
    const pub = await t.call('dispatcher', 'POST', '/api/v1/views', { name: '想共享', query: {}, sharedRole: 'agent' });
    expect(pub.status).toBe(403);
    expect((await t.call('hr', 'DELETE', `/api/v1/views/${all.body.id}`)).status).toBe(404);
    expect(await snapshot(t.database)).toEqual(before);
  });

  it('a personal view is its owner’s alone; a bad query is refused and saves nothing', async () => {
    const mine = await t.call('dispatcher', 'POST', '/api/v1/views', { name: '待派投诉', query: { status: 'registered', type: 'complaint', page: '' } });
    expect(mine.status, JSON.stringify(mine.body)).toBe(201);
    expect(mine.body.query).toEqual({ status: 'registered', type: 'complaint' });
    const own = (await views('dispatcher')).find((v) => v.id === mine.body.id)!;
    expect(own).toMatchObject({ own: true, sharedRole: null, name: '待派投诉' });
    expect(own.count).toBe((await list('dispatcher', own.query)).total);
    expect((await views('agent')).some((v) => v.id === mine.body.id)).toBe(false);
    expect((await t.call('agent', 'DELETE', `/api/v1/views/${mine.body.id}`)).status).toBe(404);

    const before = await snapshot(t.database);
    for (const query of [{ status: 'nonsense' }, { hacker: '1' }, { q: '，。' }]) {
      const res = await t.call('dispatcher', 'POST', '/api/v1/views', { name: '坏的', query });
      expect(res.status, JSON.stringify(query)).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    expect((await t.call('dispatcher', 'POST', '/api/v1/views', { name: '', query: {} })).status).toBe(400);
    expect(await snapshot(t.database)).toEqual(before);

    expect((await t.call('dispatcher', 'DELETE', `/api/v1/views/${mine.body.id}`)).status).toBe(204);
    expect((await views('dispatcher')).some((v) => v.id === mine.body.id)).toBe(false);
  });

  it('presets: 今日新建 counts today’s registrations; 本区投诉 is the street handler’s district; 我的超期 and 即将到期 need the alerts', async () => {
    const today = shanghaiDate(new Date());
    const inDistrict = await register({ districtId: t.fx.units.DIST, content: '本区投诉测试：东城区的投诉' });
    const consult = await register({ districtId: t.fx.units.DIST, type: 'consult', content: '本区咨询测试' });
    await step('dispatcher', inDistrict.id, 'dispatch', { unitId: t.fx.units['DIST-1'] });
    await step('dispatcher', consult.id, 'dispatch', { unitId: t.fx.units['DIST-1'] });

    const street = await views('street1');
    expect(street.slice(0, 4).map((v) => v.name)).toEqual(['我的超期', '本区投诉', '今日新建', '即将到期']);
    const district = street.find((v) => v.key === 'preset:district_complaints')!;
    expect(district.query).toEqual({ type: 'complaint', district: String(t.fx.units.DIST) });
    const streetList = await list('street1', district.query);
    expect(streetList.items.map((x) => x.id)).toContain(inDistrict.id);
    expect(streetList.items.map((x) => x.id)).not.toContain(consult.id);
    expect(district.count).toBe(streetList.total);
    // A department lies in no district: its own unit's complaints.
    expect((await views('env')).find((v) => v.key === 'preset:district_complaints')!.query).toEqual({ type: 'complaint', unit: String(t.fx.units.ENV) });

    const agentToday = (await views('agent')).find((v) => v.key === 'preset:today_new')!;
    expect(agentToday.query).toEqual({ from: today, to: today });
    const all = await t.database.db.selectFrom('tickets').select('id').where('created_at', '>=', new Date(`${today}T00:00:00+08:00`)).execute();
    expect(agentToday.count).toBe(all.length);

    const overdue = street.find((v) => v.key === 'preset:my_overdue')!;
    expect(overdue.query).toMatchObject({ alert: 'handle_overdue', mine: 'true' });
    expect(overdue.count).toBe(0);
  });

  it('我的超期 holds only overdue tickets I handle or took a step on', async () => {
    const x = await register({ content: '我的超期测试一' });
    const y = await register({ content: '我的超期测试二' });
    await step('dispatcher', x.id, 'dispatch', { unitId: t.fx.units.ENV });
    await step('dispatcher', y.id, 'dispatch', { unitId: t.fx.units.ENV });
    await step('env', x.id, 'accept', {});
    // Both past their limit (the timer raises the alert): written as the timer would.
    await t.database.db.updateTable('tickets').set({ alerts: ['handle_warning', 'handle_overdue'] }).where('id', 'in', [x.id, y.id]).execute();
    const q = (await views('env')).find((v) => v.key === 'preset:my_overdue')!;
    const ids = (await list('env', q.query)).items.map((r) => r.id);
    expect(ids).toContain(x.id);
    expect(ids).not.toContain(y.id);
    // 即将到期: warned but not yet overdue — neither of these.
    const soon = (await views('env')).find((v) => v.key === 'preset:due_soon')!;
    const soonIds = (await list('env', soon.query)).items.map((r) => r.id);
    expect(soonIds).not.toContain(x.id);
    await t.database.db.updateTable('tickets').set({ alerts: ['handle_warning'] }).where('id', '=', y.id).execute();
    expect((await list('env', soon.query)).items.map((r) => r.id)).toContain(y.id);
  });
});
