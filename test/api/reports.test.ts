// The daily report 民情日报: figures of one Asia/Shanghai day, the overdue list, the three rates
// of the units, who may read it, and the PDF (Chromium is required; the clear 503 where
// HOTLINE_CHROMIUM names no working one).

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shanghaiDate } from '../../src/domain/calendar.js';
import { formatDateZh, formatRate } from '../../src/api/report-html.js';
import { testApp, type TestApp, snapshot } from '../helpers.js';

let t: TestApp;

const DAY = '2026-03-10'; // a Tuesday
const at = (local: string) => new Date(`${local}+08:00`);

const step = async (user: string, id: number, name: string, body: unknown = {}) => {
  const res = await t.call(user, 'POST', `/api/v1/tickets/${id}/${name}`, body);
  expect(res.status, `${name}: ${JSON.stringify(res.body)}`).toBe(200);
  return res.body;
};

/** Registers (and optionally runs steps) with the server's clock at the given Shanghai time. */
async function registerAt(when: string, extra: Record<string, unknown> = {}) {
  t.setNow(at(when));
  const res = await t.call('agent', 'POST', '/api/v1/tickets', {
    channel: 'phone',
    type: 'complaint',
    content: '建设路工地夜间施工噪音扰民，凌晨还在打桩。',
    caller: { name: '张三', phone: '13812345678' },
    ...extra,
  });
  expect(res.status).toBe(201);
  return res.body as { id: number; number: string; dueBy: string | null };
}

async function stepAt(when: string, user: string, id: number, name: string, body: unknown = {}) {
  t.setNow(at(when));
  return step(user, id, name, body);
}

const report = (user: string, query = `?date=${DAY}`) => t.call(user, 'GET', `/api/v1/reports/daily${query}`);

let overdue: { id: number; number: string };
let notOverdue: string[] = [];
let nextDay: string;

beforeAll(async () => {
  t = await testApp();
  const cat = t.fx.categories;
  const unit = t.fx.units;
  // A week before: dispatched on Monday 2026-03-02, never accepted: five working days → due
  // Monday 2026-03-09 10:00, overdue by the end of 2026-03-10.
  overdue = await registerAt('2026-03-02T09:00:00', { title: '<b>工地</b>夜间施工 & 噪音', categoryId: cat['ENV-NOISE-BUILD'] });
  await stepAt('2026-03-02T10:00:00', 'dispatcher', overdue.id, 'dispatch', { unitId: unit.ENV });
  // The 7 days before: two tickets.
  await registerAt('2026-03-04T15:00:00', { categoryId: cat['HR-WAGE-UNPAID'], type: 'help' });
  await registerAt('2026-03-05T10:00:00', { categoryId: cat['ENV-NOISE-BUILD'] });

  // The day: four noise complaints (a rising topic), one wage complaint, one consultation.
  const noise = [];
  for (let i = 0; i < 4; i++) noise.push(await registerAt(`${DAY}T09:0${i}:00`, { categoryId: cat['ENV-NOISE-BUILD'] }));
  for (const n of noise) await stepAt(`${DAY}T09:10:00`, 'dispatcher', n.id, 'dispatch', { unitId: unit.ENV });
  for (const n of noise.slice(0, 3)) await stepAt(`${DAY}T09:20:00`, 'env', n.id, 'accept');
  for (const n of noise.slice(0, 3)) await stepAt(`${DAY}T10:00:00`, 'env', n.id, 'reply', { content: '已责令停止夜间施工。' });
  await stepAt(`${DAY}T11:00:00`, 'callback', noise[0].id, 'callback', { reached: true, resolved: true, satisfaction: 'satisfied' });
  await stepAt(`${DAY}T11:05:00`, 'callback', noise[1].id, 'callback', { reached: true, resolved: true, satisfaction: 'basically_satisfied' });
  await stepAt(`${DAY}T11:10:00`, 'callback', noise[2].id, 'callback', { reached: true, resolved: false, satisfaction: 'unsatisfied' });
  const wage = await registerAt(`${DAY}T13:00:00`, { categoryId: cat['HR-WAGE-UNPAID'], channel: 'web', type: 'help', content: '公司拖欠三个月工资。' });
  await stepAt(`${DAY}T13:30:00`, 'dispatcher', wage.id, 'dispatch', { unitId: unit.HR });
  await stepAt(`${DAY}T16:00:00`, 'hr', wage.id, 'accept');
  const consult = await registerAt(`${DAY}T17:00:00`, { type: 'consult', channel: 'wechat', content: '社保卡怎么补办？' });
  await stepAt(`${DAY}T17:05:00`, 'agent', consult.id, 'answer', { content: '到任一社保网点办理。' });
  notOverdue = [...noise.map((n) => n.number), wage.number];

  // The next morning: not part of the day.
  nextDay = (await registerAt('2026-03-11T08:00:00', { categoryId: cat['ENV-NOISE-BUILD'] })).number;
  t.setNow(at('2026-03-11T09:00:00'));
});

afterAll(async () => {
  t?.setNow(null);
  await t?.close();
});

/** The inner HTML of the element with this id (tables here do not nest tables of the same id). */
const section = (html: string, id: string) => {
  const start = html.indexOf(`id="${id}"`);
  expect(start, id).toBeGreaterThan(-1);
  return html.slice(start, html.indexOf('</table>', html.indexOf('<tbody>', start)));
};

describe('GET /api/v1/reports/daily', () => {
  it('is a self-contained zh-CN page with the day’s volume, types, channels and categories', async () => {
    const res = await report('analyst');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    const html = res.body as string;
    expect(html).toMatch(/^<!DOCTYPE html>\s*<html lang="zh-CN">/);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('民情日报');
    expect(html).toContain(formatDateZh(DAY));
    expect(html).toContain('2026年3月10日（星期二）');
    // Nothing fetched from elsewhere, nothing run.
    expect(html).not.toMatch(/<script|<link|src=|url\(/i);

    expect(/id="kpi-volume">.*?class="value">(\d+)</s.exec(html)![1]).toBe('6');
    expect(html).toContain('前7日合计 2 件');
    expect(/id="kpi-average">.*?class="value">([\d.]+)</s.exec(html)![1]).toBe('0.3');

    const types = section(html, 'by-type');
    expect(types).toMatch(/投诉<\/th>.*?<td class="num">4<\/td>/s);
    expect(types).toMatch(/求助<\/th>.*?<td class="num">1<\/td>/s);
    expect(types).toMatch(/咨询<\/th>.*?<td class="num">1<\/td>/s);
    const channels = section(html, 'by-channel');
    expect(channels).toMatch(/电话<\/th>.*?<td class="num">4<\/td>/s);
    expect(channels).toContain('微信');

    const top = section(html, 'top-categories');
    expect(top).toContain('环境保护 › 噪声污染');
    expect(top).toMatch(/噪声污染<\/td><td class="num">4<\/td>/);
    expect(top).toContain('劳动保障 › 工资待遇');
    expect(top).toContain('未分类');
    // 4 today against 1 in the 7 days before: rising; 1 wage complaint is not.
    const rising = section(html, 'rising');
    expect(rising).toContain('噪声污染');
    expect(rising).not.toContain('工资待遇');
    expect(html).toContain('判定规则：当日受理量不少于 3 件');
  });

  it('lists the overdue ticket, escaped, with its unit, deadline and how long it is overdue', async () => {
    const html = (await report('supervisor')).body as string;
    const list = section(html, 'overdue');
    expect(list).toContain(overdue.number);
    expect(list).toContain('&lt;b&gt;工地&lt;/b&gt;夜间施工 &amp; 噪音');
    expect(html).not.toContain('<b>工地</b>');
    expect(list).toContain('测试市生态环境局');
    expect(list).toContain('2026-03-09 10:00'); // due, Asia/Shanghai
    expect(list).toContain('1天14小时'); // until 2026-03-10 24:00
    for (const n of [...notOverdue, nextDay]) expect(list).not.toContain(n);
    expect(/id="kpi-overdue">.*?class="value[^"]*">(\d+)</s.exec(html)![1]).toBe('1');
    // A day before it fell due, it is not overdue yet.
    const before = (await report('supervisor', '?date=2026-03-06')).body as string;
    expect(before).not.toContain(overdue.number);
    expect(before).toContain('无超期工单');
  });

  it('shows each unit’s three rates for the day and the last 30 days, as the measures say', async () => {
    const html = (await report('dispatcher')).body as string;
    const [day, month] = await Promise.all([
      t.call('analyst', 'GET', `/api/v1/measures?group=unit&from=${DAY}&to=${DAY}`),
      t.call('analyst', 'GET', `/api/v1/measures?group=unit&from=2026-02-09&to=${DAY}`),
    ]);
    const byKey = (res: { body: any }) => new Map(res.body.items.map((i: any) => [i.key, i.measures]));
    const d = byKey(day);
    const m = byKey(month);
    const env = d.get(String(t.fx.units.ENV)) as any;
    expect(env.satisfaction_rate).toMatchObject({ numerator: 2, denominator: 3 });
    for (const code of ['ENV', 'HR', 'CENTER']) {
      const id = String(t.fx.units[code]);
      const row = new RegExp(`<tr data-unit="${id}">(.*?)</tr>`, 's').exec(html);
      expect(row, code).not.toBeNull();
      const rates = [...row![1].matchAll(/class="num rate [^"]*"[^>]*>([^<]*)</g)].map((x) => x[1]);
      const expected = [d, m].flatMap((set) => {
        const v = set.get(id) as any;
        return [v.response_rate.rate, v.resolution_rate.rate, v.satisfaction_rate.rate].map(formatRate);
      });
      expect(rates, code).toEqual(expected);
      const volumes = [...row![1].matchAll(/<td class="num(?: split)?">(\d+)<\/td>/g)].map((x) => Number(x[1]));
      expect(volumes).toEqual([(d.get(id) as any).volume, (m.get(id) as any).volume]);
    }
    expect(html).toMatch(new RegExp(`<tr data-unit="${t.fx.units.ENV}">.*?66\\.7%`, 's'));
    // Units with nothing in the 30 days are left out.
    expect(html).not.toContain(`data-unit="${t.fx.units['DIST-2']}"`);
  });

  it('is for supervisors, analysts, admins and dispatchers only', async () => {
    for (const user of ['supervisor', 'analyst', 'admin', 'dispatcher']) expect((await report(user)).status, user).toBe(200);
    for (const user of ['env', 'district', 'agent', 'callback']) {
      const res = await report(user);
      expect(res.status, user).toBe(403);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body.code).toBe('forbidden');
    }
    expect((await t.call(null, 'GET', '/api/v1/reports/daily')).status).toBe(401);
    expect((await t.call('env', 'GET', `/api/v1/reports/daily.pdf?date=${DAY}`)).status).toBe(403);
  });

  it('refuses a malformed or impossible date with 400 problem+json, and defaults to yesterday (Asia/Shanghai)', async () => {
    const before = await snapshot(t.database);
    for (const bad of ['2026-02-30', '2026-3-1', 'yesterday', '2026-13-01', '0000-01-01', '20260310']) {
      for (const path of ['daily', 'daily.pdf']) {
        const res = await t.call('analyst', 'GET', `/api/v1/reports/${path}?date=${encodeURIComponent(bad)}`);
        expect(res.status, `${path} ${bad}`).toBe(400);
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(res.body).toMatchObject({ status: 400, code: 'validation_failed' });
      }
    }
    expect(await snapshot(t.database)).toEqual(before);
    // Today is a partial day: with no date the report is of the last whole day, yesterday in
    // Shanghai — at 00:30 on 11 March Shanghai time (16:30 UTC on the 10th) that is 10 March,
    // and still at 23:59 (15:59 UTC on the 11th).
    for (const [now, day] of [['2026-03-11T00:30:00', '2026-03-10'], ['2026-03-11T23:59:00', '2026-03-10'], ['2026-03-01T08:00:00', '2026-02-28']]) {
      t.setNow(at(now));
      const res = await report('analyst', '');
      expect(res.status).toBe(200);
      expect(res.body, now).toContain(`<div class="date">${formatDateZh(day)}</div>`);
      expect(res.body, now).toContain(`<title>民情日报 ${day}</title>`);
    }
    // The real clock too.
    t.setNow(null);
    expect((await report('analyst', '')).body).toContain(`<title>民情日报 ${shanghaiDate(new Date(Date.now() - 86_400_000))}</title>`);
    t.setNow(at('2026-03-11T09:00:00'));
  });

  it('counts the requests not taken (不予受理) apart: in the volume, named under it', async () => {
    expect((await report('analyst')).body).toMatch(/id="kpi-refused">其中不予受理 0 件</);
    // Friday 2026-03-13: three requests, two of them refused on the call.
    const day = '2026-03-13';
    const taken = await registerAt(`${day}T09:00:00`, { categoryId: t.fx.categories['ENV-NOISE-BUILD'] });
    for (const [when, reason] of [['10:00', 'litigation'], ['11:00', 'petition']]) {
      const r = await registerAt(`${day}T${when}:00`, { content: '已经起诉到法院了，希望热线督促法院尽快判决。' });
      await stepAt(`${day}T${when.replace(':00', ':05')}:00`, 'agent', r.id, 'refuse', { reason });
    }
    t.setNow(at('2026-03-13T18:00:00'));
    const html = (await report('analyst', `?date=${day}`)).body as string;
    expect(/id="kpi-volume">.*?class="value">(\d+)</s.exec(html)![1]).toBe('3');
    expect(html).toMatch(/id="kpi-refused">其中不予受理 2 件</);
    expect(taken.number).toBeTruthy();
    t.setNow(at('2026-03-11T09:00:00'));
  });
});

describe('GET /api/v1/reports/daily.pdf', () => {
  const pdf = (query = `?date=${DAY}`) =>
    t.app.inject({ method: 'GET', url: `/api/v1/reports/daily.pdf${query}`, headers: { authorization: `Bearer ${t.tokens.analyst}` } });

  /** The PDF's document title (Chromium writes the page's <title> as UTF-16BE, in a literal or a hex string). */
  function pdfTitle(bytes: Buffer): string | null {
    const text = bytes.toString('latin1');
    const hex = /\/Title\s*<([0-9A-Fa-f\s]+)>/.exec(text);
    const literal = /\/Title\s*\(((?:\\.|[^\\)])*)\)/s.exec(text);
    let raw: Buffer;
    if (hex) raw = Buffer.from(hex[1].replace(/\s/g, ''), 'hex');
    else if (literal) {
      const unescaped = literal[1].replace(/\\([0-7]{1,3}|.)/gs, (_m, e: string) =>
        /^[0-7]+$/.test(e) ? String.fromCharCode(parseInt(e, 8)) : ({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' } as Record<string, string>)[e] ?? e,
      );
      raw = Buffer.from(unescaped, 'latin1');
    } else return null;
    if (raw[0] === 0xfe && raw[1] === 0xff) return raw.subarray(2).swap16().toString('utf16le');
    return raw.toString('latin1');
  }

  // Chromium is part of the test environment (CI installs it: .ci/run, scripts/ensure-chromium.mjs):
  // where it is missing this fails, with the server's own words on what to install.
  it('prints the report with Chromium', async () => {
    const res = await pdf();
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(res.rawPayload.length).toBeGreaterThan(10_000);
    expect(pdfTitle(res.rawPayload)).toBe(`民情日报 ${DAY}`);
    // Every page is numbered in its footer: 第 i 页，共 n 页, read back with PDF.js. (The footer's
    // CJK font maps 页 to a radical in its text layer, so the numbers are what is matched.)
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await pdfjs.getDocument({ data: new Uint8Array(res.rawPayload), useSystemFonts: false }).promise;
    expect(doc.numPages).toBeGreaterThanOrEqual(2);
    for (let i = 1; i <= doc.numPages; i++) {
      const text = (await (await doc.getPage(i)).getTextContent()).items.map((x) => ('str' in x ? x.str : '')).join('');
      expect(text, `page ${i}`).toMatch(new RegExp(`${DAY} · 第 ${i} \\S，共 ${doc.numPages} \\S`));
    }
    await doc.destroy();
    expect(decodeURIComponent(/filename\*=UTF-8''(.+)$/.exec(String(res.headers['content-disposition']))![1])).toBe(`民情日报-${DAY}.pdf`);
    // The browser is reused for the next one.
    const again = await pdf();
    expect(again.statusCode).toBe(200);
    expect(again.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  }, 180_000); // a cold Chromium start on a busy CI machine

  it('answers 503 chromium_missing with what to install when HOTLINE_CHROMIUM names no file; HTML still works', async () => {
    const saved = process.env.HOTLINE_CHROMIUM;
    process.env.HOTLINE_CHROMIUM = '/nonexistent/chromium';
    try {
      const res = await pdf();
      expect(res.statusCode).toBe(503);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      const body = JSON.parse(res.body);
      expect(body).toMatchObject({ status: 503, code: 'chromium_missing' });
      expect(body.detail).toContain('apt-get install -y chromium fonts-noto-cjk');
      expect(body.detail).toContain('/nonexistent/chromium');
      expect((await report('analyst')).status).toBe(200);
      // A file that is not a working Chromium: 503 as well, with its own code.
      process.env.HOTLINE_CHROMIUM = '/bin/true';
      const failed = await pdf();
      expect(failed.statusCode).toBe(503);
      expect(JSON.parse(failed.body).code).toBe('chromium_failed');
    } finally {
      if (saved === undefined) delete process.env.HOTLINE_CHROMIUM;
      else process.env.HOTLINE_CHROMIUM = saved;
    }
  });
});
