// 一键转接 in a real browser: during a call the agent presses Alt+T on the intake screen, picks
// 120 with the arrow keys and Enter; a telephony system this test starts (node:http) receives
// the signed command, checks the signature from the documented rule and reports the call
// connected; the agent's screen shows it without reloading.

import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../src/store/apikeys.js';
import { launchBrowser, signIn, watchedPage, webApp, type WebApp, liveOpen } from './browser.js';

const SECRET = 'e2e-telephony-secret-0123456789';
let web: WebApp;
let browser: Browser;
let key: string;
let receiver: http.Server;
const received: { path: string; body: string; signed: boolean }[] = [];

beforeAll(async () => {
  delete process.env.HOTLINE_TELEPHONY_URL;
  delete process.env.HOTLINE_TELEPHONY_SECRET;
  [web, browser] = await Promise.all([webApp(), launchBrowser()]);
  key = (await createApiKey(web.database.db, { name: '呼叫中心', scope: 'telephony' })).key;
  receiver = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const ts = String(req.headers['x-hotline-timestamp']);
      const signed = req.headers['x-hotline-signature'] === crypto.createHmac('sha256', SECRET).update(`${ts}.${body}`).digest('hex');
      received.push({ path: req.url ?? '', body, signed });
      res.writeHead(signed ? 202 : 401).end();
      if (!signed) return;
      const { requestId } = JSON.parse(body) as { requestId: string };
      // The caller is put through a moment later: the telephony system says so.
      setTimeout(() => {
        void web.call(null, 'POST', `/api/v1/telephony/calls/e2e-1/transfers/${requestId}/result`, { status: 'connected' }, { 'x-api-key': key });
      }, 300);
    });
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
  expect((await web.call('admin', 'PUT', '/api/v1/admin/telephony', { url, secret: SECRET })).status).toBe(200);
});

afterAll(async () => {
  await browser?.close();
  await web?.close();
  await new Promise((r) => receiver?.close(r));
});

describe('call hand-off on the intake screen', () => {
  it('Alt+T, ↓↓, Enter transfers the live call to 120, and the result shows', async () => {
    const w = await watchedPage(browser, 'handoff');
    await signIn(w, web.base, 'agent', '/intake');
    const page = w.page;
    await liveOpen(page);
    const event = (body: Record<string, unknown>) => web.call(null, 'POST', '/api/v1/telephony/calls/e2e-1/events', body, { 'x-api-key': key });
    expect((await event({ state: 'ringing', caller: '13800009999', agentUsername: 'agent' })).status).toBe(200);
    expect((await event({ state: 'answered', agentUsername: 'agent' })).status).toBe(200);
    await expect.poll(() => page.getByText('来电：13800009999').count()).toBe(1);

    await page.keyboard.press('Alt+T');
    const dialog = page.getByRole('dialog', { name: '一键转接 / 三方通话' });
    await expect.poll(() => dialog.getByTestId('handoff-targets').textContent()).toContain('120');
    // The first target (110) has the focus; two steps down is 120.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toContain('110');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toContain('120');
    await w.shot('picker');
    await page.keyboard.press('Enter');

    await expect.poll(() => received.length).toBe(1);
    expect(received[0].path).toBe('/calls/e2e-1/transfer');
    expect(received[0].signed).toBe(true);
    expect(JSON.parse(received[0].body)).toMatchObject({ target: '120', mode: 'transfer' });
    // Sent, then connected once the telephony system reports back (heard live, no reload).
    const status = page.getByTestId('handoff-status');
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toContain('一键转接 120 急救：已接通');
    await w.shot('connected');
    const row = await web.database.db.selectFrom('call_transfers').selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({ call_id: 'e2e-1', target: '120', status: 'connected' });
    expect(w.problems).toEqual([]);
    await page.context().close();
  }, 120_000);
});
