// The citizen portal in a real browser on a phone-sized screen: submit with a photo and an SMS
// code, get the number, look it up by number + phone; a wrong phone shows nothing; the rating
// appears only once the unit has replied.

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, rendersChinese, watchedPage, webApp, type WatchedPage, type WebApp } from './browser.js';

let web: WebApp;
let browser: Browser;

beforeAll(async () => {
  [web, browser] = await Promise.all([webApp(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await web?.close();
});

const PHONE = '13800138000';
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
const phoneView = { viewport: { width: 390, height: 844 }, isMobile: true };

/** The code the development SMS gateway recorded in the outbox for this phone, once it is there. */
async function smsCode(phone: string, after: number): Promise<string> {
  let text = '';
  await expect
    .poll(async () => {
      const row = await web.database.db
        .selectFrom('citizen_messages')
        .select(['id', 'text'])
        .where('phone', '=', phone)
        .where('kind', '=', 'otp')
        .where('id', '>', String(after))
        .orderBy('id', 'desc')
        .executeTakeFirst();
      text = row?.text ?? '';
      return text;
    })
    .toMatch(/验证码 \d{6}/);
  return /验证码 (\d{6})/.exec(text)![1];
}

const lastMessageId = async () =>
  Number((await web.database.db.selectFrom('citizen_messages').select((eb) => eb.fn.max('id').as('m')).executeTakeFirst())?.m ?? 0);

const fitsTheScreen = (w: WatchedPage) => w.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

let number = '';

describe('citizen portal on a phone', () => {
  it('submits a request with a category, a photo and an SMS code, and shows the ticket number', async () => {
    const w = await watchedPage(browser, 'portal', phoneView);
    await w.page.goto(`${web.base}/portal`);
    await w.page.waitForURL(`${web.base}/portal/`);
    expect(await rendersChinese(w.page)).toBe(true);
    await w.page.getByText('投诉', { exact: true }).click();
    await w.page.getByLabel('诉求分类（可不选）').fill('噪声');
    await w.page.getByRole('button', { name: '环境保护 / 噪声污染 / 施工噪声' }).click();
    await expect.poll(() => w.page.getByTestId('category-chosen').textContent()).toBe('环境保护 / 噪声污染 / 施工噪声');
    await w.page.getByLabel('诉求内容').fill('幸福路工地每天夜里施工到凌晨两点，噪声很大，影响休息，请尽快处理。');
    await w.page.getByLabel('事发地址').fill('东城区东门街道幸福路1号');
    await w.page.locator('input[type=file]').setInputFiles({ name: 'site.png', mimeType: 'image/png', buffer: PNG });
    await expect.poll(() => w.page.locator('.p-photos img').count()).toBe(1);
    await w.page.getByLabel('手机号码').fill(PHONE);
    const before = await lastMessageId();
    await w.page.getByRole('button', { name: '获取验证码' }).click();
    await expect.poll(() => w.page.getByRole('status').textContent()).toContain('138****8000');
    await w.page.getByLabel('短信验证码').fill(await smsCode(PHONE, before));
    // Publication is the citizen's decision: both boxes unchecked until they tick one.
    const consent = w.page.getByRole('checkbox', { name: /同意将诉求（隐去个人信息后）公开/ });
    const confidential = w.page.getByRole('checkbox', { name: /保密：不公开，且仅处理部门可见/ });
    expect(await consent.isChecked()).toBe(false);
    expect(await confidential.isChecked()).toBe(false);
    // Confidential wins: it clears and locks consent; unticked again, consent can be given.
    await consent.check();
    await confidential.check();
    expect(await consent.isChecked()).toBe(false);
    expect(await consent.isDisabled()).toBe(true);
    await confidential.uncheck();
    await consent.check();
    expect(await fitsTheScreen(w)).toBe(true);
    await w.shot('submit-form');
    await w.page.getByRole('button', { name: '提交诉求' }).click();

    await expect.poll(() => w.page.getByTestId('ticket-number').textContent()).toMatch(/^\d{15}$/);
    number = (await w.page.getByTestId('ticket-number').textContent())!;
    await w.shot('submitted');
    const ticket = await web.database.db.selectFrom('tickets').selectAll().where('number', '=', number).executeTakeFirstOrThrow();
    expect(ticket).toMatchObject({ channel: 'web', caller_phone: PHONE, category_id: web.fx.categories['ENV-NOISE-BUILD'], type: 'complaint', public_consent: true, confidential: false });
    // The photo was redrawn as a JPEG in the browser (no EXIF location) and kept.
    const files = await web.database.db.selectFrom('attachments').select(['content_type', 'source']).where('ticket_id', '=', ticket.id).execute();
    expect(files).toEqual([{ content_type: 'image/jpeg', source: 'portal' }]);

    // From the receipt straight to the progress page.
    await w.page.getByRole('button', { name: '查询办理进度' }).click();
    await expect.poll(() => w.page.getByTestId('status').textContent()).toBe('已受理');
    expect(await w.page.getByTestId('ticket').textContent()).toContain('诉求已受理');
    // Not replied yet: nothing to rate.
    expect(await w.page.getByRole('form', { name: '评价办理结果' }).count()).toBe(0);
    expect(await fitsTheScreen(w)).toBe(true);
    await w.shot('progress-registered');
    expect(w.problems).toEqual([]);
    await w.page.context().close();
  });

  it('a wrong phone number shows nothing of the ticket', async () => {
    const w = await watchedPage(browser, 'portal', phoneView);
    await w.page.goto(`${web.base}/portal/#track`);
    await w.page.getByLabel('工单编号').fill(number);
    await w.page.getByLabel('手机号码').fill('13900139000');
    await w.page.getByRole('button', { name: '查询' }).click();
    await expect.poll(() => w.page.getByRole('alert').textContent()).toContain('没有找到该工单');
    expect(await w.page.getByTestId('ticket').count()).toBe(0);
    const text = await w.page.locator('main').textContent();
    expect(text).not.toContain('幸福路');
    await w.shot('wrong-phone');
    // The 404 of the lookup itself is the expected answer, logged by the browser as a failed resource.
    expect(w.problems.filter((p) => !p.includes('404'))).toEqual([]);
    expect(w.problems.length).toBeLessThanOrEqual(1);
    await w.page.context().close();
  });

  it('adds to the open request with an SMS code; the progress shows it was received, and the unit sees it', async () => {
    web.setNow(new Date(Date.now() + 2 * 60_000)); // one SMS code a minute per phone
    const w = await watchedPage(browser, 'portal', phoneView);
    await w.page.goto(`${web.base}/portal/#track`);
    await w.page.getByLabel('工单编号').fill(number);
    await w.page.getByLabel('手机号码').fill(PHONE);
    await w.page.getByRole('button', { name: '查询' }).click();
    const form = w.page.getByRole('form', { name: '补充诉求' });
    await form.waitFor();
    await form.getByLabel('补充的情况（如新的进展、时间、地点）').fill('昨晚十一点还在施工，还有渣土车进出');
    const before = await lastMessageId();
    await form.getByRole('button', { name: '获取验证码' }).click();
    await form.getByLabel('短信验证码').fill(await smsCode(PHONE, before));
    await form.getByRole('button', { name: '提交补充' }).click();
    await expect.poll(() => form.locator('.p-ok').textContent()).toContain('已收到您补充的情况');
    expect(await w.page.locator('.p-timeline').textContent()).toContain('已收到您补充的诉求');
    expect(await fitsTheScreen(w)).toBe(true);
    await w.shot('supplemented');
    const { id } = await web.database.db.selectFrom('tickets').select('id').where('number', '=', number).executeTakeFirstOrThrow();
    const events = (await web.call('dispatcher', 'GET', `/api/v1/tickets/${id}`)).body.events;
    expect(events.at(-1)).toMatchObject({ type: 'noted', actor: { role: 'system' }, payload: { fromCitizen: true, content: '昨晚十一点还在施工，还有渣土车进出' } });
    expect(w.problems).toEqual([]);
    await w.page.context().close();
    web.setNow(null);
  });

  it('offers the rating only once the unit has replied, and records it', async () => {
    // Some minutes later (one SMS code a minute per phone).
    web.setNow(new Date(Date.now() + 5 * 60_000));
    const { id } = await web.database.db.selectFrom('tickets').select('id').where('number', '=', number).executeTakeFirstOrThrow();
    for (const [user, step, body] of [
      ['dispatcher', 'dispatch', { unitId: web.fx.units.ENV }],
      ['env', 'accept', {}],
      ['env', 'reply', { content: '经现场核查，已责令施工单位停止夜间施工，今后夜间施工须办理许可。' }],
    ] as const) {
      const res = await web.call(user, 'POST', `/api/v1/tickets/${id}/${step}`, body);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
    }
    const w = await watchedPage(browser, 'portal', phoneView);
    await w.page.goto(`${web.base}/portal/#track`);
    await w.page.getByLabel('工单编号').fill(number);
    await w.page.getByLabel('手机号码').fill(PHONE);
    await w.page.getByRole('button', { name: '查询' }).click();
    await expect.poll(() => w.page.getByTestId('status').textContent()).toBe('已答复');
    expect(await w.page.getByTestId('reply').textContent()).toContain('停止夜间施工');
    const form = w.page.getByRole('form', { name: '评价办理结果' });
    expect(await form.count()).toBe(1);
    await form.getByText('已解决', { exact: true }).click();
    await form.getByText('满意', { exact: true }).click();
    await form.getByLabel('意见或建议（可不填）').fill('处理及时，谢谢');
    const before = await lastMessageId();
    await form.getByRole('button', { name: '获取验证码' }).click();
    await form.getByLabel('短信验证码').fill(await smsCode(PHONE, before));
    await w.shot('rating-form');
    await form.getByRole('button', { name: '提交评价' }).click();
    await expect.poll(() => w.page.getByTestId('status').textContent()).toBe('已办结');
    expect(await w.page.getByTestId('rating').textContent()).toContain('您的评价：满意');
    expect(await w.page.getByRole('form', { name: '评价办理结果' }).count()).toBe(0);
    expect(await fitsTheScreen(w)).toBe(true);
    await w.shot('rated');
    const t = await web.database.db.selectFrom('tickets').select(['status', 'satisfaction', 'resolved']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(t).toEqual({ status: 'closed', satisfaction: 'satisfied', resolved: true });
    expect(w.problems).toEqual([]);
    await w.page.context().close();
    web.setNow(null);
  });

  it('a refused request (不予受理) shows why and where to go instead, and offers nothing to add or rate', async () => {
    const phone = '13700137000';
    const reg = await web.call('agent', 'POST', '/api/v1/tickets', {
      channel: 'phone', type: 'help', content: '我和公司的劳动争议已申请仲裁，仲裁委已受理，请热线催促尽快裁决。', caller: { name: '钱九', phone },
    });
    expect(reg.status).toBe(201);
    expect((await web.call('agent', 'POST', `/api/v1/tickets/${reg.body.id}/refuse`, { reason: 'arbitration' })).status).toBe(200);
    const w = await watchedPage(browser, 'portal', phoneView);
    await w.page.goto(`${web.base}/portal/#track`);
    await w.page.getByLabel('工单编号').fill(reg.body.number);
    await w.page.getByLabel('手机号码').fill(phone);
    await w.page.getByRole('button', { name: '查询' }).click();
    await expect.poll(() => w.page.getByTestId('status').textContent()).toBe('不予受理');
    const refusal = w.page.getByTestId('refusal');
    expect(await refusal.textContent()).toContain('涉仲裁事项（已经或依法应当通过仲裁解决）');
    expect(await w.page.getByTestId('refusal-where').textContent()).toBe('请依法向劳动人事争议仲裁委员会或合同约定的仲裁机构申请仲裁；已在仲裁中的，请向该仲裁机构反映。');
    expect(await w.page.locator('.p-timeline').textContent()).toContain('不予受理');
    expect(await w.page.getByRole('form', { name: '补充诉求' }).count()).toBe(0);
    expect(await w.page.getByRole('form', { name: '评价办理结果' }).count()).toBe(0);
    expect(await fitsTheScreen(w)).toBe(true);
    await w.shot('refused');
    expect(w.problems).toEqual([]);
    await w.page.context().close();
  });

  it('switches to English', async () => {
    const w = await watchedPage(browser, 'portal', phoneView);
    await w.page.goto(`${web.base}/portal/`);
    await w.page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => w.page.getByRole('tab', { name: 'Track' }).count()).toBe(1);
    await w.shot('english');
    expect(w.problems).toEqual([]);
    await w.page.context().close();
  });
});
