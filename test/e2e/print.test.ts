// Printable documents in a real browser: the 交办单 a unit files, the 督办单/催办单 a supervisor
// sends and the ticket's full record (工单打印), laid out as a government document — the centre's
// name as the red issuer, a document number leading back to the ticket, the caller's number
// masked as on screen — reached from the ticket page's print links and printable by P.

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, signIn, watchedPage, webApp, type WebApp } from './browser.js';

const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 15_000, interval: 100 });
let web: WebApp;
let browser: Browser;
let ticket: { id: number; number: string };

beforeAll(async () => {
  [web, browser] = await Promise.all([webApp(), launchBrowser()]);
  const r = await web.at('2026-03-02 09:15', () =>
    web.call('agent', 'POST', '/api/v1/tickets', {
      channel: 'phone',
      type: 'complaint',
      title: '建设路工地夜间施工噪音扰民',
      content: '建设路工地夜间施工噪音扰民，凌晨两点还在打桩',
      caller: { name: '张三', phone: '13812345678' },
      address: '东城区东门街道建设路12号',
    }),
  );
  ticket = r.body as { id: number; number: string };
  await web.stepAt('2026-03-02 09:20', 'dispatcher', ticket.id, 'dispatch', { unitId: web.fx.units.ENV, note: '请现场核查施工许可' });
  await web.stepAt('2026-03-02 10:00', 'env', ticket.id, 'accept', {});
  const sup = await web.at('2026-03-03 09:00', () =>
    web.call('supervisor', 'POST', `/api/v1/tickets/${ticket.id}/supervise`, { type: 'urge', content: '群众反映强烈，请加快办理' }),
  );
  expect(sup.status).toBe(200);
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await web?.close();
});

describe('printable documents', () => {
  it('the ticket page links the 交办单, 催办单 and the record; each is a government document with the ticket’s facts, the caller masked', async () => {
    const w = await watchedPage(browser, 'print');
    await signIn(w, web.base, 'supervisor', '/dashboard');
    await w.page.goto(`${web.base}/tickets/${ticket.id}`);
    const links = w.page.getByTestId('print-links');
    await links.waitFor();
    expect((await links.locator('a').allTextContents()).map((s) => s.trim())).toEqual(['交办单', '督办单', '工单']);

    // 交办单: reached by the link, addressed to the unit, with the dispatcher's instructions.
    await links.locator('a[data-doc="assign"]').click();
    const pageEl = w.page.getByTestId('print-page');
    await poll(() => pageEl.getAttribute('data-doc')).toBe('assign');
    expect(await w.page.getByTestId('print-title').textContent()).toBe('工单交办单');
    // The number: 热线交〔year〕the ticket number's serial号, from the ticket's own number.
    const serial = ticket.number.slice(-6);
    expect(await w.page.getByTestId('print-number').textContent()).toBe(`热线交〔${ticket.number.slice(0, 4)}〕${serial}号`);
    const issuer = w.page.getByTestId('print-issuer');
    expect((await issuer.textContent())?.trim()).toBeTruthy();
    // Red, as the issuer of a government document is printed (GB/T 9704).
    expect(await issuer.evaluate((el) => getComputedStyle(el).color)).toBe('rgb(212, 0, 0)');
    const body = (await pageEl.textContent()) ?? '';
    expect(body).toContain('请现场核查施工许可');
    expect(body).toContain('建设路工地夜间施工噪音扰民，凌晨两点还在打桩');
    expect(body).toContain('2026-03-02 09:15'); // registered, Shanghai time
    expect(body).not.toContain('13812345678');
    expect(body).toMatch(/138\*{4}5678/);
    expect(await w.page.title()).toBe(`工单交办单 ${ticket.number}`);
    await w.shot('assign');

    // 督办单: an urge prints as 催办单 with the supervisor's words.
    await w.page.goto(`${web.base}/tickets/${ticket.id}/print/supervise`);
    await poll(() => w.page.getByTestId('print-title').textContent()).toBe('催办单');
    expect(await w.page.getByTestId('print-number').textContent()).toBe(`热线督〔${ticket.number.slice(0, 4)}〕${serial}号`);
    expect(await w.page.getByTestId('print-supervision').textContent()).toBe('群众反映强烈，请加快办理');
    await w.shot('supervise');

    // The record: every timeline entry, in order, Shanghai time.
    await w.page.goto(`${web.base}/tickets/${ticket.id}/print/record`);
    await poll(() => w.page.getByTestId('print-title').textContent()).toBe('工单处理记录');
    const rows = w.page.getByTestId('print-timeline').locator('tbody tr');
    const events = (await web.call('admin', 'GET', `/api/v1/tickets/${ticket.id}`)).body.events as { type: string }[];
    expect(await rows.count()).toBe(events.length);
    expect(await rows.nth(0).textContent()).toMatch(/2026-03-02 09:15.*受理/);
    expect(await rows.nth(1).textContent()).toMatch(/2026-03-02 09:20.*派单.*请现场核查施工许可/);
    expect(await rows.nth(2).textContent()).toMatch(/2026-03-02 10:00.*签收/);
    expect(await rows.nth(3).textContent()).toMatch(/2026-03-03 09:00.*督办.*群众反映强烈/);
    await w.shot('record');

    // Printed as A4 without the toolbar: the PDF Chromium makes of it has no 打印 button text.
    await w.page.emulateMedia({ media: 'print' });
    expect(await w.page.getByTestId('print-button').isVisible()).toBe(false);
    await w.page.emulateMedia({ media: 'screen' });

    // Esc goes back to where the user came from.
    await w.page.goto(`${web.base}/tickets/${ticket.id}`);
    await links.waitFor();
    await links.locator('a[data-doc="record"]').click();
    await poll(() => pageEl.getAttribute('data-doc')).toBe('record');
    await w.page.getByTestId('print-title').waitFor();
    await w.page.locator('body').press('Escape');
    await poll(() => new URL(w.page.url()).pathname).toBe(`/tickets/${ticket.id}`);
    expect(w.problems).toEqual([]);
    await w.page.context().close();
  });

  it('a unit sees no print of another unit’s ticket', async () => {
    const w = await watchedPage(browser, 'print');
    await signIn(w, web.base, 'hr', '/inbox');
    await w.page.goto(`${web.base}/tickets/${ticket.id}/print/assign`);
    await w.page.getByRole('alert').first().waitFor();
    expect(await w.page.getByTestId('print-page').count()).toBe(0);
    expect((await w.page.textContent('body')) ?? '').not.toContain('建设路工地');
    await w.page.context().close();
  });
});
