// Ranking by term weight (BM25) and an agent's question in the citizen's words: the arithmetic
// on a corpus small enough to do by hand, the properties an agent relies on (a title outweighs
// the body, a rare word outweighs a common one, repetition saturates, a synonym counts a little
// less than the word), and the knowledge base's own case — 社保卡丢了怎么补 finds 社保卡遗失补办.
// Expected orders come from reading the articles.

import { describe, expect, it } from 'vitest';
import { MATCH_WEIGHTS, rankBm25, termCounts, type FieldTerms, type QueryWord, type RankDoc } from '../../src/text/bm25.js';
import { analyzeQuery, articleTerms, expansions, fieldTokens } from '../../src/text/kb-search.js';
import { SynonymLexicon } from '../../src/text/synonyms.js';

/** A document from its fields' tokens, written out. */
const doc = (id: string, title: string[], body: string[]): RankDoc<string> => ({
  id,
  terms: { title: termCounts(title), body: termCounts(body), titleLength: title.length, bodyLength: body.length } satisfies FieldTerms,
});
const word = (w: string, ...synonyms: string[]): QueryWord => ({
  word: w,
  alternatives: [{ term: w, kind: 'exact', prefix: false, weight: 1 }, ...synonyms.map((s) => ({ term: s, kind: 'synonym' as const, prefix: false, weight: MATCH_WEIGHTS.synonym }))],
});
const ids = <T>(hits: { id: T }[]) => hits.map((h) => h.id);

describe('rankBm25: the arithmetic', () => {
  it('one word in one title of three: idf × title boost × a saturation of 1 at the average length', () => {
    const docs = [doc('a', ['井盖', '缺失'], ['路面', '井盖', '缺失', '危险']), doc('b', ['路灯', '损坏'], ['夜间', '路灯', '不亮', '危险']), doc('c', ['噪音', '扰民'], ['夜间', '施工', '噪音', '扰民'])];
    const hits = rankBm25([word('井盖')], docs);
    expect(ids(hits)).toEqual(['a']);
    // By hand: N = 3, df = 1 → idf = ln(1 + 2.5 / 1.5) = ln(8/3) = 0.980829;
    // title: tf 1, length 2 = average → 1 × 2.2 / (1 + 1.2) = 1; body: tf 1, length 4 = average → 1.
    // score = 0.980829 × (3 × 1 + 1) = 3.923317.
    expect(hits[0].score).toBeCloseTo(3.923317, 5);
    expect(hits[0].words).toEqual(['井盖']);
    expect(hits[0].terms).toEqual(['井盖']);
    // Words in two documents of three: idf = ln(1 + 1.5 / 2.5) = ln 1.6 = 0.470004, each in a body
    // of average length (saturation 1). b has both words; a and c one each (a first, as given),
    // so theirs is multiplied by 1/2 (the share of the question's words they have).
    const twoOfThree = rankBm25([word('危险'), word('夜间')], docs);
    expect(ids(twoOfThree)).toEqual(['b', 'a', 'c']);
    expect(twoOfThree[0].score).toBeCloseTo(2 * 0.470004, 5);
    expect(twoOfThree[1].score).toBeCloseTo(0.470004 / 2, 5);
    // A word no document has changes no share: 天气 is left out.
    expect(rankBm25([word('危险'), word('夜间'), word('天气')], docs)[1].score).toBeCloseTo(0.470004 / 2, 5);
  });

  it('nothing to rank: no words or no documents', () => {
    expect(rankBm25([], [doc('a', ['井盖'], [])])).toEqual([]);
    expect(rankBm25([word('井盖')], [])).toEqual([]);
    expect(rankBm25([word('天气')], [doc('a', ['井盖'], ['井盖'])])).toEqual([]);
  });
});

describe('rankBm25: parts and the words they stand for', () => {
  // Four articles, every title 2 tokens and every body 4: average lengths 2 and 4, so one mention
  // saturates to 1 and two in a body to 2 × 2.2 / (2 + 1.2) = 1.375.
  const docs = [
    doc('a', ['补办', '指南'], ['补办', '补领', '流程', '材料']),
    doc('b', ['社保卡', '挂失'], ['挂失', '电话', '办理', '咨询']),
    doc('c', ['路灯', '维修'], ['路灯', '不亮', '报修', '电话']),
    doc('d', ['补贴', '申请'], ['补贴', '发放', '标准', '咨询']),
  ];
  const part = (term: string) => ({ term, kind: 'part' as const, prefix: true, weight: MATCH_WEIGHTS.prefix });
  const exact = (term: string) => ({ term, kind: 'exact' as const, prefix: false, weight: 1 });

  it('a word matches only itself, not a longer word it starts', () => {
    expect(rankBm25([word('补')], docs)).toEqual([]);
    expect(rankBm25([word('补办')], docs).map((h) => h.terms)).toEqual([['补办']]);
  });

  it('a prefix part counts every token it starts, and only those', () => {
    // 补… is in a and d: df 2 of 4 → idf ln(1 + 2.5 / 2.5) = ln 2 = 0.693147.
    // a: title 补办 (sat 1), body 补办 + 补领 (tf 2, sat 1.375): 0.4 × 0.693147 × (3 × 1 + 1.375) = 1.213008
    // d: title 补贴, body 补贴: 0.4 × 0.693147 × (3 + 1) = 1.109035
    const hits = rankBm25([{ word: '怎么补', alternatives: [exact('怎么补'), part('补')] }], docs);
    expect(ids(hits)).toEqual(['a', 'd']);
    expect(hits.map((h) => h.score)).toEqual([expect.closeTo(1.213008, 5), expect.closeTo(1.109035, 5)]);
    expect(hits[0].terms).toEqual(['补办', '补领']);
    expect(hits[1].terms).toEqual(['补贴']);
  });

  it('the word and its part each weigh by their own document frequency; the word wins where it is', () => {
    // 补办 is in a only: df 1 → idf ln(1 + 3.5 / 1.5) = ln(10/3) = 1.203973 (a part is no synonym:
    // 补贴 in d does not make 补办 commoner). The part 补…: df 2 → ln 2, as above.
    // a: the word, 1 × 1.203973 × (3 + 1) = 4.815891 (more than its part's 1.213008)
    // d: only the part, 0.4 × 0.693147 × (3 + 1) = 1.109035
    const hits = rankBm25([{ word: '补办', alternatives: [exact('补办'), part('补')] }], docs);
    expect(ids(hits)).toEqual(['a', 'd']);
    expect(hits.map((h) => h.score)).toEqual([expect.closeTo(4.815891, 5), expect.closeTo(1.109035, 5)]);
    expect(hits[0].terms).toEqual(['补办']);
  });

  it('two parts of one word are two terms: one in no document does not hide the other', () => {
    // 办证: 办… is in b (办理), 证… in none. b: df 1 → ln(10/3), body tf 1: 0.4 × 1.203973 × 1 = 0.481589.
    const banzheng = { word: '办证', alternatives: [exact('办证'), part('办'), part('证')] };
    const hits = rankBm25([banzheng], docs);
    expect(ids(hits)).toEqual(['b']);
    expect(hits[0].score).toBeCloseTo(0.481589, 5);
    expect(hits[0].terms).toEqual(['办理']);
    // With 路灯 (c only, 4 × 1.203973 = 4.815891): both words are in some document, so each article
    // has half of the question's words: c 4.815891 / 2 = 2.407946, b 0.481589 / 2 = 0.240795.
    const two = rankBm25([word('路灯'), banzheng], docs);
    expect(ids(two)).toEqual(['c', 'b']);
    expect(two.map((h) => h.score)).toEqual([expect.closeTo(2.407946, 5), expect.closeTo(0.240795, 5)]);
  });
});

describe('rankBm25: what an agent relies on', () => {
  const filler = (n: number) => Array.from({ length: n }, (_, i) => `词${i}`);

  it('a word in the title beats the same word mentioned in another body, even many times', () => {
    const docs = [doc('body', ['办事', '指南'], ['居住证', ...filler(20)]), doc('many', ['办事', '须知'], [...Array(8).fill('居住证'), ...filler(13)]), doc('title', ['居住证', '办理'], filler(21))];
    expect(ids(rankBm25([word('居住证')], docs))).toEqual(['title', 'many', 'body']);
  });

  it('a rare word outweighs a common one; repetition saturates; a shorter text with the word ranks higher', () => {
    const common = Array.from({ length: 8 }, (_, i) => doc(`c${i}`, ['通知'], ['办理', ...filler(5)]));
    const rare = doc('rare', ['通知'], ['公积金', ...filler(5)]);
    const both = doc('both', ['通知'], ['办理', '公积金', ...filler(4)]);
    const commonOnlyMany = doc('many', ['通知'], ['办理', '办理', '办理', ...filler(3)]);
    const hits = rankBm25([word('办理'), word('公积金')], [...common, rare, commonOnlyMany, both]);
    expect(ids(hits).slice(0, 2)).toEqual(['both', 'rare']);
    // Three mentions of the common word are worth more than one, but not three times as much.
    const one = hits.find((h) => h.id === 'c0')!.score;
    const three = hits.find((h) => h.id === 'many')!.score;
    expect(three).toBeGreaterThan(one);
    expect(three).toBeLessThan(2 * one);
    // Length: the same single mention in a body four times as long counts less.
    const short = doc('short', ['通知'], ['公积金', '提取']);
    const long = doc('long', ['通知'], ['公积金', ...filler(7)]);
    expect(ids(rankBm25([word('公积金')], [long, short]))).toEqual(['short', 'long']);
  });

  it('a synonym counts, a little less than the word itself', () => {
    const docs = [doc('syn', ['社保卡', '遗失'], ['补办']), doc('exact', ['社保卡', '丢了'], ['补办']), doc('none', ['社保卡', '申领'], ['办理'])];
    const hits = rankBm25([word('丢了', '遗失')], docs);
    expect(ids(hits)).toEqual(['exact', 'syn']);
    expect(hits[1].score).toBeGreaterThan(0.5 * hits[0].score);
    expect(hits[1].terms).toEqual(['遗失']); // what the article says, for highlighting
    // A word counts once, by its best alternative, however many of them the article has; the word
    // and its synonyms are one meaning with one weight: df 2 of 2 → idf ln(1 + 0.5 / 2.5) = ln 1.2,
    // and 丢了 in a title of average length: 3 × ln 1.2 = 0.546965 for both.
    const twice = [doc('twice', ['遗失', '丢了'], []), doc('once', ['丢了', '挂失'], [])];
    const t = rankBm25([word('丢了', '遗失')], twice);
    expect(t.map((h) => h.score)).toEqual([expect.closeTo(0.546965, 5), expect.closeTo(0.546965, 5)]);
  });

  it('a document with more of the question’s words ranks higher, even against a title', () => {
    // 社保卡 挂失: one article has both (挂失 in its body), the other 挂失 in its title only.
    const docs = [doc('medical', ['医保卡', '挂失'], ['医保卡', '丢失', '挂失']), doc('social', ['社保卡', '遗失', '补办'], ['先', '挂失', '再', '补办']), doc('other', ['居住证'], ['办理'])];
    expect(ids(rankBm25([word('社保卡'), word('挂失')], docs))).toEqual(['social', 'medical']);
  });

  it('requireAll keeps only the documents with every word', () => {
    const docs = [doc('both', ['油烟', '扰民'], []), doc('one', ['油烟', '污染'], [])];
    expect(ids(rankBm25([word('油烟'), word('扰民')], docs))).toEqual(['both', 'one']);
    expect(ids(rankBm25([word('油烟'), word('扰民')], docs, { requireAll: true }))).toEqual(['both']);
  });
});

describe('analyzeQuery: the citizen’s words', () => {
  it('joins the lexicon’s phrases jieba cuts apart, drops stopwords, and widens with synonyms and parts', () => {
    const q = analyzeQuery('社保卡丢了怎么补');
    expect(q.map((w) => w.word)).toEqual(['社保卡', '丢了', '怎么补']);
    const lost = q[1].alternatives;
    expect(lost.find((a) => a.term === '遗失')).toMatchObject({ kind: 'synonym', weight: MATCH_WEIGHTS.synonym });
    expect(lost.find((a) => a.term === '丢了')).toMatchObject({ kind: 'exact', weight: 1 });
    // 怎么补: 怎么 is a stopword; 补 starts 补办, 补领 …
    expect(q[2].alternatives.find((a) => a.term === '补')).toMatchObject({ kind: 'part', prefix: true, weight: MATCH_WEIGHTS.prefix });
    expect(expansions(q).map((e) => e.word)).toEqual(['社保卡', '丢了', '怎么补']);
  });

  it('one word per synonym group; only stopwords or punctuation → no words', () => {
    expect(analyzeQuery('社保 社保卡 社会保险').map((w) => w.word)).toEqual(['社保']);
    expect(analyzeQuery('的了吗？')).toEqual([]);
    expect(analyzeQuery('，。！')).toEqual([]);
    expect(analyzeQuery('')).toEqual([]);
    // A coded place stays whole (A3区 in masked data).
    expect(analyzeQuery('A3区噪音扰民').map((w) => w.word)).toEqual(['a3区', '噪音', '扰民']);
  });

  it('a lexicon of the deployment’s own counts too', () => {
    const lex = new SynonymLexicon([['化粪池', '粪池', '粪坑']]);
    expect(analyzeQuery('粪坑满了', lex)[0].alternatives.map((a) => a.term)).toEqual(expect.arrayContaining(['粪坑', '化粪池', '粪池']));
    // An article's terms join the lexicon's phrases jieba cuts apart, so a synonym written there is found.
    expect(fieldTokens('井盖不见了')).toContain('不见了');
  });
});

describe('the knowledge base’s question', () => {
  const articles = [
    { id: 1, title: '社保卡申领', body: '首次申领社会保障卡，持本人身份证到银行网点或社保服务网点办理，也可在线申请，一般20个工作日制卡。' },
    { id: 2, title: '社保卡遗失补办', body: '社会保障卡遗失后，先拨打12333挂失，再持本人身份证到社保服务网点补办，工本费20元，新卡10个工作日内寄出。' },
    { id: 3, title: '医保卡挂失', body: '医保卡丢失请立即到医保经办机构或拨打热线挂失，挂失后可补办新卡。' },
    { id: 4, title: '居住证办理', body: '在本市居住满半年，持身份证和居住证明到派出所申请居住证，办理流程：申报、审核、领证。' },
    { id: 5, title: '社会保险缴费基数调整', body: '每年7月调整社会保险缴费基数，单位和个人按新基数缴费。' },
  ];
  const docs = articles.map((a) => ({ id: a.id, terms: articleTerms(a) }));
  const rank = (q: string) => rankBm25(analyzeQuery(q), docs);

  it('社保卡丢了怎么补 → 社保卡遗失补办 first, by its synonym and its part, and says so', () => {
    const hits = rank('社保卡丢了怎么补');
    expect(hits[0].id).toBe(2);
    expect(hits[0].words).toEqual(['社保卡', '丢了', '怎么补']);
    expect(hits[0].terms).toEqual(expect.arrayContaining(['遗失', '补办']));
    // The card's other article is about the card, but not about losing it.
    expect(ids(hits)).toContain(1);
  });

  it('other ways of asking', () => {
    expect(rank('医保卡丢了')[0].id).toBe(3);
    expect(rank('我的社会保障卡不见了，想补办一张')[0].id).toBe(2);
    expect(rank('暂住证怎么办理')[0].id).toBe(4);
    expect(rank('第一次办社保卡')[0].id).toBe(1);
  });
});
