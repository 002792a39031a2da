// The knowledge base in a real browser: an admin publishes an article, an agent finds it by a
// Chinese query, a unit handler proposes an edit, the admin approves, the new version shows.

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, signIn, watchedPage, webApp, type WebApp } from './browser.js';

let web: WebApp;
let browser: Browser;
let articleId: number;

beforeAll(async () => {
  [web, browser] = await Promise.all([webApp(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await web?.close();
});

/** The landing screen has drawn its heading: going elsewhere then cuts no screen half-loaded. */
const landed = (w: { page: import('playwright-core').Page }) => w.page.locator('main.content h1, main.content .admin-tabs').first().waitFor({ timeout: 30_000 });

const TITLE = '建筑施工噪声投诉处理指引';
const BODY = '夜间（22时至次日6时）禁止产生噪声污染的建筑施工作业，因生产工艺要求必须连续施工的，须取得生态环境部门证明并公告附近居民。';
const NEW_BODY = `${BODY}\n群众投诉夜间施工噪声的，由生态环境局在2个工作日内现场核查。`;

describe('knowledge base', () => {
  it('an admin publishes an article', async () => {
    const w = await watchedPage(browser, 'kb');
    await signIn(w, web.base, 'admin', '/admin');
    await landed(w);
    const { page } = w;
    await page.getByRole('link', { name: '知识库', exact: true }).click();
    await page.getByRole('button', { name: '新建条目' }).click();
    await page.waitForURL(/\/kb\/new$/);
    await page.getByLabel('标题').fill(TITLE);
    await page.getByLabel('正文').fill(BODY);
    await page.getByLabel('分类').selectOption(String(web.fx.categories['ENV-NOISE-BUILD']));
    await page.getByLabel('依据文件').fill('《中华人民共和国噪声污染防治法》');
    await page.getByLabel('添加适用单位').selectOption(String(web.fx.units.ENV));
    await page.getByLabel('状态').selectOption('published');
    await w.shot('kb-new');
    await page.getByRole('button', { name: '保存并发布' }).click();
    await page.waitForURL(/\/kb\/\d+$/);
    articleId = Number(new URL(page.url()).pathname.split('/').pop());
    expect(await page.getByTestId('kb-title').textContent()).toBe(TITLE);
    expect(await page.getByTestId('kb-version').textContent()).toContain('第 1 版');
    expect(await page.locator('.kb-kv').textContent()).toContain('测试市生态环境局');
    await w.shot('kb-article');
    expect(w.problems).toEqual([]);
    await page.context().close();
  });

  it('an agent finds it by a Chinese query', async () => {
    const w = await watchedPage(browser, 'kb');
    await signIn(w, web.base, 'agent', '/intake');
    await landed(w);
    const { page } = w;
    await page.getByRole('link', { name: '知识库', exact: true }).click();
    await page.getByRole('searchbox').fill('夜间施工噪声');
    await page.getByRole('button', { name: '搜索', exact: true }).click();
    await page.waitForURL(/q=/);
    const results = page.getByTestId('kb-results');
    // The list shown before the search answers holds the article too: wait for the highlighted hits.
    await expect.poll(() => results.locator('mark').count()).toBeGreaterThan(0);
    expect(await results.textContent()).toContain(TITLE);
    await w.shot('kb-search');
    await results.getByRole('link', { name: TITLE }).click();
    await page.waitForURL(`${web.base}/kb/${articleId}`);
    expect(await page.getByTestId('kb-body').textContent()).toBe(BODY);
    expect(w.problems).toEqual([]);
    await page.context().close();
  });

  it('a unit handler proposes an edit, the admin approves, the new version shows', async () => {
    const h = await watchedPage(browser, 'kb');
    await signIn(h, web.base, 'env', '/inbox');
    await landed(h);
    await h.page.getByRole('link', { name: '知识库', exact: true }).click();
    await h.page.getByRole('link', { name: TITLE }).click();
    await h.page.getByRole('button', { name: '提出修改建议' }).click();
    await h.page.waitForURL(/\/edit$/);
    // The form shows the article as it is before anything is typed into it.
    await expect.poll(() => h.page.getByLabel('正文').inputValue()).toBe(BODY);
    await h.page.getByLabel('正文').fill(NEW_BODY);
    await expect.poll(() => h.page.getByLabel('正文').inputValue()).toBe(NEW_BODY);
    await h.page.getByLabel('修改说明（给审核人）').fill('补充核查时限');
    await h.page.getByRole('button', { name: '提交审核' }).click();
    await expect.poll(() => h.page.getByRole('status').textContent()).toContain('已提交，待管理员审核');
    await h.shot('kb-proposed');
    expect(h.problems).toEqual([]);
    await h.page.context().close();

    const a = await watchedPage(browser, 'kb');
    await signIn(a, web.base, 'admin', '/admin');
    await landed(a);
    await a.page.getByRole('link', { name: '知识库审核' }).click();
    const proposal = a.page.getByTestId('kb-proposal');
    await expect.poll(() => proposal.textContent()).toContain('补充核查时限');
    await expect.poll(() => proposal.locator('tr.kb-changed').count()).toBe(1); // only the body changed
    expect(await proposal.locator('tr.kb-changed th').textContent()).toContain('正文');
    await a.shot('kb-review');
    await proposal.getByRole('button', { name: '同意并生效' }).click();
    await expect.poll(() => a.page.getByRole('status').textContent()).toContain('更新为第 2 版');
    expect(a.problems).toEqual([]);
    await a.page.context().close();

    const g = await watchedPage(browser, 'kb');
    await signIn(g, web.base, 'agent', '/intake');
    await landed(g);
    await g.page.getByRole('link', { name: '知识库', exact: true }).click();
    await g.page.getByRole('link', { name: TITLE }).click();
    await expect.poll(() => g.page.getByTestId('kb-body').textContent()).toBe(NEW_BODY);
    expect(await g.page.getByTestId('kb-version').textContent()).toContain('第 2 版');
    await g.shot('kb-v2-agent');
    // The admin sees the history: version 1 and the approved proposal as version 2.
    const versions = (await web.call('admin', 'GET', `/api/v1/kb/articles/${articleId}`)).body.versions;
    expect(versions.map((v: { version: number; state: string }) => [v.version, v.state])).toEqual([[1, 'applied'], [2, 'applied']]);
    expect(g.problems).toEqual([]);
    await g.page.context().close();
  });
});
