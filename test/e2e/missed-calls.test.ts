// The missed-call page (漏接回拨) by keyboard in a real browser: the queue oldest first with
// masked numbers and an overdue one in red; j/k moves, Enter starts the callback (the full
// number appears and the view is logged), u records an unreachable attempt, r then a direct
// answer with Ctrl+Enter closes a task, and r → the intake screen pre-filled with the number
// registers a ticket that closes the task with it. The agent's state bar: Alt+B busy by digit.

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../src/store/apikeys.js';
import { launchBrowser, signIn, watchedPage, webApp, type WebApp } from './browser.js';

let web: WebApp;
let browser: Browser;
let key: string;

const event = async (callId: string, body: Record<string, unknown>, at: Date) => {
  const res = await web.call(null, 'POST', `/api/v1/telephony/calls/${callId}/events`, { ...body, at: at.toISOString() }, { 'x-api-key': key });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
};
const task = (callId: string) => web.database.db.selectFrom('missed_calls').selectAll().where('call_id', '=', callId).executeTakeFirstOrThrow();

beforeAll(async () => {
  [web, browser] = await Promise.all([webApp(), launchBrowser()]);
  key = (await createApiKey(web.database.db, { name: '呼叫中心', scope: 'telephony' })).key;
  // Three abandoned calls: a month ago (overdue by now, holidays or not), and two in the last minutes.
  const now = Date.now();
  for (const [id, phone, ago] of [['old', '13900000001', 30 * 86_400_000], ['mid', '13900000002', 120_000], ['new', '13900000003', 60_000]] as const) {
    await event(id, { state: 'queued', caller: phone }, new Date(now - ago - 20_000));
    await event(id, { state: 'ended' }, new Date(now - ago));
  }
});
afterAll(async () => {
  await browser?.close();
  await web?.close();
});

describe('the missed-call page', () => {
  it('works the queue by keyboard', async () => {
    const w = await watchedPage(browser, 'missed-calls');
    const page = w.page;
    await signIn(w, web.base, 'agent', '/intake');
    await page.getByRole('link', { name: '漏接回拨' }).click();
    const rows = page.getByTestId('missed-table').locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(3);
    expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-call')))).toEqual(['old', 'mid', 'new']);
    expect(await rows.nth(0).innerText()).toContain('139****0001');
    expect(await rows.nth(0).locator('.deadline').getAttribute('data-state')).toBe('overdue');
    expect(await rows.nth(1).locator('.deadline').getAttribute('data-state')).toBe('ok');
    expect(await page.getByTestId('missed-page').innerText()).not.toMatch(/1390000000\d/);
    await w.shot('queue');

    // j to the second, k back, j again: 'mid'. Enter: the full number, logged.
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await page.keyboard.press('k');
    expect(await page.locator('tr.cursor').getAttribute('data-call')).toBe('mid');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('dial-number').textContent()).toBe('13900000002');
    const logs = await web.database.db.selectFrom('audit_log').select(['action', 'detail']).where('action', '=', 'reveal_call_phone').execute();
    expect(logs.map((l) => l.detail.callId)).toEqual(['mid']);
    await w.shot('dialling');
    // u: not reached (attempt 1 of 3), still in the queue.
    await page.keyboard.press('u');
    await expect.poll(() => page.getByTestId('missed-flash').textContent()).toContain('未接通（第 1 次）');
    expect((await task('mid')).attempts).toBe(1);
    await expect.poll(() => page.locator('tr.cursor').innerText()).toContain('1/3');

    // Enter again, r, the direct answer, Ctrl+Enter: reached and gone from the queue.
    await page.keyboard.press('Enter');
    await page.getByTestId('dial-number').waitFor();
    await page.keyboard.press('r');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('answer');
    await page.keyboard.type('已答复：医保报销可在线办理。');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => page.getByTestId('missed-flash').textContent()).toContain('回拨接通');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await task('mid')).toMatchObject({ state: 'reached', attempts: 2, ticket_id: null });

    // The oldest: r → register on the intake screen, pre-filled; the ticket closes the task.
    await page.keyboard.press('k');
    expect(await page.locator('tr.cursor').getAttribute('data-call')).toBe('old');
    await page.keyboard.press('Enter');
    await page.getByTestId('dial-number').waitFor();
    await page.keyboard.press('r');
    await page.getByTestId('register-link').waitFor();
    // The answer box takes the focus first (as above); the link is the step before it.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('answer');
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('register-link');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/intake\?/);
    await expect.poll(() => page.getByLabel('来电号码').inputValue()).toBe('13900000001');
    await page.keyboard.press('Alt+C');
    await page.keyboard.type('回拨：小区门口路灯不亮，请安排维修。');
    await page.keyboard.press('Control+Enter');
    const number = (await page.getByTestId('ticket-number').textContent())!.trim();
    const ticket = await web.database.db.selectFrom('tickets').select(['id', 'caller_phone']).where('number', '=', number).executeTakeFirstOrThrow();
    expect(ticket.caller_phone).toBe('13900000001');
    await expect.poll(async () => (await task('old')).ticket_id).toBe(ticket.id);
    expect((await task('old')).state).toBe('reached');
    await w.shot('registered');

    // The state bar: Alt+E sign in at 8001 (busy), Alt+B then 3: busy at lunch; Alt+R ready.
    await page.keyboard.press('Alt+E');
    await page.getByLabel('分机号').fill('8001');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('agent-state').getAttribute('data-state')).toBe('busy');
    await page.keyboard.press('Alt+B');
    await page.keyboard.press('3');
    await expect.poll(() => page.getByTestId('agent-state').innerText()).toContain('示忙·就餐');
    await page.keyboard.press('Alt+R');
    await expect.poll(() => page.getByTestId('agent-state').getAttribute('data-state')).toBe('ready');
    expect(await page.getByTestId('agent-state').innerText()).toContain('分机 8001');
    expect(w.problems).toEqual([]);
    await page.context().close();
  }, 120_000);
});
