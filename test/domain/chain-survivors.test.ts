// The hand-down chain (下派 / 逐级审核) at its edges: a level's deadlines capped at the parent's
// due time, the limits of the ticket's own priority, on time exactly at a level's deadline, the
// holder's refusals, the chain after a reply is approved or a level returns, alerts kept per
// level, and the units tree walk. Expected instants by hand (README: emergencies 30 clock minutes
// to accept, 2 clock hours to handle; a complaint 1 working hour / 5 working days), or from a
// stub calendar whose arithmetic is written out below.

import { describe, expect, it } from 'vitest';
import { WorkCalendar, type Duration } from '../../src/domain/calendar.js';
import { actorLevel, chainOf, holderStateError, isBelow, levelAlerts, levelDeadlines } from '../../src/domain/chain.js';
import { DEFAULT_TIME_LIMIT_RULES } from '../../src/domain/time-limits.js';
import { DEFAULT_POLICY, decide, decideRegister, emptyTicket, evolve, type Actor, type AnyTicketEvent, type Command, type DecideContext, type Decision, type RegisterInput, type Ticket, type UnitRef } from '../../src/domain/ticket.js';
import { calendar, local, staff } from './fixtures.js';


// 1 the centre; 10 a district with streets 100 and 101; community 1000 under 100; 20 a department.
const units = new Map<number, UnitRef>([
  [1, { id: 1, kind: 'center', active: true, parentId: null }],
  [10, { id: 10, kind: 'district', active: true, parentId: 1 }],
  [100, { id: 100, kind: 'street', active: true, parentId: 10 }],
  [101, { id: 101, kind: 'street', active: true, parentId: 10 }],
  [1000, { id: 1000, kind: 'community', active: true, parentId: 100 }],
  [20, { id: 20, kind: 'department', active: true, parentId: 1 }],
]);
const dispatcher = staff('dispatcher', 3);
const agent = staff('agent', 2);
const district: Actor = { id: 210, role: 'unit_handler', unitId: 10, scope: new Set([10, 100, 101, 1000]) };
const street: Actor = { id: 2100, role: 'unit_handler', unitId: 100, scope: new Set([100, 1000]) };
const community: Actor = { id: 21000, role: 'unit_handler', unitId: 1000, scope: new Set([1000]) };

function ctx(actor: Actor, now: Date, extra: Partial<DecideContext> = {}): DecideContext {
  return { actor, now, calendar, rules: DEFAULT_TIME_LIMIT_RULES, categoryPath: [], policy: DEFAULT_POLICY, units, target: null, ...extra };
}
const fold = (t: Ticket, events: readonly AnyTicketEvent[]): Ticket => events.reduce((acc, e) => evolve(acc, e), t);
function expectOk(d: Decision): AnyTicketEvent[] {
  if (!d.ok) throw new Error(`expected ok, got ${d.error.status} ${d.error.code}: ${d.error.detail}`);
  return d.events;
}
const refusal = (d: Decision | null) => (d == null ? 'none' : d.ok ? 'ok' : `${d.error.status} ${d.error.code}`);
const step = (t: Ticket, command: Command, actor: Actor, at: string): Ticket => fold(t, expectOk(decide(t, command, ctx(actor, local(at)))));

function register(input: Partial<RegisterInput> = {}): Ticket {
  const d = decideRegister({ number: 'GD202603020001', channel: 'phone', type: 'complaint', content: '路灯不亮，夜间出行不便。', ...input }, agent, local('2026-03-02 08:45'));
  return fold(emptyTicket(1), expectOk(d));
}
/** Dispatched to district 10 at 09:00 Mon 2 March, accepted at 09:10. */
const atDistrict = (input: Partial<RegisterInput> = {}): Ticket =>
  step(step(register(input), { kind: 'dispatch', unitId: 10 }, dispatcher, '2026-03-02 09:00'), { kind: 'accept' }, district, '2026-03-02 09:10');
/** …handed down to street 100 at 09:20 and accepted by it at 09:30. */
const atStreet = (input: Partial<RegisterInput> = {}): Ticket =>
  step(step(atDistrict(input), { kind: 'delegate', unitId: 100 }, district, '2026-03-02 09:20'), { kind: 'accept' }, street, '2026-03-02 09:30');

describe('a level’s deadlines: its ticket’s own limits, never past the parent’s due time', () => {
  it('an emergency handed down: 30 clock minutes to accept, handling capped at the district’s 2 hours', () => {
    const t = atDistrict({ priority: 'emergency' });
    expect(t.dueBy).toEqual(local('2026-03-02 11:00')); // 09:00 + 2 clock hours
    const e = expectOk(decide(t, { kind: 'delegate', unitId: 100 }, ctx(district, local('2026-03-02 09:20'))))[0];
    // Own limits: accept by 09:50; handle by 11:20, past the district's 11:00 → 11:00.
    expect(e.payload).toMatchObject({ level: 1, unitId: 100, fromUnitId: 10, acceptBy: local('2026-03-02 09:50').toISOString(), dueBy: local('2026-03-02 11:00').toISOString(), capped: true });
  });
  it('a complaint handed down 20 minutes after dispatch: 1 working hour to accept; its 5 days would end 20 minutes past the district’s, so they end with them', () => {
    const t = atDistrict();
    const e = expectOk(decide(t, { kind: 'delegate', unitId: 100, note: '  请核实 ' }, ctx(district, local('2026-03-02 09:20'))))[0];
    expect(e.payload).toMatchObject({ acceptBy: local('2026-03-02 10:20').toISOString(), dueBy: (t.dueBy as Date).toISOString(), capped: true, note: '请核实' });
  });
  it('the lead may not hand down while its return waits for review (409 return_pending); a street may hand down further', () => {
    const pending = step(atDistrict(), { kind: 'return', reason: '不属于本单位职责' }, district, '2026-03-02 09:15');
    expect(refusal(decide(pending, { kind: 'delegate', unitId: 100 }, ctx(district, local('2026-03-02 09:20'))))).toBe('409 return_pending');
    const down = expectOk(decide(atStreet(), { kind: 'delegate', unitId: 1000 }, ctx(street, local('2026-03-02 09:40'))))[0];
    expect(down.payload).toMatchObject({ level: 2, unitId: 1000, fromUnitId: 100 });
  });
  it('a new level starts waiting to be accepted, with no alerts of its own', () => {
    const t = step(atDistrict(), { kind: 'delegate', unitId: 100 }, district, '2026-03-02 09:20');
    expect([t.unitId, t.chain[0].state, t.chain[1].state, t.chain[1].alerts, t.chain[1].acceptedAt]).toEqual([100, 'delegated', 'dispatched', [], null]);
  });
});

// A stub calendar: clock arithmetic in hours, the warning at the midpoint. levelDeadlines' rules
// are checked against it by hand.
const H = 3_600_000;
const stub = {
  deadline: (from: Date, d: Duration) => new Date(from.getTime() + d.amount * H),
  fractionPoint: (from: Date, to: Date) => new Date((from.getTime() + to.getTime()) / 2),
} as unknown as WorkCalendar;
const sctx = { ...ctx(dispatcher, local('2026-03-02 09:00')), calendar: stub };
const hours = (n: number): Duration => ({ amount: n, unit: 'clock_hours' });
const from = new Date('2026-03-02T00:00:00Z');
const at = (h: number) => new Date(from.getTime() + h * H).toISOString();

describe('levelDeadlines (stub calendar)', () => {
  it('without a cap: its own deadlines, warnings at the midpoint, not capped', () => {
    expect(levelDeadlines(sctx, from, hours(1), hours(10), null)).toMatchObject({ acceptBy: at(1), dueBy: at(10), acceptWarnAt: at(0.5), dueWarnAt: at(5), capped: false });
  });
  it('a cap later than both deadlines changes nothing', () => {
    expect(levelDeadlines(sctx, from, hours(1), hours(10), new Date(at(20)))).toMatchObject({ acceptBy: at(1), dueBy: at(10), capped: false });
  });
  it('a deadline exactly at the cap is its own, not capped', () => {
    expect(levelDeadlines(sctx, from, hours(1), hours(10), new Date(at(10)))).toMatchObject({ dueBy: at(10), capped: false });
  });
  it('the handling deadline past the cap is cut to it (capped)', () => {
    expect(levelDeadlines(sctx, from, hours(1), hours(10), new Date(at(4)))).toMatchObject({ acceptBy: at(1), dueBy: at(4), dueWarnAt: at(2), capped: true });
  });
  it('only the accept deadline past the cap (accept longer than handle) still counts as capped', () => {
    expect(levelDeadlines(sctx, from, hours(10), hours(2), new Date(at(4)))).toMatchObject({ acceptBy: at(4), dueBy: at(2), capped: true });
  });
  it('a cap already reached (the parent due now): the warning is the deadline itself', () => {
    expect(levelDeadlines(sctx, from, hours(1), hours(10), from)).toMatchObject({ acceptBy: at(0), dueBy: at(0), acceptWarnAt: at(0), dueWarnAt: at(0), capped: true });
  });
});

describe('on time exactly at a level’s due time', () => {
  it('a street replying exactly at its dueBy is on time; a millisecond later is late', () => {
    const t = atStreet();
    const due = new Date(t.chain[1].dueBy);
    expect(expectOk(decide(t, { kind: 'reply', content: '已修复' }, ctx(street, due)))[0].payload).toMatchObject({ onTime: true, level: 1, toUnitId: 10 });
    expect(expectOk(decide(t, { kind: 'reply', content: '已修复' }, ctx(street, new Date(due.getTime() + 1))))[0].payload).toMatchObject({ onTime: false });
  });
});

describe('the holder’s step before any dispatch', () => {
  it('a ticket not dispatched has no holder: 409 invalid_state', () => {
    expect(refusal(holderStateError(register(), 'accept'))).toBe('409 invalid_state');
    expect(refusal(holderStateError(register(), 'reply'))).toBe('409 invalid_state');
  });
});

describe('the chain after a review or a return', () => {
  it('a community’s reply approved by the street waits for the district’s review; approved there, the district handles', () => {
    let t = step(step(atStreet(), { kind: 'delegate', unitId: 1000 }, street, '2026-03-02 09:40'), { kind: 'accept' }, community, '2026-03-02 09:50');
    t = step(t, { kind: 'reply', content: '路灯已修复' }, community, '2026-03-02 14:00');
    t = step(t, { kind: 'review-reply', approve: true }, street, '2026-03-02 15:00');
    expect([t.unitId, t.chain.length, t.chain[1].state, t.chain[1].reply?.content]).toEqual([100, 2, 'reviewing', '路灯已修复']);
    t = step(t, { kind: 'review-reply', approve: true }, district, '2026-03-02 16:00');
    expect([t.status, t.unitId, t.chain.length, t.chain[0].state, t.chain[0].reply]).toEqual(['replied', 10, 1, 'handling', null]);
  });
  it('a street returning goes back to the district, which handles again', () => {
    const t = step(atStreet(), { kind: 'return', reason: '不属于本街道' }, street, '2026-03-02 10:00');
    expect([t.unitId, t.chain.length, t.chain[0].state]).toEqual([10, 1, 'handling']);
  });
  it('chain events naming no level that exists leave the ticket as it was', () => {
    const reg = register();
    const at0 = local('2026-03-02 10:00');
    const approved = evolve(reg, { type: 'reply_approved', at: at0, actorId: 1, payload: { level: 1, unitId: 100, toUnitId: 10, note: null, content: 'x' } } as AnyTicketEvent);
    expect([approved.chain, approved.unitId]).toEqual([[], null]);
    const returned = evolve(reg, { type: 'level_returned', at: at0, actorId: 1, payload: { level: 1, unitId: 100, toUnitId: 10, reason: 'x', suggestedUnitId: null } } as AnyTicketEvent);
    expect([returned.chain, returned.unitId]).toEqual([[], null]);
    const s = atStreet();
    const rejected = evolve(s, { type: 'reply_rejected', at: at0, actorId: 1, payload: { level: 5, unitId: 100, note: 'x' } } as AnyTicketEvent);
    expect(rejected.chain.length).toBe(2);
    expect(Object.keys(rejected.chain)).toEqual(['0', '1']);
  });
});

describe('alerts per level', () => {
  it('the lead level shows only the deadline alerts of the ticket, not the callback or supervision ones', () => {
    const t = evolve(atDistrict(), { type: 'deadline_alert', at: local('2026-03-02 10:00'), actorId: null, payload: { alert: 'supervision_overdue', deadline: local('2026-03-02 10:00').toISOString(), unitId: 10, escalatedTo: null } } as AnyTicketEvent);
    const w = evolve(t, { type: 'deadline_alert', at: local('2026-03-02 10:00'), actorId: null, payload: { alert: 'handle_warning', deadline: local('2026-03-02 10:00').toISOString(), unitId: 10, escalatedTo: null } } as AnyTicketEvent);
    expect(w.alerts).toEqual(['supervision_overdue', 'handle_warning']);
    expect(w.chain[0].alerts).toEqual(['handle_warning']);
  });
  it('a ticket kept from before chains (chain []) reads as its lead level with its state and deadline alerts', () => {
    const d = step(register(), { kind: 'dispatch', unitId: 10 }, dispatcher, '2026-03-02 09:00');
    const legacy: Ticket = { ...d, chain: [], alerts: ['accept_warning', 'supervision_overdue'] };
    const [lead] = chainOf(legacy);
    expect([lead.unitId, lead.state, lead.alerts, lead.acceptBy]).toEqual([10, 'dispatched', ['accept_warning'], (d.acceptBy as Date).toISOString()]);
    expect(chainOf({ ...legacy, status: 'handling' })[0].state).toBe('handling');
  });
  it('a sub-level’s alerts come due only while the ticket is dispatched or handling', () => {
    const t = atStreet();
    const late = new Date(new Date(t.chain[1].dueBy).getTime() + 60_000);
    expect(levelAlerts(t, late).map((a) => [a.level, a.unitId, a.alert])).toEqual([[1, 100, 'handle_warning'], [1, 100, 'handle_overdue']]);
    expect(levelAlerts({ ...t, status: 'replied' }, late)).toEqual([]);
    expect(levelAlerts({ ...t, status: 'closed' }, late)).toEqual([]);
  });
});

describe('who stands at a level, and the units tree', () => {
  it('only a unit handler has a level, whatever scope another role carries', () => {
    const t = atStreet();
    expect(actorLevel({ role: 'unit_handler', scope: new Set([100]) }, t)).toBe(1);
    expect(actorLevel({ role: 'supervisor', scope: new Set([10]) }, t)).toBe(-1);
  });
  it('walks up to the ancestor; stops at a unit not on file and in a loop', () => {
    expect(isBelow(units, 1000, 1)).toBe(true);
    expect(isBelow(units, 1000, 101)).toBe(false);
    const broken = new Map<number, UnitRef>([
      [50, { id: 50, kind: 'street', active: true, parentId: 77 }], // 77 is not on file
      [60, { id: 60, kind: 'street', active: true, parentId: 61 }],
      [61, { id: 61, kind: 'district', active: true, parentId: 60 }], // a loop
    ]);
    expect(isBelow(broken, 50, 1)).toBe(false);
    expect(isBelow(broken, 50, 77)).toBe(true);
    expect(isBelow(broken, 60, 1)).toBe(false);
  });
});
