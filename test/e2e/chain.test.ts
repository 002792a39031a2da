// The hand-down chain (下派, issue 15) in the browser, one signed-in role after another, by
// keyboard where the console offers a key: the centre dispatches to the district; the district
// accepts and hands down to a street (the picker lists only the units below it); the street
// accepts and hands down to a community; the community replies; the street sends the reply back
// with a reason; the community replies again; the street approves; the district approves and
// the ticket is 已答复. A sibling street opening the ticket's URL is told it does not exist.
// Screenshots in test-artifacts/chain/: the pickers, the inbox tabs, the chain drawing.

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../src/store/users.js';
import { PASSWORD } from '../helpers.js';
import { launchBrowser, signIn, watchedPage, webApp, type WatchedPage, type WebApp, pressStep } from './browser.js';

let web: WebApp;
let browser: Browser;
let communityId: number;

const poll = <T,>(fn: () => Promise<T>) => expect.poll(fn, { timeout: 20_000 });
const get = async (id: number) => (await web.call('admin', 'GET', `/api/v1/tickets/${id}`)).body;

beforeAll(async () => {
  [web, browser] = await Promise.all([webApp(), launchBrowser()]);
  // The fixture city has no community: 东门社区 under 东门街道, and its handler.
  const row = await web.database.db
    .insertInto('units')
    .values({ code: 'DIST-1-A', name: '东门社区', kind: 'community', parent_id: web.fx.units['DIST-1'] })
    .returning('id')
    .executeTakeFirstOrThrow();
  communityId = row.id;
  web.ctx.ref.invalidate();
  await createUser(web.database.db, { username: 'community1', password: PASSWORD, role: 'unit_handler', unitId: communityId });
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await web?.close();
});

async function as(user: string, landing: string): Promise<WatchedPage & { done: () => Promise<void> }> {
  const w = await watchedPage(browser, 'chain');
  await signIn(w, web.base, user, landing);
  return {
    ...w,
    done: async () => {
      expect(w.problems).toEqual([]);
      await w.page.context().close();
    },
  };
}

/** In a unit's inbox: the tab (by its key), then the ticket's row selected. */
async function pick(w: WatchedPage, tabKey: string, tab: string, id: number) {
  await w.page.locator('.tabs').waitFor(); // the screen has loaded (and its keys with it)
  await w.page.locator('body').press(tabKey);
  await poll(() => w.page.locator(`.tabs button[data-tab="${tab}"]`).getAttribute('aria-selected')).toBe('true');
  await w.page.locator(`table.queue tr[data-id="${id}"]`).click();
  await poll(() => w.page.locator('tr.cursor').getAttribute('data-id')).toBe(String(id));
}

/** The step buttons on offer in the pane's action bar. */
const steps = (w: WatchedPage) => w.page.locator('aside.pane .action-bar button[data-step]').evaluateAll((bs) => bs.map((b) => b.getAttribute('data-step')));

describe('centre → district → street → community and back up, in the console', () => {
  it('hands down, replies, sends back, approves level by level', { timeout: 300_000 }, async () => {
    const u = web.fx.units;
    const reg = await web.call('agent', 'POST', '/api/v1/tickets', {
      channel: 'phone',
      type: 'complaint',
      content: '东门社区幸福路8号楼前路面塌陷，雨天积水，老人出行不便。',
      caller: { name: '李四', phone: '13912345678' },
      address: '东城区东门街道幸福路8号',
    });
    expect(reg.status).toBe(201);
    const id: number = reg.body.id;

    // 派单员: to 东城区.
    const dispatcher = await as('dispatcher', '/dispatch');
    await dispatcher.page.locator(`table.queue tr[data-id="${id}"]`).click();
    const dpane = dispatcher.page.locator('aside.pane');
    await dpane.getByTestId('lead-unit').selectOption(String(u.DIST));
    await dpane.getByTestId('lead-unit').press('Control+Enter');
    await poll(async () => (await get(id)).status).toBe('dispatched');
    await dispatcher.done();

    // 区: accept (a), then hand down (l): the picker lists the units below 东城区 only.
    const district = await as('district', '/inbox');
    await pick(district, '2', 'accept', id);
    await pressStep(district, 'a', id, 'accept');
    await poll(async () => (await get(id)).status).toBe('handling');
    await pick(district, '3', 'handling', id);
    expect(await steps(district)).not.toContain('accept');
    await district.page.locator('body').press('l');
    const ddialog = district.page.getByRole('dialog');
    const picker = ddialog.getByTestId('delegate-unit');
    await poll(() => picker.locator('option').count()).toBeGreaterThan(1);
    const options = (await picker.locator('option').allTextContents()).map((s) => s.trim());
    expect(options).toEqual(['请选择…', '东门街道', '东门社区', '西门街道']);
    await picker.selectOption(String(u['DIST-1']));
    await ddialog.getByTestId('delegate-note').fill('请东门街道核实处理，必要时下派社区。');
    await district.shot('1-district-delegate-picker');
    await ddialog.getByTestId('delegate-note').press('Control+Enter');
    await poll(async () => (await get(id)).unitId).toBe(u['DIST-1']);
    // Now 已下派, with who holds it.
    await pick(district, '5', 'delegated', id);
    await poll(() => district.page.locator(`tr[data-id="${id}"] [data-testid="held-by"]`).textContent()).toBe('在 东门街道');
    expect(await steps(district)).not.toContain('accept');
    expect(await steps(district)).not.toContain('delegate');
    await district.shot('2-district-inbox-delegated');
    // ? lists the step keys a unit handler has, the new ones among them.
    await district.page.locator('body').press('?');
    await poll(() => district.page.getByTestId('step-keys').textContent()).toContain('l 下派');
    expect(await district.page.getByTestId('step-keys').textContent()).toContain('v 审核答复');
    expect(await district.page.getByTestId('step-keys').textContent()).not.toContain('改派');
    await district.shot('2b-keys');
    await district.page.keyboard.press('Escape');
    await district.done();

    // 街道: accept, hand down to its community (the only unit below it).
    const street = await as('street1', '/inbox');
    await pick(street, '2', 'accept', id);
    expect(await steps(street)).toContain('accept');
    await pressStep(street, 'a', id, 'accept');
    await poll(async () => (await get(id)).chain[1].state).toBe('handling');
    await pick(street, '3', 'handling', id);
    await poll(() => steps(street)).not.toContain('accept');
    await street.page.locator('body').press('l');
    const sdialog = street.page.getByRole('dialog');
    await poll(() => sdialog.getByTestId('delegate-unit').locator('option').count()).toBeGreaterThan(1);
    expect((await sdialog.getByTestId('delegate-unit').locator('option').allTextContents()).map((s) => s.trim())).toEqual(['请选择…', '东门社区']);
    await sdialog.getByTestId('delegate-unit').selectOption(String(communityId));
    await street.shot('3-street-delegate-picker');
    await sdialog.getByTestId('delegate-unit').press('Control+Enter');
    await poll(async () => (await get(id)).unitId).toBe(communityId);

    // The chain on the ticket page: three levels, the community holds it.
    await street.page.goto(`${web.base}/tickets/${id}`);
    const chain = street.page.getByTestId('chain');
    await poll(() => chain.locator('li.chain-level').count()).toBe(3);
    expect(await chain.locator('li[data-holder]').getAttribute('data-level')).toBe('2');
    expect(await chain.locator('li[data-holder] .chain-unit').textContent()).toBe('东门社区');
    expect(await chain.locator('li.mine .chain-unit').textContent()).toBe('东门街道');
    expect(await chain.locator('li[data-level="2"] .deadline').count()).toBe(1);
    expect(await street.page.getByTestId('holder-unit').textContent()).toBe('东门社区');
    await street.shot('4-ticket-chain-three-levels');

    // 社区: accept and reply.
    const community = await as('community1', '/inbox');
    await pick(community, '2', 'accept', id);
    await pressStep(community, 'a', id, 'accept');
    await poll(async () => (await get(id)).chain[2].state).toBe('handling');
    const reply = async (text: string) => {
      await pick(community, '3', 'handling', id);
      await community.page.locator('body').press('r');
      const dialog = community.page.getByRole('dialog');
      await dialog.getByTestId('reply-content').fill(text);
      await poll(() => dialog.getByTestId('reply-quality').count()).toBe(1);
      await dialog.getByRole('button', { name: '发送答复' }).click();
      await poll(async () => (await get(id)).chain[2].state).toBe('reviewing');
    };
    await reply('您好，社区已到现场查看，已联系物业处理。');
    expect((await get(id)).status).toBe('handling');

    // 街道: 待审核 (key 4); sending it back needs a reason.
    await street.page.goto(`${web.base}/inbox`);
    await pick(street, '4', 'review', id);
    await poll(() => street.page.locator('.tabs button[data-tab="review"] .count').textContent()).toBe('1');
    await street.shot('5-street-inbox-review-tab');
    await street.page.locator('body').press('v');
    const review = street.page.getByRole('dialog');
    await poll(() => review.getByTestId('pending-reply').textContent()).toContain('已联系物业处理');
    await review.getByTestId('reject').click();
    await poll(() => review.locator('.error').textContent()).toContain('退回下级须说明理由');
    await review.getByTestId('review-note').fill('请写明修补完成时间并附现场照片');
    await street.shot('6-street-review-reject');
    await review.getByTestId('reject').click();
    await poll(async () => (await get(id)).chain[2].state).toBe('handling');

    // 社区: sees why, replies again.
    await community.page.goto(`${web.base}/tickets/${id}`);
    await poll(() => community.page.getByTestId('chain-rejection').textContent()).toContain('请写明修补完成时间并附现场照片');
    await community.shot('7-community-sees-rejection');
    await community.page.goto(`${web.base}/inbox`);
    await reply('您好，幸福路8号楼前塌陷路面已于今日修补完成并清理积水，现场照片已存档。如有疑问可拨打12345。');
    await community.done();

    // 街道 approves (Ctrl+Enter): the reply goes up to the district.
    await pick(street, '4', 'review', id);
    await street.page.locator('body').press('v');
    await poll(() => street.page.getByRole('dialog').getByTestId('approve').textContent()).toBe('同意，报 东城区 审核');
    await street.page.getByRole('dialog').getByTestId('review-note').press('Control+Enter');
    await poll(async () => (await get(id)).unitId).toBe(u['DIST-1']);
    await street.done();

    // 区 approves: the reply goes to the centre, 已答复.
    const district2 = await as('district', '/inbox');
    await pick(district2, '4', 'review', id);
    await district2.page.locator('body').press('v');
    await poll(() => district2.page.getByRole('dialog').getByTestId('pending-reply').textContent()).toContain('修补完成');
    await poll(() => district2.page.getByRole('dialog').getByTestId('approve').textContent()).toBe('同意，答复热线中心');
    await district2.page.getByRole('dialog').getByTestId('approve').click();
    await poll(async () => (await get(id)).status).toBe('replied');
    await district2.page.goto(`${web.base}/tickets/${id}`);
    await poll(() => district2.page.locator('.ticket-head .badge.status-replied').textContent()).toBe('已答复');
    await poll(() => district2.page.getByTestId('chain-finished').textContent()).toContain('东门社区');
    const types = await district2.page.locator('[data-testid="timeline"] li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-type')));
    expect(types).toEqual([
      'registered', 'dispatched', 'accepted', 'delegated', 'accepted', 'delegated', 'accepted', 'level_replied', 'reply_rejected',
      'level_replied', 'reply_approved', 'reply_approved', 'replied',
    ]);
    expect(await district2.page.getByTestId('timeline').textContent()).toContain('下派给 东门社区（第 2 级）');
    await district2.shot('8-replied-ticket');
    await district2.done();

    // The sibling street: not found, and nothing of it shows.
    const sibling = await as('street2', '/inbox');
    await sibling.page.goto(`${web.base}/tickets/${id}`);
    await poll(() => sibling.page.getByTestId('not-found').count()).toBe(1);
    expect(await sibling.page.locator('main').textContent()).not.toContain('幸福路');
    await sibling.shot('9-sibling-not-found');
    sibling.problems.splice(0, sibling.problems.length, ...sibling.problems.filter((p) => !p.includes('404')));
    await sibling.done();
  });

  it('the centre in control: 改派, 撤回, 不予受理, an objection approved and re-routed in one step; 办结 without a callback', { timeout: 120_000 }, async () => {
    const u = web.fx.units;
    const reg = await web.call('agent', 'POST', '/api/v1/tickets', { channel: 'phone', type: 'complaint', content: '工厂夜间排放刺鼻气体。' });
    const id: number = reg.body.id;
    await web.call('dispatcher', 'POST', `/api/v1/tickets/${id}/dispatch`, { unitId: u.HR });
    const other = (await web.call('agent', 'POST', '/api/v1/tickets', { channel: 'phone', type: 'consult', content: '我与公司的劳动合同纠纷已经在法院起诉，想问进度。' })).body.id;

    const dispatcher = await as('dispatcher', '/dispatch');
    await dispatcher.page.locator('.tabs').waitFor();
    await dispatcher.page.locator('body').press('5');
    await dispatcher.page.locator(`table.queue tr[data-id="${id}"]`).click();
    await poll(() => steps(dispatcher)).toEqual(['reroute', 'withdraw', 'merge', 'transfer']);
    await dispatcher.page.locator('body').press('u');
    const dialog = dispatcher.page.getByRole('dialog');
    await poll(() => dialog.getByTestId('reroute-unit').locator('option').count()).toBeGreaterThan(1);
    const units = (await dialog.getByTestId('reroute-unit').locator('option').allTextContents()).map((s) => s.trim());
    expect(units).not.toContain('测试市人社局');
    expect(units).toContain('测试市生态环境局');
    await dialog.getByTestId('reroute-unit').selectOption(String(u.ENV));
    await dialog.getByRole('textbox').fill('属生态环境局职责');
    await dispatcher.shot('10-reroute');
    await dialog.getByRole('textbox').press('Control+Enter');
    await poll(async () => (await get(id)).unitId).toBe(u.ENV);

    await dispatcher.page.locator(`table.queue tr[data-id="${id}"]`).click();
    await dispatcher.page.locator('body').press('w');
    await dispatcher.page.getByRole('dialog').getByRole('textbox').fill('派单有误，重新研判');
    await dispatcher.page.getByRole('dialog').getByRole('textbox').press('Control+Enter');
    await poll(async () => (await get(id)).status).toBe('registered');

    // 不予受理 from the queue's 待派单 tab: the reasons in Chinese, where to go, a note for 其他.
    await dispatcher.page.locator('body').press('2');
    await dispatcher.page.locator(`table.queue tr[data-id="${other}"]`).click();
    await poll(() => steps(dispatcher)).toContain('refuse');
    await dispatcher.page.locator('body').press('f');
    const refuse = dispatcher.page.getByRole('dialog');
    await refuse.getByLabel('涉诉事项（已经或依法应当通过诉讼解决）').check();
    await poll(() => refuse.getByTestId('refusal-guidance').textContent()).toContain('人民法院');
    await dispatcher.shot('11-refuse');
    await refuse.getByLabel('涉诉事项（已经或依法应当通过诉讼解决）').press('Control+Enter');
    await poll(async () => (await get(other)).status).toBe('refused');

    // 派单异议: the unit returns it suggesting another; the dispatcher approves and re-routes in one step.
    const objected = (await web.call('agent', 'POST', '/api/v1/tickets', { channel: 'phone', type: 'complaint', content: '菜市场清晨卸货噪音扰民。' })).body.id;
    expect((await web.call('dispatcher', 'POST', `/api/v1/tickets/${objected}/dispatch`, { unitId: u.ENV })).status).toBe(200);
    expect((await web.call('env', 'POST', `/api/v1/tickets/${objected}/return`, { reason: '属东城区属地管理', suggestedUnitId: u.DIST })).status).toBe(200);
    await dispatcher.page.locator('body').press('3');
    await dispatcher.page.locator(`table.queue tr[data-id="${objected}"]`).click();
    const rpane = dispatcher.page.locator('aside.pane');
    await poll(() => rpane.getByTestId('suggested-reroute').textContent()).toContain('建议改派给：东城区');
    await poll(() => rpane.getByTestId('approve').textContent()).toBe('同意并改派 · 东城区');
    await dispatcher.shot('12-objection-approve-and-reroute');
    await rpane.getByTestId('approve').click();
    await poll(async () => (await get(objected)).unitId).toBe(u.DIST);
    expect((await get(objected)).status).toBe('dispatched');
    await dispatcher.done();

    // 办结 without a callback: the reason is asked for (保密 only on a confidential ticket).
    const replied = (await web.call('agent', 'POST', '/api/v1/tickets', { channel: 'phone', type: 'consult', content: '社保卡补办需要带什么材料？' })).body.id;
    await web.call('dispatcher', 'POST', `/api/v1/tickets/${replied}/dispatch`, { unitId: u.HR });
    await web.call('hr', 'POST', `/api/v1/tickets/${replied}/accept`, {});
    expect((await web.call('hr', 'POST', `/api/v1/tickets/${replied}/reply`, { content: '您好，补办社保卡请携带身份证原件到任一社保服务网点办理，当场可取。如有疑问可拨打12345。' })).status).toBe(200);
    const cb = await as('callback', '/callbacks');
    await cb.page.goto(`${web.base}/tickets/${replied}`);
    await cb.page.getByTestId('ticket-page').waitFor();
    await cb.page.locator('body').press('x');
    const close = cb.page.getByRole('dialog');
    const reasons = await close.locator('input[type="radio"]').evaluateAll((rs) => rs.map((r) => (r as HTMLInputElement).value));
    expect(reasons).toEqual(['declined', 'anonymous', 'unreachable']);
    await close.getByRole('button', { name: '办结' }).click();
    await poll(() => close.locator('.error').textContent()).toContain('请选择原因');
    await close.getByLabel('诉求人明确表示不需要回访').check();
    await cb.shot('13-close-without-callback');
    await close.getByLabel('诉求人明确表示不需要回访').press('Control+Enter');
    await poll(async () => (await get(replied)).status).toBe('closed');
    expect((await get(replied)).events.at(-1)).toMatchObject({ type: 'closed', payload: { noCallbackReason: 'declined' } });
    await cb.done();
  });
});
