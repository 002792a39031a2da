// Survivors of the decider's mutation run that a user relies on: 指定承办人 (assign), 督办回复
// (supervision reply), the citizen's addition (note fromCitizen), on-time boundaries, and what
// evolve leaves after reroute / withdraw / move / return / reopen. Fixtures are copied from
// ticket.test.ts (it exports nothing). Expected values by hand from README "The lifecycle" and
// the decider's comments; deadlines are read off the ticket, never computed with module tables.

import { describe, expect, it } from 'vitest';
import { DEFAULT_TIME_LIMIT_RULES } from '../../src/domain/time-limits.js';
import { DEFAULT_POLICY, decide, decideRegister, emptyTicket, evolve, type Actor, type AnyTicketEvent, type Command, type DecideContext, type Decision, type RegisterInput, type Ticket, type UnitRef } from '../../src/domain/ticket.js';
import { calendar, local, DAY, staff } from './fixtures.js';


const units = new Map<number, UnitRef>([
  [1, { id: 1, kind: 'center', active: true, parentId: null }],
  [10, { id: 10, kind: 'department', active: true, parentId: 1 }],
  [101, { id: 101, kind: 'department', active: true, parentId: 10 }],
  [11, { id: 11, kind: 'district', active: true, parentId: 1 }],
  [20, { id: 20, kind: 'department', active: true, parentId: 1 }],
]);

const admin = staff('admin', 1);
const agent = staff('agent', 2);
const dispatcher = staff('dispatcher', 3);
const callbackAgent = staff('callback_agent', 4);
const supervisor = staff('supervisor', 5);
const system = staff('system', 0);
const leadHandler: Actor = { id: 200, role: 'unit_handler', unitId: 10, scope: new Set([10, 101]) };
const childHandler: Actor = { id: 201, role: 'unit_handler', unitId: 101, scope: new Set([101]) };

function ctx(actor: Actor, now: Date, extra: Partial<DecideContext> = {}): DecideContext {
  return { actor, now, calendar, rules: DEFAULT_TIME_LIMIT_RULES, categoryPath: [], policy: DEFAULT_POLICY, units, target: null, ...extra };
}
const apply = (t: Ticket, events: readonly AnyTicketEvent[]): Ticket => events.reduce((acc, e) => evolve(acc, e), t);
function expectOk(d: Decision): AnyTicketEvent[] {
  if (!d.ok) throw new Error(`expected ok, got ${d.error.status} ${d.error.code}: ${d.error.detail}`);
  return d.events;
}
const refusal = (d: Decision) => (d.ok ? 'ok' : `${d.error.status} ${d.error.code}`);
function step(t: Ticket, command: Command, actor: Actor, now: Date, extra: Partial<DecideContext> = {}): { ticket: Ticket; events: AnyTicketEvent[] } {
  const events = expectOk(decide(t, command, ctx(actor, now, extra)));
  return { ticket: apply(t, events), events };
}
function register(input: Partial<RegisterInput> = {}, at = local('2026-03-02 08:45'), id = 1): Ticket {
  const d = decideRegister({ number: `GD2026030200000${id}`, channel: 'phone', type: 'complaint', content: '小区门口占道经营，影响通行。', ...input }, agent, at);
  return apply(emptyTicket(id), expectOk(d));
}
const T = {
  register: local('2026-03-02 08:45'), // Mon
  dispatch: local('2026-03-02 09:00'),
  accept: local('2026-03-02 09:30'),
  reply: local('2026-03-04 15:00'),
  callback: local('2026-03-05 10:00'),
  now: local('2026-03-06 10:00'),
};
const dispatched = (): Ticket => step(register(), { kind: 'dispatch', unitId: 10, assistUnitIds: [11] }, dispatcher, T.dispatch).ticket;
const handling = (): Ticket => step(dispatched(), { kind: 'accept' }, leadHandler, T.accept).ticket;
const replied = (): Ticket => step(handling(), { kind: 'reply', content: '已责令摊贩退出道路，恢复通行。' }, leadHandler, T.reply).ticket;
const closed = (): Ticket => step(replied(), { kind: 'callback', reached: true, resolved: true, satisfaction: 'satisfied' }, callbackAgent, T.callback).ticket;
const alerted = (t: Ticket, alert: 'handle_warning' | 'handle_overdue' | 'accept_overdue' | 'callback_overdue'): Ticket =>
  evolve(t, { type: 'deadline_alert', at: T.now, actorId: null, payload: { alert, deadline: T.now.toISOString(), unitId: 10, escalatedTo: null } } as AnyTicketEvent);

// ---------------------------------------------------------------------------------------------
// 指定承办人

type Assignee = NonNullable<DecideContext['assignee']>;
const LINA: Assignee = { id: 201, name: '李娜', role: 'unit_handler', unitId: 10, active: true };
const assign = (t: Ticket, actor: Actor, assignee: Assignee | null, userId = 201) => decide(t, { kind: 'assign', userId }, ctx(actor, T.now, { assignee }));

describe('assign: only the holding unit, only its own active handler', () => {
  it('a handler who sees the ticket but whose own unit is not on its chain is refused (403 not_unit_ticket)', () => {
    const overseer: Actor = { id: 300, role: 'unit_handler', unitId: 101, scope: new Set([10, 101]) };
    expect(refusal(assign(handling(), overseer, { ...LINA, unitId: 101 }))).toBe('403 not_unit_ticket');
    const unitless: Actor = { id: 301, role: 'unit_handler', unitId: null, scope: new Set([10]) };
    expect(refusal(assign(handling(), unitless, LINA))).toBe('403 not_unit_ticket');
  });

  it('the lead unit may not assign a handler of the unit below it holds the ticket at (400 assignee_not_in_unit); that unit may', () => {
    const t = step(handling(), { kind: 'delegate', unitId: 101 }, leadHandler, local('2026-03-02 10:00')).ticket;
    const ofChild: Assignee = { id: 203, name: '赵敏', role: 'unit_handler', unitId: 101, active: true };
    expect(refusal(assign(t, leadHandler, ofChild, 203))).toBe('400 assignee_not_in_unit');
    expect(expectOk(assign(t, childHandler, ofChild, 203))[0].payload).toEqual({ userId: 203, name: '赵敏', unitId: 101, fromUserId: null });
    // An admin assigns a handler of any unit of the chain.
    expect(refusal(assign(t, admin, ofChild, 203))).toBe('ok');
  });

  it('an assignee that does not exist, or is not the user named, is refused (400 unknown_user)', () => {
    expect(refusal(assign(handling(), leadHandler, null))).toBe('400 unknown_user');
    expect(refusal(assign(handling(), leadHandler, LINA, 202))).toBe('400 unknown_user');
  });

  it('the assignee must be an active unit handler of that same unit (400 assignee_not_in_unit), each condition alone', () => {
    const t = handling();
    expect(refusal(assign(t, leadHandler, { ...LINA, role: 'agent' }))).toBe('400 assignee_not_in_unit');
    expect(refusal(assign(t, leadHandler, { ...LINA, active: false }))).toBe('400 assignee_not_in_unit');
    expect(refusal(assign(t, leadHandler, { ...LINA, unitId: null }))).toBe('400 assignee_not_in_unit');
    expect(refusal(assign(t, leadHandler, { ...LINA, unitId: 20 }))).toBe('400 assignee_not_in_unit');
    // An admin assigns a handler of a unit of the chain, never of another unit.
    expect(refusal(assign(t, admin, { ...LINA, unitId: 20 }))).toBe('400 assignee_not_in_unit');
    expect(refusal(assign(t, admin, { ...LINA, unitId: null }))).toBe('400 assignee_not_in_unit');
  });

  it('the event names who, their unit and who had it before; the ticket records the assignee', () => {
    const t = handling();
    const first = step(t, { kind: 'assign', userId: 201 }, leadHandler, T.now, { assignee: LINA });
    expect(first.events).toEqual([{ type: 'assigned', at: T.now, actorId: 200, payload: { userId: 201, name: '李娜', unitId: 10, fromUserId: null } }]);
    expect(first.ticket.assigneeId).toBe(201);
    const wang: Assignee = { id: 202, name: '王强', role: 'unit_handler', unitId: 10, active: true };
    const second = step(first.ticket, { kind: 'assign', userId: 202 }, admin, T.now, { assignee: wang });
    expect(second.events[0].payload).toEqual({ userId: 202, name: '王强', unitId: 10, fromUserId: 201 });
    expect(second.ticket.assigneeId).toBe(202);
  });

  it('assigning the same handler again is refused (409 already_assigned), naming them', () => {
    const t = step(handling(), { kind: 'assign', userId: 201 }, leadHandler, T.now, { assignee: LINA }).ticket;
    const d = assign(t, leadHandler, LINA);
    expect(refusal(d)).toBe('409 already_assigned');
    expect(!d.ok && d.error.detail).toContain('李娜');
  });

  it('a ticket withdrawn from the unit leaves its assignee behind', () => {
    const t = step(handling(), { kind: 'assign', userId: 201 }, leadHandler, T.now, { assignee: LINA }).ticket;
    expect(step(t, { kind: 'withdraw', reason: '派单有误' }, dispatcher, T.now).ticket.assigneeId).toBe(null);
  });
});

// ---------------------------------------------------------------------------------------------
// 督办回复, the citizen's addition

describe('supervision reply', () => {
  const supervised = () => step(handling(), { kind: 'supervise', type: 'urge', content: ' 请加快办理 ' }, supervisor, T.now).ticket;

  it('with no open supervision is refused (409 no_open_supervision)', () => {
    expect(refusal(decide(handling(), { kind: 'supervision-reply', content: '已办' }, ctx(leadHandler, T.now)))).toBe('409 no_open_supervision');
  });
  it('blank content is refused (400 content_required)', () => {
    expect(refusal(decide(supervised(), { kind: 'supervision-reply', content: '   ' }, ctx(leadHandler, T.now)))).toBe('400 content_required');
  });
  it('carries the trimmed reply and the supervision’s kind, and closes the supervision', () => {
    const s = supervised();
    expect(s.supervision?.content).toBe('请加快办理');
    const r = step(s, { kind: 'supervision-reply', content: '  已加派人手，明日办结 ' }, leadHandler, T.now);
    expect(r.events[0].payload).toEqual({ content: '已加派人手，明日办结', type: 'urge' });
    expect(r.ticket.supervision).toBe(null);
  });
  it('a blank supervision is refused (400 content_required)', () => {
    expect(refusal(decide(handling(), { kind: 'supervise', type: 'urge', content: '  ' }, ctx(supervisor, T.now)))).toBe('400 content_required');
  });
});

describe('note: who records what the citizen adds', () => {
  const note = (actor: Actor, fromCitizen?: boolean) => decide(handling(), { kind: 'note', content: ' 又补充：晚上仍在施工 ', fromCitizen }, ctx(actor, T.now));
  it('the agent, the system and the admin may; a dispatcher may not (403 forbidden)', () => {
    for (const actor of [agent, system, admin]) expect(expectOk(note(actor, true))[0].payload).toEqual({ content: '又补充：晚上仍在施工', fromCitizen: true, unitId: null });
    expect(refusal(note(dispatcher, true))).toBe('403 forbidden');
    expect(refusal(note(supervisor, true))).toBe('403 forbidden');
  });
  it('a unit handler’s note carries their unit; a centre staff member’s none, even with a unit of their own', () => {
    expect(expectOk(note(leadHandler))[0].payload).toEqual({ content: '又补充：晚上仍在施工', fromCitizen: false, unitId: 10 });
    const centreAgent: Actor = { id: 2, role: 'agent', unitId: 1, scope: new Set() };
    expect(expectOk(note(centreAgent))[0].payload).toEqual({ content: '又补充：晚上仍在施工', fromCitizen: false, unitId: null });
  });
});

// ---------------------------------------------------------------------------------------------
// Boundaries that change the measures

describe('on time exactly at the deadline', () => {
  it('the lead unit accepting exactly at acceptBy is on time; a millisecond later is late', () => {
    const t = dispatched();
    const at = t.acceptBy as Date;
    expect(expectOk(decide(t, { kind: 'accept' }, ctx(leadHandler, at)))[0].payload).toMatchObject({ onTime: true, level: 0, unitId: 10 });
    expect(expectOk(decide(t, { kind: 'accept' }, ctx(leadHandler, new Date(at.getTime() + 1))))[0].payload).toMatchObject({ onTime: false });
  });
  it('a level below accepting exactly at its own acceptBy is on time; a millisecond later is late', () => {
    const t = step(handling(), { kind: 'delegate', unitId: 101 }, leadHandler, local('2026-03-02 10:00')).ticket;
    const at = new Date(t.chain[1].acceptBy);
    expect(expectOk(decide(t, { kind: 'accept' }, ctx(childHandler, at)))[0].payload).toMatchObject({ onTime: true, level: 1, unitId: 101 });
    expect(expectOk(decide(t, { kind: 'accept' }, ctx(childHandler, new Date(at.getTime() + 1))))[0].payload).toMatchObject({ onTime: false, level: 1 });
  });
});

describe('reopen window (30 days after closing, README)', () => {
  it('exactly 30 days after closing may still be reopened; a minute later not (409 reopen_window_passed)', () => {
    const t = closed();
    const closedAt = t.closedAt as Date;
    expect(refusal(decide(t, { kind: 'reopen', reason: '问题复发' }, ctx(supervisor, new Date(closedAt.getTime() + 30 * DAY))))).toBe('ok');
    expect(refusal(decide(t, { kind: 'reopen', reason: '问题复发' }, ctx(supervisor, new Date(closedAt.getTime() + 30 * DAY + 60_000))))).toBe('409 reopen_window_passed');
  });
  it('a replied ticket (never closed) reopens whenever', () => {
    expect(refusal(decide(replied(), { kind: 'reopen', reason: '问题未解决' }, ctx(supervisor, new Date(T.reply.getTime() + 90 * DAY))))).toBe('ok');
  });
});

describe('callback reached: what is recorded', () => {
  it('no grade given means no grade key at all; a grade given is kept', () => {
    const e = expectOk(decide(replied(), { kind: 'callback', reached: true, resolved: true, satisfaction: 'satisfied' }, ctx(callbackAgent, T.callback)))[0];
    expect(Object.keys(e.payload)).not.toContain('grade');
    expect(e.payload).toMatchObject({ reached: true, resolved: true, satisfaction: 'satisfied', outcome: 'closed' });
  });
});

describe('return review approved with a reroute (派单异议)', () => {
  const pending = (): Ticket => step(handling(), { kind: 'return', reason: '不属于本单位职责' }, leadHandler, T.now).ticket;
  it('approved alone: one return_approved with the trimmed note, the ticket back at the centre, alerts gone', () => {
    const p = alerted(pending(), 'handle_warning');
    const r = step(p, { kind: 'review-return', approve: true, note: '  同意退回 ' }, dispatcher, T.now);
    expect(r.events.map((e) => e.type)).toEqual(['return_approved']);
    expect(r.events[0].payload).toEqual({ note: '同意退回', unitId: 10 });
    expect([r.ticket.status, r.ticket.unitId, r.ticket.alerts, r.ticket.returnCount, r.ticket.returnedFrom, r.ticket.assistUnitIds]).toEqual(['registered', null, [], 1, [10], []]);
  });
  it('approved and rerouted: the new unit alone, no assisting units, its deadlines from now', () => {
    const r = step(pending(), { kind: 'review-return', approve: true, rerouteTo: 20 }, dispatcher, T.now);
    expect(r.events.map((e) => e.type)).toEqual(['return_approved', 'dispatched']);
    expect(r.events[1].payload).toMatchObject({ unitId: 20, assistUnitIds: [], note: null });
    expect([r.ticket.status, r.ticket.unitId, r.ticket.assistUnitIds, r.ticket.handleFrom]).toEqual(['dispatched', 20, [], T.now]);
  });
});

describe('what evolve leaves after a ticket changes hands', () => {
  it('reroute: a fresh dispatch to the new unit, alerts, pending requests and supervision cleared, working-day clock', () => {
    let t = alerted(handling(), 'handle_overdue');
    t = step(t, { kind: 'supervise', type: 'urge', content: '请加快' }, supervisor, T.now).ticket;
    const r = step(t, { kind: 'reroute', unitId: 20, reason: '属于生态环境部门职责' }, dispatcher, T.now).ticket;
    expect([r.status, r.unitId, r.alerts, r.supervision, r.handleClock, r.acceptedAt, r.assistUnitIds, r.handleFrom]).toEqual(['dispatched', 20, [], null, false, null, [], T.now]);
  });
  it('withdraw keeps the ticket at its centre', () => {
    expect(step({ ...handling(), centreId: 1 }, { kind: 'withdraw', reason: '派单有误' }, dispatcher, T.now).ticket.centreId).toBe(1);
  });
  it('withdraw: back to registered with nothing of the unit left, alerts included', () => {
    const r = step(alerted(handling(), 'handle_warning'), { kind: 'withdraw', reason: '派单有误' }, dispatcher, T.now).ticket;
    expect([r.status, r.unitId, r.chain, r.alerts, r.acceptBy, r.dueBy, r.dispatchedAt]).toEqual(['registered', null, [], [], null, null, null]);
  });
  it('move: a registered ticket only changes centre; a dispatched one is undone, alerts included', () => {
    const movable = (t: Ticket): Ticket => ({ ...t, centreId: 1 });
    const rootAdmin: Actor = { ...admin, centres: new Set([1, 5]) };
    const reg = step(movable(register()), { kind: 'move', centreId: 5, reason: '属于分中心' }, rootAdmin, T.now, { isCentre: (id) => id === 5 }).ticket;
    expect([reg.status, reg.centreId]).toEqual(['registered', 5]);
    const d = alerted(movable(handling()), 'handle_warning');
    const moved = step(d, { kind: 'move', centreId: 5, reason: '属于分中心' }, rootAdmin, T.now, { isCentre: (id) => id === 5 }).ticket;
    expect([moved.status, moved.centreId, moved.unitId, moved.chain, moved.alerts, moved.dueBy]).toEqual(['registered', 5, null, [], [], null]);
  });
  it('reopen after a callback: handling again from now, reply and callback cleared, handle/callback alerts dropped', () => {
    let t = alerted(alerted(replied(), 'handle_overdue'), 'callback_overdue');
    t = step(t, { kind: 'reopen', reason: '群众反映问题未解决' }, supervisor, T.now).ticket;
    expect([t.status, t.reopenCount, t.repliedAt, t.callbackDueBy, t.handleFrom, t.alerts, t.resolved]).toEqual(['handling', 1, null, null, T.now, [], null]);
  });
  it('a reopened ticket without a unit goes back to registered, its handling start unchanged', () => {
    const answered = step(register(), { kind: 'answer', content: '根据政策，可到政务服务中心办理。' }, agent, T.dispatch).ticket;
    const r = step(answered, { kind: 'reopen', reason: '群众反映未解决' }, supervisor, T.now).ticket;
    expect([r.status, r.handleFrom, r.closedAt, r.directAnswer]).toEqual(['registered', null, null, false]);
  });
  it('an unsatisfied callback reopens: alerts of handling and callback gone, attempts restart', () => {
    const t = alerted(alerted(replied(), 'handle_overdue'), 'callback_overdue');
    const r = step(t, { kind: 'callback', reached: true, resolved: false, satisfaction: 'unsatisfied' }, callbackAgent, T.callback).ticket;
    expect([r.status, r.alerts, r.callbackAttempts, r.handleFrom, r.reopenCount]).toEqual(['handling', [], 0, T.callback, 1]);
  });
  it('a second reply keeps the first reply’s time and on-time flag; the quality score is the latest or none', () => {
    const r1 = replied();
    const reopened = step(r1, { kind: 'reopen', reason: '群众反映未解决' }, supervisor, T.now).ticket;
    const r2 = step(reopened, { kind: 'reply', content: '已再次处理。' }, leadHandler, local('2026-03-09 10:00')).ticket;
    expect([r2.firstRepliedAt, r2.firstReplyOnTime, r2.handlingMinutes, r2.repliedAt]).toEqual([r1.firstRepliedAt, r1.firstReplyOnTime, r1.handlingMinutes, local('2026-03-09 10:00')]);
  });
});

describe('a level’s deadline alert', () => {
  const delegated = () => step(step(handling(), { kind: 'delegate', unitId: 101 }, leadHandler, local('2026-03-02 10:00')).ticket, { kind: 'accept' }, childHandler, local('2026-03-02 10:30')).ticket;
  const levelAlert = (t: Ticket, level: number | undefined, unitId: number): Ticket =>
    evolve(t, { type: 'deadline_alert', at: T.now, actorId: null, payload: { alert: 'handle_warning', deadline: T.now.toISOString(), unitId, escalatedTo: null, ...(level != null ? { level } : {}) } } as AnyTicketEvent);

  it('is kept on that level only, once, and not on the ticket', () => {
    const t = levelAlert(levelAlert(delegated(), 1, 101), 1, 101);
    expect(t.chain[1].alerts).toEqual(['handle_warning']);
    expect(t.alerts).toEqual([]);
  });
  it('for a level whose unit has since changed, is dropped', () => {
    const t = levelAlert(delegated(), 1, 102);
    expect(t.chain[1].alerts).toEqual([]);
    expect(t.alerts).toEqual([]);
  });
  it('level 0 or no level is the ticket’s own alert', () => {
    expect(levelAlert(delegated(), 0, 10).alerts).toEqual(['handle_warning']);
    const none = levelAlert(delegated(), undefined, 10);
    expect([none.alerts, none.chain[1].alerts]).toEqual([['handle_warning'], []]);
  });
});

describe('what the centre writes is kept trimmed', () => {
  it('a dispatch note, a withdrawal reason and an extension review note', () => {
    const d = step(register(), { kind: 'dispatch', unitId: 10, note: '  请尽快处理 ' }, dispatcher, T.dispatch);
    expect(d.events[0].payload).toMatchObject({ note: '请尽快处理' });
    const w = step(handling(), { kind: 'withdraw', reason: '  派单有误 ' }, dispatcher, T.now);
    expect(w.events[0].payload).toEqual({ reason: '派单有误', unitId: 10 });
    const ext = { ...handling(), pendingExtension: { days: 2, reason: '需现场核查', requestedBy: 200, at: T.accept.toISOString() } };
    expect(step(ext, { kind: 'review-extension', approve: false, note: '  不同意 ' }, dispatcher, T.now).events[0].payload).toEqual({ note: '不同意', days: 2 });
    expect(step(ext, { kind: 'review-extension', approve: true, note: '  同意 ' }, dispatcher, T.now).events[0].payload).toMatchObject({ note: '同意', days: 2 });
  });
  it('a move to a centre nobody can name is refused (400 unknown_centre)', () => {
    expect(refusal(decide({ ...handling(), centreId: 1 }, { kind: 'move', centreId: 5, reason: '属于分中心' }, ctx(admin, T.now)))).toBe('400 unknown_centre');
  });
});

describe('a return rejected on an emergency: the pause counts clock time (its limits are clock hours)', () => {
  it('requested 10:00, rejected 14:00 the same day: 240 minutes paused, the due time 11:00 → 15:00', () => {
    // README: emergencies 30 minutes to accept, 2 clock hours to handle. Dispatched 09:00 → due 11:00.
    let t = step(register({ priority: 'emergency' }), { kind: 'dispatch', unitId: 10 }, dispatcher, T.dispatch).ticket;
    t = step(t, { kind: 'accept' }, leadHandler, local('2026-03-02 09:10')).ticket;
    expect(t.dueBy).toEqual(local('2026-03-02 11:00'));
    t = step(t, { kind: 'return', reason: '不属于本单位职责' }, leadHandler, local('2026-03-02 10:00')).ticket;
    const r = step(t, { kind: 'review-return', approve: false }, dispatcher, local('2026-03-02 14:00'));
    // Working minutes would be 10:00–12:00 + 13:30–14:00 = 150; clock minutes are 240.
    expect(r.events[0].payload).toMatchObject({ pausedMinutes: 240, dueBy: local('2026-03-02 15:00').toISOString(), acceptBy: null });
    expect([r.ticket.dueBy, r.ticket.pendingReturn]).toEqual([local('2026-03-02 15:00'), null]);
  });
});

describe('what evolve makes of the registration, a direct answer and the timeline-only events', () => {
  it('registration keeps the district and the citizen’s consent', () => {
    const t = register({ districtId: 4, publicConsent: true });
    expect([t.districtId, t.publicConsent]).toEqual([4, true]);
  });
  it('a direct answer closes the ticket resolved, marked as answered directly', () => {
    const t = step(register(), { kind: 'answer', content: '根据政策，可到政务服务中心办理。' }, agent, T.dispatch).ticket;
    expect([t.status, t.resolved, t.directAnswer, t.closedAt]).toEqual(['closed', true, true, T.dispatch]);
  });
  it('events that only go on the timeline change nothing but the version', () => {
    const t = handling();
    const only = (type: string, payload: Record<string, unknown>) => evolve(t, { type, at: T.now, actorId: 1, payload } as unknown as AnyTicketEvent);
    const cases: [string, Record<string, unknown>][] = [
      ['merge_received', { fromId: 2, fromNumber: 'x' }],
      ['master_replied', { masterId: 2, masterNumber: 'x', content: 'y' }],
      ['split_out', { toId: 2, toNumber: 'x' }],
      ['split_from', { fromId: 2, fromNumber: 'x' }],
      ['linked', { otherId: 2, otherNumber: 'x', kind: 'related', direction: 'out' }],
      ['unlinked', { otherId: 2, otherNumber: 'x', kind: 'related' }],
      ['police_feedback', { result: '已处置' }],
      ['noted', { content: 'x', fromCitizen: false, unitId: null }],
    ];
    for (const [type, payload] of cases) expect(only(type, payload), type).toEqual({ ...t, version: t.version + 1, updatedAt: T.now });
  });
  it('an imported ticket is closed at its reply time, or at the import when it has none', () => {
    const at = local('2026-03-06 12:00');
    const imp = (repliedAt: string | null) => evolve(register(), { type: 'imported', at, actorId: null, payload: { source: 'old', externalId: 'A1', reply: null, repliedAt, label: null } } as AnyTicketEvent);
    const withReply = imp(local('2026-03-03 10:00').toISOString());
    expect([withReply.status, withReply.closedAt, withReply.repliedAt, withReply.firstRepliedAt]).toEqual(['closed', local('2026-03-03 10:00'), local('2026-03-03 10:00'), local('2026-03-03 10:00')]);
    const none = imp(null);
    expect([none.status, none.closedAt, none.repliedAt]).toEqual(['closed', at, null]);
  });
});

describe('evolve: fields a changed hand must clear or keep', () => {
  it('a registration recorded without confidentiality or consent reads as neither', () => {
    const e = { type: 'registered', at: T.register, actorId: 2, payload: { number: 'GD1', channel: 'phone', type: 'consult', priority: 'normal', title: 't', content: 'c' } } as unknown as AnyTicketEvent;
    const t = evolve(emptyTicket(9), e);
    expect([t.confidential, t.publicConsent]).toEqual([false, false]);
  });
  it('an emergency rerouted keeps counting its handling in clock hours', () => {
    const t = step(step(register({ priority: 'emergency' }), { kind: 'dispatch', unitId: 10 }, dispatcher, T.dispatch).ticket, { kind: 'reroute', unitId: 20, reason: '属于其他部门' }, dispatcher, local('2026-03-02 09:20')).ticket;
    expect([t.handleClock, t.dueBy]).toEqual([true, local('2026-03-02 11:20')]);
  });
  it('a move or an approved return leaves no assisting unit and no chain', () => {
    const moved = step({ ...handling(), centreId: 1 }, { kind: 'move', centreId: 5, reason: '属于分中心' }, { ...admin, centres: new Set([1, 5]) }, T.now, { isCentre: (id) => id === 5 }).ticket;
    expect([moved.assistUnitIds, moved.chain]).toEqual([[], []]);
    const pending = step(handling(), { kind: 'return', reason: '不属于本单位职责' }, leadHandler, T.now).ticket;
    expect(pending.pendingReturn).toEqual({ reason: '不属于本单位职责', unitId: 10, requestedBy: 200, at: T.now.toISOString() });
    expect(Object.keys(pending.pendingReturn ?? {})).not.toContain('suggestedUnitId');
    const back = step(pending, { kind: 'review-return', approve: true }, dispatcher, T.now).ticket;
    expect([back.chain, back.assistUnitIds, back.pendingReturn]).toEqual([[], [], null]);
  });
});
