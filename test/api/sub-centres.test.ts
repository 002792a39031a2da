// Merged lines and centres (issue 15 item 2, 分中心): a line must exist and brings its default
// category; a sub-centre's line's tickets belong to the sub-centre, which dispatches them within
// its own tree from its own queue; the root centre sees them and can take one back (move); on a
// province's shared platform each city's staff see their city and the province moves between them.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snapshot, testApp, type TestApp } from '../helpers.js';

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
    expect(await snapshot(t.database)).toBe(before);
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
