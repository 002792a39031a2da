// The console and the portal under the content security policy, in a real browser: signing in,
// the dashboard's charts (SVG, with tooltips), the daily report in its frame, live updates over
// the event stream, the portal, and the admin's API key page, all without a single violation.
// A page from another origin cannot frame the console.

import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, signIn, watchedPage, webApp, type WatchedPage, type WebApp, liveOpen, liveDiagnosis } from './browser.js';

let web: WebApp;
let browser: Browser;

beforeAll(async () => {
  [web, browser] = await Promise.all([webApp(), launchBrowser()]);
  const res = await web.call('agent', 'POST', '/api/v1/tickets', {
    channel: 'phone',
    type: 'complaint',
    content: '工地夜间施工噪音扰民，影响休息。',
    categoryId: web.fx.categories['ENV-NOISE-BUILD'],
    address: '东城区东门街道建设路12号',
  });
  expect(res.status).toBe(201);
});
afterAll(async () => {
  await browser?.close();
  await web?.close();
});

/** A watched page that also records every securitypolicyviolation event, in every frame. */
async function cspPage(suite: string, opts: Parameters<typeof watchedPage>[2] = {}): Promise<WatchedPage & { violations: () => Promise<string[]> }> {
  const w = await watchedPage(browser, suite, opts);
  await w.page.context().addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
  const violations = async () => {
    const all: string[] = [];
    for (const frame of w.page.frames()) {
      all.push(...(await frame.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []).catch(() => [])));
    }
    // Chromium also reports each violation on the console.
    return [...all, ...w.problems.filter((p) => /Content Security Policy/i.test(p))];
  };
  return { ...w, violations };
}

async function hoverChart(page: Page, testId: string) {
  const chart = page.getByTestId(testId);
  await chart.locator('svg path').first().waitFor({ state: 'attached' });
  await chart.scrollIntoViewIfNeeded();
  const box = (await chart.boundingBox())!;
  for (const fx of [0.3, 0.5, 0.7]) await page.mouse.move(box.x + box.width * fx, box.y + box.height * 0.6);
}

describe('content security policy in the browser', () => {
  it('the console signs in, draws the dashboard, its tooltips and the daily report, and takes live updates without a violation', async () => {
    const w = await cspPage('security');
    const { page } = w;
    const response = await page.goto(`${web.base}/login`);
    expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response?.headers()['x-content-type-options']).toBe('nosniff');
    await signIn(w, web.base, 'supervisor', '/dashboard');
    await page.getByTestId('unit-rates').waitFor();
    await expect.poll(() => page.getByTestId('chart-trend').locator('svg').textContent()).toContain('受理量');
    await hoverChart(page, 'chart-trend');
    await hoverChart(page, 'chart-category');
    await w.shot('dashboard');
    // Live: a ticket registered through the API shows up without a reload (the event stream works).
    await liveOpen(page);
    const before = Number(await page.getByTestId('kpi-volume').textContent());
    const res = await web.call('agent', 'POST', '/api/v1/tickets', { channel: 'phone', type: 'help', content: '小区停水一天了。', categoryId: web.fx.categories['HR-WAGE-UNPAID'] });
    expect(res.status).toBe(201);
    try {
      await expect.poll(() => page.getByTestId('kpi-volume').textContent(), { timeout: 20_000 }).toBe(String(before + 1));
    } catch (e) {
      console.error(await liveDiagnosis(web, page));
      throw e;
    }
    // The daily report: the server's HTML (own <style>, inline widths) in a frame.
    await page.getByRole('button', { name: '民情日报' }).click();
    const frame = page.frameLocator('iframe[title="民情日报"]');
    await expect.poll(() => frame.locator('body').textContent(), { timeout: 15_000 }).toContain('日报');
    await w.shot('daily-report');
    expect(await w.violations()).toEqual([]);
    expect(w.problems).toEqual([]);
    await page.context().close();
  });

  it('the admin’s API key page creates a key with a scope and shows it once, without a violation', async () => {
    const w = await cspPage('security');
    const { page } = w;
    await signIn(w, web.base, 'admin', '/admin');
    await page.goto(`${web.base}/admin/apikeys`);
    await page.getByTestId('api-keys').waitFor();
    await page.getByRole('button', { name: '新建密钥' }).click();
    await page.getByLabel('名称').fill('呼叫中心');
    await page.getByLabel('用途').selectOption('telephony');
    await page.getByLabel('每分钟上限').fill('120');
    await page.getByRole('button', { name: '保存' }).click();
    const key = await page.getByTestId('new-key').inputValue();
    expect(key).toMatch(/^h311_[A-Za-z0-9_-]{43}$/);
    await w.shot('api-key-created');
    await page.getByRole('button', { name: '我已保存' }).click();
    const row = page.locator('[data-testid="api-keys"] tr', { hasText: '呼叫中心' });
    await expect.poll(() => row.locator('[data-scope]').textContent()).toBe('话务系统');
    expect(await row.textContent()).toContain(key.slice(0, 11));
    expect(await page.getByTestId('api-keys').textContent()).not.toContain(key);
    const stored = await web.database.db.selectFrom('api_keys').select(['scope', 'per_minute']).where('name', '=', '呼叫中心').executeTakeFirstOrThrow();
    expect(stored).toEqual({ scope: 'telephony', per_minute: 120 });
    await w.shot('api-keys');
    expect(await w.violations()).toEqual([]);
    expect(w.problems).toEqual([]);
    await page.context().close();
  });

  it('the portal renders without a violation', async () => {
    const w = await cspPage('security', { viewport: { width: 390, height: 844 }, isMobile: true });
    const { page } = w;
    const response = await page.goto(`${web.base}/portal/`);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await expect.poll(() => page.locator('#root').textContent()).toMatch(/\S/);
    await page.waitForLoadState('networkidle');
    await w.shot('portal');
    expect(await w.violations()).toEqual([]);
    expect(w.problems).toEqual([]);
    await page.context().close();
  });

  it('a page on another origin cannot frame the console', async () => {
    const attacker = http.createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><iframe id="victim" src="${web.base}/login" width="800" height="600"></iframe>`);
    });
    await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve));
    try {
      const w = await watchedPage(browser, 'security');
      // Another origin (localhost vs 127.0.0.1).
      await w.page.goto(`http://localhost:${(attacker.address() as AddressInfo).port}/`);
      await w.page.waitForTimeout(1500);
      const framed = w.page.frames().find((f) => f !== w.page.mainFrame());
      // Blocked: the frame never gets the console's document.
      const text = framed ? await framed.evaluate(() => document.body?.textContent ?? '').catch(() => '') : '';
      expect(text).not.toMatch(/登录|12345/);
      await w.page.context().close();
    } finally {
      await new Promise((resolve) => attacker.close(resolve));
    }
  });
});
