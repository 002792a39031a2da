import { describe, expect, it } from 'vitest';
import { classify, crossValidate, evaluate, explain, scoreLabels, trainClassifier, weakClasses, type LabelledDoc } from '../../src/text/classifier.js';
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
