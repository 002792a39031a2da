// Deadline alerts (时限预警/超期): dueAlerts, nextAlertAt and decideAlerts on tickets built by
// real commands through decide/evolve, on the real holiday calendar (calendar/*.json).
// Office hours 08:30–12:00 and 13:30–17:30 Asia/Shanghai: 450 working minutes a day.
// The week used is Mon 2026-03-02 … Fri 2026-03-06, Mon 2026-03-09 …: no holiday in it.

import { describe, expect, it } from 'vitest';
import { DEFAULT_TIME_LIMIT_RULES } from '../../src/domain/time-limits.js';
import { calendar, local, staff } from './fixtures.js';
import {
  DEFAULT_POLICY,
  decide,
  decideAlerts,
  decideRegister,
  dueAlerts,
  emptyTicket,
  evolve,
  nextAlertAt,
  type Actor,
  type AlertKind,
  type AnyTicketEvent,
  type Command,
  type DecideContext,
  type RegisterInput,
  type Ticket,
  type UnitRef,
} from '../../src/domain/ticket.js';


const plus = (d: Date, ms: number) => new Date(d.getTime() + ms);

// Units: 1 the centre; 10 a district under it; 101 a street under 10; 20 a top-level unit
// with no parent (an enterprise outside the tree).
const units = new Map<number, UnitRef>([
  [1, { id: 1, kind: 'center', active: true, parentId: null }],
  [10, { id: 10, kind: 'district', active: true, parentId: 1 }],
  [101, { id: 101, kind: 'street', active: true, parentId: 10 }],
  [20, { id: 20, kind: 'enterprise', active: true, parentId: null }],
]);

const agent = staff('agent', 2);
const dispatcher = staff('dispatcher', 3);
const callbackAgent = staff('callback_agent', 4);
const supervisor = staff('supervisor', 5);
const handler: Actor = { id: 200, role: 'unit_handler', unitId: 10, scope: new Set([10, 101]) };
const enterpriseHandler: Actor = { id: 220, role: 'unit_handler', unitId: 20, scope: new Set([20]) };

function ctx(actor: Actor, now: Date, extra: Partial<DecideContext> = {}): DecideContext {
  return { actor, now, calendar, rules: DEFAULT_TIME_LIMIT_RULES, categoryPath: [], policy: DEFAULT_POLICY, units, target: null, ...extra };
}

const fold = (t: Ticket, events: readonly AnyTicketEvent[]) => events.reduce((acc, e) => evolve(acc, e), t);

function step(t: Ticket, command: Command, actor: Actor, now: Date, extra: Partial<DecideContext> = {}): Ticket {
  const d = decide(t, command, ctx(actor, now, extra));
  if (!d.ok) throw new Error(`${command.kind}: ${d.error.status} ${d.error.code} ${d.error.detail}`);
  return fold(t, d.events);
}

function register(input: Partial<RegisterInput> = {}, at = local('2026-03-02 08:45')): Ticket {
  const d = decideRegister({ number: 'T1', channel: 'phone', type: 'complaint', content: '工地夜间施工噪音扰民。', ...input }, agent, at);
  if (!d.ok) throw new Error(d.error.detail);
  return fold(emptyTicket(1), d.events);
}

/** Raises what the timer would raise at `now` (the store does exactly this). */
function tick(t: Ticket, now: Date): { ticket: Ticket; events: AnyTicketEvent[] } {
  const events = decideAlerts(t, now, units);
  return { ticket: fold(t, events), events };
}

const names = (alerts: { alert: AlertKind }[]) => alerts.map((a) => a.alert);

// A complaint dispatched Mon 2026-03-02 09:00 to the street 101:
//   accept limit 1 working hour → acceptBy 10:00; warning at 80% of 60 min = 48 min → 09:48.
//   handle limit 5 working days = 5 × 450 = 2250 working min. Mon 09:00–12:00 (180) and
//   13:30–17:30 (240) = 420, leaving 1830; Tue, Wed, Thu 450 each leave 480; Fri 450 leaves 30;
//   Mon 03-09 08:30 + 30 → dueBy Mon 2026-03-09 09:00.
//   warning at 80% of 2250 = 1800 min: Mon 420 → 1380, Tue → 930, Wed → 480, Thu → 30 left;
//   Fri 08:30 + 30 → dueWarnAt Fri 2026-03-06 09:00.
const DISPATCH = local('2026-03-02 09:00');
const ACCEPT_WARN = local('2026-03-02 09:48');
const ACCEPT_BY = local('2026-03-02 10:00');
const DUE_WARN = local('2026-03-06 09:00');
const DUE_BY = local('2026-03-09 09:00');

const dispatched = (unitId = 101, input: Partial<RegisterInput> = {}, at = DISPATCH) =>
  step(register(input), { kind: 'dispatch', unitId }, dispatcher, at);

describe('warning and overdue points after a dispatch', () => {
  it('stores the warning points worked out by hand', () => {
    const t = dispatched();
    expect(t.acceptBy).toEqual(ACCEPT_BY);
    expect(t.acceptWarnAt).toEqual(ACCEPT_WARN);
    expect(t.dueBy).toEqual(DUE_BY);
    expect(t.dueWarnAt).toEqual(DUE_WARN);
    expect(t.handleClock).toBe(false);
    expect(t.alerts).toEqual([]);
  });

  it('nextAlertAt is the accept warning at 80% of the accept limit', () => {
    expect(nextAlertAt(dispatched())).toEqual(ACCEPT_WARN);
  });

  it('a dispatch late on Friday warns on Monday morning, in working time', () => {
    // Fri 2026-03-06 17:20: 10 working minutes left that day. Accept limit 60 min: 10 on Friday,
    // then 50 from Mon 03-09 08:30 → acceptBy 09:20. Warning at 48 min: 10 Friday + 38 → Mon 09:08.
    const t = dispatched(101, {}, local('2026-03-06 17:20'));
    expect(t.acceptBy).toEqual(local('2026-03-09 09:20'));
    expect(nextAlertAt(t)).toEqual(local('2026-03-09 09:08'));
    // Nothing over the weekend, though most clock time has passed.
    expect(dueAlerts(t, local('2026-03-08 23:59'))).toEqual([]);
  });

  it('a registered ticket has nothing pending', () => {
    const t = register();
    expect(nextAlertAt(t)).toBeNull();
    expect(dueAlerts(t, local('2027-01-01 00:00'))).toEqual([]);
  });
});

describe('dueAlerts at various instants', () => {
  const t = dispatched();

  it('nothing before the warning point', () => {
    expect(dueAlerts(t, plus(ACCEPT_WARN, -1))).toEqual([]);
    expect(dueAlerts(t, DISPATCH)).toEqual([]);
  });

  it('the accept warning at the warning point, with the accept deadline', () => {
    expect(dueAlerts(t, ACCEPT_WARN)).toEqual([{ alert: 'accept_warning', deadline: ACCEPT_BY }]);
    // At the deadline itself it is not yet overdue.
    expect(dueAlerts(t, ACCEPT_BY)).toEqual([{ alert: 'accept_warning', deadline: ACCEPT_BY }]);
  });

  it('overdue one millisecond after the deadline', () => {
    expect(dueAlerts(t, plus(ACCEPT_BY, 1))).toEqual([
      { alert: 'accept_warning', deadline: ACCEPT_BY },
      { alert: 'accept_overdue', deadline: ACCEPT_BY },
    ]);
  });

  it('the handling warning and overdue only at their own points', () => {
    expect(names(dueAlerts(t, plus(DUE_WARN, -1)))).toEqual(['accept_warning', 'accept_overdue']);
    expect(names(dueAlerts(t, DUE_WARN))).toEqual(['accept_warning', 'accept_overdue', 'handle_warning']);
    expect(dueAlerts(t, DUE_BY).at(-1)).toEqual({ alert: 'handle_warning', deadline: DUE_BY });
  });

  it('a ticket down for a long time raises every warning and overdue together', () => {
    // The timer was off from Monday until Tuesday 03-10: all four come due in one pass.
    const now = local('2026-03-10 10:00');
    expect(dueAlerts(t, now)).toEqual([
      { alert: 'accept_warning', deadline: ACCEPT_BY },
      { alert: 'accept_overdue', deadline: ACCEPT_BY },
      { alert: 'handle_warning', deadline: DUE_BY },
      { alert: 'handle_overdue', deadline: DUE_BY },
    ]);
    const { ticket, events } = tick(t, now);
    expect(events).toHaveLength(4);
    for (const e of events) expect(e).toMatchObject({ type: 'deadline_alert', at: now, actorId: null });
    expect(ticket.alerts).toEqual(['accept_warning', 'accept_overdue', 'handle_warning', 'handle_overdue']);
    expect(nextAlertAt(ticket)).toBeNull();
    expect(dueAlerts(ticket, local('2026-12-31 12:00'))).toEqual([]);
  });
});

describe('each alert is raised once', () => {
  it('an alert already raised is not raised again; the next one is scheduled', () => {
    const first = tick(dispatched(), ACCEPT_WARN);
    expect(first.events.map((e) => e.payload)).toEqual([
      { alert: 'accept_warning', deadline: ACCEPT_BY.toISOString(), unitId: 101, escalatedTo: null },
    ]);
    expect(first.ticket.alerts).toEqual(['accept_warning']);
    // Again at the same instant, and a little later: nothing new.
    expect(decideAlerts(first.ticket, ACCEPT_WARN, units)).toEqual([]);
    expect(dueAlerts(first.ticket, local('2026-03-02 09:59'))).toEqual([]);
    // Next: accept overdue, 1 ms after 10:00.
    expect(nextAlertAt(first.ticket)).toEqual(plus(ACCEPT_BY, 1));
    const second = tick(first.ticket, local('2026-03-02 10:05'));
    expect(names(second.events.map((e) => e.payload as { alert: AlertKind }))).toEqual(['accept_overdue']);
    expect(nextAlertAt(second.ticket)).toEqual(DUE_WARN);
    // Raising the same alert event twice (a replayed event) does not duplicate the flag.
    const replayed = fold(second.ticket, second.events);
    expect(replayed.alerts).toEqual(['accept_warning', 'accept_overdue']);
  });
});

describe('accept alerts end at acceptance', () => {
  it('no accept alerts once accepted; the next alert is the handling warning', () => {
    const t = step(dispatched(), { kind: 'accept' }, handler, local('2026-03-02 09:30'));
    expect(t.status).toBe('handling');
    expect(nextAlertAt(t)).toEqual(DUE_WARN);
    expect(dueAlerts(t, local('2026-03-02 11:00'))).toEqual([]);
    expect(names(dueAlerts(t, plus(DUE_BY, 1)))).toEqual(['handle_warning', 'handle_overdue']);
  });

  it('accepted late after the accept overdue was raised: only handling alerts remain', () => {
    const raised = tick(dispatched(), local('2026-03-02 10:10')).ticket;
    expect(raised.alerts).toEqual(['accept_warning', 'accept_overdue']);
    const t = step(raised, { kind: 'accept' }, handler, local('2026-03-02 10:30'));
    expect(nextAlertAt(t)).toEqual(DUE_WARN);
  });
});

describe('an approved extension resets the handling alerts', () => {
  it('recomputes the warning from the handling start to the new deadline', () => {
    let t = step(dispatched(), { kind: 'accept' }, handler, local('2026-03-02 09:30'));
    t = tick(t, DUE_WARN).ticket; // handle_warning raised Fri 09:00
    expect(t.alerts).toEqual(['handle_warning']);
    t = step(t, { kind: 'extend', days: 2, reason: '需现场检测' }, handler, local('2026-03-06 09:30'));
    // Pending: the deadline and alerts are unchanged.
    expect(t.dueBy).toEqual(DUE_BY);
    expect(t.alerts).toEqual(['handle_warning']);
    t = step(t, { kind: 'review-extension', approve: true }, supervisor, local('2026-03-06 10:00'));
    // New deadline: 2 working days (900 min) from the old one, Mon 03-09 09:00: Mon 420 → 480 left,
    // Tue 450 → 30 left, Wed 03-11 08:30 + 30 → 09:00.
    const newDue = local('2026-03-11 09:00');
    expect(t.dueBy).toEqual(newDue);
    // Warning at 80% of the whole span dispatch → new deadline = 7 working days = 3150 min → 2520:
    // Mon 03-02 420 → 2100, Tue → 1650, Wed → 1200, Thu → 750, Fri → 300; Mon 03-09 08:30–12:00
    // (210) → 90 left; 13:30 + 90 → Mon 03-09 15:00.
    const newWarn = local('2026-03-09 15:00');
    expect(t.dueWarnAt).toEqual(newWarn);
    expect(t.alerts).toEqual([]);
    expect(nextAlertAt(t)).toEqual(newWarn);
    // Under the old deadline it would have been overdue at Mon 09:00:01: not any more.
    expect(dueAlerts(t, local('2026-03-09 14:59'))).toEqual([]);
    expect(dueAlerts(t, newWarn)).toEqual([{ alert: 'handle_warning', deadline: newDue }]);
  });

  it('a denied extension keeps the deadline and the raised alerts', () => {
    let t = step(dispatched(), { kind: 'accept' }, handler, local('2026-03-02 09:30'));
    t = tick(t, DUE_WARN).ticket;
    t = step(t, { kind: 'extend', days: 2, reason: '需现场检测' }, handler, local('2026-03-06 09:30'));
    t = step(t, { kind: 'review-extension', approve: false }, supervisor, local('2026-03-06 10:00'));
    expect(t.alerts).toEqual(['handle_warning']);
    expect(nextAlertAt(t)).toEqual(plus(DUE_BY, 1));
  });

  it('a reopen starts a fresh handling limit with no handling alerts', () => {
    let t = step(dispatched(), { kind: 'accept' }, handler, local('2026-03-02 09:30'));
    t = tick(t, local('2026-03-09 10:00')).ticket;
    expect(t.alerts).toEqual(['handle_warning', 'handle_overdue']);
    t = step(t, { kind: 'reply', content: '已处理' }, handler, local('2026-03-09 11:00'));
    t = step(t, { kind: 'callback', reached: true, resolved: false, satisfaction: 'unsatisfied' }, callbackAgent, local('2026-03-10 09:00'));
    expect(t.status).toBe('handling');
    expect(t.alerts).toEqual([]);
    // Fresh 5 working days from Tue 03-10 09:00: Tue 420 → 1830, Wed, Thu, Fri → 480, Mon → 30,
    // Tue 03-17 09:00; warning 1800: Tue 420, Wed, Thu, Fri → 30 left → Mon 03-16 09:00.
    expect(t.dueBy).toEqual(local('2026-03-17 09:00'));
    expect(nextAlertAt(t)).toEqual(local('2026-03-16 09:00'));
  });

  it('a re-dispatch after an approved return starts over with fresh accept alerts', () => {
    let t = tick(dispatched(), local('2026-03-02 10:10')).ticket;
    t = step(t, { kind: 'return', reason: '不属于本街道' }, handler, local('2026-03-02 10:20'));
    t = step(t, { kind: 'review-return', approve: true }, dispatcher, local('2026-03-02 10:30'));
    expect(t.alerts).toEqual([]);
    expect(nextAlertAt(t)).toBeNull();
    t = step(t, { kind: 'dispatch', unitId: 20 }, dispatcher, local('2026-03-02 14:00'));
    // 14:00 + 48 working min → 14:48.
    expect(nextAlertAt(t)).toEqual(local('2026-03-02 14:48'));
  });
});

describe('callback_overdue', () => {
  it('fires after the reply plus policy.callbackDays working days, and not after the callback', () => {
    let t = step(dispatched(), { kind: 'accept' }, handler, local('2026-03-02 09:30'));
    t = step(t, { kind: 'reply', content: '已处理' }, handler, local('2026-03-04 15:00'));
    // 1 working day = 450 min from Wed 15:00: Wed 150 → 300 left; Thu 08:30–12:00 210 → 90 left;
    // 13:30 + 90 → Thu 2026-03-05 15:00.
    const callbackDue = local('2026-03-05 15:00');
    expect(t.callbackDueBy).toEqual(callbackDue);
    expect(nextAlertAt(t)).toEqual(plus(callbackDue, 1));
    // Replied: no handling alerts although the handling warning point has passed.
    expect(dueAlerts(t, local('2026-03-05 15:00'))).toEqual([]);
    expect(dueAlerts(t, local('2026-03-06 09:30'))).toEqual([{ alert: 'callback_overdue', deadline: callbackDue }]);
    const { events } = tick(t, local('2026-03-06 09:30'));
    // The callback is the centre's work: no unit escalation.
    expect(events[0].payload).toEqual({ alert: 'callback_overdue', deadline: callbackDue.toISOString(), unitId: 101, escalatedTo: null });
    const closed = step(t, { kind: 'callback', reached: true, resolved: true, satisfaction: 'satisfied' }, callbackAgent, local('2026-03-05 10:00'));
    expect(nextAlertAt(closed)).toBeNull();
    expect(dueAlerts(closed, local('2026-03-06 09:30'))).toEqual([]);
  });

  it('follows policy.callbackDays', () => {
    let t = step(dispatched(), { kind: 'accept' }, handler, local('2026-03-02 09:30'));
    const policy = { ...DEFAULT_POLICY, callbackDays: 3 };
    t = step(t, { kind: 'reply', content: '已处理' }, handler, local('2026-03-04 15:00'), { policy });
    // 3 working days from Wed 15:00 → the same time three working days later: Mon 2026-03-09 15:00.
    expect(t.callbackDueBy).toEqual(local('2026-03-09 15:00'));
  });
});

describe('supervision_overdue', () => {
  const handling = () => step(dispatched(), { kind: 'accept' }, handler, local('2026-03-02 09:30'));

  it('fires after replyBy of a notice and not after the supervision reply', () => {
    // notice: 3 working days (1350 min) from Tue 03-03 10:00: Tue 120 + 240 = 360 → 990 left;
    // Wed, Thu 450 each → 90 left; Fri 08:30 + 90 → Fri 2026-03-06 10:00.
    const t = step(handling(), { kind: 'supervise', type: 'notice', content: '请加快办理' }, supervisor, local('2026-03-03 10:00'));
    const replyBy = local('2026-03-06 10:00');
    expect(t.supervision?.replyBy).toBe(replyBy.toISOString());
    // Handling warning (Fri 09:00) comes first, then the supervision.
    expect(nextAlertAt(t)).toEqual(DUE_WARN);
    expect(dueAlerts(t, replyBy)).toEqual([{ alert: 'handle_warning', deadline: DUE_BY }]);
    expect(dueAlerts(t, plus(replyBy, 1))).toEqual([
      { alert: 'handle_warning', deadline: DUE_BY },
      { alert: 'supervision_overdue', deadline: replyBy },
    ]);
    const answered = step(t, { kind: 'supervision-reply', content: '已加派人手' }, handler, local('2026-03-05 16:00'));
    expect(answered.supervision).toBeNull();
    expect(names(dueAlerts(answered, plus(replyBy, 1)))).toEqual(['handle_warning']);
  });

  it('an urge uses its own reply limit (1 working day), and a new supervision can fire again', () => {
    let t = step(handling(), { kind: 'supervise', type: 'urge', content: '请今日回复' }, supervisor, local('2026-03-03 10:00'));
    // 1 working day from Tue 10:00 → Wed 03-04 10:00.
    const replyBy = local('2026-03-04 10:00');
    expect(nextAlertAt(t)).toEqual(plus(replyBy, 1));
    t = tick(t, local('2026-03-04 11:00')).ticket;
    expect(t.alerts).toEqual(['supervision_overdue']);
    expect(nextAlertAt(t)).toEqual(DUE_WARN);
    // A second urge clears the flag: its own overdue is raised in its turn.
    t = step(t, { kind: 'supervise', type: 'urge', content: '再次催办' }, supervisor, local('2026-03-04 11:30'));
    expect(t.alerts).toEqual([]);
    expect(nextAlertAt(t)).toEqual(plus(local('2026-03-05 11:30'), 1));
    // replyDays given explicitly overrides the policy: 2 days from Wed 11:30 → Fri 11:30.
    const explicit = step(handling(), { kind: 'supervise', type: 'notice', content: '限期回复', replyDays: 2 }, supervisor, local('2026-03-04 11:30'));
    expect(explicit.supervision?.replyBy).toBe(local('2026-03-06 11:30').toISOString());
  });
});

describe('escalation', () => {
  it("escalatedTo is the lead unit's parent on handle_overdue only", () => {
    const { events } = tick(dispatched(101), local('2026-03-10 10:00'));
    expect(events.map((e) => e.payload)).toEqual([
      { alert: 'accept_warning', deadline: ACCEPT_BY.toISOString(), unitId: 101, escalatedTo: null },
      { alert: 'accept_overdue', deadline: ACCEPT_BY.toISOString(), unitId: 101, escalatedTo: null },
      { alert: 'handle_warning', deadline: DUE_BY.toISOString(), unitId: 101, escalatedTo: null },
      { alert: 'handle_overdue', deadline: DUE_BY.toISOString(), unitId: 101, escalatedTo: 10 },
    ]);
  });

  it('a district escalates to the centre; a unit with no parent escalates to nobody', () => {
    const district = tick(dispatched(10), local('2026-03-10 10:00')).events.at(-1);
    expect(district?.payload).toMatchObject({ alert: 'handle_overdue', unitId: 10, escalatedTo: 1 });
    const top = step(register(), { kind: 'dispatch', unitId: 20 }, dispatcher, DISPATCH);
    const accepted = step(top, { kind: 'accept' }, enterpriseHandler, local('2026-03-02 09:10'));
    expect(tick(accepted, local('2026-03-10 10:00')).events.map((e) => e.payload)).toEqual([
      { alert: 'handle_warning', deadline: DUE_BY.toISOString(), unitId: 20, escalatedTo: null },
      { alert: 'handle_overdue', deadline: DUE_BY.toISOString(), unitId: 20, escalatedTo: null },
    ]);
  });
});

describe('finished tickets have no next alert', () => {
  it('closed, merged and transferred', () => {
    // Closed with a supervision still open: nothing, since the ticket is finished.
    let replied = step(dispatched(), { kind: 'accept' }, handler, local('2026-03-02 09:30'));
    replied = step(replied, { kind: 'reply', content: '已处理' }, handler, local('2026-03-03 10:00'));
    replied = step(replied, { kind: 'supervise', type: 'urge', content: '请核实' }, supervisor, local('2026-03-03 11:00'));
    const closed = step(replied, { kind: 'callback', reached: true, resolved: true, satisfaction: 'satisfied' }, callbackAgent, local('2026-03-03 14:00'));
    expect(closed.status).toBe('closed');
    expect(closed.supervision).not.toBeNull();
    expect(nextAlertAt(closed)).toBeNull();
    expect(dueAlerts(closed, local('2026-12-01 00:00'))).toEqual([]);

    const other = register({}, local('2026-03-02 08:50'));
    const merged = step(dispatched(), { kind: 'merge', intoId: 99 }, dispatcher, local('2026-03-02 09:10'), { target: { ...other, id: 99 } });
    expect(merged.status).toBe('merged');
    expect(nextAlertAt(merged)).toBeNull();
    expect(dueAlerts(merged, local('2026-12-01 00:00'))).toEqual([]);

    const transferred = step(dispatched(), { kind: 'transfer', to: '119' }, dispatcher, local('2026-03-02 09:10'));
    expect(nextAlertAt(transferred)).toBeNull();
    expect(dueAlerts(transferred, local('2026-12-01 00:00'))).toEqual([]);
  });
});

describe('emergencies count clock time', () => {
  // Emergency: accept within 0.5 clock hours, handle within 2 clock hours, weekend or not.
  // Dispatched Sat 2026-03-07 22:00: acceptBy 22:30, warning at 80% of 30 min = 24 min → 22:24;
  // dueBy Sun 03-08 00:00, warning at 80% of 120 min = 96 min → 23:36.
  const at = local('2026-03-07 22:00');
  const emergency = () => step(register({ priority: 'emergency' }, local('2026-03-07 21:55')), { kind: 'dispatch', unitId: 101 }, dispatcher, at);

  it('warns at 80% of clock time', () => {
    const t = emergency();
    expect(t.handleClock).toBe(true);
    expect(t.acceptBy).toEqual(local('2026-03-07 22:30'));
    expect(t.dueBy).toEqual(local('2026-03-08 00:00'));
    expect(nextAlertAt(t)).toEqual(local('2026-03-07 22:24'));
    expect(t.dueWarnAt).toEqual(local('2026-03-07 23:36'));
    const accepted = step(t, { kind: 'accept' }, handler, local('2026-03-07 22:10'));
    expect(nextAlertAt(accepted)).toEqual(local('2026-03-07 23:36'));
    expect(dueAlerts(accepted, local('2026-03-08 00:00:01'))).toEqual([
      { alert: 'handle_warning', deadline: local('2026-03-08 00:00') },
      { alert: 'handle_overdue', deadline: local('2026-03-08 00:00') },
    ]);
  });

  it('an extension of an emergency keeps the warning in clock time', () => {
    let t = step(emergency(), { kind: 'accept' }, handler, local('2026-03-07 22:10'));
    t = step(t, { kind: 'extend', days: 1, reason: '夜间无法完成' }, handler, local('2026-03-07 22:20'));
    t = step(t, { kind: 'review-extension', approve: true }, supervisor, local('2026-03-07 22:40'));
    // 1 working day (450 min) from Sun 00:00: Sunday is off; Mon 03-09 08:30–17:30 is exactly
    // 450 min → Mon 17:30. Warning: 80% of the clock span Sat 22:00 → Mon 17:30 = 43.5 h →
    // 34.8 h = 34 h 48 min → Mon 2026-03-09 08:48.
    expect(t.dueBy).toEqual(local('2026-03-09 17:30'));
    expect(t.dueWarnAt).toEqual(local('2026-03-09 08:48'));
    expect(nextAlertAt(t)).toEqual(local('2026-03-09 08:48'));
  });
});
