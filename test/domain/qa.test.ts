// Quality checks (话务质检, README "Quality checks"): a 质检员 scores a call on the configurable
// form; each item has its most points (满分), a score is a whole number from 0 to that, every item
// is scored and nothing else is. Expected totals are hand sums of the demo form (test/api/qa.test.ts:
// 规范用语 10, 信息记录 30, 政策解答 30, 服务态度 20, 结束语 10 = 100).

import { describe, expect, it } from 'vitest';
import { maxTotal, percentOf, scoreReview, type QaItem } from '../../src/domain/qa.js';

const FORM: QaItem[] = [
  { key: 'greeting', label: '规范用语/开头语', max: 10 },
  { key: 'record', label: '信息记录准确', max: 30 },
  { key: 'policy', label: '政策解答准确', max: 30 },
  { key: 'attitude', label: '服务态度', max: 20 },
  { key: 'closing', label: '结束语', max: 10 },
];

const FULL = { greeting: 10, record: 30, policy: 30, attitude: 20, closing: 10 };

describe('maxTotal', () => {
  it('is the sum of the items’ most points', () => {
    expect(maxTotal(FORM)).toBe(100); // 10 + 30 + 30 + 20 + 10
    expect(maxTotal([{ key: 'a', label: 'A', max: 7 }, { key: 'b', label: 'B', max: 5 }])).toBe(12);
  });

  it('an empty form totals nothing', () => {
    expect(maxTotal([])).toBe(0);
  });
});

describe('scoreReview', () => {
  it('totals the items’ scores and reports the form’s most', () => {
    // 8 + 25 + 20 + 18 + 10 = 81
    expect(scoreReview(FORM, { greeting: 8, record: 25, policy: 20, attitude: 18, closing: 10 })).toEqual({ ok: true, total: 81, maxTotal: 100 });
    // 5 + 15 + 15 + 10 + 5 = 50
    expect(scoreReview(FORM, { greeting: 5, record: 15, policy: 15, attitude: 10, closing: 5 })).toEqual({ ok: true, total: 50, maxTotal: 100 });
  });

  it('accepts both ends of every item’s range: all full marks and all zero', () => {
    expect(scoreReview(FORM, FULL)).toEqual({ ok: true, total: 100, maxTotal: 100 });
    expect(scoreReview(FORM, { greeting: 0, record: 0, policy: 0, attitude: 0, closing: 0 })).toEqual({ ok: true, total: 0, maxTotal: 100 });
  });

  it('the form’s most is reported even when the total is lower (a smaller form: 3 of 7 + 5)', () => {
    const small: QaItem[] = [{ key: 'a', label: 'A', max: 3 }, { key: 'b', label: 'B', max: 4 }];
    expect(scoreReview(small, { a: 1, b: 2 })).toEqual({ ok: true, total: 3, maxTotal: 7 });
  });

  it('refuses a score above the item’s most, naming the item and its range', () => {
    expect(scoreReview(FORM, { ...FULL, greeting: 11 })).toEqual({ ok: false, code: 'score_out_of_range', detail: '“规范用语/开头语”的得分须为 0–10 的整数' });
    expect(scoreReview(FORM, { ...FULL, attitude: 21 })).toEqual({ ok: false, code: 'score_out_of_range', detail: '“服务态度”的得分须为 0–20 的整数' });
  });

  it('refuses a negative score', () => {
    expect(scoreReview(FORM, { ...FULL, record: -1 })).toEqual({ ok: false, code: 'score_out_of_range', detail: '“信息记录准确”的得分须为 0–30 的整数' });
  });

  it('refuses a fraction of a point, and what is not a number at all', () => {
    expect(scoreReview(FORM, { ...FULL, greeting: 9.5 })).toMatchObject({ ok: false, code: 'score_out_of_range' });
    expect(scoreReview(FORM, { ...FULL, closing: Number.NaN })).toMatchObject({ ok: false, code: 'score_out_of_range' });
    expect(scoreReview(FORM, { ...FULL, closing: Number.POSITIVE_INFINITY })).toMatchObject({ ok: false, code: 'score_out_of_range' });
  });

  it('refuses a review with an item left unscored, naming it', () => {
    const { closing: _closing, ...partial } = FULL;
    expect(scoreReview(FORM, partial)).toEqual({ ok: false, code: 'score_missing', detail: '“结束语”未评分' });
    expect(scoreReview(FORM, {})).toEqual({ ok: false, code: 'score_missing', detail: '“规范用语/开头语”未评分' });
  });

  it('refuses a score for an item the form does not have, even when every item is scored', () => {
    expect(scoreReview(FORM, { ...FULL, bonus: 5 })).toEqual({ ok: false, code: 'score_unknown_item', detail: '评分表中没有“bonus”这一项' });
  });

  it('an unknown item is reported before a missing one (the scores belong to another form)', () => {
    expect(scoreReview(FORM, { bonus: 0 })).toMatchObject({ ok: false, code: 'score_unknown_item' });
  });

  it('an item’s label in the message is its own, not a neighbour’s (the third item wrong)', () => {
    expect(scoreReview(FORM, { ...FULL, policy: 31 })).toMatchObject({ code: 'score_out_of_range', detail: '“政策解答准确”的得分须为 0–30 的整数' });
  });
});

describe('percentOf', () => {
  it('puts a review on a 100-point scale whatever the form’s total', () => {
    expect(percentOf(81, 100)).toBe(81);
    expect(percentOf(30, 40)).toBe(75); // 30 × 100 / 40
    expect(percentOf(1, 8)).toBe(12.5);
    expect(percentOf(40, 40)).toBe(100);
  });

  it('a form with nothing to score gives 0, not a division by zero', () => {
    expect(percentOf(0, 0)).toBe(0);
    expect(percentOf(5, 0)).toBe(0);
  });
});
