// The admin's switch for public listing (Open311Settings.publicListing) in a real browser: it
// reads on by default; turned off and saved, the public Open311 list is empty and a published
// request's number reads as not found; turned on again, it is back.

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, signIn, watchedPage, webApp, type WebApp } from './browser.js';

let web: WebApp;
let browser: Browser;
let number: string;

beforeAll(async () => {
  [web, browser] = await Promise.all([webApp(), launchBrowser()]);
  const res = await web.call('agent', 'POST', '/api/v1/tickets', {
    channel: 'phone', type: 'help', content: '幸福路的井盖松动，车辆经过响声很大', categoryId: web.fx.categories['ENV-NOISE-BUILD'], publicConsent: true,
  });
  number = res.body.number;
});
afterAll(async () => {
  await browser?.close();
  await web?.close();
});

const publicList = async () => ((await (await fetch(`${web.base}/open311/v2/requests.json`)).json()) as { service_request_id: string }[]).map((r) => r.service_request_id);

describe('public listing (Open311)', () => {
  it('an admin turns public listing off and on again in the console', async () => {
    expect(await publicList()).toContain(number);
    const w = await watchedPage(browser, 'open311-publication');
    await signIn(w, web.base, 'admin', '/admin');
    await w.page.getByRole('link', { name: '办理规则' }).click();
    const form = w.page.getByTestId('open311-publication');
    const box = form.getByLabel('公开列出诉求');
    await expect.poll(() => box.isChecked()).toBe(true);
    await box.uncheck();
    await expect.poll(() => form.textContent()).toContain('不带接口密钥的查询看不到任何诉求');
    await form.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => form.getByRole('status').textContent()).toBe('已保存');
    await w.shot('listing-off');
    expect(await publicList()).toEqual([]);
    expect((await fetch(`${web.base}/open311/v2/requests/${number}.json`)).status).toBe(404);
    // Read back after a reload.
    await w.page.reload();
    await expect.poll(() => w.page.getByTestId('open311-publication').getByLabel('公开列出诉求').isChecked()).toBe(false);
    await w.page.getByTestId('open311-publication').getByLabel('公开列出诉求').check();
    await w.page.getByTestId('open311-publication').getByRole('button', { name: '保存' }).click();
    await expect.poll(() => publicList()).toContain(number);
    expect(w.problems).toEqual([]);
    await w.page.context().close();
  });
});
