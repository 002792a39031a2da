// The five grades of 好差评 against the three satisfactions of the callback of record, as the
// issue and docs/sms.md state them: 1, 2 → satisfied; 3 → basically satisfied; 4, 5 → unsatisfied
// (满意率 counts satisfied + basically satisfied); what counts as an answer; who may get an SMS.

import { describe, expect, it } from 'vitest';
import { isMobile, parseRating, ratingCallback, satisfactionOfGrade, summarize } from '../../src/domain/sms-rating.js';

describe('grades', () => {
  it('map to the three satisfactions and to resolved as documented', () => {
    const table: [1 | 2 | 3 | 4 | 5, string, boolean][] = [
      [1, 'satisfied', true],
      [2, 'satisfied', true],
      [3, 'basically_satisfied', true],
      [4, 'unsatisfied', false],
      [5, 'unsatisfied', false],
    ];
    for (const [g, satisfaction, resolved] of table) {
      expect(satisfactionOfGrade(g), String(g)).toBe(satisfaction);
      expect(ratingCallback(g, 'sms'), String(g)).toMatchObject({ kind: 'callback', reached: true, satisfaction, resolved, grade: g });
    }
    expect(ratingCallback(5, 'sms').note).toBe('短信回访：群众回复 5（非常不满意）');
  });

  it('are read from a digit, a full-width digit or the label itself, and from nothing else', () => {
    const yes: [string, number][] = [['1', 1], [' 2 ', 2], ['３', 3], ['4。', 4], ['5!', 5], ['基本满意', 3], ['非常不满意', 5], ['满意', 2]];
    for (const [text, g] of yes) expect(parseRating(text), text).toBe(g);
    for (const text of ['0', '6', '12', 'hello', '1 2', '', '满意吧', '一']) expect(parseRating(text), text).toBeNull();
  });
});

describe('who gets an SMS, and what a reply says', () => {
  it('only mainland mobiles', () => {
    for (const p of ['13900001111', '+86 139 0000 1111', '19912345678']) expect(isMobile(p), p).toBe(true);
    for (const p of ['0731-88886666', '12345', '12900001111', '1390000111', '', null]) expect(isMobile(p), String(p)).toBe(false);
  });

  it('a summary masks personal data and is cut to 120 characters with an ellipsis', () => {
    expect(summarize('请联系 13711112222 的王先生。')).toBe('请联系 137****2222 的王先生。');
    const cut = summarize('一'.repeat(130));
    expect([...cut]).toHaveLength(120);
    expect(cut).toBe(`${'一'.repeat(119)}…`);
    expect(summarize('一'.repeat(120))).toBe('一'.repeat(120));
  });
});
