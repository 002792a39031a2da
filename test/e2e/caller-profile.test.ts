// 来电人画像 in the console: an agent opens it from a ticket, sees the caller's three tickets
// (and not another caller's) with the number masked — the address bar never holds the number —
// and reveals the number with one logged click (reveal_caller).

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, signIn, watchedPage, webApp, type WebApp } from './browser.js';

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

const PHONE = '13812345678';

async function register(type: string, content: string, phone: string, name: string) {
  const res = await web.call('agent', 'POST', '/api/v1/tickets', { channel: 'phone', type, content, caller: { name, phone } });
  expect(res.status).toBe(201);
  return res.body as { id: number; number: string };
}

describe('caller profile', () => {
  it('from a ticket: three tickets, the number masked, revealed by a logged click', async () => {
    const a = await register('complaint', '工地夜间施工噪声扰民，凌晨两点还在打桩。', PHONE, '王小明');
    const b = await register('consult', '请问失业保险金怎么申领，需要哪些材料？', PHONE, '王小明');
    const c = await register('complaint', '单位拖欠三个月工资不发，老板电话不接。', PHONE, '王小明');
    const other = await register('complaint', '楼下饭店油烟很大，窗户都不敢开。', '13900000000', '李四');
    expect((await web.call('dispatcher', 'POST', `/api/v1/tickets/${a.id}/dispatch`, { unitId: web.fx.units.ENV })).status).toBe(200);

    const w = await watchedPage(browser, 'caller-profile');
    await signIn(w, web.base, 'agent', '/intake');
    const page = w.page;
    await page.goto(`${web.base}/tickets/${b.id}`);
    await page.getByTestId('caller-profile-link').first().click();
    await page.waitForURL(`${web.base}/callers/**`);
    expect(page.url()).not.toMatch(/13812345678|1234|5678/);

    const rows = page.getByTestId('caller-tickets').locator('tbody tr');
    await poll(() => rows.count()).toBe(3);
    const text = (await page.getByTestId('caller-tickets').textContent()) ?? '';
    for (const t of [a, b, c]) expect(text).toContain(t.number);
    expect(text).not.toContain(other.number);
    // Newest first; a went to the environment bureau.
    expect(await rows.first().textContent()).toContain(c.number);
    expect(await rows.last().textContent()).toContain('测试市生态环境局');
    expect(await page.getByTestId('count-total').textContent()).toContain('3');
    expect(await page.getByTestId('count-complaints').textContent()).toContain('2');
    expect(await page.getByTestId('profile-phone').textContent()).toBe('138****5678');
    expect(await page.getByTestId('profile-name').textContent()).toBe('王**');
    expect(await page.content()).not.toContain(PHONE);
    await w.shot('masked');

    // The `?` help lists the screen's reveal key.
    await page.keyboard.press('Shift+?');
    await poll(() => page.getByTestId('screen-keys').textContent()).toContain('Alt+V');
    await page.keyboard.press('Escape');

    const reveals = () => web.database.db.selectFrom('audit_log').select(['user_id', 'action', 'detail']).where('action', '=', 'reveal_caller').execute();
    expect(await reveals()).toHaveLength(0);
    await page.getByTestId('profile-reveal').click();
    await poll(() => page.getByTestId('profile-phone').textContent()).toBe(PHONE);
    expect(await page.getByTestId('profile-name').textContent()).toBe('王小明');
    const logged = await reveals();
    expect(logged).toHaveLength(1);
    expect(JSON.stringify(logged[0].detail)).toContain('caller_profile');
    await w.shot('revealed');

    // A ticket number in the profile opens the ticket.
    await page.getByRole('link', { name: a.number }).click();
    await poll(() => page.getByTestId('ticket-number').textContent()).toBe(a.number);
    expect(w.problems).toEqual([]);
    await page.context().close();
  }, 180_000);
});
