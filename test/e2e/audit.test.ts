// The audit log in a real browser (系统管理 → 操作日志): every action by its Chinese name, never
// its raw key, in the table and in the filter; a change reads as before → after with the
// fields' names; the filters (area, who, dates) work from the keyboard; English in the en locale.

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, signIn, watchedPage, webApp, type WatchedPage, type WebApp } from './browser.js';

let web: WebApp;
let browser: Browser;
let w: WatchedPage;

// Every action the platform writes to audit_log (src/ grep `audit(` and `audit_log`).
const ACTIONS = [
  'user.create', 'user.update', 'user.reset_password', 'unit.create', 'unit.update', 'unit.activate', 'unit.deactivate',
  'category.create', 'category.update', 'category.activate', 'category.deactivate', 'line.create', 'line.update', 'line.delete',
  'time_limit_rule.create', 'time_limit_rule.update', 'time_limit_rule.delete', 'calendar.update', 'catalogue.update', 'catalogue.delete',
  'settings.policy', 'settings.auto_dispatch', 'settings.open311', 'apikey.create', 'apikey.update', 'apikey.revoke',
  'model.train', 'model.activate', 'kb.create', 'kb.update', 'kb.publish', 'kb.archive', 'kb.approve', 'kb.reject',
  'reveal_caller', 'view_attachment', 'auth.login_failed', 'auth.locked',
];

beforeAll(async () => {
  [web, browser] = await Promise.all([webApp(), launchBrowser()]);
  // Real changes through the API…
  const ok = async (method: string, url: string, body?: unknown) => {
    const res = await web.call('admin', method, url, body);
    if (res.status >= 300) throw new Error(`${method} ${url}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  await ok('POST', '/api/v1/time-limit-rules', { type: 'complaint', categoryId: web.fx.categories.HR, handleLimit: { amount: 3, unit: 'working_days' } });
  await ok('PUT', '/api/v1/settings/policy', { maxReopens: 3 });
  await ok('PUT', '/api/v1/dispatch-catalogue', { categoryId: web.fx.categories['ENV-NOISE-BUILD'], districtId: web.fx.units.DIST, unitId: web.fx.units['DIST-1'] });
  await ok('PUT', '/api/v1/calendar/2031', { holidays: ['2031-01-01', '2031-10-01'], workdays: [] });
  const kb = await ok('POST', '/api/v1/kb/articles', { title: '夜间施工噪声投诉须知', body: '夜间施工噪声可拨打12345投诉。', status: 'published' });
  await ok('PUT', `/api/v1/kb/articles/${kb.id}`, { title: '夜间施工噪声投诉须知', body: '夜间施工噪声可拨打12345投诉。', status: 'archived' });
  // …and one row of every other action, as the other writers record them.
  const admin = (await web.database.db.selectFrom('users').select('id').where('username', '=', 'admin').executeTakeFirstOrThrow()).id;
  const done = new Set((await web.database.db.selectFrom('audit_log').select('action').execute()).map((r) => r.action));
  for (const action of ACTIONS.filter((a) => !done.has(a))) {
    await web.database.db.insertInto('audit_log').values({ user_id: admin, action, ticket_id: null, detail: JSON.stringify({ ip: '127.0.0.1' }) }).execute();
  }
  w = await watchedPage(browser, 'audit');
  await signIn(w, web.base, 'admin', '/admin');
});
afterAll(async () => {
  await browser?.close();
  await web?.close();
});

describe('the audit log page', () => {
  it('names every action in Chinese and shows no raw key, in the table or the filter', async () => {
    const { page } = w;
    await page.getByRole('link', { name: '操作日志' }).click();
    const table = page.getByTestId('audit');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(ACTIONS.length);
    const text = (await table.textContent()) ?? '';
    for (const label of ['新建时限规则', '修改办理规则', '设置派单目录', '查看来电人信息', '登录失败', '吊销接口密钥', '采纳修改建议']) expect(text).toContain(label);
    const filter = (await page.getByTestId('audit-filter').textContent()) ?? '';
    for (const area of ['用户与角色', '单位', '分类', '热线', '时限规则', '工作日历', '派单目录', '办理规则', '接口密钥', '分类模型', '知识库', '查看个人信息', '登录安全']) {
      expect(filter).toContain(area);
    }
    for (const action of ACTIONS) {
      expect(text, action).not.toContain(action);
      expect(filter, action).not.toContain(action);
    }
    expect(filter).not.toMatch(/\b(unit|user|category|line|model)\./);
    // A change reads as what changed, before → after, with the fields' names.
    const policy = page.locator('[data-testid="audit"] tr[data-action="settings.policy"]');
    expect(await policy.textContent()).toContain('最多重办次数 2 → 3');
    const rule = page.locator('[data-testid="audit"] tr[data-action="time_limit_rule.create"]');
    expect(await rule.textContent()).toContain('办理时限 3 工作日');
    expect(await rule.textContent()).toContain('劳动保障');
    const catalogue = page.locator('[data-testid="audit"] tr[data-action="catalogue.update"]');
    expect(await catalogue.textContent()).toContain('东门街道');
    expect(await page.locator('[data-testid="audit"] tr[data-action="calendar.update"]').textContent()).toContain('新增节假日 2031-01-01、2031-10-01');
    expect(await page.locator('[data-testid="audit"] tr[data-action="kb.archive"]').textContent()).toContain('状态 已发布 → 已归档');
    await w.shot('audit');
    expect(w.problems).toEqual([]);
  });

  it('filters by area from the keyboard, by who and by date', async () => {
    const { page } = w;
    const action = page.getByLabel('按操作筛选');
    const rows = page.locator('[data-testid="audit"] tbody tr');
    // From the keyboard: the first area below 全部 is 用户与角色.
    await action.focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => rows.count()).toBe(3);
    expect(await action.inputValue()).toBe('user.');
    await action.selectOption({ label: '时限规则（全部）' });
    await expect.poll(() => rows.count()).toBe(3);
    await action.selectOption({ label: '新建时限规则' });
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain('新建时限规则');
    await w.shot('audit-filtered');
    // Nobody but the admin changed anything.
    await page.getByLabel('按操作人筛选').selectOption({ label: 'env' });
    await expect.poll(() => page.getByText('没有符合条件的记录').count()).toBe(1);
    await page.getByRole('button', { name: '清除筛选' }).click();
    await expect.poll(() => page.locator('[data-testid="audit"] tbody tr').count()).toBe(ACTIONS.length);
    await page.getByLabel('截止日期').fill('2020-12-31');
    await expect.poll(() => page.getByText('没有符合条件的记录').count()).toBe(1);
    await page.getByRole('button', { name: '清除筛选' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-testid="audit"] tbody tr').count()).toBe(ACTIONS.length);
    expect(w.problems).toEqual([]);
  });

  it('in English', async () => {
    const { page } = w;
    await page.evaluate(() => localStorage.setItem('hotline.lang', 'en'));
    await page.reload();
    await expect.poll(() => page.getByTestId('audit').textContent()).toContain('Time-limit rule created');
    const text = (await page.getByTestId('audit').textContent()) ?? '';
    expect(text).toContain('Handling rules changed');
    expect(text).toContain('Max reopens 2 → 3');
    for (const action of ACTIONS) expect(text, action).not.toContain(action);
    await w.shot('audit-en');
    await page.evaluate(() => localStorage.removeItem('hotline.lang'));
    expect(w.problems).toEqual([]);
  });
});
