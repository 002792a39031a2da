// The dashboard's 话务 panel in a real browser: today's figures from call events sent through
// the telephony route, the by-hour chart and the agents' table; a role that does not read the
// floor sees no panel and no refused request.

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shanghaiDate, shanghaiMidnight } from '../../src/domain/calendar.js';
import { createApiKey } from '../../src/store/apikeys.js';
import { launchBrowser, signIn, watchedPage, webApp, type WebApp } from './browser.js';

let web: WebApp;
let browser: Browser;

beforeAll(async () => {
  [web, browser] = await Promise.all([webApp(), launchBrowser()]);
  const { key } = await createApiKey(web.database.db, { name: '呼叫中心', scope: 'telephony' });
  // Today 00:30–00:40 (Asia/Shanghai), whatever the hour now: the panel shows today.
  const base = shanghaiMidnight(shanghaiDate(new Date())).getTime() + 30 * 60_000;
  const at = (s: number) => new Date(base + s * 1000).toISOString();
  const events: [string, number, Record<string, unknown>][] = [
    // A answered after 8 s, B after 40 s, C hung up after 3 s, D after 30 s.
    ['e2e-a', 0, { state: 'queued', caller: '13900000011', line: '12345' }],
    ['e2e-a', 8, { state: 'answered', agentUsername: 'agent' }],
    ['e2e-a', 128, { state: 'ended' }],
    ['e2e-b', 100, { state: 'queued', caller: '13900000012', line: '12345' }],
    ['e2e-b', 140, { state: 'answered', agentUsername: 'agent' }],
    ['e2e-b', 200, { state: 'ended' }],
    ['e2e-c', 300, { state: 'queued', caller: '13900000013', line: '12345' }],
    ['e2e-c', 303, { state: 'ended' }],
    ['e2e-d', 400, { state: 'queued', caller: '13900000014', line: '12345' }],
    ['e2e-d', 430, { state: 'ended' }],
  ];
  for (const [id, s, body] of events) {
    const res = await web.call(null, 'POST', `/api/v1/telephony/calls/${id}/events`, { ...body, at: at(s) }, { 'x-api-key': key });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
  }
});
afterAll(async () => {
  await browser?.close();
  await web?.close();
});

describe('the dashboard 话务 panel', () => {
  it('shows today against the targets, by hour and by agent', async () => {
    const w = await watchedPage(browser, 'call-measures');
    await signIn(w, web.base, 'supervisor', '/dashboard');
    const panel = w.page.getByTestId('calls-panel');
    await panel.getByTestId('kpi-call-offered').waitFor();
    await panel.scrollIntoViewIfNeeded();
    // 接通率 2 / (2 + 2 − 1 short) = 66.7 %, below the 95 % target; 15 s: 1 of 2 answered.
    expect(await panel.getByTestId('kpi-call-offered').textContent()).toBe('4');
    expect(await panel.getByTestId('kpi-call-answer-rate').textContent()).toBe('66.7%');
    expect(await panel.getByTestId('kpi-call-within').textContent()).toBe('50.0%');
    expect(await panel.locator('.dash-kpi.score-poor').count()).toBeGreaterThanOrEqual(2);
    await expect.poll(() => panel.getByTestId('chart-calls-hour').locator('svg text').allTextContents()).toContain('00');
    const rows = await panel.getByTestId('calls-agents').locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].slice(0, 3).map((td) => td.textContent)));
    expect(rows).toEqual([
      ['agent', '2', '2'],
      ['未分配坐席', '2', '0'],
    ]);
    // No caller's number anywhere on the page.
    expect(await w.page.content()).not.toMatch(/1390000001\d/);
    await w.shot('dashboard-calls');
    expect(w.problems).toEqual([]);
  });

  it('is not there for a role that does not read the floor, and nothing is refused', async () => {
    const w = await watchedPage(browser, 'call-measures');
    await signIn(w, web.base, 'dispatcher', '/dispatch');
    await w.page.goto(`${web.base}/dashboard`);
    await w.page.locator('.dashboard').waitFor();
    await w.page.waitForTimeout(500);
    expect(await w.page.getByTestId('calls-panel').count()).toBe(0);
    expect(w.problems.filter((p) => p.includes('calls/measures'))).toEqual([]);
  });
});
