// GET /api/v1/measures and /api/v1/rankings over tickets driven through the API to known
// outcomes (t.setNow puts each step at a chosen local time). Every figure below is worked out
// by hand from the table of tickets; rate = numerator / denominator, null when nothing to measure.
// Office hours 08:30–12:00, 13:30–17:30 (450 min a day); the week of Mon 2026-03-02 has no holiday.
//
// The period asked for is 2026-03-02 … 2026-03-03 (Asia/Shanghai, both inclusive).
//
//  ticket created (local)   unit          category          line   district  outcome
//  T0  Sun 03-01 23:59:59   –             HR-WAGE           12333  DIST      registered (outside: day before)
//  T1  Mon 03-02 00:30      –             HR-WAGE           12333  –         answered directly (UTC date 03-01!)
//  T2  Mon 08:45            ENV           ENV-NOISE-BUILD   12369  DIST      accepted on time, replied on time, satisfied
//  T3  Mon 09:00            ENV           ENV-NOISE         12369  –         accepted late, replied on time, unsatisfied →
//                                                                            reopened, replied, resolved & satisfied
//  T4  Mon 10:00            HR → ENV      HR-WAGE-UNPAID    –      –         returned by HR, dispatched to ENV, accepted on time
//  T5  Tue 03-03 09:00      DIST-2        ENV-NOISE-BUILD   12345  DIST      on time, callback unreached ×3 → closed
//  T8  Tue 10:00            DIST-1        ENV-NOISE-BUILD   –      DIST      on time, unresolved & unsatisfied → reopened
//  T6  Tue 23:59:59         –             HR-WAGE           12333  DIST      registered (inside: last second of `to`)
//  T7  Wed 03-04 00:00:01   –             HR-WAGE           12333  DIST      registered (outside; its UTC date is 03-03!)
//  T9  Thu 03-05 09:00      –             HR-WAGE-UNPAID    –      –         refused (不予受理) on the call: counted apart
//
// Handling minutes (dispatch → first reply, working time): T2 and T3 Mon 09:00 → Wed 15:00 =
// 420 + 450 + 300 = 1170; T5 Tue 09:00 → 16:00 = 180 + 150 = 330; T8 Tue 10:00 → 15:00 = 120 + 90 = 210.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { migration as refusedMigration } from '../../src/store/migrations/0014_refused.js';
import { rebuildRollupDays } from '../../src/store/measures.js';
import { local, testApp, type TestApp, snapshot } from '../helpers.js';

let t: TestApp;


const at = <T>(when: string, fn: () => Promise<T>) => t.at(when, fn);
const step = (when: string, user: string, id: number, name: string, body: unknown = {}) => t.stepAt(when, user, id, name, body);

async function register(when: string, body: Record<string, unknown>) {
  const res = await at(when, () => t.call('agent', 'POST', '/api/v1/tickets', { channel: 'phone', ...body }));
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: number; districtId: number | null; createdAt: string };
}

const ids: Record<string, number> = {};

beforeAll(async () => {
  t = await testApp();
  const cat = t.fx.categories;
  const unit = t.fx.units;
  // The merged lines the tickets came in on (intake refuses a line that does not exist); no default category or unit.
  await t.database.db
    .insertInto('lines')
    .values(['12333', '12369', '12345'].map((number) => ({ number, name: `${number} 热线`, category_id: null, unit_id: null })))
    .onConflict((oc) => oc.column('number').doNothing())
    .execute();
  t.ctx.ref.invalidate();
  const consult = (line: string | null, address: string | null) => ({
    type: 'consult', line, address, categoryId: cat['HR-WAGE'], content: '请问工资发放标准怎么查询？',
  });
  const complaint = (categoryId: number, line: string | null, address: string | null, content = '工地夜间施工噪音扰民。') => ({
    type: 'complaint', line, address, categoryId, content,
  });

  ids.T0 = (await register('2026-03-01 23:59:59', consult('12333', '东城区'))).id;

  ids.T1 = (await register('2026-03-02 00:30', consult('12333', null))).id;
  await step('2026-03-02 00:35', 'agent', ids.T1, 'answer', { content: '可在人社局网站查询。' });

  ids.T2 = (await register('2026-03-02 08:45', complaint(cat['ENV-NOISE-BUILD'], '12369', '东城区东门街道建设路12号'))).id;
  await step('2026-03-02 09:00', 'dispatcher', ids.T2, 'dispatch', { unitId: unit.ENV });
  await step('2026-03-02 09:30', 'env', ids.T2, 'accept'); // acceptBy 10:00: on time
  await step('2026-03-04 15:00', 'env', ids.T2, 'reply', { content: '已责令停工。' }); // dueBy Mon 03-09 09:00
  await step('2026-03-05 10:00', 'callback', ids.T2, 'callback', { reached: true, resolved: true, satisfaction: 'satisfied' });

  ids.T3 = (await register('2026-03-02 09:00', complaint(cat['ENV-NOISE'], '12369', null))).id;
  await step('2026-03-02 09:00', 'dispatcher', ids.T3, 'dispatch', { unitId: unit.ENV });
  await step('2026-03-02 10:30', 'env', ids.T3, 'accept'); // acceptBy 10:00: late
  await step('2026-03-04 15:00', 'env', ids.T3, 'reply', { content: '已处理。' });
  const reopened = await step('2026-03-05 10:00', 'callback', ids.T3, 'callback', { reached: true, resolved: false, satisfaction: 'unsatisfied' });
  expect(reopened).toMatchObject({ status: 'handling', reopenCount: 1 });
  await step('2026-03-05 11:00', 'env', ids.T3, 'reply', { content: '再次核查，已安装隔音屏障。' });
  await step('2026-03-06 10:00', 'callback', ids.T3, 'callback', { reached: true, resolved: true, satisfaction: 'satisfied' });

  ids.T4 = (await register('2026-03-02 10:00', complaint(cat['HR-WAGE-UNPAID'], null, null, '公司拖欠三个月工资。'))).id;
  await step('2026-03-02 10:00', 'dispatcher', ids.T4, 'dispatch', { unitId: unit.HR });
  await step('2026-03-02 10:10', 'hr', ids.T4, 'return', { reason: '涉及噪声，应由生态环境局办理' });
  await step('2026-03-02 10:20', 'dispatcher', ids.T4, 'review-return', { approve: true });
  await step('2026-03-02 10:30', 'dispatcher', ids.T4, 'dispatch', { unitId: unit.ENV });
  await step('2026-03-02 11:00', 'env', ids.T4, 'accept'); // acceptBy 11:30: on time

  ids.T5 = (await register('2026-03-03 09:00', complaint(cat['ENV-NOISE-BUILD'], '12345', '西门街道人民路8号'))).id;
  await step('2026-03-03 09:00', 'dispatcher', ids.T5, 'dispatch', { unitId: unit['DIST-2'] });
  await step('2026-03-03 09:20', 'street2', ids.T5, 'accept');
  await step('2026-03-03 16:00', 'street2', ids.T5, 'reply', { content: '已处理。' });
  for (const when of ['2026-03-04 10:00', '2026-03-04 14:00', '2026-03-05 10:00']) {
    await step(when, 'callback', ids.T5, 'callback', { reached: false });
  }

  ids.T8 = (await register('2026-03-03 10:00', complaint(cat['ENV-NOISE-BUILD'], null, '东门街道解放路3号'))).id;
  await step('2026-03-03 10:00', 'dispatcher', ids.T8, 'dispatch', { unitId: unit['DIST-1'] });
  await step('2026-03-03 10:30', 'street1', ids.T8, 'accept');
  await step('2026-03-03 15:00', 'street1', ids.T8, 'reply', { content: '已处理。' });
  await step('2026-03-04 10:00', 'callback', ids.T8, 'callback', { reached: true, resolved: false, satisfaction: 'unsatisfied' });

  ids.T6 = (await register('2026-03-03 23:59:59', consult('12333', '东城区'))).id;
  ids.T7 = (await register('2026-03-04 00:00:01', consult('12333', '东城区'))).id;

  ids.T9 = (await register('2026-03-05 09:00', complaint(cat['HR-WAGE-UNPAID'], null, null, '劳动仲裁已经受理，请热线催仲裁委尽快裁决。'))).id;
  await step('2026-03-05 09:05', 'agent', ids.T9, 'refuse', { reason: 'arbitration' });
});
afterAll(async () => {
  await t?.close();
});

type Pair = [number, number];
interface Expected {
  volume: number;
  refused?: number;
  hours: number | null;
  direct: Pair;
  response: Pair;
  acceptOnTime: Pair;
  closeOnTime: Pair;
  returned: Pair;
  resolution: Pair;
  satisfaction: Pair;
  reopen: Pair;
  callback: Pair;
  /** 重复件率 over the volume; none of the fixture's requests repeats another unless given. */
  repeat?: Pair;
}
const rate = ([numerator, denominator]: Pair) => ({ numerator, denominator, rate: denominator ? numerator / denominator : null });
const measures = (e: Expected) => ({
  volume: e.volume,
  refused_count: e.refused ?? 0,
  average_handling_hours: e.hours,
  direct_answer_rate: rate(e.direct),
  response_rate: rate(e.response),
  on_time_accept_rate: rate(e.acceptOnTime),
  on_time_close_rate: rate(e.closeOnTime),
  return_rate: rate(e.returned),
  resolution_rate: rate(e.resolution),
  satisfaction_rate: rate(e.satisfaction),
  reopen_rate: rate(e.reopen),
  callback_rate: rate(e.callback),
  repeat_rate: rate(e.repeat ?? [0, e.volume]),
});
const NONE: Expected = {
  volume: 0, hours: null, direct: [0, 0], response: [0, 0], acceptOnTime: [0, 0], closeOnTime: [0, 0], returned: [0, 0],
  resolution: [0, 0], satisfaction: [0, 0], reopen: [0, 0], callback: [0, 0],
};

const PERIOD = 'from=2026-03-02&to=2026-03-03';
async function items(group: string, query = PERIOD, user = 'analyst') {
  const res = await t.call(user, 'GET', `/api/v1/measures?group=${group}&${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.items as { key: string; name: string; measures: Record<string, unknown> }[];
}
const byKey = (list: { key: string; measures: Record<string, unknown> }[], key: number | string) => list.find((i) => i.key === String(key))?.measures;

describe('the fixture is what the table says', () => {
  it('creation times are as set', async () => {
    expect((await t.call('admin', 'GET', `/api/v1/tickets/${ids.T1}`)).body.createdAt).toBe('2026-03-01T16:30:00.000Z');
    expect((await t.call('admin', 'GET', `/api/v1/tickets/${ids.T6}`)).body.createdAt).toBe('2026-03-03T15:59:59.000Z');
  });

  it('districts are found from the addresses, directly or through a street, and stored', async () => {
    const district = async (id: number) => (await t.call('admin', 'GET', `/api/v1/tickets/${id}`)).body.districtId;
    expect(await district(ids.T2)).toBe(t.fx.units.DIST); // 东城区…
    expect(await district(ids.T5)).toBe(t.fx.units.DIST); // 西门街道, a street of 东城区
    expect(await district(ids.T8)).toBe(t.fx.units.DIST); // 东门街道
    expect(await district(ids.T6)).toBe(t.fx.units.DIST);
    expect(await district(ids.T1)).toBeNull();
    expect(await district(ids.T3)).toBeNull();
    const listed = await t.call('admin', 'GET', `/api/v1/tickets?district=${t.fx.units.DIST}&pageSize=200`);
    expect(listed.body.items.map((x: { id: number }) => x.id).sort((a: number, b: number) => a - b)).toEqual(
      [ids.T0, ids.T2, ids.T5, ids.T8, ids.T6, ids.T7].sort((a, b) => a - b),
    );
  });
});

describe('GET /api/v1/measures', () => {
  it('group=unit: per unit with its subtree; a return counts against the unit that returned it', async () => {
    const list = await items('unit');
    expect(list.map((i) => i.key).sort()).toEqual(Object.values(t.fx.units).map(String).sort());
    // ENV: T2, T3, T4. Accepted on time T2, T4 of 3; replied on time T2, T3 of 2 due; both reached,
    // resolved, satisfied (T3's last callback); T3 reopened of 2 replied; T4's return is not ENV's.
    expect(byKey(list, t.fx.units.ENV)).toEqual(
      measures({
        volume: 3, hours: 19.5, direct: [0, 3], response: [2, 3], acceptOnTime: [2, 3], closeOnTime: [2, 2], returned: [0, 3],
        resolution: [2, 2], satisfaction: [2, 2], reopen: [1, 2], callback: [2, 2],
      }),
    );
    // HR: no ticket of its own now, but the return of T4 is its: 1 return of 1 dispatch.
    expect(byKey(list, t.fx.units.HR)).toEqual(measures({ ...NONE, returned: [1, 1] }));
    // Streets: DIST-1 has T8 (unresolved, unsatisfied, reopened); DIST-2 has T5 (never reached).
    expect(byKey(list, t.fx.units['DIST-1'])).toEqual(
      measures({
        volume: 1, hours: 3.5, direct: [0, 1], response: [1, 1], acceptOnTime: [1, 1], closeOnTime: [1, 1], returned: [0, 1],
        resolution: [0, 1], satisfaction: [0, 1], reopen: [1, 1], callback: [1, 1],
      }),
    );
    expect(byKey(list, t.fx.units['DIST-2'])).toEqual(
      measures({
        volume: 1, hours: 5.5, direct: [0, 1], response: [1, 1], acceptOnTime: [1, 1], closeOnTime: [1, 1], returned: [0, 1],
        resolution: [0, 0], satisfaction: [0, 0], reopen: [0, 1], callback: [0, 1],
      }),
    );
    // The district includes its streets: T5 + T8; (330 + 210) / 2 = 270 min = 4.5 h.
    expect(byKey(list, t.fx.units.DIST)).toEqual(
      measures({
        volume: 2, hours: 4.5, direct: [0, 2], response: [2, 2], acceptOnTime: [2, 2], closeOnTime: [2, 2], returned: [0, 2],
        resolution: [0, 1], satisfaction: [0, 1], reopen: [1, 2], callback: [1, 2],
      }),
    );
    // The centre: its whole subtree, and the tickets without a unit are its own (answered
    // directly, waiting for dispatch: T1, T6), so every ticket of the period is the centre's —
    // T1, T2, T3, T4, T5, T8, T6: volume 7, of which T1 answered directly: 1 / 7. Dispatches:
    // ENV 3, HR 1, streets 2. hours: (1170 × 2 + 330 + 210) / 4 = 720 min = 12 h.
    expect(byKey(list, t.fx.units.CENTER)).toEqual(
      measures({
        volume: 7, hours: 12, direct: [1, 7], response: [4, 5], acceptOnTime: [4, 5], closeOnTime: [4, 4],
        returned: [1, 6], resolution: [2, 3], satisfaction: [2, 3], reopen: [2, 4], callback: [3, 4],
      }),
    );
  });

  it('group=category: per category with its subtree', async () => {
    const list = await items('category');
    const cat = t.fx.categories;
    // ENV-NOISE-BUILD: T2, T5, T8. (1170 + 330 + 210) / 3 = 570 min = 9.5 h.
    const build = measures({
      volume: 3, hours: 9.5, direct: [0, 3], response: [3, 3], acceptOnTime: [3, 3], closeOnTime: [3, 3], returned: [0, 3],
      resolution: [1, 2], satisfaction: [1, 2], reopen: [1, 3], callback: [2, 3],
    });
    expect(byKey(list, cat['ENV-NOISE-BUILD'])).toEqual(build);
    // ENV-NOISE and ENV add T3: (1170 × 2 + 330 + 210) / 4 = 720 min = 12 h.
    const noise = measures({
      volume: 4, hours: 12, direct: [0, 4], response: [3, 4], acceptOnTime: [3, 4], closeOnTime: [4, 4], returned: [0, 4],
      resolution: [2, 3], satisfaction: [2, 3], reopen: [2, 4], callback: [3, 4],
    });
    expect(byKey(list, cat['ENV-NOISE'])).toEqual(noise);
    expect(byKey(list, cat.ENV)).toEqual(noise);
    // HR-WAGE-UNPAID: T4 alone; by category the return counts where the ticket is.
    const unpaid = { ...NONE, volume: 1, direct: [0, 1] as Pair, response: [1, 1] as Pair, acceptOnTime: [1, 1] as Pair, returned: [1, 1] as Pair };
    expect(byKey(list, cat['HR-WAGE-UNPAID'])).toEqual(measures(unpaid));
    // HR-WAGE: T1 (answered directly), T6 (registered) and T4 below it — not T0 or T7.
    const wage = measures({ ...unpaid, volume: 3, direct: [1, 3] });
    expect(byKey(list, cat['HR-WAGE'])).toEqual(wage);
    expect(byKey(list, cat.HR)).toEqual(wage);
  });

  it('group=line: every line with tickets in the period', async () => {
    const list = await items('line');
    expect(list.map((i) => i.key)).toEqual(['12333', '12345', '12369']);
    // 12333: T1 and T6 — T0 and T7 fall outside; T1 counts although its UTC date is the day before.
    expect(byKey(list, '12333')).toEqual(measures({ ...NONE, volume: 2, direct: [1, 2] }));
    expect(byKey(list, '12345')).toEqual(
      measures({
        volume: 1, hours: 5.5, direct: [0, 1], response: [1, 1], acceptOnTime: [1, 1], closeOnTime: [1, 1], returned: [0, 1],
        resolution: [0, 0], satisfaction: [0, 0], reopen: [0, 1], callback: [0, 1],
      }),
    );
    expect(byKey(list, '12369')).toEqual(
      measures({
        volume: 2, hours: 19.5, direct: [0, 2], response: [1, 2], acceptOnTime: [1, 2], closeOnTime: [2, 2], returned: [0, 2],
        resolution: [2, 2], satisfaction: [2, 2], reopen: [1, 2], callback: [2, 2],
      }),
    );
  });

  it('group=district: tickets about the district, named directly or through a street', async () => {
    const list = await items('district');
    expect(list.map((i) => i.key)).toEqual([String(t.fx.units.DIST)]);
    // T2, T5, T6, T8: (1170 + 330 + 210) / 3 handled = 570 min = 9.5 h.
    expect(list[0].measures).toEqual(
      measures({
        volume: 4, hours: 9.5, direct: [0, 4], response: [3, 3], acceptOnTime: [3, 3], closeOnTime: [3, 3], returned: [0, 3],
        resolution: [1, 2], satisfaction: [1, 2], reopen: [1, 3], callback: [2, 3],
      }),
    );
  });

  it('from and to are inclusive dates in Asia/Shanghai', async () => {
    const volume = async (query: string) => (byKey(await items('line', query), '12333') as { volume: number } | undefined)?.volume ?? 0;
    // 03-01: T0 only (T1, at 00:30 local, is 03-01 in UTC but 03-02 here).
    expect(await volume('from=2026-03-01&to=2026-03-01')).toBe(1);
    expect(await volume('from=2026-03-02&to=2026-03-02')).toBe(1); // T1
    expect(await volume('from=2026-03-03&to=2026-03-03')).toBe(1); // T6 at 23:59:59
    // 03-04: T7 only (00:00:01 local is still 03-03 in UTC).
    expect(await volume('from=2026-03-04&to=2026-03-04')).toBe(1);
    expect(await volume('from=2026-03-01&to=2026-03-04')).toBe(4);
    const env = await items('unit', 'from=2026-03-03&to=2026-03-03');
    expect((byKey(env, t.fx.units.ENV) as { volume: number }).volume).toBe(0);
    expect((byKey(env, t.fx.units.DIST) as { volume: number }).volume).toBe(2);
  });

  it('refused requests (不予受理) count apart: in the volume and refused_count, in no rate', async () => {
    // 03-05: T9 alone, refused on the call, without a unit: the centre's own.
    const units = await items('unit', 'from=2026-03-05&to=2026-03-05');
    expect(byKey(units, t.fx.units.CENTER)).toEqual(measures({ ...NONE, volume: 1, refused: 1, direct: [0, 1] }));
    expect(byKey(units, t.fx.units.HR)).toEqual(measures(NONE));
    const categories = await items('category', 'from=2026-03-05&to=2026-03-05');
    expect(byKey(categories, t.fx.categories.HR)).toEqual(measures({ ...NONE, volume: 1, refused: 1, direct: [0, 1] }));
    // The period of the table above has none.
    expect((byKey(await items('unit'), t.fx.units.CENTER) as { refused_count: number }).refused_count).toBe(0);
  });

  it('migration 0014 puts right a ticket refused before the fact existed, and its day\'s rollups', async () => {
    const march5 = 'from=2026-03-05&to=2026-03-05';
    // T9 as an older release left it: facts without the refused bit (16384), rolled up so.
    await sql`UPDATE tickets SET facts = 0 WHERE id = ${ids.T9}`.execute(t.database.db);
    await rebuildRollupDays(t.database.db, ['2026-03-05']);
    expect(byKey(await items('unit', march5), t.fx.units.CENTER)).toMatchObject({ volume: 1, refused_count: 0 });
    await refusedMigration.up(t.database.db);
    const { facts } = await t.database.db.selectFrom('tickets').select('facts').where('id', '=', ids.T9).executeTakeFirstOrThrow();
    expect(facts).toBe(16384);
    // The watermark went back to the refusal: the next read rebuilds that day.
    expect(byKey(await items('unit', march5), t.fx.units.CENTER)).toEqual(measures({ ...NONE, volume: 1, refused: 1, direct: [0, 1] }));
    // Run again, it changes nothing.
    await refusedMigration.up(t.database.db);
    expect((await t.database.db.selectFrom('tickets').select('facts').where('id', '=', ids.T9).executeTakeFirstOrThrow()).facts).toBe(16384);
  });

  it('a unit handler sees only their subtree, and only by unit or district', async () => {
    const hr = await items('unit', PERIOD, 'hr');
    expect(hr.map((i) => i.key)).toEqual([String(t.fx.units.HR)]);
    expect(byKey(hr, t.fx.units.HR)).toEqual(measures({ ...NONE, returned: [1, 1] }));
    const district = await items('unit', PERIOD, 'district');
    expect(district.map((i) => i.key).sort()).toEqual([t.fx.units.DIST, t.fx.units['DIST-1'], t.fx.units['DIST-2']].map(String).sort());
    expect(await items('district', PERIOD, 'hr')).toEqual([]);
    expect((await items('district', PERIOD, 'district')).map((i) => i.key)).toEqual([String(t.fx.units.DIST)]);
    const before = await snapshot(t.database);
    for (const group of ['category', 'line']) {
      const res = await t.call('hr', 'GET', `/api/v1/measures?group=${group}&${PERIOD}`);
      expect(res.status, group).toBe(403);
    }
    expect((await t.call('agent', 'GET', `/api/v1/measures?${PERIOD}`)).status).toBe(403);
    expect((await t.call(null, 'GET', `/api/v1/measures?${PERIOD}`)).status).toBe(401);
    expect(await snapshot(t.database)).toEqual(before); // not even the rollups' watermark
  });

  it('bad dates, from after to, or an unknown group → 400, and nothing changed', async () => {
    const before = await snapshot(t.database);
    for (const query of [
      'from=2026-02-30&to=2026-03-03',
      'from=2026-03-02&to=2026-13-01',
      'from=20260302&to=2026-03-03',
      'from=2026-03-04&to=2026-03-03',
      'from=2026-03-02&to=2026-03-03&group=street',
    ]) {
      const res = await t.call('analyst', 'GET', `/api/v1/measures?${query}`);
      expect(res.status, query).toBe(400);
    }
    expect((await t.call('analyst', 'GET', '/api/v1/measures?from=2026-03-04&to=2026-03-03')).body.code).toBe('invalid_period');
    expect(await snapshot(t.database)).toEqual(before);
  });
});

describe('GET /api/v1/rankings', () => {
  it('orders units of a kind by composite score (response 20%, resolution 40%, satisfaction 40%)', async () => {
    // One ticket each: below the default minimum sample of 10, so listed but not ranked …
    const res = await t.call('analyst', 'GET', `/api/v1/rankings?kind=street&${PERIOD}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ kind: 'street', minSample: 10, minSampleSource: 'policy' });
    expect(res.body.items.map((i: { rank: number | null; ranked: boolean; unitId: number; note: string | null }) => [i.rank, i.ranked, i.unitId, i.note])).toEqual([
      [null, false, t.fx.units['DIST-1'], '样本不足'],
      [null, false, t.fx.units['DIST-2'], '样本不足'],
    ]);
    // … and with a minimum of 1 they are ranked. DIST-2: only the response rate can be
    // measured (1) → 100. DIST-1: 0.2 × 1 + 0.4 × 0 + 0.4 × 0 → 20.
    const one = await t.call('analyst', 'GET', `/api/v1/rankings?kind=street&minSample=1&${PERIOD}`);
    expect(one.body.items.map((i: { rank: number; unitId: number; score: number }) => [i.rank, i.unitId, i.score])).toEqual([
      [1, t.fx.units['DIST-2'], 100],
      [2, t.fx.units['DIST-1'], 20],
    ]);
    // Departments: ENV 0.2 × 2/3 + 0.4 + 0.4 = 0.9333 → 93.33; HR lead on nothing in the period: listed, unranked.
    const depts = await t.call('analyst', 'GET', `/api/v1/rankings?minSample=1&${PERIOD}`);
    expect(depts.body.items.map((i: { unitId: number; rank: number | null; score: number | null }) => [i.unitId, i.rank, i.score])).toEqual([
      [t.fx.units.ENV, 1, 93.33],
      [t.fx.units.HR, null, null],
    ]);
    expect((await t.call('hr', 'GET', `/api/v1/rankings?${PERIOD}`)).status).toBe(403);
  });
});
