// 系统管理 → 话务设置 in a real browser: the admin changes the floor's rules (a 20-second answer
// threshold, a 90 % target typed as a percentage), points the hand-off commands at the telephony
// system with a shared secret that is never shown again, lists a unit's contact number in the
// hand-off directory and sets the public address the SMS receipt links to; each lands in the
// database and the agent's hand-off targets include the new contact.

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, signIn, watchedPage, webApp, type WebApp } from './browser.js';

let web: WebApp;
let browser: Browser;

beforeAll(async () => {
  [web, browser] = await Promise.all([webApp(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await web?.close();
});

const setting = async (key: string) => (await web.database.db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst())?.value as Record<string, unknown> | undefined;

describe('话务设置', () => {
  it('the admin sets the floor rules, the telephony interface, the hand-off directory and the SMS link', async () => {
    const w = await watchedPage(browser, 'call-floor-admin');
    await signIn(w, web.base, 'admin', '/admin');
    const page = w.page;
    await page.getByRole('link', { name: '话务设置' }).click();

    const floor = page.getByTestId('call-floor-settings');
    await floor.getByLabel('及时应答（秒）').fill('20');
    await floor.getByLabel('接通率目标（%）').fill('90');
    await floor.getByRole('button', { name: '保存' }).click();
    await expect.poll(async () => (await setting('call_floor'))?.answerWithinSeconds).toBe(20);
    expect((await setting('call_floor'))?.answerRateTarget).toBe(0.9);

    const tel = page.getByTestId('telephony-settings');
    await tel.getByLabel('指令接口地址').fill('https://cti.linjiang.example/hotline');
    await tel.getByLabel(/共享密钥/).fill('s3cret-s3cret-s3cret');
    await tel.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => tel.textContent()).toContain('已设置共享密钥');
    expect(await tel.getByLabel(/共享密钥/).inputValue()).toBe(''); // never shown again

    const dir = page.getByTestId('handoff-directory');
    await dir.getByRole('button', { name: '添加一行' }).click();
    await dir.getByLabel('号码').last().fill('0731-88886666');
    await dir.getByLabel('名称').last().fill('望江街道值班室');
    await dir.getByRole('button', { name: '保存' }).click();
    await expect.poll(async () => (await web.call('admin', 'GET', '/api/v1/admin/handoff-directory')).body.items).toEqual([
      { target: '0731-88886666', label: '望江街道值班室', mode: 'conference' },
    ]);

    const sms = page.getByTestId('sms-settings');
    await sms.getByLabel(/群众网站地址/).fill('https://12345.linjiang.example');
    await sms.getByRole('button', { name: '保存' }).click();
    await expect.poll(async () => (await web.call('admin', 'GET', '/api/v1/admin/sms-settings')).body.publicUrl).toBe('https://12345.linjiang.example');
    await w.shot('call-floor-admin');
    expect(w.problems).toEqual([]);
    await page.context().close();

    // The agent may now hand a call to the new contact; the secret is not in any answer.
    const targets = await web.call('agent', 'GET', '/api/v1/calls/handoff-targets');
    expect(JSON.stringify(targets.body)).toContain('望江街道值班室');
    expect(JSON.stringify((await web.call('admin', 'GET', '/api/v1/admin/telephony')).body)).not.toContain('s3cret');
  }, 120_000);
});
