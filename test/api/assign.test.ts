// 承办人 (issue 19): a unit gives its ticket to one of its own handlers; the inbox's 我的 shows
// it to them; another unit's user or another unit's ticket is refused and nothing changes.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../src/store/users.js';
import { PASSWORD, snapshot, testApp, type TestApp } from '../helpers.js';

let t: TestApp;
let env2: number;
let ids: Record<string, number>;
beforeAll(async () => {
  t = await testApp();
  // A second handler of 生态环境局, signed in like the fixture's users.
  env2 = (await createUser(t.database.db, { username: 'env2', password: PASSWORD, role: 'unit_handler', unitId: t.fx.units.ENV, displayName: '李娜' })).id;
  const login = await t.call(null, 'POST', '/api/v1/auth/login', { username: 'env2', password: PASSWORD });
  t.tokens.env2 = login.body.token;
  const me = async (u: string) => (await t.call(u, 'GET', '/api/v1/auth/me')).body.id as number;
  ids = { env: await me('env'), hr: await me('hr'), env2 };
});
afterAll(async () => {
  await t?.close();
});

async function dispatchedToEnv(): Promise<number> {
  const created = await t.call('agent', 'POST', '/api/v1/tickets', {
    channel: 'phone',
    type: 'complaint',
    content: '建设路工地夜间施工噪音扰民，凌晨两点还在打桩。',
    caller: { name: '张三', phone: '13812345678' },
  });
  expect(created.status).toBe(201);
  expect((await t.call('dispatcher', 'POST', `/api/v1/tickets/${created.body.id}/dispatch`, { unitId: t.fx.units.ENV })).status).toBe(200);
  return created.body.id;
}
const assign = (user: string, id: number, userId: number) => t.call(user, 'POST', `/api/v1/tickets/${id}/assign`, { userId });
const mine = async (user: string) => (await t.call(user, 'GET', '/api/v1/queues/inbox?view=mine')).body;

describe('承办人: assignment inside the unit', () => {
  it('lists the unit’s own handlers to choose from', async () => {
    expect((await t.call('env', 'GET', '/api/v1/assignees')).body.items).toEqual([
      { id: ids.env, name: 'env' },
      { id: env2, name: '李娜' },
    ]);
    expect((await t.call('hr', 'GET', '/api/v1/assignees')).body.items).toEqual([{ id: ids.hr, name: 'hr' }]);
    expect((await t.call('dispatcher', 'GET', '/api/v1/assignees')).status).toBe(403);
  });

  it('gives the ticket to a colleague: on the timeline, in their 我的 and nobody else’s; the ticket leaving the unit leaves them', async () => {
    const id = await dispatchedToEnv();
    const res = await assign('env', id, env2);
    expect(res.status).toBe(200);
    expect(res.body.assigneeId).toBe(env2);
    const detail = (await t.call('env', 'GET', `/api/v1/tickets/${id}`)).body;
    const last = detail.events.at(-1);
    expect([last.type, last.actor.id, last.payload]).toEqual(['assigned', ids.env, { userId: env2, name: '李娜', unitId: t.fx.units.ENV, fromUserId: null }]);

    const forEnv2 = await mine('env2');
    expect(forEnv2.items.map((x: { id: number }) => x.id)).toEqual([id]);
    expect(forEnv2.counts.mine).toBe(1);
    expect((await mine('env')).items).toEqual([]);

    // Accepted by the colleague, then handed back to the first handler: who had it is recorded.
    expect((await t.call('env2', 'POST', `/api/v1/tickets/${id}/accept`)).status).toBe(200);
    const back = await assign('env2', id, ids.env);
    expect(back.status).toBe(200);
    expect((await t.call('env', 'GET', `/api/v1/tickets/${id}`)).body.events.at(-1).payload.fromUserId).toBe(env2);
    expect((await mine('env')).items.map((x: { id: number }) => x.id)).toEqual([id]);
    expect((await mine('env2')).items).toEqual([]);

    // Re-routed to 人社局: no longer anyone's at 生态环境局.
    const rerouted = await t.call('dispatcher', 'POST', `/api/v1/tickets/${id}/reroute`, { unitId: t.fx.units.HR, reason: '属劳动保障事项' });
    expect(rerouted.status).toBe(200);
    expect(rerouted.body.assigneeId).toBeNull();
    expect((await mine('env')).items).toEqual([]);
  });

  it('refuses, changing nothing: a user of another unit, another unit’s ticket, a role that does not assign, no such user, the same person twice', async () => {
    const id = await dispatchedToEnv();
    expect((await assign('env', id, env2)).status).toBe(200);
    const cases: [string, number, number, string][] = [
      ['env', ids.hr, 400, 'assignee_not_in_unit'], // 人社局's handler is not 生态环境局's
      ['hr', ids.hr, 404, 'ticket_not_found'], // 人社局 cannot see 生态环境局's ticket
      ['dispatcher', ids.env, 403, 'forbidden'], // the centre dispatches to units, not to people
      ['env', 999_999, 400, 'unknown_user'],
      ['env', env2, 409, 'already_assigned'],
    ];
    for (const [user, userId, status, code] of cases) {
      const before = await snapshot(t.database);
      const res = await assign(user, id, userId);
      expect([user, userId, res.status, res.body.code]).toEqual([user, userId, status, code]);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(await snapshot(t.database)).toEqual(before);
    }
  });
});
