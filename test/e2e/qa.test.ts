// 话务质检 in a real browser: the inspector draws yesterday's calls (the one its caller rated
// poorly comes with its reason), listens, scores a call by keyboard — the total adds up as they
// type, Ctrl+Enter saves — and the agent finds the result with the comment under 我的质检 and
// acknowledges it; the supervisor sees the agent's average. Another agent sees nothing of it.

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shanghaiDate } from '../../src/domain/calendar.js';
import { createApiKey } from '../../src/store/apikeys.js';
import { launchBrowser, signIn, watchedPage, webApp, type WebApp } from './browser.js';

let web: WebApp;
let browser: Browser;
let key: string;

beforeAll(async () => {
  [web, browser] = await Promise.all([webApp(), launchBrowser()]);
  key = (await createApiKey(web.database.db, { name: '呼叫中心', scope: 'telephony' })).key;
  // Yesterday at 10:00 (Shanghai): a call the agent answered after 6 s and talked for 3 minutes,
  // whose caller then rated the service 4 (不满意) in the IVR.
  const yesterday = shanghaiDate(new Date(Date.now() - 86_400_000));
  const t0 = new Date(`${yesterday}T10:00:00+08:00`).getTime();
  const at = (s: number) => new Date(t0 + s * 1000).toISOString();
  const post = (path: string, body: unknown) => web.call(null, 'POST', `/api/v1/telephony/calls/qa-e2e/${path}`, body, { 'x-api-key': key });
  expect((await post('events', { state: 'queued', caller: '13766665555', at: at(0) })).status).toBe(200);
  expect((await post('events', { state: 'answered', agentUsername: 'agent', at: at(6) })).status).toBe(200);
  expect((await post('events', { state: 'ended', recordingUrl: 'https://pbx.example.cn/rec/qa-e2e.mp3', at: at(186) })).status).toBe(200);
  expect((await post('survey', { digit: 4, at: at(200) })).status).toBe(200);
});
afterAll(async () => {
  await browser?.close();
  await web?.close();
});

describe('话务质检', () => {
  it('the inspector draws and scores by keyboard; the agent reads and acknowledges; the supervisor sees the average', async () => {
    const q = await watchedPage(browser, 'qa');
    await signIn(q, web.base, 'qa', '/qa');
    const page = q.page;
    await page.getByRole('button', { name: '抽取' }).click();
    await expect.poll(() => page.locator('.success').first().textContent()).toContain('服务差评 1 个');
    const queue = page.getByTestId('qa-queue');
    await expect.poll(() => queue.textContent()).toContain('服务差评（按键评价）');
    const review = page.getByTestId('qa-review');
    expect(await review.textContent()).toContain('137****5555');
    expect(await review.getByTestId('qa-audio').getAttribute('src')).toBe('https://pbx.example.cn/rec/qa-e2e.mp3');
    // Scores typed item by item (default form: 10 / 30 / 30 / 20 / 10), Tab between them.
    await review.locator('input[type=number]').first().focus();
    for (const [i, v] of ['8', '25', '20', '12', '10'].entries()) {
      await page.keyboard.type(v);
      if (i < 4) await page.keyboard.press('Tab');
    }
    await expect.poll(() => page.getByTestId('qa-total').textContent()).toBe('合计 75 / 100'); // 8 + 25 + 20 + 12 + 10
    await page.keyboard.press('Tab');
    await page.keyboard.type('态度生硬，未安抚来电人情绪。');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => page.getByRole('status').textContent()).toContain('已保存：75 分');
    await expect.poll(() => page.getByTestId('qa-queue').count()).toBe(0); // nothing left to score
    await q.shot('scored');
    expect(q.problems).toEqual([]);
    await page.context().close();

    const a = await watchedPage(browser, 'qa');
    await signIn(a, web.base, 'agent', '/intake');
    await a.page.getByRole('link', { name: '质检' }).click();
    const mine = a.page.getByTestId('qa-mine');
    await expect.poll(() => mine.textContent()).toContain('态度生硬，未安抚来电人情绪。');
    expect(await mine.textContent()).toContain('75');
    await mine.getByRole('button', { name: '确认已阅' }).click();
    await expect.poll(() => mine.textContent()).toContain('已确认');
    await a.shot('mine');
    expect(a.problems).toEqual([]);
    await a.page.context().close();
    const acked = await web.database.db.selectFrom('qa_reviews').select('acknowledged_at').executeTakeFirstOrThrow();
    expect(acked.acknowledged_at).not.toBeNull();

    // Another agent's 我的质检 is empty.
    const other = await web.call('dispatcher', 'GET', '/api/v1/qa/mine');
    expect(other.body.items).toEqual([]);

    const s = await watchedPage(browser, 'qa');
    await signIn(s, web.base, 'supervisor', '/dashboard');
    await s.page.getByRole('link', { name: '质检' }).click();
    await expect.poll(() => s.page.getByTestId('qa-averages').textContent()).toContain('75');
    expect(s.problems).toEqual([]);
    await s.page.context().close();
  }, 120_000);
});
