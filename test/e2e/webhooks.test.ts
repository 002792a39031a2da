// The admin's webhooks page in a real browser: subscribe a receiver (the test's own, answering
// 500), see a delivery parked as dead with its tries and last error, replay it, pause the
// subscription. The sender's passes are driven directly with a clock the test moves.

import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliverDueWebhooks, MAX_ATTEMPTS, RETRY_DELAYS_MS } from '../../src/channels/webhooks.js';
import { launchBrowser, signIn, watchedPage, webApp, type WatchedPage, type WebApp } from './browser.js';

let web: WebApp;
let browser: Browser;
let w: WatchedPage;
let receiver: http.Server;
let url: string;

beforeAll(async () => {
  [web, browser] = await Promise.all([webApp(), launchBrowser()]);
  receiver = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => res.writeHead(500).end('down for maintenance'));
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
  w = await watchedPage(browser, 'webhooks');
  await signIn(w, web.base, 'admin', '/admin');
  await w.page.getByRole('link', { name: '事件推送' }).click();
  await w.page.waitForURL(/\/admin\/webhooks$/);
});
afterAll(async () => {
  await browser?.close();
  await web?.close();
  await new Promise<void>((r) => receiver?.close(() => r()));
});

const dialog = () => w.page.getByRole('dialog');

describe('webhooks page', () => {
  it('subscribes, shows a dead delivery with its tries and last error, replays it, pauses', async () => {
    const { page } = w;
    await page.getByRole('button', { name: '新建订阅' }).click();
    await dialog().getByLabel('接收地址').fill(url);
    await dialog().getByLabel('签名密钥').fill('e2e-secret-0123456789');
    await dialog().getByLabel('事件类型').fill('registered');
    await dialog().getByRole('button', { name: '保存' }).click();
    const row = page.locator('[data-testid="webhooks"] tr[data-webhook-id]');
    await expect.poll(() => row.textContent()).toContain(url);
    expect(await row.textContent()).toContain('registered');
    const sub = Number(await row.getAttribute('data-webhook-id'));
    expect(await page.content()).not.toContain('e2e-secret-0123456789');

    const res = await web.call('agent', 'POST', '/api/v1/tickets', { channel: 'phone', type: 'complaint', content: '工地夜间施工噪音扰民。' });
    expect(res.status).toBe(201);
    let clock = new Date(Date.now() + 1000);
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
      await deliverDueWebhooks({ db: web.ctx.db, now: () => clock });
      clock = new Date(clock.getTime() + (RETRY_DELAYS_MS[i] ?? 0));
    }

    await row.getByRole('button', { name: '推送记录' }).click();
    const dead = dialog().locator('[data-testid="webhook-deliveries"] tr[data-status="dead"]');
    await expect.poll(() => dead.count()).toBe(1);
    const text = await dead.textContent();
    expect(text).toContain('已停放');
    expect(text).toContain(String(MAX_ATTEMPTS));
    expect(text).toContain('HTTP 500: down for maintenance');
    await w.shot('deliveries');
    await dead.getByRole('button', { name: '重放' }).click();
    await expect.poll(() => dialog().locator('tr[data-status="pending"]').count()).toBe(1);
    const stored = await web.ctx.db.selectFrom('webhook_deliveries').select(['status', 'attempts']).where('subscription_id', '=', sub).execute();
    expect(stored).toEqual([{ status: 'pending', attempts: 0 }]);
    await dialog().getByRole('button', { name: '关闭' }).click();

    await row.getByRole('button', { name: '暂停' }).click();
    await expect.poll(() => row.textContent()).toContain('已暂停');
    expect((await web.ctx.db.selectFrom('webhook_subscriptions').select('paused').where('id', '=', sub).executeTakeFirstOrThrow()).paused).toBe(true);

    // The audit log names what was done, in Chinese.
    await page.getByRole('link', { name: '操作日志' }).click();
    const audit = page.getByTestId('audit');
    await expect.poll(() => audit.textContent()).toContain('新建推送订阅');
    const logged = (await audit.textContent()) ?? '';
    for (const label of ['重放推送', '修改推送订阅']) expect(logged).toContain(label);
    expect(logged).not.toContain('webhook.');
    expect(await page.getByTestId('audit-filter').textContent()).toContain('事件推送');
    expect(w.problems).toEqual([]);
  });
});
