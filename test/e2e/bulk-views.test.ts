// Saved views and bulk steps in a real browser: a dispatcher picks three tickets in the dispatch
// queue by keyboard and dispatches them in one go, seeing each ticket's result; on the ticket list
// a ticket already dispatched is refused with its reason while the other goes through, and the
// picked rows export (masked) as exactly those rows; a filter saved as a view comes back with its
// count and reopens; V steps through the views and `?` lists the keys.

import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, signIn, watchedPage, webApp, type WebApp } from './browser.js';

const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 15_000, interval: 100 });
let web: WebApp;
let browser: Browser;
type T = { id: number; number: string };
const queue: T[] = [];

const register = async (content: string, phone: string) => {
  const res = await web.call('agent', 'POST', '/api/v1/tickets', { channel: 'phone', type: 'complaint', content, caller: { name: '李四', phone } });
  expect(res.status).toBe(201);
  return res.body as T;
};

beforeAll(async () => {
  [web, browser] = await Promise.all([webApp(), launchBrowser()]);
  for (let i = 0; i < 4; i++) queue.push(await register(`第${i + 1}条：小区楼道灯不亮，请物业维修`, `1380000000${i}`));
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await web?.close();
});

describe('bulk steps', () => {
  it('dispatch queue: Space picks three rows, b goes to the bar, one dispatch sends all three and lists each result', async () => {
    const w = await watchedPage(browser, 'bulk-views');
    await signIn(w, web.base, 'dispatcher', '/dispatch');
    const { page } = w;
    const rows = page.locator('table.queue tbody tr');
    await poll(() => rows.count()).toBe(4);
    await page.locator('h1').first().click();
    const order = await rows.evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('data-id'))));
    // The cursor starts on the first row: Space, j, Space, j, Space picks the first three.
    await page.keyboard.press('Space');
    await page.keyboard.press('j');
    await page.keyboard.press('Space');
    await page.keyboard.press('j');
    await page.keyboard.press('Space');
    await poll(() => page.getByTestId('bulk-count').textContent()).toBe('已选 3 张');
    await poll(() => page.locator('table.queue tbody tr[data-picked="true"]').count()).toBe(3);
    const pickedIds = (await page.locator('table.queue tbody tr[data-picked="true"]').evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('data-id'))))).sort();
    expect(pickedIds).toEqual(order.slice(0, 3).sort());
    const picked = queue.filter((x) => pickedIds.includes(x.id));
    const left = queue.find((x) => !pickedIds.includes(x.id))!;
    await w.shot('queue-three-picked');
    // b: to the bar's unit; choose it, Tab to 批量派单, Enter.
    await page.keyboard.press('b');
    await poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('bulk-unit');
    await page.getByTestId('bulk-unit').selectOption({ label: '测试市生态环境局' });
    await page.keyboard.press('Tab');
    await poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('bulk-dispatch');
    await page.keyboard.press('Enter');
    const results = page.getByTestId('bulk-results');
    await results.waitFor();
    expect(await results.textContent()).toContain('3 张成功，0 张未办理');
    const items = page.getByTestId('bulk-result');
    expect(await items.count()).toBe(3);
    for (const x of picked) expect(await results.textContent()).toContain(x.number);
    // Dispatched: out of the queue, which keeps the one not picked.
    await poll(() => rows.count()).toBe(1);
    expect(await rows.first().getAttribute('data-id')).toBe(String(left.id));
    await w.shot('queue-bulk-dispatched');
    for (const x of picked) {
      const tk = (await web.call('admin', 'GET', `/api/v1/tickets/${x.id}`)).body;
      expect(tk.status).toBe('dispatched');
      expect(tk.unitId).toBe(web.fx.units.ENV);
      expect(tk.acceptBy).not.toBeNull();
    }
    expect((await web.call('admin', 'GET', `/api/v1/tickets/${left.id}`)).body.status).toBe('registered');
    expect(w.problems).toEqual([]);
    await page.context().close();
  });

  it('ticket list: a dispatched ticket in the pick is refused with its reason, the others go through; the picked rows export masked', async () => {
    const extra = await register('第五条：路灯不亮', '13900009999');
    const w = await watchedPage(browser, 'bulk-views');
    await signIn(w, web.base, 'dispatcher', '/dispatch');
    const { page } = w;
    await page.goto(`${web.base}/tickets`);
    const rows = page.locator('table.tickets tbody tr');
    await page.locator(`table.tickets tbody tr[data-id="${extra.id}"]`).waitFor();
    // Newest first: extra, then the four of the setup (three of them dispatched by now).
    const order = await rows.evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('data-id'))));
    expect(order[0]).toBe(extra.id);
    // A click on the first box, Shift+click on the fourth: the range of four.
    await rows.nth(0).locator('td.pick input').click();
    await rows.nth(3).locator('td.pick input').click({ modifiers: ['Shift'] });
    await poll(() => page.getByTestId('bulk-count').textContent()).toBe('已选 4 张');
    const pickedIds = order.slice(0, 4);
    const all = [...queue, extra];
    const numberOf = (id: number) => all.find((x) => x.id === id)!.number;
    const before = new Map<number, { status: string; unitId: number | null }>();
    for (const id of pickedIds) before.set(id, (await web.call('admin', 'GET', `/api/v1/tickets/${id}`)).body);
    const waiting = pickedIds.filter((id) => before.get(id)!.status === 'registered');
    const out = pickedIds.filter((id) => before.get(id)!.status !== 'registered');
    expect(waiting.length).toBeGreaterThanOrEqual(1);
    expect(out.length).toBeGreaterThanOrEqual(1);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('bulk-export').click()]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(await download.path());
    const numbers: string[] = [];
    const text: string[] = [];
    wb.worksheets[0].eachRow((r, n) => n > 1 && numbers.push(String(r.getCell(1).value)));
    wb.eachSheet((s) => s.eachRow((r) => r.eachCell((c) => text.push(String(c.value ?? '')))));
    expect(numbers.sort()).toEqual(pickedIds.map(numberOf).sort());
    expect(text.join('\n')).not.toContain('13900009999');
    expect(text.join('\n')).toContain('139****9999');

    await page.getByTestId('bulk-unit').selectOption({ label: '测试市人社局' });
    await page.getByTestId('bulk-dispatch').click();
    const results = page.getByTestId('bulk-results');
    await results.waitFor();
    expect(await results.textContent()).toContain(`${waiting.length} 张成功，${out.length} 张未办理`);
    const failed = page.locator('[data-testid="bulk-result"][data-ok="false"]');
    expect(await failed.count()).toBe(out.length);
    for (const id of out) {
      const line = failed.filter({ hasText: numberOf(id) });
      expect(await line.textContent()).toContain('不能派单');
    }
    await w.shot('list-partial-failure');
    for (const id of waiting) expect((await web.call('admin', 'GET', `/api/v1/tickets/${id}`)).body.unitId).toBe(web.fx.units.HR);
    for (const id of out) expect((await web.call('admin', 'GET', `/api/v1/tickets/${id}`)).body.unitId).toBe(before.get(id)!.unitId);
    expect(w.problems).toEqual([]);
    await page.context().close();
  });
});

describe('saved views', () => {
  it('a filter saved as a view shows its live count, reopens, and V steps through the views', async () => {
    await register('第六条：井盖松动', '13700007777'); // still waiting: not 已派单
    const w = await watchedPage(browser, 'bulk-views');
    await signIn(w, web.base, 'dispatcher', '/dispatch');
    const { page } = w;
    await page.goto(`${web.base}/tickets`);
    const views = page.getByTestId('views');
    await views.getByText('我的超期').waitFor();
    expect(await views.locator('[data-view]').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('本区投诉'), expect.stringContaining('今日新建'), expect.stringContaining('即将到期')]),
    );
    // 今日新建: the six registered today.
    await poll(() => views.locator('[data-view="preset:today_new"] [data-testid="view-count"]').textContent()).toBe('6');
    // Out with the units (已派单): as many as the API counts for this dispatcher, fewer than today's six.
    const out = (await web.call('dispatcher', 'GET', '/api/v1/tickets?status=dispatched')).body.total as number;
    expect(out).toBeGreaterThan(0);
    expect(out).toBeLessThan(6);
    await page.locator('select[data-filter="status"]').selectOption('dispatched');
    await poll(() => page.getByTestId('result-count').textContent()).toBe(`共 ${out} 条`);
    await page.getByTestId('save-view').click();
    await page.getByTestId('view-name').fill('待派的');
    await page.keyboard.press('Enter');
    const mine = views.locator('li', { hasText: '待派的' });
    await mine.waitFor();
    await poll(() => mine.getByTestId('view-count').textContent()).toBe(String(out));
    expect(await mine.getAttribute('class')).toBe('active');
    await w.shot('view-saved');

    // Somewhere else, then back by the view.
    await views.locator('[data-view="preset:today_new"]').click();
    await poll(() => page.getByTestId('result-count').textContent()).toBe('共 6 条');
    await poll(() => new URL(page.url()).searchParams.get('status')).toBeNull();
    // V steps to the next view: after 即将到期 (the last preset) comes 待派的.
    await page.locator('h1').first().click();
    await page.keyboard.press('v');
    await poll(() => views.locator('li.active').textContent()).toContain('即将到期');
    await page.keyboard.press('v');
    await poll(() => views.locator('li.active').textContent()).toContain('待派的');
    await poll(() => page.getByTestId('result-count').textContent()).toBe(`共 ${out} 条`);
    expect(new URL(page.url()).searchParams.get('status')).toBe('dispatched');
    await page.keyboard.press('Shift+V');
    await poll(() => views.locator('li.active').textContent()).toContain('即将到期');

    // A fresh page: the view is kept (stored on the server) and reopens.
    await page.reload();
    await mine.waitFor();
    await mine.locator('[data-view]').click();
    await poll(() => page.getByTestId('result-count').textContent()).toBe(`共 ${out} 条`);
    await poll(() => new URL(page.url()).searchParams.get('status')).toBe('dispatched');
    // ? lists the screen's keys.
    await page.locator('h1').first().click();
    await page.keyboard.press('?');
    const keys = page.getByTestId('screen-keys');
    await keys.waitFor();
    const listed = await keys.textContent();
    expect(listed).toContain('下一个视图');
    expect(listed).toContain('选择 / 取消选择当前工单');
    expect(listed).toContain('批量操作栏');
    await w.shot('keys-help');
    expect(w.problems).toEqual([]);
    await page.context().close();
  });
});
