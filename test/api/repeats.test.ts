// Duplicates and repeats (重复件, 66号: 重复诉求原则上并单) over the API: the same road named in
// the text without an address field, the same problem in other words (缺失 / 不见了), the repeat
// flag of a registered ticket (the same caller about the same matter, or the same matter from
// anyone, within 30 days) with its link, the intake check, and the repeat rate (重复件率).

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snapshot, testApp, type TestApp } from '../helpers.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => {
  await t?.close();
});

type Body = Record<string, unknown>;
interface Event {
  type: string;
  actor: { role: string };
  payload: Record<string, unknown>;
}

async function register(when: string, body: Body) {
  const res = await t.at(when, () => t.call('agent', 'POST', '/api/v1/tickets', { channel: 'phone', type: 'complaint', ...body }));
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: number; number: string };
}
const get = async (id: number, user = 'dispatcher') => {
  const res = await t.call(user, 'GET', `/api/v1/tickets/${id}`);
  expect(res.status).toBe(200);
  return res.body as { id: number; repeatOf: number | null; repeatReason: string | null; events: Event[] };
};
const caller = (name: string, phone: string) => ({ caller: { name, phone } });

describe('the same road without an address, the same problem in other words', () => {
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    // No address field anywhere: the place is only in the words. 星沙大道 ends with 大道.
    ids.first = (await register('2026-03-02 09:00', { content: '星沙大道北段人行道上的井盖缺失，晚上路过很危险，请尽快补上。', ...caller('刘一', '13700001001') })).id;
    ids.otherRoad = (await register('2026-03-02 10:00', { content: '芙蓉大道北段人行道上的井盖缺失，晚上路过很危险。', ...caller('刘三', '13700001003') })).id;
    ids.otherProblem = (await register('2026-03-02 11:00', { content: '星沙大道北段的路灯一到晚上就不亮，一片漆黑。', ...caller('刘四', '13700001004') })).id;
    // Another citizen, the next day: the manhole cover 不见了 (缺失 in other words).
    ids.again = (await register('2026-03-03 10:00', { content: '星沙大道北段有个井盖不见了，我骑电动车差点掉进去。', ...caller('刘二', '13700001002') })).id;
  });

  it('GET /tickets/{id}/similar finds the first report, on the road and the word they share', async () => {
    const res = await t.call('dispatcher', 'GET', `/api/v1/tickets/${ids.again}/similar`);
    expect(res.status).toBe(200);
    const items = res.body.items as { id: number; score: number; why: { sharedWords: string[]; sharedPlaces: string[] } }[];
    expect(items.map((x) => x.id)).toEqual([ids.first]);
    expect(items[0].why.sharedPlaces).toContain('星沙大道北段');
    // 缺失 and 不见了 are one word for the matching, shown in one of its spellings.
    expect(items[0].why.sharedWords.filter((w) => ['缺失', '不见了'].includes(w))).toHaveLength(1);
    expect(items[0].why.sharedWords).toContain('井盖');
    // The same problem on another 大道, and another problem on the same road, are other matters.
    const found = items.map((x) => x.id);
    expect(found).not.toContain(ids.otherRoad);
    expect(found).not.toContain(ids.otherProblem);
  });

  it('the second report is flagged a repeat of the first (the same matter from another caller), by the system, on its timeline', async () => {
    const again = await get(ids.again);
    expect(again).toMatchObject({ repeatOf: ids.first, repeatReason: 'matter' });
    const flag = again.events.find((e) => e.type === 'repeat_flagged');
    expect(flag).toMatchObject({ actor: { role: 'system' }, payload: { repeatOf: ids.first, reason: 'matter' } });
    expect(flag?.payload.score).toBeGreaterThanOrEqual(0.6);
    for (const other of [ids.first, ids.otherRoad, ids.otherProblem]) {
      const x = await get(other);
      expect(x.repeatOf, String(other)).toBeNull();
      expect(x.events.map((e) => e.type), String(other)).not.toContain('repeat_flagged');
    }
  });

  it('噪音 and 噪声 are one word: a request in either finds the other', async () => {
    const noise = await register('2026-03-04 09:00', { content: '滨江路夜市的音响噪音很大，每天吵到凌晨一点。', ...caller('陈一', '13700003001') });
    const res = await t.call('agent', 'POST', '/api/v1/tickets/similar', { content: '滨江路夜市音响噪声太大，天天吵到凌晨。' });
    expect(res.status).toBe(200);
    expect(res.body.items[0]).toMatchObject({ id: noise.id });
    expect(res.body.items[0].why.sharedWords.filter((w: string) => ['噪音', '噪声'].includes(w))).toHaveLength(1);
  });
});

describe('the repeat flag (重复件): the same caller about the same matter within 30 days', () => {
  const WANG = caller('王五', '13700002001');
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    ids.first = (await register('2026-03-02 09:00', { content: '我们小区3栋的电梯经常停运，老人上下楼很困难，物业一直不修。', address: '东城区东门街道幸福里小区3栋', ...WANG })).id;
    // 18 days later, in other words, without the address: the same caller, the same matter.
    ids.again = (await register('2026-03-20 15:00', { content: '幸福里小区3栋的电梯又停运了，物业还是不修，老人上下楼很困难。', ...WANG })).id;
    // The same caller the next day about something else: not a repeat.
    ids.otherMatter = (await register('2026-03-21 09:00', { content: '我家楼下的垃圾桶满了好几天没人清运，臭味很大。', ...WANG })).id;
    // Another caller, the same words 31 days apart: outside the window.
    const ZHAO = caller('赵六', '13700002002');
    ids.old = (await register('2026-03-02 09:30', { content: '滨河路下水道堵塞，污水漫到路面上，臭气熏天。', ...ZHAO })).id;
    ids.late = (await register('2026-04-02 09:31', { content: '滨河路下水道堵塞，污水漫到路面上，臭气熏天。', ...ZHAO })).id;
  });

  it('the second request within 30 days is flagged with a link to the earlier ticket', async () => {
    const again = await get(ids.again);
    expect(again).toMatchObject({ repeatOf: ids.first, repeatReason: 'caller' });
    expect(again.events.map((e) => e.type)).toEqual(['registered', 'repeat_flagged']);
    expect(again.events[1]).toMatchObject({ actor: { role: 'system' }, payload: { repeatOf: ids.first, reason: 'caller' } });
    // The link leads to the earlier ticket; the dispatch queue lists the flag with it.
    expect((await get(again.repeatOf as number)).id).toBe(ids.first);
    const queue = await t.call('dispatcher', 'GET', '/api/v1/tickets?status=registered&pageSize=200');
    expect(queue.body.items.find((x: { id: number }) => x.id === ids.again)).toMatchObject({ repeatOf: ids.first, repeatReason: 'caller' });
    expect(queue.body.items.find((x: { id: number }) => x.id === ids.first)).toMatchObject({ repeatOf: null, repeatReason: null });
  });

  it('not a repeat: the same caller about another matter, or the same words after 30 days', async () => {
    for (const id of [ids.first, ids.otherMatter, ids.old, ids.late]) {
      const x = await get(id);
      expect(x.repeatOf, String(id)).toBeNull();
      expect(x.events.map((e) => e.type), String(id)).toEqual(['registered']);
    }
  });
});

describe('at intake (POST /tickets/repeat-check): warned before anything is saved', () => {
  const LIU = caller('刘一', '13700001001');
  let first: number;
  beforeAll(async () => {
    first = (await register('2026-05-04 09:00', { content: '光明里社区东门的消防通道被私家车长期占用，消防车进不来。', address: '东城区西门街道光明里社区', ...LIU })).id;
  });
  const check = (body: Body, user = 'agent') => t.at('2026-05-06 10:00', () => t.call(user, 'POST', '/api/v1/tickets/repeat-check', body));

  it('the same caller about the same matter: the open ticket, to add the call to', async () => {
    const before = await snapshot(t.database);
    const res = await check({ callerPhone: '137-0000-1001', content: '光明里社区东门消防通道还是被私家车占着，消防车进不去。' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ windowDays: 30, repeat: { ticket: { id: first }, open: true, reason: 'caller' } });
    expect(res.body.repeat.ticket.caller.phone).toBe('137****1001');
    expect(await snapshot(t.database)).toEqual(before);
    // The one key of the warning: the call added to the open ticket as the citizen's words (补充).
    const added = await t.call('agent', 'POST', `/api/v1/tickets/${first}/note`, { content: '来电补充：消防通道仍被占用', fromCitizen: true });
    expect(added.status).toBe(200);
    expect((await get(first)).events.at(-1)).toMatchObject({ type: 'noted', payload: { fromCitizen: true } });
  });

  it('no number, the same matter at the same place: found as the matter; another matter: nothing', async () => {
    const same = await check({ content: '光明里社区东门的消防通道被车占了，消防车进不来怎么办。', address: '东城区西门街道光明里社区' });
    expect(same.body.repeat).toMatchObject({ ticket: { id: first }, reason: 'matter' });
    expect(same.body.repeat.sharedPlaces).toContain('光明里社区');
    const other = await check({ callerPhone: '13700001001', content: '想咨询一下新生儿医保怎么办理。' });
    expect(other.body).toEqual({ repeat: null, windowDays: 30 });
  });

  it('refuses what it must, and changes nothing', async () => {
    const before = await snapshot(t.database);
    const cases: [string, Body, number][] = [
      ['agent', {}, 400],
      ['agent', { content: '   ' }, 400],
      ['agent', { content: '消防通道', callerPhone: 'not a phone' }, 400],
      ['analyst', { content: '消防通道被占' }, 403],
      ['env', { content: '消防通道被占' }, 403],
    ];
    for (const [user, body, status] of cases) {
      const res = await check(body, user);
      expect(res.status, `${user} ${JSON.stringify(body)}`).toBe(status);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
    expect(await snapshot(t.database)).toEqual(before);
  });
});

describe('the repeat rate (重复件率)', () => {
  it('repeats over every request of the period: 1 of 4 worked out by hand', async () => {
    // 2026-06-10/11 in 东城区, far from the other tickets of this file: four requests, of which one
    // (the second call of 孙七 about the same leaking roof) repeats an earlier one.
    const SUN = caller('孙七', '13700004001');
    const roof = { content: '东门街道和平路5号楼顶漏水，下雨天家里天花板滴水。', address: '东城区东门街道和平路5号', ...SUN };
    await register('2026-06-10 09:00', roof);
    await register('2026-06-10 10:00', { content: '和平路菜市场门口早上摊贩占道经营，车辆无法通行。', address: '东城区东门街道和平路菜市场', ...caller('周八', '13700004002') });
    await register('2026-06-11 09:00', { content: '想咨询东城区公租房申请需要哪些材料。', address: '东城区', type: 'consult', ...caller('吴九', '13700004003') });
    await register('2026-06-11 15:00', { ...roof, content: '和平路5号楼顶还在漏水，天花板一直滴水，上次反映过了。' });
    const res = await t.at('2026-06-12 09:00', () => t.call('analyst', 'GET', '/api/v1/measures?group=district&from=2026-06-10&to=2026-06-11'));
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const dist = (res.body.items as { key: string; measures: Record<string, any> }[]).find((i) => i.key === String(t.fx.units.DIST));
    expect(dist?.measures.volume).toBe(4);
    expect(dist?.measures.repeat_rate).toEqual({ numerator: 1, denominator: 4, rate: 0.25 });
  });
});
