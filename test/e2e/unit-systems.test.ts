// The admin connects a unit's own system in a real browser (系统管理 → 自建系统对接), by keyboard
// where a person would type: marks 测试市生态环境局 with its system's webhook (the test's own
// receiver), makes its unit key (shown once) and the key works the unit's ticket over HTTP; the
// dispatch's delivery shows in the unit's deliveries; the audit log names it in Chinese.

import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliverDueWebhooks } from '../../src/channels/webhooks.js';
import { launchBrowser, signIn, watchedPage, webApp, type WatchedPage, type WebApp } from './browser.js';

let web: WebApp;
let browser: Browser;
let w: WatchedPage;
let receiver: http.Server;
let url: string;
const bodies: any[] = [];

beforeAll(async () => {
  [web, browser] = await Promise.all([webApp(), launchBrowser()]);
  receiver = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      bodies.push(JSON.parse(body));
      res.writeHead(200).end('ok');
    });
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/env-system`;
  w = await watchedPage(browser, 'unit-systems');
  await signIn(w, web.base, 'admin', '/admin');
  await w.page.getByRole('link', { name: '自建系统对接' }).click();
  await w.page.waitForURL(/\/admin\/unitsystems$/);
});
afterAll(async () => {
  await browser?.close();
  await web?.close();
  await new Promise<void>((r) => receiver?.close(() => r()));
});

const dialog = () => w.page.getByRole('dialog');
const SECRET = 'e2e-env-system-secret-0123';

describe('unit systems page', () => {
  it('marks a unit, makes its key (shown once), and the key works the unit’s ticket; deliveries show', async () => {
    const { page } = w;
    const env = web.fx.units.ENV;
    await page.getByRole('button', { name: '设为自建系统对接' }).click();
    await dialog().getByLabel('承办单位').selectOption(String(env));
    await dialog().getByLabel('接收地址').focus();
    await page.keyboard.type(url);
    await page.keyboard.press('Tab');
    await page.keyboard.type(SECRET);
    await page.keyboard.press('Enter'); // submits the form
    await w.shot('marked');
    const row = page.locator(`[data-testid="unit-systems"] tr[data-unit-id="${env}"]`);
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.textContent()).toContain('测试市生态环境局 自建系统');
    expect(await row.textContent()).toContain(url);
    expect(await page.content()).not.toContain(SECRET);

    // The unit's key: named for the system by default, shown once.
    await row.getByRole('button', { name: '新建密钥' }).click();
    expect(await dialog().getByLabel('密钥名称').inputValue()).toBe('测试市生态环境局 自建系统');
    await dialog().getByLabel('密钥名称').press('Enter');
    const shown = page.getByTestId('new-key');
    await expect.poll(() => shown.count()).toBe(1);
    const key = await shown.inputValue();
    expect(key).toMatch(/^h311_/);
    await w.shot('key-shown');
    await dialog().getByRole('button', { name: '我已保存' }).click();
    await expect.poll(() => row.locator('[data-testid="unit-keys"] li').count()).toBe(1);
    expect(await page.content()).not.toContain(key);
    const stored = await web.ctx.db.selectFrom('api_keys').select(['scope', 'unit_id']).where('prefix', '=', key.slice(0, 11)).executeTakeFirstOrThrow();
    expect(stored).toEqual({ scope: 'unit', unit_id: env });

    // A dispatch to the unit reaches its system; the system accepts it with the key.
    const created = await web.call('agent', 'POST', '/api/v1/tickets', { channel: 'phone', type: 'complaint', content: '工地夜间施工噪音扰民。' });
    expect(created.status).toBe(201);
    const id = created.body.id;
    expect((await web.call('dispatcher', 'POST', `/api/v1/tickets/${id}/dispatch`, { unitId: env })).status).toBe(200);
    await deliverDueWebhooks({ db: web.ctx.db, now: () => new Date(Date.now() + 1000) });
    expect(bodies.map((b) => [b.ticketId, b.type])).toEqual([[id, 'dispatched']]);
    const accepted = await fetch(`${web.base}/api/v1/tickets/${id}/accept`, { method: 'POST', headers: { 'x-api-key': key, 'content-type': 'application/json' }, body: '{}' });
    expect(accepted.status).toBe(200);
    expect(((await accepted.json()) as { status: string }).status).toBe('handling');
    const admin = await fetch(`${web.base}/api/v1/admin/api-keys`, { headers: { 'x-api-key': key } });
    expect(admin.status).toBe(403);

    await page.reload();
    await row.getByRole('button', { name: '推送记录' }).click();
    const delivered = dialog().locator('[data-testid="webhook-deliveries"] tr[data-status="delivered"]');
    await expect.poll(() => delivered.count()).toBe(1);
    expect(await delivered.textContent()).toContain('dispatched');
    await w.shot('deliveries');
    await dialog().getByRole('button', { name: '关闭' }).click();

    // The audit log names it in Chinese.
    await page.getByRole('link', { name: '操作日志' }).click();
    const audit = page.getByTestId('audit');
    await expect.poll(() => audit.textContent()).toContain('设为自建系统对接');
    expect(await audit.textContent()).not.toContain('unit_system.');
    expect(await page.getByTestId('audit-filter').textContent()).toContain('自建系统对接');
    expect(w.problems).toEqual([]);
  });
});
