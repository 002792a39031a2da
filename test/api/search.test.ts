// Finding tickets through the API: full-text search with filters, ranking and safe snippets;
// caller history; similar tickets; a master ticket's reply reaching every merged citizen.

import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snapshot, testApp, type TestApp } from '../helpers.js';

let t: TestApp;

type Body = Record<string, unknown>;
const OLD_DAY = new Date('2026-01-06T10:00:00+08:00');

/** The dozen tickets of this file, by name. */
const ids: Record<string, number> = {};

async function register(body: Body, user = 'agent') {
  const res = await t.call(user, 'POST', '/api/v1/tickets', body);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: number; number: string; status: string; title: string };
}
const step = async (user: string, id: number, name: string, body: unknown = {}) => {
  const res = await t.call(user, 'POST', `/api/v1/tickets/${id}/${name}`, body);
  expect(res.status, `${name}: ${JSON.stringify(res.body)}`).toBe(200);
  return res.body;
};
const search = (q: string, extra = '', user = 'agent') => t.call(user, 'GET', `/api/v1/tickets?q=${encodeURIComponent(q)}&pageSize=200${extra}`);
const idsOf = (res: { body: { items: { id: number }[] } }) => res.body.items.map((x) => x.id);

const TICKETS: Record<string, Body> = {
  // 1. Night works by the metro site: the master of the duplicates below.
  worksNoise: {
    channel: 'phone',
    type: 'complaint',
    title: '建设路地铁工地夜间施工噪音扰民',
    content: '东门街道建设路与人民路交叉口的地铁工地每天晚上十一点以后还在打桩施工，噪音很大，附近居民无法入睡。',
    address: '东城区东门街道建设路',
    caller: { name: '张三', phone: '13800000001' },
  },
  // 2. The same matter in another citizen's words.
  worksNoiseAgain: {
    channel: 'web',
    type: 'complaint',
    title: '建设路人民路口地铁工地半夜打桩噪音',
    content: '建设路人民路路口的地铁工地半夜还在打桩，噪音吵得孩子睡不着，夜间施工有没有审批？请管一管。',
    address: '东城区东门街道建设路',
    caller: { name: '李四', phone: '13900000002' },
  },
  // 3. A bar across town: four mentions of 噪音.
  barNoise: {
    channel: 'phone',
    type: 'complaint',
    title: '解放路酒吧噪音扰民',
    content: '西门街道解放路的酒吧每晚放音乐，噪音很大，噪音一直持续到凌晨两点，这样的噪音让人无法休息。',
    address: '东城区西门街道解放路',
  },
  // 4. Renovation upstairs: one mention.
  renovation: {
    channel: 'phone',
    type: 'complaint',
    title: '锦绣小区楼上住户周末一早装修',
    content: '锦绣小区楼上住户周末早上七点就开始装修，电钻噪音扰民，物业劝说无效。',
  },
  wages: {
    channel: 'phone',
    type: 'complaint',
    title: '恒达建筑拖欠农民工工资',
    content: '我们在恒达建筑公司承建的幸福里三期项目干活，老板拖欠二十多名农民工工资共计四十万元，已经三个月没发了。',
    caller: { name: '王五', phone: '13700000003' },
  },
  flooding: {
    channel: 'web',
    type: 'complaint',
    title: '滨河路金桂花园南门积水',
    content: '金桂花园南门外的滨河路每逢下雨就大面积积水，积水深达半米，居民出行困难，请尽快疏通排水管道。',
    address: '东城区西门街道滨河路18号',
  },
  parkingFee: {
    channel: 'web',
    type: 'complaint',
    title: '金桂花园物业乱收停车费',
    content: '金桂花园物业擅自上调停车费，每月从150元涨到300元，没有经过业主大会表决，要求查处。',
  },
  kitchenFumes: {
    channel: 'phone',
    type: 'complaint',
    title: '美食街烧烤店油烟直排',
    content: '美食街上的烧烤店没有安装油烟净化器，油烟直接排到居民楼，窗户都不敢开。',
  },
  busLine: {
    channel: 'web',
    type: 'suggestion',
    title: '建议增开十二路公交夜班车',
    content: '十二路公交末班车太早，晚上加班的人回不了家，建议增开夜班车。',
  },
  insurance: {
    channel: 'phone',
    type: 'consult',
    title: '新生儿医保怎么办理',
    content: '孩子刚出生，想咨询新生儿医保怎么办理，需要带哪些材料。',
    caller: { name: '张三', phone: '13800000001' },
  },
  // A caller who typed markup and phone numbers into the text.
  typedMarkup: {
    channel: 'web',
    type: 'complaint',
    title: '光明路路灯不亮',
    content: '光明路的路灯坏了一个月 <img src=x onerror=alert(1)> 晚上一片漆黑，请联系我13912345678，或者139-1234-5678，或者+86 139 1234 5678。',
    caller: { name: '赵六', phone: '13800000001' },
  },
  schoolFee: {
    channel: 'phone',
    type: 'report',
    title: '实验小学违规收取资料费',
    content: '实验小学要求每个学生交三百元资料费，没有收据，家长意见很大。',
  },
};

beforeAll(async () => {
  t = await testApp();
  for (const [name, body] of Object.entries(TICKETS)) ids[name] = (await register(body)).id;
  // Registered last January: a vegetable market's early deliveries.
  t.setNow(OLD_DAY);
  try {
    ids.oldMarket = (await register({ channel: 'phone', type: 'complaint', title: '菜市场凌晨卸货噪音', content: '建设路菜市场每天凌晨四点卸货，叫卖声和货车噪音吵醒整栋楼。' })).id;
  } finally {
    t.setNow(null);
  }
  const ENV = t.fx.units.ENV;
  await step('dispatcher', ids.worksNoise, 'dispatch', { unitId: ENV });
  await step('env', ids.worksNoise, 'accept');
  await step('dispatcher', ids.barNoise, 'dispatch', { unitId: t.fx.units['DIST-2'] });
  await step('dispatcher', ids.wages, 'dispatch', { unitId: t.fx.units.HR });
  await step('dispatcher', ids.flooding, 'dispatch', { unitId: t.fx.units['DIST-2'], assistUnitIds: [ENV] });
  await step('dispatcher', ids.kitchenFumes, 'dispatch', { unitId: ENV });
  await step('agent', ids.insurance, 'answer', { content: '出生后三个月内在政务服务网办理参保即可。' });
});
afterAll(async () => {
  await t?.close();
});

describe('GET /tickets?q=', () => {
  it('finds the tickets about the words and not the others', async () => {
    const res = await search('噪音');
    expect(res.status).toBe(200);
    expect(res.body.words).toEqual(['噪音']);
    expect(idsOf(res).sort()).toEqual([ids.worksNoise, ids.worksNoiseAgain, ids.barNoise, ids.renovation, ids.oldMarket].sort());
    expect(res.body.total).toBe(5);

    expect(idsOf(await search('农民工工资'))).toEqual([ids.wages]);
    expect(idsOf(await search('拖欠 工资'))).toEqual([ids.wages]);
    expect(idsOf(await search('金桂花园'))).toEqual(expect.arrayContaining([ids.flooding, ids.parkingFee]));
    expect(idsOf(await search('金桂花园'))).toHaveLength(2);
    // Every word must be there: the bar is noisy but not a metro site.
    expect(idsOf(await search('地铁 噪音')).sort()).toEqual([ids.worksNoise, ids.worksNoiseAgain].sort());
    expect(idsOf(await search('油烟'))).toEqual([ids.kitchenFumes]);
    expect(idsOf(await search('公交 夜班车'))).toEqual([ids.busLine]);
    expect(idsOf(await search('资料费'))).toEqual([ids.schoolFee]);
    expect((await search('退款')).body.items).toEqual([]);
  });

  it('ranks the ticket with more hits first', async () => {
    const res = await search('噪音');
    expect(res.body.items[0].id).toBe(ids.barNoise);
    const order = idsOf(res);
    expect(order.indexOf(ids.barNoise)).toBeLessThan(order.indexOf(ids.renovation));
    expect(order.indexOf(ids.worksNoise)).toBeLessThan(order.indexOf(ids.renovation));
  });

  it('combines the words with status, unit, date and category filters', async () => {
    expect(idsOf(await search('噪音', '&status=handling'))).toEqual([ids.worksNoise]);
    expect(idsOf(await search('噪音', '&status=registered')).sort()).toEqual([ids.worksNoiseAgain, ids.renovation, ids.oldMarket].sort());
    expect(idsOf(await search('噪音', '&status=closed'))).toEqual([]);
    expect(idsOf(await search('噪音', `&unit=${t.fx.units.ENV}`))).toEqual([ids.worksNoise]);
    // A district's subtree: the bar went to one of its streets.
    expect(idsOf(await search('噪音', `&unit=${t.fx.units.DIST}`))).toEqual([ids.barNoise]);
    expect(idsOf(await search('噪音', '&from=2026-01-01&to=2026-01-31'))).toEqual([ids.oldMarket]);
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    expect(idsOf(await search('噪音', `&from=${today}`))).not.toContain(ids.oldMarket);
    expect(idsOf(await search('噪音', `&from=${today}`))).toHaveLength(4);
    expect(idsOf(await search('医保', '&status=closed'))).toEqual([ids.insurance]);
    expect(idsOf(await search('医保', '&type=consult'))).toEqual([ids.insurance]);
    expect(idsOf(await search('医保', '&type=complaint'))).toEqual([]);
  });

  // (Needs decideRegister to keep districtId in the registered event: src/domain/ticket.ts.)
  it('combines the words with a district filter (district recognised from the address)', async () => {
    const res = await search('噪音', `&district=${t.fx.units.DIST}`);
    expect(idsOf(res).sort()).toEqual([ids.worksNoise, ids.worksNoiseAgain, ids.barNoise].sort());
  });

  it('stores the district a ticket was registered with', async () => {
    const { id } = await register({ channel: 'phone', type: 'complaint', content: '楼下烧烤摊占道经营', districtId: t.fx.units.DIST });
    const row = await t.database.db.selectFrom('tickets').select('district_id').where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.district_id).toBe(t.fx.units.DIST);
  });

  // BUG (src/text/segment.ts queryTokens): a query is cut in jieba's precise mode, where
  // "拖欠工资" is one word; the documents hold search-mode tokens, so only a text with the
  // exact compound "拖欠工资" matches, and "拖欠二十多名农民工工资" does not. Flip to `it` once fixed.
  it('finds a compound query word whose parts are apart in the text (拖欠工资)', async () => {
    expect(idsOf(await search('拖欠工资'))).toEqual([ids.wages]);
  });

  // BUG (src/text/segment.ts): jieba joins the character after a coded or unknown district
  // with the next name ("K8县春华镇金鼎村" → k8 县 春华 镇金鼎村), so the document has no
  // "镇" token and the query "春华镇" (春华 & 镇) misses it. On the 4,326 real messages
  // "梅溪湖" finds 55 of 89 and "A7县" 432 of 735. Flip to `it` once fixed.
  it.fails('finds a town named right after a coded county (K8县春华镇)', async () => {
    const { id } = await register({ channel: 'web', type: 'help', content: 'K8县春华镇金鼎村已经停水三天，村民生活困难。' });
    expect(idsOf(await search('春华镇'))).toEqual([id]);
  });

  it('puts <mark> around the hits and escapes the HTML a caller typed', async () => {
    const res = await search('路灯');
    expect(idsOf(res)).toEqual([ids.typedMarkup]);
    const snippet: string = res.body.items[0].snippet;
    expect(snippet).toContain('<mark>路灯</mark>');
    expect(snippet).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(snippet).not.toContain('<img');
    expect(snippet.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
    // The stored text itself is kept as typed (escaping is for display).
    expect(res.body.items[0].content).toContain('<img src=x onerror=alert(1)>');
    // Without q there is no snippet.
    const plain = await t.call('agent', 'GET', '/api/v1/tickets?pageSize=200');
    expect(plain.body.items.find((x: { id: number }) => x.id === ids.typedMarkup).snippet).toBeUndefined();
  });

  it('never shows a phone number typed into the text unmasked in a snippet', async () => {
    for (const q of ['路灯', '13912345678', '联系', '漆黑', '1234 5678']) {
      const res = await search(q);
      expect(res.status).toBe(200);
      const text = JSON.stringify(res.body.items); // (res.body.words echoes the query itself)
      for (const secret of ['13912345678', '139-1234-5678', '139 1234 5678', '1391234']) expect(text, q).not.toContain(secret);
      for (const item of res.body.items) expect(item.snippet).not.toMatch(/1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}/);
    }
    const found = await search('路灯');
    expect(found.body.items[0].snippet).toContain('139****5678');
  });

  // BUG (src/domain/ticket.ts deriveTitle + src/domain/masking.ts maskText): a title derived
  // from the content is cut at 30 characters before masking; a phone number cut in half is no
  // longer 11 digits, escapes the mask, and the title (and every snippet) shows its first
  // digits. Flip to `it` once fixed.
  it('never shows a phone number cut short by a derived title', async () => {
    const { id } = await register({ channel: 'web', type: 'complaint', content: '幸福路井盖丢失很危险请尽快处理，我的手机是13912345678谢谢' });
    const res = await search('井盖');
    expect(idsOf(res)).toEqual([id]);
    const text = JSON.stringify(res.body);
    expect(text).not.toContain('1391234');
    expect(text).not.toContain('139123');
  });

  it('finds words that a reply added, and only for that ticket', async () => {
    expect((await search('隔音屏障')).body.items).toEqual([]);
    await step('env', ids.worksNoise, 'reply', { content: '已责令施工单位安装隔音屏障，并将打桩作业调整到白天。' });
    const res = await search('隔音屏障');
    expect(idsOf(res)).toEqual([ids.worksNoise]);
    // Old words still find it.
    expect(idsOf(await search('地铁 噪音'))).toContain(ids.worksNoise);
    // A dispatch note is searchable too.
    await step('dispatcher', ids.schoolFee, 'dispatch', { unitId: t.fx.units['DIST-1'], note: '请核实收费许可证' });
    expect(idsOf(await search('收费许可证'))).toEqual([ids.schoolFee]);
  });

  it("a unit handler never sees another unit's tickets in search results", async () => {
    const env = await search('噪音', '', 'env');
    expect(idsOf(env)).toEqual([ids.worksNoise]);
    expect(env.body.total).toBe(1);
    expect(idsOf(await search('积水', '', 'env'))).toEqual([ids.flooding]); // as assisting unit
    expect(idsOf(await search('农民工工资', '', 'env'))).toEqual([]);
    expect(idsOf(await search('农民工工资', '', 'hr'))).toEqual([ids.wages]);
    expect(idsOf(await search('噪音', '', 'hr'))).toEqual([]);
    expect(idsOf(await search('噪音', '', 'street2'))).toEqual([ids.barNoise]);
    expect(idsOf(await search('噪音', '', 'street1'))).toEqual([]);
    expect(idsOf(await search('噪音', '', 'district'))).toEqual([ids.barNoise]);
    // A filter cannot widen the scope.
    expect(idsOf(await search('噪音', `&unit=${t.fx.units.ENV}`, 'hr'))).toEqual([]);
    const all = await t.call('hr', 'GET', '/api/v1/tickets?pageSize=200');
    for (const item of all.body.items) expect([item.unitId, ...item.assistUnitIds]).toContain(t.fx.units.HR);
  });
});

describe('absurd queries', () => {
  it('an empty q is the plain list', async () => {
    const plain = await t.call('agent', 'GET', '/api/v1/tickets?pageSize=200');
    for (const q of ['', '   ']) {
      const res = await t.call('agent', 'GET', `/api/v1/tickets?pageSize=200&q=${encodeURIComponent(q)}`);
      expect(res.status).toBe(200);
      expect(res.body.total).toBe(plain.body.total);
      expect(res.body.words).toEqual([]);
      expect(res.body.items[0].snippet).toBeUndefined();
    }
  });

  it('refuses a query of 10,000 characters', async () => {
    const res = await search('噪'.repeat(10_000));
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
  });

  it('refuses a query with nothing to search in it', async () => {
    for (const q of ['，。！？', '!!!', '...', '的', '吗？', '\\', "'", '😀😀']) {
      const res = await search(q);
      expect(res.status, q).toBe(400);
      expect(res.body.code, q).toBe('query_has_no_words');
    }
  });

  it('treats SQL and tsquery syntax as words: 200 or 400, never 500, and nothing changes', async () => {
    const before = await snapshot(t.database);
    const count = async () => (await sql<{ n: number }>`SELECT count(*)::int AS n FROM tickets`.execute(t.database.db)).rows[0].n;
    const n = await count();
    for (const q of [
      "'; DROP TABLE tickets; --",
      "a' | 'b",
      '\\',
      '\\\\',
      "噪音' | '工资",
      '噪音 & !工资',
      '噪音:*',
      '噪音 <-> 工地',
      '!(噪音)',
      "') OR 1=1 --",
      '" OR ""="',
      '%_%',
      'a\u0000b',
      '噪音\u0000',
      'ab\u200dcd',
      '\u202e噪音',
    ]) {
      const res = await search(q);
      expect([200, 400], `${JSON.stringify(q)} → ${res.status} ${JSON.stringify(res.body)}`).toContain(res.status);
      const kb = await t.call('agent', 'GET', `/api/v1/kb/articles?q=${encodeURIComponent(q)}`);
      expect([200, 400], `kb ${JSON.stringify(q)} → ${kb.status}`).toContain(kb.status);
      const similar = await t.call('agent', 'POST', '/api/v1/tickets/similar', { content: q });
      expect([200, 400], `similar ${JSON.stringify(q)} → ${similar.status}`).toContain(similar.status);
    }
    // Quotes do not turn a query into an OR: "噪音' | '工资" still needs both words.
    expect(idsOf(await search("噪音' | '工资"))).toEqual([]);
    expect(await count()).toBe(n);
    expect(await snapshot(t.database)).toEqual(before);
  });
});

describe('caller history', () => {
  it("lists a caller's tickets by phone, however it is written, masked, with the open ones counted", async () => {
    const mine = [ids.worksNoise, ids.insurance, ids.typedMarkup];
    for (const phone of ['13800000001', '+8613800000001', '+86 138-0000-0001', '138-0000-0001', '0086 138 0000 0001']) {
      const res = await t.call('agent', 'GET', `/api/v1/callers/${encodeURIComponent(phone)}/tickets`);
      expect(res.status, phone).toBe(200);
      expect(idsOf(res).sort(), phone).toEqual([...mine].sort());
      expect(res.body.total).toBe(3);
      // worksNoise is being handled, typedMarkup registered, insurance answered and closed.
      expect(res.body.open).toBe(2);
      expect(JSON.stringify(res.body)).not.toContain('13800000001');
      for (const item of res.body.items) expect(item.caller.phone).toBe('138****0001');
    }
    const other = await t.call('dispatcher', 'GET', '/api/v1/callers/13700000003/tickets');
    expect(idsOf(other)).toEqual([ids.wages]);
    expect(other.body.open).toBe(1);
    expect((await t.call('agent', 'GET', '/api/v1/callers/13600000000/tickets')).body).toMatchObject({ items: [], total: 0, open: 0 });
  });

  it('is refused to an analyst, and a malformed number is a 400', async () => {
    const res = await t.call('analyst', 'GET', '/api/v1/callers/13800000001/tickets');
    expect(res.status).toBe(403);
    expect(JSON.stringify(res.body)).not.toContain('13800000001');
    expect((await t.call('agent', 'GET', '/api/v1/callers/not-a-phone/tickets')).status).toBe(400);
    expect((await t.call(null, 'GET', '/api/v1/callers/13800000001/tickets')).status).toBe(401);
  });

  it("a unit handler sees only its own unit's tickets of a caller", async () => {
    const res = await t.call('env', 'GET', '/api/v1/callers/13800000001/tickets');
    expect(res.status).toBe(200);
    expect(idsOf(res)).toEqual([ids.worksNoise]);
  });

  // BUG (src/api/search.ts GET /callers/:phone/tickets): `open` counts the open tickets on the
  // current page, not all of the caller's. Flip to `it` once fixed.
  it('counts all open tickets, not only those on the page', async () => {
    const res = await t.call('agent', 'GET', '/api/v1/callers/13800000001/tickets?pageSize=1');
    expect(res.body.total).toBe(3);
    expect(res.body.open).toBe(2);
  });
});

describe('similar tickets', () => {
  it('for a ticket: the duplicate about the same place and problem first, with a score; unrelated ones absent', async () => {
    const res = await t.call('dispatcher', 'GET', `/api/v1/tickets/${ids.worksNoise}/similar`);
    expect(res.status).toBe(200);
    const items = res.body.items as { id: number; score: number; why: { sharedWords: string[]; sharedPlaces: string[] } }[];
    expect(items[0].id).toBe(ids.worksNoiseAgain);
    expect(items[0].score).toBeGreaterThan(0.5);
    expect(items[0].score).toBeLessThanOrEqual(1);
    expect(items[0].why.sharedWords).toEqual(expect.arrayContaining(['噪音']));
    expect(items[0].why.sharedPlaces).toEqual(expect.arrayContaining(['建设路']));
    for (let i = 1; i < items.length; i++) expect(items[i].score).toBeLessThanOrEqual(items[i - 1].score);
    const found = items.map((x) => x.id);
    expect(found).not.toContain(ids.worksNoise);
    for (const unrelated of ['wages', 'parkingFee', 'busLine', 'insurance', 'schoolFee', 'kitchenFumes', 'typedMarkup']) expect(found, unrelated).not.toContain(ids[unrelated]);
    // Masked like every list.
    expect(JSON.stringify(res.body)).not.toContain('13900000002');
  });

  it('at intake, before registering: POST /tickets/similar finds the matter already on file', async () => {
    const before = await snapshot(t.database);
    const res = await t.call('agent', 'POST', '/api/v1/tickets/similar', {
      content: '建设路和人民路路口的地铁工地晚上打桩，噪音太大睡不着觉。',
      address: '东门街道建设路',
    });
    expect(res.status).toBe(200);
    const found = res.body.items.map((x: { id: number }) => x.id);
    expect(found.slice(0, 2).sort()).toEqual([ids.worksNoise, ids.worksNoiseAgain].sort());
    expect(found).not.toContain(ids.wages);
    expect(found).not.toContain(ids.busLine);
    expect(res.body.items[0].score).toEqual(expect.any(Number));
    expect(await snapshot(t.database)).toEqual(before);
    // Bad bodies are 400, and nothing at all is not a match for everything.
    expect((await t.call('agent', 'POST', '/api/v1/tickets/similar', {})).status).toBe(400);
    expect((await t.call('agent', 'POST', '/api/v1/tickets/similar', { content: '   ' })).status).toBe(400);
    expect((await t.call('agent', 'POST', '/api/v1/tickets/similar', { content: 'x'.repeat(10_001) })).status).toBe(400);
    expect((await t.call('agent', 'POST', '/api/v1/tickets/similar?limit=0', { content: '噪音' })).status).toBe(400);
    const punct = await t.call('agent', 'POST', '/api/v1/tickets/similar', { content: '。。。！！！' });
    expect(punct.status).toBe(200);
    expect(punct.body.items).toEqual([]);
  });

  it("a unit handler never sees another unit's tickets among similar ones", async () => {
    const env = await t.call('env', 'GET', `/api/v1/tickets/${ids.worksNoise}/similar`);
    expect(env.status).toBe(200);
    for (const item of env.body.items) expect([item.unitId, ...item.assistUnitIds]).toContain(t.fx.units.ENV);
    expect(env.body.items.map((x: { id: number }) => x.id)).not.toContain(ids.worksNoiseAgain);
    // Someone else's ticket is not found at all.
    expect((await t.call('env', 'GET', `/api/v1/tickets/${ids.wages}/similar`)).status).toBe(404);
    expect((await t.call('hr', 'GET', `/api/v1/tickets/${ids.worksNoise}/similar`)).status).toBe(404);
    const atIntake = await t.call('hr', 'POST', '/api/v1/tickets/similar', { content: '建设路地铁工地夜间打桩噪音扰民' });
    expect(atIntake.status).toBe(200);
    expect(atIntake.body.items).toEqual([]);
    const street2 = await t.call('street2', 'POST', '/api/v1/tickets/similar', { content: '解放路酒吧晚上放音乐噪音扰民' });
    for (const item of street2.body.items) expect([item.unitId, ...item.assistUnitIds]).toContain(t.fx.units['DIST-2']);
    expect(street2.body.items.map((x: { id: number }) => x.id)).toContain(ids.barNoise);
  });

  it('unknown ids are 404', async () => {
    expect((await t.call('agent', 'GET', '/api/v1/tickets/2000000000/similar')).status).toBe(404);
    expect((await t.call('agent', 'GET', '/api/v1/tickets/abc/similar')).status).toBe(404);
  });
});

describe('merging duplicates', () => {
  it("keeps every timeline, and the master's reply reaches each merged citizen with a phone", async () => {
    const works = TICKETS.worksNoise;
    const master = await register({ ...works, title: '东门街道雨污管网改造工地夜间切割路面噪音', content: '东门街道光华路雨污管网改造工地夜里切割路面，噪音刺耳。', caller: { name: '孙七', phone: '13500000007' } });
    const dupA = await register({ ...works, title: '光华路工地夜里切割路面', content: '光华路管网改造工地夜里切割路面，吵得睡不着。', caller: { name: '周八', phone: '+86 135-0000-0008' } });
    const dupB = await register({ ...works, title: '光华路夜间施工', content: '光华路夜间施工切割路面噪音大。', caller: { name: '吴九', phone: '13500000009' } });
    const dupNoPhone = await register({ ...works, title: '光华路工地噪音', content: '光华路工地晚上切割路面噪音很大。', caller: null });

    await step('dispatcher', master.id, 'dispatch', { unitId: t.fx.units.ENV });
    await step('env', master.id, 'accept');
    for (const d of [dupA, dupB, dupNoPhone]) {
      expect((await step('dispatcher', d.id, 'merge', { intoId: master.id })).status).toBe('merged');
    }
    const get = async (id: number) => (await t.call('dispatcher', 'GET', `/api/v1/tickets/${id}`)).body;
    const m = await get(master.id);
    expect(m.mergedTickets.map((x: { id: number }) => x.id)).toEqual([dupA.id, dupB.id, dupNoPhone.id]);
    expect(m.events.map((e: { type: string }) => e.type)).toEqual(['registered', 'dispatched', 'accepted', 'merge_received', 'merge_received', 'merge_received']);
    // Each duplicate is the same matter at the same place as the tickets before it, from another
    // citizen: flagged a repeat (重复件) of one of them when registered, then merged.
    const earlier = [master.id];
    for (const d of [dupA, dupB, dupNoPhone]) {
      const events = (await get(d.id)).events;
      expect(events.map((e: { type: string }) => e.type), d.title).toEqual(['registered', 'repeat_flagged', 'merged']);
      expect(events[1].payload, d.title).toMatchObject({ reason: 'matter' });
      expect(earlier, d.title).toContain(events[1].payload.repeatOf);
      earlier.push(d.id);
    }
    // A merged ticket is no longer a similar-ticket candidate.
    const similar = await t.call('dispatcher', 'GET', `/api/v1/tickets/${master.id}/similar`);
    expect(similar.body.items.map((x: { id: number }) => x.id)).not.toContain(dupA.id);

    const reply = '已责令施工单位停止夜间切割作业，改为白天施工。';
    await step('env', master.id, 'reply', { content: reply });
    for (const d of [dupA, dupB, dupNoPhone]) {
      const events = (await get(d.id)).events;
      expect(events.map((e: { type: string }) => e.type)).toEqual(['registered', 'repeat_flagged', 'merged', 'master_replied']);
      expect(events[3].payload).toMatchObject({ masterId: master.id, masterNumber: master.number, content: reply });
      expect((await get(d.id)).status).toBe('merged');
    }
    expect((await get(master.id)).events.at(-1).type).toBe('replied');

    const messages = await t.database.db.selectFrom('citizen_messages').selectAll().where('kind', '=', 'master_replied').orderBy('id').execute();
    expect(messages.map((x) => [x.ticket_id, x.phone])).toEqual([
      [dupA.id, '13500000008'],
      [dupB.id, '13500000009'],
    ]);
    for (const msg of messages) {
      expect(msg.text).toContain(reply);
      expect(msg.text).toContain(msg.ticket_id === dupA.id ? dupA.number : dupB.number);
    }
    // The master's own citizen is not sent a "merged" message.
    expect(messages.map((x) => x.ticket_id)).not.toContain(master.id);

    // A second reply (after a reopen) reaches them again: one more message each.
    await step('callback', master.id, 'callback', { reached: true, resolved: false, satisfaction: 'unsatisfied' });
    await step('env', master.id, 'reply', { content: '再次核查，夜间已无施工。' });
    const after = await t.database.db.selectFrom('citizen_messages').select(['ticket_id']).where('kind', '=', 'master_replied').execute();
    expect(after.filter((x) => x.ticket_id === dupA.id)).toHaveLength(2);
    expect(after.filter((x) => x.ticket_id === dupNoPhone.id)).toHaveLength(0);
  });
});
