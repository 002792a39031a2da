// The hand-down chain (下派, 二级派单) and the centre's control (issue 15), in the pure domain:
// a four-level chain (the centre dispatches to a district, which hands down to a street, which
// hands down to a community) and back up with one rejection on the way; each level's deadlines
// capped by the parent's; who may act and who sees at each step; returns one level up;
// re-routing, withdrawing, refusing (不予受理); closing without a callback; a return rejected
// outside office hours; each level's alerts.
//
// Every instant is worked out by hand on the real calendar (calendar/2026.json: no holiday in
// March 2026), office hours 08:30–12:00 and 13:30–17:30 Asia/Shanghai, 450 working minutes a
// day. A complaint: accept within 1 working hour, handle within 5 working days (2,250 minutes).

import { describe, expect, it } from 'vitest';
import { actorLevel, chainOf, holderLevel, isBelow, leadUnitId } from '../../src/domain/chain.js';
import { DEFAULT_TIME_LIMIT_RULES } from '../../src/domain/time-limits.js';
import { calendar, local, staff } from './fixtures.js';
import {
  DEFAULT_POLICY,
  canSee,
  decide,
  decideAlerts,
  decideRegister,
  emptyTicket,
  evolve,
  nextAlertAt,
  type Actor,
  type AnyTicketEvent,
  type Command,
  type DecideContext,
  type Decision,
  type RegisterInput,
  type Ticket,
  type TicketEvent,
  type UnitRef,
} from '../../src/domain/ticket.js';
import {
  NO_CALLBACK_REASONS,
  REFUSAL_GUIDANCE,
  REFUSAL_LABELS,
  REFUSAL_REASONS,
  STATUS_LABELS,
  OPEN_STATUSES,
  TICKET_STATUSES,
  type Role,
} from '../../src/domain/ticket-types.js';



// The units tree: 1 the 12345 centre; 10 a district with streets 100 (东门) and 101 (西门, the
// sibling) and an inactive street 102; communities 1000 and 1001 under 100, 2000 under 101;
// 20 a department beside the district.
const units = new Map<number, UnitRef>([
  [1, { id: 1, kind: 'center', active: true, parentId: null }],
  [10, { id: 10, kind: 'district', active: true, parentId: 1 }],
  [100, { id: 100, kind: 'street', active: true, parentId: 10 }],
  [101, { id: 101, kind: 'street', active: true, parentId: 10 }],
  [102, { id: 102, kind: 'street', active: false, parentId: 10 }],
  [1000, { id: 1000, kind: 'community', active: true, parentId: 100 }],
  [1001, { id: 1001, kind: 'community', active: true, parentId: 100 }],
  [2000, { id: 2000, kind: 'community', active: true, parentId: 101 }],
  [20, { id: 20, kind: 'department', active: true, parentId: 1 }],
]);
/** A unit and everything below it: a handler's scope. */
const subtree = (id: number): Set<number> => new Set([...units.keys()].filter((u) => u === id || isBelow(units, u, id)));

const handler = (id: number, unitId: number): Actor => ({ id, role: 'unit_handler', unitId, scope: subtree(unitId) });
const admin = staff('admin', 1);
const agent = staff('agent', 2);
const dispatcher = staff('dispatcher', 3);
const callbackAgent = staff('callback_agent', 4);
const supervisor = staff('supervisor', 5);
const district = handler(210, 10);
const street = handler(2100, 100);
const siblingStreet = handler(2101, 101);
const community = handler(21000, 1000);
const siblingCommunity = handler(21001, 1001);
const department = handler(220, 20);

function ctx(actor: Actor, now: Date, extra: Partial<DecideContext> = {}): DecideContext {
  return { actor, now, calendar, rules: DEFAULT_TIME_LIMIT_RULES, categoryPath: [], policy: DEFAULT_POLICY, units, target: null, ...extra };
}

const fold = (t: Ticket, events: readonly AnyTicketEvent[]): Ticket => events.reduce((acc, e) => evolve(acc, e), t);

function expectOk(d: Decision): AnyTicketEvent[] {
  if (!d.ok) throw new Error(`expected ok, got ${d.error.status} ${d.error.code}: ${d.error.detail}`);
  return d.events;
}

function expectError(d: Decision, status: number, code: string): void {
  expect(d.ok, 'expected an error').toBe(false);
  if (d.ok) return;
  expect({ status: d.error.status, code: d.error.code }).toEqual({ status, code });
  expect(d.error.detail).toMatch(/[\u4e00-\u9fff]/); // told in Chinese
}

/** decide, require success, fold; the whole timeline is kept to check that it replays. */
class Walk {
  events: AnyTicketEvent[] = [];
  constructor(public t: Ticket) {}
  do(command: Command, actor: Actor, at: string, extra: Partial<DecideContext> = {}): AnyTicketEvent[] {
    const events = expectOk(decide(this.t, command, ctx(actor, local(at), extra)));
    this.events.push(...events);
    this.t = fold(this.t, events);
    return events;
  }
  refused(command: Command, actor: Actor, at: string, status: number, code: string): void {
    expectError(decide(this.t, command, ctx(actor, local(at))), status, code);
  }
}

function register(input: Partial<RegisterInput> = {}, at = '2026-03-02 08:45'): Walk {
  const d = decideRegister({ number: 'GD1', channel: 'phone', type: 'complaint', content: '小区门口道路破损，雨天积水严重。', callerPhone: '13812345678', ...input }, agent, local(at));
  const w = new Walk(emptyTicket(1));
  const events = expectOk(d);
  w.events.push(...events);
  w.t = fold(w.t, events);
  return w;
}

/** Centre → district 10 (accepted) → street 100 (accepted) → community 1000 (dispatched): steps 1–5 of the walk below. */
function downToCommunity(): Walk {
  const w = register();
  w.do({ kind: 'dispatch', unitId: 10 }, dispatcher, '2026-03-02 09:00');
  w.do({ kind: 'accept' }, district, '2026-03-02 09:30');
  w.do({ kind: 'delegate', unitId: 100, note: '请东门街道核实处理' }, district, '2026-03-03 10:00');
  w.do({ kind: 'accept' }, street, '2026-03-03 10:30');
  w.do({ kind: 'delegate', unitId: 1000 }, street, '2026-03-04 14:00');
  return w;
}

const iso = (s: string) => local(s).toISOString();

// ---------------------------------------------------------------------------------------------

describe('a four-level chain: centre → district → street → community, and back up', () => {
  it('walks down with capped deadlines, up with one rejection, and ends replied to the centre', () => {
    const w = register();
    const seers = (t: Ticket) => [district, street, siblingStreet, community, siblingCommunity, department].filter((a) => canSee(a, t)).map((a) => a.unitId);

    // 1. The centre dispatches to the district, Mon 03-02 09:00. Accept by 10:00; handle 5
    // working days → Mon 03-09 09:00; warnings at 80%: 48 minutes → 09:48, and 1,800 minutes
    // (Mon 420, Tue–Thu 1,350, Fri 30) → Fri 03-06 09:00.
    w.do({ kind: 'dispatch', unitId: 10 }, dispatcher, '2026-03-02 09:00');
    expect(w.t.unitId).toBe(10);
    expect(w.t.chain).toEqual([
      {
        unitId: 10, delegatedBy: dispatcher.id, at: iso('2026-03-02 09:00'), note: null, acceptBy: iso('2026-03-02 10:00'),
        dueBy: iso('2026-03-09 09:00'), acceptWarnAt: iso('2026-03-02 09:48'), dueWarnAt: iso('2026-03-06 09:00'),
        acceptedAt: null, state: 'dispatched', reply: null, rejection: null, alerts: [],
      },
    ]);
    expect(seers(w.t)).toEqual([10]);

    // 2. The district accepts; it may not hand down before that (the ticket is still dispatched).
    w.refused({ kind: 'delegate', unitId: 100 }, district, '2026-03-02 09:20', 409, 'invalid_state');
    const [accepted] = w.do({ kind: 'accept' }, district, '2026-03-02 09:30');
    expect(accepted.payload).toEqual({ onTime: true, level: 0, unitId: 10 });
    expect(w.t.chain[0]).toMatchObject({ state: 'handling', acceptedAt: iso('2026-03-02 09:30') });

    // 3. The district hands down to street 100, Tue 03-03 10:00. Accept by 11:00 (warning 10:48).
    // Five working days would be Tue 03-10 10:00: capped by the district's Mon 03-09 09:00. The
    // warning is 80% of the 1,740 working minutes left (Tue 360, Wed–Fri 1,350, Mon 30): 1,392 →
    // Tue 360, Wed 450, Thu 450, then 132 from Fri 08:30 → Fri 03-06 10:42.
    const [delegated] = w.do({ kind: 'delegate', unitId: 100, note: '  请东门街道核实处理  ' }, district, '2026-03-03 10:00');
    expect(delegated.payload).toEqual({
      unitId: 100, fromUnitId: 10, level: 1, note: '请东门街道核实处理', acceptBy: iso('2026-03-03 11:00'), dueBy: iso('2026-03-09 09:00'),
      acceptWarnAt: iso('2026-03-03 10:48'), dueWarnAt: iso('2026-03-06 10:42'), acceptLimit: { amount: 1, unit: 'working_hours' },
      handleLimit: { amount: 5, unit: 'working_days' }, capped: true,
    });
    expect(w.t.unitId).toBe(100);
    expect(w.t.status).toBe('handling');
    expect(w.t.chain.map((l) => [l.unitId, l.state])).toEqual([[10, 'delegated'], [100, 'dispatched']]);
    expect(w.t.chain[1]).toMatchObject({ delegatedBy: district.id, at: iso('2026-03-03 10:00'), note: '请东门街道核实处理' });
    // The lead's limits are still the ticket's own (the centre's).
    expect(w.t.dueBy).toEqual(local('2026-03-09 09:00'));
    expect(w.t.acceptedAt).toEqual(local('2026-03-02 09:30'));
    expect(seers(w.t)).toEqual([10, 100]);

    // 4. The street accepts on time; the district above it may not accept, reply or hand down for it.
    w.refused({ kind: 'accept' }, district, '2026-03-03 10:20', 403, 'not_holder');
    w.refused({ kind: 'reply', content: '已处理' }, district, '2026-03-03 10:20', 403, 'not_holder');
    w.refused({ kind: 'reply', content: '已处理' }, street, '2026-03-03 10:20', 409, 'not_accepted');
    w.refused({ kind: 'accept' }, siblingStreet, '2026-03-03 10:20', 404, 'ticket_not_found');
    expect(w.do({ kind: 'accept' }, street, '2026-03-03 10:30')[0].payload).toEqual({ onTime: true, level: 1, unitId: 100 });
    w.refused({ kind: 'accept' }, street, '2026-03-03 10:40', 409, 'already_accepted');

    // Hand-down only to an active unit below the holder.
    for (const [unitId, code] of [[2000, 'not_below'], [10, 'not_below'], [101, 'not_below'], [100, 'not_below'], [1, 'unknown_unit'], [102, 'unknown_unit'], [404, 'unknown_unit']] as const) {
      w.refused({ kind: 'delegate', unitId }, street, '2026-03-04 14:00', 400, code);
    }

    // 5. The street hands down to community 1000, Wed 03-04 14:00: accept by 15:00 (warning
    // 14:48); handling capped again at Mon 03-09 09:00, the street's own deadline (five working
    // days would be Wed 03-11 14:00). 1,140 working minutes left (Wed 210, Thu–Fri 900, Mon 30);
    // 80% is 912 → Wed 210, Thu 450, Fri morning 210, then 42 from 13:30 → Fri 03-06 14:12.
    const [second] = w.do({ kind: 'delegate', unitId: 1000 }, street, '2026-03-04 14:00');
    expect(second.payload).toMatchObject({
      unitId: 1000, fromUnitId: 100, level: 2, note: null, acceptBy: iso('2026-03-04 15:00'), dueBy: iso('2026-03-09 09:00'),
      acceptWarnAt: iso('2026-03-04 14:48'), dueWarnAt: iso('2026-03-06 14:12'), capped: true,
    });
    expect(w.t.unitId).toBe(1000);
    expect(w.t.chain.map((l) => [l.unitId, l.state])).toEqual([[10, 'delegated'], [100, 'delegated'], [1000, 'dispatched']]);
    expect(seers(w.t)).toEqual([10, 100, 1000]); // never the sibling street, community or another unit
    expect([district, street, community, siblingStreet].map((a) => actorLevel(a, w.t))).toEqual([0, 1, 2, -1]);

    // 6. The community accepts half an hour late; a level above may not reply for it.
    w.refused({ kind: 'reply', content: '已修复' }, street, '2026-03-04 15:20', 403, 'not_holder');
    w.refused({ kind: 'reply', content: '已修复' }, district, '2026-03-04 15:20', 403, 'not_holder');
    w.refused({ kind: 'delegate', unitId: 1001 }, street, '2026-03-04 15:20', 403, 'not_holder');
    w.refused({ kind: 'return', reason: '不归我们' }, street, '2026-03-04 15:20', 403, 'not_holder');
    w.refused({ kind: 'accept' }, siblingCommunity, '2026-03-04 15:20', 404, 'ticket_not_found');
    expect(w.do({ kind: 'accept' }, community, '2026-03-04 15:30')[0].payload).toEqual({ onTime: false, level: 2, unitId: 1000 });
    // the lead's acceptance (which the measures use) is untouched
    expect(w.t.acceptedAt).toEqual(local('2026-03-02 09:30'));

    // 7. The community replies, Thu 03-05 10:00: the reply waits for the street's review; the ticket stays handling.
    const [levelReply] = w.do({ kind: 'reply', content: '  已组织修补路面。  ' }, community, '2026-03-05 10:00');
    expect(levelReply).toMatchObject({ type: 'level_replied', payload: { level: 2, unitId: 1000, toUnitId: 100, content: '已组织修补路面。', onTime: true } });
    expect(w.t.status).toBe('handling');
    expect(w.t.unitId).toBe(1000);
    expect(w.t.chain[2]).toMatchObject({ state: 'reviewing', reply: { content: '已组织修补路面。', at: iso('2026-03-05 10:00'), by: community.id, unitId: 1000 } });
    w.refused({ kind: 'reply', content: '补充' }, community, '2026-03-05 10:10', 409, 'reply_under_review');
    w.refused({ kind: 'delegate', unitId: 1001 }, community, '2026-03-05 10:10', 409, 'reply_under_review');
    w.refused({ kind: 'return', reason: '不归我们' }, community, '2026-03-05 10:10', 409, 'reply_under_review');
    // only the street (the level that handed it down) reviews
    w.refused({ kind: 'review-reply', approve: true }, district, '2026-03-05 10:30', 403, 'not_reviewer');
    w.refused({ kind: 'review-reply', approve: true }, community, '2026-03-05 10:30', 403, 'not_reviewer');
    w.refused({ kind: 'review-reply', approve: true }, siblingStreet, '2026-03-05 10:30', 404, 'ticket_not_found');
    w.refused({ kind: 'review-reply', approve: true }, dispatcher, '2026-03-05 10:30', 403, 'forbidden');
    w.refused({ kind: 'review-reply', approve: false, note: '  ' }, street, '2026-03-05 10:30', 400, 'note_required');

    // 8. The street rejects it with the reason: the community handles on, its deadlines unchanged.
    const before = w.t.chain[2];
    const [rejected] = w.do({ kind: 'review-reply', approve: false, note: '请附修补后照片' }, street, '2026-03-05 11:00');
    expect(rejected).toMatchObject({ type: 'reply_rejected', payload: { level: 2, unitId: 1000, note: '请附修补后照片' } });
    expect(w.t.chain[2]).toEqual({ ...before, state: 'handling', reply: null, rejection: { note: '请附修补后照片', at: iso('2026-03-05 11:00'), by: street.id } });
    w.refused({ kind: 'review-reply', approve: true }, street, '2026-03-05 11:10', 409, 'no_pending_reply');

    // 9. The community replies again; 10. the street approves: the reply goes up to the district.
    w.do({ kind: 'reply', content: '已修补路面并清理积水，附照片。' }, community, '2026-03-05 15:00');
    expect(w.t.chain[2].rejection).toBeNull();
    const [approved] = w.do({ kind: 'review-reply', approve: true, note: '同意' }, street, '2026-03-05 16:00');
    expect(approved).toMatchObject({ type: 'reply_approved', payload: { level: 2, unitId: 1000, toUnitId: 100, note: '同意', content: '已修补路面并清理积水，附照片。' } });
    expect(w.t.status).toBe('handling');
    expect(w.t.unitId).toBe(100);
    expect(w.t.chain.map((l) => [l.unitId, l.state])).toEqual([[10, 'delegated'], [100, 'reviewing']]);
    expect(w.t.chain[1].reply).toEqual({ content: '已修补路面并清理积水，附照片。', at: iso('2026-03-05 15:00'), by: community.id, unitId: 1000 });
    expect(seers(w.t)).toEqual([10, 100]); // the community's part is done
    w.refused({ kind: 'review-reply', approve: true }, street, '2026-03-05 16:10', 403, 'not_reviewer');

    // 11. The district approves, Fri 03-06 09:30: the ticket is replied to the centre with the
    // community's reply. Working time from the dispatch: Mon 420, Tue–Thu 1,350, Fri 60 = 1,830.
    // The callback is due one working day later: Fri 390 to 17:30, then 60 → Mon 03-09 09:30.
    const last = w.do({ kind: 'review-reply', approve: true }, district, '2026-03-06 09:30');
    expect(last.map((e) => e.type)).toEqual(['reply_approved', 'replied']);
    expect(last[0].payload).toMatchObject({ level: 1, unitId: 100, toUnitId: 10, note: null });
    expect(last[1]).toMatchObject({
      actorId: district.id,
      payload: { content: '已修补路面并清理积水，附照片。', onTime: true, workingMinutes: 1830, callbackDueBy: iso('2026-03-09 09:30') },
    });
    expect(w.t.status).toBe('replied');
    expect(w.t.unitId).toBe(10);
    expect(w.t.chain.map((l) => [l.unitId, l.state])).toEqual([[10, 'handling']]);
    expect(w.t.firstReplyOnTime).toBe(true);
    expect(w.t.handlingMinutes).toBe(1830);

    // The timeline is the whole chain, and replays to the same ticket.
    expect(w.events.map((e) => e.type)).toEqual([
      'registered', 'dispatched', 'accepted', 'delegated', 'accepted', 'delegated', 'accepted', 'level_replied',
      'reply_rejected', 'level_replied', 'reply_approved', 'reply_approved', 'replied',
    ]);
    expect(fold(emptyTicket(1), w.events)).toEqual(w.t);
  });

  it('the lead level mirrors the ticket’s own deadlines: an approved extension moves chain[0], not the levels below', () => {
    const w = downToCommunity();
    // sub-levels may not ask the centre for more time; the lead unit may, though it handed down
    w.refused({ kind: 'extend', days: 2, reason: '需协调施工' }, community, '2026-03-04 14:10', 403, 'lead_only');
    w.refused({ kind: 'extend', days: 2, reason: '需协调施工' }, street, '2026-03-04 14:10', 403, 'lead_only');
    w.do({ kind: 'extend', days: 2, reason: '需协调施工' }, district, '2026-03-04 14:10');
    w.do({ kind: 'review-extension', approve: true }, supervisor, '2026-03-04 15:00');
    // Mon 03-09 09:00 + 2 working days → Wed 03-11 09:00
    expect(w.t.dueBy).toEqual(local('2026-03-11 09:00'));
    expect(w.t.chain[0].dueBy).toBe(iso('2026-03-11 09:00'));
    expect(w.t.chain[1].dueBy).toBe(iso('2026-03-09 09:00'));
    expect(w.t.chain[2].dueBy).toBe(iso('2026-03-09 09:00'));
  });

  it('an admin acts at whichever level a step needs', () => {
    const w = downToCommunity();
    w.do({ kind: 'accept' }, admin, '2026-03-04 14:10');
    w.do({ kind: 'reply', content: '已处理' }, admin, '2026-03-04 14:20');
    expect(w.t.chain[2].state).toBe('reviewing');
    w.do({ kind: 'review-reply', approve: true }, admin, '2026-03-04 14:30');
    expect(w.do({ kind: 'review-reply', approve: true }, admin, '2026-03-04 14:40').map((e) => e.type)).toEqual(['reply_approved', 'replied']);
  });

  it('near the parent’s deadline the accept limit is capped too, and a warning cannot precede the hand-down', () => {
    const w = register();
    w.do({ kind: 'dispatch', unitId: 10 }, dispatcher, '2026-03-02 09:00');
    w.do({ kind: 'accept' }, district, '2026-03-02 09:30');
    // Mon 03-09 08:45, fifteen working minutes before the district's 09:00: accept 1 working
    // hour would be 09:45; both limits end at 09:00, their warnings at 80% of 15 minutes → 08:57.
    const [e] = w.do({ kind: 'delegate', unitId: 100 }, district, '2026-03-09 08:45');
    expect(e.payload).toMatchObject({ acceptBy: iso('2026-03-09 09:00'), dueBy: iso('2026-03-09 09:00'), acceptWarnAt: iso('2026-03-09 08:57'), dueWarnAt: iso('2026-03-09 08:57'), capped: true });
    // An overdue parent: handed down at 10:00, both deadlines are the parent's (already past), warnings the same.
    const late = register();
    late.do({ kind: 'dispatch', unitId: 10 }, dispatcher, '2026-03-02 09:00');
    late.do({ kind: 'accept' }, district, '2026-03-02 09:30');
    const [over] = late.do({ kind: 'delegate', unitId: 100 }, district, '2026-03-09 10:00');
    expect(over.payload).toMatchObject({ acceptBy: iso('2026-03-09 09:00'), dueBy: iso('2026-03-09 09:00'), acceptWarnAt: iso('2026-03-09 09:00'), dueWarnAt: iso('2026-03-09 09:00') });
  });

  it('uncapped: a level keeps its default accept limit when the parent’s deadline is further away', () => {
    const w = register();
    w.do({ kind: 'dispatch', unitId: 10 }, dispatcher, '2026-03-02 09:00');
    w.do({ kind: 'accept' }, district, '2026-03-02 09:30');
    const [e] = w.do({ kind: 'delegate', unitId: 100 }, district, '2026-03-02 10:00');
    // handle: Mon 03-09 10:00 capped at 09:00; accept: 11:00, not capped
    expect(e.payload).toMatchObject({ acceptBy: iso('2026-03-02 11:00'), dueBy: iso('2026-03-09 09:00'), capped: true });
  });
});

describe('who sees the ticket (canSee) along the chain', () => {
  it('the holder and every unit above it in the tree, and no sibling, at every depth', () => {
    const w = downToCommunity();
    const seeing = (t: Ticket) => [district, street, siblingStreet, community, siblingCommunity, department].map((a) => canSee(a, t));
    expect(seeing(w.t)).toEqual([true, true, false, true, false, false]);
    // staff of the centre see everything
    for (const a of [agent, dispatcher, callbackAgent, supervisor, staff('analyst', 9), admin]) expect(canSee(a, w.t)).toBe(true);
    // the sibling gets 404 on every step, exactly as a stranger
    for (const command of [{ kind: 'accept' }, { kind: 'reply', content: 'x' }, { kind: 'note', content: 'x' }, { kind: 'return', reason: 'x' }] as Command[]) {
      w.refused(command, siblingStreet, '2026-03-04 15:00', 404, 'ticket_not_found');
      w.refused(command, siblingCommunity, '2026-03-04 15:00', 404, 'ticket_not_found');
    }
  });

  it('an assisting unit only notes, at any depth of the lead’s chain', () => {
    const w = register();
    w.do({ kind: 'dispatch', unitId: 10, assistUnitIds: [20] }, dispatcher, '2026-03-02 09:00');
    w.do({ kind: 'accept' }, district, '2026-03-02 09:30');
    w.do({ kind: 'delegate', unitId: 100 }, district, '2026-03-02 10:00');
    expect(canSee(department, w.t)).toBe(true);
    w.refused({ kind: 'accept' }, department, '2026-03-02 10:10', 403, 'not_lead_unit');
    w.refused({ kind: 'review-reply', approve: true }, department, '2026-03-02 10:10', 403, 'not_lead_unit');
    w.refused({ kind: 'delegate', unitId: 1000 }, department, '2026-03-02 10:10', 403, 'not_lead_unit');
    w.do({ kind: 'note', content: '协办部分已完成' }, department, '2026-03-02 10:20');
  });
});

describe('returns go up one level', () => {
  it('community → street → district at once, then the district’s return awaits the centre', () => {
    const w = downToCommunity();
    w.refused({ kind: 'return', reason: '  ' }, community, '2026-03-04 14:30', 400, 'reason_required');
    // a community may return before it accepts
    const [back] = w.do({ kind: 'return', reason: '  不在本社区辖区  ', suggestedUnitId: 1001 }, community, '2026-03-04 14:30');
    expect(back).toMatchObject({ type: 'level_returned', payload: { level: 2, unitId: 1000, toUnitId: 100, reason: '不在本社区辖区', suggestedUnitId: 1001 } });
    expect(w.t.unitId).toBe(100);
    expect(w.t.chain.map((l) => [l.unitId, l.state])).toEqual([[10, 'delegated'], [100, 'handling']]);
    expect(canSee(community, w.t)).toBe(false);
    expect(w.t.pendingReturn).toBeNull();
    expect(w.t.returnCount).toBe(0); // not a return to the centre

    // the street hands it to the right community, which also accepts
    w.do({ kind: 'delegate', unitId: 1001 }, street, '2026-03-04 15:00');
    w.do({ kind: 'return', reason: '辖区有误' }, siblingCommunity, '2026-03-04 15:10');
    w.do({ kind: 'return', reason: '应由西门街道办理' }, street, '2026-03-04 15:20');
    expect(w.t.unitId).toBe(10);
    expect(w.t.chain.map((l) => [l.unitId, l.state])).toEqual([[10, 'handling']]);

    // the lead level's return is today's return to the centre, with an objection's suggested unit (派单异议)
    w.refused({ kind: 'return', reason: '不属本区', suggestedUnitId: 1 }, district, '2026-03-04 15:30', 400, 'unknown_unit');
    w.refused({ kind: 'return', reason: '不属本区', suggestedUnitId: 10 }, district, '2026-03-04 15:30', 400, 'unknown_unit');
    const [requested] = w.do({ kind: 'return', reason: '不属本区', suggestedUnitId: 20 }, district, '2026-03-04 15:30');
    expect(requested).toMatchObject({ type: 'return_requested', payload: { reason: '不属本区', unitId: 10, suggestedUnitId: 20 } });
    expect(w.t.pendingReturn).toMatchObject({ reason: '不属本区', unitId: 10, suggestedUnitId: 20, requestedBy: district.id });
    w.refused({ kind: 'delegate', unitId: 100 }, district, '2026-03-04 15:40', 409, 'return_pending');

    // the dispatcher approves and re-dispatches to the suggested unit in one step
    w.refused({ kind: 'review-return', approve: false, rerouteTo: 20 }, dispatcher, '2026-03-04 16:00', 400, 'reroute_needs_approval');
    w.refused({ kind: 'review-return', approve: true, rerouteTo: 10 }, dispatcher, '2026-03-04 16:00', 400, 'unknown_unit');
    const events = w.do({ kind: 'review-return', approve: true, note: '改派生态环境局', rerouteTo: 20 }, dispatcher, '2026-03-04 16:00');
    expect(events.map((e) => e.type)).toEqual(['return_approved', 'dispatched']);
    // limits restart for the new unit: Wed 16:00 + 1 working hour → 17:00; + 5 working days → Wed 03-11 16:00
    expect(w.t).toMatchObject({ status: 'dispatched', unitId: 20, returnCount: 1, returnedFrom: [10], pendingReturn: null });
    expect(w.t.acceptBy).toEqual(local('2026-03-04 17:00'));
    expect(w.t.dueBy).toEqual(local('2026-03-11 16:00'));
    expect(w.t.chain.map((l) => [l.unitId, l.state])).toEqual([[20, 'dispatched']]);
    expect(canSee(district, w.t)).toBe(false);
    expect(canSee(department, w.t)).toBe(true);
  });
});

describe('re-route (改派) and withdraw (撤回) by the centre', () => {
  it('re-route gives a fresh one-level chain; the old chain loses the ticket; limits restart; the first dispatch time stays', () => {
    const w = downToCommunity();
    w.do({ kind: 'extend', days: 2, reason: '需协调' }, district, '2026-03-04 14:10');
    w.refused({ kind: 'reroute', unitId: 20, reason: '职责调整' }, district, '2026-03-05 10:00', 403, 'forbidden');
    w.refused({ kind: 'reroute', unitId: 20, reason: ' ' }, dispatcher, '2026-03-05 10:00', 400, 'reason_required');
    w.refused({ kind: 'reroute', unitId: 10, reason: '职责调整' }, dispatcher, '2026-03-05 10:00', 400, 'same_unit');
    w.refused({ kind: 'reroute', unitId: 1, reason: '职责调整' }, dispatcher, '2026-03-05 10:00', 400, 'unknown_unit');
    const [e] = w.do({ kind: 'reroute', unitId: 20, reason: '属生态环境局职责' }, dispatcher, '2026-03-05 10:00');
    // Thu 03-05 10:00: accept by 11:00 (warning 10:48); five working days → Thu 03-12 10:00
    expect(e).toMatchObject({
      type: 'rerouted',
      payload: { fromUnitId: 10, unitId: 20, reason: '属生态环境局职责', acceptBy: iso('2026-03-05 11:00'), dueBy: iso('2026-03-12 10:00'), acceptWarnAt: iso('2026-03-05 10:48') },
    });
    expect(w.t).toMatchObject({ status: 'dispatched', unitId: 20, assistUnitIds: [], pendingExtension: null, pendingReturn: null, acceptedAt: null, extendedDays: 0 });
    expect(w.t.chain).toHaveLength(1);
    expect(w.t.chain[0]).toMatchObject({ unitId: 20, state: 'dispatched', delegatedBy: dispatcher.id, dueBy: iso('2026-03-12 10:00') });
    expect(w.t.dispatchedAt).toEqual(local('2026-03-02 09:00'));
    for (const a of [district, street, community]) {
      expect(canSee(a, w.t)).toBe(false);
      w.refused({ kind: 'note', content: '还能看吗' }, a, '2026-03-05 10:10', 404, 'ticket_not_found');
    }
    expect(canSee(department, w.t)).toBe(true);
    w.do({ kind: 'accept' }, department, '2026-03-05 10:30');
  });

  it('withdraw takes the ticket back to the dispatch queue, chain and deadlines cleared', () => {
    const w = downToCommunity();
    w.refused({ kind: 'withdraw', reason: '' }, dispatcher, '2026-03-05 10:00', 400, 'reason_required');
    w.refused({ kind: 'withdraw', reason: '派错' }, supervisor, '2026-03-05 10:00', 403, 'forbidden');
    const [e] = w.do({ kind: 'withdraw', reason: '派单有误，重新研判' }, dispatcher, '2026-03-05 10:00');
    expect(e).toMatchObject({ type: 'withdrawn', payload: { reason: '派单有误，重新研判', unitId: 10 } });
    expect(w.t).toMatchObject({ status: 'registered', unitId: null, chain: [], assistUnitIds: [], acceptBy: null, dueBy: null, dueWarnAt: null, dispatchedAt: null, returnCount: 0 });
    for (const a of [district, street, community]) expect(canSee(a, w.t)).toBe(false);
    // and it can be dispatched again
    w.do({ kind: 'dispatch', unitId: 20 }, dispatcher, '2026-03-05 10:30');
    expect(w.t.chain.map((l) => l.unitId)).toEqual([20]);
  });

  it('both only while dispatched or handling', () => {
    for (const kind of ['reroute', 'withdraw'] as const) {
      const command: Command = kind === 'reroute' ? { kind, unitId: 20, reason: '改派' } : { kind, reason: '撤回' };
      expectError(decide(register().t, command, ctx(dispatcher, local('2026-03-02 10:00'))), 409, 'invalid_state');
      const w = downToCommunity();
      w.do({ kind: 'accept' }, community, '2026-03-04 14:10');
      w.do({ kind: 'reply', content: '已处理' }, community, '2026-03-04 14:20');
      w.do({ kind: 'review-reply', approve: true }, street, '2026-03-04 14:30');
      w.do({ kind: 'review-reply', approve: true }, district, '2026-03-04 14:40');
      expect(w.t.status).toBe('replied');
      w.refused(command, dispatcher, '2026-03-04 15:00', 409, 'invalid_state');
    }
  });
});

describe('不予受理 (refuse)', () => {
  it.each(REFUSAL_REASONS)('%s: refused, with why and where to go for the citizen', (reason) => {
    const w = register();
    const note = reason === 'other' ? '  诉求为商业纠纷，建议协商  ' : null;
    if (reason === 'other') w.refused({ kind: 'refuse', reason }, agent, '2026-03-02 09:00', 400, 'note_required');
    const [e] = w.do({ kind: 'refuse', reason, note }, agent, '2026-03-02 09:00');
    expect(e).toEqual({
      type: 'refused', at: local('2026-03-02 09:00'), actorId: agent.id,
      payload: { reason, label: REFUSAL_LABELS[reason], guidance: REFUSAL_GUIDANCE[reason], note: reason === 'other' ? '诉求为商业纠纷，建议协商' : null },
    });
    expect(w.t.status).toBe('refused');
    expect(w.t.closedAt).toEqual(local('2026-03-02 09:00'));
    expect(OPEN_STATUSES).not.toContain('refused');
    expect(STATUS_LABELS.refused).toBe('不予受理');
    // terminal: nothing more happens to it
    w.refused({ kind: 'dispatch', unitId: 10 }, dispatcher, '2026-03-02 09:10', 409, 'invalid_state');
    w.refused({ kind: 'reopen', reason: '再看看' }, supervisor, '2026-03-02 09:10', 409, 'invalid_state');
  });

  it('the texts name where to go: a court, the discipline organs, information disclosure, the petition channel', () => {
    expect(REFUSAL_GUIDANCE.litigation).toContain('人民法院');
    expect(REFUSAL_GUIDANCE.discipline).toContain('纪检监察机关');
    expect(REFUSAL_GUIDANCE.disclosure).toContain('政府信息公开');
    expect(REFUSAL_GUIDANCE.petition).toContain('信访');
    expect(REFUSAL_GUIDANCE.arbitration).toContain('仲裁');
    expect(REFUSAL_GUIDANCE.reconsideration).toContain('行政复议');
  });

  it('only agents, dispatchers and admins, only a registered ticket, only a known reason', () => {
    const t = register().t;
    expectOk(decide(t, { kind: 'refuse', reason: 'secret' }, ctx(dispatcher, local('2026-03-02 09:00'))));
    for (const a of [callbackAgent, supervisor, staff('analyst', 9)]) expectError(decide(t, { kind: 'refuse', reason: 'secret' }, ctx(a, local('2026-03-02 09:00'))), 403, 'forbidden');
    expectError(decide(t, { kind: 'refuse', reason: 'boring' as never }, ctx(agent, local('2026-03-02 09:00'))), 400, 'unknown_reason');
    expectError(decide(downToCommunity().t, { kind: 'refuse', reason: 'secret' }, ctx(agent, local('2026-03-05 09:00'))), 409, 'invalid_state');
  });
});

describe('close only after a callback, or with a recorded reason', () => {
  function replied(input: Partial<RegisterInput> = {}): Walk {
    const w = register(input);
    w.do({ kind: 'dispatch', unitId: 10 }, dispatcher, '2026-03-02 09:00');
    w.do({ kind: 'accept' }, district, '2026-03-02 09:30');
    w.do({ kind: 'reply', content: '已修补。' }, district, '2026-03-03 10:00');
    return w;
  }

  it('without a callback that reached the citizen: 409 callback_required, nothing decided', () => {
    const w = replied();
    w.refused({ kind: 'close' }, callbackAgent, '2026-03-04 10:00', 409, 'callback_required');
    w.refused({ kind: 'close', note: '已办结' }, dispatcher, '2026-03-04 10:00', 409, 'callback_required');
    // an unreachable attempt is not enough either
    w.do({ kind: 'callback', reached: false }, callbackAgent, '2026-03-04 10:00');
    w.refused({ kind: 'close' }, callbackAgent, '2026-03-04 11:00', 409, 'callback_required');
  });

  it.each(NO_CALLBACK_REASONS)('with the reason %s, when it holds: closed, the reason recorded', (reason) => {
    // Each reason's fact (test/domain/ticket.test.ts checks each one refused where it does not hold):
    // a confidential ticket; no number to call back; three callbacks not answered, under a policy trying five.
    const w = replied({ confidential: reason === 'confidential', ...(reason === 'anonymous' ? { callerPhone: null } : {}) });
    const policy = { ...DEFAULT_POLICY, maxCallbackAttempts: 5 };
    if (reason === 'unreachable') for (const at of ['2026-03-03 14:00', '2026-03-03 16:00', '2026-03-04 09:00']) w.do({ kind: 'callback', reached: false }, callbackAgent, at, { policy });
    const [e] = w.do({ kind: 'close', noCallbackReason: reason, note: ' 已记录 ' }, callbackAgent, '2026-03-04 10:00', { policy });
    expect(e).toMatchObject({ type: 'closed', payload: { noCallbackReason: reason, note: '已记录' } });
    expect(w.t.status).toBe('closed');
    expect(w.t.closedAt).toEqual(local('2026-03-04 10:00'));
  });

  it('“confidential” only for a confidential ticket; an unknown reason is a 400', () => {
    const w = replied();
    w.refused({ kind: 'close', noCallbackReason: 'confidential' }, callbackAgent, '2026-03-04 10:00', 409, 'not_confidential');
    w.refused({ kind: 'close', noCallbackReason: 'busy' as never }, callbackAgent, '2026-03-04 10:00', 400, 'unknown_reason');
  });

  it('a callback that reached the citizen closes the ticket itself; after a reopen the new reply needs its own', () => {
    const w = replied();
    w.do({ kind: 'callback', reached: true, resolved: false, satisfaction: 'unsatisfied' }, callbackAgent, '2026-03-04 10:00');
    expect(w.t.status).toBe('handling');
    expect(w.t.callbackReached).toBe(true);
    w.do({ kind: 'reply', content: '已再次修补。' }, district, '2026-03-05 10:00');
    w.refused({ kind: 'close' }, callbackAgent, '2026-03-05 11:00', 409, 'callback_required');
    w.do({ kind: 'callback', reached: true, resolved: true, satisfaction: 'satisfied' }, callbackAgent, '2026-03-05 11:00');
    expect(w.t.status).toBe('closed');
  });

  it('a registered ticket closes only by a dispatcher or admin, with a note; direct answers close as before', () => {
    const w = register();
    w.refused({ kind: 'close' }, dispatcher, '2026-03-02 09:00', 400, 'reason_required');
    w.refused({ kind: 'close', note: '重复来电' }, callbackAgent, '2026-03-02 09:00', 403, 'forbidden');
    expect(w.do({ kind: 'close', note: '重复来电' }, dispatcher, '2026-03-02 09:00')[0].payload).toEqual({ note: '重复来电', noCallbackReason: null });
    const answered = register({ type: 'consult' });
    answered.do({ kind: 'answer', content: '可在政务服务网办理。' }, agent, '2026-03-02 09:00');
    expect(answered.t.status).toBe('closed');
  });
});

describe('a return rejected outside office hours (the clock pauses only for working time)', () => {
  // A complaint dispatched Mon 03-02 08:30 is due five whole working days later: Fri 03-06 17:30.
  function handlingDueFriday(): Walk {
    const w = register({}, '2026-03-02 08:20');
    w.do({ kind: 'dispatch', unitId: 10 }, dispatcher, '2026-03-02 08:30');
    w.do({ kind: 'accept' }, district, '2026-03-02 09:00');
    expect(w.t.dueBy).toEqual(local('2026-03-06 17:30'));
    // the warning at 80% of 2,250 minutes: Mon–Thu exactly → Thu 03-05 17:30
    expect(w.t.dueWarnAt).toEqual(local('2026-03-05 17:30'));
    return w;
  }
  const reject = (w: Walk, requested: string, rejected: string) => {
    w.do({ kind: 'return', reason: '不属本区' }, district, requested);
    return w.do({ kind: 'review-return', approve: false, note: '属本区职责' }, dispatcher, rejected)[0] as TicketEvent<'return_rejected'>;
  };

  it('asked at the deadline, rejected Friday evening: no working time passed, the deadline stays Friday 17:30 (was Monday 08:30)', () => {
    const w = handlingDueFriday();
    const e = reject(w, '2026-03-06 17:30', '2026-03-06 19:00');
    expect(e.payload.pausedMinutes).toBe(0);
    expect(w.t.dueBy).toEqual(local('2026-03-06 17:30'));
    expect(w.t.dueWarnAt).toEqual(local('2026-03-05 17:30'));
    expect(w.t.chain[0].dueBy).toBe(iso('2026-03-06 17:30'));
  });

  it('asked after hours, rejected on Saturday: the same', () => {
    const w = handlingDueFriday();
    expect(reject(w, '2026-03-06 18:10', '2026-03-07 10:00').payload.pausedMinutes).toBe(0);
    expect(w.t.dueBy).toEqual(local('2026-03-06 17:30'));
  });

  it('asked Friday 17:00, rejected Friday 19:00 or Saturday: the 30 working minutes that passed come back on Monday → 09:00', () => {
    for (const rejected of ['2026-03-06 19:00', '2026-03-07 10:00', '2026-03-08 22:00']) {
      const w = handlingDueFriday();
      expect(reject(w, '2026-03-06 17:00', rejected).payload.pausedMinutes).toBe(30);
      expect(w.t.dueBy).toEqual(local('2026-03-09 09:00'));
      // the warning (already passed) moves by the same 30 minutes: Thu 17:30 → Fri 09:00
      expect(w.t.dueWarnAt).toEqual(local('2026-03-06 09:00'));
    }
  });

  it('asked Friday 17:00, rejected Monday 10:00: 30 + 90 working minutes → Monday 10:30', () => {
    const w = handlingDueFriday();
    expect(reject(w, '2026-03-06 17:00', '2026-03-09 10:00').payload.pausedMinutes).toBe(120);
    expect(w.t.dueBy).toEqual(local('2026-03-09 10:30'));
  });

  it('the calendar: adding no working time is no move, even at a window’s end or at night', () => {
    for (const at of ['2026-03-06 17:30', '2026-03-06 12:00', '2026-03-07 10:00', '2026-03-02 07:00']) {
      expect(calendar.addWorkingMinutes(local(at), 0)).toEqual(local(at));
    }
    expect(calendar.addWorkingMinutes(local('2026-03-06 17:30'), 1)).toEqual(local('2026-03-09 08:31'));
  });
});

describe('alerts per level', () => {
  // After downToCommunity: the lead (10) accepted, due Mon 03-09 09:00 (warning Fri 03-06 09:00);
  // the street (100) handed down, due the same (warning Fri 10:42); the community (1000) not yet
  // accepted: accept by Wed 03-04 15:00 (warning 14:48), due Mon 09:00 (warning Fri 14:12).
  it('the community’s accept warning is the next alert; each is raised once, for that level’s unit', () => {
    const w = downToCommunity();
    expect(nextAlertAt(w.t)).toEqual(local('2026-03-04 14:48'));
    expect(decideAlerts(w.t, local('2026-03-04 14:47'), units)).toEqual([]);
    const events = decideAlerts(w.t, local('2026-03-04 14:48'), units);
    expect(events.map((e) => e.payload)).toEqual([{ alert: 'accept_warning', deadline: iso('2026-03-04 15:00'), unitId: 1000, escalatedTo: null, level: 2 }]);
    w.t = fold(w.t, events);
    expect(w.t.chain[2].alerts).toEqual(['accept_warning']);
    expect(w.t.alerts).toEqual([]); // the ticket's (lead's) own are apart
    expect(decideAlerts(w.t, local('2026-03-04 14:50'), units)).toEqual([]);
    // next: the community's accept overdue, one millisecond after 15:00
    expect(nextAlertAt(w.t)).toEqual(new Date(local('2026-03-04 15:00').getTime() + 1));
  });

  it('left alone until Monday 09:01, every level raises its own, handling overdue escalating one level up', () => {
    const w = downToCommunity();
    const payloads = decideAlerts(w.t, local('2026-03-09 09:01'), units).map((e) => e.payload);
    expect(payloads).toEqual([
      // the lead's, as before: escalated to the district's parent, the centre
      { alert: 'handle_warning', deadline: iso('2026-03-09 09:00'), unitId: 10, escalatedTo: null },
      { alert: 'handle_overdue', deadline: iso('2026-03-09 09:00'), unitId: 10, escalatedTo: 1 },
      // the street's: to the district
      { alert: 'handle_warning', deadline: iso('2026-03-09 09:00'), unitId: 100, escalatedTo: null, level: 1 },
      { alert: 'handle_overdue', deadline: iso('2026-03-09 09:00'), unitId: 100, escalatedTo: 10, level: 1 },
      // the community's: to the street
      { alert: 'accept_warning', deadline: iso('2026-03-04 15:00'), unitId: 1000, escalatedTo: null, level: 2 },
      { alert: 'accept_overdue', deadline: iso('2026-03-04 15:00'), unitId: 1000, escalatedTo: null, level: 2 },
      { alert: 'handle_warning', deadline: iso('2026-03-09 09:00'), unitId: 1000, escalatedTo: null, level: 2 },
      { alert: 'handle_overdue', deadline: iso('2026-03-09 09:00'), unitId: 1000, escalatedTo: 100, level: 2 },
    ]);
    w.t = fold(w.t, decideAlerts(w.t, local('2026-03-09 09:01'), units));
    expect(w.t.alerts).toEqual(['handle_warning', 'handle_overdue']);
    expect(w.t.chain.map((l) => l.alerts)).toEqual([
      ['handle_warning', 'handle_overdue'],
      ['handle_warning', 'handle_overdue'],
      ['accept_warning', 'accept_overdue', 'handle_warning', 'handle_overdue'],
    ]);
    expect(decideAlerts(w.t, local('2026-03-10 09:00'), units)).toEqual([]);
    expect(nextAlertAt(w.t)).toBeNull();
  });

  it('a level whose reply awaits review raises nothing; a level returned or approved away raises nothing', () => {
    const w = downToCommunity();
    w.do({ kind: 'accept' }, community, '2026-03-04 14:10');
    w.do({ kind: 'reply', content: '已处理' }, community, '2026-03-04 14:20');
    // the community is reviewing: only the street's and the lead's handling alerts remain
    expect(nextAlertAt(w.t)).toEqual(local('2026-03-06 09:00'));
    const alertUnits = (t: Ticket) => decideAlerts(t, local('2026-03-09 10:00'), units).map((e) => (e as TicketEvent<'deadline_alert'>).payload.unitId);
    expect(alertUnits(w.t)).toEqual([10, 10, 100, 100]);
    w.do({ kind: 'review-reply', approve: true }, street, '2026-03-04 14:30');
    // the street now awaits the district's review: only the lead's remain
    expect(alertUnits(w.t)).toEqual([10, 10]);
  });

  it('a new level at the same depth starts with no alerts', () => {
    const w = downToCommunity();
    w.t = fold(w.t, decideAlerts(w.t, local('2026-03-04 15:10'), units));
    expect(w.t.chain[2].alerts).toEqual(['accept_warning', 'accept_overdue']);
    w.do({ kind: 'return', reason: '不属本社区' }, community, '2026-03-04 15:20');
    w.do({ kind: 'delegate', unitId: 1001 }, street, '2026-03-04 15:30');
    expect(w.t.chain[2]).toMatchObject({ unitId: 1001, alerts: [] });
    // 15:30 + 1 working hour → 16:30, its warning 48 minutes on: 16:18
    expect(nextAlertAt(w.t)).toEqual(local('2026-03-04 16:18'));
  });
});

describe('the chain’s helpers', () => {
  it('a ticket dispatched before chains existed (chain []) reads as its lead level alone, and may be handed down', () => {
    const w = register();
    w.do({ kind: 'dispatch', unitId: 10 }, dispatcher, '2026-03-02 09:00');
    w.do({ kind: 'accept' }, district, '2026-03-02 09:30');
    const legacy: Ticket = { ...w.t, chain: [] };
    // the same level, but for who dispatched it: the old columns do not say
    expect(chainOf(legacy)).toEqual([{ ...w.t.chain[0], delegatedBy: null }]);
    expect(holderLevel(legacy)).toBe(0);
    expect(leadUnitId(legacy)).toBe(10);
    const t = fold(legacy, expectOk(decide(legacy, { kind: 'delegate', unitId: 100 }, ctx(district, local('2026-03-03 10:00')))));
    expect(t.chain.map((l) => [l.unitId, l.state])).toEqual([[10, 'delegated'], [100, 'dispatched']]);
  });

  it('before dispatch there is no chain: no holder, no lead', () => {
    const t = register().t;
    expect(t.chain).toEqual([]);
    expect(holderLevel(t)).toBe(-1);
    expect(leadUnitId(t)).toBeNull();
    expect(actorLevel(district, t)).toBe(-1);
  });

  it('isBelow walks the units tree', () => {
    expect(isBelow(units, 1000, 10)).toBe(true);
    expect(isBelow(units, 1000, 100)).toBe(true);
    expect(isBelow(units, 1000, 101)).toBe(false);
    expect(isBelow(units, 10, 10)).toBe(false);
    expect(isBelow(units, 10, 1000)).toBe(false);
    expect(isBelow(units, 404, 1)).toBe(false);
  });

  it('the statuses list has refused once, last', () => {
    expect(TICKET_STATUSES.filter((s) => s === 'refused')).toHaveLength(1);
  });
});
