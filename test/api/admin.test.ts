// Users, units, categories and the OpenAPI document.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMAND_KINDS } from '../../src/domain/ticket.js';
import { testApp, type TestApp, snapshot } from '../helpers.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => {
  await t?.close();
});

describe('users', () => {
  it('an admin creates a user who can then sign in with that role', async () => {
    const created = await t.call('admin', 'POST', '/api/v1/users', { username: 'new-handler', password: 'a long password', role: 'unit_handler', unitId: t.fx.units.HR });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ username: 'new-handler', role: 'unit_handler', unitId: t.fx.units.HR });
    expect(created.body.password_hash).toBeUndefined();
    expect(JSON.stringify(created.body)).not.toContain('a long password');
    const login = await t.call(null, 'POST', '/api/v1/auth/login', { username: 'new-handler', password: 'a long password' });
    expect(login.status).toBe(200);
    expect(login.body.user).toMatchObject({ role: 'unit_handler', unitId: t.fx.units.HR });
  });

  it('refuses non-admins, duplicates, unknown roles and units, short passwords', async () => {
    const body = { username: 'someone', password: 'a long password', role: 'agent' };
    const before = await snapshot(t.database);
    expect((await t.call('dispatcher', 'POST', '/api/v1/users', body)).status).toBe(403);
    expect((await t.call('agent', 'GET', '/api/v1/users')).status).toBe(403);
    expect((await t.call('admin', 'POST', '/api/v1/users', { ...body, username: 'agent' })).status).toBe(409);
    expect((await t.call('admin', 'POST', '/api/v1/users', { ...body, role: 'king' })).status).toBe(400);
    expect((await t.call('admin', 'POST', '/api/v1/users', { ...body, password: 'short' })).status).toBe(400);
    expect((await t.call('admin', 'POST', '/api/v1/users', { ...body, unitId: 999_999 })).body.code).toBe('unknown_unit');
    expect((await t.call('admin', 'POST', '/api/v1/users', { ...body, role: 'unit_handler' })).body.code).toBe('unit_required');
    const users = await t.call('admin', 'GET', '/api/v1/users');
    expect(users.body.items.map((u: { username: string }) => u.username)).not.toContain('someone');
    expect(await snapshot(t.database)).toEqual(before);
  });
});

describe('reference data', () => {
  it('units come whole, as a tree', async () => {
    const res = await t.call('agent', 'GET', '/api/v1/units');
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(res.body.items.length);
    const byCode = new Map(res.body.items.map((u: { code: string }) => [u.code, u]));
    expect(byCode.get('DIST-1')).toMatchObject({ name: '东门街道', kind: 'street', parentId: t.fx.units.DIST });
    expect(byCode.get('CENTER')).toMatchObject({ parentId: null, kind: 'center' });
    for (const u of res.body.items) expect(Object.keys(u)).toEqual(expect.arrayContaining(['id', 'code', 'name', 'parentId', 'kind']));
  });

  it('categories come whole, three levels deep', async () => {
    const res = await t.call('agent', 'GET', '/api/v1/categories');
    const leaf = res.body.items.find((c: { code: string }) => c.code === 'ENV-NOISE-BUILD');
    expect(leaf).toMatchObject({ name: '施工噪声', parentId: t.fx.categories['ENV-NOISE'], level: 3 });
    expect(res.body.items.filter((c: { parentId: number | null }) => c.parentId === null)).toHaveLength(2);
  });
});

describe('OpenAPI', () => {
  it('describes every route from the same schemas that validate requests', async () => {
    const res = await t.call(null, 'GET', '/api/v1/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toMatch(/^3\./);
    expect(Object.keys(res.body.paths)).toEqual(expect.arrayContaining(['/api/v1/tickets', '/api/v1/tickets/{id}', '/api/v1/auth/login']));
    for (const kind of COMMAND_KINDS) expect(res.body.paths[`/api/v1/tickets/{id}/${kind}`]?.post).toBeTruthy();
    const create = res.body.paths['/api/v1/tickets'].post;
    const schema = create.requestBody.content['application/json'].schema;
    expect(schema.required).toEqual(expect.arrayContaining(['channel', 'type', 'content']));
    expect(schema.properties.type.enum).toEqual(['consult', 'help', 'complaint', 'report', 'suggestion', 'praise']);
  });
});
