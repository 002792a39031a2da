// The ticket page in a real browser: the timeline (who, what, when — in Asia/Shanghai time even
// on a PC set to another zone), live updates when another signed-in user acts, the caller masked
// until an explicit, logged reveal, "not found or no access" for another unit's ticket, the
// supervisor's 督办 and sending a poor reply back, and ticket search.

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, signIn, watchedPage, webApp, type WatchedPage, type WebApp, pressStep, liveOpen } from './browser.js';


/** A slow shared machine: give the browser time (expect.poll waits only 1 s by default). */
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 15_000, interval: 100 });
let web: WebApp;
let browser: Browser;
let noise: { id: number; number: string };
let wages: { id: number; number: string };

beforeAll(async () => {
  [web, browser] = await Promise.all([webApp(), launchBrowser()]);
  const reg = async (when: string, content: string) => {
    const r = await web.at(when, () =>
      web.call('agent', 'POST', '/api/v1/tickets', { channel: 'phone', type: 'complaint', content, caller: { name: '张三', phone: '13812345678' }, address: '东城区东门街道建设路12号' }),
    );
    return r.body as { id: number; number: string };
  };
  // Registered 09:15 and dispatched 09:20 Shanghai time (01:15 and 01:20 UTC).
  noise = await reg('2026-03-02 09:15', '建设路工地夜间施工噪音扰民，凌晨两点还在打桩，电话13812345678');
  await web.stepAt('2026-03-02 09:20', 'dispatcher', noise.id, 'dispatch', { unitId: web.fx.units.ENV, note: '请尽快核查' });
  wages = await reg('2026-03-02 09:30', '公司拖欠三个月工资不发');
  await web.stepAt('2026-03-02 09:35', 'dispatcher', wages.id, 'dispatch', { unitId: web.fx.units.HR });
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await web?.close();
});

/** Signs in and waits for the landing screen, so that going elsewhere cuts no screen half-loaded. */
async function signedIn(w: WatchedPage, user: string, landing: string) {
  await signIn(w, web.base, user, landing);
  await w.page.locator('main.content h1').first().waitFor({ timeout: 30_000 });
}

/** Goes to a screen inside the app, as a link does (a full page load would cut the landing screen's requests). */
async function open(w: WatchedPage, path: string) {
  await w.page.evaluate((p) => {
    history.pushState({}, '', p);
    dispatchEvent(new PopStateEvent('popstate'));
  }, path);
}

/** Waits for a step button, and for the screen's effects (its keys) to be in place after it rendered. */
async function stepReady(w: WatchedPage, step: string) {
  await w.page.locator(`button[data-step="${step}"]`).waitFor();
  await w.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
}

/** Presses a step's key until its dialog is open (a key pressed while a busy machine is still rendering may land before the screen listens). */
async function keyOpens(w: WatchedPage, key: string) {
  const dialog = w.page.getByRole('dialog');
  await poll(async () => {
    if (!(await dialog.count())) await w.page.locator('body').press(key);
    return dialog.count();
  }).toBe(1);
  return dialog;
}

/** A watched page whose PC clock is in another time zone than the hotline's. */
async function pageInZone(timezoneId: string): Promise<WatchedPage> {
  const w = await watchedPage(browser, 'ticket-page');
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', timezoneId });
  await w.page.context().close();
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('requestfailed', (r) => !r.url().includes('/api/v1/events') && problems.push(`requestfailed: ${r.url()}`));
  return { page, problems, shot: async (name) => void (await page.screenshot({ path: `test-artifacts/ticket-page/${name}.png`, fullPage: true })) };
}

describe('the ticket page', () => {
  it('shows the timeline with who, what and when in Asia/Shanghai time, and updates live when someone else acts', async () => {
    const a = await pageInZone('America/New_York');
    await signedIn(a, 'dispatcher', '/dispatch');
    await open(a, `/tickets/${noise.id}`);
    const timeline = a.page.getByTestId('timeline');
    await poll(() => timeline.locator('li').count()).toBe(2);
    const first = timeline.locator('li').nth(0);
    expect(await first.locator('.when').textContent()).toBe('2026-03-02 09:15');
    expect(await first.textContent()).toContain('agent');
    expect(await first.textContent()).toContain('受理登记');
    const second = timeline.locator('li').nth(1);
    expect(await second.locator('.when').textContent()).toBe('2026-03-02 09:20');
    expect(await second.textContent()).toMatch(/dispatcher.*派单员.*派单.*主办：测试市生态环境局/);
    expect(await second.textContent()).toContain('请尽快核查');
    // The ticket page's request text is masked like everything else.
    expect(await a.page.getByTestId('ticket-content').textContent()).not.toContain('13812345678');
    await a.shot('timeline');

    // Another user, in another browser, accepts the ticket on the same page.
    const b = await watchedPage(browser, 'ticket-page');
    await signedIn(b, 'env', '/inbox');
    await open(b, `/tickets/${noise.id}`);
    await stepReady(b, 'accept');
    await liveOpen(a.page);
    await a.page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
    await pressStep(b, 'a', noise.id, 'accept');
    await poll(async () => (await web.call('admin', 'GET', `/api/v1/tickets/${noise.id}`)).body.status).toBe('handling');
    // The first page sees it without reloading.
    await poll(() => timeline.locator('li').count()).toBe(3);
    expect(await timeline.locator('li').nth(2).textContent()).toMatch(/env.*签收/);
    expect(await a.page.getByTestId('live-note').textContent()).toContain('签收');
    expect(await a.page.evaluate(() => (window as unknown as { marker: number }).marker)).toBe(42);
    // And then through the API: a supervision notice.
    const res = await web.call('supervisor', 'POST', `/api/v1/tickets/${noise.id}/supervise`, { type: 'urge', content: '群众反映强烈，请加快办理' });
    expect(res.status).toBe(200);
    await poll(() => timeline.locator('li').count()).toBe(4);
    expect(await timeline.locator('li').nth(3).textContent()).toMatch(/supervisor.*督办.*催办/);
    await a.shot('live-update');
    expect(a.problems).toEqual([]);
    expect(b.problems).toEqual([]);
    await a.page.context().close();
    await b.page.context().close();
  });

  it('the agent adds what a caller tells about their open request with i; the timeline shows it as the citizen’s', async () => {
    const w = await watchedPage(browser, 'ticket-page');
    await signedIn(w, 'agent', '/intake');
    await open(w, `/tickets/${wages.id}`);
    await stepReady(w, 'note');
    const dialog = await keyOpens(w, 'i');
    expect(await dialog.getByTestId('from-citizen').isChecked()).toBe(true);
    await dialog.locator('textarea').fill('来电补充：公司已经搬走，老板电话打不通');
    await dialog.locator('textarea').press('Control+Enter');
    const timeline = w.page.getByTestId('timeline');
    await poll(() => timeline.locator('li').last().textContent()).toMatch(/agent.*补充说明.*群众补充诉求.*公司已经搬走/);
    const events = (await web.call('admin', 'GET', `/api/v1/tickets/${wages.id}`)).body.events;
    expect(events.at(-1)).toMatchObject({ type: 'noted', payload: { fromCitizen: true, content: '来电补充：公司已经搬走，老板电话打不通' } });
    await w.shot('citizen-note');
    expect(w.problems).toEqual([]);
    await w.page.context().close();
  });

  it('masks the caller until the explicit reveal click, which is in the audit log', async () => {
    const w = await watchedPage(browser, 'ticket-page');
    await signedIn(w, 'env', '/inbox');
    await open(w, `/tickets/${noise.id}`);
    const phone = w.page.getByTestId('caller-phone');
    await poll(() => phone.textContent()).toBe('138****5678');
    expect(await w.page.getByTestId('caller-name').textContent()).toBe('张*');
    expect(await w.page.content()).not.toContain('13812345678');
    const before = await web.database.db.selectFrom('audit_log').selectAll().where('ticket_id', '=', noise.id).execute();
    expect(before).toEqual([]);
    await w.page.getByRole('button', { name: '查看完整信息' }).click();
    await poll(() => phone.textContent()).toBe('13812345678');
    expect(await w.page.getByTestId('caller-name').textContent()).toBe('张三');
    const logged = await web.database.db.selectFrom('audit_log as a').innerJoin('users as u', 'u.id', 'a.user_id').select(['a.action', 'u.username']).where('a.ticket_id', '=', noise.id).execute();
    expect(logged).toEqual([{ action: 'reveal_caller', username: 'env' }]);
    await w.shot('revealed');
    expect(w.problems).toEqual([]);
    await w.page.context().close();
  });

  it("a unit handler opening another unit's ticket by URL sees that it is not found or not theirs, and nothing of it", async () => {
    const w = await watchedPage(browser, 'ticket-page');
    await signedIn(w, 'env', '/inbox');
    const answers: number[] = [];
    w.page.on('response', (r) => r.url().endsWith(`/api/v1/tickets/${wages.id}`) && answers.push(r.status()));
    // Typed into the address bar: a full page load (once the inbox has loaded).
    await w.page.locator('table.queue, .queue-page .empty').first().waitFor();
    await w.page.goto(`${web.base}/tickets/${wages.id}`);
    await w.page.getByTestId('not-found').waitFor();
    expect(await w.page.getByTestId('not-found').textContent()).toContain('工单不存在或无权查看');
    expect(answers.length).toBeGreaterThan(0);
    expect(answers.every((s) => s === 404)).toBe(true);
    const html = await w.page.content();
    for (const leak of [wages.number, '拖欠', '张', '138****5678', '测试市人社局']) expect(html, leak).not.toContain(leak);
    await w.shot('not-found');
    // The 404 is the expected answer, logged by the browser as a failed resource.
    expect(w.problems.filter((p) => !p.includes('404'))).toEqual([]);
    await w.page.context().close();
  });

  it('the handler answers the supervision and replies; the supervisor sends a poor reply back', async () => {
    const h = await watchedPage(browser, 'ticket-page');
    await signedIn(h, 'env', '/inbox');
    await open(h, `/tickets/${noise.id}`);
    await stepReady(h, 'supervision-reply');
    const dialog = await keyOpens(h, 'h');
    await dialog.locator('textarea').fill('已安排执法人员今晚现场检查');
    await dialog.locator('textarea').press('Control+Enter');
    await poll(async () => (await web.call('admin', 'GET', `/api/v1/tickets/${noise.id}`)).body.supervision).toBeNull();
    await poll(() => dialog.count()).toBe(0);
    await stepReady(h, 'reply');
    await keyOpens(h, 'r');
    await dialog.getByTestId('reply-content').fill('已处理。');
    await poll(() => dialog.getByTestId('reply-quality').locator('.score').getAttribute('data-grade')).toBe('poor');
    await h.shot('poor-reply-score');
    await dialog.getByRole('button', { name: '发送答复' }).click();
    await poll(async () => (await web.call('admin', 'GET', `/api/v1/tickets/${noise.id}`)).body.status).toBe('replied');
    expect(h.problems).toEqual([]);
    await h.page.context().close();

    const s = await watchedPage(browser, 'ticket-page');
    await signedIn(s, 'supervisor', '/dashboard');
    await open(s, `/tickets/${noise.id}`);
    await poll(() => s.page.getByTestId('reply-quality').locator('.score').getAttribute('data-grade')).toBe('poor');
    await s.page.locator('button[data-step="send-back"]').click();
    const d = s.page.getByRole('dialog');
    expect(await d.locator('textarea').inputValue()).toMatch(/^答复质量差，退回重办：/);
    await s.shot('send-back');
    await d.getByRole('button', { name: '重办' }).click();
    await poll(async () => (await web.call('admin', 'GET', `/api/v1/tickets/${noise.id}`)).body.status).toBe('handling');
    await poll(() => s.page.getByTestId('timeline').locator('li').last().textContent()).toContain('重办');
    expect(s.problems).toEqual([]);
    await s.page.context().close();
  });

  it('an overdue deadline shows one badge, not its warning beside it (never 即将到期 and 已超过 at once)', async () => {
    // The timers pass on 2026-03-20: the wages ticket, dispatched 03-02 and never accepted, is past
    // both its accept and its handling limits, so all four alerts have been raised on it.
    const { runJobsOnce } = await import('../../src/jobs/scheduler.js');
    await runJobsOnce({ db: web.ctx.db, ref: web.ctx.ref, now: () => new Date('2026-03-20T10:00:00+08:00') });
    const raised = (await web.call('admin', 'GET', `/api/v1/tickets/${wages.id}`)).body.alerts;
    expect([...raised].sort()).toEqual(['accept_overdue', 'accept_warning', 'handle_overdue', 'handle_warning']);
    const s = await watchedPage(browser, 'ticket-page');
    await signedIn(s, 'supervisor', '/dashboard');
    await open(s, `/tickets/${wages.id}`);
    await poll(() => s.page.getByTestId('alert-badge').allTextContents()).toEqual(['已超过签收时限', '已超过办理时限']);
    await s.shot('overdue-badges');
    expect(s.problems).toEqual([]);
    await s.page.context().close();
  });

  it('ticket search: / focuses the box, hits are marked, Enter opens a result', async () => {
    const w = await watchedPage(browser, 'ticket-page');
    await signedIn(w, 'dispatcher', '/dispatch');
    await w.page.locator('body').press('/');
    await w.page.waitForURL(/\/tickets/);
    const box = w.page.getByRole('searchbox');
    await poll(() => w.page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');
    await box.fill('施工噪音');
    await box.press('Enter');
    await poll(() => w.page.locator('table.tickets tbody tr').count()).toBe(1);
    expect(await w.page.locator('table.tickets mark').count()).toBeGreaterThan(0);
    expect(new URL(w.page.url()).searchParams.get('q')).toBe('施工噪音');
    await w.shot('search');
    await w.page.locator('table.tickets').focus();
    await w.page.keyboard.press('Enter');
    await w.page.waitForURL(`${web.base}/tickets/${noise.id}`);
    await w.page.getByTestId('timeline').waitFor();
    expect(w.problems).toEqual([]);
    await w.page.context().close();
  });
});
