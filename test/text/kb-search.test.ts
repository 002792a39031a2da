// The knowledge base's side of a question (kb-search.ts): what words an agent's question becomes,
// which alternatives may stand for each (the word, its synonyms, its parts, a single character as
// the start of longer words), and what an article's fields become. Expected words come from the
// synonym lexicon's groups and jieba's cuts written out here; the rules from kb-search.ts's header.

import { describe, expect, it } from 'vitest';
import { MATCH_WEIGHTS, rankBm25, type Alternative } from '../../src/text/bm25.js';
import { analyzeQuery, articleTerms, expansions, fieldTokens, MAX_QUERY_WORDS } from '../../src/text/kb-search.js';
import { SynonymLexicon } from '../../src/text/synonyms.js';

const words = (q: string, lex?: SynonymLexicon) => analyzeQuery(q, lex).map((w) => w.word);
const alternativesOf = (q: string, word: string, lex?: SynonymLexicon): Alternative[] => {
  const w = analyzeQuery(q, lex).find((x) => x.word === word);
  if (!w) throw new Error(`${word} is not a word of ${q}`);
  return w.alternatives;
};
const exact = (term: string): Alternative => ({ term, kind: 'exact', prefix: false, weight: MATCH_WEIGHTS.exact });
const synonym = (term: string): Alternative => ({ term, kind: 'synonym', prefix: false, weight: MATCH_WEIGHTS.synonym });
const part = (term: string): Alternative => ({ term, kind: 'part', prefix: false, weight: MATCH_WEIGHTS.part });
const startOf = (term: string): Alternative => ({ term, kind: 'part', prefix: true, weight: MATCH_WEIGHTS.prefix });

describe('analyzeQuery: phrases of a deployment’s own lexicon', () => {
  // jieba cuts 路堵 into 路 | 堵 and 丢了 into 丢 | 了: the lexicon's phrases are joined again.
  const lex = new SynonymLexicon([
    ['拥堵', '路堵'],
    ['遗失', '丢了'],
  ]);

  it('joins a phrase jieba cuts apart, and its single-character pieces start longer words', () => {
    expect(words('下班路堵', lex)).toEqual(['下班', '路堵']);
    // 路堵: itself, its synonym, and each piece as the start of a word (堵… finds 堵车, 堵塞).
    expect(alternativesOf('下班路堵', '路堵', lex)).toEqual([exact('路堵'), synonym('拥堵'), startOf('路'), startOf('堵')]);
    expect(words('钱包丢了', lex)).toEqual(['钱包', '丢了']);
  });

  it('joins only when every piece follows: 丢 before 在 is not 丢了', () => {
    expect(words('钱包丢在出租车上', lex)).toEqual(['钱包', '丢', '出租车', '上']);
    // A single character (not a stopword) is the word itself and the start of longer words.
    expect(alternativesOf('钱包丢在出租车上', '丢', lex)).toEqual([exact('丢'), startOf('丢')]);
  });

  it('never joins across punctuation or a space', () => {
    // 了 after the space is a stopword of its own; 丢 stays a single character.
    expect(words('钱包丢 了', lex)).toEqual(['钱包', '丢']);
    expect(words('钱包丢，了', lex)).toEqual(['钱包', '丢']);
  });

  it('the words of one group are one word, keeping each way it may be found', () => {
    const one = new SynonymLexicon([['丢失', '丢']]);
    const q = analyzeQuery('丢失 丢', one);
    expect(q.map((w) => w.word)).toEqual(['丢失']);
    // 丢 typed by the citizen is exact (not a synonym any more), and 丢… still starts longer words.
    expect(q[0].alternatives).toEqual([exact('丢失'), exact('丢'), startOf('丢')]);
  });
});

describe('analyzeQuery: the curated lexicon', () => {
  it('a two-character word is itself and its synonyms, nothing more', () => {
    expect(alternativesOf('井盖', '井盖')).toEqual([exact('井盖'), synonym('窨井盖'), synonym('下水道盖'), synonym('检查井盖')]);
    // No synonyms at all: only the word.
    expect(alternativesOf('钱包丢在出租车上', '钱包')).toEqual([exact('钱包')]);
  });

  it('a long compound is also found by its parts (拖欠工资 → 拖欠, 工资), a little less', () => {
    expect(alternativesOf('老板拖欠工资', '拖欠工资')).toEqual([
      exact('拖欠工资'),
      synonym('欠薪'),
      synonym('不发工资'),
      synonym('欠工资'),
      synonym('工资拖欠'),
      synonym('讨薪'),
      part('拖欠'),
      part('工资'),
    ]);
    // Three characters are enough: 停车场 → 停车, 车场.
    expect(alternativesOf('停车场收费', '停车场')).toEqual([exact('停车场'), part('停车'), part('车场')]);
    // A phrase's parts of two characters are words of their own, not starts of words.
    expect(alternativesOf('影响休息', '影响休息')).toEqual([exact('影响休息'), synonym('扰民'), synonym('影响睡眠'), synonym('睡不着'), part('影响'), part('休息')]);
  });

  it('a synonym stays a synonym when it is also a part (社保卡 → 社保)', () => {
    expect(alternativesOf('社保卡', '社保卡')).toEqual([exact('社保卡'), synonym('社保'), synonym('社会保险'), synonym('社会保障卡')]);
  });

  it('a stopword is never a part: 怎么补 is found by 补…, not by 怎么', () => {
    const alts = alternativesOf('社保卡丢了怎么补', '怎么补');
    expect(alts.map((a) => a.term)).not.toContain('怎么');
    expect(alts).toContainEqual(startOf('补'));
    // 丢了 is a joined phrase: 丢… starts 丢失, 丢弃 (了 is a stopword).
    expect(alternativesOf('社保卡丢了怎么补', '丢了')).toContainEqual(startOf('丢'));
    expect(alternativesOf('社保卡丢了怎么补', '丢了').map((a) => a.term)).not.toContain('了');
  });

  it('three words of one group typed together: one word, each typed one exact, the parts added once', () => {
    const q = analyzeQuery('社保 社保卡 社会保险');
    expect(q).toHaveLength(1);
    expect(q[0].alternatives).toEqual([exact('社保'), exact('社会保险'), exact('社保卡'), synonym('社会保障卡'), part('社会'), part('保险')]);
  });

  it('a coded place stays whole and has no parts (A3区 must not find every 区…)', () => {
    expect(alternativesOf('A3区噪音扰民', 'a3区')).toEqual([exact('a3区')]);
  });

  it('numbers and words of a mixed question are kept apart, the number whole', () => {
    expect(words('12345热线电话')).toEqual(['12345', '热线电话']);
  });

  it('jieba’s guess at a word it does not know is the same as at indexing (小区没水了 → 没水 → 停水)', () => {
    expect(words('小区没水了')).toEqual(['小区', '没水']);
    expect(alternativesOf('小区没水了', '没水')).toEqual([exact('没水'), synonym('停水'), synonym('断水')]);
  });

  it(`at most ${MAX_QUERY_WORDS} words, the first ones`, () => {
    const many = Array.from({ length: 40 }, (_, i) => String(i + 1)).join(' ');
    expect(words(many)).toEqual(Array.from({ length: 32 }, (_, i) => String(i + 1)));
  });

  it('nothing typed: no words', () => {
    expect(analyzeQuery(undefined as unknown as string)).toEqual([]);
    expect(analyzeQuery(null as unknown as string)).toEqual([]);
  });
});

describe('expansions: what the agent is shown', () => {
  it('only the words widened with synonyms, with the synonyms only', () => {
    expect(expansions(analyzeQuery('社保卡丢了 钱包'))).toEqual([
      { word: '社保卡', synonyms: ['社保', '社会保险', '社会保障卡'] },
      { word: '丢了', synonyms: ['遗失', '丢失', '弄丢', '掉了', '丢掉', '搞丢'] },
    ]);
    expect(expansions(analyzeQuery('钱包 出租车'))).toEqual([]);
  });
});

describe('fieldTokens and articleTerms: what an article is ranked on', () => {
  it('search-mode tokens, plus each lexicon phrase jieba cut apart, once', () => {
    // jieba's search mode: 社保 社保卡 丢 了; the phrase 丢了 is added.
    expect(fieldTokens('社保卡丢了')).toEqual(['社保', '社保卡', '丢', '了', '丢了']);
    expect(fieldTokens('拨打12345热线')).toEqual(['拨打', '12345', '热线']);
    expect(fieldTokens(null)).toEqual([]);
    expect(fieldTokens(undefined)).toEqual([]);
  });

  it('the source document is part of the body; lengths are the token counts', () => {
    const t = articleTerms({ title: '社保卡丢了', body: '拨打12345热线', source: null });
    expect([...t.title]).toEqual([
      ['社保', 1],
      ['社保卡', 1],
      ['丢', 1],
      ['了', 1],
      ['丢了', 1],
    ]);
    expect(t.titleLength).toBe(5);
    expect(t.bodyLength).toBe(3);
    expect(articleTerms({ title: '停水', body: '拨打12345热线', source: '停水通知' }).body.get('停水')).toBe(1);
  });
});

describe('the knowledge base finds the right article first', () => {
  const articles = [
    { id: 1, title: '小区物业服务', body: '小区物业公司负责公共区域的保洁和绿化。' },
    { id: 2, title: '计划停水通知', body: '因管网维修，部分小区停水，恢复时间另行通知。' },
    { id: 3, title: '水费缴纳', body: '水费可在营业厅或网上缴纳。' },
  ];
  const docs = articles.map((a) => ({ id: a.id, terms: articleTerms(a) }));

  it('小区没水了 → 计划停水通知, by the synonym 停水', () => {
    const hits = rankBm25(analyzeQuery('小区没水了'), docs);
    expect(hits[0].id).toBe(2);
    expect(hits[0].terms).toContain('停水');
  });

  it('路堵 (a deployment’s phrase) → the article on 堵车, by 堵…', () => {
    const lex = new SynonymLexicon([['拥堵', '路堵']]);
    const roads = [
      { id: 1, title: '公交线路调整', body: '早高峰加开公交班次。' },
      { id: 2, title: '学校门口堵车', body: '上下学时段交警疏导交通。' },
    ].map((a) => ({ id: a.id, terms: articleTerms(a, lex) }));
    const hits = rankBm25(analyzeQuery('路堵', lex), roads);
    expect(hits.map((h) => h.id)).toEqual([2]);
    expect(hits[0].terms).toEqual(['堵车']);
  });
});
