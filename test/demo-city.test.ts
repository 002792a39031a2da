import { afterAll, beforeAll, describe, it, expect } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/api/app.js';
import { loadDemoData, type DemoCredential } from '../src/demo/load.js';
import type { Database } from '../src/store/db.js';
import { testDatabase, local } from './helpers.js';
import {
  demoChainRequests,
  demoRefusals,
  demoUnits,
  demoCategories,
  demoLines,
  demoRequests,
  demoSurnames,
  demoGivenNames,
  demoRoadNames,
  demoCommunities,
  fillTemplate,
  type DemoCategory,
  type TicketType,
} from '../src/demo/city.js';

const ALL_TYPES: TicketType[] = ['consult', 'help', 'complaint', 'report', 'suggestion', 'praise'];
const PLACEHOLDERS = new Set(['district', 'street', 'road', 'community', 'number', 'company']);

const unitByCode = new Map(demoUnits.map((u) => [u.code, u]));
const categoryByCode = new Map(demoCategories.map((c) => [c.code, c]));

function level(c: DemoCategory): number {
  let n = 1;
  let cur = c;
  while (cur.parentCode) {
    const parent = categoryByCode.get(cur.parentCode);
    if (!parent || n > 10) throw new Error(`broken category chain at ${c.code}`);
    cur = parent;
    n++;
  }
  return n;
}

function topLevelOf(code: string): string {
  let cur = categoryByCode.get(code);
  while (cur?.parentCode) cur = categoryByCode.get(cur.parentCode);
  if (!cur) throw new Error(`unknown category ${code}`);
  return cur.code;
}

/** Length in characters (code points), not UTF-16 units. */
const len = (s: string): number => [...s].length;

describe('demo city: units', () => {
  it('has unique ASCII uppercase codes', () => {
    const codes = demoUnits.map((u) => u.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[A-Z0-9]+(-[A-Z0-9]+)*$/);
  });

  it('has a single root center and every parentCode resolves', () => {
    const roots = demoUnits.filter((u) => !u.parentCode);
    expect(roots).toHaveLength(1);
    expect(roots[0]).toMatchObject({ code: 'CENTER', kind: 'center', name: '临江市12345政务服务便民热线中心' });
    for (const u of demoUnits) if (u.parentCode) expect(unitByCode.has(u.parentCode), u.code).toBe(true);
  });

  it('nests departments, districts and enterprises under the center, streets under districts and communities under streets', () => {
    for (const u of demoUnits) {
      if (u.kind === 'department' || u.kind === 'district' || u.kind === 'enterprise') {
        expect(u.parentCode, u.code).toBe('CENTER');
      }
      if (u.kind === 'street') {
        expect(unitByCode.get(u.parentCode!)?.kind, u.code).toBe('district');
        expect(u.code.startsWith(`${u.parentCode}-`), u.code).toBe(true);
        expect(u.name, u.code).toMatch(/(街道|镇)$/);
      }
      if (u.kind === 'community') {
        // 社区 under an urban 街道, 村 under a 镇; coded <street>-01, -02, …
        const street = unitByCode.get(u.parentCode!);
        expect(street?.kind, u.code).toBe('street');
        expect(u.code, u.code).toMatch(new RegExp(`^${u.parentCode}-0[1-3]$`));
        expect(u.name, u.code).toMatch(street!.name.endsWith('街道') ? /社区$/ : /村$/);
      }
    }
    const districts = demoUnits.filter((u) => u.kind === 'district');
    expect(districts.map((d) => d.code).sort()).toEqual(['D-BS', 'D-GX', 'D-JB', 'D-JN', 'D-LG', 'D-QS']);
    for (const d of districts) {
      const streets = demoUnits.filter((u) => u.parentCode === d.code);
      expect(streets.length, d.code).toBeGreaterThanOrEqual(3);
      expect(streets.length, d.code).toBeLessThanOrEqual(5);
    }
    for (const code of ['SCJG', 'RSJ', 'JTJ', 'SHJ', 'WJW', 'ZJJ', 'CGJ', 'JYJ', 'GAJ', 'ZRZY', 'SWJ']) {
      expect(unitByCode.get(code)?.kind, code).toBe('department');
    }
    const enterprises = demoUnits.filter((u) => u.kind === 'enterprise');
    expect(enterprises.length).toBeGreaterThanOrEqual(2);
    expect(enterprises.length).toBeLessThanOrEqual(3);
  });

  it('has three levels below the centre: 6 districts, 24 streets, 57 communities (two or three a street)', () => {
    const count = (kind: string) => demoUnits.filter((u) => u.kind === kind).length;
    // By hand from city.ts: streets 4+5+3+4+4+4; communities 江北 3+2+3+2, 江南 3+2+2+3+2, 高新 2+3+2, 临港 2+2+3+2, 青山 3+2+3+2, 白沙 2+3+2+2.
    expect([count('district'), count('street'), count('community')]).toEqual([6, 24, 57]);
    for (const s of demoUnits.filter((u) => u.kind === 'street')) {
      const communities = demoUnits.filter((u) => u.parentCode === s.code);
      expect(communities.length, s.code).toBeGreaterThanOrEqual(2);
      expect(communities.length, s.code).toBeLessThanOrEqual(3);
    }
    expect(demoUnits.filter((u) => u.parentCode === 'D-JB-01').map((u) => `${u.code} ${u.name}`)).toEqual([
      'D-JB-01-01 望江社区',
      'D-JB-01-02 江滩社区',
      'D-JB-01-03 观澜社区',
    ]);
    expect(demoUnits.filter((u) => u.parentCode === 'D-LG-03').map((u) => u.name)).toEqual(['临港村', '新埠村', '盐田村']);
    const names = demoUnits.filter((u) => u.kind === 'community').map((u) => u.name);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('demo city: chain requests and refusals', () => {
  it('each chain request has a thin first reply and a full one; each refusal a known reason (a note for other)', () => {
    expect(demoChainRequests.length).toBeGreaterThanOrEqual(6);
    for (const r of demoChainRequests) {
      expect(level(categoryByCode.get(r.categoryCode)!), r.title).toBe(3);
      expect(len(r.firstReply), r.title).toBeLessThan(20);
      expect(len(r.reply), r.title).toBeGreaterThanOrEqual(60);
      for (const text of [r.title, r.content, r.reply]) {
        for (const m of text.matchAll(/\{(\w+)\}/g)) expect(PLACEHOLDERS.has(m[1]), `${r.title}: ${m[0]}`).toBe(true);
      }
    }
    for (const r of demoRefusals) {
      expect(level(categoryByCode.get(r.categoryCode)!), r.title).toBe(3);
      if (r.reason === 'other') expect(r.note, r.title).toBeTruthy();
    }
  });
});

describe('demo city: categories', () => {
  it('has unique codes shaped like C01 / C0101 / C010101', () => {
    const codes = demoCategories.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of demoCategories) {
      expect(c.code).toMatch(/^C\d{2}(\d{2}){0,2}$/);
      if (c.parentCode) expect(c.code.startsWith(c.parentCode), c.code).toBe(true);
    }
    expect(demoCategories.length).toBeGreaterThanOrEqual(80);
    expect(demoCategories.length).toBeLessThanOrEqual(110);
  });

  it('every parentCode resolves', () => {
    for (const c of demoCategories) if (c.parentCode) expect(categoryByCode.has(c.parentCode), c.code).toBe(true);
  });

  it('is a tree of exactly 3 levels with 2-4 children per inner node', () => {
    const levels = demoCategories.map(level);
    expect(Math.max(...levels)).toBe(3);
    for (const c of demoCategories) {
      const lv = level(c);
      const children = demoCategories.filter((x) => x.parentCode === c.code);
      if (lv < 3) {
        expect(children.length, c.code).toBeGreaterThanOrEqual(2);
        expect(children.length, c.code).toBeLessThanOrEqual(4);
      } else {
        expect(children, c.code).toHaveLength(0);
      }
    }
  });

  it('every leadUnitCode resolves to a unit', () => {
    for (const c of demoCategories) {
      if (c.leadUnitCode) expect(unitByCode.has(c.leadUnitCode), `${c.code} → ${c.leadUnitCode}`).toBe(true);
    }
  });
});

describe('demo city: merged lines', () => {
  it('every categoryCode and unitCode resolves and numbers are unique', () => {
    expect(new Set(demoLines.map((l) => l.number)).size).toBe(demoLines.length);
    for (const l of demoLines) {
      const cat = categoryByCode.get(l.categoryCode);
      expect(cat, l.number).toBeDefined();
      expect(level(cat!), l.number).toBeGreaterThanOrEqual(2);
      expect(unitByCode.has(l.unitCode), l.number).toBe(true);
    }
  });

  it('includes the usual merged hotlines', () => {
    const numbers = demoLines.map((l) => l.number);
    for (const n of ['12315', '12333', '12328', '12365', '12369', '12320', '12319', '12358', '12331']) {
      expect(numbers).toContain(n);
    }
    expect(demoLines.some((l) => l.unitCode === 'E-SW')).toBe(true);
  });
});

describe('demo city: request templates', () => {
  it('has at least 60 templates, each pointing at a level-3 category', () => {
    expect(demoRequests.length).toBeGreaterThanOrEqual(60);
    for (const r of demoRequests) {
      const cat = categoryByCode.get(r.categoryCode);
      expect(cat, r.title).toBeDefined();
      expect(level(cat!), r.title).toBe(3);
    }
  });

  it('covers every ticket type, with complaints and consults the most common', () => {
    const count = (t: TicketType) => demoRequests.filter((r) => r.type === t).length;
    for (const t of ALL_TYPES) expect(count(t), t).toBeGreaterThan(0);
    for (const t of ['help', 'report', 'suggestion', 'praise'] as const) {
      expect(count('complaint')).toBeGreaterThan(count(t));
      expect(count('consult')).toBeGreaterThan(count(t));
    }
  });

  it('covers every top-level category', () => {
    const covered = new Set(demoRequests.map((r) => topLevelOf(r.categoryCode)));
    for (const top of demoCategories.filter((c) => !c.parentCode)) expect(covered.has(top.code), top.name).toBe(true);
  });

  it('has contents and replies of reasonable length and only known placeholders', () => {
    for (const r of demoRequests) {
      expect(r.title.length, r.title).toBeGreaterThan(0);
      expect(len(r.content), r.title).toBeGreaterThanOrEqual(40);
      expect(len(r.content), r.title).toBeLessThanOrEqual(160);
      expect(len(r.reply), r.title).toBeGreaterThanOrEqual(40);
      expect(len(r.reply), r.title).toBeLessThanOrEqual(150);
      for (const text of [r.title, r.content, r.reply]) {
        for (const m of text.matchAll(/\{(\w+)\}/g)) expect(PLACEHOLDERS.has(m[1]), `${r.title}: ${m[0]}`).toBe(true);
        // no stray braces, and nothing that looks like a phone or ID number
        expect(text.replace(/\{\w+\}/g, ''), r.title).not.toMatch(/[{}]/);
        expect(text, r.title).not.toMatch(/\d{7,}/);
      }
    }
  });
});

describe('demo city: name and address parts', () => {
  it('has enough distinct entries', () => {
    const check = (xs: string[], min: number) => {
      expect(xs.length).toBeGreaterThanOrEqual(min);
      expect(new Set(xs).size).toBe(xs.length);
    };
    check(demoSurnames, 25);
    check(demoGivenNames, 35);
    check(demoRoadNames, 20);
    check(demoCommunities, 20);
    for (const g of demoGivenNames) expect([1, 2]).toContain(len(g));
  });
});

describe('fillTemplate', () => {
  it('replaces known keys, including repeated ones', () => {
    expect(fillTemplate('{district}{road}{number}号，{road}口', { district: '江北区', road: '滨江路', number: '18' })).toBe(
      '江北区滨江路18号，滨江路口',
    );
  });

  it('leaves unknown keys as they are', () => {
    expect(fillTemplate('{community}{unknown}门口', { community: '锦绣花园' })).toBe('锦绣花园{unknown}门口');
    expect(fillTemplate('no placeholders', {})).toBe('no placeholders');
  });

  it('does not treat inherited object properties as values', () => {
    expect(fillTemplate('{toString}', {})).toBe('{toString}');
  });

  it('fills every template completely with sample values', () => {
    const values = { district: '江南区', street: '南湖街道', road: '人民路', community: '阳光小区', number: '25', company: '某公司' };
    for (const r of demoRequests) {
      for (const text of [r.title, r.content, r.reply]) expect(fillTemplate(text, values)).not.toMatch(/[{}]/);
    }
  });
});

// The demo loaded into a database of its own, served as `npm start` serves it: the chain can be
// walked right after the load, with an account on each level, and a sibling sees nothing.
describe('demo city: loaded', () => {
  let database: Database;
  let app: FastifyInstance;
  let credentials: DemoCredential[];
  const tokens = new Map<string, string>();
  // A Wednesday afternoon; the scripted tickets lie before it (the random ones are left out: tickets 0).
  const now = local('2026-03-11 15:00');

  beforeAll(async () => {
    database = await testDatabase();
    const loaded = await loadDemoData(database.db, { tickets: 0, now });
    credentials = loaded.credentials;
    expect(loaded.tickets).toBe(18); // 9 chain scenes, 2 re-routed, 2 withdrawn, 5 refused
    ({ app } = await buildApp({ database, now: () => now }));
    await app.ready();
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  const call = async (username: string, method: 'GET' | 'POST', url: string) => {
    if (!tokens.has(username)) {
      const c = credentials.find((x) => x.username === username)!;
      const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password: c.password } });
      expect(res.statusCode, username).toBe(200);
      tokens.set(username, res.json().token);
    }
    const res = await app.inject({ method, url, headers: { authorization: `Bearer ${tokens.get(username)}` } });
    return { status: res.statusCode, body: res.json() };
  };

  it('has accounts on every level: 11 at the centre (5 agent seats, a quality inspector) and 1 at the 12315 sub-centre, 15 departments, 6 districts, 3 enterprises, 9 streets, 6 communities', async () => {
    const byLevel = (level: DemoCredential['level']) => credentials.filter((c) => c.level === level).map((c) => c.username);
    expect(byLevel('centre')).toEqual(['admin', 'agent', 'agent2', 'agent3', 'agent4', 'agent5', 'dispatcher', 'callback', 'supervisor', 'analyst', 'qa', 'scjg-dispatcher']);
    expect(byLevel('unit')).toHaveLength(24);
    // Every street of 江北区 (4) and 江南区 (5); every community of 望江街道 (3) and 南湖街道 (3).
    expect(byLevel('street')).toEqual([
      'unit-d-jb-01', 'unit-d-jb-02', 'unit-d-jb-03', 'unit-d-jb-04',
      'unit-d-jn-01', 'unit-d-jn-02', 'unit-d-jn-03', 'unit-d-jn-04', 'unit-d-jn-05',
    ]);
    expect(byLevel('community')).toEqual(['unit-d-jb-01-01', 'unit-d-jb-01-02', 'unit-d-jb-01-03', 'unit-d-jn-01-01', 'unit-d-jn-01-02', 'unit-d-jn-01-03']);
    expect(new Set(credentials.map((c) => c.password)).size).toBe(51);
    const rows = await database.db
      .selectFrom('users')
      .leftJoin('units', 'units.id', 'users.unit_id')
      .select(['units.kind', (eb) => eb.fn.countAll<string>().as('n')])
      .groupBy('units.kind')
      .execute();
    expect(Object.fromEntries(rows.map((r) => [r.kind ?? 'centre', Number(r.n)]))).toEqual({
      centre: 11, department: 16, district: 6, enterprise: 3, street: 9, community: 6,
    });
    const units = await database.db.selectFrom('units').select(['kind', (eb) => eb.fn.countAll<string>().as('n')]).groupBy('kind').execute();
    expect(Object.fromEntries(units.map((u) => [u.kind, Number(u.n)]))).toEqual({
      center: 1, department: 15, district: 6, street: 24, community: 57, enterprise: 3,
    });
  });

  it('has a call floor: a week of calls, callers waiting now, agents signed in, missed calls called back or waiting', async () => {
    const db = database.db;
    const today = local('2026-03-11 00:00');
    const calls = await db.selectFrom('calls').select(['id', 'state', 'answered_at', 'ended_at', 'started_at', 'caller']).execute();
    const todays = calls.filter((c) => c.started_at >= today);
    expect(todays.length).toBeGreaterThan(100); // a city line's morning and early afternoon
    expect(calls.filter((c) => c.started_at < today).length).toBeGreaterThan(7 * 150);
    // Three callers wait in the queue now; the only other unfinished calls are answered ones going on; nothing lies in the future.
    expect(calls.filter((c) => c.state === 'queued')).toHaveLength(3);
    expect(calls.filter((c) => c.state !== 'ended' && c.state !== 'queued').every((c) => c.state === 'answered' && c.ended_at == null)).toBe(true);
    expect(calls.every((c) => c.started_at <= now && (c.ended_at == null || c.ended_at <= now))).toBe(true);
    const abandoned = calls.filter((c) => c.state === 'ended' && c.answered_at == null);
    expect(abandoned.length).toBeGreaterThan(0);
    // Every abandoned call from a known number has a task; none from a withheld one.
    const tasks = await db.selectFrom('missed_calls').select(['call_id', 'state', 'missed_at', 'phone']).execute();
    expect(new Set(tasks.map((t) => t.call_id))).toEqual(new Set(abandoned.filter((c) => c.caller).map((c) => c.id)));
    // Past days' tasks are closed; today's open ones are recent, one per number.
    expect(tasks.filter((t) => t.missed_at < today).every((t) => t.state === 'reached' || t.state === 'unreachable')).toBe(true);
    const open = tasks.filter((t) => t.state === 'open');
    expect(open.every((t) => t.missed_at >= local('2026-03-11 12:00'))).toBe(true);
    expect(new Set(open.map((t) => t.phone)).size).toBe(open.length);
    // Five seats signed in, each in a state.
    const seats = await db.selectFrom('agent_extensions').innerJoin('agent_states', 'agent_states.user_id', 'agent_extensions.user_id').select(['extension', 'state']).orderBy('extension').execute();
    expect(seats.map((s) => s.extension)).toEqual(['8001', '8002', '8003', '8004', '8005']);
    // The quality inspector scored some of last week's answered calls; some callers rated the service.
    const reviews = await db.selectFrom('qa_reviews').innerJoin('qa_samples', 'qa_samples.id', 'qa_reviews.sample_id').innerJoin('calls', 'calls.id', 'qa_samples.call_id').select(['calls.answered_at', 'calls.started_at', 'qa_reviews.total']).execute();
    expect(reviews.length).toBeGreaterThan(0);
    expect(reviews.every((x) => x.answered_at != null && x.started_at < today && x.total <= 100)).toBe(true);
    const rated = calls.filter((c) => c.answered_at != null);
    expect((await db.selectFrom('calls').select('id').where('survey_grade', 'is not', null).execute()).length).toBeGreaterThan(rated.length / 10);
  });

  it('shows the chain in each state, and the centre\'s re-routes, withdrawals and refusals', async () => {
    const tickets = await database.db.selectFrom('tickets').select(['id', 'status', 'chain', 'unit_id']).orderBy('id').execute();
    const code = new Map((await database.db.selectFrom('units').select(['id', 'code']).execute()).map((u) => [u.id, u.code]));
    const states = tickets.map((t) => {
      const chain = (t.chain ?? []) as { unitId: number; state: string }[];
      return `${t.status} ${chain.map((l) => `${code.get(l.unitId)}:${l.state}`).join(' > ')}`.trim();
    });
    expect(states).toEqual([
      // Waiting at a community; being handled at one; its reply waiting for the street; the street's approval waiting for the district.
      'handling D-JB:delegated > D-JB-01:delegated > D-JB-01-01:dispatched',
      'handling D-JN:delegated > D-JN-01:delegated > D-JN-01-02:handling',
      'handling D-JB:delegated > D-JB-01:delegated > D-JB-01-02:reviewing',
      'handling D-JN:delegated > D-JN-01:reviewing',
      // Sent back once, then approved up the chain: replied; and one closed after the callback.
      'replied D-JB:handling',
      'closed D-JN:handling',
      // A street's reply waiting for the district; a community's return, handed to its neighbour; sent back and handled again.
      'handling D-JB:delegated > D-JB-02:reviewing',
      'handling D-JB:delegated > D-JB-01:delegated > D-JB-01-02:handling',
      'handling D-JN:delegated > D-JN-01:delegated > D-JN-01-02:handling',
      // Re-routed (改派): accepted by the new unit; re-routed away from a street to a department.
      'handling CGJ:handling',
      'dispatched ZJJ:dispatched',
      // Withdrawn to the dispatch queue (撤回), twice; refused (不予受理), five times.
      'registered',
      'registered',
      'refused',
      'refused',
      'refused',
      'refused',
      'refused',
    ]);
  });

  it("a community's handler finds its tickets in the inbox; the sibling street and community cannot see them", async () => {
    const inbox = await call('unit-d-jb-01-01', 'GET', '/api/v1/queues/inbox');
    expect(inbox.status).toBe(200);
    expect(inbox.body.total).toBe(1); // the ticket waiting for it to accept
    const [held] = inbox.body.items;
    expect(held.status).toBe('handling');
    // Every level of its chain sees it: the community, its street, its district.
    for (const u of ['unit-d-jb-01-01', 'unit-d-jb-01', 'unit-d-jb']) expect((await call(u, 'GET', `/api/v1/tickets/${held.id}`)).status, u).toBe(200);
    // The sibling street (北门街道) and the sibling communities do not: 404, and not in their lists.
    for (const u of ['unit-d-jb-02', 'unit-d-jb-01-02', 'unit-d-jn-01']) {
      expect((await call(u, 'GET', `/api/v1/tickets/${held.id}`)).status, u).toBe(404);
      const list = await call(u, 'GET', '/api/v1/tickets?pageSize=100');
      expect(list.body.items.map((x: { id: number }) => x.id), u).not.toContain(held.id);
    }
    // The sibling street sees its own: the reply waiting for the district's review.
    const own = await call('unit-d-jb-02', 'GET', '/api/v1/tickets?pageSize=100');
    expect(own.body.total).toBe(1);
    // 江滩社区 holds two: the reply waiting for 望江街道's review, and the one 望江社区 returned.
    expect((await call('unit-d-jb-01-02', 'GET', '/api/v1/queues/inbox')).body.total).toBe(2);
  });

  it('12315 runs as a sub-centre at 市场监管局: a call on it waits in that centre’s queue, not the root’s', async () => {
    const lines = await call('agent', 'GET', '/api/v1/lines');
    expect(lines.body.items.find((l: { number: string }) => l.number === '12315').mode).toBe('sub_centre');
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/tickets',
      headers: { authorization: `Bearer ${tokens.get('agent')}` },
      payload: { channel: 'phone', type: 'complaint', line: '12315', content: '在超市买到过期牛奶，要求退货赔偿。' },
    });
    expect(res.statusCode, res.body).toBe(201);
    const ticket = res.json();
    expect(ticket.centreName).toBe('临江市市场监督管理局');
    const queue = async (u: string) => (await call(u, 'GET', '/api/v1/queues/dispatch?view=registered&pageSize=100')).body.items.map((x: { id: number }) => x.id);
    expect(await queue('scjg-dispatcher')).toContain(ticket.id);
    expect(await queue('dispatcher')).not.toContain(ticket.id);
    expect((await call('dispatcher', 'GET', `/api/v1/tickets/${ticket.id}`)).status).toBe(200); // the root supervises
  });
});
