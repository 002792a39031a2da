// The intake screen as an agent lives in it all day (issue 19): 新来电 (Alt+N) leaves nothing of
// the last caller in the form — above all not their category, or the next call is misfiled; the
// Alt+N hint on the blue button can be read; the title the ticket will get is shown before it is
// registered; the place is chosen down to 街道/社区; Alt+K says when no article matches; `?`
// lists this screen's own keys.

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerHistory, trainActiveModel } from '../smart-fixture.js';
import { launchBrowser, signIn, watchedPage, webApp, type WebApp } from './browser.js';

const poll = <T>(fn: () => T | Promise<T>, timeout = 15_000) => expect.poll(fn, { timeout, interval: 100 });
let web: WebApp;
let browser: Browser;

beforeAll(async () => {
  [web, browser] = await Promise.all([webApp(), launchBrowser()]);
  await registerHistory(web);
  await trainActiveModel(web);
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await web?.close();
});

/** Relative luminance contrast of two CSS rgb() colours (WCAG 2). */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = c.match(/\d+(\.\d+)?/g)!.slice(0, 3).map(Number).map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe('intake, call after call', () => {
  it('新来电 clears the last caller’s category with the rest, and it stays clear while their suggestion settles', async () => {
    const w = await watchedPage(browser, 'intake-console');
    await signIn(w, web.base, 'agent', '/intake');
    const page = w.page;
    const category = page.getByLabel('诉求分类');
    await page.getByLabel('来电号码').fill('13700001111');
    await page.getByLabel('诉求内容').fill('我家楼下的工地每天夜里施工到凌晨两点，噪音太大，孩子睡不着');
    // The suggestion files this caller's request under 施工噪声.
    await poll(() => category.inputValue(), 60_000).toBe(String(web.fx.categories['ENV-NOISE-BUILD']));
    await w.shot('first-caller');
    // The next call: Alt+N before registering anything.
    await page.keyboard.press('Alt+N');
    await poll(() => page.getByLabel('诉求内容').inputValue()).toBe('');
    expect(await page.getByLabel('来电号码').inputValue()).toBe('');
    expect(await category.inputValue()).toBe('');
    // Past the time the last request's suggestion takes to settle and arrive: still empty.
    await page.waitForTimeout(1_500);
    expect(await category.inputValue()).toBe('');
    // Registered with nothing chosen, the new call has no category.
    await page.getByLabel('来电号码').fill('13700002222');
    await page.getByLabel('诉求内容').fill('请问');
    await page.keyboard.press('Control+Enter');
    const number = (await page.getByTestId('ticket-number').textContent())!.trim();
    const row = await web.database.db.selectFrom('tickets').select(['category_id', 'caller_phone']).where('number', '=', number).executeTakeFirstOrThrow();
    expect(row).toEqual({ category_id: null, caller_phone: '13700002222' });

    // On the done screen the Alt+N on the blue button reads (WCAG AA: 4.5:1 at least).
    const kbd = page.getByRole('button', { name: /新来电/ }).locator('kbd');
    const [fg, bg] = await kbd.evaluate((el) => [getComputedStyle(el).color, getComputedStyle(el).backgroundColor]);
    expect(contrast(fg, bg)).toBeGreaterThanOrEqual(4.5);
    await w.shot('done');
    await page.keyboard.press('Alt+N');
    await poll(() => category.inputValue()).toBe('');
    expect(w.problems).toEqual([]);
    await page.context().close();
  }, 180_000);

  it('shows the title a request will get, and registers the street chosen below the district at the head of the address', async () => {
    const w = await watchedPage(browser, 'intake-console');
    await signIn(w, web.base, 'agent', '/intake');
    const page = w.page;
    await page.getByLabel('诉求内容').fill('您好，我想反映一个问题，建设路工地夜间施工噪音扰民。凌晨两点还在打桩');
    // Not the greeting: the matter, as the title will be.
    await poll(() => page.locator('input[name="title"]').getAttribute('placeholder')).toBe('建设路工地夜间施工噪音扰民');
    // Streets are offered once a district is chosen, only that district's.
    const street = page.getByLabel('街道/乡镇');
    expect(await street.isDisabled()).toBe(true);
    await page.getByLabel('区县').selectOption({ label: '东城区' });
    expect((await street.locator('option').allTextContents()).slice(1)).toEqual(['东门街道', '西门街道']);
    await street.selectOption({ label: '东门街道' });
    await page.getByLabel('地址').fill('建设路12号');
    await page.keyboard.press('Control+Enter');
    const number = (await page.getByTestId('ticket-number').textContent())!.trim();
    const row = await web.database.db.selectFrom('tickets').select(['title', 'address', 'district_id']).where('number', '=', number).executeTakeFirstOrThrow();
    expect(row).toEqual({ title: '建设路工地夜间施工噪音扰民', address: '东门街道建设路12号', district_id: web.fx.units.DIST });
    expect(w.problems).toEqual([]);
    await page.context().close();
  });

  it('Alt+K says so when no article matches, and ? lists this screen’s keys with the global ones', async () => {
    const w = await watchedPage(browser, 'intake-console');
    await signIn(w, web.base, 'agent', '/intake');
    const page = w.page;
    // The screen is ready when the number field has the focus (it takes it on mount).
    await poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('phone');
    await page.keyboard.press('Alt+K');
    await poll(() => page.getByTestId('kb-note').textContent()).toBe('先输入诉求内容，再查知识库（Alt+K）');
    await page.getByLabel('诉求内容').fill('小区里的流浪猫越来越多，晚上叫个不停');
    await poll(() => page.getByText('没有匹配的知识条目').count()).toBe(1);
    await page.keyboard.press('Alt+K');
    await poll(() => page.getByTestId('kb-note').textContent()).toBe('知识库中没有与此诉求匹配的文章');
    await w.shot('kb-none');
    // `?` (outside a field): this screen's keys, as its hint line names them.
    await page.locator('h1').first().click();
    await page.keyboard.press('Shift+?');
    const keys = page.getByTestId('screen-keys');
    await keys.waitFor();
    const listed = (await keys.locator('li').allTextContents()).map((s) => s.replace(/\s+/g, ' ').trim());
    expect(listed).toEqual(
      expect.arrayContaining(['Alt+P 来电号码', 'Alt+C 诉求内容', 'Alt+S 采用智能建议', 'Alt+K 知识库', 'Ctrl+Enter 登记工单', 'Alt+N 新来电（清空表单）']),
    );
    await w.shot('help');
    expect(w.problems).toEqual([]);
    await page.context().close();
  });
});
