// The hand-down chain over HTTP (issue 15): the centre dispatches to the district, which hands
// down to a street (东门街道), which hands down to a community below it; the community's reply is
// sent back once, then approved up level by level until the ticket is replied to the centre.
// At every step the sibling street (西门街道) gets 404, each level finds the ticket in its inbox
// while it holds or oversees it, and a wrong role or state is refused with nothing changed.
// Then the centre's own steps: re-route, withdraw, refuse, close without a callback.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../src/store/users.js';
import { PASSWORD, snapshot, testApp, type TestApp } from '../helpers.js';

let t: TestApp;
let communityId: number;
let communityToken: string;

beforeAll(async () => {
  t = await testApp();
  // A community (社区) under 东门街道: the chain's fourth level.
  const row = await t.database.db
    .insertInto('units')
    .values({ code: 'DIST-1-A', name: '东门社区', kind: 'community', parent_id: t.fx.units['DIST-1'] })
    .returning('id')
    .executeTakeFirstOrThrow();
  communityId = row.id;
  t.ctx.ref.invalidate();
  await createUser(t.database.db, { username: 'community1', password: PASSWORD, role: 'unit_handler', unitId: communityId });
  const login = await t.call(null, 'POST', '/api/v1/auth/login', { username: 'community1', password: PASSWORD });
  expect(login.status).toBe(200);
  communityToken = login.body.token;
});
afterAll(async () => {
  await t?.close();
});

/** A call as a fixture user, or as the community's handler. */
function call(user: string, method: string, url: string, body?: unknown) {
  return user === 'community1'
    ? t.call(null, method, url, body, { authorization: `Bearer ${communityToken}` })
    : t.call(user, method, url, body);
}
const step = (when: string, user: string, id: number, name: string, body: unknown = {}) =>
  t.at(when, () => call(user, 'POST', `/api/v1/tickets/${id}/${name}`, body));
async function ok(when: string, user: string, id: number, name: string, body: unknown = {}) {
  const res = await step(when, user, id, name, body);
  expect(res.status, `${user} ${name}: ${JSON.stringify(res.body)}`).toBe(200);
  return res.body;
}
/** The ticket numbers in a user's inbox. */
async function inbox(user: string): Promise<number[]> {
  const res = await call(user, 'GET', '/api/v1/queues/inbox');
  expect(res.status).toBe(200);
  return res.body.items.map((x: { id: number }) => x.id);
}

async function register(when = '2026-03-02 08:45'): Promise<number> {
  const res = await t.at(when, () =>
    t.call('agent', 'POST', '/api/v1/tickets', {
      channel: 'phone',
      type: 'complaint',
      content: '东门社区幸福路路面破损，雨天积水，老人出行不便。',
      caller: { name: '李四', phone: '13912345678' },
      address: '东城区东门街道幸福路8号',
    }),
  );
  expect(res.status).toBe(201);
  return res.body.id;
}

/** Every request in `refusals` is answered with its status and code, and the database is exactly as before. */
async function refusedAll(when: string, id: number, refusals: [user: string, name: string, body: unknown, status: number, code: string][]) {
  const before = await snapshot(t.database);
  for (const [user, name, body, status, code] of refusals) {
    const res = await step(when, user, id, name, body);
    expect({ user, name, status: res.status, code: res.body?.code }).toEqual({ user, name, status, code });
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  }
  expect(await snapshot(t.database)).toEqual(before);
}

it('the new steps are routes, with the contract’s bodies', async () => {
  for (const name of ['delegate', 'review-reply', 'reroute', 'withdraw', 'refuse']) {
    expect(t.app.hasRoute({ method: 'POST', url: `/api/v1/tickets/:id/${name}` }), name).toBe(true);
  }
  const doc = (await t.call(null, 'GET', '/api/v1/openapi.json')).body;
  const body = (name: string) => doc.paths[`/api/v1/tickets/{id}/${name}`].post.requestBody.content['application/json'].schema;
  expect(body('delegate').required).toEqual(['unitId']);
  expect(Object.keys(body('delegate').properties).sort()).toEqual(['note', 'unitId']);
  expect(Object.keys(body('review-reply').properties).sort()).toEqual(['approve', 'note']);
  expect(body('reroute').required.sort()).toEqual(['reason', 'unitId']);
  expect(body('withdraw').required).toEqual(['reason']);
  expect(body('refuse').properties.reason.enum).toEqual([
    'litigation', 'arbitration', 'discipline', 'reconsideration', 'disclosure', 'petition', 'secret', 'public_order', 'other',
  ]);
  expect(body('close').properties.noCallbackReason).toBeDefined();
});

describe('centre → district → street → community, and back up', () => {
  it('walks the four levels over HTTP', async () => {
    const u = t.fx.units;
    const id = await register();
    const sibling404 = async (when: string, name: string, body: unknown = {}) => {
      expect((await t.at(when, () => t.call('street2', 'GET', `/api/v1/tickets/${id}`))).status).toBe(404);
      const res = await step(when, 'street2', id, name, body);
      expect(res.status).toBe(404);
      expect(res.body.code).toBe('ticket_not_found');
      expect(await inbox('street2')).not.toContain(id);
    };

    // The centre dispatches to the district; the district accepts.
    await ok('2026-03-02 09:00', 'dispatcher', id, 'dispatch', { unitId: u.DIST });
    await sibling404('2026-03-02 09:10', 'accept');
    expect(await inbox('district')).toContain(id);
    expect(await inbox('street1')).not.toContain(id);
    await ok('2026-03-02 09:30', 'district', id, 'accept');

    // The district hands down to 东门街道 (not to a unit outside its tree, nor before it is its to hand).
    await refusedAll('2026-03-03 10:00', id, [
      ['district', 'delegate', { unitId: u.ENV }, 400, 'not_below'],
      ['district', 'delegate', { unitId: u.CENTER }, 400, 'unknown_unit'],
      ['dispatcher', 'delegate', { unitId: u['DIST-1'] }, 403, 'forbidden'],
      ['street1', 'delegate', { unitId: communityId }, 404, 'ticket_not_found'],
      ['street2', 'delegate', { unitId: u['DIST-1'] }, 404, 'ticket_not_found'],
      ['district', 'review-reply', { approve: true }, 409, 'no_pending_reply'],
    ]);
    let ticket = await ok('2026-03-03 10:00', 'district', id, 'delegate', { unitId: u['DIST-1'], note: '请东门街道核实' });
    expect(ticket).toMatchObject({ status: 'handling', unitId: u['DIST-1'] });
    // the centre's limit is the ticket's own: Mon 03-09 09:00 (five working days from the dispatch)
    expect(ticket.dueBy).toBe('2026-03-09T01:00:00.000Z');
    await sibling404('2026-03-03 10:10', 'accept');
    expect(await inbox('district')).toContain(id);
    expect(await inbox('street1')).toContain(id);

    // The street accepts and hands down to the community; the district may not act for it.
    await refusedAll('2026-03-03 10:20', id, [
      ['district', 'accept', {}, 403, 'not_holder'],
      ['street1', 'reply', { content: '已处理' }, 409, 'not_accepted'],
      ['street1', 'delegate', { unitId: communityId }, 409, 'not_accepted'],
      ['street1', 'extend', { days: 2, reason: '需协调' }, 403, 'lead_only'],
      ['community1', 'accept', {}, 404, 'ticket_not_found'],
    ]);
    await ok('2026-03-03 10:30', 'street1', id, 'accept');
    await sibling404('2026-03-03 10:40', 'reply', { content: '已处理' });
    await refusedAll('2026-03-04 14:00', id, [['street1', 'delegate', { unitId: u['DIST-2'] }, 400, 'not_below']]);
    ticket = await ok('2026-03-04 14:00', 'street1', id, 'delegate', { unitId: communityId });
    expect(ticket.unitId).toBe(communityId);
    for (const user of ['district', 'street1', 'community1']) expect(await inbox(user), user).toContain(id);
    await sibling404('2026-03-04 14:10', 'accept');

    // The community accepts and replies; the levels above may not reply for it, and it may not review itself.
    await refusedAll('2026-03-04 14:20', id, [
      ['district', 'reply', { content: '已修复' }, 403, 'not_holder'],
      ['street1', 'reply', { content: '已修复' }, 403, 'not_holder'],
      ['community1', 'reply', { content: '已修复' }, 409, 'not_accepted'],
      ['community1', 'close', { noCallbackReason: 'declined' }, 403, 'forbidden'],
    ]);
    await ok('2026-03-04 14:30', 'community1', id, 'accept');
    ticket = await ok('2026-03-05 10:00', 'community1', id, 'reply', { content: '已组织修补路面。' });
    expect(ticket).toMatchObject({ status: 'handling', unitId: communityId });
    await refusedAll('2026-03-05 10:30', id, [
      ['community1', 'review-reply', { approve: true }, 403, 'not_reviewer'],
      ['district', 'review-reply', { approve: true }, 403, 'not_reviewer'],
      ['community1', 'reply', { content: '补充' }, 409, 'reply_under_review'],
      ['street1', 'review-reply', { approve: false }, 400, 'note_required'],
      ['street2', 'review-reply', { approve: true }, 404, 'ticket_not_found'],
      ['dispatcher', 'close', { noCallbackReason: 'declined' }, 409, 'invalid_state'],
    ]);

    // The street sends it back once, then approves the second reply; the district approves it to the centre.
    await ok('2026-03-05 11:00', 'street1', id, 'review-reply', { approve: false, note: '请附修补后照片' });
    await ok('2026-03-05 15:00', 'community1', id, 'reply', { content: '已修补路面并清理积水，附照片。' });
    ticket = await ok('2026-03-05 16:00', 'street1', id, 'review-reply', { approve: true });
    expect(ticket).toMatchObject({ status: 'handling', unitId: u['DIST-1'] });
    expect(await inbox('community1')).not.toContain(id);
    expect(await inbox('street1')).toContain(id);
    await sibling404('2026-03-05 16:10', 'review-reply', { approve: true });
    ticket = await ok('2026-03-06 09:30', 'district', id, 'review-reply', { approve: true });
    expect(ticket).toMatchObject({ status: 'replied', unitId: u.DIST, callbackDueBy: '2026-03-09T01:30:00.000Z' });

    // The timeline shows the whole chain; the reply to the centre is the community's, scored.
    const detail = (await t.call('admin', 'GET', `/api/v1/tickets/${id}`)).body;
    expect(detail.events.map((e: { type: string }) => e.type)).toEqual([
      'registered', 'dispatched', 'accepted', 'delegated', 'accepted', 'delegated', 'accepted', 'level_replied',
      'reply_rejected', 'level_replied', 'reply_approved', 'reply_approved', 'replied',
    ]);
    const replied = detail.events.at(-1);
    expect(replied.payload).toMatchObject({ content: '已修补路面并清理积水，附照片。', onTime: true });
    expect(replied.payload.quality.score).toEqual(expect.any(Number));

    // Closing needs a callback that reached the citizen, or a recorded reason.
    await refusedAll('2026-03-06 10:00', id, [
      ['callback', 'close', {}, 409, 'callback_required'],
      ['callback', 'close', { note: '办结' }, 409, 'callback_required'],
      ['callback', 'close', { noCallbackReason: 'confidential' }, 409, 'not_confidential'],
      // the caller left a number: not anonymous; no callback tried yet: not unreachable
      ['callback', 'close', { noCallbackReason: 'anonymous' }, 409, 'not_anonymous'],
      ['callback', 'close', { noCallbackReason: 'unreachable' }, 409, 'not_unreachable'],
    ]);
    const bad = await step('2026-03-06 10:00', 'callback', id, 'close', { noCallbackReason: 'busy' });
    expect(bad.status).toBe(400);
    ticket = await ok('2026-03-06 10:00', 'callback', id, 'close', { noCallbackReason: 'declined', note: '诉求人表示无需回访' });
    expect(ticket.status).toBe('closed');
    const closed = (await t.call('admin', 'GET', `/api/v1/tickets/${id}`)).body.events.at(-1);
    expect(closed).toMatchObject({ type: 'closed', payload: { noCallbackReason: 'declined', note: '诉求人表示无需回访' } });
  });

  it('a return from a sub-level goes up one level at once', async () => {
    const u = t.fx.units;
    const id = await register('2026-03-09 08:45');
    await ok('2026-03-09 09:00', 'dispatcher', id, 'dispatch', { unitId: u.DIST });
    await ok('2026-03-09 09:30', 'district', id, 'accept');
    await ok('2026-03-09 10:00', 'district', id, 'delegate', { unitId: u['DIST-1'] });
    const back = await ok('2026-03-09 10:30', 'street1', id, 'return', { reason: '属西门街道辖区', suggestedUnitId: u['DIST-2'] });
    expect(back).toMatchObject({ status: 'handling', unitId: u.DIST });
    expect((await t.call('street1', 'GET', `/api/v1/tickets/${id}`)).status).toBe(404);
    // the district hands it to the right street, which sees it now
    await ok('2026-03-09 10:40', 'district', id, 'delegate', { unitId: u['DIST-2'] });
    expect(await inbox('street2')).toContain(id);
    expect((await t.call('street1', 'GET', `/api/v1/tickets/${id}`)).status).toBe(404);
  });
});

describe('the centre in control', () => {
  it('re-route moves the ticket to another unit; the old chain gets 404', async () => {
    const u = t.fx.units;
    const id = await register('2026-03-10 08:45');
    await ok('2026-03-10 09:00', 'dispatcher', id, 'dispatch', { unitId: u.DIST });
    await ok('2026-03-10 09:30', 'district', id, 'accept');
    await ok('2026-03-10 10:00', 'district', id, 'delegate', { unitId: u['DIST-1'] });
    await refusedAll('2026-03-10 11:00', id, [
      ['district', 'reroute', { unitId: u.ENV, reason: '职责' }, 403, 'forbidden'],
      ['agent', 'reroute', { unitId: u.ENV, reason: '职责' }, 403, 'forbidden'],
      ['dispatcher', 'reroute', { unitId: u.DIST, reason: '职责' }, 400, 'same_unit'],
    ]);
    const bad = await step('2026-03-10 11:00', 'dispatcher', id, 'reroute', { unitId: u.ENV });
    expect(bad.status).toBe(400);
    const moved = await ok('2026-03-10 11:00', 'dispatcher', id, 'reroute', { unitId: u.ENV, reason: '属生态环境局职责' });
    // limits restart: Tue 03-10 11:00 + 1 working hour → 12:00; + 5 working days → Tue 03-17 11:00
    expect(moved).toMatchObject({ status: 'dispatched', unitId: u.ENV, acceptBy: '2026-03-10T04:00:00.000Z', dueBy: '2026-03-17T03:00:00.000Z' });
    for (const user of ['district', 'street1']) {
      expect((await t.call(user, 'GET', `/api/v1/tickets/${id}`)).status, user).toBe(404);
      expect(await inbox(user), user).not.toContain(id);
    }
    expect(await inbox('env')).toContain(id);
  });

  it('withdraw takes it back to the dispatch queue', async () => {
    const id = await register('2026-03-10 08:45');
    await ok('2026-03-10 09:00', 'dispatcher', id, 'dispatch', { unitId: t.fx.units.HR });
    await refusedAll('2026-03-10 09:30', id, [
      ['hr', 'withdraw', { reason: '派错' }, 403, 'forbidden'],
      ['supervisor', 'withdraw', { reason: '派错' }, 403, 'forbidden'],
    ]);
    expect((await step('2026-03-10 09:30', 'dispatcher', id, 'withdraw', {})).status).toBe(400);
    const back = await ok('2026-03-10 09:30', 'dispatcher', id, 'withdraw', { reason: '派单有误，重新研判' });
    expect(back).toMatchObject({ status: 'registered', unitId: null, dueBy: null });
    expect((await t.call('hr', 'GET', `/api/v1/tickets/${id}`)).status).toBe(404);
    await refusedAll('2026-03-10 09:40', id, [['dispatcher', 'withdraw', { reason: '再撤' }, 409, 'invalid_state']]);
  });

  it('refuse (不予受理): a registered ticket, a known reason, a note for “other”', async () => {
    const id = await register('2026-03-10 08:45');
    await refusedAll('2026-03-10 09:00', id, [
      ['callback', 'refuse', { reason: 'litigation' }, 403, 'forbidden'],
      ['agent', 'refuse', { reason: 'other' }, 400, 'note_required'],
    ]);
    expect((await step('2026-03-10 09:00', 'agent', id, 'refuse', { reason: 'lawsuit' })).status).toBe(400);
    const refused = await ok('2026-03-10 09:00', 'agent', id, 'refuse', { reason: 'litigation', note: '已在法院起诉' });
    expect(refused.status).toBe('refused');
    const e = (await t.call('admin', 'GET', `/api/v1/tickets/${id}`)).body.events.at(-1);
    expect(e).toMatchObject({ type: 'refused', payload: { reason: 'litigation', note: '已在法院起诉' } });
    expect(e.payload.guidance).toContain('人民法院');
    await refusedAll('2026-03-10 09:10', id, [['dispatcher', 'dispatch', { unitId: t.fx.units.DIST }, 409, 'invalid_state']]);
    const other = await register('2026-03-10 09:20');
    expect((await ok('2026-03-10 09:30', 'dispatcher', other, 'refuse', { reason: 'other', note: '属商业合同纠纷' })).status).toBe('refused');
  });
});
