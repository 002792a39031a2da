// Loads the demo city (临江市) into an empty database: units (down to the communities),
// categories, merged lines, one account per role and accounts on each level of the units tree,
// and a few hundred tickets driven through the real lifecycle commands, so every timeline is
// what the product itself would have written; scenes.ts adds the scripted ones (the hand-down
// chain, 改派, 撤回, 不予受理).

import type { Kysely } from 'kysely';
import type { Actor, Command } from '../domain/ticket.js';
import type { Channel, Priority, Role } from '../domain/ticket-types.js';
import { loadReferenceData } from '../store/reference.js';
import type { DB } from '../store/schema.js';
import { registerTicket, runCommand } from '../store/tickets.js';
import { createUser, generatePassword } from '../store/users.js';
import { loadDemoCalls } from './calls.js';
import { loadScenes } from './scenes.js';
import {
  demoCategories,
  demoCommunities,
  demoGivenNames,
  demoLines,
  demoRequests,
  demoRoadNames,
  demoSurnames,
  demoUnits,
  fillTemplate,
} from './city.js';

export interface DemoCredential {
  username: string;
  password: string;
  role: Role;
  note: string;
  /** Which list it is printed in: the centre's staff, the units under the centre, streets, communities. */
  level: 'centre' | 'unit' | 'street' | 'community';
}

/** Deterministic pseudo-random numbers (mulberry32), so every demo city looks the same. */
export function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)],
    chance: (p: number) => next() < p,
  };
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Loads everything in one transaction: a failure leaves the database empty, never half-loaded. */
export async function loadDemoData(db: Kysely<DB>, opts: { tickets?: number; now?: Date } = {}): Promise<{ credentials: DemoCredential[]; tickets: number }> {
  return db.transaction().execute((tx) => load(tx, opts));
}

async function load(db: Kysely<DB>, opts: { tickets?: number; now?: Date }): Promise<{ credentials: DemoCredential[]; tickets: number }> {
  const now = opts.now ?? new Date();
  const count = opts.tickets ?? 360;
  const r = rng(12345);

  // Units, parents first (the list is ordered that way).
  const unitId = new Map<string, number>();
  for (const [i, u] of demoUnits.entries()) {
    const row = await db
      .insertInto('units')
      .values({ code: u.code, name: u.name, kind: u.kind, parent_id: u.parentCode ? unitId.get(u.parentCode)! : null, sort: i })
      .returning('id')
      .executeTakeFirstOrThrow();
    unitId.set(u.code, row.id);
  }
  const categoryId = new Map<string, number>();
  for (const c of demoCategories) {
    const level = c.code.length === 3 ? 1 : c.code.length === 5 ? 2 : 3;
    const row = await db
      .insertInto('categories')
      .values({
        code: c.code,
        name: c.name,
        parent_id: c.parentCode ? categoryId.get(c.parentCode)! : null,
        level,
        lead_unit_id: c.leadUnitCode ? unitId.get(c.leadUnitCode)! : null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    categoryId.set(c.code, row.id);
  }
  await db
    .insertInto('lines')
    .values(demoLines.map((l) => ({ number: l.number, name: l.name, category_id: categoryId.get(l.categoryCode)!, unit_id: unitId.get(l.unitCode)!, mode: l.mode ?? 'merged' })))
    .execute();
  // A sub-centre line's unit is a centre (分中心); the tickets scripted below are the root centre's history.
  const subCentres = demoLines.filter((l) => l.mode === 'sub_centre').map((l) => unitId.get(l.unitCode)!);
  if (subCentres.length) await db.updateTable('units').set({ is_centre: true }).where('id', 'in', subCentres).execute();

  // Accounts: one per centre role, a handler for every department, district and enterprise, and
  // the levels below for walking the hand-down chain (下派): a handler for each street of the
  // first two districts, and for each community of their first street.
  const credentials: DemoCredential[] = [];
  const actors = new Map<string, Actor>();
  const ref0 = await loadReferenceData(db);
  const addUser = async (username: string, role: Role, note: string, unitCode?: string, level: DemoCredential['level'] = 'centre') => {
    const password = generatePassword();
    const uid = unitCode ? unitId.get(unitCode)! : null;
    const u = await createUser(db, { username, password, role, unitId: uid, displayName: note });
    credentials.push({ username, password, role, note, level });
    actors.set(username, { id: u.id, role, unitId: uid, scope: ref0.subtree(uid) });
  };
  await addUser('admin', 'admin', '系统管理员');
  await addUser('agent', 'agent', '话务员 王敏');
  // The rest of the floor's seats (the wallboard shows them), 8002 … 8005.
  const floorAgents = [['agent2', '话务员 刘洋'], ['agent3', '话务员 张静'], ['agent4', '话务员 黄磊'], ['agent5', '话务员 吴芳']] as const;
  for (const [username, note] of floorAgents) await addUser(username, 'agent', note);
  await addUser('dispatcher', 'dispatcher', '派单员 李强');
  await addUser('callback', 'callback_agent', '回访员 赵丽');
  await addUser('supervisor', 'supervisor', '督办员 陈刚');
  await addUser('analyst', 'analyst', '分析员 周婷');
  await addUser('qa', 'quality_inspector', '质检员 郑雪');
  await addUser('scjg-dispatcher', 'dispatcher', '12315 分中心（市场监管局）派单员 孙悦', 'SCJG');
  const handlerOf = new Map<number, string>();
  const addHandler = async (code: string, note: string, level: DemoCredential['level']) => {
    const username = `unit-${code.toLowerCase()}`;
    await addUser(username, 'unit_handler', note, code, level);
    handlerOf.set(unitId.get(code)!, username);
  };
  for (const u of demoUnits) {
    if (u.kind === 'department' || u.kind === 'district' || u.kind === 'enterprise') await addHandler(u.code, u.name, 'unit');
  }
  for (const d of demoUnits.filter((u) => u.kind === 'district').slice(0, 2)) {
    const streets = demoUnits.filter((u) => u.parentCode === d.code);
    for (const s of streets) await addHandler(s.code, `${d.name}${s.name}`, 'street');
    for (const c of demoUnits.filter((u) => u.parentCode === streets[0].code)) {
      await addHandler(c.code, `${d.name}${streets[0].name}${c.name}`, 'community');
    }
  }

  const ref = await loadReferenceData(db);
  const leadOf = new Map(demoCategories.filter((c) => c.leadUnitCode).map((c) => [c.code, c.leadUnitCode!]));
  const districts = demoUnits.filter((u) => u.kind === 'district');
  const streetsOf = (code: string) => demoUnits.filter((u) => u.parentCode === code);
  const lineFor = new Map(demoLines.map((l) => [l.categoryCode, l.number]));
  const actor = (name: string) => actors.get(name)!;
  const handler = (unit: number) => actor(handlerOf.get(unit) ?? handlerOf.get(ref.unitById.get(unit)?.parentId ?? -1) ?? 'admin');
  const channels: Channel[] = ['phone', 'phone', 'phone', 'phone', 'web', 'app', 'wechat', 'email', 'letter'];

  let recent = false; // the current ticket is from the last week: some of its steps have not happened yet
  /** Runs a step if its time has come; returns the ticket after it, or null for a step still in the future. */
  const step = async (id: number, at: number, command: Command, who: Actor) => {
    if (at > now.getTime() || (recent && command.kind !== 'answer' && command.kind !== 'transfer' && r.chance(0.18))) return null;
    return runCommand(db, ref, id, command, who, new Date(at));
  };

  const openTickets: { id: number; createdAt: number }[] = [];
  // Six weeks of history, with the last week busier, so that every queue has work in it.
  const span = (days: number) => now.getTime() - days * DAY + Math.floor(r.next() * (days * DAY - 10 * MINUTE));
  const times = Array.from({ length: count }, () => (r.chance(0.35) ? span(7) : span(45))).sort((a, b) => a - b);

  for (const createdAt of times) {
    const tpl = r.pick(demoRequests);
    const district = r.pick(districts);
    const values = {
      district: district.name,
      street: r.pick(streetsOf(district.code)).name,
      road: r.pick(demoRoadNames),
      community: r.pick(demoCommunities),
      number: String(r.int(1, 399)),
    };
    const priority: Priority = r.chance(0.03) ? 'emergency' : r.chance(0.1) ? 'urgent' : 'normal';
    const channel = r.pick(channels);
    const phone = `1${r.pick(['38', '39', '58', '77', '86', '35'])}${String(r.int(0, 99_999_999)).padStart(8, '0')}`;
    const { ticket } = await registerTicket(
      db,
      {
        channel,
        line: channel === 'phone' && r.chance(0.3) ? (lineFor.get(tpl.categoryCode) ?? lineFor.get(tpl.categoryCode.slice(0, 5)) ?? null) : null,
        type: tpl.type,
        priority,
        title: fillTemplate(tpl.title, values),
        content: fillTemplate(tpl.content, values),
        callerName: `${r.pick(demoSurnames)}${r.pick(demoGivenNames)}`,
        callerPhone: phone,
        address: `${values.district}${values.street}${values.road}${values.number}号`,
        categoryId: categoryId.get(tpl.categoryCode)!,
        districtId: unitId.get(district.code)!,
      },
      actor('agent'),
      new Date(createdAt),
    );
    const id = ticket.id;
    let t = createdAt;
    recent = now.getTime() - createdAt < 7 * DAY;

    // Consultations are mostly answered on the call; a few requests are emergencies handed off.
    if (tpl.type === 'consult' && r.chance(0.6)) {
      await step(id, t + r.int(3, 12) * MINUTE, { kind: 'answer', content: fillTemplate(tpl.reply, values) }, actor('agent'));
      continue;
    }
    if (priority === 'emergency' && r.chance(0.5)) {
      await step(id, t + r.int(1, 5) * MINUTE, { kind: 'transfer', to: r.pick(['110', '119', '120'] as const), note: '紧急情况，已转接' }, actor('agent'));
      continue;
    }
    if (openTickets.length > 5 && r.chance(0.03)) {
      const into = r.pick(openTickets.slice(-20));
      await step(id, t + r.int(10, 60) * MINUTE, { kind: 'merge', intoId: into.id }, actor('dispatcher'));
      continue;
    }

    // Requests about the hotline itself (led by the centre) go to the government-services bureau.
    const leadCode = leadOf.get(tpl.categoryCode);
    const lead = unitId.get(leadCode && leadCode !== 'CENTER' ? leadCode : 'ZSJ')!;
    const assist = r.chance(0.25) ? [unitId.get(district.code)!] : [];
    t += r.int(10, 90) * MINUTE;
    if (!(await step(id, t, { kind: 'dispatch', unitId: lead, assistUnitIds: assist, note: null }, actor('dispatcher')))) continue;
    const unit = handler(lead);

    // A few are sent to the wrong unit and come back.
    if (r.chance(0.06)) {
      t += r.int(20, 120) * MINUTE;
      if (!(await step(id, t, { kind: 'return', reason: '该事项不属于本单位职责范围，建议改派属地街道办理' }, unit))) continue;
      t += r.int(10, 60) * MINUTE;
      const approve = r.chance(0.6);
      if (!(await step(id, t, { kind: 'review-return', approve, note: approve ? '同意退回，改派属地' : '属本单位职责，请继续办理' }, actor('dispatcher')))) continue;
      if (approve) {
        openTickets.push({ id, createdAt });
        continue; // back in the dispatch queue
      }
    }
    t += r.int(15, 240) * MINUTE;
    if (!(await step(id, t, { kind: 'accept' }, unit))) {
      openTickets.push({ id, createdAt });
      continue;
    }
    if (r.chance(0.08)) {
      t += r.int(1, 2) * DAY;
      if (!(await step(id, t, { kind: 'extend', days: r.int(2, 5), reason: '需协调多个部门现场核查，申请延期' }, unit))) continue;
      t += r.int(1, 4) * HOUR;
      await step(id, t, { kind: 'review-extension', approve: r.chance(0.75), note: null }, actor('supervisor'));
    }
    t += r.int(4, 72) * HOUR;
    if (!(await step(id, t, { kind: 'reply', content: fillTemplate(tpl.reply, values) }, unit))) {
      openTickets.push({ id, createdAt });
      continue;
    }
    for (let attempt = 0; attempt < 4; attempt++) {
      t += r.int(3, 30) * HOUR;
      const reached = !r.chance(0.12);
      const resolved = r.chance(0.85);
      const satisfaction = resolved ? (r.chance(0.8) ? 'satisfied' : 'basically_satisfied') : r.pick(['unsatisfied', 'basically_satisfied'] as const);
      const after = await step(
        id,
        t,
        reached ? { kind: 'callback', reached, resolved, satisfaction, note: null } : { kind: 'callback', reached, note: '无人接听' },
        actor('callback'),
      );
      if (!after || after.status === 'closed') break;
      if (after.status === 'replied') continue; // not reached: try again later
      // Reopened (重办): the unit replies again.
      t += r.int(6, 48) * HOUR;
      if (!(await step(id, t, { kind: 'reply', content: `（重办）${fillTemplate(tpl.reply, values)}已再次上门核实处理。` }, unit))) break;
    }
  }
  const scenes = await loadScenes({
    db,
    ref,
    now,
    r,
    unitId: (code) => unitId.get(code)!,
    categoryId: (code) => categoryId.get(code)!,
    actor,
  });
  await loadDemoCalls({
    db,
    ref,
    now,
    r,
    agents: ['agent', ...floorAgents.map(([u]) => u)].map((u, i) => ({ id: actor(u).id!, extension: String(8001 + i) })),
    ticketAgentId: actor('agent').id!,
    inspectorId: actor('qa').id!,
    lines: demoLines.map((l) => l.number),
  });
  return { credentials, tickets: count + scenes };
}
