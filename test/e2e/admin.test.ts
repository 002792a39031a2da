// The admin screens in a real browser: create a unit under a district, a user for it with a
// role, a category, a dispatch catalogue entry; edit a time-limit rule; set a holiday — each
// read back after a reload. A bad input shows the server's problem detail and saves nothing.

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerHistory } from '../smart-fixture.js';
import { signIn, launchBrowser, watchedPage, webApp, type WatchedPage, type WebApp } from './browser.js';

let web: WebApp;
let browser: Browser;
let w: WatchedPage;

beforeAll(async () => {
  [web, browser] = await Promise.all([webApp(), launchBrowser()]);
  w = await watchedPage(browser, 'admin');
  await signIn(w, web.base, 'admin', '/admin');
});
afterAll(async () => {
  await browser?.close();
  await web?.close();
});

const count = async (table: 'units' | 'users' | 'categories' | 'time_limit_rules') =>
  Number((await web.database.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
const dialog = () => w.page.getByRole('dialog');

describe('admin', () => {
  let street: number;

  it('creates a unit under a district; a duplicate code shows the server’s reason and saves nothing', async () => {
    const { page } = w;
    await page.waitForURL(/\/admin\/units$/);
    await page.getByRole('button', { name: '新增单位' }).click();
    await dialog().getByLabel('名称').fill('南门街道');
    await dialog().getByLabel('编码').fill('DIST-3');
    await dialog().getByLabel('类型').selectOption('street');
    await dialog().getByLabel('上级单位').selectOption(String(web.fx.units.DIST));
    await w.shot('unit-form');
    await dialog().getByRole('button', { name: '保存' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('已保存：南门街道');
    await expect.poll(() => page.locator('[data-testid="units"] tr[data-code="DIST-3"]').count()).toBe(1);
    await page.reload();
    const row = page.locator('[data-testid="units"] tr[data-code="DIST-3"]');
    await expect.poll(() => row.textContent()).toContain('南门街道');
    expect(await row.textContent()).toContain('街道（乡镇）');
    street = (await web.database.db.selectFrom('units').select('id').where('code', '=', 'DIST-3').executeTakeFirstOrThrow()).id;
    await w.shot('units');

    const before = await count('units');
    await page.getByRole('button', { name: '新增单位' }).click();
    await dialog().getByLabel('名称').fill('重复的单位');
    await dialog().getByLabel('编码').fill('ENV');
    await dialog().getByRole('button', { name: '保存' }).click();
    await expect.poll(() => dialog().getByRole('alert').textContent()).toContain('单位编码 ENV 已被使用');
    await w.shot('unit-duplicate');
    expect(await count('units')).toBe(before);
    await page.keyboard.press('Escape');
    // The refused request is logged by the browser as a failed resource (409): expected.
    w.problems.splice(0, w.problems.length, ...w.problems.filter((p) => !p.includes('409')));
    expect(w.problems).toEqual([]);
  });

  it('creates a user for the new unit with a role', async () => {
    const { page } = w;
    await page.getByRole('link', { name: '用户与角色' }).click();
    await page.getByRole('button', { name: '新建用户' }).click();
    await dialog().getByLabel('用户名').fill('nanmen');
    await dialog().getByLabel('姓名').fill('李街道');
    await dialog().getByLabel('角色').selectOption('unit_handler');
    await dialog().getByLabel('所属单位').selectOption(String(street));
    // A common password: the reason is shown and no account is made.
    const users = await count('users');
    await dialog().getByLabel('初始密码').fill('password1234');
    await dialog().getByRole('button', { name: '保存' }).click();
    await expect.poll(() => dialog().getByRole('alert').textContent()).toMatch(/^密码不可用：.*容易被猜到/);
    await w.shot('weak-password');
    expect(await count('users')).toBe(users);
    w.problems.splice(0, w.problems.length, ...w.problems.filter((p) => !p.includes('400')));
    await dialog().getByLabel('初始密码').fill('south gate lantern');
    await dialog().getByRole('button', { name: '保存' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('已保存：nanmen');
    await expect.poll(() => page.locator('[data-testid="users"] tr[data-username="nanmen"]').count()).toBe(1);
    await page.reload();
    const row = page.locator('[data-testid="users"] tr[data-username="nanmen"]');
    await expect.poll(() => row.textContent()).toContain('南门街道');
    expect(await row.textContent()).toContain('承办单位经办人');
    await w.shot('users');
    const login = await web.call(null, 'POST', '/api/v1/auth/login', { username: 'nanmen', password: 'south gate lantern' });
    expect(login.body.user).toMatchObject({ role: 'unit_handler', unitId: street });
    expect(w.problems).toEqual([]);
  });

  it('creates a category and a dispatch catalogue entry', async () => {
    const { page } = w;
    await page.getByRole('link', { name: '诉求分类' }).click();
    await page.locator('[data-testid="categories"] tr[data-code="ENV-NOISE"]').getByRole('button', { name: '新增下级' }).click();
    await dialog().getByLabel('名称').fill('社会生活噪声');
    await dialog().getByLabel('编码').fill('ENV-NOISE-LIFE');
    await dialog().getByLabel('默认主办单位').selectOption(String(web.fx.units.ENV));
    await dialog().getByRole('button', { name: '保存' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('已保存：社会生活噪声');
    await expect.poll(() => page.locator('[data-testid="categories"] tr[data-code="ENV-NOISE-LIFE"]').count()).toBe(1);
    await page.reload();
    const row = page.locator('[data-testid="categories"] tr[data-code="ENV-NOISE-LIFE"]');
    await expect.poll(() => row.textContent()).toContain('社会生活噪声');
    expect(await row.textContent()).toContain('3 级');
    await w.shot('categories');
    const category = (await web.database.db.selectFrom('categories').select('id').where('code', '=', 'ENV-NOISE-LIFE').executeTakeFirstOrThrow()).id;

    await page.getByRole('link', { name: '派单目录' }).click();
    await page.getByLabel('诉求分类').selectOption(String(category));
    await page.getByLabel('区县').selectOption(String(web.fx.units.DIST));
    await page.getByLabel('承办单位').selectOption(String(street));
    await page.getByRole('button', { name: '保存目录' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('已保存');
    await expect.poll(() => page.getByTestId('catalogue').count()).toBe(1);
    await expect.poll(() => page.getByTestId('catalogue').textContent()).toContain('南门街道');
    await page.reload();
    await expect.poll(() => page.getByTestId('catalogue').textContent()).toContain('社会生活噪声');
    expect(await page.getByTestId('catalogue').textContent()).toContain('南门街道');
    await w.shot('catalogue');
    expect(w.problems).toEqual([]);
  });

  it('edits a time-limit rule; a negative limit shows the server’s reason and saves nothing', async () => {
    const { page } = w;
    await page.getByRole('link', { name: '时限规则' }).click();
    const first = page.locator('[data-testid="rules"] tbody tr').first();
    const id = await first.getAttribute('data-rule');
    await first.getByRole('button', { name: '编辑' }).click();
    await dialog().getByLabel('办理时限 时长').fill('7');
    await dialog().getByLabel('办理时限 unit').selectOption('working_days');
    await dialog().getByRole('button', { name: '保存' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('已保存');
    const row = page.locator(`[data-testid="rules"] tr[data-rule="${id}"]`);
    await expect.poll(() => row.textContent()).toContain('7 工作日');
    await page.reload();
    await expect.poll(() => row.textContent()).toContain('7 工作日');
    await w.shot('rules');

    const before = JSON.stringify(await web.database.db.selectFrom('time_limit_rules').selectAll().orderBy('id').execute());
    await row.getByRole('button', { name: '编辑' }).click();
    await dialog().getByLabel('办理时限 时长').fill('-3');
    await dialog().getByRole('button', { name: '保存' }).click();
    await expect.poll(() => dialog().getByRole('alert').textContent()).toContain('请求参数有误');
    await w.shot('rule-invalid');
    expect(JSON.stringify(await web.database.db.selectFrom('time_limit_rules').selectAll().orderBy('id').execute())).toBe(before);
    await page.keyboard.press('Escape');
    w.problems.splice(0, w.problems.length, ...w.problems.filter((p) => !p.includes('400')));
    expect(w.problems).toEqual([]);
  });

  it('sets a holiday', async () => {
    const { page } = w;
    await page.getByRole('link', { name: '节假日' }).click();
    await page.getByLabel('年份').selectOption('2026');
    await page.getByLabel('日期').fill('2026-10-09');
    await page.getByLabel('类型').selectOption('off');
    await page.getByRole('button', { name: '添加' }).click();
    await page.getByRole('button', { name: '保存该年日历' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('已保存 2026 年日历');
    await expect.poll(() => page.getByText('有未保存的修改').count()).toBe(0);
    await page.reload();
    await page.getByLabel('年份').selectOption('2026');
    await expect.poll(() => page.getByTestId('holidays').textContent()).toContain('2026-10-09');
    await w.shot('calendar');
    const year = (await web.call('agent', 'GET', '/api/v1/calendar/2026')).body;
    expect(year.holidays).toContain('2026-10-09');
    expect(w.problems).toEqual([]);
  });

  it('retrains the classifier from the console and puts the earlier version back', async () => {
    const { page } = w;
    // The city's closed tickets to learn from (twice the fixture's history: enough for the top level).
    await registerHistory(web);
    await registerHistory(web);
    await page.getByRole('link', { name: '办理规则' }).click();
    await page.getByTestId('train-level').selectOption('leaf');
    await page.getByRole('button', { name: '重新训练' }).click();
    await expect.poll(() => page.getByRole('status').textContent(), { timeout: 30_000 }).toMatch(/已训练第 1 版：32 条工单，宏平均 F1 \d/);
    await page.getByTestId('train-level').selectOption('1');
    await page.getByRole('button', { name: '重新训练' }).click();
    await expect.poll(() => page.getByRole('status').textContent(), { timeout: 30_000 }).toContain('已训练第 2 版');
    const active = async () => (await web.call('admin', 'GET', '/api/v1/models')).body.items.filter((m: { active: boolean }) => m.active).map((m: { version: number }) => m.version);
    expect(await active()).toEqual([2]);
    await w.shot('models');
    await page.getByRole('button', { name: '启用此版' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('已启用第 1 版');
    expect(await active()).toEqual([1]);
    expect(w.problems).toEqual([]);
  });
});
