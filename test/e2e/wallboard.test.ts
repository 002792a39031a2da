// The wallboard (话务大屏) in Chromium at 1920×1080: after a scripted few minutes on the floor
// (calls answered at 8 s, 40 s and 5 s, abandoned at 3 s, 10 s, 20 s and 30 s, one still
// waiting, a number that called again and got through, a withheld number; four agents in four
// states; two tickets), the page shows the figures worked out by hand below, reads from across
// the room without scrolling, and follows a change on the floor live.

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CALL_FLOOR_SETTINGS } from '../../src/domain/call-floor.js';
import { createApiKey } from '../../src/store/apikeys.js';
import { saveCallFloorSettings } from '../../src/store/call-floor-settings.js';
import { launchBrowser, rendersChinese, signIn, watchedPage, webApp, type WebApp, liveOpen } from './browser.js';

let web: WebApp;
let browser: Browser;
let key: string;
/** Five minutes ago: the scripted floor runs from here on the server's clock, then the clock is let go. */
let base: number;

const at = (s: number) => new Date(base + s * 1000);
async function as<T>(s: number, fn: () => Promise<T>): Promise<T> {
  web.setNow(at(s));
  try {
    return await fn();
  } finally {
    web.setNow(null);
  }
}
const ok = async (p: Promise<{ status: number; body: any }>, status = 200) => {
  const res = await p;
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  return res.body;
};
const event = (s: number, callId: string, body: Record<string, unknown>) =>
  as(s, () => ok(web.call(null, 'POST', `/api/v1/telephony/calls/${callId}/events`, { line: '12345', ...body }, { 'x-api-key': key })));

beforeAll(async () => {
  [web, browser] = await Promise.all([webApp(), launchBrowser()]);
  key = (await createApiKey(web.database.db, { name: '呼叫中心', scope: 'telephony' })).key;
  // After-call work long enough that the scripted one is still on when the page is read.
  await saveCallFloorSettings(web.database.db, { ...DEFAULT_CALL_FLOOR_SETTINGS, afterCallSeconds: 600 }, null);
  base = Date.now() - 300_000;
  // Four agents on the floor.
  await as(0, () => ok(web.call('agent', 'PUT', '/api/v1/calls/extension', { extension: '8001' })));
  await as(1, () => ok(web.call('agent', 'PUT', '/api/v1/calls/state', { state: 'ready' })));
  await as(0, () => ok(web.call('dispatcher', 'PUT', '/api/v1/calls/extension', { extension: '8002' })));
  await as(1, () => ok(web.call('dispatcher', 'PUT', '/api/v1/calls/state', { state: 'ready' })));
  await as(0, () => ok(web.call('callback', 'PUT', '/api/v1/calls/extension', { extension: '8003' })));
  await as(2, () => ok(web.call('callback', 'PUT', '/api/v1/calls/state', { state: 'busy', reason: '就餐' })));
  await as(0, () => ok(web.call('admin', 'PUT', '/api/v1/calls/extension', { extension: '8004' })));
  await as(3, () => ok(web.call('admin', 'PUT', '/api/v1/calls/state', { state: 'ready' })));
  // c1: answered after 8 s by 8001, ended; the agent goes ready after the write-up.
  await event(10, 'c1', { state: 'queued', caller: '13800000001' });
  await event(18, 'c1', { state: 'answered', agentExtension: '8001' });
  await event(130, 'c1', { state: 'ended' });
  await as(150, () => ok(web.call('agent', 'PUT', '/api/v1/calls/state', { state: 'ready' })));
  // c2: answered after 40 s by 8002, ended at 280: the dispatcher is in after-call work.
  await event(20, 'c2', { state: 'queued', caller: '13800000002' });
  await event(60, 'c2', { state: 'answered', agentExtension: '8002' });
  await event(280, 'c2', { state: 'ended' });
  // c3: abandoned after 3 s (a short abandon); c4: after 30 s — to be called back.
  await event(30, 'c3', { state: 'queued', caller: '13800000003' });
  await event(33, 'c3', { state: 'ended' });
  await event(40, 'c4', { state: 'queued', caller: '13800000004' });
  await event(70, 'c4', { state: 'ended' });
  // c6 abandoned after 10 s, but the number called again (c7) and got through after 5 s: on a call with 8001.
  await event(100, 'c6', { state: 'queued', caller: '13800000006' });
  await event(110, 'c6', { state: 'ended' });
  await event(200, 'c7', { state: 'queued', caller: '13800000006' });
  await event(205, 'c7', { state: 'answered', agentExtension: '8001' });
  // c8: a withheld number abandoned after 20 s: nobody to call back.
  await event(150, 'c8', { state: 'queued' });
  await event(170, 'c8', { state: 'ended' });
  // c5: still waiting since 250.
  await event(250, 'c5', { state: 'queued', caller: '13800000005' });
  // Two tickets today, one by phone.
  await as(140, () => ok(web.call('agent', 'POST', '/api/v1/tickets', { channel: 'phone', type: 'help', content: '小区停水一天了，请帮忙联系。', caller: { phone: '13800000001' } }), 201));
  await as(141, () => ok(web.call('agent', 'POST', '/api/v1/tickets', { channel: 'web', type: 'consult', content: '公积金提取需要什么材料？' }), 201));
});
afterAll(async () => {
  await browser?.close();
  await web?.close();
});

describe('the wallboard', () => {
  it('shows the floor at 1920×1080 without scrolling, and follows it live', async () => {
    const w = await watchedPage(browser, 'wallboard', { viewport: { width: 1920, height: 1080 } });
    const page = w.page;
    await signIn(w, web.base, 'supervisor', '/dashboard');
    await page.goto(`${web.base}/wallboard`);
    await page.getByTestId('wb-agents').waitFor();
    expect(await rendersChinese(page)).toBe(true);
    // Offered 8 (c1–c8); answered 3 (c1, c2, c7), within 15 s 2 (c1 at 8 s, c7 at 5 s);
    // abandoned 4 (c3, c4, c6, c8), one of them short (c3, 3 s): 接通率 = 3 / (3 + 4 − 1) = 50.0 %
    // against 95 %, 15 s rate = 2 / 3 = 66.7 % against 80 %.
    await expect.poll(() => page.getByTestId('wb-answerRate').innerText()).toContain('50.0%');
    expect(await page.getByTestId('wb-answerRate').innerText()).toContain('目标 95.0%');
    expect(await page.getByTestId('wb-answerRate').getAttribute('class')).toContain('wb-bad');
    expect(await page.getByTestId('wb-withinRate').innerText()).toContain('66.7%');
    expect(await page.getByTestId('wb-withinRate').innerText()).toContain('目标 80.0%');
    expect(await page.getByTestId('wb-offered').innerText()).toMatch(/今日呼入\s*8/);
    // Waiting: c5 only, for about 50 s by now.
    const waiting = await page.getByTestId('wb-waiting').innerText();
    expect(waiting).toMatch(/排队等待\s*1\s*最长等待 \d+:\d\d/);
    const [, m, s] = /最长等待 (\d+):(\d\d)/.exec(waiting)!;
    expect(Number(m) * 60 + Number(s)).toBeGreaterThanOrEqual(50);
    // Missed, not called back: c3 and c4 (a short abandon is still called back; c6's number got
    // through, c8 is withheld); the oldest is c3's, at 33 s.
    const oldest = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hour12: false }).format(at(33));
    expect(await page.getByTestId('wb-missed').innerText()).toMatch(new RegExp(`未回拨漏接\\s*2\\s*最早 ${oldest}`));
    expect(await page.getByTestId('wb-tickets').innerText()).toMatch(/今日工单\s*2\s*（电话 1）/);
    // Agents: admin ready, callback busy at lunch, agent on c7, dispatcher after c2.
    for (const [state, label] of [['ready', '示闲'], ['busy', '示忙'], ['on_call', '通话中'], ['after_call', '话后']]) {
      expect(await page.getByTestId(`wb-count-${state}`).innerText()).toMatch(new RegExp(`${label}\\s*1`));
    }
    const agents = await page.getByTestId('wb-agents').innerText();
    expect(agents).toContain('坐席 4');
    expect(agents).toContain('示忙·就餐');
    expect(agents).toContain('8001');
    // No phone number on the wall.
    expect(await page.locator('body').innerText()).not.toMatch(/1380000\d{4}/);
    // Nothing to scroll at 1920×1080.
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(1080);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1920);
    // Large type: the figures are at least 100 px high.
    expect(await page.getByTestId('wb-waiting').locator('.wb-big').evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(100);
    await w.shot('floor');

    // Live: the waiting call is answered by the admin (8004) — no click, no key.
    await liveOpen(page);
    await ok(web.call(null, 'POST', '/api/v1/telephony/calls/c5/events', { state: 'answered', agentExtension: '8004' }, { 'x-api-key': key }));
    await expect.poll(() => page.getByTestId('wb-waiting').innerText(), { timeout: 10_000 }).toMatch(/排队等待\s*0/);
    await expect.poll(() => page.getByTestId('wb-count-on_call').innerText()).toMatch(/通话中\s*2/);
    expect(await page.getByTestId('wb-count-ready').innerText()).toMatch(/示闲\s*0/);
    await w.shot('floor-after-answer');
    expect(w.problems).toEqual([]);
    await page.context().close();
  }, 120_000);

  it('is not for agents', async () => {
    const w = await watchedPage(browser, 'wallboard');
    await signIn(w, web.base, 'agent', '/intake');
    await w.page.goto(`${web.base}/wallboard`);
    await expect.poll(() => w.page.locator('body').innerText()).toContain('大屏仅供督办员、分析员和管理员查看');
    expect(w.problems).toEqual([]);
    await w.page.context().close();
  });
});
