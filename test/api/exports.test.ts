// XLSX exports: the same numbers as the JSON routes, Chinese headers, masked personal data,
// and the data scope of a unit handler.

import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shanghaiDate } from '../../src/domain/calendar.js';
import { COUNTS, MEASURES } from '../../src/domain/measures.js';
import { testApp, type TestApp, snapshot } from '../helpers.js';

let t: TestApp;

const PHONES = ['13812345678', '13900001111', '15900002222', '18600003333'];
const ID_NUMBER = '11010519491231002X';

const today = shanghaiDate(new Date());
const shift = (days: number) => shanghaiDate(new Date(Date.now() + days * 86_400_000));
// A period around today that also holds if the tests cross midnight.
const period = `from=${shift(-2)}&to=${shift(1)}`;

const step = async (user: string, id: number, name: string, body: unknown = {}) => {
  const res = await t.call(user, 'POST', `/api/v1/tickets/${id}/${name}`, body);
  expect(res.status, `${name}: ${JSON.stringify(res.body)}`).toBe(200);
  return res.body;
};

async function register(extra: Record<string, unknown> = {}, phone = PHONES[0]) {
  const res = await t.call('agent', 'POST', '/api/v1/tickets', {
    channel: 'phone',
    type: 'complaint',
    content: `东门街道建设路工地夜间施工噪音扰民，联系电话 ${phone}。`,
    caller: { name: '张三', phone },
    address: '东城区东门街道建设路12号',
    ...extra,
  });
  expect(res.status).toBe(201);
  return res.body as { id: number; number: string };
}

/** GET a binary download with a user's token. */
async function download(user: string, url: string) {
  const res = await t.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${t.tokens[user]}` } });
  return res;
}

async function workbook(user: string, url: string) {
  const res = await download(user, url);
  expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
  expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(res.rawPayload as unknown as ExcelJS.Buffer);
  return { wb, res };
}

/** The first sheet as header names and rows of plain values. */
function table(wb: ExcelJS.Workbook) {
  const ws = wb.worksheets[0];
  const width = ws.getRow(1).cellCount;
  const rows: unknown[][] = [];
  ws.eachRow((row) => {
    const out: unknown[] = [];
    for (let c = 1; c <= width; c++) {
      const v = row.getCell(c).value;
      out.push(v === undefined ? null : v);
    }
    rows.push(out);
  });
  const [header, ...body] = rows;
  return { header: header as string[], body };
}

function allText(wb: ExcelJS.Workbook): string {
  const out: string[] = [];
  wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => out.push(String(cell.value ?? '')))));
  return out.join('\n');
}

/** A rate cell holds the fraction itself (0.625, shown 62.5% by its format); an empty rate stays empty. */
const pct = (rate: number | null) => rate;
/** Shown as a percentage with one decimal: Excel's own format code. */
const PERCENT_FORMAT = '0.0%';

let envTickets: string[] = [];
let hrTickets: string[] = [];

beforeAll(async () => {
  t = await testApp();
  const cat = t.fx.categories;
  const unit = t.fx.units;
  // ENV: closed satisfied, one still handling, one returned by HR then redispatched.
  const a = await register({ categoryId: cat['ENV-NOISE-BUILD'] }, PHONES[0]);
  await step('dispatcher', a.id, 'dispatch', { unitId: unit.ENV });
  await step('env', a.id, 'accept');
  await step('env', a.id, 'reply', { content: '已责令停止夜间施工。' });
  await step('callback', a.id, 'callback', { reached: true, resolved: true, satisfaction: 'satisfied' });
  const b = await register({ categoryId: cat['ENV-NOISE-BUILD'], content: `身份证 ${ID_NUMBER}，电话 ${PHONES[1]}，噪音。` }, PHONES[1]);
  await step('dispatcher', b.id, 'dispatch', { unitId: unit.ENV });
  await step('env', b.id, 'accept');
  const c = await register({ categoryId: cat['ENV-NOISE'] }, PHONES[2]);
  await step('dispatcher', c.id, 'dispatch', { unitId: unit.HR });
  await step('hr', c.id, 'return', { reason: '不属于人社职责' });
  await step('dispatcher', c.id, 'review-return', { approve: true });
  await step('dispatcher', c.id, 'dispatch', { unitId: unit.ENV });
  envTickets = [a.number, b.number, c.number];
  // HR: replied, unresolved and unsatisfied → reopened.
  const d = await register({ categoryId: cat['HR-WAGE-UNPAID'], type: 'help', channel: 'web', content: '公司拖欠三个月工资。' }, PHONES[3]);
  await step('dispatcher', d.id, 'dispatch', { unitId: unit.HR });
  await step('hr', d.id, 'accept');
  await step('hr', d.id, 'reply', { content: '已联系企业。' });
  await step('callback', d.id, 'callback', { reached: true, resolved: false, satisfaction: 'unsatisfied' });
  hrTickets = [d.number];
  // A street, and a consultation answered directly, and one still waiting for dispatch.
  const e = await register({ categoryId: cat['ENV-NOISE-BUILD'] }, PHONES[0]);
  await step('dispatcher', e.id, 'dispatch', { unitId: unit['DIST-1'] });
  await step('street1', e.id, 'accept');
  const f = await register({ type: 'consult', channel: 'wechat', content: '社保卡怎么补办？' }, PHONES[2]);
  await step('agent', f.id, 'answer', { content: '携带身份证到任一社保网点办理。' });
  await register({ type: 'suggestion', content: `建议增设公交线路，电话 ${PHONES[3]}` }, PHONES[3]);
});

afterAll(async () => {
  await t?.close();
});

describe('GET /api/v1/measures.xlsx', () => {
  for (const group of ['unit', 'category', 'line', 'district'] as const) {
    it(`holds exactly the numbers of GET /api/v1/measures (group=${group})`, async () => {
      const query = `group=${group}&${period}`;
      const json = await t.call('analyst', 'GET', `/api/v1/measures?${query}`);
      expect(json.status).toBe(200);
      const { wb, res } = await workbook('analyst', `/api/v1/measures.xlsx?${query}`);
      const { header, body } = table(wb);
      const ws = wb.worksheets[0];
      expect(header).toEqual([
        '名称',
        '受理量',
        ...COUNTS.map((c) => c.label),
        ...MEASURES.flatMap((m) => [m.label, `${m.label}分子`, `${m.label}分母`]),
        '平均办理时长(工作小时)',
      ]);
      expect(header).toContain('满意率分子');
      expect(header).toContain('满意率分母');
      const items = json.body.items as { name: string; measures: Record<string, any> }[];
      expect(body).toHaveLength(items.length);
      items.forEach((item, i) => {
        const row = body[i];
        const cell = (h: string) => row[header.indexOf(h)];
        expect(cell('名称')).toBe(item.name);
        expect(cell('受理量')).toBe(item.measures.volume);
        for (const c of COUNTS) expect(cell(c.label), `${item.name} ${c.label}`).toBe(item.measures[c.name]);
        for (const m of MEASURES) {
          const v = item.measures[m.name];
          expect(cell(m.label), `${item.name} ${m.label}`).toBe(pct(v.rate));
          expect(cell(`${m.label}分子`)).toBe(v.numerator);
          expect(cell(`${m.label}分母`)).toBe(v.denominator);
          if (v.denominator > 0) expect(cell(m.label)).toBeCloseTo(v.numerator / v.denominator, 6);
          expect(ws.getRow(i + 2).getCell(header.indexOf(m.label) + 1).numFmt, m.label).toBe(PERCENT_FORMAT);
        }
        expect(cell('平均办理时长(工作小时)')).toBe(item.measures.average_handling_hours);
      });
      if (group === 'unit') {
        // The fixture's tickets are really there: not a table of zeros.
        const env = items.find((i) => i.name === '测试市生态环境局')!;
        expect(env.measures.volume).toBe(3);
        expect(env.measures.satisfaction_rate).toMatchObject({ numerator: 1, denominator: 1 });
        const hr = items.find((i) => i.name === '测试市人社局')!;
        expect(hr.measures.return_rate).toMatchObject({ numerator: 1 });
        expect(hr.measures.satisfaction_rate).toMatchObject({ numerator: 0, denominator: 1, rate: 0 });
      }
      const disposition = String(res.headers['content-disposition']);
      expect(disposition).toMatch(/^attachment; filename="[\x20-\x7e]+\.xlsx"; filename\*=UTF-8''[A-Za-z0-9%._-]+$/);
      const encoded = /filename\*=UTF-8''(.+)$/.exec(disposition)![1];
      expect(decodeURIComponent(encoded)).toMatch(/^服务质量指标-.+\.xlsx$/);
      expect(wb.getWorksheet('说明')).toBeDefined();
    });
  }

  it('keeps a unit handler to their own subtree, like the JSON route, and refuses other roles', async () => {
    const json = await t.call('district', 'GET', `/api/v1/measures?${period}`);
    const { wb } = await workbook('district', `/api/v1/measures.xlsx?${period}`);
    const names = table(wb).body.map((r) => r[0]);
    expect(names).toEqual(json.body.items.map((i: { name: string }) => i.name));
    expect(names.sort()).toEqual(['东城区', '东门街道', '西门街道'].sort());
    const before = await snapshot(t.database);
    const byCategory = await download('district', `/api/v1/measures.xlsx?group=category&${period}`);
    expect(byCategory.statusCode).toBe(403);
    expect(byCategory.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect((await download('agent', '/api/v1/measures.xlsx')).statusCode).toBe(403);
    expect((await download('analyst', '/api/v1/measures.xlsx?from=2026-02-30')).statusCode).toBe(400);
    expect((await download('analyst', '/api/v1/measures.xlsx?from=2026-03-02&to=2026-03-01')).statusCode).toBe(400);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/measures.xlsx' })).statusCode).toBe(401);
    expect(await snapshot(t.database)).toEqual(before);
  });
});

describe('GET /api/v1/rankings.xlsx', () => {
  it('holds the ranking of GET /api/v1/rankings', async () => {
    const json = await t.call('supervisor', 'GET', `/api/v1/rankings?${period}&kind=department`);
    expect(json.status).toBe(200);
    expect(json.body.items.length).toBeGreaterThan(0);
    const { wb } = await workbook('supervisor', `/api/v1/rankings.xlsx?${period}&kind=department`);
    const { header, body } = table(wb);
    expect(header).toEqual(['排名', '单位', '综合得分', '响应率', '解决率', '满意率', '受理量']);
    expect(body).toEqual(
      json.body.items.map((r: any) => [
        r.rank ?? r.note, // unranked units (fewer tickets than the minimum sample) read 样本不足
        r.name,
        r.score,
        pct(r.measures.response_rate.rate),
        pct(r.measures.resolution_rate.rate),
        pct(r.measures.satisfaction_rate.rate),
        r.measures.volume,
      ]),
    );
    for (const h of ['响应率', '解决率', '满意率']) expect(wb.worksheets[0].getRow(2).getCell(header.indexOf(h) + 1).numFmt, h).toBe(PERCENT_FORMAT);
    const before = await snapshot(t.database);
    expect((await download('env', '/api/v1/rankings.xlsx')).statusCode).toBe(403);
    expect((await download('supervisor', '/api/v1/rankings.xlsx?kind=planet')).statusCode).toBe(400);
    expect(await snapshot(t.database)).toEqual(before);
  });
});

describe('GET /api/v1/tickets.xlsx', () => {
  const HEADERS = ['工单编号', '受理时间', '状态', '类型', '渠道', '标题', '内容', '来电人', '来电号码', '地址', '分类', '主办单位', '签收时限', '办理时限', '满意度'];

  it('lists every visible ticket once, in Chinese, with personal data masked', async () => {
    const list = await t.call('admin', 'GET', '/api/v1/tickets?pageSize=200');
    const { wb, res } = await workbook('admin', '/api/v1/tickets.xlsx');
    const { header, body } = table(wb);
    expect(header).toEqual(HEADERS);
    expect(body).toHaveLength(list.body.total);
    expect(body.map((r) => r[0]).sort()).toEqual(list.body.items.map((i: { number: string }) => i.number).sort());
    const col = (h: string) => header.indexOf(h);
    const first = body.find((r) => r[0] === envTickets[0])!;
    expect(first[col('状态')]).toBe('已办结');
    expect(first[col('类型')]).toBe('投诉');
    expect(first[col('渠道')]).toBe('电话');
    expect(first[col('来电人')]).toBe('张*');
    expect(first[col('来电号码')]).toBe('138****5678');
    expect(first[col('分类')]).toBe('环境保护/噪声污染/施工噪声');
    expect(first[col('主办单位')]).toBe('测试市生态环境局');
    expect(first[col('满意度')]).toBe('满意');
    // Dates are date cells holding the Asia/Shanghai wall time (a workbook has no time zone): the
    // API's instant plus 8 hours, read back as the same minute, and shown with a date format.
    const api = list.body.items.find((i: { number: string }) => i.number === envTickets[0]);
    for (const [h, instant] of [['受理时间', api.createdAt], ['签收时限', api.acceptBy], ['办理时限', api.dueBy]] as [string, string][]) {
      const v = first[col(h)];
      expect(v, h).toBeInstanceOf(Date);
      expect(Math.abs((v as Date).getTime() - (new Date(instant).getTime() + 8 * 3_600_000)), h).toBeLessThan(1000);
      const rowNo = body.indexOf(first) + 2;
      expect(wb.worksheets[0].getRow(rowNo).getCell(col(h) + 1).numFmt, h).toBe('yyyy-mm-dd hh:mm');
    }
    // Created a moment ago: in Asia/Shanghai that is today's date.
    expect((first[col('受理时间')] as Date).toISOString().slice(0, 10)).toBe(today);
    const text = allText(wb);
    for (const secret of [...PHONES, ID_NUMBER, '张三']) expect(text).not.toContain(secret);
    expect(text).not.toMatch(/(?<!\d)\d{11}(?!\d)/);
    expect(text).toContain('110105********002X');
    const encoded = /filename\*=UTF-8''(.+)$/.exec(String(res.headers['content-disposition']))![1];
    expect(decodeURIComponent(encoded)).toMatch(/^工单导出-\d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(res.headers['x-total-count']).toBe(String(list.body.total));
  });

  it("gives a unit handler only their subtree's tickets, none of another unit's", async () => {
    const { wb } = await workbook('env', '/api/v1/tickets.xlsx');
    const numbers = table(wb).body.map((r) => r[0]);
    expect(numbers.sort()).toEqual([...envTickets].sort());
    for (const n of hrTickets) expect(numbers).not.toContain(n);
    const hr = table((await workbook('hr', '/api/v1/tickets.xlsx')).wb).body.map((r) => r[0]);
    expect(hr).toEqual(hrTickets);
    for (const n of envTickets) expect(hr).not.toContain(n);
    // Asking for another unit's tickets by filter does not widen the scope.
    const other = table((await workbook('hr', `/api/v1/tickets.xlsx?unit=${t.fx.units.ENV}`)).wb).body;
    expect(other).toHaveLength(0);
  });

  it('holds the same tickets as GET /api/v1/tickets for the same query, in the same order', async () => {
    for (const query of [
      '',
      'status=handling,dispatched',
      `unit=${t.fx.units.DIST}`,
      'satisfaction=satisfied',
      'overdue=true',
      'sort=due',
      'channel=web&type=help',
      `q=${encodeURIComponent('噪音')}`,
    ]) {
      for (const user of ['admin', 'env']) {
        const list = await t.call(user, 'GET', `/api/v1/tickets?pageSize=200&${query}`);
        expect(list.status, query).toBe(200);
        const { wb } = await workbook(user, `/api/v1/tickets.xlsx?${query}`);
        expect(table(wb).body.map((r) => r[0]), `${user} ${query}`).toEqual(list.body.items.map((i: { number: string }) => i.number));
        if (user === 'admin' && (query === '' || query.startsWith('q='))) expect(list.body.items.length, query).toBeGreaterThan(0);
      }
    }
  });

  it('applies the list filters and refuses bad ones', async () => {
    const { wb } = await workbook('dispatcher', `/api/v1/tickets.xlsx?status=closed&type=consult`);
    const { header, body } = table(wb);
    expect(body.length).toBe(1);
    expect(body[0][header.indexOf('状态')]).toBe('已办结');
    expect(body[0][header.indexOf('类型')]).toBe('咨询');
    expect(body[0][header.indexOf('渠道')]).toBe('微信');
    const byCategory = table((await workbook('dispatcher', `/api/v1/tickets.xlsx?category=${t.fx.categories['ENV-NOISE']}`)).wb).body;
    expect(byCategory).toHaveLength(4);
    const before = await snapshot(t.database);
    expect((await download('dispatcher', `/api/v1/tickets.xlsx?q=${encodeURIComponent('，。')}`)).statusCode).toBe(400);
    const bad = await download('dispatcher', '/api/v1/tickets.xlsx?status=bogus');
    expect(bad.statusCode).toBe(400);
    expect(await snapshot(t.database)).toEqual(before);
    expect(bad.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});
