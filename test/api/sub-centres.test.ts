// Merged lines and centres (issue 15 item 2, 分中心): a line must exist and brings its default
// category; a sub-centre's line's tickets belong to the sub-centre, which dispatches them within
// its own tree from its own queue; the root centre sees them and can take one back (move); on a
// province's shared platform each city's staff see their city and the province moves between them.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/domain/ticket-types.js';
import { createUser } from '../../src/store/users.js';
import { PASSWORD, snapshot, testApp, type TestApp } from '../helpers.js';

let t: TestApp;

beforeAll(async () => {
  t = await testApp();
  const db = t.database.db;
  await db.insertInto('lines').values({ number: '12333', name: '人社服务热线', category_id: t.fx.categories['HR-WAGE'], unit_id: t.fx.units.HR }).execute();
});
afterAll(async () => t?.close());

const request = { channel: 'phone', type: 'complaint', content: '单位拖欠工资三个月未发放，请求协调处理。', callerPhone: '13800138000' };

describe('lines at intake', () => {
  it('a line that does not exist is 400 unknown_line and changes nothing', async () => {
    const before = await snapshot(t.database);
    const res = await t.call('agent', 'POST', '/api/v1/tickets', { ...request, line: '12399' });
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body.code).toBe('unknown_line');
    expect(await snapshot(t.database)).toEqual(before);
  });

  it("a line's default category applies when the request names none; a named one wins", async () => {
    const a = await t.call('agent', 'POST', '/api/v1/tickets', { ...request, line: '12333' });
    expect(a.status).toBe(201);
    expect(a.body.line).toBe('12333');
    expect(a.body.categoryId).toBe(t.fx.categories['HR-WAGE']);
    const b = await t.call('agent', 'POST', '/api/v1/tickets', { ...request, line: '12333', categoryId: t.fx.categories['ENV-NOISE'] });
    expect(b.status).toBe(201);
    expect(b.body.categoryId).toBe(t.fx.categories['ENV-NOISE']);
    const c = await t.call('agent', 'POST', '/api/v1/tickets', request);
    expect(c.status).toBe(201);
    expect(c.body.line).toBeNull();
    expect(c.body.categoryId).toBeNull();
  });
});

describe('sub-centres (分中心) and a province of cities (省市共用)', () => {
  const u: Record<string, number> = {};
  const extra: Record<string, { role: Role; unit: string }> = {
    samr_agent: { role: 'agent', unit: 'SAMR' },
    samr_dispatcher: { role: 'dispatcher', unit: 'SAMR' },
    hs_dispatcher: { role: 'dispatcher', unit: 'HS' },
    a_agent: { role: 'agent', unit: 'CITY-A' },
    a_dispatcher: { role: 'dispatcher', unit: 'CITY-A' },
    a_supervisor: { role: 'supervisor', unit: 'CITY-A' },
    b_dispatcher: { role: 'dispatcher', unit: 'CITY-B' },
  };
  let ticketId = 0;

  beforeAll(async () => {
    const db = t.database.db;
    const add = async (code: string, name: string, kind: string, parent: number) => {
      u[code] = (await db.insertInto('units').values({ code, name, kind, parent_id: parent }).returning('id').executeTakeFirstOrThrow()).id;
    };
    await add('SAMR', '测试市市场监管局', 'department', t.fx.units.CENTER);
    await add('SAMR-E', '市场监管局东城分局', 'department', u.SAMR);
    await add('HS', '测试市医保局', 'department', t.fx.units.CENTER);
    await add('HS-E', '医保局东城分局', 'department', u.HS);
    await db.updateTable('units').set({ is_centre: true }).where('id', '=', u.HS).execute();
    // Two cities' centres on the province's platform (the fixture's root centre is the province's).
    await add('CITY-A', '甲市12345热线中心', 'center', t.fx.units.CENTER);
    await add('CITY-B', '乙市12345热线中心', 'center', t.fx.units.CENTER);
    await add('A-DEPT', '甲市住建局', 'department', u['CITY-A']);
    await add('B-DEPT', '乙市住建局', 'department', u['CITY-B']);
    await db.updateTable('units').set({ is_centre: true }).where('id', 'in', [u['CITY-A'], u['CITY-B']]).execute();
    t.ctx.ref.invalidate();
    for (const [username, x] of Object.entries(extra)) {
      await createUser(db, { username, password: PASSWORD, role: x.role, unitId: u[x.unit] });
      const res = await t.call(null, 'POST', '/api/v1/auth/login', { username, password: PASSWORD });
      t.tokens[username] = res.body.token;
    }
  });

  const queueIds = async (user: string) => {
    const res = await t.call(user, 'GET', '/api/v1/queues/dispatch?view=registered');
    expect(res.status).toBe(200);
    return res.body.items.map((i: { id: number }) => i.id);
  };
  const listIds = async (user: string) => {
    const res = await t.call(user, 'GET', '/api/v1/tickets?pageSize=100');
    expect(res.status).toBe(200);
    return res.body.items.map((i: { id: number }) => i.id);
  };
  /** A step that must be refused and change nothing. */
  const refused = async (user: string, id: number, step: string, body: unknown, status: number, code?: string) => {
    const before = await snapshot(t.database);
    const res = await t.call(user, 'POST', `/api/v1/tickets/${id}/${step}`, body);
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    if (code) expect(res.body.code).toBe(code);
    expect(await snapshot(t.database)).toEqual(before);
  };

  it('an admin marks a unit a centre and puts a line in sub-centre mode, audited; a sub-centre line needs a centre', async () => {
    const marked = await t.call('admin', 'PUT', `/api/v1/units/${u.SAMR}`, { isCentre: true });
    expect(marked.status, JSON.stringify(marked.body)).toBe(200);
    expect(marked.body.isCentre).toBe(true);
    const bad = await t.call('admin', 'POST', '/api/v1/lines', { number: '12315', name: '消费者投诉举报热线', unitId: t.fx.units.ENV, mode: 'sub_centre' });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('unit_not_centre');
    const wrongMode = await t.call('admin', 'POST', '/api/v1/lines', { number: '12315', name: '消费者投诉举报热线', unitId: u.SAMR, mode: 'split' });
    expect(wrongMode.status).toBe(400);
    const line = await t.call('admin', 'POST', '/api/v1/lines', { number: '12315', name: '消费者投诉举报热线', unitId: u.SAMR, mode: 'sub_centre' });
    expect(line.status, JSON.stringify(line.body)).toBe(201);
    expect(line.body.mode).toBe('sub_centre');
    const lines = await t.call('agent', 'GET', '/api/v1/lines');
    expect(lines.body.items.find((l: { number: string }) => l.number === '12315').mode).toBe('sub_centre');
    expect(lines.body.items.find((l: { number: string }) => l.number === '12333').mode).toBe('merged');
    const units = await t.call('agent', 'GET', '/api/v1/units');
    const centres = units.body.items.filter((x: { isCentre: boolean }) => x.isCentre).map((x: { id: number }) => x.id).sort((a: number, b: number) => a - b);
    expect(centres).toEqual([t.fx.units.CENTER, u.SAMR, u.HS, u['CITY-A'], u['CITY-B']].sort((a, b) => a - b));
    const log = await t.database.db.selectFrom('audit_log').select(['action', 'detail']).where('action', 'in', ['unit.update', 'line.create']).orderBy('id').execute();
    expect(log.map((l) => l.action)).toEqual(['unit.update', 'line.create']);
    expect((log[0].detail as any).after.isCentre).toBe(true);
    expect((log[1].detail as any).after.mode).toBe('sub_centre');
  });

  it('a centre in use stays one: its sub-centre line or its open tickets make unmarking it 409, nothing changed', async () => {
    const before = await t.database.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
    const res = await t.call('admin', 'PUT', `/api/v1/units/${u.SAMR}`, { isCentre: false });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('centre_in_use');
    expect((await t.call('agent', 'GET', '/api/v1/units')).body.items.find((x: { id: number }) => x.id === u.SAMR).isCentre).toBe(true);
    const after = await t.database.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
    // A centre with neither may be unmarked (and marked again).
    expect((await t.call('admin', 'PUT', `/api/v1/units/${u.HS}`, { isCentre: false })).body.isCentre).toBe(false);
    expect((await t.call('admin', 'PUT', `/api/v1/units/${u.HS}`, { isCentre: true })).body.isCentre).toBe(true);
  });

  it("a 12315 ticket belongs to the sub-centre: in its dispatch queue, not the root's; the root sees it; another sub-centre gets 404", async () => {
    const res = await t.call('agent', 'POST', '/api/v1/tickets', { ...request, content: '超市销售过期食品，要求处理。', line: '12315' });
    expect(res.status).toBe(201);
    ticketId = res.body.id;
    expect(res.body.centreId).toBe(u.SAMR);
    expect(res.body.centreName).toBe('测试市市场监管局');
    expect(await queueIds('samr_dispatcher')).toContain(ticketId);
    expect(await queueIds('dispatcher')).not.toContain(ticketId);
    // The root centre supervises: it sees the ticket, in the list and on its own.
    expect(await listIds('dispatcher')).toContain(ticketId);
    expect((await t.call('supervisor', 'GET', `/api/v1/tickets/${ticketId}`)).status).toBe(200);
    // Another sub-centre's staff: as if it did not exist.
    expect((await t.call('hs_dispatcher', 'GET', `/api/v1/tickets/${ticketId}`)).status).toBe(404);
    expect(await listIds('hs_dispatcher')).not.toContain(ticketId);
    expect(await queueIds('hs_dispatcher')).not.toContain(ticketId);
    await refused('hs_dispatcher', ticketId, 'dispatch', { unitId: u['HS-E'] }, 404, 'ticket_not_found');
    // A ticket the sub-centre's own agent registers without a line is the sub-centre's too.
    const own = await t.call('samr_agent', 'POST', '/api/v1/tickets', { ...request, content: '网购商品质量问题投诉。' });
    expect(own.body.centreId).toBe(u.SAMR);
    // The root's agent's ticket is the root's: the sub-centre does not see it.
    const root = await t.call('agent', 'POST', '/api/v1/tickets', { ...request, content: '小区噪声扰民。' });
    expect(root.body.centreId).toBe(t.fx.units.CENTER);
    expect((await t.call('samr_dispatcher', 'GET', `/api/v1/tickets/${root.body.id}`)).status).toBe(404);
    expect(await queueIds('dispatcher')).toContain(root.body.id);
  });

  it('the sub-centre dispatches within its own tree; outside it is 400 unit_outside_centre', async () => {
    await refused('samr_dispatcher', ticketId, 'dispatch', { unitId: t.fx.units.ENV }, 400, 'unit_outside_centre');
    await refused('samr_dispatcher', ticketId, 'dispatch', { unitId: u['SAMR-E'], assistUnitIds: [t.fx.units.HR] }, 400, 'unit_outside_centre');
    const ok = await t.call('samr_dispatcher', 'POST', `/api/v1/tickets/${ticketId}/dispatch`, { unitId: u['SAMR-E'] });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body.status).toBe('dispatched');
    await refused('samr_dispatcher', ticketId, 'reroute', { unitId: t.fx.units.ENV, reason: '改派环保' }, 400, 'unit_outside_centre');
  });

  it('the root takes it back (move): the dispatch is undone and it is in the root queue; wrong roles and bad input change nothing', async () => {
    await refused('samr_dispatcher', ticketId, 'move', { centreId: t.fx.units.CENTER, reason: '上收' }, 403, 'centre_outside_scope');
    await refused('agent', ticketId, 'move', { centreId: t.fx.units.CENTER, reason: '上收' }, 403, 'forbidden');
    await refused('callback', ticketId, 'move', { centreId: t.fx.units.CENTER, reason: '上收' }, 403, 'forbidden');
    await refused('hs_dispatcher', ticketId, 'move', { centreId: u.HS, reason: '上收' }, 404, 'ticket_not_found');
    await refused('dispatcher', ticketId, 'move', { centreId: t.fx.units.ENV, reason: '上收' }, 400, 'unknown_centre');
    await refused('dispatcher', ticketId, 'move', { centreId: u.SAMR, reason: '上收' }, 400, 'same_centre');
    await refused('dispatcher', ticketId, 'move', { centreId: t.fx.units.CENTER }, 400);
    await refused('dispatcher', ticketId, 'move', { centreId: t.fx.units.CENTER, reason: '   ' }, 400);
    const moved = await t.call('dispatcher', 'POST', `/api/v1/tickets/${ticketId}/move`, { centreId: t.fx.units.CENTER, reason: '涉及多部门，由市中心统一派单' });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect(moved.body).toMatchObject({ status: 'registered', centreId: t.fx.units.CENTER, unitId: null, chain: [] });
    expect(await queueIds('dispatcher')).toContain(ticketId);
    expect(await queueIds('samr_dispatcher')).not.toContain(ticketId);
    expect((await t.call('samr_dispatcher', 'GET', `/api/v1/tickets/${ticketId}`)).status).toBe(404);
    const detail = await t.call('dispatcher', 'GET', `/api/v1/tickets/${ticketId}`);
    expect(detail.body.events.at(-1)).toMatchObject({ type: 'moved', payload: { fromCentreId: u.SAMR, centreId: t.fx.units.CENTER, unitId: u['SAMR-E'] } });
    // Back with the root, it dispatches anywhere.
    const again = await t.call('dispatcher', 'POST', `/api/v1/tickets/${ticketId}/dispatch`, { unitId: t.fx.units.ENV });
    expect(again.status).toBe(200);
  });

  it("a province's cities: each city's staff see only their city; the province sees both and moves between them", async () => {
    const res = await t.call('a_agent', 'POST', '/api/v1/tickets', { ...request, content: '甲市某小区电梯长期故障。' });
    expect(res.status).toBe(201);
    const id = res.body.id;
    expect(res.body.centreId).toBe(u['CITY-A']);
    expect(await queueIds('a_dispatcher')).toContain(id);
    expect(await listIds('a_supervisor')).toContain(id);
    expect(await listIds('a_supervisor')).not.toContain(ticketId); // the root's
    expect((await t.call('b_dispatcher', 'GET', `/api/v1/tickets/${id}`)).status).toBe(404);
    expect(await listIds('b_dispatcher')).not.toContain(id);
    expect(await queueIds('dispatcher')).not.toContain(id); // the province's own queue: its own tickets
    expect(await listIds('supervisor')).toContain(id);
    // A city cannot hand its ticket to the other city; the province can.
    await refused('a_dispatcher', id, 'move', { centreId: u['CITY-B'], reason: '属乙市' }, 403, 'centre_outside_scope');
    await refused('a_dispatcher', id, 'dispatch', { unitId: u['B-DEPT'] }, 400, 'unit_outside_centre');
    const moved = await t.call('supervisor', 'POST', `/api/v1/tickets/${id}/move`, { centreId: u['CITY-B'], reason: '事发地在乙市' });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect(moved.body.centreId).toBe(u['CITY-B']);
    expect((await t.call('a_dispatcher', 'GET', `/api/v1/tickets/${id}`)).status).toBe(404);
    expect(await queueIds('b_dispatcher')).toContain(id);
    await refused('b_dispatcher', id, 'dispatch', { unitId: u['A-DEPT'] }, 400, 'unit_outside_centre');
    const dispatched = await t.call('b_dispatcher', 'POST', `/api/v1/tickets/${id}/dispatch`, { unitId: u['B-DEPT'] });
    expect(dispatched.status).toBe(200);
  });

  it("the dashboard's open and overdue tickets are a city's own for its staff, every city's for the province", async () => {
    await t.call('a_agent', 'POST', '/api/v1/tickets', { ...request, content: '甲市某路段路灯不亮。' });
    const open = async (centres: number[] | null) => {
      let q = t.database.db.selectFrom('tickets').select((eb) => eb.fn.countAll<string>().as('n')).where('status', 'in', ['registered', 'dispatched', 'handling', 'replied']);
      if (centres) q = q.where('centre_id', 'in', centres);
      return Number((await q.executeTakeFirstOrThrow()).n);
    };
    const shown = async (user: string) => {
      const res = await t.call(user, 'GET', '/api/v1/dashboard/summary');
      expect(res.status).toBe(200);
      return Object.values(res.body.open as Record<string, number>).reduce((a, n) => a + n, 0);
    };
    expect(await open([u['CITY-A']])).toBe(1);
    expect(await shown('a_supervisor')).toBe(1);
    expect(await shown('supervisor')).toBe(await open(null));
    expect(await shown('supervisor')).toBeGreaterThan(1);
    const overdue = await t.call('a_supervisor', 'GET', '/api/v1/dashboard/overdue');
    expect(overdue.status).toBe(200);
    expect(overdue.body.total).toBe(0);
  });

  it("notifications: a city's staff see and mark read only those about their city's tickets; the province sees every city's", async () => {
    const mine = await t.call('a_agent', 'POST', '/api/v1/tickets', { ...request, content: '甲市某小区地下车库积水。' });
    const theirs = await t.call('agent', 'POST', '/api/v1/tickets', { ...request, content: '省本级受理的一件工单。' });
    const at = new Date();
    const [a, root] = (
      await t.database.db
      .insertInto('notifications')
      .values([
        { unit_id: null, ticket_id: mine.body.id, kind: 'dispatch_warning', message: '甲市工单即将超过派单时限', created_at: at },
        { unit_id: null, ticket_id: theirs.body.id, kind: 'dispatch_warning', message: '省本级工单即将超过派单时限', created_at: at },
      ])
      .returning('id')
      .execute()
    ).map((n) => ({ id: String(n.id) }));
    const ids = async (user: string) => (await t.call(user, 'GET', '/api/v1/notifications?pageSize=200')).body.items.map((n: { id: number }) => String(n.id));
    expect(await ids('a_supervisor')).toContain(a.id);
    expect(await ids('a_supervisor')).not.toContain(root.id);
    expect(await ids('b_dispatcher')).not.toContain(a.id);
    expect(await ids('supervisor')).toEqual(expect.arrayContaining([a.id, root.id]));
    // Marking another city's notification is as if it were not there; read-all leaves it unread.
    const before = await snapshot(t.database);
    expect((await t.call('b_dispatcher', 'POST', `/api/v1/notifications/${a.id}/read`)).status).toBe(404);
    expect(await snapshot(t.database)).toEqual(before);
    await t.call('a_supervisor', 'POST', '/api/v1/notifications/read-all', {});
    const unread = async (user: string) => (await t.call(user, 'GET', '/api/v1/notifications?unread=true&pageSize=200')).body.items.map((n: { id: number }) => String(n.id));
    expect(await unread('supervisor')).toContain(root.id);
    expect(await unread('supervisor')).not.toContain(a.id);
    // unread=false is every notification, read or not (it was read as true before).
    expect(await ids('supervisor')).toEqual(expect.arrayContaining([a.id, root.id]));
    expect((await t.call('supervisor', 'GET', '/api/v1/notifications?unread=false&pageSize=200')).body.items.map((n: { id: number }) => String(n.id))).toContain(a.id);
  });
});
