// The dispatcher's queue as it is worked all day (issue 19): each ticket shows how long the
// citizen has waited and its dispatch deadline (派单时限, 2 working hours by default) counting
// down, so a ticket left in 已受理 for weeks stands out in red; working down a long queue by
// keys keeps the tabs and the column heads in view.

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, signIn, watchedPage, webApp, type WebApp } from './browser.js';

const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 15_000, interval: 100 });
let web: WebApp;
let browser: Browser;
let old: { id: number; number: string };
let fresh: { id: number; number: string };

/** 'YYYY-MM-DD HH:mm' in Asia/Shanghai, `ms` before now. */
const shanghaiAgo = (ms: number) => new Date(Date.now() - ms + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
const DAY = 86_400_000;

beforeAll(async () => {
  [web, browser] = await Promise.all([webApp(), launchBrowser()]);
  const reg = async (when: string, content: string) =>
    (await web.at(when, () => web.call('agent', 'POST', '/api/v1/tickets', { channel: 'phone', type: 'complaint', content, caller: { phone: '13812345678' } }))).body as {
      id: number;
      number: string;
    };
  old = await reg(shanghaiAgo(21 * DAY), '三周前反映的小区门口下水道堵塞，至今没有人来');
  // Many more, so that the queue runs below the fold.
  for (let i = 0; i < 40; i++) await reg(shanghaiAgo(DAY + i * 60_000), `第${i + 1}条：楼道灯不亮，请物业维修`);
  fresh = await reg(shanghaiAgo(60_000), '刚才小区门口有一个井盖松动了');
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await web?.close();
});

describe('the dispatch queue', () => {
  it('shows how long each citizen has waited and the dispatch deadline; weeks in 已受理 is overdue, a new call is not', async () => {
    const w = await watchedPage(browser, 'dispatch-queue');
    await signIn(w, web.base, 'dispatcher', '/dispatch');
    const page = w.page;
    const heads = page.locator('table.queue thead th');
    await heads.first().waitFor();
    expect(await heads.allTextContents()).toEqual(expect.arrayContaining(['已等候', '时限']));
    const row = (n: string) => page.locator('table.queue tbody tr', { hasText: n });
    await row(old.number).waitFor();
    // 21 days to the minute since the call: 21天0小时.
    expect(await row(old.number).getByTestId('waiting').textContent()).toBe('21天0小时');
    const oldDeadline = row(old.number).locator('[data-testid="countdown"] .deadline');
    expect(await oldDeadline.getAttribute('data-state')).toBe('overdue');
    expect(await oldDeadline.textContent()).toMatch(/^超期/);
    // Registered a minute before the last of the setup: minutes, however slow the machine.
    expect(await row(fresh.number).getByTestId('waiting').textContent()).toMatch(/^\d+分钟$/);
    const freshDeadline = row(fresh.number).locator('[data-testid="countdown"] .deadline');
    expect(await freshDeadline.getAttribute('data-state')).toBe('ok');
    expect(await freshDeadline.textContent()).toMatch(/^剩余/);
    // The deadline the API gives: 2 working hours after the call, never before it.
    const item = (await web.call('dispatcher', 'GET', `/api/v1/tickets/${fresh.id}`)).body;
    expect(Date.parse(item.dispatchBy) - Date.parse(item.createdAt)).toBeGreaterThanOrEqual(2 * 3_600_000);
    await w.shot('waiting-and-deadline');
    expect(w.problems).toEqual([]);
    await page.context().close();
  });

  it('working down to the last row by keys keeps the tabs and the column heads in view', async () => {
    const w = await watchedPage(browser, 'dispatch-queue');
    await signIn(w, web.base, 'dispatcher', '/dispatch');
    const page = w.page;
    const rows = page.locator('table.queue tbody tr');
    await poll(() => rows.count()).toBe(42);
    await page.locator('h1').first().click();
    for (let i = 0; i < 41; i++) await page.keyboard.press('j');
    await poll(() => page.locator('table.queue tbody tr.cursor').getAttribute('data-index')).toBe('41');
    // The last row is on screen…
    const last = await rows.nth(41).boundingBox();
    expect(last!.y + last!.height).toBeLessThanOrEqual(900);
    // …and the page scrolled, yet the tabs sit right under the 48 px top bar, the heads under them.
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    const tabs = await page.locator('[role="tablist"]').boundingBox();
    expect(Math.round(tabs!.y)).toBe(48);
    const head = await page.locator('table.queue thead th').first().boundingBox();
    expect(head!.y).toBeGreaterThanOrEqual(tabs!.y + tabs!.height - 1);
    // And a tab is still a key away: 2 is 待派单.
    await page.keyboard.press('2');
    await poll(() => page.locator('[role="tab"][aria-selected="true"]').getAttribute('data-tab')).toBe('registered');
    await w.shot('scrolled');
    expect(w.problems).toEqual([]);
    await page.context().close();
  });
});
