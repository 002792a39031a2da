// Hot topics (热点问题) on a hand-made set of 28 requests: reposts and paraphrases of one matter
// at one place must group; the same problem at another place, and another problem at the same
// place, must not; noise stays alone. Then labels, heat ranking, rising detection, determinism.

import { describe, expect, it } from 'vitest';
import { findHotTopics, heatOf, hotItemFrom, risingTopics, type HotTopic, type HotTopicItem } from '../../src/text/hot-topics.js';

const at = (s: string): Date => new Date(`${s}T10:00:00+08:00`);
const item = (id: string, day: string, caller: string, title: string, content: string, supports = 0): HotTopicItem => ({
  id,
  title,
  content,
  caller,
  at: at(day),
  supports,
});

const NOW = at('2024-06-30');

const ITEMS: HotTopicItem[] = [
  // A: night construction noise on 望江路: a repost (a2) and paraphrases, all in the last week.
  item('a1', '2024-06-26', 'u01', '望江路夜间施工噪音扰民', '江北区望江路18号附近工地每天夜里施工到凌晨两点，噪音太大，居民无法休息，请求查处。'),
  item('a2', '2024-06-27', 'u02', '望江路夜间施工噪音扰民', '江北区望江路18号附近工地每天夜里施工到凌晨两点，噪音太大，居民无法休息，请求查处。'),
  item('a3', '2024-06-28', 'u03', '望江路工地半夜施工太吵', '望江路有个工地晚上十一点以后还在施工，机器轰鸣，噪音严重影响睡眠，希望管一管夜间施工。'),
  item('a4', '2024-06-29', 'u04', '投诉望江路夜间施工', '望江路建筑工地连续一周夜间施工，噪音扰民，孩子没法睡觉。'),
  item('a5', '2024-06-30', 'u05', '望江路晚上施工噪音大', '晚上施工噪音很大，地点在望江路工地，已经持续多天，请相关部门处理夜间施工扰民问题。'),
  // B: the same problem on 滨河路: another matter.
  item('b1', '2024-06-01', 'u06', '滨河路夜间施工噪音扰民', '滨河路32号旁边的工地每天夜里施工到凌晨，噪音太大，居民无法休息，请求查处。'),
  item('b2', '2024-06-10', 'u07', '滨河路工地半夜施工太吵', '滨河路工地晚上十二点以后还在施工，噪音严重影响睡眠，希望管一管夜间施工。'),
  item('b3', '2024-06-20', 'u08', '投诉滨河路夜间施工', '滨河路建筑工地夜间施工，噪音扰民，老人睡不着觉。'),
  // C: another problem on 望江路: the garbage station smells.
  item('c1', '2024-05-01', 'u09', '望江路垃圾站臭味熏天', '望江路垃圾中转站夏天臭气熏天，污水横流，周边居民开窗都不敢，请尽快清理。'),
  item('c2', '2024-05-05', 'u10', '望江路垃圾中转站气味难闻', '望江路的垃圾站臭味很大，垃圾清运不及时，蚊蝇滋生，影响周边居民生活。'),
  item('c3', '2024-05-10', 'u11', '望江路垃圾站太臭了', '望江路垃圾站没人管，垃圾堆满溢出，臭味难闻。'),
  // D: water cut off in 丽园小区: two reposts (d3 by the same caller as d1) and a paraphrase.
  item('d1', '2024-06-10', 'u12', '丽园小区物业强行停水', '丽园小区物业因为业主欠物业费，强行给业主家停水，已经三天没有水用了。', 4),
  item('d2', '2024-06-10', 'u13', '丽园小区物业强行停水', '丽园小区物业因为业主欠物业费，强行给业主家停水，已经三天没有水用了。', 3),
  item('d3', '2024-06-11', 'u12', '丽园小区物业强行停水', '丽园小区物业因为业主欠物业费，强行给业主家停水，已经三天没有水用了。', 1),
  item('d4', '2024-06-12', 'u14', '丽园小区被物业断水三天', '丽园小区物业停水断水，说是没交物业费，全楼几十户都没水，老人孩子生活困难。', 2),
  // E: the 58车贷 fraud case in A7县, worded differently each time, with many supports.
  item('e1', '2024-03-05', 'u15', 'A7县58车贷诈骗案件进展缓慢', '58车贷平台爆雷后，A7县公安立案已经半年，案件没有任何进展通报，受害人损失惨重。', 300),
  item('e2', '2024-04-10', 'u16', '请关注A7县58车贷集资诈骗案', '58车贷涉嫌集资诈骗，上万受害人血汗钱无法追回，请求A7县公安加快侦办，公布案情进展。', 250),
  item('e3', '2024-05-20', 'u17', '58车贷诈骗案受害人的呼声', '我们是58车贷诈骗案的受害人，A7县经侦立案后一直没有通报进展，希望尽快抓捕嫌疑人追赃挽损。', 200),
  item('e4', '2024-06-28', 'u18', 'A7县58车贷诈骗案至今无进展', '58车贷诈骗案立案这么久，A7县公安一直没有公布案件进展，受害人求助无门。', 100),
  // Noise: one-offs, including the same place with another problem (n8) and the same
  // problem as C at another place (n9).
  item('n1', '2024-06-02', 'u19', '咨询社保卡补办流程', '社保卡丢了，请问去哪里补办，需要带什么材料？'),
  item('n2', '2024-06-03', 'u20', '公积金提取需要哪些材料', '想提取住房公积金还房贷，需要准备哪些材料，在哪里办理？'),
  item('n3', '2024-06-04', 'u21', '建议开通城东到火车站的公交', '城东片区没有直达火车站的公交线路，建议增开一条。'),
  item('n4', '2024-06-05', 'u22', '实验小学门口放学拥堵', '实验小学门口每天放学时段车辆乱停，交通拥堵，希望交警疏导。'),
  item('n5', '2024-06-06', 'u23', '市人民医院挂号难', '市人民医院专家号很难挂，网上一放号就没了。'),
  item('n6', '2024-06-07', 'u24', '长江路路灯坏了', '长江路的路灯坏了一个月没人修，晚上走路很危险。'),
  item('n7', '2024-06-08', 'u25', '表扬环卫工人', '感谢小区门口的环卫工人每天认真打扫。'),
  item('n8', '2024-06-27', 'u26', '望江路人行道地砖破损', '望江路人行道地砖松动破损，下雨踩上去溅一身泥水。'),
  item('n9', '2024-05-06', 'u27', '滨河路垃圾站太臭', '滨河路垃圾站臭味难闻，垃圾清运不及时，周边居民意见很大。'),
];

const groupsOf = (topics: HotTopic[]): string[][] => topics.map((t) => t.items.map(String).sort()).sort((a, b) => a[0].localeCompare(b[0]));

describe('findHotTopics', () => {
  const topics = findHotTopics(ITEMS, { now: NOW });
  const byItem = (id: string) => topics.find((t) => t.items.includes(id));

  it('groups exactly the reposts and paraphrases of each matter, and nothing else', () => {
    expect(groupsOf(topics)).toEqual([
      ['a1', 'a2', 'a3', 'a4', 'a5'],
      ['b1', 'b2', 'b3'],
      ['c1', 'c2', 'c3'],
      ['d1', 'd2', 'd3', 'd4'],
      ['e1', 'e2', 'e3', 'e4'],
    ]);
  });

  it('keeps the same problem at another place apart, and another problem at the same place', () => {
    expect(byItem('a1')).not.toBe(byItem('b1')); // night construction: 望江路 vs 滨河路
    expect(byItem('a1')).not.toBe(byItem('c1')); // 望江路: construction noise vs garbage smell
    expect(byItem('n8')).toBeUndefined(); // 望江路 pavement
    expect(byItem('n9')).toBeUndefined(); // garbage smell on 滨河路
    for (const n of ['n1', 'n2', 'n3', 'n4', 'n5', 'n6', 'n7']) expect(byItem(n)).toBeUndefined();
  });

  it('labels name the place and the problem', () => {
    const a = byItem('a1')!;
    expect(a.place).toContain('望江路');
    expect(a.label).toContain('望江路');
    expect(a.problem).toMatch(/施工|噪音/);
    const c = byItem('c1')!;
    expect(c.label).toContain('望江路');
    expect(c.problem).toMatch(/垃圾|臭/);
    const d = byItem('d1')!;
    expect(d.label).toContain('丽园');
    expect(d.problem).toMatch(/停水|断水/);
    const e = byItem('e1')!;
    expect(e.place).toContain('A7县');
    expect(e.label).toContain('58车贷');
    expect(e.keywords.length).toBeGreaterThan(0);
  });

  it('counts size, distinct callers, supports and the time span', () => {
    const d = byItem('d1')!;
    expect(d.size).toBe(4);
    expect(d.callers).toBe(3); // d1 and d3 are the same caller
    expect(d.supports).toBe(10);
    expect(d.first).toEqual(at('2024-06-10'));
    expect(d.last).toEqual(at('2024-06-12'));
    expect(d.items).toEqual(['d1', 'd2', 'd3', 'd4']); // oldest first (d1/d2 same time: by id)
    expect(d.members.map((m) => m.caller)).toEqual(['u12', 'u13', 'u12', 'u14']);
    expect(byItem('a1')!.quietDays).toBe(0);
  });

  it('ranks by heat, which grows with callers, supports and growth', () => {
    // Heat, worked out by hand from its rule (README; text/hot-topics.ts): (distinct callers
    // + 0.25 × repeats by the same callers + 2 × log2(1 + supports)) × (1 + 0.2 × clamp(log2(growth), −1, 2)),
    // to two decimals, with growth as the topic shows it (0.67 for E and D: first third 2, last third 1).
    //   E: 4 callers, 850 supports: (4 + 2 × log2 851 = 4 + 2 × 9.73303) × (1 + 0.2 × log2 0.67 = 0.88445) = 23.46606 × 0.88445 = 20.75
    //   D: 3 callers, 1 repeat (d3), 10 supports: (3 + 0.25 + 2 × log2 11 = 10.16886) × 0.88445 = 8.99
    //   A: 5 callers, growth 1 (2 in the first third, 2 in the last): 5;  C and B: 3 callers each: 3 (a tie: C first, its first request the older)
    expect(topics.map((t) => [t.items[0], t.heat])).toEqual([['e1', 20.75], ['d1', 8.99], ['a1', 5], ['c1', 3], ['b1', 3]]);
    const base = { size: 5, callers: 5, supports: 0, growth: 1, quietDays: 0 };
    expect(heatOf(base)).toBe(5);
    expect(heatOf({ ...base, size: 6, callers: 6 })).toBe(6); // one more caller: +1
    expect(heatOf({ ...base, size: 6 })).toBe(5.25); // the same callers once more: +0.25
    expect(heatOf({ ...base, supports: 100 })).toBe(18.32); // 5 + 2 × log2 101 = 5 + 13.31642
    expect(heatOf({ ...base, growth: 4 })).toBe(7); // quadrupling: × 1.4
    expect(heatOf({ ...base, growth: 16 })).toBe(7); // … and no more (clamped at log2 = 2)
    expect(heatOf({ ...base, growth: 0.5 })).toBe(4); // halving: × 0.8
    expect(heatOf({ ...base, growth: 0.1 })).toBe(4); // … and no less (clamped at log2 = −1)
    // One person posting five times is far less hot than five people: 1 + 0.25 × 4 = 2.
    expect(heatOf({ ...base, callers: 1 })).toBe(2);
    // Cooling only when asked for: 30 quiet days, half-life 30 → × 0.5.
    expect(heatOf({ ...base, quietDays: 30 })).toBe(5);
    expect(heatOf({ ...base, quietDays: 30 }, 30)).toBe(2.5);
  });

  it('measures growth: last third of the span against the first', () => {
    // E: 03-05 … 06-28 (115 days, thirds of 38.3): 03-05 and 04-10 in the first, 06-28 in the last.
    expect(byItem('e1')!.growth).toBe(0.67); // (1 + 1) / (2 + 1)
    const burst = findHotTopics(
      ['06-01', '06-28', '06-29', '06-29', '06-30'].map((d, k) =>
        item(`g${k}`, `2024-${d}`, `x${k}`, '望江路夜间施工噪音扰民', '望江路工地每天夜里施工，噪音太大，居民无法休息。'),
      ),
    );
    expect(burst).toHaveLength(1);
    expect(burst[0].growth).toBe(2.5); // (4 + 1) / (1 + 1)
  });

  it('respects minSize and limit', () => {
    expect(findHotTopics(ITEMS, { now: NOW, minSize: 4 }).map((t) => t.size).sort()).toEqual([4, 4, 5]);
    expect(findHotTopics(ITEMS, { now: NOW, limit: 2 })).toHaveLength(2);
    expect(findHotTopics([], {})).toEqual([]);
  });

  it('one place, one problem, however it is worded: a compound’s restaurant fumes are one topic, its lifts another', () => {
    // Four people describe the same restaurants under their windows in four ways (油烟 / 排烟呛人 /
    // 违规开餐饮 / 门面餐馆), sharing little but the compound; two complain about its lift.
    const F = [
      item('f1', '2024-06-01', 'v01', '锦绣花园小区底层餐馆油烟扰民', '锦绣花园小区3栋底层门面开了几家餐馆，没有专用烟道，油烟直接排到楼上住户家里。'),
      item('f2', '2024-06-05', 'v02', '锦绣花园楼下饭店排烟呛人', '锦绣花园小区楼下的饭店炒菜味太大，排烟管道就对着我家窗户，家里老人孩子被呛得咳嗽。'),
      item('f3', '2024-06-09', 'v03', '锦绣花园底层商铺违规开餐饮', '锦绣花园小区一楼商铺违规开餐饮店，油烟味太重，晚上还很吵，希望有关部门取缔。'),
      item('f4', '2024-06-12', 'v04', '投诉锦绣花园小区门面餐馆', '锦绣花园小区临街门面的餐馆油烟和噪音扰民，楼上住户窗户都不敢开。'),
      item('f5', '2024-06-10', 'v05', '锦绣花园小区电梯经常故障', '锦绣花园小区5栋电梯经常停运，上周还困人，物业不重视维修。'),
      item('f6', '2024-06-11', 'v06', '锦绣花园小区电梯又坏了', '锦绣花园小区5栋电梯又坏了，老人爬楼很困难，物业一直拖着不修。'),
    ];
    const mixed = findHotTopics([...ITEMS, ...F], { now: NOW });
    const of = (id: string) => mixed.find((t) => t.items.includes(id))?.items.map(String).sort();
    expect(of('f1')).toEqual(['f1', 'f2', 'f3', 'f4']);
    expect(of('f5')).toEqual(['f5', 'f6']);
    // The other matters are as they were.
    expect(groupsOf(mixed.filter((t) => !t.items.some((id) => String(id).startsWith('f'))))).toEqual(groupsOf(topics));
  });

  it('is deterministic: same result twice and whatever the input order', () => {
    const again = findHotTopics(ITEMS, { now: NOW });
    expect(again).toEqual(topics);
    const shuffled = [...ITEMS].reverse();
    shuffled.push(shuffled.shift()!);
    expect(findHotTopics(shuffled, { now: NOW })).toEqual(topics);
  });
});

describe('risingTopics', () => {
  const topics = findHotTopics(ITEMS, { now: NOW });

  it('alerts on a topic that took off in the window, not on steady or old ones', () => {
    const rising = risingTopics(topics, NOW, 7);
    expect(rising.map((r) => r.topic.items[0])).toEqual(['a1']);
    expect(rising[0]).toMatchObject({ recent: 5, recentCallers: 5, previous: 0, ratio: 5 });
  });

  it('needs several callers, enough requests and a jump over the previous window', () => {
    expect(risingTopics(topics, NOW, 7, { minRecent: 6 })).toEqual([]);
    // Thirty days back, A (5) and D (4, but 3 callers) are recent; B had 2 in the window before.
    const month = risingTopics(topics, NOW, 30).map((r) => r.topic.items[0]).sort();
    expect(month).toContain('a1');
    expect(month).toContain('d1');
    // One caller posting three times is not a trend.
    const spam = findHotTopics(
      ['06-28', '06-29', '06-30'].map((d, k) => item(`s${k}`, `2024-${d}`, 'same', '望江路夜间施工噪音扰民', '望江路工地每天夜里施工，噪音太大。')),
    );
    expect(risingTopics(spam, NOW, 7)).toEqual([]);
  });

  it('ignores requests after now', () => {
    expect(risingTopics(topics, at('2024-06-25'), 7)).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// Rules a supervisor relies on, pinned at their boundaries. Every expected value is worked out
// by hand from the rule stated in src/text/hot-topics.ts (header, heatOf, risingTopics, HotTopic).

describe('hotItemFrom', () => {
  const base = { id: 7, title: '望江路施工噪音', body: '望江路工地夜里施工', time: '2024-06-01T10:00:00+08:00', user: 'u1', up: 5, address: '望江路18号' };

  it('reads the board fields: id, title, body, time, user, up, address', () => {
    expect(hotItemFrom(base, 'f')).toEqual({
      id: 7,
      title: '望江路施工噪音',
      content: '望江路工地夜里施工',
      address: '望江路18号',
      at: new Date('2024-06-01T02:00:00Z'),
      caller: 'u1',
      supports: 5,
    });
  });

  it('falls back to the export fields: content, at, caller, supports, and the given id', () => {
    const x = hotItemFrom({ content: '社保卡补办', at: '2024-06-02T00:00:00Z', caller: 'c9', supports: 3 }, 'line-4');
    expect(x).toMatchObject({ id: 'line-4', content: '社保卡补办', caller: 'c9', supports: 3, title: null, address: null });
    expect(x.at).toEqual(new Date('2024-06-02T00:00:00Z'));
  });

  it('prefers body/time/user/up when both spellings are present', () => {
    const x = hotItemFrom({ ...base, content: '别的', at: '2020-01-01T00:00:00Z', caller: 'other', supports: 99 }, 'f');
    expect(x).toMatchObject({ content: '望江路工地夜里施工', caller: 'u1', supports: 5 });
    expect(x.at).toEqual(new Date('2024-06-01T02:00:00Z'));
  });

  it('normalises odd values: numeric caller to text, missing caller to null, non-numbers to 0, non-text title/address to null', () => {
    expect(hotItemFrom({ ...base, user: 12345 }, 'f').caller).toBe('12345');
    expect(hotItemFrom({ body: 'x', time: base.time }, 'f')).toMatchObject({ caller: null, supports: 0, title: null, address: null, id: 'f' });
    expect(hotItemFrom({ ...base, up: 'many' }, 'f').supports).toBe(0);
    expect(hotItemFrom({ ...base, up: '12' }, 'f').supports).toBe(12);
    expect(hotItemFrom({ ...base, title: 42, address: { road: '望江路' } }, 'f')).toMatchObject({ title: null, address: null });
  });

  it('throws 缺少内容或时间 when the content or a valid time is missing', () => {
    expect(() => hotItemFrom({ time: base.time }, 'f')).toThrow('缺少内容或时间');
    expect(() => hotItemFrom({ body: '', time: base.time }, 'f')).toThrow('缺少内容或时间');
    expect(() => hotItemFrom({ body: 'x' }, 'f')).toThrow('缺少内容或时间');
    expect(() => hotItemFrom({ body: 'x', time: 'not a date' }, 'f')).toThrow('缺少内容或时间');
  });
});

describe('heat: cooling', () => {
  const base = { size: 5, callers: 5, supports: 0, growth: 1, quietDays: 30 };

  it('cools only for a positive half-life', () => {
    // halfLifeDays ≤ 0 means no cooling: 5 callers → 5.
    expect(heatOf(base, -10)).toBe(5);
    expect(heatOf(base, 0)).toBe(5);
    // 30 quiet days, half-life 10: 5 × 0.5³ = 0.625 → 0.63 (two decimals).
    expect(heatOf(base, 10)).toBe(0.63);
  });

  it('findHotTopics passes halfLifeDays on: a topic quiet for one half-life has half the heat', () => {
    const xs = [
      item('h1', '2024-06-01', 'a', '望江路夜间施工噪音扰民', '望江路工地每天夜里施工，噪音太大，居民无法休息。'),
      item('h2', '2024-06-02', 'b', '望江路夜间施工噪音扰民', '望江路工地每天夜里施工，噪音太大，居民无法休息。'),
    ];
    const now = at('2024-06-12');
    // 2 callers, growth 1 (one request in each third of the one-day span): heat 2; quiet 10 days.
    const [warm] = findHotTopics(xs, { now });
    expect(warm).toMatchObject({ heat: 2, quietDays: 10, growth: 1 });
    // Half-life 10 days: 2 × 0.5^(10 / 10) = 1.
    expect(findHotTopics(xs, { now, halfLifeDays: 10 })[0].heat).toBe(1);
  });
});

describe('topic counts and growth at their boundaries', () => {
  const T = '望江路夜间施工噪音扰民';
  const C = '望江路工地每天夜里施工，噪音太大，居民无法休息。';
  const atTime = (iso: string) => new Date(iso);
  const one = (xs: HotTopicItem[]) => {
    const ts = findHotTopics(xs);
    expect(ts).toHaveLength(1);
    return ts[0];
  };

  it('counts unknown callers each once', () => {
    const t = one(['06-01', '06-02', '06-03'].map((d, k) => ({ id: `n${k}`, title: T, content: C, caller: null, at: at(`2024-${d}`) })));
    // Three unknown callers, growth (1 + 1) / (1 + 1) = 1: heat 3.
    expect(t).toMatchObject({ size: 3, callers: 3, heat: 3 });
    expect(t.members.map((m) => m.caller)).toEqual([null, null, null]);
  });

  it('growth is 1 when the span is under a day', () => {
    const t = one(
      ['2024-06-01T08:00:00+08:00', '2024-06-01T09:00:00+08:00', '2024-06-01T20:00:00+08:00'].map((s, k) => ({ id: `d${k}`, title: T, content: C, caller: `c${k}`, at: atTime(s) })),
    );
    expect(t.growth).toBe(1);
    expect(t.perDay).toBe(3); // span under a day counts as one day
  });

  it('growth is measured from a span of exactly one day', () => {
    // 06-01 10:00 twice, 06-02 10:00: thirds of 8 h; first third 2, last third 1 → (1 + 1) / (2 + 1) = 0.67.
    const t = one([
      item('e1', '2024-06-01', 'a', T, C),
      item('e2', '2024-06-01', 'b', T, C),
      item('e3', '2024-06-02', 'c', T, C),
    ]);
    expect(t.growth).toBe(0.67);
    // Heat: 3 × (1 + 0.2 × log2 0.67) = 3 × (1 − 0.2 × 0.57777) = 3 × 0.884446 = 2.65.
    expect(t.heat).toBe(2.65);
  });

  it('a request exactly one third into the span counts in that third', () => {
    // Days 0, 1, 3: third = 1 day; first third {0, 1} = 2, last third {3} = 1 → 2 / 3 = 0.67.
    const early = one([item('f1', '2024-06-01', 'a', T, C), item('f2', '2024-06-02', 'b', T, C), item('f3', '2024-06-04', 'c', T, C)]);
    expect(early.growth).toBe(0.67);
    // Days 0, 2, 3: first third {0} = 1, last third {2, 3} = 2 → 3 / 2 = 1.5.
    const late = one([item('g1', '2024-06-01', 'a', T, C), item('g2', '2024-06-03', 'b', T, C), item('g3', '2024-06-04', 'c', T, C)]);
    expect(late.growth).toBe(1.5);
    // Heat: 3 × (1 + 0.2 × log2 1.5 = 0.584963) = 3 × 1.116993 = 3.35.
    expect(late.heat).toBe(3.35);
  });

  it('minSize 1 reports single requests as topics of one; minSize 3 drops pairs', () => {
    const xs = [
      item('p1', '2024-06-01', 'a', T, C),
      item('p2', '2024-06-02', 'b', T, C),
      item('q1', '2024-06-02', 'c', '社保卡补办流程咨询', '社保卡丢了，请问去哪里补办社保卡，需要带什么材料？'),
    ];
    const all = findHotTopics(xs, { minSize: 1 });
    // Heat: the pair 2 callers → 2; the single request 1.
    expect(all.map((t) => [t.items, t.size, t.heat])).toEqual([
      [['p1', 'p2'], 2, 2],
      [['q1'], 1, 1],
    ]);
    expect(findHotTopics(xs).map((t) => t.items)).toEqual([['p1', 'p2']]);
    expect(findHotTopics(xs, { minSize: 3 })).toEqual([]);
  });
});

describe('topic place and label', () => {
  const T = '望江路夜间施工噪音扰民';
  const C = '望江路工地每天夜里施工，噪音太大，居民无法休息。';

  it('a topic without a place is labelled by its problem alone', () => {
    const [t] = findHotTopics(['06-01', '06-02', '06-03'].map((d, k) => item(`s${k}`, `2024-${d}`, `c${k}`, '社保卡补办流程咨询', '社保卡丢了，请问去哪里补办社保卡，需要带什么材料？')));
    expect(t.place).toBeNull();
    expect(t.problem).toContain('社保卡');
    expect(t.label).toBe(t.problem);
  });

  it('the place is what at least 30 % of the requests name', () => {
    // A7县 in 1 of 3 (33 %): part of the place; in 1 of 4 (25 %): not.
    const three = findHotTopics([item('x1', '2024-06-01', 'a', `A7县${T}`, C), item('x2', '2024-06-02', 'b', T, C), item('x3', '2024-06-03', 'c', T, C)]);
    expect(three.map((t) => t.place)).toEqual(['A7县 望江路']);
    expect(three[0].label.startsWith('A7县 望江路 ')).toBe(true);
    const four = findHotTopics([
      item('x1', '2024-06-01', 'a', `A7县${T}`, C),
      item('x2', '2024-06-02', 'b', T, C),
      item('x3', '2024-06-03', 'c', T, C),
      item('x4', '2024-06-04', 'd', T, C),
    ]);
    expect(four.map((t) => t.place)).toEqual(['望江路']);
  });
});

describe('place compatibility', () => {
  const pairOf = (a: [string, string], b: [string, string]) =>
    findHotTopics([item('x1', '2024-06-01', 'a', a[0], a[1]), item('x2', '2024-06-02', 'b', b[0], b[1])]).map((t) => t.items);
  const water = (name: string): [string, string] => [`${name}停水`, `${name}停水三天了，没有任何通知。`];
  const lift = (where: string): [string, string] => [`${where}电梯停运`, `${where}的电梯停运一周了，老人上下很不方便。`];

  it('different districts never join, the same district does', () => {
    const C = '望江路工地每天夜里施工，噪音太大，居民无法休息。';
    const ts = findHotTopics([
      item('x1', '2024-06-01', 'a', 'A4区望江路夜间施工噪音扰民', C),
      item('x2', '2024-06-02', 'b', 'A5区望江路夜间施工噪音扰民', C),
      item('x3', '2024-06-03', 'c', 'A4区望江路夜间施工噪音扰民', C),
    ]);
    expect(ts.map((t) => t.items)).toEqual([['x1', 'x3']]);
    expect(pairOf(water('A4区丽发新城'), water('A5区丽发新城'))).toEqual([]);
  });

  it('two named places with nothing in common never join, however alike the problem', () => {
    expect(pairOf(water('长房云时代小区'), water('金科时代小区'))).toEqual([]); // share only 时代
    expect(pairOf(water('伊景园滨河苑'), water('丽景园花园'))).toEqual([]); // share only 景园
    const road = (r: string): [string, string] => [`${r}夜间施工噪音扰民`, `${r}工地每天夜里施工，噪音太大，居民无法休息。`];
    expect(pairOf(road('汇金路'), road('望江路'))).toEqual([]);
  });

  it('one name inside the other, or three characters in a row, is one place', () => {
    expect(pairOf(water('伊景园滨河苑'), water('景园滨河苑'))).toEqual([['x1', 'x2']]); // 景园滨河 ⊂ 伊景园滨河
    expect(pairOf(water('伊景园滨河苑'), water('景园滨江苑'))).toEqual([['x1', 'x2']]); // 景园滨 in both
  });

  it('numbered names yield to proper names: two stations on 3号线 are two places, 3号线 alone matches either', () => {
    expect(pairOf(lift('3号线五一广场站'), lift('3号线黄兴广场站'))).toEqual([]);
    expect(pairOf(lift('3号线'), lift('3号线五一广场站'))).toEqual([['x1', 'x2']]);
    expect(pairOf(lift('3号线'), lift('3号线'))).toEqual([['x1', 'x2']]);
    // Only numbered names on both sides: they decide, and 3号线 is not 5号线.
    expect(pairOf(lift('3号线'), lift('5号线'))).toEqual([]);
  });
});

describe('time window (maxGapDays)', () => {
  const T = '夜间施工噪音扰民';
  const C = '工地每天夜里施工，噪音太大，居民无法休息。';
  const pair = (d1: string, d2: string, opts = {}) => findHotTopics([item('x1', d1, 'a', T, C), item('x2', d2, 'b', T, C)], opts).map((t) => t.items);

  it('links requests up to 90 days apart by default, not further', () => {
    expect(pair('2024-01-01', '2024-03-31')).toEqual([['x1', 'x2']]); // exactly 90 days
    expect(pair('2024-01-01', '2024-04-10')).toEqual([]); // 100 days
    expect(pair('2024-01-01', '2024-04-10', { maxGapDays: 120 })).toEqual([['x1', 'x2']]);
  });

  it('honours a shorter maxGapDays, also for a named place', () => {
    expect(pair('2024-01-01', '2024-01-11', { maxGapDays: 5 })).toEqual([]);
    const W = '望江路夜间施工噪音扰民';
    const WC = '望江路工地每天夜里施工，噪音太大，居民无法休息。';
    expect(findHotTopics([item('x1', '2024-01-01', 'a', W, WC), item('x2', '2024-01-11', 'b', W, WC)], { maxGapDays: 5 })).toEqual([]);
    expect(findHotTopics([item('x1', '2024-01-01', 'a', W, WC), item('x2', '2024-01-11', 'b', W, WC)], { maxGapDays: 10 })).toHaveLength(1);
  });
});

describe('risingTopics: windows and thresholds', () => {
  // Hand-made topics: risingTopics reads only members and heat.
  const END = at('2024-06-30');
  const ago = (days: number, ms = 0) => new Date(END.getTime() - days * 86_400_000 + ms);
  const topic = (name: string, heat: number, members: [Date, string | null][]): HotTopic =>
    ({ label: name, heat, items: members.map((_, k) => `${name}${k}`), members: members.map(([d, caller], k) => ({ id: `${name}${k}`, at: d, caller, supports: 0 })) }) as unknown as HotTopic;

  it('recent is (now − w, now], previous is (now − 2w, now − w]', () => {
    const t = topic('t', 1, [
      [ago(1), 'a'],
      [ago(2), 'b'],
      [ago(7, 1), 'c'], // just inside the recent window
      [ago(7), 'd'], // exactly now − 7 days: previous
      [ago(14, 1), 'e'], // just inside the previous window
      [ago(14), 'f'], // exactly now − 14 days: neither
      [ago(20), 'g'],
    ]);
    // recent 3, previous 2: ratio 1.5 below the default 2 → no alert; with minRatio 1.5 → alert.
    expect(risingTopics([t], END, 7)).toEqual([]);
    expect(risingTopics([t], END, 7, { minRatio: 1.5 })).toEqual([{ topic: t, recent: 3, recentCallers: 3, previous: 2, ratio: 1.5 }]);
  });

  it('alerts at exactly minRecent requests, minCallers callers and minRatio × previous', () => {
    // recent 4 from exactly 2 callers, previous 2: 4 ≥ 2 × 2; ratio 4 / 2 = 2.
    const t = topic('t', 1, [
      [ago(1), 'a'],
      [ago(2), 'a'],
      [ago(3), 'b'],
      [ago(4), 'b'],
      [ago(8), 'c'],
      [ago(9), 'd'],
    ]);
    expect(risingTopics([t], END, 7, { minRecent: 4 })).toEqual([{ topic: t, recent: 4, recentCallers: 2, previous: 2, ratio: 2 }]);
    expect(risingTopics([t], END, 7, { minRecent: 5 })).toEqual([]);
    expect(risingTopics([t], END, 7, { minCallers: 3 })).toEqual([]);
    expect(risingTopics([t], END, 7, { minRatio: 2.5 })).toEqual([]);
    // Three recent requests from three callers, nothing before: the defaults alert (a new topic qualifies with 3).
    const fresh = topic('f', 1, [
      [ago(1), 'a'],
      [ago(2), 'b'],
      [ago(3), 'c'],
    ]);
    expect(risingTopics([fresh], END, 7)).toEqual([{ topic: fresh, recent: 3, recentCallers: 3, previous: 0, ratio: 3 }]);
  });

  it('counts unknown callers each once, known callers by name', () => {
    const t = topic('t', 1, [
      [ago(1), null],
      [ago(2), null],
      [ago(3), 'a'],
      [ago(4), 'a'],
    ]);
    expect(risingTopics([t], END, 7)[0]).toMatchObject({ recent: 4, recentCallers: 3 });
    const named = topic('n', 1, [
      [ago(1), 'a'],
      [ago(2), 'b'],
      [ago(3), 'c'],
    ]);
    expect(risingTopics([named], END, 7)[0].recentCallers).toBe(3);
  });

  it('sorts by recent − previous, then by heat', () => {
    const m = (callers: string[], previousCount: number): [Date, string | null][] => [
      ...callers.map((c, k): [Date, string | null] => [ago(k + 1), c]),
      ...Array.from({ length: previousCount }, (_, k): [Date, string | null] => [ago(8 + k), `p${k}`]),
    ];
    const small = topic('small', 50, m(['a', 'b', 'c'], 0)); // 3 − 0 = 3, hottest
    const big = topic('big', 1, m(['a', 'b', 'c', 'd', 'e', 'f'], 1)); // 6 − 1 = 5
    const tieCool = topic('tieCool', 2, m(['a', 'b', 'c'], 0)); // 3 − 0 = 3, cooler than small
    const busy = topic('busy', 10, m(['a', 'b', 'c', 'd', 'e', 'f'], 3)); // 6 − 3 = 3: more recent requests than fresh, but a smaller jump
    const fresh = topic('fresh', 1, m(['a', 'b', 'c', 'd'], 0)); // 4 − 0 = 4
    // The same order whatever order the topics come in.
    const input = [tieCool, small, fresh, big, busy];
    for (const k of input.keys()) {
      const rotated = [...input.slice(k), ...input.slice(0, k)];
      for (const list of [rotated, [...rotated].reverse()]) {
        expect(risingTopics(list, END, 7).map((r) => r.topic.label)).toEqual(['big', 'fresh', 'small', 'busy', 'tieCool']);
      }
    }
  });
});
