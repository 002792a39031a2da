// The work queues in a real browser against the real server: the dispatcher routes a registered
// ticket with the smart suggestion to a lead and an assisting unit; the unit handler finds it in
// the inbox sorted by deadline with the right countdown colours, accepts it, sees the reply's
// quality score before sending, replies; the callback agent records an unsatisfied callback, which
// reopens the ticket in the same step. Each screen is driven by keys where it has them.
// The server clock (t.setNow) and the browser clock (page.clock) show the same time.

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveModel, trainingDocs } from '../../src/store/models.js';
import { trainOnDocs } from '../../src/text/training.js';
import { local } from '../helpers.js';
import { launchBrowser, signIn, watchedPage, webApp, type WatchedPage, type WebApp, pressStep } from './browser.js';


/** A slow shared machine: give the browser time (expect.poll waits only 1 s by default). */
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 15_000, interval: 100 });
let web: WebApp;
let browser: Browser;
const ids: Record<string, number> = {};

const NOISE = [
  '建设路工地夜间施工噪音扰民，凌晨还在打桩',
  '小区旁边的工地晚上十一点以后还在施工，机器轰鸣睡不着',
  '施工噪音太大，深夜渣土车进出工地吵得无法休息',
  '工地夜里加班浇筑混凝土，噪声扰民，请管一管',
  '附近楼盘施工队凌晨作业，电钻声音太吵',
  '晚上工地的打桩机一直响，噪音严重超标',
];
const WAGES = [
  '公司拖欠我三个月工资，老板一直不给',
  '在工地干了半年，包工头拖欠农民工工资不发',
  '单位已经两个月没有发工资了，请人社部门帮忙讨薪',
  '餐馆老板拖欠服务员工资，辞职后也不结算',
  '工厂欠薪，工人们的工资被拖欠了四个月',
  '装修公司拖欠工人工资，老板电话打不通',
];

async function register(when: string, content: string, extra: Record<string, unknown> = {}): Promise<number> {
  const res = await web.at(when, () =>
    web.call('agent', 'POST', '/api/v1/tickets', { channel: 'phone', type: 'complaint', content, caller: { name: '张三', phone: '13812345678' }, ...extra }),
  );
  expect(res.status).toBe(201);
  return res.body.id;
}

/** Server and browser at the same Asia/Shanghai time (the browser's clock shifted, still running). */
async function clockAt(w: WatchedPage, when: string) {
  const target = local(when).getTime();
  web.setNow(new Date(target));
  await w.page.addInitScript((at: number) => {
    const offset = at - Date.now();
    const Real = Date;
    class Shifted extends Real {
      constructor(...args: unknown[]) {
        if (args.length === 0) super(Real.now() + offset);
        else super(...(args as [string]));
      }
      static now() {
        return Real.now() + offset;
      }
    }
    globalThis.Date = Shifted as DateConstructor;
  }, target);
}

const get = async (id: number) => (await web.call('admin', 'GET', `/api/v1/tickets/${id}`)).body;

beforeAll(async () => {
  [web, browser] = await Promise.all([webApp(), launchBrowser()]);
  // History the classifier learns from (answered at once, so not in any queue).
  for (const [texts, cat] of [
    [NOISE, web.fx.categories['ENV-NOISE-BUILD']],
    [WAGES, web.fx.categories['HR-WAGE-UNPAID']],
  ] as const) {
    for (const content of texts) {
      const id = await register('2026-02-27 10:00', content, { categoryId: cat });
      await web.stepAt('2026-02-27 10:05', 'agent', id, 'answer', { content: '已告知办理途径。' });
    }
  }
  const docs = await trainingDocs(web.database.db, 'leaf');
  const { model, scores } = trainOnDocs(docs);
  await saveModel(web.database.db, 'category-classifier', model, { trainedAt: new Date(), trainingSize: docs.length, scores: { ...scores } });
  // Two tickets already with ENV: one about to pass its accept deadline, one past it.
  ids.overdue = await register('2026-03-02 08:55', '河道有人倾倒垃圾，水体发臭');
  await web.stepAt('2026-03-02 09:00', 'dispatcher', ids.overdue, 'dispatch', { unitId: web.fx.units.ENV });
  ids.warning = await register('2026-03-02 09:45', '小区旁边烧烤油烟很大，熏得开不了窗');
  await web.stepAt('2026-03-02 09:50', 'dispatcher', ids.warning, 'dispatch', { unitId: web.fx.units.ENV });
  // The one the dispatcher routes in the browser; the agent filed it under the wrong category.
  ids.noise = await register('2026-03-02 10:20', '东门街道建设路工地夜间施工噪音扰民，凌晨两点还在打桩，严重影响休息', { categoryId: web.fx.categories['HR-WAGE'] });
}, 120_000);
afterAll(async () => {
  web?.setNow(null);
  await browser?.close();
  await web?.close();
});

describe('work queues', () => {
  it('the dispatcher dispatches a registered ticket to a lead and an assisting unit with the smart suggestion', async () => {
    const w = await watchedPage(browser, 'queues');
    await clockAt(w, '2026-03-02 10:30');
    await signIn(w, web.base, 'dispatcher', '/dispatch');
    const page = w.page;
    const row = page.locator(`table.queue tr[data-id="${ids.noise}"]`);
    await row.click();
    const pane = page.locator('aside.pane');
    await poll(() => pane.getByTestId('suggested-unit').textContent()).toBe('测试市生态环境局');
    expect(await page.getByTestId('key-hints').textContent()).toContain('采用智能建议');
    expect(await pane.getByTestId('dispatch-category').inputValue()).toBe(String(web.fx.categories['HR-WAGE']));
    // g takes the suggestion (the unit and the corrected category); the assisting unit from the list; Ctrl+Enter dispatches.
    await page.locator('body').press('g');
    await poll(() => pane.getByTestId('lead-unit').inputValue()).toBe(String(web.fx.units.ENV));
    expect(await pane.getByTestId('dispatch-category').inputValue()).toBe(String(web.fx.categories['ENV-NOISE-BUILD']));
    await pane.getByTestId('assist-unit').selectOption({ label: '东门街道' });
    await poll(() => pane.getByTestId('assist-chips').textContent()).toContain('东门街道');
    await w.shot('dispatch-suggestion');
    await pane.getByTestId('assist-unit').press('Control+Enter');
    await poll(async () => (await get(ids.noise)).status).toBe('dispatched');
    const t = await get(ids.noise);
    expect(t.unitId).toBe(web.fx.units.ENV);
    expect(t.assistUnitIds).toEqual([web.fx.units['DIST-1']]);
    expect(t.categoryId).toBe(web.fx.categories['ENV-NOISE-BUILD']);
    expect(t.events.at(-1).payload).toMatchObject({ categoryId: web.fx.categories['ENV-NOISE-BUILD'], fromCategoryId: web.fx.categories['HR-WAGE'] });
    // It leaves the queue.
    await poll(() => row.count()).toBe(0);
    await w.shot('dispatch-after');
    expect(w.problems).toEqual([]);
    await page.context().close();
  });

  it('the unit handler sees the inbox by deadline with countdown colours, accepts, sees the reply score, replies', async () => {
    const w = await watchedPage(browser, 'queues');
    await clockAt(w, '2026-03-02 10:40');
    await signIn(w, web.base, 'env', '/inbox');
    const page = w.page;
    const rows = page.locator('table.queue tbody tr');
    await poll(() => rows.count()).toBe(3);
    // Nearest deadline first: accept by 10:00 (overdue), 10:50 (warning from 10:38), 11:30 (ok).
    expect(await rows.evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('data-id'))))).toEqual([ids.overdue, ids.warning, ids.noise]);
    const state = (id: number) => page.locator(`tr[data-id="${id}"] [data-testid="countdown"] .deadline`).getAttribute('data-state');
    expect(await state(ids.overdue)).toBe('overdue');
    expect(await state(ids.warning)).toBe('warning');
    expect(await state(ids.noise)).toBe('ok');
    expect(await page.locator(`tr[data-id="${ids.overdue}"] .deadline`).textContent()).toMatch(/^超期/);
    await w.shot('inbox-countdowns');
    // Keys: j j moves to the third row, a accepts it.
    await page.locator('body').press('j');
    await page.locator('body').press('j');
    await poll(() => page.locator('tr.cursor').getAttribute('data-id')).toBe(String(ids.noise));
    await pressStep(w, 'a', ids.noise, 'accept');
    await poll(async () => (await get(ids.noise)).status).toBe('handling');
    await poll(() => page.locator(`tr[data-id="${ids.noise}"] .badge.status-handling`).count()).toBe(1);
    // r opens the reply; the score is on screen before the send button sends.
    await poll(() => page.locator('tr.cursor').getAttribute('data-id')).toBe(String(ids.noise));
    await page.locator('body').press('r');
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('reply-content').fill('您好，经核查，建设路工地夜间施工未办理夜间施工许可，已责令停止夜间打桩作业并立案处罚。如有疑问，可拨打12345。');
    await poll(() => dialog.getByTestId('reply-quality').count()).toBe(1);
    const score = Number(await dialog.getByTestId('reply-quality').locator('.score').textContent());
    expect(score).toBeGreaterThan(0);
    expect(await dialog.getByTestId('reply-quality').locator('.reasons').count()).toBe(1);
    await w.shot('inbox-reply-quality');
    await dialog.getByRole('button', { name: '发送答复' }).click();
    await poll(async () => (await get(ids.noise)).status).toBe('replied');
    expect((await get(ids.noise)).replyScore).toBe(score);
    await poll(() => page.locator(`tr[data-id="${ids.noise}"]`).count()).toBe(0);
    expect(w.problems).toEqual([]);
    await page.context().close();
  });

  it('the callback agent records an unsatisfied callback, which reopens the ticket in one step', async () => {
    const w = await watchedPage(browser, 'queues');
    await clockAt(w, '2026-03-02 14:00');
    await signIn(w, web.base, 'callback', '/callbacks');
    const page = w.page;
    await page.locator(`table.queue tr[data-id="${ids.noise}"]`).click();
    const pane = page.locator('aside.pane');
    await poll(() => pane.getByTestId('reply-view').textContent()).toContain('已责令停止夜间打桩作业');
    expect(await pane.getByTestId('reply-quality').count()).toBe(1);
    // The caller stays masked here too.
    expect(await pane.getByTestId('caller-phone').textContent()).toBe('138****5678');
    // The score column has a heading.
    expect(await page.locator('table.queue thead th').last().textContent()).toBe('答复质量');
    // The call script (回访话术) names the request and the unit that replied.
    const script = await pane.getByTestId('callback-script').textContent();
    expect(script).toContain('回访话术');
    expect(script).toContain('建设路工地夜间施工噪音扰民');
    expect(script).toContain('满意、基本满意，还是不满意');
    // Idle, the form is not ready: the button says what it will do, not 提交中….
    const submit = pane.getByTestId('callback-submit');
    expect(await submit.textContent()).toBe('提交');
    expect(await submit.isDisabled()).toBe(true);
    await pane.getByLabel('已接通').check();
    await pane.getByLabel('未解决').check();
    await pane.getByLabel('不满意', { exact: true }).check();
    await poll(() => pane.getByTestId('callback-outcome').textContent()).toContain('重办');
    // 重办 undoes the unit's work: the button says so and is not the everyday blue primary.
    expect(await submit.textContent()).toBe('提交并重办');
    expect(await submit.getAttribute('class')).toBe('warn');
    expect(await submit.isDisabled()).toBe(false);
    await w.shot('callback-unsatisfied');
    await pane.getByLabel('备注').fill('市民表示夜间仍在施工');
    await pane.getByLabel('备注').press('Control+Enter');
    await poll(async () => (await get(ids.noise)).status).toBe('handling');
    const t = await get(ids.noise);
    expect(t).toMatchObject({ reopenCount: 1, satisfaction: 'unsatisfied', resolved: false });
    const last = t.events.at(-1);
    expect(last).toMatchObject({ type: 'called_back', payload: { outcome: 'reopened', satisfaction: 'unsatisfied' } });
    await poll(() => page.locator(`table.queue tr[data-id="${ids.noise}"]`).count()).toBe(0);
    // The queue moved on; what became of the callback is said (the ticket is back with the unit: 办理中).
    await poll(() => page.getByTestId('queue-notice').textContent()).toBe(`${t.number} 回访已提交，工单现为“办理中”`);
    await w.shot('callback-after');
    expect(w.problems).toEqual([]);
    await page.context().close();
  });
  it('the dispatcher merges a duplicate from the similar-tickets panel; the master lists it', async () => {
    const master = await register('2026-03-02 15:00', '西门街道幸福小区门口下水道堵塞，污水漫到路面，臭气熏天', { address: '东城区西门街道幸福小区' });
    const dup = await register('2026-03-02 15:20', '幸福小区门口的下水道堵了，污水漫到路面上，很臭', { address: '东城区西门街道幸福小区' });
    const w = await watchedPage(browser, 'queues');
    await clockAt(w, '2026-03-02 15:30');
    await signIn(w, web.base, 'dispatcher', '/dispatch');
    const page = w.page;
    await page.locator(`table.queue tr[data-id="${dup}"]`).click();
    const candidate = page.locator('aside.pane [data-testid="similar-item"]').filter({ hasText: '幸福小区门口下水道堵塞' });
    await poll(() => candidate.count()).toBe(1);
    await candidate.getByRole('button', { name: '并入此单' }).click();
    const dialog = page.getByRole('dialog');
    await poll(() => dialog.textContent()).toContain('并入');
    await w.shot('merge-confirm');
    await dialog.getByRole('button', { name: '确认并单' }).click();
    await poll(async () => (await get(dup)).status).toBe('merged');
    expect((await get(dup)).mergedInto).toBe(master);
    await poll(() => page.locator(`table.queue tr[data-id="${dup}"]`).count()).toBe(0);
    // The master's page lists the merged ticket.
    await page.locator(`table.queue tr[data-id="${master}"] a`).first().click();
    await poll(() => page.getByTestId('merged').textContent()).toContain('幸福小区');
    await w.shot('master-merged');
    expect(w.problems).toEqual([]);
    await page.context().close();
  });
});
