// What bad input gets: a clear problem+json error, and nothing changed or created.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snapshot, testApp, type TestApp } from '../helpers.js';

let t: TestApp;
let dispatchedId: number;
beforeAll(async () => {
  t = await testApp();
  const res = await t.call('agent', 'POST', '/api/v1/tickets', { channel: 'phone', type: 'help', content: '楼道灯坏了' });
  dispatchedId = res.body.id;
  await t.call('dispatcher', 'POST', `/api/v1/tickets/${dispatchedId}/dispatch`, { unitId: t.fx.units.ENV });
});
afterAll(async () => {
  await t?.close();
});

const valid = { channel: 'phone', type: 'complaint', content: '噪音扰民' };

/** Sends a request that must fail with `status`, and checks the error's form and that nothing changed. */
async function refused(user: string, method: string, url: string, body: unknown, status: number, code?: string, headers?: Record<string, string>) {
  const before = await snapshot(t.database);
  const res = await t.call(user, method, url, body, headers);
  expect(res.status).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.body).toMatchObject({ status, type: expect.any(String), title: expect.any(String) });
  expect(res.body.code).toMatch(/^[a-z_]+$/);
  expect(res.body.detail).toMatch(/[\u4e00-\u9fff]/); // a zh-CN message
  if (code) expect(res.body.code).toBe(code);
  expect(await snapshot(t.database)).toEqual(before);
  return res.body;
}

describe('registering with bad input', () => {
  it.each([
    ['no body fields', {}],
    ['no content', { channel: 'phone', type: 'complaint' }],
    ['blank content', { ...valid, content: '   ' }],
    ['unknown type', { ...valid, type: 'gossip' }],
    ['unknown channel', { ...valid, channel: 'pigeon' }],
    ['content of the wrong type', { ...valid, content: 12345 }],
    ['priority not in the list', { ...valid, priority: 'whenever' }],
    ['phone with letters', { ...valid, caller: { phone: 'call me maybe' } }],
    ['category id that is not a number', { ...valid, categoryId: 'abc' }],
    ['negative category id', { ...valid, categoryId: -5 }],
    ['line that is not a number', { ...valid, line: 'twelve' }],
  ])('%s → 400', async (_name, body) => {
    const problem = await refused('agent', 'POST', '/api/v1/tickets', body, 400, 'validation_failed');
    expect(problem.errors.length).toBeGreaterThan(0);
  });

  it('100 KB of content → 400 naming the limit', async () => {
    const problem = await refused('agent', 'POST', '/api/v1/tickets', { ...valid, content: '噪'.repeat(100 * 1024) }, 400, 'validation_failed');
    expect(problem.detail).toContain('content');
  });

  it('a body over the size limit → 413', async () => {
    await refused('agent', 'POST', '/api/v1/tickets', { ...valid, content: 'x'.repeat(2 * 1024 * 1024) }, 413, 'body_too_large');
  });

  it('malformed JSON → 400', async () => {
    await refused('agent', 'POST', '/api/v1/tickets', '{"channel": "phone",', 400, undefined, { 'content-type': 'application/json' });
  });

  it('an unknown category → 400', async () => {
    await refused('agent', 'POST', '/api/v1/tickets', { ...valid, categoryId: 999_999 }, 400, 'unknown_category');
  });

  it('a role that does not register (unit handler) → 403', async () => {
    await refused('env', 'POST', '/api/v1/tickets', valid, 403, 'forbidden');
  });
});

describe('steps with bad input', () => {
  it('dispatch to an unknown unit → 400, ticket unchanged', async () => {
    const { body } = await t.call('agent', 'POST', '/api/v1/tickets', valid);
    await refused('dispatcher', 'POST', `/api/v1/tickets/${body.id}/dispatch`, { unitId: 999_999 }, 400, 'unknown_unit');
    await refused('dispatcher', 'POST', `/api/v1/tickets/${body.id}/dispatch`, { unitId: t.fx.units.CENTER }, 400, 'unknown_unit');
    await refused('dispatcher', 'POST', `/api/v1/tickets/${body.id}/dispatch`, { unitId: t.fx.units.ENV, assistUnitIds: [999_999] }, 400, 'unknown_unit');
    await refused('dispatcher', 'POST', `/api/v1/tickets/${body.id}/dispatch`, { unitId: t.fx.units.ENV, assistUnitIds: [t.fx.units.ENV] }, 400, 'assist_is_lead');
    await refused('dispatcher', 'POST', `/api/v1/tickets/${body.id}/dispatch`, { unitId: '1' }, 400, 'validation_failed');
  });

  it('missing or wrong fields in each step → 400', async () => {
    const id = dispatchedId;
    await refused('env', 'POST', `/api/v1/tickets/${id}/return`, {}, 400);
    await refused('env', 'POST', `/api/v1/tickets/${id}/return`, { reason: '' }, 400);
    await refused('env', 'POST', `/api/v1/tickets/${id}/extend`, { days: 0, reason: 'x' }, 400);
    await refused('env', 'POST', `/api/v1/tickets/${id}/extend`, { days: 1.5, reason: 'x' }, 400);
    await refused('callback', 'POST', `/api/v1/tickets/${id}/callback`, { reached: 'yes' }, 400);
    await refused('callback', 'POST', `/api/v1/tickets/${id}/callback`, { reached: true, resolved: true, satisfaction: 'ecstatic' }, 400);
    await refused('dispatcher', 'POST', `/api/v1/tickets/${id}/review-return`, { approve: 'sure' }, 400);
    await refused('dispatcher', 'POST', `/api/v1/tickets/${id}/merge`, { intoId: 'all' }, 400);
  });

  it('a step not allowed in the state → 409', async () => {
    await refused('env', 'POST', `/api/v1/tickets/${dispatchedId}/reply`, { content: '已处理' }, 409, 'invalid_state');
    await refused('callback', 'POST', `/api/v1/tickets/${dispatchedId}/callback`, { reached: false }, 409, 'invalid_state');
    await refused('dispatcher', 'POST', `/api/v1/tickets/${dispatchedId}/review-return`, { approve: true }, 409);
  });

  it.each([
    ['a ticket that does not exist', '/api/v1/tickets/99999999'],
    ['a non-numeric id', '/api/v1/tickets/abc'],
    ['a negative id', '/api/v1/tickets/-1'],
    ['an id past 32 bits', '/api/v1/tickets/99999999999999'],
    ['SQL in the id', "/api/v1/tickets/1%20OR%201=1"],
  ])('forged ids: %s → 404', async (_name, url) => {
    await refused('admin', 'GET', url, undefined, 404);
    await refused('dispatcher', 'POST', `${url}/dispatch`, { unitId: t.fx.units.ENV }, 404);
  });

  it('an unknown route → 404 problem', async () => {
    await refused('admin', 'GET', '/api/v1/nothing-here', undefined, 404, 'not_found');
  });
});

describe('Idempotency-Key', () => {
  it('a retried create with the same key returns the first ticket and creates no second one', async () => {
    const headers = { 'idempotency-key': 'call-2026-11-24-0001' };
    const first = await t.call('agent', 'POST', '/api/v1/tickets', valid, headers);
    expect(first.status).toBe(201);
    const count = async () => (await t.database.db.selectFrom('tickets').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
    const n = await count();
    const retry = await t.call('agent', 'POST', '/api/v1/tickets', valid, headers);
    expect(retry.status).toBe(200);
    expect(retry.body.id).toBe(first.body.id);
    expect(retry.body.number).toBe(first.body.number);
    expect(await count()).toBe(n);
    // The same key with a different request is a client error, not a silent replay.
    await refused('agent', 'POST', '/api/v1/tickets', { ...valid, content: '别的事情' }, 422, 'idempotency_key_reused', headers);
    // Keys belong to their user: another user's same key is a new request.
    const other = await t.call('dispatcher', 'POST', '/api/v1/tickets', valid, headers);
    expect(other.status).toBe(201);
    expect(other.body.id).not.toBe(first.body.id);
  });

  it('many at once (written together) each get their own answer: new, replayed, 422 for a reused key, 400 for a bad one', async () => {
    const first = await t.call('agent', 'POST', '/api/v1/tickets', { ...valid, content: '一起登记的第 0 件' }, { 'idempotency-key': 'burst-0' });
    expect(first.status).toBe(201);
    const rows = async () => {
      const n = async (table: 'tickets' | 'ticket_events' | 'idempotency_keys') =>
        Number((await t.database.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
      return { tickets: await n('tickets'), events: await n('ticket_events'), keys: await n('idempotency_keys') };
    };
    const before = await rows();
    // 24 at once: 20 new (10 with keys of their own), 2 retries of burst-0, 1 reuse of burst-0
    // for another request, 1 with no content.
    const asks = [
      ...Array.from({ length: 20 }, (_, i) => ({ body: { ...valid, content: `一起登记的第 ${i + 1} 件` }, key: i % 2 ? `burst-${i + 1}` : null, want: 201 })),
      { body: { ...valid, content: '一起登记的第 0 件' }, key: 'burst-0', want: 200 },
      { body: { ...valid, content: '一起登记的第 0 件' }, key: 'burst-0', want: 200 },
      { body: { ...valid, content: '换了内容' }, key: 'burst-0', want: 422 },
      { body: { ...valid, content: '' }, key: null, want: 400 },
    ];
    const answers = await Promise.all(asks.map((a) => t.call('agent', 'POST', '/api/v1/tickets', a.body, a.key ? { 'idempotency-key': a.key } : {})));
    expect(answers.map((r) => r.status)).toEqual(asks.map((a) => a.want));
    const made = answers.filter((r) => r.status === 201);
    // Each new one is its own ticket, with its own text, number and first event.
    expect(new Set(made.map((r) => r.body.id)).size).toBe(20);
    expect(made.map((r) => r.body.content)).toEqual(asks.slice(0, 20).map((a) => a.body.content));
    for (const r of made) expect(r.body.number).toMatch(new RegExp(`^\\d{8}${String(r.body.id).padStart(7, '0')}$`));
    for (const r of answers.filter((x) => x.status === 200)) expect(r.body.id).toBe(first.body.id);
    expect(await rows()).toEqual({ tickets: before.tickets + 20, events: before.events + 20, keys: before.keys + 10 });
    const events = await t.database.db.selectFrom('ticket_events').select(['ticket_id', 'seq', 'type']).where('ticket_id', 'in', made.map((r) => r.body.id as number)).execute();
    expect(events.map((e) => [e.seq, e.type])).toEqual(made.map(() => [1, 'registered']));
  });

  it('concurrent retries with one key create exactly one ticket', async () => {
    const headers = { 'idempotency-key': 'concurrent-key-42' };
    const results = await Promise.all(Array.from({ length: 6 }, () => t.call('agent', 'POST', '/api/v1/tickets', valid, headers)));
    const ids = new Set(results.map((r) => r.body.id));
    expect(ids.size).toBe(1);
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    const rows = await t.database.db.selectFrom('idempotency_keys').selectAll().where('key', '=', 'concurrent-key-42').execute();
    expect(rows).toHaveLength(1);
  });
});
