// SMS on the console (issue 16 item 4) in a real browser: the agent ticks 不发短信 on the intake
// form by keyboard and the ticket page says why no SMS goes out; a phone ticket's page lists its
// SMS both ways — the receipt, the reply's summary, the SMS callback and the citizen's answer
// with its outcome — with the number masked.

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../src/store/apikeys.js';
import { launchBrowser, signIn, watchedPage, webApp, type WebApp } from './browser.js';

let web: WebApp;
let browser: Browser;
let smsKey: string;

beforeAll(async () => {
  [web, browser] = await Promise.all([webApp(), launchBrowser()]);
  smsKey = (await createApiKey(web.database.db, { name: '短信网关', scope: 'sms' })).key;
});
afterAll(async () => {
  await browser?.close();
  await web?.close();
});

describe('SMS on the console', () => {
  it('不发短信 ticked by keyboard at intake: no SMS, and the ticket page says why', async () => {
    const w = await watchedPage(browser, 'sms');
    await signIn(w, web.base, 'agent', '/intake');
    const page = w.page;
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('phone');
    await page.keyboard.type('13955556666');
    await page.keyboard.press('Alt+C');
    await page.keyboard.type('楼道里的灯坏了，请物业来修。');
    const box = page.getByLabel('不发短信');
    await box.focus();
    await page.keyboard.press('Space');
    expect(await box.isChecked()).toBe(true);
    await page.keyboard.press('Control+Enter');
    const number = (await page.getByTestId('ticket-number').textContent())!.trim();
    const row = await web.database.db.selectFrom('tickets').select(['id', 'sms_declined']).where('number', '=', number).executeTakeFirstOrThrow();
    expect(row.sms_declined).toBe(true);
    await page.goto(`${web.base}/tickets/${row.id}`);
    await expect.poll(() => page.getByTestId('sms-none-reason').textContent()).toBe('来电人不需要短信（不发短信）');
    expect(await page.getByTestId('sms-messages').textContent()).toContain('暂无短信');
    expect(await web.database.db.selectFrom('citizen_messages').select('id').where('ticket_id', '=', row.id).execute()).toEqual([]);
    expect(w.problems).toEqual([]);
    await page.context().close();
  }, 120_000);

  it("lists a phone ticket's SMS both ways, masked, with the rating's outcome", async () => {
    const created = await web.call('agent', 'POST', '/api/v1/tickets', { channel: 'phone', type: 'help', content: '小区门口的路灯坏了一个星期。', caller: { phone: '13977778888' } });
    const id = created.body.id as number;
    await web.call('dispatcher', 'POST', `/api/v1/tickets/${id}/dispatch`, { unitId: web.fx.units.ENV });
    await web.call('env', 'POST', `/api/v1/tickets/${id}/accept`);
    await web.call('env', 'POST', `/api/v1/tickets/${id}/reply`, { content: '已更换路灯。' });
    const rated = await web.call(null, 'POST', '/api/v1/sms/inbound', { from: '13977778888', text: '2' }, { 'x-api-key': smsKey });
    expect(rated.body.outcome).toBe('rated');

    const w = await watchedPage(browser, 'sms');
    await signIn(w, web.base, 'callback', '/callbacks');
    const page = w.page;
    await page.goto(`${web.base}/tickets/${id}`);
    const section = page.getByTestId('sms-messages');
    await expect.poll(() => section.locator('li').count()).toBe(4);
    const items = await section.locator('li').evaluateAll((lis) => lis.map((li) => `${li.getAttribute('data-direction')}:${li.getAttribute('data-kind')}`));
    expect(items).toEqual(['out:receipt', 'out:reply', 'out:survey', 'in:inbound']);
    const text = (await section.textContent())!;
    expect(text).toContain('139****8888');
    expect(text).not.toContain('13977778888');
    expect(text).toContain('已记为回访评价');
    expect(text).toContain('评价 2');
    expect(text).toContain(`工单 ${created.body.number} 已有答复：已更换路灯。`);
    await w.shot('ticket-sms');
    expect(w.problems).toEqual([]);
    await page.context().close();
  }, 120_000);
});
