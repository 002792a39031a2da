// The floor's figures (issue 16 item 1) from a scripted day of calls sent through the real
// telephony events route, with every figure worked out by hand in the comments; breakdowns,
// who may read them, bad input, and a late event for a day already rolled up.

import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../src/store/apikeys.js';
import { createUser } from '../../src/store/users.js';
import { local, PASSWORD, snapshot, testApp, type TestApp } from '../helpers.js';

let t: TestApp;
let key: string;
let agentId: number;
let agent2Id: number;

const event = (callId: string, body: Record<string, unknown>, at: string, now = at) =>
  t.at(now, () => t.call(null, 'POST', `/api/v1/telephony/calls/${callId}/events`, { ...body, at: local(at).toISOString() }, { 'x-api-key': key }));

const ok = async (p: Promise<{ status: number; body: any }>) => {
  const res = await p;
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
};

const measures = (user: string, query: string, at: string) => t.at(at, () => t.call(user, 'GET', `/api/v1/calls/measures?${query}`));
const breakdown = (user: string, query: string, at: string) => t.at(at, () => t.call(user, 'GET', `/api/v1/calls/measures/breakdown?${query}`));

beforeAll(async () => {
  t = await testApp();
  key = (await createApiKey(t.database.db, { name: '呼叫中心', scope: 'telephony' })).key;
  agentId = (await t.database.db.selectFrom('users').select('id').where('username', '=', 'agent').executeTakeFirstOrThrow()).id;
  agent2Id = (await createUser(t.database.db, { username: 'agent2', password: PASSWORD, role: 'agent', unitId: null })).id;

  // The scripted day, Monday 2 March 2026, on 12345 (times Asia/Shanghai):
  //  A 13900000001 queued 09:00:00, answered by agent at 09:00:08 (wait 8 s), ended 09:03:08 (talk 180 s)
  //  B 13900000002 queued 09:10:00, answered by agent2 at 09:10:40 (wait 40 s), ended 09:12:40 (talk 120 s)
  //  C 13900000003 queued 10:00:00, hung up 10:00:03 (abandoned after 3 s: short)
  //  D 13900000004 queued 10:20:00, hung up 10:20:30 (abandoned after 30 s)
  //  E 13900000004 again, queued 10:25:00, answered by agent at 10:25:12 (wait 12 s), ended 10:30:12 (talk 300 s)
  //  F 13900000005 queued 17:59:50, still waiting when the figures are read at 18:00
  const script: [string, string, Record<string, unknown>][] = [
    ['c-a', '2026-03-02 09:00:00', { state: 'queued', caller: '13900000001', line: '12345' }],
    ['c-a', '2026-03-02 09:00:02', { state: 'ringing', agentUsername: 'agent' }],
    ['c-a', '2026-03-02 09:00:08', { state: 'answered', agentUsername: 'agent' }],
    ['c-a', '2026-03-02 09:03:08', { state: 'ended' }],
    ['c-b', '2026-03-02 09:10:00', { state: 'queued', caller: '13900000002', line: '12345' }],
    ['c-b', '2026-03-02 09:10:40', { state: 'answered', agentUsername: 'agent2' }],
    ['c-b', '2026-03-02 09:12:40', { state: 'ended' }],
    ['c-c', '2026-03-02 10:00:00', { state: 'queued', caller: '13900000003', line: '12345' }],
    ['c-c', '2026-03-02 10:00:03', { state: 'ended' }],
    ['c-d', '2026-03-02 10:20:00', { state: 'queued', caller: '13900000004', line: '12345' }],
    ['c-d', '2026-03-02 10:20:30', { state: 'ended' }],
    ['c-e', '2026-03-02 10:25:00', { state: 'queued', caller: '13900000004', line: '12345' }],
    ['c-e', '2026-03-02 10:25:12', { state: 'answered', agentUsername: 'agent' }],
    ['c-e', '2026-03-02 10:30:12', { state: 'ended' }],
    ['c-f', '2026-03-02 17:59:50', { state: 'queued', caller: '13900000005', line: '12345' }],
  ];
  for (const [id, at, body] of script) await ok(event(id, body, at));
});
afterAll(async () => {
  await t?.close();
});

describe('the scripted day, read the same day', () => {
  it('gives the figures worked out by hand', async () => {
    const m = await ok(measures('supervisor', 'from=2026-03-02&to=2026-03-02', '2026-03-02 18:00'));
    expect(m).toMatchObject({
      from: '2026-03-02',
      to: '2026-03-02',
      answerWithinSeconds: 15,
      shortAbandonSeconds: 5,
      // A–F entered the queue: 6 offered; F is still waiting.
      offered: 6,
      waiting: 1,
      answered: 3, // A, B, E
      answeredWithin15s: 2, // A (8 s), E (12 s); B waited 40 s
      abandoned: 2, // C, D
      shortAbandoned: 1, // C (3 s ≤ 5 s)
      // 接通率 = 3 / (3 + 2 − 1) = 0.75; counting C too: 3 / 5 = 0.6.
      answerRate: 0.75,
      answerRateAll: 0.6,
      // 人工应答及时率 = 2 / 3 answered; over the 接通率 base 2 / 4.
      within15sRate: 2 / 3,
      within15sRateOfOffered: 0.5,
      // Waits 8, 40, 3, 30, 12 (F has none yet): 93 / 5 = 18.6 s; answered only (8 + 40 + 12) / 3 = 20 s.
      averageWaitSeconds: 18.6,
      averageAnswerWaitSeconds: 20,
      // Sorted 3, 8, 12, 30, 40: nearest rank ceil(0.9 × 5) = 5 → 40 s.
      p90WaitSeconds: 40,
      // Talk (180 + 120 + 300) / 3 = 200 s. (After-call work: see 'a day in the rollup'.)
      averageTalkSeconds: 200,
      // C waits for a callback; D's task closed when the same number got through on E.
      missed: 1,
      calledBack: 0,
      calledBackOnTime: 0,
      callbackRate: 0,
      callbackOnTimeRate: 0,
    });
    // The contract's fields are all there, rates in [0, 1].
    for (const f of ['offered', 'answered', 'answeredWithin15s', 'abandoned', 'answerRate', 'within15sRate', 'averageWaitSeconds']) expect(m).toHaveProperty(f);
  });

  it('defaults to today', async () => {
    const m = await ok(measures('analyst', '', '2026-03-02 18:00'));
    expect(m).toMatchObject({ from: '2026-03-02', to: '2026-03-02', offered: 6 });
    const next = await ok(measures('analyst', '', '2026-03-03 08:00'));
    expect(next).toMatchObject({ from: '2026-03-03', offered: 0, answerRate: null, averageWaitSeconds: null, p90WaitSeconds: null });
  });

  it('by hour: 09 A B, 10 C D E, 17 F; every hour listed', async () => {
    const b = await ok(breakdown('supervisor', 'from=2026-03-02&to=2026-03-02&by=hour', '2026-03-02 18:00'));
    expect(b.items).toHaveLength(24);
    expect(b.items.map((i: any) => i.key)).toEqual(Array.from({ length: 24 }, (_, h) => String(h)));
    const h = (n: number) => b.items[n];
    expect(h(9)).toMatchObject({ name: '09:00', offered: 2, answered: 2, answeredWithin15s: 1, abandoned: 0, answerRate: 1, within15sRate: 0.5, averageWaitSeconds: 24 });
    // 10:00: answered 1 (E), abandoned 2 (C short) → 1 / (1 + 2 − 1) = 0.5; waits 3, 30, 12 → 15 s.
    expect(h(10)).toMatchObject({ offered: 3, answered: 1, answeredWithin15s: 1, abandoned: 2, shortAbandoned: 1, answerRate: 0.5, averageWaitSeconds: 15, missed: 1 });
    expect(h(17)).toMatchObject({ offered: 1, waiting: 1, answered: 0, answerRate: null });
    expect(h(3)).toMatchObject({ offered: 0, answerRate: null, within15sRate: null });
  });

  it('by agent: the agent who answered (or at whom it rang); unanswered queue calls apart', async () => {
    const b = await ok(breakdown('supervisor', 'from=2026-03-02&to=2026-03-02&by=agent', '2026-03-02 18:00'));
    const row = (k: string) => b.items.find((i: any) => i.key === k);
    // agent: A and E, waits 8 and 12 → 10 s, talk (180 + 300) / 2 = 240 s.
    expect(row(String(agentId))).toMatchObject({ name: 'agent', offered: 2, answered: 2, answeredWithin15s: 2, averageWaitSeconds: 10, averageTalkSeconds: 240 });
    expect(row(String(agent2Id))).toMatchObject({ name: 'agent2', offered: 1, answered: 1, answeredWithin15s: 0, averageWaitSeconds: 40, within15sRate: 0 });
    expect(row('')).toMatchObject({ name: '未分配坐席', offered: 3, abandoned: 2, waiting: 1 });
    expect(b.items).toHaveLength(3);
  });

  it('by line and by day', async () => {
    const lines = await ok(breakdown('admin', 'from=2026-03-01&to=2026-03-02&by=line', '2026-03-02 18:00'));
    expect(lines.items.map((i: any) => [i.key, i.offered])).toEqual([['12345', 6]]);
    const days = await ok(breakdown('admin', 'from=2026-03-01&to=2026-03-02&by=day', '2026-03-02 18:00'));
    expect(days.items.map((i: any) => [i.key, i.offered, i.answered])).toEqual([['2026-03-02', 6, 3]]);
  });
});

describe('who may read them', () => {
  it('supervisors, analysts and admins; an agent only their own row; others 403; nobody 401', async () => {
    for (const user of ['supervisor', 'analyst', 'admin']) expect((await measures(user, 'from=2026-03-02', '2026-03-02 18:00')).status).toBe(200);
    for (const user of ['agent', 'dispatcher', 'callback', 'env']) {
      const res = await measures(user, 'from=2026-03-02', '2026-03-02 18:00');
      expect(res.status, user).toBe(403);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    expect((await t.call(null, 'GET', '/api/v1/calls/measures')).status).toBe(401);
    const own = await ok(breakdown('agent', 'from=2026-03-02&to=2026-03-02&by=agent', '2026-03-02 18:00'));
    // Only the agent's own row: not agent2's, not the queue's.
    expect(own.items.map((i: any) => i.key)).toEqual([String(agentId)]);
    expect(own.items[0]).toMatchObject({ offered: 2, answered: 2 });
    expect((await breakdown('agent', 'from=2026-03-02&by=hour', '2026-03-02 18:00')).status).toBe(403);
    expect((await breakdown('env', 'from=2026-03-02&by=agent', '2026-03-02 18:00')).status).toBe(403);
    expect((await breakdown('dispatcher', 'from=2026-03-02&by=agent', '2026-03-02 18:00')).status).toBe(403);
  });
});

describe('bad input', () => {
  it('is a 400 problem and changes nothing', async () => {
    const before = await snapshot(t.database);
    const bad: [string, string, string][] = [
      ['measures', 'from=2026-02-30', 'validation_failed'],
      ['measures', 'from=2026-3-2', 'validation_failed'],
      ['measures', 'to=yesterday', 'validation_failed'],
      ['measures', 'from=2026-03-03&to=2026-03-02', 'invalid_period'],
      ['measures', 'from=2000-01-01&to=2026-03-02', 'invalid_period'],
      ['measures', 'from=2026-03-02&agent=1', 'validation_failed'],
      ['measures/breakdown', 'from=2026-03-02', 'validation_failed'],
      ['measures/breakdown', 'from=2026-03-02&by=week', 'validation_failed'],
      ['measures/breakdown', 'from=2026-03-05&to=2026-03-02&by=hour', 'invalid_period'],
    ];
    for (const [path, query, code] of bad) {
      const res = await t.at('2026-03-05 09:00', () => t.call('supervisor', 'GET', `/api/v1/calls/${path}?${query}`));
      expect(res.status, query).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body.code, query).toBe(code);
    }
    // Not even the rollup moved, though the clock says three days later.
    expect(await snapshot(t.database)).toEqual(before);
  });
});

describe('on the daily report and in the XLSX export', () => {
  it('the report has a 话务 section with the day and its hours', async () => {
    const res = await t.at('2026-03-02 18:00', () => t.app.inject({ method: 'GET', url: '/api/v1/reports/daily?date=2026-03-02', headers: { authorization: `Bearer ${t.tokens.supervisor}` } }));
    expect(res.statusCode).toBe(200);
    const section = /<section id="calls">([\s\S]*?)<\/section>/.exec(res.body)?.[1] ?? '';
    expect(section).toContain('<h2>话务</h2>');
    const kpi = (id: string) => new RegExp(`id="${id}"><div class="label">[^<]*</div><div class="value[^"]*">([^<]*)<`).exec(section)?.[1];
    expect(kpi('kpi-call-offered')).toBe('6');
    expect(kpi('kpi-call-answer-rate')).toBe('75.0%'); // 3 / 4, below the 95 % target
    expect(kpi('kpi-call-within')).toBe('66.7%'); // 2 / 3
    expect(kpi('kpi-call-wait')).toBe('18.6 秒');
    // The hours that had calls: 09, 10, 17.
    const hours = [...section.matchAll(/<tr><td>(\d\d:00)<\/td><td class="num">(\d+)<\/td>/g)].map((m) => [m[1], Number(m[2])]);
    expect(hours).toEqual([['09:00', 2], ['10:00', 3], ['17:00', 1]]);
    // No caller's number on the report.
    expect(res.body).not.toMatch(/1390000000\d/);
  });

  it('the measures workbook has 话务 sheets for the roles that read them, none for a unit', async () => {
    const get = (user: string) =>
      t.at('2026-03-02 18:00', () => t.app.inject({ method: 'GET', url: '/api/v1/measures.xlsx?group=unit&from=2026-03-02&to=2026-03-02', headers: { authorization: `Bearer ${t.tokens[user]}` } }));
    const res = await get('analyst');
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ExcelJS.Buffer);
    const rows = (name: string) => {
      const out: unknown[][] = [];
      wb.getWorksheet(name)!.eachRow((r) => out.push((r.values as unknown[]).slice(1)));
      return out;
    };
    const calls = rows('话务');
    expect(calls[0].slice(0, 8)).toEqual(['名称', '呼入量', '接通量', '15秒内接通', '放弃量', '短时放弃', '接通率', '人工应答及时率']);
    // 合计 and the one day: offered 6, answered 3, within 2, abandoned 2, short 1, 3/(3+2-1) = 75 %, 2/3, 18.6 s, p90 40 s, talk 200 s;
    // the rates are fractions the sheet shows as percentages.
    expect(calls[1].slice(0, 6)).toEqual(['合计', 6, 3, 2, 2, 1]);
    expect(calls[1][6]).toBe(0.75);
    expect(calls[1][7]).toBeCloseTo(2 / 3, 4);
    expect(calls[1].slice(8, 11)).toEqual([18.6, 40, 200]);
    expect(wb.getWorksheet('话务')!.getRow(2).getCell(7).numFmt).toBe('0.0%');
    expect(calls[2].slice(0, 3)).toEqual(['2026-03-02', 6, 3]);
    const agents = rows('话务（坐席）');
    expect(agents.slice(1).map((r) => [r[0], r[1], r[2]])).toEqual([['agent', 2, 2], ['agent2', 1, 1], ['未分配坐席', 3, 0]]);
    const unit = await get('env');
    expect(unit.statusCode).toBe(200);
    const wu = new ExcelJS.Workbook();
    await wu.xlsx.load(unit.rawPayload as unknown as ExcelJS.Buffer);
    expect(wu.getWorksheet('话务')).toBeUndefined();
  });
});

describe('a day in the rollup', () => {
  it('reads the same from the rollup, and counts a late event and after-call work that arrive days later', async () => {
    // Three days later, 2 March is complete: the read rolls it up.
    const m = await ok(measures('supervisor', 'from=2026-03-02&to=2026-03-02', '2026-03-05 09:00'));
    const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM call_rollups WHERE day = '2026-03-02' AND dim = 'day'`.execute(t.database.db);
    expect(rows[0].n).toBe(1);
    expect(m).toMatchObject({ offered: 6, answered: 3, answeredWithin15s: 2, abandoned: 2, shortAbandoned: 1, answerRate: 0.75, p90WaitSeconds: 40, averageWaitSeconds: 18.6, missed: 1 });

    // F's end arrives late, on 5 March: it hung up at 18:00:10 on 2 March after 20 s.
    await ok(event('c-f', { state: 'ended' }, '2026-03-02 18:00:10', '2026-03-05 09:10'));
    // The agents' after-call work, as the agent-state engine records it (here straight in the
    // table, days later): A 30 s, B 50 s, E 10 s.
    for (const [id, s] of [['c-a', 30], ['c-b', 50], ['c-e', 10]] as const) {
      await t.database.db.updateTable('calls').set({ wrap_up_seconds: s }).where('id', '=', id).execute();
    }
    // A callback of C at 10:30, well before its deadline (2 working hours after 10:00:03), as the
    // callback queue records it.
    await t.database.db.insertInto('missed_call_attempts').values({ call_id: 'c-c', user_id: agentId, outcome: 'reached', at: local('2026-03-02 10:30') }).execute();

    const late = await ok(measures('supervisor', 'from=2026-03-02&to=2026-03-02', '2026-03-05 09:20'));
    expect(late).toMatchObject({
      offered: 6,
      waiting: 0,
      abandoned: 3, // C, D, F
      shortAbandoned: 1,
      // 3 / (3 + 3 − 1) = 0.6
      answerRate: 0.6,
      // Waits 8, 40, 3, 30, 12, 20 → 113 / 6 = 18.83… → 18.8; p90 rank ceil(5.4) = 6 → 40.
      averageWaitSeconds: 18.8,
      p90WaitSeconds: 40,
      // (30 + 50 + 10) / 3
      averageWrapUpSeconds: 30,
      // C and F (a second number) wait for a callback; C was called back in time.
      missed: 2,
      calledBack: 1,
      calledBackOnTime: 1,
      callbackRate: 0.5,
      callbackOnTimeRate: 0.5,
    });
    // A period across the rolled-up day and today adds today's calls from the calls table.
    await ok(event('c-g', { state: 'queued', caller: '13900000006', line: '12345' }, '2026-03-05 09:30'));
    await ok(event('c-g', { state: 'answered', agentUsername: 'agent2' }, '2026-03-05 09:30:05'));
    const span = await ok(measures('supervisor', 'from=2026-03-01&to=2026-03-05', '2026-03-05 09:31'));
    expect(span).toMatchObject({ offered: 7, answered: 4, answeredWithin15s: 3, abandoned: 3, answerRate: 4 / 6 });
    const days = await ok(breakdown('supervisor', 'from=2026-03-01&to=2026-03-05&by=day', '2026-03-05 09:31'));
    expect(days.items.map((i: any) => [i.key, i.offered])).toEqual([['2026-03-02', 6], ['2026-03-05', 1]]);
  });
});
