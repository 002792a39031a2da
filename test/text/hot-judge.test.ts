// Judging hot topics against matters a person identified by reading (`hotline judge-topics`):
// a matter holds together when the top topic with most of its requests has at least 80 % of them
// and no other top topic has more than one; its purity is that topic's share of the matter.
// Every expected number below is counted by hand from the topics written out in the test.

import { describe, expect, it } from 'vitest';
import { HOLD_SHARE, judgeTopics } from '../../src/text/hot-judge.js';

/** Topics, hottest first, from their request ids. */
const topics = (...items: (string | number)[][]) => items.map((ids) => ({ items: ids }));
const ids = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('judgeTopics: one matter', () => {
  it('a matter wholly in the hottest topic holds; purity is its share of that topic', () => {
    // Topic 1: requests 1–4 of the matter and 99 of something else → 4 of 5.
    const r = judgeTopics(topics([1, 2, 3, 4, 99], [50, 51]), [{ matter: '建设路井盖缺失', ids: [1, 2, 3, 4] }]);
    expect(r.matters).toEqual([{ matter: '建设路井盖缺失', size: 4, held: true, rank: 1, found: 4, recall: 1, purity: 0.8, topicSize: 5, splits: 0 }]);
    expect(r).toMatchObject({ top: 20, held: 1, purity: 0.8 });
  });

  it('the 80 % boundary: 4 of 5 in one topic holds, 3 of 5 does not', () => {
    expect(HOLD_SHARE).toBe(0.8);
    // 4 of 5 in topic 1 (0.8 × 5 = 4 → exactly enough), the fifth alone in topic 2: one stray request is no split.
    const four = judgeTopics(topics([1, 2, 3, 4], [5, 60, 61]), [{ matter: 'm', ids: ids(1, 5) }]).matters[0];
    expect(four).toMatchObject({ held: true, rank: 1, found: 4, recall: 0.8, purity: 1, topicSize: 4, splits: 0 });
    // 3 of 5 in topic 1 (3 < 4), one in topic 2, one in no topic: not held, though nothing is split.
    const three = judgeTopics(topics([1, 2, 3], [4, 60]), [{ matter: 'm', ids: ids(1, 5) }]).matters[0];
    expect(three).toMatchObject({ held: false, rank: 1, found: 3, recall: 0.6, purity: 1, topicSize: 3, splits: 0 });
    // 8 of 10 (0.8 × 10 = 8): holds; 7 of 10 does not.
    expect(judgeTopics(topics(ids(1, 8)), [{ matter: 'm', ids: ids(1, 10) }]).matters[0].held).toBe(true);
    expect(judgeTopics(topics(ids(1, 7)), [{ matter: 'm', ids: ids(1, 10) }]).matters[0].held).toBe(false);
  });

  it('a matter split across two topics does not hold, even with 80 % in one of them', () => {
    // 10 requests: 8 in topic 1, 2 in topic 2 → topic 2 holds more than one → split.
    const split = judgeTopics(topics(ids(1, 8), [9, 10, 70]), [{ matter: 'm', ids: ids(1, 10) }]).matters[0];
    expect(split).toMatchObject({ held: false, rank: 1, found: 8, recall: 0.8, splits: 1 });
    // 8 in topic 1 and one each in topics 2 and 3: single strays, so it holds.
    const strays = judgeTopics(topics(ids(1, 8), [9, 70], [10, 71]), [{ matter: 'm', ids: ids(1, 10) }]).matters[0];
    expect(strays).toMatchObject({ held: true, found: 8, splits: 0 });
    // Two other topics with two each: two splits.
    const two = judgeTopics(topics(ids(1, 6), [7, 8], [9, 10]), [{ matter: 'm', ids: ids(1, 10) }]).matters[0];
    expect(two).toMatchObject({ held: false, found: 6, splits: 2 });
  });

  it('the topic holding most of the matter is the one judged; on a tie, the hotter one', () => {
    // Counts per topic: 1, 3, 2 → topic 2 (rank 2), 3 of its 4 requests are the matter's.
    const r = judgeTopics(topics([1, 80], [2, 3, 4, 81], [5, 6]), [{ matter: 'm', ids: ids(1, 6) }]).matters[0];
    expect(r).toMatchObject({ held: false, rank: 2, found: 3, recall: 0.5, purity: 0.75, topicSize: 4, splits: 1 });
    // Counts 0, 2, 2: the first of the two (rank 2, 2 of 3 requests), the other is a split.
    const tie = judgeTopics(topics([90], [1, 2, 91], [3, 4]), [{ matter: 'm', ids: ids(1, 4) }]).matters[0];
    expect(tie).toMatchObject({ held: false, rank: 2, found: 2, purity: 2 / 3, topicSize: 3, splits: 1 });
    // Counts 4, 1: the hottest topic, though a later one also has a request of it.
    const first = judgeTopics(topics([1, 2, 3, 4], [5, 6, 7]), [{ matter: 'm', ids: ids(1, 5) }]).matters[0];
    expect(first).toMatchObject({ held: true, rank: 1, found: 4, purity: 1, topicSize: 4 });
  });

  it('a matter in no top topic does not hold and has no rank; topics below `top` do not count', () => {
    const none = { held: false, rank: null, found: 0, recall: 0, purity: 0, topicSize: 0, splits: 0 };
    expect(judgeTopics(topics([7, 8], [9]), [{ matter: 'm', ids: [1, 2] }]).matters[0]).toMatchObject({ size: 2, ...none });
    // Wholly in the third topic, but only the top two are shown.
    const shown = topics([7, 8], [9], [1, 2]);
    expect(judgeTopics(shown, [{ matter: 'm', ids: [1, 2] }], 2)).toMatchObject({ top: 2, held: 0, purity: 0, matters: [none] });
    expect(judgeTopics(shown, [{ matter: 'm', ids: [1, 2] }], 3).matters[0]).toMatchObject({ held: true, rank: 3, found: 2 });
    // A matter written down without requests holds nothing (0 ≥ 0.8 × 0, but no topic has it).
    expect(judgeTopics(shown, [{ matter: 'empty', ids: [] }]).matters[0]).toMatchObject({ size: 0, ...none });
  });

  it('ids match whether written as numbers or strings, and a repeated id counts once', () => {
    const r = judgeTopics(topics(['1', '2', 3]), [{ matter: 'm', ids: [1, '2', 3, 3] }]).matters[0];
    expect(r).toMatchObject({ size: 3, held: true, found: 3, recall: 1, purity: 1 });
  });
});

describe('judgeTopics: the summary', () => {
  it('counts the matters that hold and averages the purity of those only', () => {
    const r = judgeTopics(topics([1, 2, 3, 4, 90], [10, 11, 91, 92], [20, 21, 22, 93, 94, 95, 96, 97, 98, 99]), [
      { matter: 'a', ids: [1, 2, 3, 4] }, // all 4 in topic 1 of 5 → held, purity 4/5 = 0.8
      { matter: 'b', ids: [10, 11] }, // both in topic 2 of 4 → held, purity 2/4 = 0.5
      { matter: 'c', ids: [20, 21, 22, 30, 31] }, // 3 of 5 in topic 3 → not held (purity 3/10 = 0.3, not averaged)
    ]);
    expect(r.matters.map((m) => [m.matter, m.held, m.purity])).toEqual([
      ['a', true, 0.8],
      ['b', true, 0.5],
      ['c', false, 0.3],
    ]);
    expect(r.held).toBe(2);
    // (0.8 + 0.5) / 2 = 0.65
    expect(r.purity).toBeCloseTo(0.65, 10);
  });

  it('none holds → purity 0', () => {
    expect(judgeTopics(topics([1], [2]), [{ matter: 'split', ids: [1, 2, 3] }])).toMatchObject({ held: 0, purity: 0 });
    expect(judgeTopics([], [])).toEqual({ top: 20, matters: [], held: 0, purity: 0 });
  });
});
