// Canned replies (常用语, issue 19): the centre's and a unit's own, offered for a ticket's step
// best first with the placeholders filled from the ticket as masked for the user; a unit's user
// cannot touch the centre's or another unit's; bad input is refused and nothing changes.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snapshot, testApp, type TestApp } from '../helpers.js';

let t: TestApp;
let ticket: { id: number; number: string };
const ids: Record<string, number> = {};

const create = (user: string, body: object) => t.call(user, 'POST', '/api/v1/canned-replies', body);
const offered = async (user: string, step: string, q?: string, id = ticket.id) => {
  const res = await t.call(user, 'GET', `/api/v1/tickets/${id}/canned-replies?step=${step}${q ? `&q=${encodeURIComponent(q)}` : ''}`);
  return res;
};
const titles = async (user: string, step: string, q?: string) => (await offered(user, step, q)).body.items.map((i: { title: string }) => i.title);

beforeAll(async () => {
  t = await testApp();
  const c = t.fx.categories;
  const made = async (key: string, user: string, body: object) => {
    const res = await create(user, body);
    expect([key, res.status]).toEqual([key, 201]);
    ids[key] = res.body.id;
    return res.body;
  };
  // The centre's (an admin's): one for every step, one for 环境保护 (a top category: its subtree).
  await made('centreGeneral', 'admin', { title: '受理回执', body: '{来电人称呼}您好，您反映的问题（工单 {工单编号}，{受理时间} 受理）已由{承办单位}办理。' });
  await made('centreEnv', 'admin', { title: '环保通用', body: '关于{诉求分类}问题，环保部门已安排核查。', categoryIds: [c.ENV] });
  await made('centreThanks', 'admin', { title: '感谢来电', body: '感谢您对我们工作的支持！' });
  // 生态环境局's own: for 噪声污染 replies, a general one, one for 劳动保障 only, one for notes only, one disabled.
  await made('envNoise', 'env', { title: '夜间施工噪声答复', body: '经核查，工单{工单编号}所述施工噪声已责令停止夜间作业。', categoryIds: [c['ENV-NOISE']], steps: ['reply'] });
  await made('envGeneral', 'env', { title: '本局通用', body: '{承办单位}已收到。' });
  await made('envHr', 'env', { title: '劳动保障转办', body: '请联系人社部门。', categoryIds: [c.HR] });
  await made('envNote', 'env', { title: '现场核查说明', body: '已安排现场核查。', steps: ['note'] });
  await made('envOff', 'env', { title: '停用的', body: '不再使用。', enabled: false });
  // 人社局's own: never offered to 生态环境局.
  await made('hrOwn', 'hr', { title: '人社答复', body: '人社局已受理。' });

  // A 施工噪声 complaint registered at 09:00 on 2 March 2026 (Asia/Shanghai), dispatched to 生态环境局.
  const created = await t.at('2026-03-02 09:00', () =>
    t.call('agent', 'POST', '/api/v1/tickets', {
      channel: 'phone',
      type: 'complaint',
      content: '建设路工地夜间施工噪音扰民，凌晨两点还在打桩。',
      caller: { name: '张三', phone: '13812345678' },
      categoryId: c['ENV-NOISE-BUILD'],
    }),
  );
  expect(created.status).toBe(201);
  ticket = { id: created.body.id, number: created.body.number };
  expect((await t.call('dispatcher', 'POST', `/api/v1/tickets/${ticket.id}/dispatch`, { unitId: t.fx.units.ENV })).status).toBe(200);
});
afterAll(async () => {
  await t?.close();
});

describe('常用语: offered for a ticket’s step', () => {
  it('offers 生态环境局 on a reply its own before the centre’s, category-matching first; never another unit’s, a disabled one, another category’s or another step’s', async () => {
    // Own + 噪声污染 (covers 施工噪声), own general; centre 环境保护 (covers it), then the centre's general ones by title.
    expect(await titles('env', 'reply')).toEqual(['夜间施工噪声答复', '本局通用', '环保通用', '感谢来电', '受理回执']);
    // A note: the note-only one instead of the reply-only one.
    expect(await titles('env', 'note')).toEqual(['本局通用', '现场核查说明', '环保通用', '感谢来电', '受理回执']);
  });

  it('fills the placeholders from the ticket, the caller masked, never the phone', async () => {
    const items = (await offered('env', 'reply')).body.items as { id: number; title: string; filled: string; body: string }[];
    const receipt = items.find((i) => i.id === ids.centreGeneral)!;
    expect(receipt.filled).toBe(`张*您好，您反映的问题（工单 ${ticket.number}，2026-03-02 09:00 受理）已由测试市生态环境局办理。`);
    expect(items.find((i) => i.id === ids.envNoise)!.filled).toBe(`经核查，工单${ticket.number}所述施工噪声已责令停止夜间作业。`);
    expect(items.find((i) => i.id === ids.centreEnv)!.filled).toBe('关于施工噪声问题，环保部门已安排核查。');
    const all = JSON.stringify(items);
    expect(all).not.toContain('张三');
    expect(all).not.toContain('13812345678');
  });

  it('filters by words in the title or text; the centre’s staff get the centre’s only; another unit gets no such ticket', async () => {
    expect(await titles('env', 'reply', '噪声')).toEqual(['夜间施工噪声答复']);
    expect(await titles('env', 'reply', '支持')).toEqual(['感谢来电']);
    // The callback agent writes a callback note: the centre's, its unit named as the lead unit.
    const cb = (await offered('callback', 'callback')).body.items as { title: string; filled: string }[];
    expect(cb.map((i) => i.title)).toEqual(['环保通用', '感谢来电', '受理回执']);
    expect(cb[2].filled).toContain('已由测试市生态环境局办理');
    const hr = await offered('hr', 'reply');
    expect([hr.status, hr.body.code]).toEqual([404, 'ticket_not_found']);
    const badStep = await offered('env', 'dispatch');
    expect([badStep.status, badStep.body.code]).toEqual([400, 'validation_failed']);
  });

  it('counts a use, and the more used of two equal ones comes first', async () => {
    expect((await t.call('env', 'POST', `/api/v1/canned-replies/${ids.centreGeneral}/use`, {})).body).toEqual({ useCount: 1 });
    expect((await t.call('dispatcher', 'POST', `/api/v1/canned-replies/${ids.centreGeneral}/use`, {})).body).toEqual({ useCount: 2 });
    expect(await titles('env', 'reply')).toEqual(['夜间施工噪声答复', '本局通用', '环保通用', '受理回执', '感谢来电']);
    // Another unit's, or a disabled one: not there to use, and nothing counted.
    for (const [user, key] of [['hr', 'envGeneral'], ['env', 'envOff'], ['dispatcher', 'hrOwn']] as const) {
      const before = await snapshot(t.database);
      const res = await t.call(user, 'POST', `/api/v1/canned-replies/${ids[key]}/use`, {});
      expect([user, key, res.status, res.body.code]).toEqual([user, key, 404, 'canned_reply_not_found']);
      expect(await snapshot(t.database)).toEqual(before);
    }
  });
});

describe('常用语: managed within scope', () => {
  it('lists a unit its own and the centre’s (read-only), an admin all, refuses other roles', async () => {
    const env = (await t.call('env', 'GET', '/api/v1/canned-replies')).body.items as { id: number; editable: boolean; unitId: number | null }[];
    expect(env.map((i) => i.id).sort((a, b) => a - b)).toEqual(
      [ids.centreGeneral, ids.centreEnv, ids.centreThanks, ids.envNoise, ids.envGeneral, ids.envHr, ids.envNote, ids.envOff].sort((a, b) => a - b),
    );
    expect(env.filter((i) => i.editable).every((i) => i.unitId === t.fx.units.ENV)).toBe(true);
    expect(env.filter((i) => i.unitId == null).every((i) => !i.editable)).toBe(true);
    expect((await t.call('admin', 'GET', '/api/v1/canned-replies')).body.items).toHaveLength(9);
    expect((await t.call('dispatcher', 'GET', '/api/v1/canned-replies')).status).toBe(403);
  });

  it('lets a unit change and delete its own', async () => {
    const res = await t.call('env', 'PATCH', `/api/v1/canned-replies/${ids.envGeneral}`, { title: '本局通用回复', enabled: false });
    expect([res.status, res.body.title, res.body.enabled, res.body.body]).toEqual([200, '本局通用回复', false, '{承办单位}已收到。']);
    expect(await titles('env', 'reply')).not.toContain('本局通用回复');
    const made = await create('env', { title: '临时', body: '临时文本' });
    expect((await t.call('env', 'DELETE', `/api/v1/canned-replies/${made.body.id}`)).status).toBe(204);
    expect((await t.call('env', 'GET', '/api/v1/canned-replies')).body.items.map((i: { id: number }) => i.id)).not.toContain(made.body.id);
  });

  it('refuses a unit’s user the centre’s and another unit’s, and bad input — problem+json, nothing changed anywhere', async () => {
    const c = t.fx.categories;
    const cases: [string, string, string, object | undefined, number, string][] = [
      ['env', 'POST', '/api/v1/canned-replies', { title: 'x', body: 'y', unitId: t.fx.units.HR }, 403, 'canned_reply_scope'],
      ['env', 'POST', '/api/v1/canned-replies', { title: 'x', body: 'y', unitId: null }, 403, 'canned_reply_scope'],
      ['env', 'PATCH', `/api/v1/canned-replies/${ids.centreGeneral}`, { title: '改中心的' }, 403, 'canned_reply_scope'],
      ['env', 'DELETE', `/api/v1/canned-replies/${ids.centreGeneral}`, undefined, 403, 'canned_reply_scope'],
      ['env', 'PATCH', `/api/v1/canned-replies/${ids.hrOwn}`, { title: '改人社的' }, 404, 'canned_reply_not_found'],
      ['env', 'DELETE', `/api/v1/canned-replies/${ids.hrOwn}`, undefined, 404, 'canned_reply_not_found'],
      ['env', 'PATCH', `/api/v1/canned-replies/${ids.envNoise}`, { unitId: t.fx.units.HR }, 403, 'canned_reply_scope'],
      ['dispatcher', 'POST', '/api/v1/canned-replies', { title: 'x', body: 'y' }, 403, 'canned_reply_scope'],
      ['admin', 'POST', '/api/v1/canned-replies', { title: 'x', body: '请回拨 {来电电话}' }, 400, 'unknown_placeholder'],
      ['admin', 'POST', '/api/v1/canned-replies', { title: 'x', body: 'y', categoryIds: [c.ENV, 999_999] }, 400, 'unknown_category'],
      ['admin', 'POST', '/api/v1/canned-replies', { title: 'x', body: 'y', unitId: 999_999 }, 400, 'unknown_unit'],
      ['admin', 'POST', '/api/v1/canned-replies', { title: 'x', body: 'y', steps: ['dispatch'] }, 400, 'validation_failed'],
      ['admin', 'POST', '/api/v1/canned-replies', { title: '  ', body: 'y' }, 400, 'validation_failed'],
      ['admin', 'POST', '/api/v1/canned-replies', { title: 'x', body: 'y'.repeat(5001) }, 400, 'validation_failed'],
      ['admin', 'POST', '/api/v1/canned-replies', { title: 'x', body: 'y', owner: 'me' }, 400, 'validation_failed'],
      ['admin', 'PATCH', `/api/v1/canned-replies/${ids.envNoise}`, { body: '{工单号}' }, 400, 'unknown_placeholder'],
      ['admin', 'PATCH', '/api/v1/canned-replies/999999', { title: 'x' }, 404, 'canned_reply_not_found'],
    ];
    for (const [user, method, url, body, status, code] of cases) {
      const before = await snapshot(t.database);
      const res = await t.call(user, method, url, body);
      expect([user, method, url, res.status, res.body?.code]).toEqual([user, method, url, status, code]);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(await snapshot(t.database)).toEqual(before);
    }
  });
});
