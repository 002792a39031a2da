// The report `hotline eval` prints: per-label precision, recall and F1 as percentages, the
// confusion matrix with numbered columns, accuracy and macro-F1, and a last line of JSON a script
// reads. Every number below is worked out by hand from the confusion written in the test.

import { describe, expect, it } from 'vitest';
import { scoreLabels } from '../../src/text/classifier.js';
import { formatEvaluation, type Evaluation } from '../../src/text/evaluation.js';

/** Columns a line takes in a terminal: a CJK character (or full-width punctuation) takes two. */
const columns = (s: string) => [...s].reduce((n, c) => n + (/[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u.test(c) ? 2 : 1), 0);

// Truth (rows) × predicted (columns):
//          噪音 路灯 其他
//   噪音     3    1    0     support 4
//   路灯     0    2    1     support 3
//   其他     0    0    0     support 0 (only ever predicted)
// 噪音: precision 3/3 = 100 %, recall 3/4 = 75 %, F1 = 2·1·0.75/1.75 = 0.857142… → 85.7
// 路灯: precision 2/(1+2) = 66.7 %, recall 2/3 = 66.7 %, F1 = 66.7
// accuracy 5/7 = 0.714285… → 71.4 % and 0.7143; macro-F1 over the labels with documents
// (0.857143 + 0.666667)/2 = 0.761905 → 76.2 % and 0.7619.
const SMALL: Evaluation = {
  n: 7,
  accuracy: 5 / 7,
  macroF1: (6 / 7 + 2 / 3) / 2,
  perLabel: [
    { label: '噪音', precision: 1, recall: 0.75, f1: 6 / 7, support: 4 },
    { label: '路灯', precision: 2 / 3, recall: 2 / 3, f1: 2 / 3, support: 3 },
    { label: '其他', precision: 0, recall: 0, f1: 0, support: 0 },
  ],
  confusion: {
    labels: ['噪音', '路灯', '其他'],
    matrix: [
      [3, 1, 0],
      [0, 2, 1],
      [0, 0, 0],
    ],
  },
};

describe('formatEvaluation', () => {
  it('prints the table, the matrix and the scores, laid out in columns', () => {
    const lines = formatEvaluation(SMALL).split('\n');
    // Labels of two characters: the label column is 8 terminal columns (its least); percentages
    // with one decimal in 6 columns, the support in 5; 其他 has no documents and no table row.
    expect(lines).toEqual([
      '标签      精确率  召回率     F1   样本',
      '噪音     100.0    75.0   85.7      4',
      '路灯      66.7    66.7   66.7      3',
      '',
      '混淆矩阵（行：实际，列：预测）：',
      '            1    2    3',
      '1. 噪音     3    1    0',
      '2. 路灯     0    2    1',
      '3. 其他     0    0    0',
      '',
      '准确率   71.4%，宏平均 F1   76.2%',
      '{"n":7,"accuracy":0.7143,"macro_f1":0.7619}',
    ]);
  });

  it('the last line is JSON with the scores rounded to four decimals', () => {
    const out = formatEvaluation({ ...SMALL, n: 3, accuracy: 2 / 3, macroF1: 0.12344 });
    // 2/3 = 0.666666… → 0.6667; 0.12344 → 0.1234
    expect(JSON.parse(out.split('\n').at(-1)!)).toEqual({ n: 3, accuracy: 0.6667, macro_f1: 0.1234 });
    expect(out).toContain('准确率   66.7%，宏平均 F1   12.3%');
  });

  it('long category names widen the name column; every row of the table and of the matrix stays aligned', () => {
    const e: Evaluation = {
      n: 4,
      accuracy: 0.5,
      macroF1: 0.5,
      perLabel: [
        { label: '劳动和社会保障', precision: 0.5, recall: 0.5, f1: 0.5, support: 2 },
        { label: '卫生健康', precision: 0.5, recall: 0.5, f1: 0.5, support: 2 },
      ],
      confusion: {
        labels: ['劳动和社会保障', '卫生健康'],
        matrix: [
          [1, 1],
          [1, 1],
        ],
      },
    };
    const lines = formatEvaluation(e).split('\n');
    // 劳动和社会保障: 7 characters, 14 columns, so the name column is 14 wide, not 8.
    expect(lines[1]).toBe('劳动和社会保障  50.0    50.0   50.0      2');
    expect(lines[2]).toBe('卫生健康        50.0    50.0   50.0      2');
    expect(columns(lines[2])).toBe(columns(lines[1]));
    // The matrix: the column numbers stand over the counts of every row, the longest name's too
    // ("1. 劳动和社会保障" takes 3 + 14 = 17 columns).
    const m = lines.indexOf('混淆矩阵（行：实际，列：预测）：');
    const [head, first, second] = lines.slice(m + 1, m + 4);
    expect(head).toBe(`${' '.repeat(17)}    1    2`);
    expect(first).toBe('1. 劳动和社会保障    1    1');
    expect(second).toBe(`2. 卫生健康${' '.repeat(6)}    1    1`);
    expect([columns(first), columns(second)]).toEqual([columns(head), columns(head)]);
  });

  it('the report of `hotline eval` on predictions: macro-F1 over the labels that have documents', () => {
    // 7 requests; 交通运输 is predicted once but is no request's label.
    const truth = ['城乡建设', '城乡建设', '城乡建设', '劳动和社会保障', '卫生健康', '卫生健康', '卫生健康'];
    const predicted = ['城乡建设', '卫生健康', '交通运输', '劳动和社会保障', '卫生健康', '卫生健康', '城乡建设'];
    // 城乡建设: 1 right of 3, predicted twice → precision 1/2, recall 1/3, F1 = 2·(1/6)/(5/6) = 0.4
    // 劳动和社会保障: 1 of 1, predicted once → 1, 1, 1
    // 卫生健康: 2 of 3, predicted 3 times → 2/3, 2/3, 2/3
    // accuracy 4/7 = 0.571429; macro-F1 (0.4 + 1 + 0.666667)/3 = 0.688889 (交通运输 left out: /4 would be 0.5167)
    const out = formatEvaluation(scoreLabels(truth, predicted)).split('\n');
    // The name column: 劳动和社会保障 is 14 columns wide.
    expect(out).toContain('城乡建设        50.0    33.3   40.0      3');
    expect(out).toContain('劳动和社会保障 100.0   100.0  100.0      1');
    expect(out).toContain('卫生健康        66.7    66.7   66.7      3');
    expect(out.some((l) => l.startsWith('交通运输 '))).toBe(false);
    expect(out).toContain('准确率   57.1%，宏平均 F1   68.9%');
    expect(JSON.parse(out.at(-1)!)).toEqual({ n: 7, accuracy: 0.5714, macro_f1: 0.6889 });
    // … but it has its column and row in the matrix (four of each).
    expect(out.filter((l) => /^\d\. /.test(l))).toHaveLength(4);
  });
});
