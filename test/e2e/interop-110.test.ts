// 12345 ↔ 110 in the browser: a dispatcher has a ticket transferred to 110 open; the 警单 reaches
// 110's platform (a receiver this test runs, answering 202 without a record id), so the page
// says it waits for 110; then 110 posts its report (已派警, with its record id and text) with its
// key, and the open page shows it without a reload: the record id, the state, the report in the
// 110 section and on the timeline. Nothing of the caller is shown unmasked on the page.

import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliverDuePoliceMessages } from '../../src/channels/police.js';
import { launchBrowser, signIn, watchedPage, webApp, type WebApp, liveOpen } from './browser.js';

let web: WebApp;
let browser: Browser;
let server: http.Server;
const received: any[] = [];

beforeAll(async () => {
  [web, browser] = await Promise.all([webApp(), launchBrowser()]);
  server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      received.push(JSON.parse(body));
      res.writeHead(202).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await web?.close();
  await new Promise<void>((r) => server?.close(() => r()));
});

const poll = <T,>(fn: () => Promise<T>) => expect.poll(fn, { timeout: 20_000 });

describe('the centre sees 110 at work on a transferred ticket', () => {
  it('the 警单 waits for 110, then 110’s report shows live on the ticket page', { timeout: 180_000 }, async () => {
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jq`;
    expect((await web.call('admin', 'PUT', '/api/v1/admin/interop-110', { url, secret: 'police-0123456789abcdef', timeoutMinutes: 10 })).status).toBe(200);
    const key = (await web.call('admin', 'POST', '/api/v1/admin/api-keys', { name: '110 联动平台', scope: '110' })).body.key as string;

    const reg = await web.call('agent', 'POST', '/api/v1/tickets', {
      channel: 'phone',
      type: 'help',
      content: '赵六报称有人在幸福里小区门口持械滋事，联系电话 13600003333。',
      caller: { name: '赵六', phone: '13600003333' },
      address: '东城区东门街道幸福里',
    });
    const { id, number } = reg.body as { id: number; number: string };
    expect((await web.call('agent', 'POST', `/api/v1/tickets/${id}/transfer`, { to: '110', note: '涉嫌治安案件' })).status).toBe(200);
    expect(await deliverDuePoliceMessages(web.ctx)).toMatchObject({ delivered: 1, acknowledged: 0 });
    expect(received[0]).toMatchObject({ type: 'transfer', ticketNumber: number, caller: { name: '赵六', phone: '13600003333' } });

    const w = await watchedPage(browser, 'interop-110');
    await signIn(w, web.base, 'dispatcher', '/dispatch');
    await w.page.goto(`${web.base}/tickets/${id}`);
    const section = w.page.getByTestId('police-link');
    await section.waitFor();
    await poll(() => section.getByTestId('police-state').getAttribute('data-state')).toBe('sent');
    expect(await section.getByTestId('police-record').textContent()).toBe('待 110 确认');
    await w.page.getByTestId('live-note').waitFor();
    await liveOpen(w.page);

    // 110 reports, with its key; the open page follows.
    const fb = await web.call(null, 'POST', '/api/v1/interop/110/feedback', { ticketNumber: number, policeRecordId: 'JQ20260302-0042', status: 'dispatched', result: '已派东门派出所民警赶赴现场' }, { 'x-api-key': key });
    expect(fb.status).toBe(200);
    await poll(() => section.getByTestId('police-state').getAttribute('data-state')).toBe('dispatched');
    expect(await section.getByTestId('police-state').textContent()).toBe('110 已派警');
    expect(await section.getByTestId('police-record').textContent()).toBe('JQ20260302-0042');
    await poll(() => section.getByTestId('police-feedback').textContent()).toContain('已派东门派出所民警赶赴现场');
    const timeline = w.page.locator('ol.timeline li').filter({ hasText: '110 反馈' });
    await poll(() => timeline.count()).toBe(1);
    expect(await timeline.textContent()).toContain('JQ20260302-0042');
    // The caller's number is not on the page unmasked (revealing it is an explicit, logged step).
    expect(await w.page.locator('body').textContent()).not.toContain('13600003333');
    await w.shot('ticket-110-feedback');
    expect(w.problems).toEqual([]);
    await w.page.context().close();
  });
});
