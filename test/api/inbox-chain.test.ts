// The unit inbox along the hand-down chain (issue 15): each unit reads a ticket at its own level
// of the chain (district → street → community): 待签收, 办理中, 待审核 (the level below's reply
// awaits MY review), 已下派 (handed further down), 已超期, sorted by MY level's current deadline,
// not the lead unit's. And the ticket view's chain: levels, deadlines, who handed down, the
// viewer's level, a pending reply and a rejection masked like the ticket's content.
//
// Eight tickets, all complaints (accept within 1 working hour, handle within 5 working days;
// working hours 08:30–12:00 and 13:30–17:30; March 2026 has no holiday). The deadlines below
// were worked out by hand; a sub-level's are capped by its parent's due time.
//
//   T1  dispatched to 东城区 Mon 03-02 09:00, not accepted                 lead accept by Mon 10:00
//   T2  dispatched Mon 09:05, the district handles                          lead due Mon 03-09 09:05
//   T3  dispatched Tue 03-03 09:00 (lead due Tue 03-10 09:00), accepted, handed to 东门街道
//       Wed 03-04 11:30: street accept by Wed 14:00, due min(Wed 03-11 11:30, 03-10 09:00) = 03-10 09:00
//   T4  dispatched Mon 09:30 (lead due 03-09 09:30), handed to the street Mon 10:00, accepted:
//       street due min(03-09 10:00, 03-09 09:30) = 03-09 09:30
//   T5  dispatched Mon 13:30 (lead due 03-09 12:00: five working days on, 13:30 after a lunch break
//       is the same working instant as 12:00 before it, and a deadline is its earliest reading),
//       street Mon 14:00 (due min(03-09 14:00, 03-09 12:00) = 03-09 12:00), community Mon 14:30:
//       community accept by Mon 15:30, due 03-09 12:00 (capped)
//   T6  dispatched Tue 13:30 (lead due 03-10 12:00), street Tue 14:00 (due 03-10 12:00), community
//       Tue 14:20 (due 03-10 12:00), which replies Wed 09:00: the street reviews
//   T7  dispatched Wed 09:00 (lead due Wed 03-11 09:00), street Wed 09:30 (due min(03-11 09:30,
//       03-11 09:00) = 03-11 09:00), which replies Wed 10:00: the district reviews
//   T8  dispatched to 人社局 Mon 11:00 with 东门街道 assisting: accept by Mon 12:00 (the lead's)
//
// Read at Wed 03-04 12:00.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../src/store/users.js';
import { PASSWORD, testApp, type TestApp } from '../helpers.js';

let t: TestApp;
let communityId: number;
let communityToken: string;
const ids: Record<string, number> = {};

function call(user: string, method: string, url: string, body?: unknown) {
  return user === 'community1' ? t.call(null, method, url, body, { authorization: `Bearer ${communityToken}` }) : t.call(user, method, url, body);
}
const step = async (when: string, user: string, id: number, name: string, body: unknown = {}) => {
  const res = await t.at(when, () => call(user, 'POST', `/api/v1/tickets/${id}/${name}`, body));
  expect(res.status, `${user} ${name} at ${when}: ${JSON.stringify(res.body)}`).toBe(200);
  return res.body;
};

async function register(name: string, when: string, extra: Record<string, unknown> = {}) {
  const res = await t.at(when, () =>
    t.call('agent', 'POST', '/api/v1/tickets', {
      channel: 'phone',
      type: 'complaint',
      content: `${name}：幸福路路面破损，雨天积水。`,
      caller: { name: '李四', phone: '13912345678' },
      ...extra,
    }),
  );
  expect(res.status).toBe(201);
  ids[name] = res.body.id;
  return res.body.id as number;
}

beforeAll(async () => {
  t = await testApp();
  const u = t.fx.units;
  const row = await t.database.db
    .insertInto('units')
    .values({ code: 'DIST-1-A', name: '东门社区', kind: 'community', parent_id: u['DIST-1'] })
    .returning('id')
    .executeTakeFirstOrThrow();
  communityId = row.id;
  t.ctx.ref.invalidate();
  await createUser(t.database.db, { username: 'community1', password: PASSWORD, role: 'unit_handler', unitId: communityId });
  communityToken = (await t.call(null, 'POST', '/api/v1/auth/login', { username: 'community1', password: PASSWORD })).body.token;

  const T1 = await register('T1', '2026-03-02 08:45');
  await step('2026-03-02 09:00', 'dispatcher', T1, 'dispatch', { unitId: u.DIST });

  const T2 = await register('T2', '2026-03-02 08:45');
  await step('2026-03-02 09:05', 'dispatcher', T2, 'dispatch', { unitId: u.DIST });
  await step('2026-03-02 09:10', 'district', T2, 'accept');

  const T4 = await register('T4', '2026-03-02 08:45');
  await step('2026-03-02 09:30', 'dispatcher', T4, 'dispatch', { unitId: u.DIST });
  await step('2026-03-02 09:40', 'district', T4, 'accept');
  await step('2026-03-02 10:00', 'district', T4, 'delegate', { unitId: u['DIST-1'] });
  await step('2026-03-02 10:30', 'street1', T4, 'accept');

  const T8 = await register('T8', '2026-03-02 08:45');
  await step('2026-03-02 11:00', 'dispatcher', T8, 'dispatch', { unitId: u.HR, assistUnitIds: [u['DIST-1']] });

  const T5 = await register('T5', '2026-03-02 08:45');
  await step('2026-03-02 13:30', 'dispatcher', T5, 'dispatch', { unitId: u.DIST });
  await step('2026-03-02 13:40', 'district', T5, 'accept');
  await step('2026-03-02 14:00', 'district', T5, 'delegate', { unitId: u['DIST-1'], note: '请东门街道核实，联系人李四 13912345678' });
  await step('2026-03-02 14:10', 'street1', T5, 'accept');
  await step('2026-03-02 14:30', 'street1', T5, 'delegate', { unitId: communityId });

  const T3 = await register('T3', '2026-03-03 08:45');
  await step('2026-03-03 09:00', 'dispatcher', T3, 'dispatch', { unitId: u.DIST });
  await step('2026-03-03 09:10', 'district', T3, 'accept');

  const T6 = await register('T6', '2026-03-03 08:45');
  await step('2026-03-03 13:30', 'dispatcher', T6, 'dispatch', { unitId: u.DIST });
  await step('2026-03-03 13:40', 'district', T6, 'accept');
  await step('2026-03-03 14:00', 'district', T6, 'delegate', { unitId: u['DIST-1'] });
  await step('2026-03-03 14:10', 'street1', T6, 'accept');
  await step('2026-03-03 14:20', 'street1', T6, 'delegate', { unitId: communityId });
  await step('2026-03-03 14:30', 'community1', T6, 'accept');
  await step('2026-03-04 09:00', 'community1', T6, 'reply', { content: '已联系李四（13912345678），路面已修补。' });

  const T7 = await register('T7', '2026-03-04 08:45');
  await step('2026-03-04 09:00', 'dispatcher', T7, 'dispatch', { unitId: u.DIST });
  await step('2026-03-04 09:10', 'district', T7, 'accept');
  await step('2026-03-04 09:30', 'district', T7, 'delegate', { unitId: u['DIST-1'] });
  await step('2026-03-04 09:40', 'street1', T7, 'accept');
  await step('2026-03-04 10:00', 'street1', T7, 'reply', { content: '已修补。' });

  await step('2026-03-04 11:30', 'district', T3, 'delegate', { unitId: u['DIST-1'] });
}, 120_000);
afterAll(async () => {
  await t?.close();
});

const VIEWS = ['open', 'accept', 'handling', 'review', 'delegated', 'supervision', 'overdue'] as const;
const names = (items: { id: number }[]) => items.map((x) => Object.entries(ids).find(([, id]) => id === x.id)?.[0] ?? x.id);

/** Every view of a user's inbox at a time: the tickets of each, in order, and the counts. */
async function inbox(user: string, when: string, query = '') {
  const out: Record<string, unknown[]> = {};
  let counts: Record<string, number> = {};
  for (const view of VIEWS) {
    const res = await t.at(when, () => call(user, 'GET', `/api/v1/queues/inbox?view=${view}${query}`));
    expect(res.status, `${user} ${view}`).toBe(200);
    out[view] = names(res.body.items);
    counts = res.body.counts;
  }
  return { views: out, counts };
}

const NOON = '2026-03-04 12:00';

describe('GET /queues/inbox at each level of the chain', () => {
  it('the district (level 0): its own, the tickets it handed down, the street’s reply to review', async () => {
    const { views, counts } = await inbox('district', NOON);
    expect(views).toEqual({
      open: ['T1', 'T8', 'T2', 'T4', 'T5', 'T3', 'T6', 'T7'],
      accept: ['T1', 'T8'],
      handling: ['T2'],
      review: ['T7'],
      delegated: ['T4', 'T5', 'T3', 'T6'],
      supervision: [],
      overdue: ['T1', 'T8'],
    });
    expect(counts).toEqual({ open: 8, accept: 2, handling: 1, review: 1, delegated: 4, supervision: 0, overdue: 2, mine: 0 });
  });

  it('the street (level 1): sorted by its own deadlines (T3’s accept at Wed 14:00 first), the community’s reply to review', async () => {
    const { views, counts } = await inbox('street1', NOON);
    expect(views).toEqual({
      // T7: the street's reply awaits the district: open, in no working view
      open: ['T8', 'T3', 'T4', 'T5', 'T6', 'T7'],
      accept: ['T8', 'T3'],
      handling: ['T4'],
      review: ['T6'],
      delegated: ['T5'],
      supervision: [],
      overdue: ['T8'],
    });
    expect(counts).toEqual({ open: 6, accept: 2, handling: 1, review: 1, delegated: 1, supervision: 0, overdue: 1, mine: 0 });
    // A supervisor looking at the street's inbox sees the same.
    expect(await inbox('supervisor', NOON, `&unit=${t.fx.units['DIST-1']}`)).toEqual({ views, counts });
  });

  it('the community (level 2): its own level only; the sibling street sees nothing', async () => {
    const { views, counts } = await inbox('community1', NOON);
    expect(views).toEqual({ open: ['T5', 'T6'], accept: ['T5'], handling: [], review: [], delegated: [], supervision: [], overdue: ['T5'] });
    expect(counts).toEqual({ open: 2, accept: 1, handling: 0, review: 0, delegated: 0, supervision: 0, overdue: 1, mine: 0 });
    const sibling = await inbox('street2', NOON);
    expect(sibling.counts).toEqual({ open: 0, accept: 0, handling: 0, review: 0, delegated: 0, supervision: 0, overdue: 0, mine: 0 });
  });

  it('overdue is each level’s own: the street’s missed accept of T3 is not the district’s', async () => {
    const late = '2026-03-04 14:30';
    expect((await inbox('street1', late)).views.overdue).toEqual(['T8', 'T3']);
    expect((await inbox('district', late)).views.overdue).toEqual(['T1', 'T8']);
  });

  it('a supervisor’s whole inbox reads the lead level', async () => {
    const { views, counts } = await inbox('supervisor', NOON);
    expect(views.open).toEqual(['T1', 'T8', 'T2', 'T4', 'T5', 'T3', 'T6', 'T7']);
    expect(counts).toEqual({ open: 8, accept: 2, handling: 1, review: 1, delegated: 4, supervision: 0, overdue: 2, mine: 0 });
  });
});

describe('the ticket view carries the chain', () => {
  it('levels with units, states, deadlines, who handed down; the viewer’s level', async () => {
    const u = t.fx.units;
    const get = async (user: string) => (await call(user, 'GET', `/api/v1/tickets/${ids.T5}`)).body;
    const street = await get('street1');
    expect(street).toMatchObject({ unitId: communityId, unitName: '东门社区', leadUnitId: u.DIST, leadUnitName: '东城区', myLevel: 1, status: 'handling' });
    expect(street.chain).toMatchObject([
      {
        level: 0, unitId: u.DIST, unitName: '东城区', state: 'delegated', fromUnitId: null, delegatedByName: 'dispatcher',
        at: '2026-03-02T05:30:00.000Z', acceptBy: '2026-03-02T06:30:00.000Z', dueBy: '2026-03-09T04:00:00.000Z', acceptedAt: '2026-03-02T05:40:00.000Z',
      },
      {
        level: 1, unitId: u['DIST-1'], unitName: '东门街道', state: 'delegated', fromUnitId: u.DIST, fromUnitName: '东城区', delegatedByName: 'district',
        at: '2026-03-02T06:00:00.000Z', acceptBy: '2026-03-02T07:00:00.000Z', dueBy: '2026-03-09T04:00:00.000Z', acceptedAt: '2026-03-02T06:10:00.000Z',
      },
      {
        level: 2, unitId: communityId, unitName: '东门社区', state: 'dispatched', fromUnitName: '东门街道', delegatedByName: 'street1',
        at: '2026-03-02T06:30:00.000Z', acceptBy: '2026-03-02T07:30:00.000Z', dueBy: '2026-03-09T04:00:00.000Z', acceptedAt: null, reply: null, rejection: null,
      },
    ]);
    // the hand-down note is masked like the request
    expect(street.chain[1].note).toContain('139****5678');
    expect(street.chain[1].note).not.toContain('13912345678');
    expect((await get('district')).myLevel).toBe(0);
    expect((await get('community1')).myLevel).toBe(2);
    expect((await get('admin')).myLevel).toBeNull();
    expect((await get('dispatcher')).myLevel).toBeNull();
    // lists carry it too (without the names, which the detail takes from the timeline)
    const list = await t.at(NOON, () => call('street1', 'GET', '/api/v1/queues/inbox?view=delegated'));
    expect(list.body.items[0]).toMatchObject({ myLevel: 1, leadUnitName: '东城区', unitName: '东门社区' });
    expect(list.body.items[0].chain.map((l: { state: string }) => l.state)).toEqual(['delegated', 'delegated', 'dispatched']);
  });

  it('a reply under review is masked; on a confidential ticket it is withheld like the content', async () => {
    const t6 = (await call('street1', 'GET', `/api/v1/tickets/${ids.T6}`)).body;
    expect(t6.chain[2]).toMatchObject({ state: 'reviewing', reply: { at: '2026-03-04T01:00:00.000Z', byName: 'community1', unitId: communityId } });
    expect(t6.chain[2].reply.content).toContain('139****5678');
    expect(t6.chain[2].reply.content).not.toMatch(/13912345678|李四/);

    const u = t.fx.units;
    const id = await register('C', '2026-03-05 08:45', { confidential: true });
    await step('2026-03-05 09:00', 'dispatcher', id, 'dispatch', { unitId: u.DIST, assistUnitIds: [u.ENV] });
    await step('2026-03-05 09:10', 'district', id, 'accept');
    await step('2026-03-05 09:20', 'district', id, 'delegate', { unitId: u['DIST-1'], note: '请核实' });
    await step('2026-03-05 09:30', 'street1', id, 'accept');
    await step('2026-03-05 10:00', 'street1', id, 'reply', { content: '已处理，电话 13912345678' });
    const level = async (user: string) => (await call(user, 'GET', `/api/v1/tickets/${id}`)).body.chain[1];
    expect((await level('district')).reply.content).toBe('已处理，电话 139****5678');
    // the analyst and the assisting unit see the ticket, not its text
    for (const user of ['analyst', 'env']) {
      expect(await level(user), user).toMatchObject({ note: '【保密工单】', reply: { content: '【保密工单】' } });
    }
    await step('2026-03-05 10:30', 'district', id, 'review-reply', { approve: false, note: '请附现场照片' });
    expect((await level('street1')).rejection).toMatchObject({ note: '请附现场照片', byName: 'district', at: '2026-03-05T02:30:00.000Z' });
    expect((await level('analyst')).rejection.note).toBe('【保密工单】');
    expect((await level('street1')).reply).toBeNull();
  });

  it('a return’s suggested unit (派单异议) is on pendingReturn', async () => {
    const id = await register('R', '2026-03-05 08:45');
    await step('2026-03-05 09:00', 'dispatcher', id, 'dispatch', { unitId: t.fx.units.ENV });
    await step('2026-03-05 09:10', 'env', id, 'return', { reason: '属东城区辖区', suggestedUnitId: t.fx.units.DIST });
    const x = (await t.call('dispatcher', 'GET', `/api/v1/tickets/${id}`)).body;
    expect(x.pendingReturn).toMatchObject({ reason: '属东城区辖区', unitId: t.fx.units.ENV, suggestedUnitId: t.fx.units.DIST });
  });
});
