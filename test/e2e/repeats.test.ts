// Repeats in the console (重复件, issue 18; 66号: 重复诉求原则上并单): the dispatch queue marks a
// repeat with a link to the earlier ticket, the ticket page names it, and at intake the agent is
// warned while typing and adds the call to the open ticket with one key (Alt+A, 补充) instead of
// registering another.

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, signIn, watchedPage, webApp, type WebApp } from './browser.js';

const poll = <T>(fn: () => T | Promise<T>, timeout = 15_000) => expect.poll(fn, { timeout, interval: 100 });
let web: WebApp;
let browser: Browser;

beforeAll(async () => {
  [web, browser] = await Promise.all([webApp(), launchBrowser()]);
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await web?.close();
});

async function register(content: string, phone: string, name: string) {
  const res = await web.call('agent', 'POST', '/api/v1/tickets', { channel: 'phone', type: 'complaint', content, caller: { name, phone } });
  expect(res.status).toBe(201);
  return res.body as { id: number; number: string };
}

describe('repeats in the console', () => {
  it('the dispatch queue marks the repeat and links the earlier ticket; the ticket page names it', async () => {
    const first = await register('星沙大道北段人行道上的井盖缺失，晚上路过很危险，请尽快补上。', '13700005001', '钱一');
    const again = await register('星沙大道北段那个井盖还是不见了，晚上路过很危险，上次反映过。', '13700005001', '钱一');
    expect((await web.call('dispatcher', 'GET', `/api/v1/tickets/${again.id}`)).body).toMatchObject({ repeatOf: first.id, repeatReason: 'caller' });

    const w = await watchedPage(browser, 'repeats');
    await signIn(w, web.base, 'dispatcher', '/dispatch');
    const page = w.page;
    const row = (id: number) => page.locator(`table.queue tr[data-id="${id}"]`);
    await poll(() => row(again.id).count()).toBe(1);
    await expect.poll(() => row(again.id).getByTestId('repeat-mark').textContent()).toBe('重复件');
    expect(await row(again.id).getByTestId('repeat-mark').getAttribute('title')).toContain('同一诉求人');
    expect(await row(first.id).getByTestId('repeat-mark').count()).toBe(0);
    await w.shot('queue');
    // The mark is a link to the earlier ticket.
    await row(again.id).getByTestId('repeat-mark').click();
    await poll(() => page.getByTestId('ticket-number').textContent()).toBe(first.number);

    // The repeat's own page: 重复件：前件 <number>, a link there; its timeline has the system's step.
    await page.goto(`${web.base}/tickets/${again.id}`);
    const badge = page.getByTestId('repeat-badge');
    await poll(() => badge.textContent()).toBe(`重复件：前件 ${first.number}`);
    await w.shot('ticket-page');
    await badge.click();
    await poll(() => page.getByTestId('ticket-number').textContent()).toBe(first.number);
    expect(await page.getByTestId('repeat-badge').count()).toBe(0);
    expect(w.problems).toEqual([]);
    await page.context().close();
  }, 180_000);

  it('at intake the agent is warned while typing, and Alt+A adds the call to the open ticket instead of a new one', async () => {
    const earlier = await register('光明里社区东门的消防通道被私家车长期占用，消防车进不来。', '13700005002', '孙二');
    const count = async () => Number((await web.database.db.selectFrom('tickets').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    const before = await count();

    const w = await watchedPage(browser, 'repeats');
    await signIn(w, web.base, 'agent', '/intake');
    const page = w.page;
    await page.getByLabel('来电号码').fill('13700005002');
    await page.getByLabel('诉求内容').fill('光明里社区东门消防通道还是被私家车占着，消防车进不去。');
    const warning = page.getByTestId('repeat-warning');
    await poll(() => warning.count(), 30_000).toBe(1);
    expect(await warning.getByTestId('repeat-link').textContent()).toBe(earlier.number);
    expect(await warning.textContent()).toContain('该来电人 30 日内已反映过此事项');
    expect(await warning.textContent()).toContain('Alt+A');
    await w.shot('intake-warning');
    // Another matter from the same caller: the warning goes.
    await page.getByLabel('诉求内容').fill('想咨询一下新生儿医保怎么办理，需要带什么材料。');
    await poll(() => warning.count()).toBe(0);
    await page.getByLabel('诉求内容').fill('光明里社区东门消防通道还是被私家车占着，消防车进不去。');
    await poll(() => warning.count(), 30_000).toBe(1);

    await page.keyboard.press('Alt+A');
    await poll(() => page.getByText('已补充到原工单').count()).toBe(1);
    expect(await page.getByTestId('ticket-number').textContent()).toBe(earlier.number);
    await w.shot('supplemented');
    // No new ticket; the call is on the earlier one as the citizen's words.
    expect(await count()).toBe(before);
    const last = (await web.call('dispatcher', 'GET', `/api/v1/tickets/${earlier.id}`)).body.events.at(-1);
    expect(last).toMatchObject({ type: 'noted', payload: { fromCitizen: true, content: '光明里社区东门消防通道还是被私家车占着，消防车进不去。' } });
    expect(w.problems).toEqual([]);
    await page.context().close();
  }, 180_000);
});
