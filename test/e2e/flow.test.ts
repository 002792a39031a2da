// One request, start to finish, in the browser: the agent registers it at intake, the dispatcher
// routes it with the smart suggestion, the unit accepts and replies, the callback agent records a
// satisfied callback and the ticket closes; the supervisor's dashboard then shows it. Each step
// by a different signed-in role, in its own browser context. Another unit cannot open it by URL.

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerHistory, trainActiveModel } from '../smart-fixture.js';
import { launchBrowser, signIn, watchedPage, webApp, type WatchedPage, type WebApp, pressStep } from './browser.js';

let web: WebApp;
let browser: Browser;

const poll = <T,>(fn: () => Promise<T>) => expect.poll(fn, { timeout: 20_000 });
const get = async (id: number) => (await web.call('admin', 'GET', `/api/v1/tickets/${id}`)).body;

beforeAll(async () => {
  [web, browser] = await Promise.all([webApp(), launchBrowser()]);
  await registerHistory(web);
  await trainActiveModel(web);
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await web?.close();
});

/** A role's own browser context, signed in on its landing page; closed (with its checks) by done(). */
async function as(user: string, landing: string): Promise<WatchedPage & { done: () => Promise<void> }> {
  const w = await watchedPage(browser, 'flow');
  await signIn(w, web.base, user, landing);
  return {
    ...w,
    done: async () => {
      expect(w.problems).toEqual([]);
      await w.page.context().close();
    },
  };
}

async function dashboardFigures(w: WatchedPage) {
  const page = w.page;
  await page.getByTestId('unit-rates').waitFor();
  const env = page.locator('[data-testid="unit-rates"] tr[data-unit="测试市生态环境局"]');
  return {
    volume: Number(await page.getByTestId('kpi-volume').textContent()),
    envSatisfaction: (await env.count()) ? await env.locator('[data-measure="satisfaction"]').getAttribute('title') : null,
  };
}

describe('a request from intake to closed, one role after another', () => {
  it('goes through intake, dispatch, accept and reply, callback; the dashboard shows it', { timeout: 300_000 }, async () => {
    // The supervisor's figures before.
    let sup = await as('supervisor', '/dashboard');
    const before = await dashboardFigures(sup);
    await sup.done();

    // 话务员: intake.
    const agent = await as('agent', '/intake');
    await agent.page.getByLabel('来电号码').fill('13700001111');
    await agent.page.getByLabel('诉求内容').fill('东门街道建设路工地每天夜里施工到凌晨两点，打桩噪音太大，孩子睡不着');
    await agent.page.getByLabel('地址').fill('东城区东门街道建设路18号');
    await poll(() => agent.page.getByLabel('诉求分类').inputValue()).toBe(String(web.fx.categories['ENV-NOISE-BUILD']));
    await agent.shot('1-intake');
    await agent.page.getByLabel('诉求内容').press('Control+Enter');
    const number = (await agent.page.getByTestId('ticket-number').textContent())!.trim();
    await agent.shot('2-number');
    await agent.done();
    const { id } = await web.database.db.selectFrom('tickets').select('id').where('number', '=', number).executeTakeFirstOrThrow();
    expect((await get(id)).status).toBe('registered');

    // 派单员: the suggestion, taken with g, dispatched with Ctrl+Enter.
    const dispatcher = await as('dispatcher', '/dispatch');
    await dispatcher.page.locator(`table.queue tr[data-id="${id}"]`).click();
    const pane = dispatcher.page.locator('aside.pane');
    await poll(() => pane.getByTestId('suggested-unit').textContent()).toBe('测试市生态环境局');
    await dispatcher.page.locator('body').press('g');
    await poll(() => pane.getByTestId('lead-unit').inputValue()).toBe(String(web.fx.units.ENV));
    await dispatcher.shot('3-dispatch');
    await pane.getByTestId('lead-unit').press('Control+Enter');
    await poll(async () => (await get(id)).status).toBe('dispatched');
    await dispatcher.done();

    // Another unit's handler cannot open it by its URL.
    const hr = await as('hr', '/inbox');
    await hr.page.goto(`${web.base}/tickets/${id}`);
    await poll(() => hr.page.getByText('工单不存在或无权查看').count()).toBe(1);
    expect(await hr.page.locator('main').textContent()).not.toContain('打桩噪音');
    await hr.shot('4-other-unit');
    // The API's 404 is what the page was told; nothing else went wrong.
    hr.problems.splice(0, hr.problems.length, ...hr.problems.filter((p) => !p.includes('404')));
    await hr.done();

    // 承办单位: accept, then reply with the quality score on screen before sending.
    const env = await as('env', '/inbox');
    await env.page.locator(`table.queue tr[data-id="${id}"]`).click();
    await poll(() => env.page.locator('tr.cursor').getAttribute('data-id')).toBe(String(id));
    await pressStep(env, 'a', id, 'accept');
    await poll(async () => (await get(id)).status).toBe('handling');
    await poll(() => env.page.locator(`tr[data-id="${id}"] .badge.status-handling`).count()).toBe(1);
    await env.page.locator('body').press('r');
    const dialog = env.page.getByRole('dialog');
    await dialog.getByTestId('reply-content').fill('您好，经核查，建设路18号工地未办理夜间施工许可，已责令停止夜间打桩作业并立案处罚，今后夜间22时后不再施工。如有疑问，可拨打12345。');
    await poll(() => dialog.getByTestId('reply-quality').count()).toBe(1);
    await env.shot('5-reply');
    await dialog.getByRole('button', { name: '发送答复' }).click();
    await poll(async () => (await get(id)).status).toBe('replied');
    await env.done();

    // 回访员: reached, resolved, satisfied → closed.
    const cb = await as('callback', '/callbacks');
    await cb.page.locator(`table.queue tr[data-id="${id}"]`).click();
    const cpane = cb.page.locator('aside.pane');
    await poll(() => cpane.getByTestId('reply-view').textContent()).toContain('已责令停止夜间打桩作业');
    await cpane.getByLabel('已接通').check();
    await cpane.getByLabel('已解决').check();
    await cpane.getByLabel('满意', { exact: true }).check();
    await poll(() => cpane.getByTestId('callback-outcome').textContent()).toContain('办结');
    await cb.shot('6-callback');
    await cpane.getByLabel('已接通').press('Control+Enter');
    await poll(async () => (await get(id)).status).toBe('closed');
    await cb.done();

    // Every step is on the timeline, each by its own role.
    const closed = await get(id);
    // The history (registerHistory) already holds this site's night work from other callers
    // within 30 days: the system flags the request a repeat (重复件, the same matter) at registration.
    expect(closed.events.map((e: { type: string }) => e.type)).toEqual(['registered', 'repeat_flagged', 'dispatched', 'accepted', 'replied', 'called_back']);
    expect(closed.events.map((e: { actor: { role: string } }) => e.actor.role)).toEqual(['agent', 'system', 'dispatcher', 'unit_handler', 'unit_handler', 'callback_agent']);
    expect(closed).toMatchObject({ satisfaction: 'satisfied', resolved: true });

    // 督办员: the dashboard counts it.
    sup = await as('supervisor', '/dashboard');
    await poll(async () => (await dashboardFigures(sup)).volume).toBe(before.volume + 1);
    const after = await dashboardFigures(sup);
    const [num, den] = (after.envSatisfaction ?? '0/0').split('/').map(Number);
    const [num0, den0] = (before.envSatisfaction ?? '0/0').split('/').map(Number);
    expect([num, den]).toEqual([num0 + 1, den0 + 1]);
    await sup.shot('7-dashboard');
    await sup.done();
  });
});
