// The agent's intake screen in a real browser: the caller's history from the number, articles,
// similar tickets and the suggested category while typing, registering by keyboard, and
// answering directly from an article.

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../src/store/apikeys.js';
import { registerHistory, trainActiveModel } from '../smart-fixture.js';
import { launchBrowser, signIn, watchedPage, webApp, type WebApp } from './browser.js';

let web: WebApp;
let browser: Browser;
let earlier: { id: number; number: string };
let articleId: number;

const PHONE = '13912345678';

beforeAll(async () => {
  [web, browser] = await Promise.all([webApp(), launchBrowser()]);
  const fx = web.fx;
  // The deployment's own closed tickets teach the classifier.
  await registerHistory(web);
  await trainActiveModel(web);
  // The same caller rang before about something else, still open.
  const res = await web.call('agent', 'POST', '/api/v1/tickets', {
    channel: 'phone', type: 'help', content: '小区门口的路灯坏了一个星期，晚上很黑', caller: { phone: PHONE }, categoryId: fx.categories.ENV,
  });
  earlier = res.body;
  const a = await web.call('admin', 'POST', '/api/v1/kb/articles', {
    title: '拖欠工资怎么投诉', body: '劳动者被拖欠工资，可向用人单位所在地人社局劳动保障监察机构投诉，也可申请劳动仲裁。', status: 'published',
  });
  articleId = a.body.id;
});
afterAll(async () => {
  await browser?.close();
  await web?.close();
});

describe('intake', () => {
  it('shows the caller history, suggests the category while typing, and registers with Ctrl+Enter', async () => {
    const w = await watchedPage(browser, 'intake');
    await signIn(w, web.base, 'agent', '/intake');
    const page = w.page;
    // A neighbour already reported the same site: it is offered as a similar ticket (并单 candidate).
    const neighbour = await web.call('agent', 'POST', '/api/v1/tickets', {
      channel: 'phone', type: 'complaint', content: '幸福路8号的工地夜里施工到凌晨，噪音太大睡不着', address: '东城区东门街道幸福路8号',
    });
    // The number field has the focus when the screen opens.
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('phone');
    await page.keyboard.type(PHONE);
    await expect.poll(() => page.getByTestId('caller-history').textContent()).toContain(earlier.number);
    await expect.poll(() => page.getByText('其中 1 件未办结').count()).toBe(1);
    await page.keyboard.press('Alt+C');
    await page.keyboard.type('我家楼下的工地每天夜里施工到凌晨两点，噪音太大，孩子睡不着');
    await page.getByLabel('地址').fill('东城区东门街道幸福路8号');
    await expect.poll(() => page.getByTestId('suggestion').textContent(), { timeout: 60_000 }).toContain('施工噪声');
    // The top suggestion fills the category in.
    await expect.poll(() => page.getByLabel('诉求分类').inputValue()).toBe(String(web.fx.categories['ENV-NOISE-BUILD']));
    await expect.poll(() => page.getByTestId('similar').textContent()).toContain(neighbour.body.number);
    await w.shot('typing');
    await page.keyboard.press('Control+Enter');
    const number = (await page.getByTestId('ticket-number').textContent())!.trim();
    await w.shot('registered');
    const row = await web.database.db.selectFrom('tickets').selectAll().where('number', '=', number).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'registered', channel: 'phone', caller_phone: PHONE, category_id: web.fx.categories['ENV-NOISE-BUILD'] });
    expect(row.content).toContain('夜里施工到凌晨两点');
    // Alt+N: a new call starts from an empty form with the number field focused.
    await page.keyboard.press('Alt+N');
    await expect.poll(() => page.getByLabel('来电号码').inputValue()).toBe('');
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('phone');
    expect(w.problems).toEqual([]);
    await page.context().close();
  }, 180_000); // a suggestion waits for the model on a busy machine

  it('answers directly from a knowledge-base article: the ticket is closed and linked to it', async () => {
    const w = await watchedPage(browser, 'intake');
    await signIn(w, web.base, 'agent', '/intake');
    const page = w.page;
    await page.getByLabel('诉求内容').fill('老板拖欠了我两个月的工资，我应该去哪里投诉？');
    const kb = page.getByTestId('kb-results');
    await expect.poll(() => kb.textContent()).toContain('拖欠工资怎么投诉');
    await kb.getByRole('button', { name: '用此条答复' }).first().click();
    await expect.poll(() => page.getByLabel('答复内容').inputValue()).toContain('劳动保障监察机构');
    await w.shot('answer-from-article');
    await page.getByRole('button', { name: '直接答复并办结' }).click();
    await expect.poll(() => page.getByText('已直接答复并办结').count()).toBe(1);
    const number = (await page.getByTestId('ticket-number').textContent())!.trim();
    const row = await web.database.db.selectFrom('tickets').selectAll().where('number', '=', number).executeTakeFirstOrThrow();
    expect(row.status).toBe('closed');
    expect(row.article_id).toBe(articleId);
    expect(w.problems).toEqual([]);
    await page.context().close();
  });

  it('the same request again: the agent adds it to the caller’s open ticket instead of registering another', async () => {
    const w = await watchedPage(browser, 'intake');
    await signIn(w, web.base, 'agent', '/intake');
    const page = w.page;
    const count = async () => (await web.database.db.selectFrom('tickets').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
    const before = await count();
    await page.getByLabel('来电号码').fill(PHONE);
    const item = page.getByTestId('caller-history').locator('li', { hasText: earlier.number });
    await item.waitFor();
    await page.getByLabel('诉求内容').fill('路灯还是没有修好，已经两个星期了，昨晚有老人摔倒');
    await item.getByTestId('supplement').click();
    await expect.poll(() => page.getByText('已补充到原工单，承办单位会收到通知').count()).toBe(1);
    expect((await page.getByTestId('ticket-number').textContent())!.trim()).toBe(earlier.number);
    await w.shot('supplemented');
    expect(await count()).toBe(before);
    const events = (await web.call('admin', 'GET', `/api/v1/tickets/${earlier.id}`)).body.events;
    expect(events.at(-1)).toMatchObject({ type: 'noted', actor: { role: 'agent' }, payload: { fromCitizen: true, content: '路灯还是没有修好，已经两个星期了，昨晚有老人摔倒' } });
    expect(w.problems).toEqual([]);
    await page.context().close();
  });

  it('records the caller’s consent to publication and a confidential ticket from the keyboard; a new call clears both', async () => {
    const w = await watchedPage(browser, 'intake');
    await signIn(w, web.base, 'agent', '/intake');
    const page = w.page;
    const focused = () => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name ?? '');
    /** Tab from the address field to the named checkbox (keyboard only), then Space ticks it. */
    const tickByKeyboard = async (name: string) => {
      await page.getByLabel('地址').focus();
      for (let i = 0; i < 12 && (await focused()) !== name; i++) await page.keyboard.press('Tab');
      expect(await focused()).toBe(name);
      await page.keyboard.press('Space');
    };
    const consent = page.getByLabel('诉求人同意公开');
    const confidential = page.getByLabel('保密工单');
    // Both unchecked by default: publication is the caller's decision.
    expect(await consent.isChecked()).toBe(false);
    expect(await confidential.isChecked()).toBe(false);

    await page.getByLabel('来电号码').fill('13700001111');
    await page.getByLabel('诉求内容').fill('小区门口的垃圾站气味很大，夏天更严重，希望尽快处理');
    await tickByKeyboard('publicConsent');
    expect(await consent.isChecked()).toBe(true);
    await w.shot('consent');
    await page.keyboard.press('Control+Enter');
    const first = (await page.getByTestId('ticket-number').textContent())!.trim();
    expect(await web.database.db.selectFrom('tickets').select(['public_consent', 'confidential']).where('number', '=', first).executeTakeFirstOrThrow()).toEqual({
      public_consent: true,
      confidential: false,
    });

    // Alt+N: the next call starts with both unchecked.
    await page.keyboard.press('Alt+N');
    await expect.poll(() => page.getByLabel('来电号码').inputValue()).toBe('');
    expect(await consent.isChecked()).toBe(false);
    expect(await confidential.isChecked()).toBe(false);

    // Confidential: consent is cleared and cannot be ticked.
    await page.getByLabel('诉求内容').fill('反映某单位负责人收受好处，请为我保密');
    await tickByKeyboard('publicConsent');
    await tickByKeyboard('confidential');
    expect(await confidential.isChecked()).toBe(true);
    expect(await consent.isChecked()).toBe(false);
    expect(await consent.isDisabled()).toBe(true);
    await w.shot('confidential');
    await page.keyboard.press('Control+Enter');
    const second = (await page.getByTestId('ticket-number').textContent())!.trim();
    const row = await web.database.db.selectFrom('tickets').select(['id', 'public_consent', 'confidential']).where('number', '=', second).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ public_consent: false, confidential: true });

    // The ticket page says so: a 保密 badge, and it is not public.
    await page.goto(`${web.base}/tickets/${row.id}`);
    await expect.poll(() => page.getByTestId('confidential-badge').textContent()).toBe('保密');
    expect(await page.getByTestId('publication').textContent()).toBe('保密，不公开');
    await w.shot('confidential-ticket');
    expect(w.problems).toEqual([]);
    await page.context().close();
  });

  it('on the ticket page the agent records consent given later on a call (key p); it is on the timeline', async () => {
    const res = await web.call('agent', 'POST', '/api/v1/tickets', { channel: 'phone', type: 'help', content: '楼道灯坏了，老人上下楼不方便', caller: { phone: '13700002222' } });
    const w = await watchedPage(browser, 'intake');
    await signIn(w, web.base, 'agent', '/intake');
    const page = w.page;
    await page.goto(`${web.base}/tickets/${res.body.id}`);
    await expect.poll(() => page.getByTestId('publication').textContent()).toBe('诉求人未同意公开，不公开');
    expect(await page.getByTestId('confidential-badge').count()).toBe(0);
    await page.keyboard.press('p');
    const box = page.getByTestId('consent-box');
    await expect.poll(() => box.isChecked()).toBe(true);
    await w.shot('consent-step');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => page.getByTestId('publication').textContent()).toBe('诉求人同意公开（已脱敏）');
    await expect.poll(() => page.getByTestId('timeline').textContent()).toContain('记录公开意愿');
    const row = await web.database.db.selectFrom('tickets').select('public_consent').where('id', '=', res.body.id).executeTakeFirstOrThrow();
    expect(row.public_consent).toBe(true);
    expect(w.problems).toEqual([]);
    await page.context().close();
  });

  it('a registration the server refuses shows why and registers nothing', async () => {
    const w = await watchedPage(browser, 'intake');
    await signIn(w, web.base, 'agent', '/intake');
    const page = w.page;
    const before = await web.database.db.selectFrom('tickets').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    await page.getByLabel('来电号码').fill('12a');
    await page.getByLabel('诉求内容').fill('咨询社保卡补办流程');
    await page.getByRole('button', { name: '登记工单' }).click();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('电话号码格式不正确');
    const after = await web.database.db.selectFrom('tickets').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
    // The 400 answer is the expected one; nothing else went wrong.
    expect(w.problems.filter((p) => !p.includes('400'))).toEqual([]);
    await page.context().close();
  });

  it('a ringing call from the telephony system fills in the number and brings up the history; the ticket gets the call', async () => {
    const { key } = await createApiKey(web.database.db, { name: '呼叫中心', scope: 'telephony' });
    const w = await watchedPage(browser, 'intake');
    await signIn(w, web.base, 'agent', '/intake');
    const page = w.page;
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('phone');
    const event = (state: string) =>
      fetch(`${web.base}/api/v1/telephony/calls/call-0001/events`, {
        method: 'POST',
        headers: { 'x-api-key': key, 'content-type': 'application/json' },
        body: JSON.stringify({ state, caller: PHONE, agentUsername: 'agent', recordingUrl: 'https://pbx.example/rec/call-0001.wav' }),
      });
    expect((await event('ringing')).status).toBeLessThan(300);
    await expect.poll(() => page.getByLabel('来电号码').inputValue()).toBe(PHONE);
    await expect.poll(() => page.getByText(`来电：${PHONE}`).count()).toBe(1);
    await expect.poll(() => page.getByTestId('caller-history').textContent()).toContain(earlier.number);
    expect((await event('answered')).status).toBeLessThan(300);
    await page.getByLabel('诉求内容').fill('咨询新生儿医保参保登记需要哪些材料');
    await w.shot('ringing');
    await page.getByRole('button', { name: '登记工单' }).click();
    const number = (await page.getByTestId('ticket-number').textContent())!.trim();
    const row = await web.database.db.selectFrom('tickets').select(['id', 'caller_phone']).where('number', '=', number).executeTakeFirstOrThrow();
    expect(row.caller_phone).toBe(PHONE);
    const calls = await web.call('agent', 'GET', `/api/v1/tickets/${row.id}/calls`);
    expect(calls.status).toBe(200);
    expect(JSON.stringify(calls.body)).toContain('call-0001');
    expect(w.problems).toEqual([]);
    await page.context().close();
  });
});
