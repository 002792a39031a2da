// Sub-centres in the browser (分中心, issue 15 item 2): a 12315 ticket belongs to 市场监管局's
// sub-centre; the root centre's dispatcher opens it, sees 移交中心 among the steps, presses y,
// picks the root centre and gives a reason; the ticket is the root's, back in its dispatch
// queue. An admin sees the line's mode on the lines page and the 中心 badge on the units page.
// Screenshots in test-artifacts/centres/.

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../src/store/users.js';
import { PASSWORD } from '../helpers.js';
import { launchBrowser, signIn, watchedPage, webApp, type WebApp } from './browser.js';

let web: WebApp;
let browser: Browser;
let samr: number;

const poll = <T,>(fn: () => Promise<T>) => expect.poll(fn, { timeout: 20_000 });

beforeAll(async () => {
  [web, browser] = await Promise.all([webApp(), launchBrowser()]);
  const db = web.database.db;
  samr = (await db.insertInto('units').values({ code: 'SAMR', name: '测试市市场监管局', kind: 'department', parent_id: web.fx.units.CENTER, is_centre: true }).returning('id').executeTakeFirstOrThrow()).id;
  await db.insertInto('units').values({ code: 'SAMR-E', name: '市场监管局东城分局', kind: 'department', parent_id: samr }).execute();
  await db.insertInto('lines').values({ number: '12315', name: '消费者投诉举报热线', category_id: null, unit_id: samr, mode: 'sub_centre' }).execute();
  web.ctx.ref.invalidate();
  await createUser(db, { username: 'samr_dispatcher', password: PASSWORD, role: 'dispatcher', unitId: samr });
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await web?.close();
});

describe('sub-centres in the console', () => {
  it('the root centre takes a 12315 ticket back from the sub-centre, by keyboard', { timeout: 180_000 }, async () => {
    const reg = await web.call('agent', 'POST', '/api/v1/tickets', { channel: 'phone', type: 'complaint', content: '超市销售过期食品，要求查处。', line: '12315' });
    expect(reg.status).toBe(201);
    const id: number = reg.body.id;
    expect(reg.body.centreId).toBe(samr);

    // The sub-centre's dispatcher has it in the dispatch queue.
    const sub = await watchedPage(browser, 'centres');
    await signIn(sub, web.base, 'samr_dispatcher', '/dispatch');
    await sub.page.locator(`table.queue tr[data-id="${id}"]`).click();
    await poll(() => sub.page.getByTestId('summary-centre').textContent()).toBe('测试市市场监管局');
    await sub.shot('01-sub-centre-queue');
    expect(sub.problems).toEqual([]);
    await sub.page.context().close();

    const root = await watchedPage(browser, 'centres');
    await signIn(root, web.base, 'dispatcher', '/dispatch');
    await root.page.goto(`${web.base}/tickets/${id}`);
    const move = root.page.locator('.action-bar button[data-step="move"]');
    await move.waitFor();
    await root.page.locator('body').press('y');
    const dialog = root.page.getByRole('dialog');
    const options = dialog.getByTestId('move-centre').locator('option');
    await poll(() => options.count()).toBeGreaterThan(1);
    const names = (await options.allTextContents()).map((s) => s.trim());
    expect(names).toContain('测试市热线中心');
    expect(names).not.toContain('测试市市场监管局'); // its own centre
    await dialog.getByTestId('move-centre').selectOption(String(web.fx.units.CENTER));
    await dialog.getByRole('textbox').fill('涉及多部门，由市中心统一派单');
    await root.shot('02-move');
    await dialog.getByRole('textbox').press('Control+Enter');
    await poll(async () => (await web.call('admin', 'GET', `/api/v1/tickets/${id}`)).body.centreId).toBe(web.fx.units.CENTER);
    expect((await web.call('admin', 'GET', `/api/v1/tickets/${id}`)).body.events.at(-1)).toMatchObject({ type: 'moved', payload: { fromCentreId: samr } });
    expect(root.problems).toEqual([]);
    await root.page.context().close();
  });
});
