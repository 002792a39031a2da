// A unit's handler in Chromium (issue 19): replies with a site photo chosen by keyboard and the
// file chooser; the ticket page lists it under the reply; another unit gets 404 on the file.
// Then gives another ticket to a colleague (承办人), whose inbox 我的 tab shows it.

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../src/store/users.js';
import { PASSWORD } from '../helpers.js';
import { launchBrowser, signIn, watchedPage, webApp, type WebApp, chooserByKeyboard } from './browser.js';

let web: WebApp;
let browser: Browser;
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01', 'latin1')]);

beforeAll(async () => {
  [web, browser] = await Promise.all([webApp(), launchBrowser()]);
  await createUser(web.database.db, { username: 'env2', password: PASSWORD, role: 'unit_handler', unitId: web.fx.units.ENV, displayName: '李娜' });
});
afterAll(async () => {
  await browser?.close();
  await web?.close();
});

async function acceptedByEnv(content: string): Promise<number> {
  const created = await web.call('agent', 'POST', '/api/v1/tickets', { channel: 'phone', type: 'complaint', content, caller: { name: '张三', phone: '13812345678' } });
  const id = created.body.id as number;
  expect((await web.call('dispatcher', 'POST', `/api/v1/tickets/${id}/dispatch`, { unitId: web.fx.units.ENV })).status).toBe(200);
  expect((await web.call('env', 'POST', `/api/v1/tickets/${id}/accept`)).status).toBe(200);
  return id;
}

describe('unit steps with files, and 承办人', () => {
  it('replies with a photo by keyboard and the file chooser; the ticket page lists it; another unit gets 404', async () => {
    const id = await acceptedByEnv('建设路工地夜间施工噪音扰民，凌晨两点还在打桩。');
    const w = await watchedPage(browser, 'unit-attachments');
    const { page } = w;
    await signIn(w, web.base, 'env', '/inbox');
    await page.goto(`${web.base}/tickets/${id}`);
    await page.getByTestId('timeline').waitFor();
    await page.keyboard.press('r'); // 答复
    const form = page.locator('form[data-step="reply"]');
    await form.getByTestId('reply-content').focus();
    await page.keyboard.type('经现场核查，该工地未办理夜间施工许可，已责令停止夜间施工并立案处罚。');
    // Tab on to the file chooser and open it with the keyboard.
    const input = form.getByTestId('step-file-input');
    const chooser = await chooserByKeyboard(page, input);
    await chooser.setFiles({ name: '现场照片.png', mimeType: 'image/png', buffer: PNG });
    await expect.poll(() => form.locator('.file-list li').count()).toBe(1);
    // The draft is scored after a pause in typing; once the score of this text is on screen the
    // button reads 发送答复 and Ctrl+Enter sends. (Pressing Ctrl+Enter before that would score
    // first — but whether the pause's check has already run by now depends on the machine's load.)
    await expect.poll(() => form.getByRole('button', { name: '发送答复' }).count(), { timeout: 15_000 }).toBe(1);
    await form.getByTestId('reply-content').focus();
    await page.keyboard.press('Control+Enter');
    const entry = page.locator('[data-testid="timeline"] li[data-type="replied"]');
    await expect.poll(() => entry.getByTestId('step-file').count(), { timeout: 15_000 }).toBe(1);
    expect(await entry.getByTestId('step-file').textContent()).toContain('现场照片.png');
    await w.shot('reply-with-photo');
    expect(w.problems).toEqual([]);

    const files = (await web.call('env', 'GET', `/api/v1/tickets/${id}/step-attachments`)).body.items;
    expect(files.map((f: { filename: string; size: number }) => [f.filename, f.size])).toEqual([['现场照片.png', PNG.length]]);
    expect((await web.call('hr', 'GET', files[0].url)).status).toBe(404);
  });

  it('gives a ticket to a colleague; the colleague’s inbox 我的 tab shows it', async () => {
    const id = await acceptedByEnv('西门街道餐馆油烟直排，影响居民生活。');
    const w = await watchedPage(browser, 'unit-assign');
    const { page } = w;
    await signIn(w, web.base, 'env', '/inbox');
    await page.goto(`${web.base}/tickets/${id}`);
    await page.getByTestId('timeline').waitFor();
    await page.keyboard.press('z'); // 指定承办人
    const form = page.locator('form[data-step="assign"]');
    await expect.poll(() => form.getByTestId('assignee').locator('option', { hasText: '李娜' }).count()).toBe(1);
    await form.getByTestId('assignee').selectOption({ label: '李娜' });
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => page.locator('[data-testid="timeline"] li[data-type="assigned"]').count()).toBe(1);

    const w2 = await watchedPage(browser, 'unit-assign-colleague');
    await signIn(w2, web.base, 'env2', '/inbox');
    await w2.page.getByRole('tab', { name: /我的/ }).click();
    const row = w2.page.locator('tr', { hasText: '油烟' });
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.getByTestId('assignee-badge').textContent()).toContain('李娜');
    await w2.shot('mine-tab');
    expect([...w.problems, ...w2.problems]).toEqual([]);
  });
});
