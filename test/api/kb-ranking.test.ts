// The knowledge base answers an agent's question in the citizen's words (issue 18, item 5):
// GET /api/v1/kb/articles?q= ranks by term weight (BM25) with synonyms, compound parts and a
// title boost, over the articles in force only. Expected orders come from reading the articles.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { warmArticleIndex } from '../../src/store/kb.js';
import { testApp, type TestApp, snapshot } from '../helpers.js';

let t: TestApp;
const TODAY = '2026-06-15';
const NOW = new Date(`${TODAY}T10:00:00+08:00`);

type Item = { id: number; title: string; snippet: string; matched: string[]; inForce: boolean; score: number | null; status: string };
const ids: Record<string, number> = {};
const search = async (q: string, user = 'agent', extra = '') => {
  const res = await t.call(user, 'GET', `/api/v1/kb/articles?q=${encodeURIComponent(q)}${extra}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as { items: Item[]; total: number; words: string[]; synonyms: { word: string; synonyms: string[] }[]; notice: { code: string; message: string } | null };
};
const idsOf = (r: { items: { id: number }[] }) => r.items.map((x) => x.id);

const articles: Record<string, Record<string, unknown>> = {
  lostCard: {
    title: '社保卡遗失补办',
    body: '社会保障卡遗失后，先拨打12333电话挂失，再持本人居民身份证到任一社保服务网点补办，工本费20元，新卡10个工作日内寄出。',
    status: 'published',
  },
  newCard: { title: '社保卡申领', body: '首次申领社会保障卡，持本人身份证到银行网点或社保服务网点办理，也可在线申请，一般20个工作日制卡。', status: 'published' },
  medicalCard: { title: '医保卡挂失', body: '医保卡丢失请立即到医保经办机构或拨打热线挂失，挂失后可补办新卡。', status: 'published' },
  residence: { title: '居住证办理', body: '在本市居住满半年，持身份证和居住证明到派出所申请居住证，办理流程：申报、审核、领证。', status: 'published' },
  school: { title: '随迁子女积分入学', body: '随迁子女申请积分入学，父母须持有本市居住证满一年，并提供连续缴纳社会保险的证明。', status: 'published' },
  // Not for an agent: withdrawn, expired, not yet in force, a draft — each says exactly what the question asks.
  withdrawn: { title: '社保卡遗失补办（旧）', body: '社保卡遗失补办旧流程：丢了社保卡须登报声明后补办。', status: 'archived' },
  expired: { title: '社保卡遗失补办（2025年版）', body: '社保卡丢了怎么补：2025年底前到社保局窗口补办。', status: 'published', expiresOn: '2025-12-31' },
  future: { title: '社保卡遗失补办（2027年起）', body: '2027年起社保卡丢了可全程网上补办。', status: 'published', effectiveFrom: '2027-01-01' },
  draft: { title: '社保卡遗失补办（草稿）', body: '社保卡丢了怎么补，草稿。', status: 'draft' },
};
const notForAgents = () => [ids.withdrawn, ids.expired, ids.future, ids.draft];

beforeAll(async () => {
  t = await testApp();
  t.setNow(NOW);
  for (const [key, a] of Object.entries(articles)) {
    const res = await t.call('admin', 'POST', '/api/v1/kb/articles', a);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    ids[key] = res.body.id;
  }
});
afterAll(async () => {
  t?.setNow(null);
  await t?.close();
});

describe('an agent’s question in the citizen’s words', () => {
  it('社保卡丢了怎么补 → 社保卡遗失补办 first (丢了 is 遗失, 怎么补 finds 补办), and never an article out of force', async () => {
    const r = await search('社保卡丢了怎么补');
    expect(r.items[0].id).toBe(ids.lostCard);
    expect(r.words).toEqual(['社保卡', '丢了', '怎么补']);
    expect(r.synonyms.find((s) => s.word === '丢了')?.synonyms).toContain('遗失');
    expect(r.notice).toBeNull();
    for (const id of notForAgents()) expect(idsOf(r)).not.toContain(id);
    for (const it of r.items) expect(it).toMatchObject({ status: 'published', inForce: true });
    // The match is shown in the article's own words: 遗失 and 补办 are marked, not 丢了.
    const first = r.items[0];
    expect(first.matched).toEqual(expect.arrayContaining(['遗失', '补办']));
    expect(first.snippet).toContain('<mark>遗失</mark>');
    expect(first.snippet).toContain('<mark>补办</mark>');
    expect(r.total).toBe(r.items.length);
    // Scores fall from the first on.
    const scores = r.items.map((x) => x.score as number);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('other ways of asking the same', async () => {
    expect((await search('我的社会保障卡不见了，想补办一张')).items[0].id).toBe(ids.lostCard);
    expect((await search('社保卡掉了')).items[0].id).toBe(ids.lostCard);
    expect((await search('医保卡丢了')).items[0].id).toBe(ids.medicalCard);
    expect((await search('暂住证怎么办理')).items[0].id).toBe(ids.residence);
    expect((await search('第一次办社保卡')).items[0].id).toBe(ids.newCard);
  });

  it('a word in the title beats the same word in another article’s body', async () => {
    // 居住证 is the title of one article and a condition in the other's body.
    expect(idsOf(await search('居住证'))).toEqual([ids.residence, ids.school]);
    // 积分入学 is in the school article's title only.
    expect(idsOf(await search('积分入学 居住证'))[0]).toBe(ids.school);
  });

  it('match=all keeps only the articles with every word (each by itself, a synonym or a part)', async () => {
    expect(idsOf(await search('社保卡 挂失', 'agent', '&match=all'))).toEqual([ids.lostCard]);
    const any = idsOf(await search('社保卡 挂失'));
    expect(any[0]).toBe(ids.lostCard);
    expect(any).toContain(ids.medicalCard);
  });

  it('the index warmed at start (hotline serve) holds every article and ranks the same', async () => {
    const before = await search('社保卡丢了怎么补');
    expect(await warmArticleIndex(t.database.db)).toBe(Object.keys(articles).length);
    expect(await search('社保卡丢了怎么补')).toEqual(before);
  });

  it('pages through the same ranking', async () => {
    const all = await search('社保卡丢了怎么补');
    expect(all.total).toBeGreaterThanOrEqual(3);
    const second = await search('社保卡丢了怎么补', 'agent', '&pageSize=1&page=2');
    expect(second.total).toBe(all.total);
    expect(idsOf(second)).toEqual([all.items[1].id]);
    expect(idsOf(await search('社保卡丢了怎么补', 'agent', `&pageSize=1&page=${all.total + 1}`))).toEqual([]);
  });

  it('only stopwords or punctuation: an empty list that says why, not an error', async () => {
    for (const q of ['怎么了吗？', '是否 如何 的', '！？。']) {
      const r = await search(q);
      expect(r, q).toMatchObject({ items: [], total: 0, words: [], synonyms: [], notice: { code: 'query_has_no_words' } });
    }
  });

  it('bad parameters are a problem+json 400, and nothing changed', async () => {
    const before = await snapshot(t.database);
    for (const extra of ['&match=some', '&page=0', '&pageSize=101']) {
      const res = await t.call('agent', 'GET', `/api/v1/kb/articles?q=${encodeURIComponent('社保卡')}${extra}`);
      expect(res.status, extra).toBe(400);
      expect(res.headers['content-type'], extra).toContain('application/problem+json');
    }
    expect(await snapshot(t.database)).toEqual(before);
  });
});

describe('editors and changes', () => {
  it('an admin sees every status, what is in force first; a status filter still narrows', async () => {
    const r = await search('社保卡丢了怎么补', 'admin');
    const inForce = r.items.filter((x) => x.inForce).map((x) => x.id);
    expect(r.items[0].id).toBe(ids.lostCard);
    expect(idsOf(r).slice(0, inForce.length)).toEqual(inForce); // no article out of force before one in force
    for (const id of notForAgents()) expect(idsOf(r)).toContain(id);
    expect(r.items.find((x) => x.id === ids.expired)).toMatchObject({ status: 'published', inForce: false });
    expect(idsOf(await search('社保卡丢了怎么补', 'admin', '&status=archived'))).toEqual([ids.withdrawn]);
    expect(idsOf(await search('社保卡丢了怎么补', 'admin', '&status=draft'))).toEqual([ids.draft]);
  });

  it('a change counts at once: a withdrawn article leaves the agent’s answers, a new title is found', async () => {
    const put = (key: string, change: Record<string, unknown>) => t.call('admin', 'PUT', `/api/v1/kb/articles/${ids[key]}`, { ...articles[key], ...change });
    expect((await put('lostCard', { status: 'archived' })).status).toBe(200);
    const without = await search('社保卡丢了怎么补');
    expect(idsOf(without)).not.toContain(ids.lostCard);
    for (const id of notForAgents()) expect(idsOf(without)).not.toContain(id);
    expect((await put('lostCard', { status: 'published' })).status).toBe(200);
    expect((await search('社保卡丢了怎么补')).items[0].id).toBe(ids.lostCard);

    expect(idsOf(await search('港澳通行证'))).toEqual([]);
    expect((await put('residence', { title: '居住证和港澳通行证办理' })).status).toBe(200);
    expect(idsOf(await search('港澳通行证'))).toEqual([ids.residence]);
  });
});
