// Imported labels matched to the city's category tree by name (issue 18 point 3): the proposals an
// admin confirms instead of getting duplicate top-level categories.

import { describe, expect, it } from 'vitest';
import { matchLabel, MATCH_THRESHOLD, nameTokens, type TreeNode } from '../../src/text/label-match.js';

/** A tree from [id, parent id, name] rows. */
const tree = (rows: [number, number | null, string][]): TreeNode[] => rows.map(([id, parentId, name]) => ({ id, parentId, name }));

// A city's tree as a hotline names it (the top levels of a real 12345 catalogue, a few subcategories).
const CITY = tree([
  [1, null, '城乡建设'],
  [2, 1, '市政设施'],
  [3, 1, '物业管理'],
  [10, null, '劳动和社会保障'],
  [11, 10, '劳动关系'],
  [12, 10, '社会保险'],
  [20, null, '卫生健康'],
  [21, 20, '医疗服务'],
  [22, 20, '公共卫生'],
  [30, null, '教育文体'],
  [31, 30, '文化体育旅游'],
  [32, 31, '旅游服务'],
  [40, null, '商贸消费'],
  [41, 40, '消费维权'],
  [42, 40, '价格收费'],
  [50, null, '交通运输'],
  [51, 50, '公共交通'],
]);

describe('nameTokens', () => {
  it('takes each character and each pair of neighbours, not across a joining word', () => {
    // 劳动 | 社会保障: 和 joins two names, so 动社 is no pair.
    expect(nameTokens('劳动和社会保障')).toEqual(new Set(['劳', '动', '劳动', '社', '会', '保', '障', '社会', '会保', '保障']));
    // 其他…类 says nothing about the matter.
    expect(nameTokens('其他投诉类')).toEqual(new Set(['投', '诉', '投诉']));
    expect(nameTokens('12345热线')).toEqual(new Set(['12345', '热', '线', '热线']));
  });

  it('a Latin or digit word is one token, wherever it stands; it pairs with no character', () => {
    // At the end of the name: 12345 is kept, and 线 makes no pair with its first digit.
    expect(nameTokens('热线12345')).toEqual(new Set(['热', '线', '热线', '12345']));
    // Letters, lower-cased: ETC.
    expect(nameTokens('ETC办理')).toEqual(new Set(['etc', '办', '理', '办理']));
    // Punctuation that is no joining word is no token, and separates: 5G：4G is two words.
    expect(nameTokens('5G：4G网络')).toEqual(new Set(['5g', '4g', '网', '络', '网络']));
    expect(nameTokens('“双减”政策')).toEqual(new Set(['双', '减', '双减', '政', '策', '政策']));
  });
});

describe('matchLabel', () => {
  it('scores shared name tokens by hand: 商贸旅游 against 商贸消费 (own name) and 教育文体 (旅游 only below)', () => {
    const small = tree([
      [1, null, '商贸消费'],
      [2, 1, '价格收费'],
      [3, null, '教育文体'],
      [4, 3, '旅游服务'],
    ]);
    // Two branches; every token of these names is in one branch only: each weighs the same.
    // 商贸旅游: 商 贸 旅 游 商贸 贸旅 旅游 (7). 商贸消费: 商 贸 消 费 商贸 贸消 消费 (7); shared 商 贸 商贸 (3).
    // 商贸消费: 0.7 × 2·3/(7+7) + 0.3 × 3/7 = 3/7 = 0.429.
    // 教育文体: own name shares nothing; 旅 游 旅游 are below it: 0.3 × 3/7 = 0.129, under the threshold.
    expect(matchLabel('商贸旅游', small)).toEqual([{ id: 1, name: '商贸消费', score: 0.429 }]);
    expect(0.129).toBeLessThan(MATCH_THRESHOLD);
  });

  it('proposes the category a board label means in a city tree: 商贸旅游 → 商贸消费, 卫生计生 → 卫生健康', () => {
    expect(matchLabel('商贸旅游', CITY)[0]).toMatchObject({ id: 40, name: '商贸消费' });
    expect(matchLabel('卫生计生', CITY)[0]).toMatchObject({ id: 20, name: '卫生健康' });
    // The same name is a full match.
    expect(matchLabel('交通运输', CITY)[0]).toEqual({ id: 50, name: '交通运输', score: 1 });
    // Shortened names of the same branch.
    expect(matchLabel('劳动社保', CITY)[0]).toMatchObject({ id: 10 });
  });

  it('names below a branch count for it: 旅游服务 under 教育文体 → 文化体育', () => {
    const small = tree([
      [1, null, '商贸消费'],
      [2, 1, '价格收费'],
      [3, null, '教育文体'],
      [4, 3, '学前教育'],
      [5, 3, '文化体育'],
      [6, 5, '旅游服务'],
    ]);
    // 旅游服务 shares nothing with 教育文体's own name (dice 0) but all of its tokens are below it
    // (cover 1): 0.7 × 0 + 0.3 × 1 = 0.3 ≥ 0.25. 商贸消费 shares nothing at all.
    expect(matchLabel('旅游服务', small)).toEqual([{ id: 3, name: '教育文体', score: 0.3 }]);
  });

  it('a token many branches have weighs less: 管理 in 城市管理 and 交通管理', () => {
    const small = tree([
      [1, null, '交通管理'],
      [2, 1, '公共交通'],
      [10, null, '城市管理'],
      [11, 10, '市容环境'],
    ]);
    // Two branches. 管 理 管理 are in both: weight ln(1 + 2/2) = ln 2 = 0.693147; every other token
    // is in one: ln(1 + 2/1) = ln 3 = 1.098612.
    // 城市管理: 城 市 城市 市管 (4 × ln 3) + 管 理 管理 (3 × ln 2) = 4.394449 + 2.079442 = 6.473891.
    // Against 交通管理 (交 通 交通 通管 + 管 理 管理: also 6.473891), sharing 管 理 管理 = 2.079442:
    //   dice = 2 × 2.079442 / (6.473891 + 6.473891) = 0.321201; cover = 2.079442 / 6.473891 = 0.321201
    //   score = 0.7 × 0.321201 + 0.3 × 0.321201 = 0.321 (unweighted it would be 3/7 = 0.429).
    // Against its own name: 1. Best first, though 交通管理 comes first in the tree.
    expect(matchLabel('城市管理', small)).toEqual([
      { id: 10, name: '城市管理', score: 1 },
      { id: 1, name: '交通管理', score: 0.321 },
    ]);
  });

  it('a branch scoring exactly the threshold is proposed', () => {
    const small = tree([
      [1, null, '教育文体'],
      [2, 1, '旅游服务'],
      [3, 1, '景区'],
      [4, 1, '网点'],
      [5, null, '交通运输'],
    ]);
    // Every token is in one branch (or none): all weigh the same. 旅游和景点: 旅 游 旅游 | 景 点 景点 (6);
    // 教育文体's own name shares none (dice 0); below it are 旅 游 旅游 景 点, not 景点: cover 5/6.
    // 0.3 × 5/6 = 0.25 = MATCH_THRESHOLD.
    expect(MATCH_THRESHOLD).toBe(0.25);
    expect(matchLabel('旅游和景点', small)).toEqual([{ id: 1, name: '教育文体', score: 0.25 }]);
    // 旅游和景观: 4 of 6 below → 0.3 × 4/6 = 0.2, under it.
    expect(matchLabel('旅游和景观', small)).toEqual([]);
  });

  it('proposes nothing when no name is alike: a new category is more likely', () => {
    expect(matchLabel('农业农村', CITY)).toEqual([]);
    expect(matchLabel('其他', CITY)).toEqual([]);
  });

  it('lists every branch a label is as like, best first, a tie in the tree\'s order', () => {
    // 卫生消费: half of it is 卫生健康's own name, half 商贸消费's: the same score.
    const found = matchLabel('卫生消费', CITY, 5);
    expect(found.map((c) => c.id)).toEqual([20, 40]);
    expect(found[0].score).toBe(found[1].score);
    expect(found[0].score).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    // The tie goes to the lower id whatever order the rows come in; `limit` keeps the first.
    expect(matchLabel('卫生消费', [...CITY].reverse(), 5).map((c) => c.id)).toEqual([20, 40]);
    expect(matchLabel('卫生消费', CITY, 1).map((c) => c.id)).toEqual([20]);
  });
});
