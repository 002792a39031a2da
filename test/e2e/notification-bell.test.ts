// 通知 bell in the console bar: a notification that arrives while the page is open raises the
// count without a reload (the event stream); opening one goes to its ticket and lowers the
// count; 全部已读 clears it. Another unit's notification never reaches the bell.

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, signIn, watchedPage, webApp, type WebApp, liveOpen } from './browser.js';

const poll = <T>(fn: () => T | Promise<T>, timeout = 15_000) => expect.poll(fn, { timeout, interval: 100 });
let web: WebApp;
let browser: Browser;

beforeAll(async () => {
  [web, browser] = await Promise.all([webApp(), launchBrowser()]);
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await web?.close();
});

async function dispatched(content: string, unit: 'ENV' | 'HR') {
  const res = await web.call('agent', 'POST', '/api/v1/tickets', { channel: 'phone', type: 'complaint', content, caller: { name: '周五', phone: '13700001234' } });
  expect(res.status).toBe(201);
  expect((await web.call('dispatcher', 'POST', `/api/v1/tickets/${res.body.id}/dispatch`, { unitId: web.fx.units[unit] })).status).toBe(200);
  return res.body as { id: number; number: string };
}
/** 来电补充: the citizen adds to their request by phone — the unit holding it is notified. */
const citizenAdds = async (id: number, content: string) => expect((await web.call('agent', 'POST', `/api/v1/tickets/${id}/note`, { content, fromCitizen: true })).status).toBe(200);

describe('notification bell', () => {
  it('rises live, falls when one is opened, clears on 全部已读', async () => {
    const one = await dispatched('河边工地晚上施工噪声很大。', 'ENV');
    const two = await dispatched('小区旁边的工厂排放刺鼻气味。', 'ENV');
    const hr = await dispatched('公司拖欠两个月工资。', 'HR');

    const w = await watchedPage(browser, 'notification-bell');
    await signIn(w, web.base, 'env', '/inbox');
    const page = w.page;
    const count = page.getByTestId('bell-count');
    await poll(() => page.getByTestId('bell').count()).toBe(1);
    expect(await count.count()).toBe(0);
    await liveOpen(page);

    // While the page is open: one for ENV, one for HR (not ENV's to hear of or count).
    await citizenAdds(one.id, '晚上十一点以后还在打桩。');
    await citizenAdds(hr.id, '老板说下个月再发。');
    await poll(() => count.textContent()).toBe('1');
    await citizenAdds(two.id, '气味早上最重。');
    await poll(() => count.textContent()).toBe('2');
    expect(page.url()).toContain('/inbox');
    await w.shot('badge');

    // Alt+M opens the list; the first entry (newest: two's) opens its ticket and is read.
    await page.keyboard.press('Alt+M');
    const items = page.getByTestId('bell-item');
    await poll(() => items.count()).toBe(2);
    expect(await items.first().textContent()).toContain(two.number);
    expect(await items.first().textContent()).toContain('群众补充诉求');
    await w.shot('dropdown');
    await items.first().click();
    await poll(() => page.getByTestId('ticket-number').textContent()).toBe(two.number);
    await poll(() => count.textContent()).toBe('1');

    // 全部已读.
    await page.getByTestId('bell').click();
    await page.getByTestId('bell-read-all').click();
    await poll(() => count.count()).toBe(0);
    expect((await web.call('env', 'GET', '/api/v1/notifications?unread=true')).body.total).toBe(0);
    // HR's is still unread.
    expect((await web.call('hr', 'GET', '/api/v1/notifications?unread=true')).body.total).toBe(1);

    // English.
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByTestId('bell').click();
    await poll(() => page.getByTestId('bell-read-all').textContent()).toBe('Mark all read');
    await w.shot('english');
    expect(w.problems).toEqual([]);
    await page.context().close();
  }, 180_000);
});
