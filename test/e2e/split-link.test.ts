// 一件多诉 拆分 / 关联工单 in the console: an agent splits a two-matter ticket by keyboard on its
// page (q, type the other matter, Ctrl+Enter); both tickets then show each other in 关联工单 and
// on their timelines; `?` lists the keys; a link to another ticket by number (g).

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

const TWO_MATTERS = '建设路12号门口路面有一个大坑，电动车经过很危险。另外我在建设路饭店打工，老板拖欠三个月工资。';
const WAGE = '来电人在建设路某饭店打工，老板拖欠三个月工资共一万二千元，要求督促支付。';

describe('split and link on the ticket page', () => {
  it('the agent splits a two-matter ticket by keyboard; both appear linked', async () => {
    const res = await web.call('agent', 'POST', '/api/v1/tickets', { channel: 'phone', type: 'complaint', content: TWO_MATTERS, caller: { name: '李四', phone: '13912340001' }, address: '东城区建设路12号' });
    expect(res.status).toBe(201);
    const source = res.body as { id: number; number: string };

    const w = await watchedPage(browser, 'split-link');
    await signIn(w, web.base, 'agent', '/intake');
    const page = w.page;
    await page.goto(`${web.base}/tickets/${source.id}`);
    await poll(() => page.getByTestId('ticket-number').textContent()).toBe(source.number);
    const dialog = page.getByRole('dialog');
    // q opens the split dialog (pressed again only if the page was not listening yet).
    await poll(async () => {
      if ((await dialog.count()) === 0) await page.locator('body').press('q');
      return dialog.count();
    }).toBe(1);
    expect(await dialog.getAttribute('aria-label')).toBe(`拆分（一件多诉） · ${source.number}`);
    // The words field has the focus: type the other matter, choose its type by keyboard, Ctrl+Enter.
    await page.keyboard.type(WAGE);
    await page.keyboard.press('Tab'); // 诉求类型, next after the words
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('type');
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowDown'); // 咨询 → 求助
    expect(await dialog.locator('select[name=type]').inputValue()).toBe('help');
    await w.shot('split-dialog');
    const sent = page.waitForRequest((r) => r.method() === 'POST' && new URL(r.url()).pathname === `/api/v1/tickets/${source.id}/split`);
    await page.keyboard.press('Control+Enter');
    await sent;
    await poll(() => dialog.count()).toBe(0);

    // The new ticket, as the server has it.
    const links = (await web.call('admin', 'GET', `/api/v1/tickets/${source.id}/links`)).body.items as { id: number; number: string; kind: string }[];
    expect(links).toHaveLength(1);
    const created = links[0];
    expect((await web.call('admin', 'GET', `/api/v1/tickets/${created.id}`)).body).toMatchObject({ type: 'help', content: WAGE, status: 'registered' });

    // This page: the done note links the new number; 关联工单 lists it as 拆分出; the timeline says so.
    await poll(() => page.getByTestId('link-done').textContent()).toBe(`已拆分出新工单 ${created.number}`);
    const section = page.getByTestId('links');
    await poll(() => section.locator('li').count()).toBe(1);
    expect(await section.locator('li').textContent()).toContain(`拆分出 ${created.number}`);
    expect(await section.locator('li').textContent()).toContain('已受理');
    await poll(() => page.getByTestId('timeline').locator('li[data-type=split_out]').textContent()).toContain(`拆分出 ${created.number}`);
    await w.shot('source-after-split');

    // `?` lists the two keys of the ticket page.
    await page.locator('body').press('?');
    const keys = page.getByTestId('screen-keys');
    await poll(() => keys.textContent()).toContain('拆分（一件多诉）');
    expect(await keys.textContent()).toContain('关联工单');
    await w.shot('key-help');
    await page.keyboard.press('Escape');

    // The new ticket's page: 拆分自 the source.
    await section.getByRole('link', { name: created.number }).click();
    await poll(() => page.getByTestId('ticket-number').textContent()).toBe(created.number);
    await poll(() => page.getByTestId('links').locator('li').textContent()).toContain(`拆分自 ${source.number}`);
    // Registered, so it can be split again; no unlink for a split.
    expect(await page.getByTestId('links').getByTestId('unlink').count()).toBe(0);
    await w.shot('created-page');
    expect(w.problems).toEqual([]);
    await page.context().close();
  }, 180_000);

  it('g links another ticket by its number; both pages list it; it can be unlinked', async () => {
    const reg = async (content: string, phone: string) =>
      (await web.call('agent', 'POST', '/api/v1/tickets', { channel: 'phone', type: 'complaint', content, caller: { name: '王五', phone } })).body as { id: number; number: string };
    const a = await reg('光明里小区东门路灯坏了一个多月，晚上很黑。', '13912340002');
    const b = await reg('光明里东门的路灯还是不亮，邻居上周也打过电话。', '13912340003');

    const w = await watchedPage(browser, 'split-link');
    await signIn(w, web.base, 'dispatcher', '/dispatch');
    const page = w.page;
    await page.goto(`${web.base}/tickets/${a.id}`);
    await poll(() => page.getByTestId('ticket-number').textContent()).toBe(a.number);
    const dialog = page.getByRole('dialog');
    await poll(async () => {
      if ((await dialog.count()) === 0) await page.locator('body').press('g');
      return dialog.count();
    }).toBe(1);
    await page.keyboard.type(b.number);
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowRight'); // 相关 → 同一事项（其他来电人）
    expect(await dialog.locator('input[name=kind]:checked').inputValue()).toBe('same_matter');
    await w.shot('link-dialog');
    await page.keyboard.press('Control+Enter');
    await poll(() => dialog.count()).toBe(0);
    const section = page.getByTestId('links');
    await poll(() => section.locator('li').textContent()).toContain(`同一事项（其他来电人） ${b.number}`);
    await w.shot('linked');

    await page.goto(`${web.base}/tickets/${b.id}`);
    await poll(() => page.getByTestId('links').locator('li').textContent()).toContain(a.number);
    await page.getByTestId('links').getByTestId('unlink').click();
    await poll(() => page.getByTestId('links').locator('li').count()).toBe(0);
    expect((await web.call('admin', 'GET', `/api/v1/tickets/${a.id}/links`)).body.items).toEqual([]);
    expect(w.problems).toEqual([]);
    await page.context().close();
  }, 180_000);

  it('at intake, the second matter of the same call is split off at once (Alt+Q) and its number shown to read out', async () => {
    const w = await watchedPage(browser, 'split-link');
    await signIn(w, web.base, 'agent', '/intake');
    const page = w.page;
    await poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('phone');
    await page.keyboard.type('13912340009');
    await page.getByLabel('诉求内容').fill(TWO_MATTERS);
    await page.keyboard.press('Control+Enter');
    const number = (await page.getByTestId('ticket-number').textContent())!.trim();
    const source = await web.database.db.selectFrom('tickets').select(['id', 'created_at']).where('number', '=', number).executeTakeFirstOrThrow();
    await page.keyboard.press('Alt+Q');
    const content = page.getByLabel('另一件诉求的内容');
    await poll(() => page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('content');
    await page.keyboard.type(WAGE);
    await w.shot('intake-split');
    await page.keyboard.press('Control+Enter');
    await poll(() => content.count()).toBe(0);
    const splitNumber = (await page.getByTestId('split-number').textContent())!.trim();
    expect(splitNumber).not.toBe(number);
    // The same call: the same caller and received time, linked.
    const created = await web.database.db.selectFrom('tickets').select(['id', 'created_at', 'caller_phone', 'content']).where('number', '=', splitNumber).executeTakeFirstOrThrow();
    expect(created).toMatchObject({ created_at: source.created_at, caller_phone: '13912340009', content: WAGE });
    expect((await web.call('admin', 'GET', `/api/v1/tickets/${source.id}/links`)).body.items).toEqual([expect.objectContaining({ id: created.id, kind: 'split' })]);
    await w.shot('intake-split-done');
    expect(w.problems).toEqual([]);
    await page.context().close();
  }, 180_000);
});
