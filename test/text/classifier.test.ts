import { describe, expect, it } from 'vitest';
import {
  classify,
  crossValidate,
  DEFAULT_OPTIONS,
  evaluate,
  explain,
  scoreLabels,
  trainClassifier,
  weakClasses,
  type ClassifierModel,
  type ClassifierOptions,
  type LabelledDoc,
} from '../../src/text/classifier.js';
import { normalize } from '../../src/text/segment.js';

// A small hand-written training set: short requests of the kind a 12345 operator types in.
const TRAIN: Record<string, string[]> = {
  噪音扰民: [
    '楼下烧烤店每天营业到凌晨两点，噪音太大无法入睡',
    '隔壁工地夜间施工，机器轰鸣声吵得居民睡不着',
    '小区广场舞音响声音太大，每天晚上扰民',
    '楼上住户半夜经常拖动家具，噪音严重影响休息',
    '附近KTV深夜唱歌声音很大，严重扰民',
    '商铺门口大喇叭循环播放促销广告，噪音扰民',
    '凌晨有渣土车轰鸣经过，噪声很大影响睡眠',
    '酒吧音乐声太吵，周边居民无法休息',
    '装修公司周末一大早就开始电钻作业，噪音刺耳',
    '夜市摊贩吆喝声和音响声很吵，希望管理',
  ],
  拖欠工资: [
    '公司拖欠我三个月工资至今未发',
    '在工地干活，包工头拖欠农民工工资不给',
    '老板跑路了，员工工资没有发放',
    '离职后公司一直不结算剩余工资',
    '餐馆拖欠服务员两个月薪水，请帮忙追讨',
    '单位以各种理由克扣工资，拒不支付加班费',
    '建筑公司欠我们农民工血汗钱，年底了还不给',
    '工厂停工后拖欠员工工资和经济补偿金',
    '物流公司无故扣发绩效工资，多次讨要无果',
    '装修队老板欠薪半年，电话也不接',
  ],
  供水停水: [
    '小区突然停水，没有任何通知',
    '我家自来水水压太低，高层用不上水',
    '水龙头流出的自来水发黄有异味',
    '供水管道爆裂，路面大量漏水',
    '已经停水两天了，什么时候恢复供水',
    '自来水公司检修，停水时间太长',
    '水表计量不准，水费突然翻倍',
    '二次供水水箱长期不清洗，水质浑浊',
    '老旧小区供水管网老化，经常断水',
    '夜间频繁停水，居民生活受影响',
  ],
  道路交通: [
    '路口红绿灯坏了，车辆乱行很危险',
    '道路上有个大坑，电动车经常摔倒',
    '公交车站设置不合理，上下车很不方便',
    '早晚高峰路段拥堵严重，建议增设信号灯',
    '人行道被违停车辆占用，行人只能走机动车道',
    '路面破损严重，坑洼不平需要修补',
    '学校门口缺少斑马线，孩子过马路不安全',
    '路灯不亮，夜间行车视线很差',
    '公交线路调整后班次太少，等车时间太长',
    '十字路口没有左转信号灯，经常发生事故',
  ],
};

const DOCS: LabelledDoc[] = Object.entries(TRAIN).flatMap(([label, texts]) => texts.map((text) => ({ text, label })));

// Held out: the same matters in other words.
const PARAPHRASES: [string, string][] = [
  ['烧烤店吵到凌晨，根本没法睡觉', '噪音扰民'],
  ['楼上邻居半夜太吵了，影响休息', '噪音扰民'],
  ['包工头欠我们的工钱一直不给', '拖欠工资'],
  ['公司已经两个月没发工资了', '拖欠工资'],
  ['家里水龙头没水了，小区又停水', '供水停水'],
  ['自来水颜色发黄，水质很差', '供水停水'],
  ['马路上坑坑洼洼，电动车差点摔倒', '道路交通'],
  ['这个路口信号灯坏了，车辆乱成一团', '道路交通'],
];

const model = trainClassifier(DOCS);

describe('trainClassifier', () => {
  it('records labels, training size and options', () => {
    expect(model.kind).toBe('hotline-text-classifier');
    expect(model.version).toBe(1);
    expect(model.labels).toEqual([...Object.keys(TRAIN)].sort());
    expect(model.trainingSize).toBe(DOCS.length);
    expect(model.labelCounts).toEqual(model.labels.map(() => 10));
    expect(model.options.titleWeight).toBeGreaterThan(0);
    expect(model.temperature).toBeGreaterThan(0);
    expect(model.weights).toHaveLength(model.labels.length);
    for (const row of model.weights) expect(row).toHaveLength(model.words.length + model.grams.length);
    expect(model.idf).toHaveLength(model.words.length + model.grams.length);
    // Out-of-fold scores from the calibration folds come with the model.
    expect(model.estimate?.folds).toBe(5);
    expect(model.estimate?.perLabel.map((m) => m.support)).toEqual(model.labelCounts);
    expect(model.estimate?.accuracy).toBeGreaterThan(0.5);
    expect(trainClassifier(DOCS.slice(0, 12), { calibrationFolds: 5 }).estimate).toBeNull();
  });

  it('is deterministic', () => {
    expect(JSON.stringify(trainClassifier(DOCS))).toBe(JSON.stringify(model));
    const other = trainClassifier(DOCS, { seed: 7 });
    expect(other.options.seed).toBe(7);
  });

  it('keeps the vocabulary within maxFeatures', () => {
    const small = trainClassifier(DOCS, { maxFeatures: 50, calibrationFolds: 0 });
    expect(small.words.length + small.grams.length).toBe(50);
    expect(classify(small, '小区停水了')[0].label).toBe('供水停水');
  });

  it('learns the title\'s words and n-grams as features of their own, and reads them back from JSON', () => {
    const titled = DOCS.map((d, i) => ({ title: d.text.slice(0, 6), text: `${d.text}（编号${i}）`, label: d.label }));
    const m = trainClassifier(titled, { calibrationFolds: 0 });
    expect(m.options.titleFeatures).toBe(true);
    expect(m.words.some((w) => w.startsWith('\u0001'))).toBe(true);
    expect(m.grams.some((g) => g.startsWith('\u0001'))).toBe(true);
    expect(m.grams.every((g) => g.replace('\u0001', '').length <= 3)).toBe(true);
    const copy = JSON.parse(JSON.stringify(m)) as typeof m;
    const q = { title: '小区停水', text: '已经两天没有自来水了' };
    expect(classify(copy, q, 10)).toEqual(classify(m, q, 10));
    expect(classify(copy, q)[0].label).toBe('供水停水');
    // Title-only features are credited to the words they came from.
    expect(explain(copy, q, '供水停水').every((w) => !w.word.includes('\u0001'))).toBe(true);
    const plain = trainClassifier(titled, { calibrationFolds: 0, titleFeatures: false });
    expect(plain.words.some((w) => w.startsWith('\u0001')) || plain.grams.some((g) => g.startsWith('\u0001'))).toBe(false);
    // A model saved before the option existed is read as without title features.
    const { titleFeatures: _, ...older } = plain.options;
    const old = { ...plain, options: older as typeof plain.options };
    expect(classify(old, q, 10)).toEqual(classify(plain, q, 10));
  });

  it('takes the category tree\'s names as prior words of their branch, and keeps them in the model', () => {
    // Names in each label's branch of the tree: some words the training texts use (the label's
    // feature learns its weight from them), some they never do (井盖, 护栏), which then count too.
    const terms = {
      噪音扰民: ['噪音扰民', '社会生活噪声', '建筑施工噪声', '问题'],
      拖欠工资: ['拖欠工资', '劳动报酬', '欠薪讨薪', '问题'],
      供水停水: ['停水', '供水服务', '城市供排水', '问题'],
      道路交通: ['路面破损', '信号灯', '井盖缺失', '护栏损坏', '问题'],
    };
    const q = '小区门口的井盖丢了，护栏也歪了';
    for (const w of ['井盖', '护栏']) expect(DOCS.some((d) => d.text.includes(w))).toBe(false);
    const plain = trainClassifier(DOCS, { calibrationFolds: 0 });
    const withTerms = trainClassifier(DOCS, { calibrationFolds: 0 }, terms);
    const road = withTerms.labels.indexOf('道路交通');
    expect(withTerms.terms).toEqual(expect.arrayContaining([['井盖', [road]], ['护栏', [road]]]));
    // A word every label has tells nothing: left out.
    expect(withTerms.terms!.some(([w]) => w === '问题')).toBe(false);
    const p = (m: typeof plain) => classify(m, q, 4).find((x) => x.label === '道路交通')!.probability;
    expect(classify(withTerms, q)[0].label).toBe('道路交通');
    expect(p(withTerms)).toBeGreaterThan(p(plain));
    // The reasons name the words that fired the branch's names.
    const why = explain(withTerms, q, '道路交通').map((x) => x.word);
    expect(why).toEqual(expect.arrayContaining(['井盖', '护栏']));
    expect(explain(plain, q, '道路交通').map((x) => x.word)).not.toContain('井盖');
    // The terms travel with the model.
    const copy = JSON.parse(JSON.stringify(withTerms)) as typeof withTerms;
    expect(classify(copy, q, 4)).toEqual(classify(withTerms, q, 4));
    // Without terms nothing changes: the same model as before the option existed.
    expect(trainClassifier(DOCS, { calibrationFolds: 0 }, {})).toEqual(plain);
    expect(plain.terms).toBeUndefined();
  });

  it('trains on each subcategory\'s names as a short document of its label, and scores only the real documents', () => {
    // 道路交通's branch has a subcategory whose names no training text uses.
    const terms = { 道路交通: ['道路交通', ['市政设施维护', '井盖缺失', '护栏损坏']], 供水停水: ['供水停水', ['供水服务', '水压不足']] };
    const q = '小区门口的井盖丢了，护栏也歪了';
    const plain = trainClassifier(DOCS, { calibrationFolds: 0 });
    const withDocs = trainClassifier(DOCS, { calibrationFolds: 0 }, terms);
    const noDocs = trainClassifier(DOCS, { calibrationFolds: 0, labelTermDocs: 0 }, terms);
    expect(withDocs.trainingSize).toBe(DOCS.length);
    expect(withDocs.labelCounts).toEqual(plain.labelCounts);
    // The documents teach the label the branch's words themselves.
    expect(withDocs.words).toEqual(expect.arrayContaining(['井盖', '护栏']));
    expect(plain.words).not.toContain('井盖');
    const p = (m: typeof plain) => classify(m, q, 4).find((x) => x.label === '道路交通')!.probability;
    expect(classify(withDocs, q)[0].label).toBe('道路交通');
    expect(p(withDocs)).toBeGreaterThan(p(noDocs));
    // Cross-validation trains on them in every fold but scores the labelled documents only.
    const cv = crossValidate(DOCS, 4, { calibrationFolds: 0 }, 1, terms);
    expect(cv.n).toBe(DOCS.length);
    expect(cv.perLabel.reduce((n, l) => n + l.support, 0)).toBe(DOCS.length);
  });

  it('rejects an empty training set and impossible options', () => {
    expect(() => trainClassifier([])).toThrow();
    expect(() => trainClassifier(DOCS, { charNgrams: [1, 4] })).toThrow(/charNgrams/);
    expect(() => trainClassifier(DOCS, { words: false, charNgrams: null })).toThrow();
  });
});

describe('classify', () => {
  it.each(PARAPHRASES)('%s → %s', (text, label) => {
    expect(classify(model, text)[0].label).toBe(label);
  });

  it('returns sorted probabilities that sum to at most 1', () => {
    for (const [text] of PARAPHRASES) {
      const top = classify(model, text);
      expect(top).toHaveLength(3);
      let sum = 0;
      for (let i = 0; i < top.length; i++) {
        expect(top[i].probability).toBeGreaterThanOrEqual(0);
        expect(top[i].probability).toBeLessThanOrEqual(1);
        if (i) expect(top[i].probability).toBeLessThanOrEqual(top[i - 1].probability);
        sum += top[i].probability;
      }
      expect(sum).toBeLessThanOrEqual(1 + 1e-9);
      const all = classify(model, text, 10);
      expect(all).toHaveLength(model.labels.length);
      expect(all.reduce((s, p) => s + p.probability, 0)).toBeCloseTo(1, 9);
    }
  });

  it('gives a valid distribution for text it knows nothing of', () => {
    for (const text of ['', 'xyz', '？？？']) {
      const all = classify(model, text, 4);
      expect(all.reduce((s, p) => s + p.probability, 0)).toBeCloseTo(1, 9);
    }
  });

  it('is more confident on a clear request than on an off-topic one', () => {
    expect(classify(model, '小区停水两天了，自来水什么时候恢复供水')[0].probability).toBeGreaterThan(classify(model, '请问办理护照需要什么材料')[0].probability);
  });

  it('reads the first line as the title, or takes {title, text}', () => {
    const a = classify(model, '停水\n小区从昨天开始没有水', 4);
    const b = classify(model, { title: '停水', text: '小区从昨天开始没有水' }, 4);
    expect(b).toEqual(a);
    expect(a[0].label).toBe('供水停水');
  });
});

describe('explain', () => {
  it('names words of the text that belong to the label', () => {
    const cases: [string, string][] = [
      ['烧烤店吵到凌晨，根本没法睡觉', '噪音扰民'],
      ['公司已经两个月没发工资了', '拖欠工资'],
      ['小区又停水了，一直没有通知', '供水停水'],
      ['这个路口信号灯坏了，车辆乱成一团', '道路交通'],
    ];
    for (const [text, label] of cases) {
      const why = explain(model, text, label);
      expect(why.length).toBeGreaterThan(0);
      expect(why.length).toBeLessThanOrEqual(8);
      const labelText = normalize(TRAIN[label].join('。'));
      for (let i = 0; i < why.length; i++) {
        expect(normalize(text)).toContain(why[i].word);
        expect(why[i].weight).toBeGreaterThan(0);
        if (i) expect(why[i].weight).toBeLessThanOrEqual(why[i - 1].weight);
      }
      // The strongest reason is (or shares characters with) what this label's requests say.
      expect([...why[0].word].some((ch) => labelText.includes(ch))).toBe(true);
    }
    expect(explain(model, '公司已经两个月没发工资了', '拖欠工资').some((w) => w.word.includes('工资'))).toBe(true);
    expect(explain(model, '小区又停水了，一直没有通知', '供水停水').some((w) => w.word.includes('停水'))).toBe(true);
    // Function words are not reasons.
    for (const [text, label] of PARAPHRASES) for (const w of explain(model, text, label, 20)) expect(['了', '的', '又', '我们', '一直']).not.toContain(w.word);
  });

  it('respects n and unknown labels', () => {
    expect(explain(model, '楼下烧烤店太吵了', '噪音扰民', 2).length).toBeLessThanOrEqual(2);
    expect(explain(model, '楼下烧烤店太吵了', '不存在的类别')).toEqual([]);
  });
});

describe('serialisation', () => {
  it('behaves the same after JSON.stringify / JSON.parse', () => {
    const copy = JSON.parse(JSON.stringify(model));
    expect(copy).toEqual(model);
    for (const [text, label] of PARAPHRASES) {
      expect(classify(copy, text, 4)).toEqual(classify(model, text, 4));
      expect(explain(copy, text, label)).toEqual(explain(model, text, label));
    }
  });

  it('stores rounded numbers only', () => {
    for (const row of model.weights) for (const w of row) expect(Math.round(w * 1e4) / 1e4).toBe(w);
    for (const x of model.idf) expect(Math.round(x * 1e3) / 1e3).toBe(x);
  });
});

describe('crossValidate', () => {
  const cv = crossValidate(DOCS, 4, { calibrationFolds: 3 }, 3);

  it('reports consistent numbers', () => {
    expect(cv.folds).toBe(4);
    expect(cv.n).toBe(DOCS.length);
    expect(cv.perLabel.map((m) => m.label)).toEqual(model.labels);
    const meanF1 = cv.perLabel.reduce((s, m) => s + m.f1, 0) / cv.perLabel.length;
    expect(cv.macroF1).toBeCloseTo(meanF1, 12);
    const { labels, matrix } = cv.confusion;
    expect(labels).toEqual(model.labels);
    expect(matrix.flat().reduce((a, b) => a + b, 0)).toBe(DOCS.length);
    let trace = 0;
    matrix.forEach((row, i) => {
      expect(row.reduce((a, b) => a + b, 0)).toBe(cv.perLabel[i].support);
      expect(cv.perLabel[i].support).toBe(10);
      trace += row[i];
      const predicted = matrix.reduce((s, r) => s + r[i], 0);
      if (predicted) expect(cv.perLabel[i].precision).toBeCloseTo(row[i] / predicted, 12);
      expect(cv.perLabel[i].recall).toBeCloseTo(row[i] / 10, 12);
    });
    expect(cv.accuracy).toBeCloseTo(trace / DOCS.length, 12);
    expect(cv.calibration.bins.reduce((s, b) => s + b.n, 0)).toBe(DOCS.length);
    // Ten short examples a label still teach something.
    expect(cv.accuracy).toBeGreaterThan(0.5);
  });

  it('is deterministic for a seed', () => {
    expect(crossValidate(DOCS, 4, { calibrationFolds: 3 }, 3)).toEqual(cv);
  });
});

describe('evaluate', () => {
  it('scores held-out documents with the trained model', () => {
    const held = PARAPHRASES.map(([text, label]) => ({ text, label }));
    const ev = evaluate(model, [...held, { text: '办理护照需要什么材料', label: '出入境' }]);
    expect(ev.n).toBe(held.length + 1);
    expect(ev.confusion.labels).toEqual([...model.labels, '出入境']);
    expect(ev.accuracy).toBeCloseTo(held.length / (held.length + 1), 12);
    const unknown = ev.perLabel.find((m) => m.label === '出入境')!;
    expect(unknown).toMatchObject({ support: 1, recall: 0 });
    const present = ev.perLabel.filter((m) => m.support > 0);
    const meanF1 = present.reduce((s, m) => s + m.f1, 0) / present.length;
    expect(ev.macroF1).toBeCloseTo(meanF1, 12);
  });
});

describe('weakClasses', () => {
  it('lists the labels with F1 below 0.9, weakest first, with their mix-ups in both directions', () => {
    // A: 8 right, 2 taken for B; B: 9 right, 1 taken for A; C: 10 right.
    const truth = [...Array(10).fill('A'), ...Array(10).fill('B'), ...Array(10).fill('C')];
    const pred = [...Array(8).fill('A'), 'B', 'B', ...Array(9).fill('B'), 'A', ...Array(10).fill('C')];
    const s = scoreLabels(truth, pred);
    // By hand: A P = 8/9, R = 8/10, F1 = 16/19 = 0.8421; B P = 9/11, R = 9/10, F1 = 18/21 = 0.8571; C F1 = 1.
    expect(weakClasses(s.perLabel, s.confusion)).toEqual([
      { label: 'A', f1: 0.8421, confusedWith: [{ label: 'B', count: 3 }] },
      { label: 'B', f1: 0.8571, confusedWith: [{ label: 'A', count: 3 }] },
    ]);
    expect(weakClasses(s.perLabel, s.confusion, 0.85)).toEqual([{ label: 'A', f1: 0.8421, confusedWith: [{ label: 'B', count: 3 }] }]);
  });

  it('come with a trained model: the out-of-fold F1 per label, as its estimate reports it', () => {
    const e = model.estimate!;
    const expected = e.perLabel.filter((m) => m.f1 < 0.9).map((m) => m.label).sort();
    expect(e.weakClasses!.map((w) => w.label).sort()).toEqual(expected);
    for (const w of e.weakClasses!) expect(w.f1).toBe(e.perLabel.find((m) => m.label === w.label)!.f1);
  });
});

describe('unlabelled history', () => {
  // Texts of the same four matters without labels: 工钱/欠薪 and 断水 keep company with labelled words there.
  const UNLABELLED = [
    '包工头欠薪不给工钱，农民工工资拖欠',
    '老板拖欠工钱三个月，工资一直不发',
    '小区断水一天了，停水也不通知',
    '又断水了，自来水什么时候恢复供水',
    '半夜楼上太吵，噪音扰民睡不着',
    '路口坑洼不平，道路破损',
  ];

  it('trains with it and classifies the same way after JSON, deterministic for a seed', () => {
    const o = { embedDim: 4, embedMinDf: 2, calibrationFolds: 0 };
    const m = trainClassifier(DOCS, o, undefined, UNLABELLED.map((text) => ({ text })));
    expect(JSON.stringify(trainClassifier(DOCS, o, undefined, UNLABELLED.map((text) => ({ text }))))).toBe(JSON.stringify(m));
    const back = JSON.parse(JSON.stringify(m));
    for (const [text] of PARAPHRASES) expect(classify(back, text)).toEqual(classify(m, text));
    // A word only the unlabelled texts use (twice) is a feature of the model, with a weight learnt from its company.
    expect(model.words).not.toContain('工钱');
    expect(m.words).toContain('工钱');
    const col = m.words.indexOf('工钱');
    expect(m.weights[m.labels.indexOf('拖欠工资')][col]).toBeGreaterThan(0);
  });
});

// ---------------------------------------------------------------------------------------------
// Hand-built models: a model is a plain JSON object, so a test can write one whose every number
// it knows, and compute what classify must give by hand. With a single feature firing, the
// (block- then whole-) L2-normalised vector is 1 on it, and a label's score is its weight plus
// its bias; p = softmax(score / temperature) as the model's header states.

interface HandModel {
  labels: string[];
  words?: string[];
  grams?: string[];
  weights: number[][];
  bias: number[];
  temperature?: number;
  options?: ClassifierOptions;
}

/** A model as it comes back from storage (JSON), written by hand; every idf is 1. */
function handModel(m: HandModel): ClassifierModel {
  const words = m.words ?? [];
  const grams = m.grams ?? [];
  const model: ClassifierModel = {
    kind: 'hotline-text-classifier',
    version: 1,
    labels: m.labels,
    trainingSize: 0,
    labelCounts: m.labels.map(() => 0),
    options: { ...DEFAULT_OPTIONS, titleFeatures: false, ...m.options },
    temperature: m.temperature ?? 1,
    estimate: null,
    words,
    grams,
    idf: [...words, ...grams].map(() => 1),
    weights: m.weights,
    bias: m.bias,
  };
  return JSON.parse(JSON.stringify(model)) as ClassifierModel;
}

/** softmax(s / T), written out: exp of each, over their sum. */
function softmaxByHand(s: number[], T = 1): number[] {
  const e = s.map((x) => Math.exp(x / T));
  const z = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / z);
}

// Code-unit order of the labels used below: 供 U+4F9B < 噪 U+567A < 道 U+9053.
const BIGRAMS_ONLY: ClassifierOptions = { words: false, charNgrams: [2, 2] };

describe('classify on a hand-built model: confidence, top three, title, empty text', () => {
  // 停水 is the first feature (lexicon id 0): it must be found like any other.
  const M = handModel({
    labels: ['供水', '道路', '噪音'],
    grams: ['停水', '路灯'],
    weights: [
      [2, 0],
      [0, 2],
      [0, 0],
    ],
    bias: [0, 0, 0],
    options: BIGRAMS_ONLY,
  });

  it('gives softmax(score / temperature) as the probability', () => {
    // '停水' fires the one bigram 停水: scores 供水 2, 道路 0, 噪音 0.
    // p(供水) = e² / (e² + 2), the two others 1 / (e² + 2) each.
    const e2 = Math.exp(2);
    const top = classify(M, '停水');
    expect(top.map((p) => p.label)).toEqual(['供水', '噪音', '道路']);
    expect(top[0].probability).toBeCloseTo(e2 / (e2 + 2), 12);
    expect(top[1].probability).toBeCloseTo(1 / (e2 + 2), 12);
    expect(top[2].probability).toBeCloseTo(1 / (e2 + 2), 12);
    // Temperature 0.5 sharpens: p(供水) = e⁴ / (e⁴ + 2).
    const e4 = Math.exp(4);
    const sharp = classify({ ...M, temperature: 0.5 }, '停水');
    expect(sharp[0]).toEqual({ label: '供水', probability: expect.closeTo(e4 / (e4 + 2), 12) });
    // Temperature 4 flattens: p(供水) = e^0.5 / (e^0.5 + 2).
    const flat = classify({ ...M, temperature: 4 }, '停水');
    expect(flat[0].probability).toBeCloseTo(Math.exp(0.5) / (Math.exp(0.5) + 2), 12);
  });

  it('orders ties in the top three by label, whatever order the model keeps its labels in', () => {
    // 路灯 fires: 道路 2, the others 0 → 道路 first, then the tie 供水 / 噪音 by label (供 < 噪).
    const reordered = handModel({
      labels: ['噪音', '道路', '供水'],
      grams: ['停水', '路灯'],
      weights: [
        [0, 0],
        [0, 2],
        [2, 0],
      ],
      bias: [0, 0, 0],
      options: BIGRAMS_ONLY,
    });
    for (const m of [M, reordered]) {
      expect(classify(m, '路灯').map((p) => p.label)).toEqual(['道路', '供水', '噪音']);
      expect(classify(m, '停水').map((p) => p.label)).toEqual(['供水', '噪音', '道路']);
      // All three tied (nothing fires): label order.
      expect(classify(m, '').map((p) => p.label)).toEqual(['供水', '噪音', '道路']);
    }
    // topK: fewer asked, fewer given; more asked than labels, all of them.
    expect(classify(M, '停水', 1).map((p) => p.label)).toEqual(['供水']);
    expect(classify(M, '停水', 10)).toHaveLength(3);
    expect(classify(M, '停水', 0)).toEqual([]);
  });

  it('gives the biases alone to an empty text or one with no known feature', () => {
    const biased = handModel({ labels: ['供水', '道路', '噪音'], grams: ['停水'], weights: [[2], [0], [0]], bias: [1, 0, -1], options: BIGRAMS_ONLY });
    // softmax(1, 0, -1) = e / (e + 1 + 1/e), 1 / (…), (1/e) / (…).
    const z = Math.E + 1 + 1 / Math.E;
    for (const text of ['', '   ', '？！', '今天天气不错']) {
      const top = classify(biased, text);
      expect(top.map((p) => p.label)).toEqual(['供水', '道路', '噪音']);
      expect(top[0].probability).toBeCloseTo(Math.E / z, 12);
      expect(top[1].probability).toBeCloseTo(1 / z, 12);
      expect(top[2].probability).toBeCloseTo(1 / Math.E / z, 12);
    }
    expect(classify(biased, { title: null, text: '' })[0].probability).toBeCloseTo(Math.E / z, 12);
  });

  it('counts a title term titleWeight times a body term', () => {
    // Title 停水 (tf 2 × 1) and body 路灯 (tf 1): the bigram block (2, 1) / √5.
    // Scores: 供水 2 · 2/√5, 道路 2 · 1/√5, 噪音 0.
    const expected = softmaxByHand([4 / Math.sqrt(5), 2 / Math.sqrt(5), 0]);
    for (const input of [{ title: '停水', text: '路灯' }, '停水\n路灯']) {
      const all = classify(M, input, 3);
      expect(all.map((p) => p.label)).toEqual(['供水', '道路', '噪音']);
      all.forEach((p, i) => expect(p.probability).toBeCloseTo(expected[i], 12));
    }
    // titleWeight 1: the title counts as the body, (1, 1) / √2, scores √2, √2, 0.
    const even = classify({ ...M, options: { ...M.options, titleWeight: 1 } }, { title: '停水', text: '路灯' });
    const e = softmaxByHand([Math.SQRT2, Math.SQRT2, 0]);
    expect(even.map((p) => p.probability)).toEqual([expect.closeTo(e[0], 12), expect.closeTo(e[1], 12), expect.closeTo(e[2], 12)]);
  });

  it('reads title-only features (word and n-gram) back from a stored model, counted once', () => {
    // Title-only 停水 (marked \u0001) counts once, as a body term; body 路灯 once: (1, 1) / √2.
    // 供水 weighs the title-only feature 3, 道路 weighs 路灯 1: scores 3/√2, 1/√2 → p(供水) = 1 / (1 + e^(−√2)).
    const pSupply = 1 / (1 + Math.exp(-Math.SQRT2));
    const grams = handModel({ labels: ['供水', '道路'], grams: ['\u0001停水', '路灯'], weights: [[3, 0], [0, 1]], bias: [0, 0], options: { ...BIGRAMS_ONLY, titleFeatures: true } });
    const words = handModel({ labels: ['供水', '道路'], words: ['\u0001停水', '路灯'], weights: [[3, 0], [0, 1]], bias: [0, 0], options: { words: true, charNgrams: null, titleFeatures: true } });
    for (const m of [grams, words]) {
      const top = classify(m, { title: '停水', text: '路灯' });
      expect(top[0].label).toBe('供水');
      expect(top[0].probability).toBeCloseTo(pSupply, 12);
      // 停水 in the body is not the title's: only 路灯 and 停水's shared (absent) feature → 道路 1/1: e / (e + 1).
      const body = classify(m, '路灯停水');
      expect(body[0]).toEqual({ label: '道路', probability: expect.closeTo(Math.E / (Math.E + 1), 12) });
    }
    // A model stored before the option existed did not use title features: 停水 in the title is
    // unknown to it, only 路灯 counts → p(道路) = e / (e + 1).
    const { titleFeatures: _, ...older } = grams.options;
    const old = { ...grams, options: older as ClassifierModel['options'] };
    expect(classify(old, { title: '停水', text: '路灯' })[0]).toEqual({ label: '道路', probability: expect.closeTo(Math.E / (Math.E + 1), 12) });
  });

  it('refuses a stored model of another kind or version, or with a feature twice', () => {
    expect(() => classify({ ...M, version: 2 as 1 }, '停水')).toThrow(/unsupported/);
    expect(() => classify({ ...M, kind: 'other' as 'hotline-text-classifier' }, '停水')).toThrow(/unsupported/);
    const dupWords = handModel({ labels: ['供水', '道路'], words: ['停水', '停水'], weights: [[1, 1], [0, 0]], bias: [0, 0], options: { words: true, charNgrams: null } });
    expect(() => classify(dupWords, '停水')).toThrow(/duplicate/);
    const dupGrams = handModel({ labels: ['供水', '道路'], grams: ['停水', '停水'], weights: [[1, 1], [0, 0]], bias: [0, 0], options: BIGRAMS_ONLY });
    expect(() => classify(dupGrams, '停水')).toThrow(/duplicate/);
  });
});

describe('evaluate on a hand-built model: ties, log-loss, calibration bins, unknown labels', () => {
  // Nothing fires and the biases are equal: p = (1/2, 1/2) for every text.
  const T = handModel({ labels: ['供水', '噪音'], weights: [[], []], bias: [0, 0] });

  it('predicts what classify puts first on a tie, and scores it by hand', () => {
    expect(classify(T, '')[0].label).toBe('供水');
    const docs = [
      { text: '', label: '供水' },
      { text: '路灯', label: '供水' },
      { text: '停水', label: '噪音' },
    ];
    const ev = evaluate(T, docs);
    // Every prediction is 供水 (the tie's first): 2 of 3 right.
    expect(ev.accuracy).toBeCloseTo(2 / 3, 12);
    expect(ev.confusion).toEqual({ labels: ['供水', '噪音'], matrix: [[2, 0], [1, 0]] });
    // 供水: P = 2/3, R = 1, F1 = 0.8; 噪音: P = 0 (never predicted), R = 0, F1 = 0; macro = 0.4.
    expect(ev.macroF1).toBeCloseTo(0.4, 12);
    // Each document's own label has p = 1/2: log-loss ln 2.
    expect(ev.logLoss).toBeCloseTo(Math.LN2, 12);
    // p = 0.5 falls in the bin [0.5, 0.6): one bin, mean 0.5, hit rate 2/3, ECE |0.5 − 2/3| = 1/6.
    expect(ev.calibration.bins).toEqual([{ from: 0.5, to: 0.6, n: 3, meanProbability: 0.5, accuracy: expect.closeTo(2 / 3, 12) }]);
    expect(ev.calibration.ece).toBeCloseTo(1 / 6, 12);
  });

  it('puts a sure prediction (p = 1 up to rounding) in the last bin, [0.95, 1]', () => {
    // Score 40 against 0: p = 1 / (1 + e^−40), which is 1 in double precision.
    const S = handModel({ labels: ['供水', '噪音'], grams: ['停水'], weights: [[40], [0]], bias: [0, 0], options: BIGRAMS_ONLY });
    const ev = evaluate(S, [{ text: '停水', label: '供水' }]);
    expect(ev.calibration.bins).toEqual([{ from: 0.95, to: 1, n: 1, meanProbability: 1, accuracy: 1 }]);
    expect(ev.calibration.ece).toBe(0);
  });

  it('counts a label the model does not know as a miss, with a finite log-loss', () => {
    const ev = evaluate(T, [
      { text: '', label: '出入境' },
      { text: '', label: '供水' },
    ]);
    expect(ev.confusion.labels).toEqual(['供水', '噪音', '出入境']);
    expect(ev.confusion.matrix).toEqual([
      [1, 0, 0],
      [0, 0, 0],
      [1, 0, 0],
    ]);
    expect(ev.accuracy).toBe(0.5);
    const unknown = ev.perLabel.find((m) => m.label === '出入境')!;
    expect(unknown).toEqual({ label: '出入境', precision: 0, recall: 0, f1: 0, support: 1 });
    expect(Number.isFinite(ev.logLoss)).toBe(true);
    // The unknown label's document costs more than the known one's ln 2: the mean exceeds ln 2.
    expect(ev.logLoss).toBeGreaterThan(Math.LN2);
  });
});

describe('scoreLabels and weakClasses, by hand', () => {
  // truth: 道路 道路 供水 供水 供水 道路
  // pred : 道路 供水 供水 供水 噪音 道路
  // labels sorted by code unit: 供水 < 噪音 < 道路 (not the order they first appear in).
  // Confusion (rows truth, columns predicted):
  //   供水 [2, 1, 0]   (two right, one taken for 噪音)
  //   噪音 [0, 0, 0]   (no document; predicted once)
  //   道路 [1, 0, 2]   (one taken for 供水, two right)
  // 供水: P = 2/3 (2 of the 3 predicted 供水), R = 2/3, F1 = 2/3.
  // 噪音: P = 0, R = 0, F1 = 0, support 0 (left out of macro-F1).
  // 道路: P = 2/2 = 1, R = 2/3, F1 = 2·1·(2/3) / (5/3) = 0.8.
  // macro-F1 = (2/3 + 0.8) / 2 = 11/15; accuracy 4/6.
  const truth = ['道路', '道路', '供水', '供水', '供水', '道路'];
  const pred = ['道路', '供水', '供水', '供水', '噪音', '道路'];
  const s = scoreLabels(truth, pred);

  it('computes per-label precision/recall/F1, macro-F1 and the confusion matrix', () => {
    expect(s.n).toBe(6);
    expect(s.confusion).toEqual({
      labels: ['供水', '噪音', '道路'],
      matrix: [
        [2, 1, 0],
        [0, 0, 0],
        [1, 0, 2],
      ],
    });
    expect(s.perLabel).toEqual([
      { label: '供水', precision: expect.closeTo(2 / 3, 12), recall: expect.closeTo(2 / 3, 12), f1: expect.closeTo(2 / 3, 12), support: 3 },
      { label: '噪音', precision: 0, recall: 0, f1: 0, support: 0 },
      { label: '道路', precision: 1, recall: expect.closeTo(2 / 3, 12), f1: expect.closeTo(0.8, 12), support: 3 },
    ]);
    expect(s.macroF1).toBeCloseTo(11 / 15, 12);
    expect(s.accuracy).toBeCloseTo(4 / 6, 12);
  });

  it('reports the weak labels with documents, weakest first, mix-ups tied by count ordered by label', () => {
    // 噪音 has F1 0 but no document: not a weak class.
    // 供水's mix-ups: 噪音 1 + 0, 道路 0 + 1 → a tie, by label 噪音 then 道路.
    expect(weakClasses(s.perLabel, s.confusion)).toEqual([
      {
        label: '供水',
        f1: 0.6667,
        confusedWith: [
          { label: '噪音', count: 1 },
          { label: '道路', count: 1 },
        ],
      },
      { label: '道路', f1: 0.8, confusedWith: [{ label: '供水', count: 1 }] },
    ]);
  });

  it('lists at most three mix-ups, and orders equally weak labels by label', () => {
    // A's four documents predicted B, C, D, E; B's two predicted A: A and B both have F1 0.
    // A's mix-ups: B 1 + 2 = 3, then C, D, E 1 each → by label C, D (E is the fourth, dropped).
    const t = scoreLabels(['A', 'A', 'A', 'A', 'B', 'B'], ['B', 'C', 'D', 'E', 'A', 'A']);
    const expected = [
      {
        label: 'A',
        f1: 0,
        confusedWith: [
          { label: 'B', count: 3 },
          { label: 'C', count: 1 },
          { label: 'D', count: 1 },
        ],
      },
      { label: 'B', f1: 0, confusedWith: [{ label: 'A', count: 3 }] },
    ];
    expect(weakClasses(t.perLabel, t.confusion)).toEqual(expected);
    expect(weakClasses([...t.perLabel].reverse(), t.confusion)).toEqual(expected);
  });

  it('orders tied mix-ups by label even when the confusion matrix keeps its labels in another order', () => {
    // evaluate() lists the model's labels first and unknown ones after: not sorted.
    // labels A, C, B; A's row: 1 right, 1 → C, 1 → B; nothing else mixed up with A.
    // A: P = 1, R = 1/3, F1 = 0.5. Mix-ups C 1, B 1 → tie → by label B, C.
    const confusion = {
      labels: ['A', 'C', 'B'],
      matrix: [
        [1, 1, 1],
        [0, 3, 0],
        [0, 0, 3],
      ],
    };
    const perLabel = [
      { label: 'A', f1: 0.5, support: 3 },
      { label: 'C', f1: 0.8571, support: 3 },
      { label: 'B', f1: 0.8571, support: 3 },
    ];
    expect(weakClasses(perLabel, confusion)).toEqual([
      {
        label: 'A',
        f1: 0.5,
        confusedWith: [
          { label: 'B', count: 1 },
          { label: 'C', count: 1 },
        ],
      },
      // C and B: P = 3/4, R = 1, F1 = 6/7 ≈ 0.8571, tied → by label B, C; each mixed up once with A.
      { label: 'B', f1: 0.8571, confusedWith: [{ label: 'A', count: 1 }] },
      { label: 'C', f1: 0.8571, confusedWith: [{ label: 'A', count: 1 }] },
    ]);
  });

  it('takes F1 at the threshold as not weak (below 0.9 is weak)', () => {
    // A: 9 of 10 right, one taken for B; B the same the other way: P = R = 9/10, F1 = 0.9 exactly.
    const nine = [...Array(9).fill('A'), 'B', ...Array(9).fill('B'), 'A'];
    const t = scoreLabels([...Array(10).fill('A'), ...Array(10).fill('B')], nine);
    expect(t.perLabel.map((m) => m.f1)).toEqual([0.9, 0.9]);
    expect(weakClasses(t.perLabel, t.confusion)).toEqual([]);
    expect(weakClasses(t.perLabel, t.confusion, 0.9)).toEqual([]);
    expect(weakClasses(t.perLabel, t.confusion, 0.91).map((w) => w.label)).toEqual(['A', 'B']);
    const confusion = { labels: ['甲', '乙'], matrix: [[9, 1], [1, 9]] };
    expect(weakClasses([{ label: '甲', f1: 0.9, support: 10 }, { label: '乙', f1: 0.8999, support: 10 }], confusion).map((w) => w.label)).toEqual(['乙']);
  });
});

describe('cross-validation folds: stratified, identical texts together', () => {
  // Sixteen two-character texts sharing no character (so no word or n-gram) with any other, four a
  // label, each written twice (the copy with punctuation or spaces: the same text once normalised).
  const TEXTS: Record<string, string[]> = {
    甲类: ['山水', '花鸟', '风雨', '雷电'],
    乙类: ['春夏', '秋冬', '金木', '火土'],
    丙类: ['日月', '星云', '江河', '湖海'],
    丁类: ['东南', '西北', '松竹', '梅兰'],
  };
  const docs: LabelledDoc[] = Object.entries(TEXTS).flatMap(([label, texts]) => texts.flatMap((t) => [{ text: t, label }, { text: ` ${t[0]} ${t[1]}！`, label }]));

  it('never tests a text on its copy, and deals every label evenly over the folds', () => {
    // By the rule: a text and its copy share a fold, and the text has nothing in common with any
    // other text, so in its fold the model sees no known feature and answers the same label (the
    // largest bias) for every document of the fold. Stratified over 2 folds: each label's four
    // texts go two to a fold, so each fold holds 4 documents of each label and that one answer is
    // right for exactly 4 of the fold's 16: accuracy 1/4, whatever the seed.
    for (const seed of [1, 2, 3]) {
      const cv = crossValidate(docs, 2, { calibrationFolds: 0 }, seed);
      expect(cv.n).toBe(32);
      expect(cv.perLabel.map((m) => m.support)).toEqual([8, 8, 8, 8]);
      expect(cv.accuracy).toBe(0.25);
    }
  });
});

describe('training edge cases', () => {
  it('trains on a single class and gives it probability 1', () => {
    const one = ['小区停水', '又停水了', '停水两天', '水压太低', '自来水发黄'].map((text) => ({ text, label: '供水' }));
    const m = trainClassifier(one, { calibrationFolds: 0 });
    expect(m.labels).toEqual(['供水']);
    for (const text of ['停水', '', '路灯坏了']) expect(classify(m, text)).toEqual([{ label: '供水', probability: 1 }]);
    expect(evaluate(m, [{ text: '停水', label: '供水' }])).toMatchObject({ n: 1, accuracy: 1, macroF1: 1 });
  });

  it('counts the unlabelled history in the IDF once, without texts already labelled, titles included', () => {
    // Labelled: 停水 (供水), 路灯 (道路): N = 2. IDF = ln((1 + N) / (1 + df)), stored to 3 decimals.
    const labelled: LabelledDoc[] = [
      { text: '停水', label: '供水' },
      { text: '路灯', label: '道路' },
    ];
    const idf = (m: ClassifierModel, w: string) => m.idf[m.words.indexOf(w)];
    const o = { calibrationFolds: 0 };
    // Without history: 停水 df 1 of 2 → ln(3/2).
    expect(idf(trainClassifier(labelled, o), '停水')).toBeCloseTo(Math.log(3 / 2), 3);
    // History: a copy of 停水 (dropped: already labelled), a repeat (kept once), and one with the
    // title 路灯 and the body 停水 (a text of its own: title and body together are not 停水).
    // Kept: {路灯 | 停水}, 噪音 → N = 2 + 2 = 4; 停水 df 2 → ln(5/3); 路灯 df 2 → ln(5/3).
    const history = [{ text: '停水！' }, { title: '路灯', text: '停水' }, { text: '噪音' }, { text: '噪音。' }];
    const m = trainClassifier(labelled, o, undefined, history);
    expect(idf(m, '停水')).toBeCloseTo(Math.log(5 / 3), 3);
    expect(idf(m, '路灯')).toBeCloseTo(Math.log(5 / 3), 3);
    // A word only the history has is no feature of the classifier (df 0 among the labelled).
    expect(m.words).not.toContain('噪音');
    // unlabelledIdf: false → the history is not counted: ln(3/2) again.
    const off = trainClassifier(labelled, { ...o, unlabelledIdf: false }, undefined, history);
    expect(idf(off, '停水')).toBeCloseTo(Math.log(3 / 2), 3);
    expect(idf(off, '路灯')).toBeCloseTo(Math.log(3 / 2), 3);
  });
});

describe('a stored model with a large vocabulary', () => {
  // 70,000 distinct bigrams (real models keep up to maxFeatures = 20,000, title features on top,
  // and the training lexicon is larger still): every one must be found again after loading,
  // through the growth of the lookup table and of the count buffers (65,536 ids at first).
  const G = 70_000;
  const grams = Array.from({ length: G }, (_, i) => String.fromCharCode(0x4e00 + Math.floor(i / 300), 0x4e00 + (i % 300)));
  // 甲 weighs the even features 2, 乙 the odd ones.
  const weights = [Array.from({ length: G }, (_, i) => (i % 2 ? 0 : 2)), Array.from({ length: G }, (_, i) => (i % 2 ? 2 : 0))];
  const big = handModel({ labels: ['甲', '乙'], grams, weights, bias: [0, 0], options: BIGRAMS_ONLY });

  it('finds every feature again: p = e² / (e² + 1) for its label', () => {
    expect(new Set(grams).size).toBe(G);
    const p = Math.exp(2) / (Math.exp(2) + 1);
    // The highest ids first (the count buffers grow for them), then every feature.
    expect(classify(big, grams[65536])[0]).toEqual({ label: '甲', probability: expect.closeTo(p, 12) });
    expect(classify(big, grams[G - 1])[0]).toEqual({ label: '乙', probability: expect.closeTo(p, 12) });
    const wrong: number[] = [];
    for (let i = 0; i < G; i++) {
      const [top] = classify(big, grams[i], 1);
      if (top.label !== (i % 2 ? '乙' : '甲') || Math.abs(top.probability - p) > 1e-12) wrong.push(i);
    }
    expect(wrong).toEqual([]);
  });
});
