// Hot topics (热点问题) on a hand-made set of 28 requests: reposts and paraphrases of one matter
// at one place must group; the same problem at another place, and another problem at the same
// place, must not; noise stays alone. Then labels, heat ranking, rising detection, determinism.

import { describe, expect, it } from 'vitest';
import { findHotTopics, heatOf, risingTopics, type HotTopic, type HotTopicItem } from '../../src/text/hot-topics.js';

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
