// The supervisor's dashboard in a real browser: the three rates per unit and the charts with
// Chinese labels, drill-down from a chart element to /tickets with the matching filters, the
// XLSX export (a real download that exceljs opens), the daily report, and figures that change
// when tickets are registered and closed through the API.

import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, rendersChinese, signIn, watchedPage, webApp, type WebApp, liveOpen, liveDiagnosis } from './browser.js';

let web: WebApp;
let browser: Browser;

async function register(body: Record<string, unknown>) {
  const res = await web.call('agent', 'POST', '/api/v1/tickets', { channel: 'phone', type: 'complaint', ...body });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id as number;
}
async function step(user: string, id: number, name: string, body: unknown = {}) {
  const res = await web.call(user, 'POST', `/api/v1/tickets/${id}/${name}`, body);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
}
/** Handled by ENV up to the reply; `close` also does a satisfied callback (which closes it). */
async function handled(content: string, close: boolean) {
  const id = await register({ categoryId: web.fx.categories['ENV-NOISE-BUILD'], address: '东城区东门街道建设路12号', content });
  await step('dispatcher', id, 'dispatch', { unitId: web.fx.units.ENV });
  await step('env', id, 'accept');
  await step('env', id, 'reply', { content: '已责令施工单位停止夜间施工。' });
  if (close) await step('callback', id, 'callback', { reached: true, resolved: true, satisfaction: 'satisfied' });
  return id;
}

/** Clicks the middle of the biggest filled shape of a chart (a bar). */
async function clickBiggestShape(page: Page, testId: string) {
  await page.getByTestId(testId).evaluate((el) => el.scrollIntoView({ block: 'center' }));
  const point = await page.getByTestId(testId).evaluate((el) => {
    let best: { x: number; y: number } | null = null;
    let area = 0;
    for (const p of el.querySelectorAll('svg path')) {
      const fill = p.getAttribute('fill');
      // Legend backgrounds and hit areas are invisible (black at opacity 0).
      if (!fill || fill === 'none' || fill === 'transparent' || p.getAttribute('fill-opacity') === '0' || /^(#000|rgb\(0,\s*0,\s*0\))$/.test(fill)) continue;
      const r = p.getBoundingClientRect();
      if (r.width * r.height > area) {
        area = r.width * r.height;
        best = { x: r.x + r.width / 2, y: r.y + r.height / 2 };
      }
    }
    return best;
  });
  expect(point).not.toBeNull();
  await page.mouse.click(point!.x, point!.y);
}

let replied: number;

beforeAll(async () => {
  [web, browser] = await Promise.all([webApp(), launchBrowser()]);
  await handled('工地夜间施工噪音扰民，影响休息。', true);
  replied = await handled('建设路工地凌晨还在打桩。', false);
});
afterAll(async () => {
  await browser?.close();
  await web?.close();
});

async function openDashboard() {
  const w = await watchedPage(browser, 'dashboard');
  await signIn(w, web.base, 'supervisor', '/dashboard');
  await w.page.getByTestId('unit-rates').waitFor();
  return w;
}

describe('dashboard', () => {
  it('shows the three rates per unit and charts with Chinese labels', async () => {
    const w = await openDashboard();
    const { page } = w;
    expect(await rendersChinese(page)).toBe(true);
    const env = page.locator('[data-testid="unit-rates"] tr[data-unit="测试市生态环境局"]');
    await expect.poll(() => env.locator('[data-measure="response"]').textContent()).toBe('100.0%');
    expect(await env.locator('[data-measure="resolution"]').textContent()).toBe('100.0%');
    expect(await env.locator('[data-measure="satisfaction"]').textContent()).toBe('100.0%');
    expect(await page.getByTestId('kpi-volume').textContent()).toBe('2');
    // Chart labels are SVG text: Chinese legend, axis and category names.
    await expect.poll(() => page.getByTestId('chart-trend').locator('svg').textContent()).toContain('受理量');
    expect(await page.getByTestId('chart-trend').locator('svg').textContent()).toContain('满意率');
    expect(await page.getByTestId('chart-district').locator('svg').textContent()).toContain('东城区');
    expect(await page.getByTestId('chart-units').locator('svg').textContent()).toContain('测试市生态环境局');
    expect(await page.getByTestId('chart-category').locator('svg').textContent()).toContain('环境保护');
    await w.shot('dashboard');
    expect(w.problems).toEqual([]);
    await page.context().close();
  });

  it('a click on a chart element opens /tickets with its filters', async () => {
    const w = await openDashboard();
    const { page } = w;
    const to = new URL(page.url()).searchParams.get('to');
    await page.getByTestId('chart-district').locator('svg path').first().waitFor({ state: 'attached' });
    await page.waitForTimeout(400); // the bars' grow-in animation
    await clickBiggestShape(page, 'chart-district');
    await page.waitForURL(/\/tickets\?/);
    let q = new URL(page.url()).searchParams;
    expect(q.get('district')).toBe(String(web.fx.units.DIST));
    expect(q.get('from')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(q.get('to')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    if (to) expect(q.get('to')).toBe(to);
    await w.shot('drill-district');

    await page.goBack();
    await page.getByTestId('chart-units').locator('svg path').first().waitFor({ state: 'attached' });
    await page.waitForTimeout(400); // the bars' grow-in animation
    await clickBiggestShape(page, 'chart-units');
    await page.waitForURL(/\/tickets\?/);
    q = new URL(page.url()).searchParams;
    expect(q.get('unit')).toBe(String(web.fx.units.ENV));

    await page.goBack();
    await page.getByTestId('chart-trend').locator('svg path').first().waitFor({ state: 'attached' });
    await page.waitForTimeout(400); // the bars' grow-in animation
    await clickBiggestShape(page, 'chart-trend');
    await page.waitForURL(/\/tickets\?/);
    q = new URL(page.url()).searchParams;
    expect(q.get('from')).toBe(q.get('to')); // one day of the trend
    expect([...q.keys()].sort()).toEqual(['from', 'to']);

    await page.goBack();
    await page.getByTestId('kpi-overdue').click();
    await page.waitForURL(/\/tickets\?/);
    expect(new URL(page.url()).searchParams.get('overdue')).toBe('true');
    expect(w.problems).toEqual([]);
    await page.context().close();
  });

  it('exports the measures to an XLSX file that opens', async () => {
    const w = await openDashboard();
    const { page } = w;
    await page.getByText('导出 Excel').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '指标（按单位）' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^服务质量指标_单位_\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.xlsx$/);
    const file = await download.path();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const sheet = wb.worksheets[0];
    const names: string[] = [];
    sheet.eachRow((row) => names.push(String(row.getCell(1).value)));
    expect(names[0]).toBe('名称');
    expect(names).toContain('测试市生态环境局');
    expect(w.problems).toEqual([]);
    await page.context().close();
  });

  it('opens the daily report', async () => {
    const w = await openDashboard();
    const { page } = w;
    await page.getByRole('button', { name: '民情日报' }).click();
    const frame = page.frameLocator('iframe[title="民情日报"]');
    await expect.poll(() => frame.locator('body').textContent(), { timeout: 15_000 }).toContain('日报');
    await w.shot('daily-report');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('iframe[title="民情日报"]').count()).toBe(0);
    expect(w.problems).toEqual([]);
    await page.context().close();
  });

  it('shows the new numbers after a ticket is registered and another closed through the API', async () => {
    const w = await openDashboard();
    const { page } = w;
    expect(await page.getByTestId('kpi-volume').textContent()).toBe('2');
    const satisfaction = page.getByTestId('kpi-satisfaction');
    expect(await satisfaction.getAttribute('title')).toBe('1 / 1');
    await liveOpen(page);
    await register({ categoryId: web.fx.categories['HR-WAGE-UNPAID'], content: '公司拖欠三个月工资不发。' });
    await step('callback', replied, 'callback', { reached: true, resolved: true, satisfaction: 'basically_satisfied' });
    // Live events refetch the dashboard: no reload.
    try {
      await expect.poll(() => page.getByTestId('kpi-volume').textContent(), { timeout: 90_000 }).toBe('3');
    } catch (e) {
      console.error(await liveDiagnosis(web, page));
      throw e;
    }
    await expect.poll(() => satisfaction.getAttribute('title'), { timeout: 90_000 }).toBe('2 / 2');
    const env = page.locator('[data-testid="unit-rates"] tr[data-unit="测试市生态环境局"]');
    // The ranking table is its own request (GET /rankings for the tier on show): it may land a moment after the KPIs.
    await expect.poll(() => env.locator('[data-measure="satisfaction"]').getAttribute('title'), { timeout: 90_000 }).toBe('2/2');
    // And a reload shows the same.
    await page.reload();
    await expect.poll(() => page.getByTestId('kpi-volume').textContent()).toBe('3');
    await w.shot('dashboard-after');
    expect(w.problems).toEqual([]);
    await page.context().close();
  }, 300_000); // live updates wait for the oldest transaction on the PostgreSQL server (other test files' included)

  it('ranks within the tier on show; a unit below the minimum sample is listed greyed, 样本不足, until the admin lowers the minimum', async () => {
    const w = await openDashboard();
    const { page } = w;
    const rule = page.getByTestId('ranking-rule');
    await expect.poll(() => rule.textContent()).toContain('少于 10 件');
    expect(await rule.textContent()).toContain('委办局');
    // ENV has 2 tickets in the period, HR none: both listed, neither ranked.
    const env = page.locator('[data-testid="unit-rates"] tr[data-unit="测试市生态环境局"]');
    const hr = page.locator('[data-testid="unit-rates"] tr[data-unit="测试市人社局"]');
    expect(await env.getAttribute('data-ranked')).toBe('false');
    expect(await env.getAttribute('class')).toContain('dash-unranked');
    expect(await env.getByTestId('rank').textContent()).toBe('样本不足');
    expect(await hr.getByTestId('rank').textContent()).toBe('样本不足');
    // Greyed: its volume cell has the muted colour (compared below with the same cell once ranked).
    const volumeColour = () => env.locator('td').nth(2).evaluate((el) => getComputedStyle(el).color);
    const greyed = await volumeColour();
    await w.shot('rankings-unranked');

    // One tier at a time: the 街道 tab lists streets only.
    await page.getByRole('tab', { name: '街道' }).click();
    await expect.poll(() => rule.textContent()).toContain('街道');
    await expect.poll(() => page.locator('[data-testid="unit-rates"] tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-unit')))).toEqual(['东门街道', '西门街道']);

    // The admin lowers the minimum to 2: ENV (2 tickets) is ranked first.
    expect((await web.call('admin', 'PUT', '/api/v1/settings/policy', { minRankingSample: 2 })).status).toBe(200);
    try {
      await page.reload();
      await expect.poll(() => rule.textContent()).toContain('少于 2 件');
      await expect.poll(() => env.getAttribute('data-ranked')).toBe('true');
      expect(await env.getByTestId('rank').textContent()).toBe('1');
      expect(await volumeColour()).not.toBe(greyed);
      expect(await hr.getByTestId('rank').textContent()).toBe('样本不足');
      await w.shot('rankings-ranked');
    } finally {
      expect((await web.call('admin', 'PUT', '/api/v1/settings/policy', { minRankingSample: 10 })).status).toBe(200);
    }
    expect(w.problems).toEqual([]);
    await page.context().close();
  });
});
