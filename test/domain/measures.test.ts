// Measures of service quality (src/domain/measures.ts): every fact and every measure on
// tickets built by folding real events through evolve (decide on the real calendar), or by
// spreading emptyTicket with explicit fields; figures worked out by hand.
// Office hours 08:30–12:00 and 13:30–17:30 Asia/Shanghai (450 working minutes a day).

import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WorkCalendar, type CalendarYear } from '../../src/domain/calendar.js';
import {
  COUNTS,
  FACTS,
  MEASURES,
  addTotals,
  compositeScore,
  computeMeasures,
  emptyTotals,
  factBits,
  ticketFacts,
  totalsOf,
  type Fact,
  type FactTotals,
} from '../../src/domain/measures.js';
import { DEFAULT_TIME_LIMIT_RULES } from '../../src/domain/time-limits.js';
import {
  DEFAULT_POLICY,
  decide,
  decideAlerts,
  decideRegister,
  emptyTicket,
  evolve,
  type Actor,
  type AnyTicketEvent,
  type Command,
  type Ticket,
  type UnitRef,
} from '../../src/domain/ticket.js';

const CALENDAR_DIR = new URL('../../calendar/', import.meta.url);
const calendar = new WorkCalendar(
  fs
    .readdirSync(CALENDAR_DIR)
    .filter((f) => /^\d{4}\.json$/.test(f))
    .map((f) => JSON.parse(fs.readFileSync(new URL(f, CALENDAR_DIR), 'utf8')) as CalendarYear),
);
const local = (s: string): Date => new Date(`${s.replace(' ', 'T')}:00+08:00`);

const units = new Map<number, UnitRef>([
  [1, { id: 1, kind: 'center', active: true, parentId: null }],
  [10, { id: 10, kind: 'department', active: true, parentId: 1 }],
  [20, { id: 20, kind: 'department', active: true, parentId: 1 }],
]);
const staff = (role: Actor['role'], id: number): Actor => ({ id, role, unitId: null, scope: new Set() });
const agent = staff('agent', 2);
const dispatcher = staff('dispatcher', 3);
const callbackAgent = staff('callback_agent', 4);
const handler10: Actor = { id: 100, role: 'unit_handler', unitId: 10, scope: new Set([10]) };

const fold = (t: Ticket, events: readonly AnyTicketEvent[]) => events.reduce((acc, e) => evolve(acc, e), t);
let nextId = 1;

/** A ticket driven by real commands: [command, actor, local time] triples after registration. */
function drive(steps: [Command, Actor, string][], type: 'complaint' | 'consult' = 'complaint'): Ticket {
  const id = nextId++;
  const reg = decideRegister({ number: `M${id}`, channel: 'phone', type, content: '测试诉求' }, agent, local('2026-03-02 08:45'));
  if (!reg.ok) throw new Error(reg.error.detail);
  let t = fold(emptyTicket(id), reg.events);
  for (const [command, actor, at] of steps) {
    const now = local(at);
    const d = decide(t, command, { actor, now, calendar, rules: DEFAULT_TIME_LIMIT_RULES, categoryPath: [], policy: DEFAULT_POLICY, units, target: null });
    if (!d.ok) throw new Error(`${command.kind}: ${d.error.code}`);
    t = fold(t, d.events);
  }
  return t;
}
/** The timer's pass at a local time. */
const tick = (t: Ticket, at: string) => fold(t, decideAlerts(t, local(at), units));

// A complaint dispatched Mon 2026-03-02 09:00 to unit 10: acceptBy Mon 10:00, dueBy Mon
// 2026-03-09 09:00 (5 × 450 min: Mon 420, Tue–Fri 4 × 450 = 1800, Mon 30).
const dispatch: [Command, Actor, string] = [{ kind: 'dispatch', unitId: 10 }, dispatcher, '2026-03-02 09:00'];
const acceptOnTime: [Command, Actor, string] = [{ kind: 'accept' }, handler10, '2026-03-02 09:30'];
// Reply Wed 03-04 15:00: working minutes since dispatch = Mon 420 + Tue 450 + Wed (210 + 90) = 1170.
const replyWed: [Command, Actor, string] = [{ kind: 'reply', content: '已处理' }, handler10, '2026-03-04 15:00'];
const cb = (resolved: boolean, satisfaction: 'satisfied' | 'basically_satisfied' | 'unsatisfied', at = '2026-03-05 10:00'): [Command, Actor, string] => [
  { kind: 'callback', reached: true, resolved, satisfaction },
  callbackAgent,
  at,
];
const unreached = (at: string): [Command, Actor, string] => [{ kind: 'callback', reached: false }, callbackAgent, at];

// The tickets of the worked example.
const A = drive([[{ kind: 'answer', content: '可在政务服务网办理。' }, agent, '2026-03-02 08:50']], 'consult'); // direct answer
const B = drive([dispatch, acceptOnTime, replyWed, cb(true, 'satisfied')]); // on time throughout, satisfied
// C: accepted late (10:30 > 10:00) after the accept overdue was raised; replied late, Mon 03-09
// 10:00 > dueBy 09:00, after handle_overdue: 2250 + 60 = 2310 working minutes; unsatisfied → reopened.
const C = (() => {
  let t = drive([dispatch]);
  t = tick(t, '2026-03-02 10:10');
  const d1 = decide(t, { kind: 'accept' }, ctxAt(handler10, '2026-03-02 10:30'));
  t = fold(t, okEvents(d1));
  t = tick(t, '2026-03-09 09:30');
  for (const [command, actor, at] of [
    [{ kind: 'reply', content: '已处理' }, handler10, '2026-03-09 10:00'],
    cb(false, 'unsatisfied', '2026-03-10 09:00'),
  ] as [Command, Actor, string][]) {
    t = fold(t, okEvents(decide(t, command, ctxAt(actor, at))));
  }
  return t;
})();
const D = drive([dispatch, [{ kind: 'return', reason: '不属于本单位' }, handler10, '2026-03-02 09:20'], [{ kind: 'review-return', approve: true }, dispatcher, '2026-03-02 09:40']]); // returned
const E = tick(drive([dispatch]), '2026-03-10 09:00'); // never accepted: accept and handling overdue
const F = drive([dispatch]); // dispatched, nothing due yet
const G = drive([dispatch, acceptOnTime, replyWed, cb(true, 'basically_satisfied')]); // basically satisfied counts as satisfied
const H = drive([dispatch, acceptOnTime, replyWed, unreached('2026-03-05 10:00'), unreached('2026-03-05 14:00'), unreached('2026-03-06 10:00')]); // never reached
// Refused (不予受理) on the call; and one returned by unit 10 (its accept overdue raised first), then refused.
const R1 = drive([[{ kind: 'refuse', reason: 'litigation' }, agent, '2026-03-02 08:55']]);
const R2 = (() => {
  let t = tick(drive([dispatch]), '2026-03-02 10:10'); // accept_overdue raised
  for (const [command, actor, at] of [
    [{ kind: 'return', reason: '不属于本单位' }, handler10, '2026-03-02 10:20'],
    [{ kind: 'review-return', approve: true }, dispatcher, '2026-03-02 10:40'],
    [{ kind: 'refuse', reason: 'petition' }, agent, '2026-03-02 11:00'],
  ] as [Command, Actor, string][]) {
    t = fold(t, okEvents(decide(t, command, ctxAt(actor, at))));
  }
  return t;
})();

function ctxAt(actor: Actor, at: string) {
  return { actor, now: local(at), calendar, rules: DEFAULT_TIME_LIMIT_RULES, categoryPath: [], policy: DEFAULT_POLICY, units, target: null };
}
function okEvents(d: ReturnType<typeof decide>): AnyTicketEvent[] {
  if (!d.ok) throw new Error(d.error.code);
  return d.events;
}

/** The facts that are true, in FACTS order. */
const trueFacts = (t: Ticket) => FACTS.filter((f) => ticketFacts(t)[f]);

describe('facts per ticket', () => {
  it('the FACTS order is fixed: the store keeps them as bits', () => {
    expect(FACTS).toEqual([
      'direct_answer', 'dispatched', 'returned', 'accept_due', 'accepted', 'accepted_on_time', 'reply_due',
      'replied', 'replied_on_time', 'callback_reached', 'resolved', 'satisfied', 'reopened', 'handled', 'refused', 'repeat',
    ]);
  });

  it('a direct answer', () => {
    expect(A.status).toBe('closed');
    expect(trueFacts(A)).toEqual(['direct_answer']);
  });

  it('on time throughout and satisfied', () => {
    expect(trueFacts(B)).toEqual([
      'dispatched', 'accept_due', 'accepted', 'accepted_on_time', 'reply_due', 'replied', 'replied_on_time',
      'callback_reached', 'resolved', 'satisfied', 'handled',
    ]);
    expect(B.handlingMinutes).toBe(1170);
  });

  it('late accept, late reply, unsatisfied and reopened', () => {
    expect(C.status).toBe('handling');
    expect(trueFacts(C)).toEqual(['dispatched', 'accept_due', 'accepted', 'reply_due', 'replied', 'callback_reached', 'reopened', 'handled']);
    expect(C.handlingMinutes).toBe(2310);
  });

  it('returned: counts as dispatched and returned though it has no unit now', () => {
    expect(D.unitId).toBeNull();
    expect(trueFacts(D)).toEqual(['dispatched', 'returned']);
  });

  it('never accepted: accept and reply are due once their overdue alerts are raised', () => {
    expect(trueFacts(E)).toEqual(['dispatched', 'accept_due', 'reply_due']);
    expect(trueFacts(F)).toEqual(['dispatched']);
  });

  it('basically satisfied counts as satisfied; an unreached callback counts neither', () => {
    expect(trueFacts(G)).toEqual(trueFacts(B));
    expect(H.status).toBe('closed');
    expect(trueFacts(H)).toEqual(['dispatched', 'accept_due', 'accepted', 'accepted_on_time', 'reply_due', 'replied', 'replied_on_time', 'handled']);
  });

  it('explicit edge cases', () => {
    const base = emptyTicket(99);
    const at = new Date('2026-03-02T02:00:00Z');
    // Accepted exactly at the limit is on time; one millisecond later is not.
    expect(ticketFacts({ ...base, unitId: 10, acceptBy: at, acceptedAt: at }).accepted_on_time).toBe(true);
    expect(ticketFacts({ ...base, unitId: 10, acceptBy: at, acceptedAt: new Date(at.getTime() + 1) }).accepted_on_time).toBe(false);
    // resolved/satisfied need a reached callback.
    expect(ticketFacts({ ...base, resolved: true, satisfaction: 'satisfied' })).toMatchObject({ resolved: false, satisfied: false });
    expect(ticketFacts({ ...base, callbackReached: true, resolved: true, satisfaction: 'unsatisfied' })).toMatchObject({ resolved: true, satisfied: false });
    // handled: zero minutes is still a measured handling time.
    expect(ticketFacts({ ...base, handlingMinutes: 0 }).handled).toBe(true);
    expect(trueFacts(base)).toEqual([]);
  });

  it('refused (不予受理): counted apart, whatever happened before', () => {
    expect(R1.status).toBe('refused');
    expect(trueFacts(R1)).toEqual(['refused']);
    // Returned by unit 10, then refused: the dispatch and the return were real, nothing else counts.
    expect(R2.status).toBe('refused');
    expect(trueFacts(R2)).toEqual(['dispatched', 'returned', 'refused']);
    // History that would count for a ticket still taken counts for none refused: an imported reply,
    // reopened to the dispatch queue, then refused; overdue alerts; a reached callback.
    const history = {
      ...emptyTicket(98), returnCount: 1, acceptBy: new Date(10), acceptedAt: new Date(5), firstRepliedAt: new Date(6), firstReplyOnTime: true,
      callbackReached: true, resolved: true, satisfaction: 'satisfied' as const, reopenCount: 1, handlingMinutes: 30, directAnswer: true,
      alerts: ['accept_overdue', 'handle_overdue'] as Ticket['alerts'],
    };
    expect(trueFacts(history)).toEqual(FACTS.filter((f) => f !== 'refused' && f !== 'repeat'));
    expect(trueFacts({ ...history, status: 'refused' })).toEqual(['dispatched', 'returned', 'refused']);
  });

  it('a repeat (重复件) is a fact about the request: it stays one when refused', () => {
    // R3 repeats B: the repeats listener's step, applied as it comes.
    const flag: AnyTicketEvent = { type: 'repeat_flagged', at: local('2026-03-02 08:46'), actorId: null, payload: { repeatOf: B.id, repeatOfNumber: B.number, reason: 'caller', score: 0.8 } };
    const R3 = fold(drive([dispatch]), [flag]);
    expect(R3).toMatchObject({ repeatOf: B.id, repeatReason: 'caller' });
    expect(trueFacts(R3)).toEqual(['dispatched', 'repeat']);
    const R4 = fold(drive([[{ kind: 'refuse', reason: 'litigation' }, agent, '2026-03-02 08:55']]), [{ ...flag, payload: { repeatOf: B.id, repeatOfNumber: B.number, reason: 'matter', score: 0.7 } }]);
    expect(trueFacts(R4)).toEqual(['refused', 'repeat']);
    // Bits 14 and 15: 16384 + 32768.
    expect(factBits(R4)).toBe(49152);
  });
});

describe('factBits', () => {
  it('round-trips with FACTS order', () => {
    for (const t of [A, B, C, D, E, F, G, H, R1, R2]) {
      const bits = factBits(t);
      const f = ticketFacts(t);
      FACTS.forEach((name, i) => expect(((bits >> i) & 1) === 1, `${t.number} ${name}`).toBe(f[name]));
    }
  });

  it('known values', () => {
    expect(factBits(A)).toBe(1); // bit 0
    // B: bits 1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13 = 2+8+16+32+64+128+256+512+1024+2048+8192.
    expect(factBits(B)).toBe(12282);
    expect(factBits(D)).toBe(2 + 4);
    expect(factBits(emptyTicket(1))).toBe(0);
    // Every fact of a ticket taken: the 14 bits below 'refused'.
    const all = { ...emptyTicket(1), directAnswer: true, unitId: 10, returnCount: 1, acceptBy: new Date(10), acceptedAt: new Date(5),
      firstRepliedAt: new Date(6), firstReplyOnTime: true, callbackReached: true, resolved: true, satisfaction: 'satisfied' as const,
      reopenCount: 1, handlingMinutes: 3 };
    expect(factBits(all)).toBe(2 ** 14 - 1);
    // Refused: bit 14 (16384), with dispatched (2) and returned (4) when it was.
    expect(factBits(R1)).toBe(16384);
    expect(factBits(R2)).toBe(16390);
    expect(factBits({ ...all, status: 'refused' })).toBe(16390);
  });
});

describe('totals and measures', () => {
  const totals = totalsOf([A, B, C, D, E, F, G, H]);

  it('totalsOf counts each fact over the tickets', () => {
    const expected: Record<Fact, number> = {
      direct_answer: 1, // A
      dispatched: 7, // all but A
      returned: 1, // D
      accept_due: 5, // B C E G H
      accepted: 4, // B C G H
      accepted_on_time: 3, // B G H
      reply_due: 5, // B C E G H
      replied: 4, // B C G H
      replied_on_time: 3, // B G H
      callback_reached: 3, // B C G
      resolved: 2, // B G
      satisfied: 2, // B G
      reopened: 1, // C
      handled: 4, // B C G H
      refused: 0,
      repeat: 0,
    };
    expect(totals).toEqual({ volume: 8, handling_minutes: 1170 * 3 + 2310, ...expected });
  });

  it('computeMeasures gives numerator/denominator/rate for every measure', () => {
    const m = computeMeasures(totals);
    expect(m.volume).toBe(8);
    // (1170 × 3 + 2310) / 4 = 1455 min = 24.25 h.
    expect(m.average_handling_hours).toBe(24.25);
    const r = (numerator: number, denominator: number) => ({ numerator, denominator, rate: numerator / denominator });
    expect(m.direct_answer_rate).toEqual(r(1, 8));
    expect(m.response_rate).toEqual(r(3, 5));
    expect(m.on_time_accept_rate).toEqual(r(3, 4));
    expect(m.on_time_close_rate).toEqual(r(3, 5));
    expect(m.return_rate).toEqual(r(1, 7));
    expect(m.resolution_rate).toEqual(r(2, 3));
    expect(m.satisfaction_rate).toEqual(r(2, 3));
    expect(m.reopen_rate).toEqual(r(1, 4));
    expect(m.callback_rate).toEqual(r(3, 4));
    expect(m.refused_count).toBe(0);
    expect(m.repeat_rate).toEqual(r(0, 8));
    expect(Object.keys(m).sort()).toEqual(['average_handling_hours', 'volume', ...COUNTS.map((x) => x.name), ...MEASURES.map((x) => x.name)].sort());
  });

  it('refused tickets count apart: in the volume and 不予受理量, in no rate but the return rate (their real returns)', () => {
    const m = computeMeasures(totalsOf([A, B, C, D, E, F, G, H, R1, R2]));
    const r = (numerator: number, denominator: number) => ({ numerator, denominator, rate: numerator / denominator });
    expect(COUNTS).toEqual([{ name: 'refused_count', label: '不予受理量', fact: 'refused' }]);
    expect(m.volume).toBe(10);
    expect(m.refused_count).toBe(2); // R1 R2
    expect(m.direct_answer_rate).toEqual(r(1, 10));
    // The same as without R1 and R2: response 3/5, on-time accept 3/4, on-time close 3/5, resolution and satisfaction 2/3, reopen 1/4, callback 3/4.
    expect(m.response_rate).toEqual(r(3, 5));
    expect(m.on_time_accept_rate).toEqual(r(3, 4));
    expect(m.on_time_close_rate).toEqual(r(3, 5));
    expect(m.resolution_rate).toEqual(r(2, 3));
    expect(m.satisfaction_rate).toEqual(r(2, 3));
    expect(m.reopen_rate).toEqual(r(1, 4));
    expect(m.callback_rate).toEqual(r(3, 4));
    expect(m.average_handling_hours).toBe(24.25);
    // R2 was dispatched to unit 10 and returned: 2 returns (D, R2) of 8 dispatches.
    expect(m.return_rate).toEqual(r(2, 8));
  });

  it('repeat rate (重复件率): the repeats over every request of the period, refused ones included', () => {
    const flag = (repeatOf: number): AnyTicketEvent => ({ type: 'repeat_flagged', at: local('2026-03-02 08:46'), actorId: null, payload: { repeatOf, repeatOfNumber: `M${repeatOf}`, reason: 'caller', score: 0.9 } });
    // Of A B C D and two more: one dispatched (a repeat of B) and one refused (a repeat of C). 2 of 6.
    const again = fold(drive([dispatch]), [flag(B.id)]);
    const refusedAgain = fold(drive([[{ kind: 'refuse', reason: 'petition' }, agent, '2026-03-02 09:00']]), [flag(C.id)]);
    const m = computeMeasures(totalsOf([A, B, C, D, again, refusedAgain]));
    expect(m.volume).toBe(6);
    expect(m.repeat_rate).toEqual({ numerator: 2, denominator: 6, rate: 2 / 6 });
    expect(MEASURES.find((x) => x.name === 'repeat_rate')?.label).toBe('重复件率');
  });

  it('empty denominators give rate null, and no handled ticket gives no average', () => {
    const m = computeMeasures(emptyTotals());
    expect(m.volume).toBe(0);
    expect(m.average_handling_hours).toBeNull();
    for (const { name } of MEASURES) expect(m[name]).toEqual({ numerator: 0, denominator: 0, rate: null });
    // Only a direct answer: dispatch-side measures are all null.
    const onlyA = computeMeasures(totalsOf([A]));
    expect(onlyA.direct_answer_rate).toEqual({ numerator: 1, denominator: 1, rate: 1 });
    expect(onlyA.return_rate.rate).toBeNull();
    expect(onlyA.response_rate.rate).toBeNull();
  });

  it('average handling hours round to two decimals', () => {
    // 100 min over 3 handled tickets = 33.33… min = 0.5555… h → 0.56.
    const t: FactTotals = { ...emptyTotals(), volume: 3, handled: 3, handling_minutes: 100 };
    expect(computeMeasures(t).average_handling_hours).toBe(0.56);
  });

  it('addTotals sums field by field', () => {
    const sum = addTotals(totalsOf([A, B]), totalsOf([C, D, E, F, G, H]));
    expect(sum).toEqual(totals);
  });
});

describe('compositeScore', () => {
  const withRates = (response: [number, number], resolution: [number, number], satisfaction: [number, number]) =>
    computeMeasures({
      ...emptyTotals(),
      volume: 10,
      accepted_on_time: response[0],
      accept_due: response[1],
      resolved: resolution[0],
      callback_reached: resolution[1],
      satisfied: satisfaction[0],
    });

  it('weights response 20%, resolution 40%, satisfaction 40%', () => {
    // Worked example: 0.2 × 3/5 + 0.4 × 2/3 + 0.4 × 2/3 = 0.12 + 0.5333 = 0.65333 → 65.33.
    expect(compositeScore(computeMeasures(totalsOf([A, B, C, D, E, F, G, H])))).toBe(65.33);
    // 0.2 × 1 + 0.4 × 0.5 + 0.4 × 0.25 = 0.5 → 50.
    expect(compositeScore(withRates([4, 4], [2, 4], [1, 4]))).toBe(50);
    // Response alone moving 0 → 1 moves the score by 20 points.
    expect(compositeScore(withRates([0, 4], [4, 4], [4, 4]))).toBe(80);
  });

  it('renormalises when a rate has nothing to measure', () => {
    // No callback reached: only the response rate (3/4) counts → 75.
    expect(compositeScore(withRates([3, 4], [0, 0], [0, 0]))).toBe(75);
    // No acceptance due: (0.4 × 0.5 + 0.4 × 1) / 0.8 = 0.75 → 75.
    expect(compositeScore(withRates([0, 0], [1, 2], [2, 2]))).toBe(75);
    // Nothing measurable at all.
    expect(compositeScore(computeMeasures(emptyTotals()))).toBeNull();
    expect(compositeScore(computeMeasures(totalsOf([A])))).toBeNull();
  });
});
