// Training the category classifier (`hotline train`): the scores shown with a model are the
// out-of-fold ones its calibration computed (none when there were too few documents), and each
// category's words for the classifier are its own name and one group per subcategory.

import { describe, expect, it } from 'vitest';
import { categoryTerms, categoryTermsByName, trainOnDocs } from '../../src/text/training.js';

/** `n` requests of a label, each a sentence of its own made from the label's phrases. */
const requests = (label: string, phrases: string[], n: number) =>
  Array.from({ length: n }, (_, i) => ({ title: '', text: `${phrases[i % phrases.length]}，${phrases[(i + 1) % phrases.length]}，第${i + 1}次反映`, label }));
const NOISE = ['工地夜间施工噪音扰民', '凌晨打桩机声音太吵', '渣土车深夜进出工地', '混凝土浇筑噪声很大', '电钻声音影响休息'];
const WAGES = ['公司拖欠三个月工资', '包工头不发农民工工资', '老板拖欠加班费', '离职后不结算工资', '单位欠薪请求讨薪'];
const LAMPS = ['小区路灯不亮', '路灯损坏晚上很黑', '人行道路灯坏了', '街道照明故障', '路灯杆倾斜'];

describe('trainOnDocs: the scores that come with a model', () => {
  it('too few documents to calibrate (under 20): a model, but no scores', () => {
    const docs = [...requests('噪音', NOISE, 5), ...requests('欠薪', WAGES, 5)];
    const { model, scores } = trainOnDocs(docs);
    expect(model.labels).toEqual(['噪音', '欠薪'].sort());
    expect(model.estimate).toBeNull();
    expect(scores).toStrictEqual({ folds: null, accuracy: null, macroF1: null, perLabel: [], weakClasses: [], unlabelled: 0 });
  });

  it('enough documents: the out-of-fold scores of the calibration folds, perfect on two unrelated kinds of request', () => {
    // 12 + 12 documents (≥ 20), with no word in common between the labels: every one is
    // classified right by a model trained on the other folds → accuracy 1, F1 1 for both.
    const docs = [...requests('噪音', NOISE, 12), ...requests('欠薪', WAGES, 12)];
    const { model, scores } = trainOnDocs(docs);
    expect(scores).toMatchObject({ folds: 5, accuracy: 1, macroF1: 1, weakClasses: [], unlabelled: 0 });
    expect(scores.perLabel).toEqual(
      expect.arrayContaining([
        { label: '噪音', precision: 1, recall: 1, f1: 1, support: 12 },
        { label: '欠薪', precision: 1, recall: 1, f1: 1, support: 12 },
      ]),
    );
    expect(scores.perLabel).toHaveLength(2);
    // The same numbers as the model carries: no second cross-validation.
    expect(scores.perLabel).toEqual(model.estimate!.perLabel);
    // Other calibration folds, other folds reported; none → no scores.
    expect(trainOnDocs(docs, undefined, [], { calibrationFolds: 4 }).scores.folds).toBe(4);
    expect(trainOnDocs(docs, undefined, [], { calibrationFolds: 0 }).scores).toMatchObject({ folds: null, accuracy: null, macroF1: null, perLabel: [] });
  });

  it('labels it cannot tell apart are the weak classes, each mixed up with the other', () => {
    // 噪音 and 施工扰民 are written the same way (the same sentences, dealt alternately): no model
    // can tell them apart, so neither reaches F1 0.9. 路灯 has words of its own.
    const same = requests('x', NOISE, 16).map((d, i) => ({ ...d, label: i % 2 ? '噪音' : '施工扰民' }));
    const docs = [...same, ...requests('路灯', LAMPS, 10)];
    const { model, scores } = trainOnDocs(docs);
    expect(scores.folds).toBe(5);
    expect(scores.accuracy).toBeLessThan(1);
    expect(scores.weakClasses.length).toBeGreaterThan(0);
    for (const w of scores.weakClasses) {
      expect(['噪音', '施工扰民']).toContain(w.label);
      expect(w.f1).toBeLessThan(0.9);
      expect(w.confusedWith[0].label).toBe(w.label === '噪音' ? '施工扰民' : '噪音');
    }
    expect(scores.weakClasses).toEqual(model.estimate!.weakClasses);
  });

  it('counts the unlabelled history it also learnt from', () => {
    const docs = [...requests('噪音', NOISE, 5), ...requests('欠薪', WAGES, 5)];
    const unlabelled = [
      { title: '', text: '工地晚上施工太吵' },
      { title: '投诉', text: '老板不发工资' },
      { title: '', text: '路灯坏了没人修' },
    ];
    expect(trainOnDocs(docs, undefined, unlabelled).scores.unlabelled).toBe(3);
  });
});

// A tree: 城乡建设 > 市政设施 > (路灯, 井盖), 城乡建设 > 物业管理; 劳动保障 on its own.
const TREE = [
  { id: 1, parentId: null, name: '城乡建设', key: 'CITY' },
  { id: 2, parentId: 1, name: '市政设施', key: 'CITY-MUNI' },
  { id: 3, parentId: 2, name: '路灯', key: 'CITY-MUNI-LAMP' },
  { id: 4, parentId: 2, name: '井盖', key: 'CITY-MUNI-COVER' },
  { id: 5, parentId: 1, name: '物业管理', key: 'CITY-PROP' },
  { id: 6, parentId: null, name: '劳动保障', key: 'HR' },
];

describe('categoryTerms: a category’s words', () => {
  it('its own name, then one group per direct subcategory with the names of everything below it', () => {
    expect(categoryTerms(TREE)).toEqual({
      CITY: ['城乡建设', ['市政设施', '路灯', '井盖'], ['物业管理']],
      'CITY-MUNI': ['市政设施', ['路灯'], ['井盖']],
      'CITY-MUNI-LAMP': ['路灯'],
      'CITY-MUNI-COVER': ['井盖'],
      'CITY-PROP': ['物业管理'],
      HR: ['劳动保障'],
    });
  });

  it('in whatever order the categories come', () => {
    expect(categoryTerms([...TREE].reverse()).CITY).toEqual(['城乡建设', ['物业管理'], ['市政设施', '井盖', '路灯']]);
  });

  it('a loop in the parents (bad data) ends, with no word that is not a name', () => {
    const loop = [
      { id: 1, parentId: 2, name: '环境保护', key: 'A' },
      { id: 2, parentId: 1, name: '噪声污染', key: 'B' },
    ];
    const terms = categoryTerms(loop);
    expect(Object.keys(terms).sort()).toEqual(['A', 'B']);
    for (const words of Object.values(terms)) for (const w of words.flat()) expect(['环境保护', '噪声污染']).toContain(w);
  });
});

describe('categoryTermsByName: keyed by name, as evaluation files name their labels', () => {
  it('a name used twice keys the shallowest category; every category keeps its own entry', () => {
    // 交通运输 (level 1, id 20) and under it 交通运输 (level 2, id 21) and a level-3 交通运输 (id 22),
    // listed deepest first: the name keys the level-1 one.
    const cats = [
      { id: 22, parentId: 21, name: '交通运输', level: 3 },
      { id: 21, parentId: 20, name: '交通运输', level: 2 },
      { id: 23, parentId: 20, name: '公共交通', level: 2 },
      { id: 20, parentId: null, name: '交通运输', level: 1 },
    ];
    const terms = categoryTermsByName(cats);
    expect(terms['交通运输']).toEqual(['交通运输', ['交通运输', '交通运输'], ['公共交通']]);
    expect(terms['公共交通']).toEqual(['公共交通']);
    // Four categories, four entries: the two deeper 交通运输 each under a key of their own, no name.
    expect(Object.keys(terms)).toHaveLength(4);
    const others = Object.keys(terms).filter((k) => k !== '交通运输' && k !== '公共交通');
    expect(others.map((k) => terms[k])).toEqual(expect.arrayContaining([['交通运输', ['交通运输']], ['交通运输']]));
  });

  it('at the same level, the lower id keeps the name', () => {
    const cats = [
      { id: 9, parentId: null, name: '其他', level: 1 },
      { id: 10, parentId: 9, name: '咨询', level: 2 },
      { id: 4, parentId: null, name: '其他', level: 1 },
      { id: 5, parentId: 4, name: '建议', level: 2 },
    ];
    expect(categoryTermsByName(cats)['其他']).toEqual(['其他', ['建议']]);
  });
});
