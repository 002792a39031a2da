// The admin screens' endpoints: units, categories, merged lines, users, the audit log.
// Only admins; bad input is a problem+json 400/409 that changes nothing; a new unit or
// category is usable at once (the ReferenceCache is reloaded) and breaks no existing ticket.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, snapshot, testApp, type TestApp } from '../helpers.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => {
  await t?.close();
});

/** A refused request: the status and code asked for, problem+json, and nothing changed (every table). */
async function refused(user: string | null, method: string, url: string, body: unknown, status: number, code?: string) {
  const before = await snapshot(t.database);
  const res = await t.call(user, method, url, body);
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  expect(res.headers['content-type']).toContain('application/problem+json');
  if (code) expect(res.body.code).toBe(code);
  expect(await snapshot(t.database)).toEqual(before);
  return res.body;
}

const register = async (body: Record<string, unknown> = {}) => {
  const res = await t.call('agent', 'POST', '/api/v1/tickets', { channel: 'phone', type: 'complaint', content: '小区门口道路破损，晚上容易摔倒。', ...body });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: number };
};

describe('only admins', () => {
  const writes: [string, string, unknown][] = [
    ['POST', '/api/v1/units', { code: 'X1', name: '某单位', kind: 'department', parentId: 1 }],
    ['PUT', '/api/v1/units/1', { name: '改名' }],
    ['POST', '/api/v1/units/2/deactivate', undefined],
    ['POST', '/api/v1/units/2/activate', undefined],
    ['GET', '/api/v1/admin/categories', undefined],
    ['POST', '/api/v1/categories', { code: 'C1', name: '某分类', parentId: null }],
    ['PUT', '/api/v1/categories/1', { name: '改名' }],
    ['POST', '/api/v1/categories/1/deactivate', undefined],
    ['POST', '/api/v1/categories/1/activate', undefined],
    ['POST', '/api/v1/lines', { number: '12315', name: '消费者投诉举报' }],
    ['PUT', '/api/v1/lines/1', { number: '12315', name: '消费者投诉举报' }],
    ['DELETE', '/api/v1/lines/1', undefined],
    ['PUT', '/api/v1/users/2', { role: 'admin' }],
    ['POST', '/api/v1/users/2/password', { password: 'new password 1' }],
    ['GET', '/api/v1/audit-log', undefined],
  ];
  it.each(writes)('%s %s: 401 without a token', async (method, url, body) => {
    await refused(null, method, url, body, 401);
  });
  it.each(writes.flatMap((w) => ['supervisor', 'agent', 'env'].map((u) => [...w, u] as [string, string, unknown, string])))('%s %s: 403 for %s', async (method, url, body, user) => {
    await refused(user, method, url, body, 403, 'forbidden');
  });
});

describe('units', () => {
  let street: number;
  it('a street under a district: saved, listed at once, dispatchable, audited', async () => {
    const res = await t.call('admin', 'POST', '/api/v1/units', { code: 'DIST-3', name: '南门街道', kind: 'street', parentId: t.fx.units.DIST });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ code: 'DIST-3', name: '南门街道', kind: 'street', parentId: t.fx.units.DIST, active: true });
    street = res.body.id;
    const units = (await t.call('agent', 'GET', '/api/v1/units')).body.items;
    expect(units.find((u: { id: number }) => u.id === street)).toMatchObject({ name: '南门街道', active: true });
    const ticket = await register({ address: '东城区南门街道人民路3号' });
    const d = await t.call('dispatcher', 'POST', `/api/v1/tickets/${ticket.id}/dispatch`, { unitId: street });
    expect(d.status, JSON.stringify(d.body)).toBe(200);
    // The district's handler sees tickets of the new street (its subtree).
    expect((await t.call('district', 'GET', `/api/v1/tickets/${ticket.id}`)).status).toBe(200);
    const log = (await t.call('admin', 'GET', '/api/v1/audit-log?action=unit.')).body;
    expect(log.items[0]).toMatchObject({ username: 'admin', action: 'unit.create' });
  });

  it.each([
    [{ code: 'ENV', name: '重复编码', kind: 'department', parentId: 1 }, 409, 'code_taken'],
    [{ code: 'S9', name: '挂错的街道', kind: 'street', parentId: 'ENV' }, 400, 'invalid_parent'],
    [{ code: 'S9', name: '没有上级', kind: 'department', parentId: null }, 400, 'parent_required'],
    [{ code: 'S9', name: '上级不存在', kind: 'department', parentId: 99999 }, 400, 'unknown_unit'],
    [{ code: 'S9', name: '第二个中心', kind: 'center', parentId: null }, 400, 'center_exists'],
    [{ code: 'S9', name: '类型不对', kind: 'bureau', parentId: 1 }, 400, 'validation_failed'],
    [{ code: 'S 9', name: '编码有空格', kind: 'department', parentId: 1 }, 400, 'validation_failed'],
    [{ code: 'S9', name: '   ', kind: 'department', parentId: 1 }, 400, 'validation_failed'],
  ])('refuses %j', async (body, status, code) => {
    const b = { ...body, parentId: body.parentId === 'ENV' ? t.fx.units.ENV : body.parentId === 1 ? t.fx.units.CENTER : body.parentId };
    const p = await refused('admin', 'POST', '/api/v1/units', b, status, code);
    expect(p.detail).toMatch(/[\u4e00-\u9fff]/);
  });

  it('edits: rename and move; no cycles; a district with tickets keeps its kind', async () => {
    const res = await t.call('admin', 'PUT', `/api/v1/units/${street}`, { name: '南门街道办事处', sort: 3 });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ name: '南门街道办事处', sort: 3, usage: { open: 1, all: 1 } });
    await refused('admin', 'PUT', `/api/v1/units/${t.fx.units.DIST}`, { parentId: t.fx.units['DIST-1'] }, 400, 'invalid_parent');
    await refused('admin', 'PUT', `/api/v1/units/${t.fx.units.DIST}`, { kind: 'department' }, 409, 'unit_in_use');
    await refused('admin', 'PUT', `/api/v1/units/${t.fx.units.ENV}`, { code: 'HR' }, 409, 'code_taken');
    await refused('admin', 'PUT', '/api/v1/units/99999', { name: '不存在' }, 404, 'not_found');
  });

  it('deactivate: not a parent of active units, not the centre; the ticket stays; no new dispatch', async () => {
    await refused('admin', 'POST', `/api/v1/units/${t.fx.units.DIST}/deactivate`, undefined, 409, 'unit_has_children');
    await refused('admin', 'POST', `/api/v1/units/${t.fx.units.CENTER}/deactivate`, undefined, 400, 'invalid_kind');
    const res = await t.call('admin', 'POST', `/api/v1/units/${street}/deactivate`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ active: false, usage: { open: 1 } });
    const other = await register();
    const d = await t.call('dispatcher', 'POST', `/api/v1/tickets/${other.id}/dispatch`, { unitId: street });
    expect(d.status).toBe(400);
    // Tickets already there are untouched and listed.
    const list = (await t.call('supervisor', 'GET', `/api/v1/tickets?unit=${street}`)).body;
    expect(list.total).toBe(1);
    expect((await t.call('admin', 'POST', `/api/v1/units/${street}/activate`)).body.active).toBe(true);
  });
});

describe('categories', () => {
  let leaf: number;
  it('a third-level category under 工资待遇: level from its parent, usable at once', async () => {
    const res = await t.call('admin', 'POST', '/api/v1/categories', { code: 'HR-WAGE-SOCIAL', name: '社保缴纳', parentId: t.fx.categories['HR-WAGE'], leadUnitId: t.fx.units.HR });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ level: 3, active: true, leadUnitId: t.fx.units.HR });
    leaf = res.body.id;
    expect((await t.call('agent', 'GET', '/api/v1/categories')).body.items.some((c: { id: number }) => c.id === leaf)).toBe(true);
    await register({ categoryId: leaf });
    const top = await t.call('admin', 'POST', '/api/v1/categories', { code: 'TRAFFIC', name: '交通出行', parentId: null });
    expect(top.body.level).toBe(1);
  });
  it.each([
    [{ code: 'HR', name: '重复', parentId: null }, 409, 'code_taken'],
    [{ code: 'X', name: '上级不存在', parentId: 99999 }, 400, 'unknown_category'],
    [{ code: 'X', name: '主办单位是中心', parentId: null, leadUnitId: 'CENTER' }, 400, 'unknown_unit'],
    [{ code: 'X', name: '', parentId: null }, 400, 'validation_failed'],
  ])('refuses %j', async (body: Record<string, unknown>, status, code) => {
    const b = { ...body, ...(body.leadUnitId ? { leadUnitId: t.fx.units.CENTER } : {}) };
    await refused('admin', 'POST', '/api/v1/categories', b, status, code);
  });
  it('at most four levels', async () => {
    const l4 = await t.call('admin', 'POST', '/api/v1/categories', { code: 'L4', name: '第四级', parentId: leaf });
    expect(l4.body.level).toBe(4);
    await refused('admin', 'POST', '/api/v1/categories', { code: 'L5', name: '第五级', parentId: l4.body.id }, 400, 'too_deep');
  });
  it('edit, deactivate (children first), and the list with inactive ones', async () => {
    expect((await t.call('admin', 'PUT', `/api/v1/categories/${leaf}`, { name: '社会保险缴纳' })).body.name).toBe('社会保险缴纳');
    await refused('admin', 'POST', `/api/v1/categories/${leaf}/deactivate`, undefined, 409, 'category_has_children');
    const all = (await t.call('admin', 'GET', '/api/v1/admin/categories')).body.items;
    const l4 = all.find((c: { code: string }) => c.code === 'L4');
    expect((await t.call('admin', 'POST', `/api/v1/categories/${l4.id}/deactivate`)).body.active).toBe(false);
    const after = (await t.call('admin', 'GET', '/api/v1/admin/categories')).body.items;
    expect(after.find((c: { id: number }) => c.id === l4.id).active).toBe(false);
    await refused('admin', 'PUT', `/api/v1/categories/${leaf}`, { leadUnitId: 99999 }, 400, 'unknown_unit');
  });
});

describe('merged lines', () => {
  it('create, refuse a duplicate or a bad number, edit, delete', async () => {
    const res = await t.call('admin', 'POST', '/api/v1/lines', { number: '12333', name: '人社服务热线', categoryId: t.fx.categories.HR, unitId: t.fx.units.HR });
    expect(res.status).toBe(201);
    await refused('admin', 'POST', '/api/v1/lines', { number: '12333', name: '重复' }, 409, 'number_taken');
    await refused('admin', 'POST', '/api/v1/lines', { number: '12a', name: '坏号码' }, 400, 'validation_failed');
    await refused('admin', 'POST', '/api/v1/lines', { number: '12369', name: '分类不存在', categoryId: 99999 }, 400, 'unknown_category');
    const upd = await t.call('admin', 'PUT', `/api/v1/lines/${res.body.id}`, { number: '12333', name: '12333 人社热线', categoryId: null, unitId: t.fx.units.HR });
    expect(upd.body).toMatchObject({ name: '12333 人社热线', categoryId: null });
    expect((await t.call('agent', 'GET', '/api/v1/lines')).body.items.map((l: { number: string }) => l.number)).toContain('12333');
    expect((await t.call('admin', 'DELETE', `/api/v1/lines/${res.body.id}`)).status).toBe(204);
    await refused('admin', 'DELETE', `/api/v1/lines/${res.body.id}`, undefined, 404);
  });
});

describe('users', () => {
  const idOf = async (username: string) => (await t.call('admin', 'GET', '/api/v1/users')).body.items.find((u: { username: string }) => u.username === username).id as number;
  const login = (username: string, password = PASSWORD) => t.call(null, 'POST', '/api/v1/auth/login', { username, password });

  it('changes role and unit; a unit handler needs a unit', async () => {
    const id = await idOf('analyst');
    await refused('admin', 'PUT', `/api/v1/users/${id}`, { role: 'unit_handler' }, 400, 'unit_required');
    await refused('admin', 'PUT', `/api/v1/users/${id}`, { role: 'unit_handler', unitId: 99999 }, 400, 'unknown_unit');
    await refused('admin', 'PUT', `/api/v1/users/${id}`, { role: 'boss' }, 400, 'validation_failed');
    const res = await t.call('admin', 'PUT', `/api/v1/users/${id}`, { role: 'unit_handler', unitId: t.fx.units.HR, displayName: '王分析' });
    expect(res.body).toMatchObject({ role: 'unit_handler', unitId: t.fx.units.HR, displayName: '王分析', active: true });
    expect((await login('analyst')).body.user).toMatchObject({ role: 'unit_handler', unitId: t.fx.units.HR });
    await t.call('admin', 'PUT', `/api/v1/users/${id}`, { role: 'analyst', unitId: null });
  });

  it('an admin cannot lock themselves out', async () => {
    const me = await idOf('admin');
    await refused('admin', 'PUT', `/api/v1/users/${me}`, { active: false }, 400, 'cannot_change_self');
    await refused('admin', 'PUT', `/api/v1/users/${me}`, { role: 'agent' }, 400, 'cannot_change_self');
    await refused('admin', 'PUT', '/api/v1/users/99999', { active: false }, 404);
  });

  it('deactivating signs the user out and refuses sign-in; reactivating restores it', async () => {
    const id = await idOf('street2');
    expect((await t.call('admin', 'PUT', `/api/v1/users/${id}`, { active: false })).body.active).toBe(false);
    expect((await login('street2')).status).toBe(401);
    const sessions = await t.database.db.selectFrom('sessions').select('user_id').where('user_id', '=', id).execute();
    expect(sessions).toEqual([]);
    await t.call('admin', 'PUT', `/api/v1/users/${id}`, { active: true });
    expect((await login('street2')).status).toBe(200);
  });

  it('a password reset: the new one works, the old one does not', async () => {
    const id = await idOf('callback');
    await refused('admin', 'POST', `/api/v1/users/${id}/password`, { password: 'short' }, 400, 'weak_password');
    expect((await t.call('admin', 'POST', `/api/v1/users/${id}/password`, { password: 'a brand new secret' })).status).toBe(204);
    expect((await login('callback')).status).toBe(401);
    expect((await login('callback', 'a brand new secret')).status).toBe(200);
    const log = (await t.call('admin', 'GET', '/api/v1/audit-log?action=user.')).body;
    expect(log.items.map((e: { action: string }) => e.action)).toContain('user.reset_password');
    expect(JSON.stringify(log)).not.toContain('a brand new secret');
  });
});
