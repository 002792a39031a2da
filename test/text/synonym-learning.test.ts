// Synonyms learnt from a city's own history (text/synonym-learning.ts): two words that fill the
// problem's slot after the same object (护栏 ＿) at the same place within weeks, at several
// places, are proposed as one meaning; a pair seen at too few places is not.

import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../src/text/places.js';
import { segmenter } from '../../src/text/segment.js';
import { learnSynonyms } from '../../src/text/synonym-learning.js';
import { curatedSynonyms } from '../../src/text/synonyms.js';

const day = (n: number) => new Date(Date.UTC(2026, 2, 1 + n));
/** At each road, two citizens report its guard rail: one says 松动, the other 晃动 (not in the curated base). */
function history(roads: string[]) {
  return roads.flatMap((road, i) =>
    [`${road}的护栏松动了，一推就晃。`, `${road}的护栏晃动，随时会倒。`, `${road}上的路灯坏了，晚上一片漆黑。`].map((text) => ({ text, places: findPlaces(text), at: day(i) })),
  );
}

describe('learning synonyms from history', () => {
  it('the curated base does not know 松动 / 晃动', () => {
    expect(curatedSynonyms.canonical('松动')).not.toBe(curatedSynonyms.canonical('晃动'));
  });

  it('learns 松动 / 晃动 from five roads, and the lexicon extended with it takes them for one word', () => {
    const pairs = learnSynonyms(history(['建设路', '人民路', '解放路', '滨河路', '光华路']));
    expect(pairs.map((p) => [...p].sort())).toEqual([['晃动', '松动']]);
    const lexicon = curatedSynonyms.with(pairs);
    expect(lexicon.canonical('晃动')).toBe(lexicon.canonical('松动'));
  });

  it('two roads are too few places to say so (at least three)', () => {
    expect(learnSynonyms(history(['建设路', '人民路']))).toEqual([]);
  });
});

// ── Evidence, at its boundaries ──────────────────────────────────────────────────────────────
// Each request below is one sentence "<road>的<object><word>了。", its place the road (as findPlaces
// names it). The defaults: a pair needs 3 places, 3 requests of each word, at most 10% of the
// rarer word's requests using both, the pair at ≥ 30% of the rarer word's places, two requests at
// one place within 30 days.

const ROADS = ['建设路', '人民路', '解放路', '滨河路', '光华路', '长江路', '黄河路', '中山路', '北京路', '湖滨路', '东风路', '韶山路', '芙蓉路', '远大路', '五一路', '八一路', '车站路', '劳动路', '雨花路', '东塘路', '桂花路', '银杉路'];
/** One request; `at` null: a request without a date. */
const said = (road: string, words: string, at: Date | null = day(0), places: Iterable<string> = [road]) => ({ text: `${road}的${words}。`, places, at: at ?? undefined });
/** At each road two citizens report the object: one with word a, then one with word b, the same day. */
const pairAt = (roads: string[], a: string, b: string, obj = '护栏') => roads.flatMap((r, i) => [said(r, `${obj}${a}了`, day(i)), said(r, `${obj}${b}了`, day(i))]);

describe('learning synonyms: how much evidence', () => {
  it('three places are enough, whichever word each place heard first; the pair comes out in a fixed order', () => {
    const h = [...pairAt(ROADS.slice(0, 2), '松动', '晃动'), ...pairAt(ROADS.slice(2, 3), '晃动', '松动')];
    expect(learnSynonyms(h)).toEqual([['晃动', '松动']]);
  });

  it('at least minPlaces places', () => {
    const h = pairAt(ROADS.slice(0, 2), '松动', '晃动');
    expect(learnSynonyms(h, curatedSynonyms, { minPlaces: 2, minRequests: 2 })).toEqual([['晃动', '松动']]);
    expect(learnSynonyms(h, curatedSynonyms, { minPlaces: 3, minRequests: 2 })).toEqual([]);
  });

  it('at least minRequests requests of the rarer word', () => {
    // 松动: 4 requests (one more at a fourth road), 晃动: 3.
    const h = [...pairAt(ROADS.slice(0, 3), '松动', '晃动'), said(ROADS[3], '护栏松动了')];
    expect(learnSynonyms(h, curatedSynonyms, { minRequests: 3 })).toEqual([['晃动', '松动']]);
    expect(learnSynonyms(h, curatedSynonyms, { minRequests: 4 })).toEqual([]);
  });

  it('two words often used in one request are two problems (at most maxTogether of the rarer word’s requests)', () => {
    // 松动: 3 + 1 alone + 1 with 晃动 = 5 requests; 晃动: 3 + 1 = 4; together 1 → 1/4 = 0.25.
    const h = [...pairAt(ROADS.slice(0, 3), '松动', '晃动'), said(ROADS[3], '护栏松动了'), said(ROADS[4], '护栏松动，栏杆也晃动了')];
    expect(learnSynonyms(h)).toEqual([]);
    expect(learnSynonyms(h, curatedSynonyms, { maxTogether: 0.25 })).toEqual([['晃动', '松动']]);
    expect(learnSynonyms(h, curatedSynonyms, { maxTogether: 0.2 })).toEqual([]);
  });

  it('one request using both words in one slot is no evidence that they mean the same', () => {
    const h = ROADS.slice(0, 4).map((r, i) => said(r, '护栏松动了，护栏也晃动了', day(i)));
    expect(learnSynonyms(h, curatedSynonyms, { maxTogether: 1 })).toEqual([]);
  });

  it('the pair at no less than minShare of the places of the rarer word', () => {
    // Both words at 3 places together; each alone at `alone` more places: share = 3 / (3 + alone).
    const spread = (alone: number) => [
      ...pairAt(ROADS.slice(0, 3), '松动', '晃动'),
      ...ROADS.slice(3, 3 + alone).map((r) => said(r, '护栏松动了')),
      ...ROADS.slice(3 + alone, 3 + 2 * alone).map((r) => said(r, '护栏晃动了')),
    ];
    expect(learnSynonyms(spread(7))).toEqual([['晃动', '松动']]); // 3/10 = 0.3
    expect(learnSynonyms(spread(8))).toEqual([]); // 3/11 < 0.3
    // The rarer word decides: 松动 at 11 places, 晃动 only at the 3 it shares → 3/3.
    const oneSided = [...pairAt(ROADS.slice(0, 3), '松动', '晃动'), ...ROADS.slice(3, 11).map((r) => said(r, '护栏松动了'))];
    expect(learnSynonyms(oneSided)).toEqual([['晃动', '松动']]);
  });

  it('two requests at one place count together within windowDays (30) of each other', () => {
    const apart = (days: number) => ROADS.slice(0, 3).flatMap((r, i) => [said(r, '护栏松动了', day(i)), said(r, '护栏晃动了', day(i + days))]);
    expect(learnSynonyms(apart(30))).toEqual([['晃动', '松动']]);
    expect(learnSynonyms(apart(31))).toEqual([]);
  });

  it('a request without a date is not too far from any other', () => {
    const mixed = ROADS.slice(0, 3).flatMap((r, i) => [said(r, '护栏松动了', day(i)), said(r, '护栏晃动了', null)]);
    expect(learnSynonyms(mixed)).toEqual([['晃动', '松动']]);
    const reversed = ROADS.slice(0, 3).flatMap((r, i) => [said(r, '护栏松动了', null), said(r, '护栏晃动了', day(i))]);
    expect(learnSynonyms(reversed)).toEqual([['晃动', '松动']]);
  });

  it('keeps only the latest maxPerSlot words of a place and object', () => {
    // At each road: 松动, then 晃动 twice. With two kept, 松动 is gone before they meet.
    const h = ROADS.slice(0, 3).flatMap((r, i) => [said(r, '护栏松动了', day(i)), said(r, '护栏晃动了', day(i)), said(r, '护栏晃动了', day(i))]);
    expect(learnSynonyms(h, curatedSynonyms, { maxPerSlot: 3 })).toEqual([['晃动', '松动']]);
    expect(learnSynonyms(h, curatedSynonyms, { maxPerSlot: 2 })).toEqual([]);
  });

  it('a road named with its section or house number is one place (星沙大道北段 = 星沙大道)', () => {
    const h = ['星沙大道北段', '人民路三段18号', '滨河路18号'].flatMap((road, i) =>
      ['护栏松动了', '护栏晃动了'].map((w) => {
        const text = `${road}的${w}。`;
        return { text, places: findPlaces(text), at: day(i) };
      }),
    );
    expect(learnSynonyms(h)).toEqual([['晃动', '松动']]);
    // Three places, not the seven names findPlaces gives them.
    expect(learnSynonyms(h, curatedSynonyms, { minPlaces: 4 })).toEqual([]);
  });

  it('roads with alike names are different places (人民路, 人民东路, 人民大道)', () => {
    expect(learnSynonyms(pairAt(['人民路', '人民东路', '人民大道'], '松动', '晃动'))).toEqual([['晃动', '松动']]);
  });

  it('proposes the best supported pair first', () => {
    // 墙皮 脱落/剥落 at 3 roads, heard first; 护栏 松动/晃动 at 4.
    const h = [...pairAt(ROADS.slice(0, 3), '脱落', '剥落', '墙皮'), ...pairAt(ROADS.slice(3, 7), '松动', '晃动')];
    expect(learnSynonyms(h)).toEqual([
      ['晃动', '松动'],
      ['剥落', '脱落'],
    ]);
  });
});

describe('learning synonyms: which words fill a slot', () => {
  it('over at most three particles and adverbs between the object and its word', () => {
    const three = ROADS.slice(0, 3).flatMap((r, i) => [said(r, '护栏又都已经松动了', day(i)), said(r, '护栏晃动了', day(i))]);
    expect(learnSynonyms(three)).toEqual([['晃动', '松动']]);
    const four = ROADS.slice(0, 3).flatMap((r, i) => [said(r, '护栏也又都已经松动了', day(i)), said(r, '护栏晃动了', day(i))]);
    expect(learnSynonyms(four)).toEqual([]);
  });

  it('a general verb (存在) fills every slot and is no problem word; nor is one character (坏)', () => {
    const general = ROADS.slice(0, 4).flatMap((r, i) => [said(r, '护栏松动了', day(i)), said(r, '护栏存在隐患', day(i))]);
    expect(learnSynonyms(general)).toEqual([]);
    expect(learnSynonyms(pairAt(ROADS.slice(0, 4), '坏', '损坏', '路灯'))).toEqual([]);
  });

  it('the object is a noun of two characters or more that is not the place itself', () => {
    // 水 浑浊 / 水 发黄: one character is too vague an object.
    expect(learnSynonyms(pairAt(ROADS.slice(0, 4), '浑浊', '发黄', '水'))).toEqual([]);
    // 建设路 拥堵 / 建设路 塌陷: the road is one of the places, not what the problem is about.
    const road = ['建设路', '滨河路', '解放路', '远大路'].flatMap((r, i) =>
      ['拥堵', '塌陷'].map((w) => ({ text: `${r}${w}了。`, places: ['东门街道', r], at: day(i) })),
    );
    expect(learnSynonyms(road)).toEqual([]);
  });

  it('a negated word says the opposite: 护栏不牢固 does not make 牢固 a synonym of 松动', () => {
    expect(learnSynonyms(pairAt(ROADS.slice(0, 4), '松动', '不牢固'))).toEqual([]);
    expect(learnSynonyms(pairAt(ROADS.slice(0, 4), '松动', '从未修好'))).toEqual([]);
  });
});

describe('learning synonyms: the curated base decides between its own words', () => {
  it('a new word joins a curated one, the curated word first (it stays the canonical word): 不见 → 缺失', () => {
    const pairs = learnSynonyms(pairAt(ROADS.slice(0, 3), '缺失', '不见', '井盖'));
    expect(pairs).toEqual([['缺失', '不见']]);
    expect(curatedSynonyms.with(pairs).canonical('不见')).toBe('缺失');
  });

  it('two words of different curated groups stay different (缺失 / 损坏)', () => {
    expect(learnSynonyms(pairAt(ROADS.slice(0, 4), '缺失', '损坏', '井盖'))).toEqual([]);
  });

  it('a word and its negation are never one meaning (修好 / 没修好), even as one word', () => {
    // jieba splits 没/修好; a dictionary that keeps 没修好 whole makes it one verb.
    segmenter().loadDict(Buffer.from('没修好 100000 v\n'));
    expect(segmenter().tag('护栏没修好', true).map((t) => t.word)).toContain('没修好');
    expect(learnSynonyms(pairAt(ROADS.slice(0, 4), '修好', '没修好'))).toEqual([]);
  });
});
