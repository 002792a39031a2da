// The work-order decider (DESIGN.md "The work order lifecycle"): every command in every
// state, who may issue it, what a unit may see, and the lifecycle's rules, by folding
// evolve over the events decide returns. Deadlines are checked against instants worked out
// by hand on the real holiday calendar (calendar/*.json), office hours 08:30–12:00 and
// 13:30–17:30 Asia/Shanghai (450 working minutes a day).

import { describe, expect, it } from 'vitest';
import { DEFAULT_TIME_LIMIT_RULES } from '../../src/domain/time-limits.js';
import {
  COMMAND_KINDS,
  COMMAND_ROLES,
  SYSTEM_COMMANDS,
  COMMAND_STATES,
  DEFAULT_POLICY,
  canSee,
  decide,
  decideRegister,
  deriveTitle,
  emptyTicket,
  evolve,
  type Actor,
  type AnyTicketEvent,
  type Command,
  type CommandKind,
  type DecideContext,
  type Decision,
  type RegisterInput,
  type Ticket,
  type TicketEvent,
  type UnitRef,
} from '../../src/domain/ticket.js';
import { OPEN_STATUSES, ROLES, TICKET_STATUSES, type Role, type TicketStatus } from '../../src/domain/ticket-types.js';
import { calendar, local, DAY, staff } from './fixtures.js';

// ---------------------------------------------------------------------------------------------
// Fixtures



// Units: 1 the 12345 centre; 10 a department with child 101; 11 an assisting district;
// 12 an inactive street office; 20 an unrelated department.
const units = new Map<number, UnitRef>([
  [1, { id: 1, kind: 'center', active: true, parentId: null }],
  [10, { id: 10, kind: 'department', active: true, parentId: 1 }],
  [101, { id: 101, kind: 'department', active: true, parentId: 10 }],
  [11, { id: 11, kind: 'district', active: true, parentId: 1 }],
  [12, { id: 12, kind: 'street', active: false, parentId: 11 }],
  [20, { id: 20, kind: 'department', active: true, parentId: 1 }],
]);

const admin = staff('admin', 1);
const agent = staff('agent', 2);
const dispatcher = staff('dispatcher', 3);
const callbackAgent = staff('callback_agent', 4);
const supervisor = staff('supervisor', 5);
const system = staff('system', 0);
/** Handler of the lead unit 10 (scope: 10 and its child 101). */
const leadHandler: Actor = { id: 200, role: 'unit_handler', unitId: 10, scope: new Set([10, 101]) };
/** Handler of the assisting unit 11. */
const assistHandler: Actor = { id: 211, role: 'unit_handler', unitId: 11, scope: new Set([11]) };
/** Handler of an unrelated unit 20. */
const outsider: Actor = { id: 220, role: 'unit_handler', unitId: 20, scope: new Set([20]) };
/** Handler of the child unit 101 only: does not see its parent's tickets. */
const childHandler: Actor = { id: 201, role: 'unit_handler', unitId: 101, scope: new Set([101]) };

function ctx(actor: Actor, now: Date, extra: Partial<DecideContext> = {}): DecideContext {
  return {
    actor,
    now,
    calendar,
    rules: DEFAULT_TIME_LIMIT_RULES,
    categoryPath: [],
    policy: DEFAULT_POLICY,
    units,
    target: null,
    ...extra,
  };
}

const apply = (t: Ticket, events: readonly AnyTicketEvent[]): Ticket => events.reduce((acc, e) => evolve(acc, e), t);

function expectOk(d: Decision): AnyTicketEvent[] {
  if (!d.ok) throw new Error(`expected ok, got ${d.error.status} ${d.error.code}: ${d.error.detail}`);
  return d.events;
}

function expectError(d: Decision, status: number, code?: string): void {
  expect(d.ok, 'expected an error').toBe(false);
  if (d.ok) return;
  expect(d.error.status).toBe(status);
  if (code) expect(d.error.code).toBe(code);
  expect(d.error.detail.length).toBeGreaterThan(0);
}

/** decide, require success, and fold the events into the ticket. */
function step(t: Ticket, command: Command, actor: Actor, now: Date, extra: Partial<DecideContext> = {}): { ticket: Ticket; events: AnyTicketEvent[] } {
  const events = expectOk(decide(t, command, ctx(actor, now, extra)));
  return { ticket: apply(t, events), events };
}

function register(input: Partial<RegisterInput> = {}, at = local('2026-03-02 08:45'), id = 1): Ticket {
  const d = decideRegister(
    { number: `GD2026030200000${id}`, channel: 'phone', type: 'complaint', content: '小区门口占道经营，影响通行。', ...input },
    agent,
    at,
  );
  return apply(emptyTicket(id), expectOk(d));
}

const T = {
  register: local('2026-03-02 08:45'), // Mon
  dispatch: local('2026-03-02 09:00'),
  accept: local('2026-03-02 09:30'),
  reply: local('2026-03-04 15:00'), // Wed
  callback: local('2026-03-05 10:00'), // Thu
  now: local('2026-03-06 10:00'), // Fri: when the matrix's commands are issued
};

/** A complaint, dispatched to unit 10 with unit 11 assisting, brought into `status` by real commands. */
function ticketIn(status: TicketStatus, id = 1, input: Partial<RegisterInput> = {}): Ticket {
  let t = register(input, T.register, id);
  if (status === 'registered') return t;
  if (status === 'merged') return step(t, { kind: 'merge', intoId: 99 }, dispatcher, T.dispatch, { target: register({}, T.register, 99) }).ticket;
  if (status === 'transferred') return step(t, { kind: 'transfer', to: '110' }, agent, T.dispatch).ticket;
  if (status === 'refused') return step(t, { kind: 'refuse', reason: 'litigation' }, agent, T.dispatch).ticket;
  t = step(t, { kind: 'dispatch', unitId: 10, assistUnitIds: [11] }, dispatcher, T.dispatch).ticket;
  if (status === 'dispatched') return t;
  t = step(t, { kind: 'accept' }, leadHandler, T.accept).ticket;
  if (status === 'handling') return t;
  t = step(t, { kind: 'reply', content: '已责令摊贩退出道路，恢复通行。' }, leadHandler, T.reply).ticket;
  if (status === 'replied') return t;
  t = step(t, { kind: 'callback', reached: true, resolved: true, satisfaction: 'satisfied' }, callbackAgent, T.callback).ticket;
  if (status === 'closed') return t;
  throw new Error(`no path to ${status}`);
}

/** A valid body for every command. */
const COMMANDS: { [K in CommandKind]: Extract<Command, { kind: K }> } = {
  answer: { kind: 'answer', content: '根据政策，可到政务服务中心办理。' },
  refuse: { kind: 'refuse', reason: 'litigation' },
  dispatch: { kind: 'dispatch', unitId: 10, assistUnitIds: [11] },
  accept: { kind: 'accept' },
  delegate: { kind: 'delegate', unitId: 101, note: '请属地核实处理' },
  return: { kind: 'return', reason: '不属于本单位职责' },
  'review-return': { kind: 'review-return', approve: true },
  extend: { kind: 'extend', days: 3, reason: '需现场核查' },
  'review-extension': { kind: 'review-extension', approve: true },
  reply: { kind: 'reply', content: '已处理完毕' },
  'review-reply': { kind: 'review-reply', approve: true },
  callback: { kind: 'callback', reached: true, resolved: true, satisfaction: 'satisfied' },
  // a registered ticket closes with a note; a replied one without a callback with its reason
  close: { kind: 'close', note: '重复诉求', noCallbackReason: 'declined' },
  reopen: { kind: 'reopen', reason: '群众反映问题未解决' },
  reroute: { kind: 'reroute', unitId: 20, reason: '属于生态环境部门职责' },
  withdraw: { kind: 'withdraw', reason: '派单有误，重新研判' },
  move: { kind: 'move', centreId: 5, reason: '属于分中心受理范围' },
  merge: { kind: 'merge', intoId: 2 },
  transfer: { kind: 'transfer', to: '119' },
  supervise: { kind: 'supervise', type: 'urge', content: '请加快办理' },
  'supervision-reply': { kind: 'supervision-reply', content: '已加派人手，明日办结' },
  note: { kind: 'note', content: '现场已拍照留证，施工单位联系人电话已登记' },
  consent: { kind: 'consent', publicConsent: true },
  assign: { kind: 'assign', userId: 201 },
};

/** The preconditions a command needs beyond its state: a pending return or extension, a reply under review. */
function prepare(kind: CommandKind, t: Ticket): Ticket {
  if (kind === 'review-reply' && t.status === 'handling') {
    // The lead unit 10 hands down to its child 101, which accepts and replies: 10 reviews.
    let x = step(t, { kind: 'delegate', unitId: 101 }, leadHandler, local('2026-03-02 10:00')).ticket;
    x = step(x, COMMANDS.accept, childHandler, local('2026-03-02 10:30')).ticket;
    return step(x, { kind: 'reply', content: '已到现场核实并处理' }, childHandler, local('2026-03-03 10:00')).ticket;
  }
  if (kind === 'review-return') {
    return { ...t, pendingReturn: { reason: '不属于本单位职责', unitId: t.unitId ?? 10, requestedBy: leadHandler.id, at: T.accept.toISOString() } };
  }
  if (kind === 'review-extension') {
    return { ...t, pendingExtension: { days: 2, reason: '需现场核查', requestedBy: leadHandler.id, at: T.accept.toISOString() } };
  }
  if (kind === 'supervision-reply') {
    return { ...t, supervision: { kind: 'urge', content: '请加快办理', replyBy: T.now.toISOString(), at: T.accept.toISOString(), by: supervisor.id } };
  }
  return t;
}

/** The context a command needs: an open merge target. */
const extraFor = (kind: CommandKind): Partial<DecideContext> =>
  kind === 'merge' ? { target: register({}, T.register, 2) } : kind === 'move' ? { isCentre: (id) => id === 5 }
  : kind === 'assign' ? { assignee: { id: 201, name: '李娜', role: 'unit_handler', unitId: 10, active: true } } : {};

// ---------------------------------------------------------------------------------------------

// The allowed (command × state × role) table, written out by hand from the lifecycle (README
// "The lifecycle", DESIGN.md "The work order lifecycle" and "Who uses it"): for each command, the
// ticket states in which it may be issued and, in each, the roles that may issue it, with the
// rule each row follows beside it. 'system' is the platform itself (automatic dispatch, a verified
// citizen's rating, a citizen's addition through a channel); admins may take every step, at
// whichever level of the chain it needs. Every cell is asserted against the decider on a ticket
// brought into that state by real commands (one lead unit 10, assisting unit 11; prepare() adds
// a pending return or extension, or a reply of unit 101 under review). The unit handler is the
// lead unit's. Outside the table: 404 for a unit handler who cannot see the ticket, 403 for a
// role that may never issue the command or not in this state, 409 for a state in which nobody
// may; nothing decided either way. The states not named in a row (merged, transferred, refused
// are final; closed only reopens) allow nobody.
type Who = Role | 'system';
const MATRIX: Record<CommandKind, Partial<Record<TicketStatus, Who[]>>> = {
  // registered ──answer──▶ closed: the agent on the call answers from the knowledge base, the dispatcher from the queue.
  answer: { registered: ['agent', 'dispatcher', 'admin'] },
  // registered ──refuse (不予受理: reason, where to go)──▶ refused: decided at intake or in the dispatch queue, never after dispatch.
  refuse: { registered: ['agent', 'dispatcher', 'admin'] },
  // registered ──dispatch──▶ dispatched: the dispatcher routes (派单员); the platform too, when an admin enabled 智能派单.
  dispatch: { registered: ['dispatcher', 'admin', 'system'] },
  // dispatched ──accept (签收)──▶ handling: the lead unit's step. (Inside handling a level below accepts: chain.test.ts; the lead that accepted gets 409.)
  accept: { dispatched: ['unit_handler', 'admin'] },
  // handling: the holding unit hands down (下派) to a unit below it; only a unit that accepted.
  delegate: { handling: ['unit_handler', 'admin'] },
  // dispatched/handling ──return (退单: wrong unit)──▶ the dispatcher's review: the unit returns, before or after accepting.
  return: { dispatched: ['unit_handler', 'admin'], handling: ['unit_handler', 'admin'] },
  // review-return: the dispatcher approves (──▶ registered, or re-dispatched) or rejects (the unit keeps it), while the return is pending.
  'review-return': { dispatched: ['dispatcher', 'admin'], handling: ['dispatcher', 'admin'] },
  // handling ──extend (延期)──▶ review: the lead unit asks the centre, once it handles.
  extend: { handling: ['unit_handler', 'admin'] },
  // review-extension: the centre decides — the dispatcher, or the supervisor who watches time limits; the deadline moves only when approved.
  'review-extension': { handling: ['dispatcher', 'supervisor', 'admin'] },
  // handling ──reply (答复)──▶ replied: the holding unit (below the lead: up for review).
  reply: { handling: ['unit_handler', 'admin'] },
  // review-reply (审核): the level just above the holder approves or sends back a reply from below, inside handling.
  'review-reply': { handling: ['unit_handler', 'admin'] },
  // replied ──callback (回访)──▶ closed, or handling (重办): the callback agent; the platform records a verified citizen's own rating.
  callback: { replied: ['callback_agent', 'admin', 'system'] },
  // close (办结) by hand: a registered ticket never dispatched, by the dispatch queue with its reason; a replied one
  // without a callback that reached the citizen only with a recorded reason (noCallbackReason: declined, anonymous,
  // unreachable, confidential — each checked below), by the callback agent, the dispatcher or the supervisor.
  close: { registered: ['dispatcher', 'admin'], replied: ['callback_agent', 'dispatcher', 'supervisor', 'admin'] },
  // reopen (重办): a replied ticket, or a closed one within 30 days (at most twice): the callback agent or the supervisor.
  reopen: { replied: ['callback_agent', 'supervisor', 'admin'], closed: ['callback_agent', 'supervisor', 'admin'] },
  // dispatched/handling ──reroute (改派: unit + reason)──▶ dispatched: the dispatcher.
  reroute: { dispatched: ['dispatcher', 'admin'], handling: ['dispatcher', 'admin'] },
  // dispatched/handling ──withdraw (撤回: reason)──▶ registered: the dispatcher.
  withdraw: { dispatched: ['dispatcher', 'admin'], handling: ['dispatcher', 'admin'] },
  // move (移交中心): a registered, dispatched or handling ticket, by a dispatcher, supervisor or admin of a centre above both.
  move: { registered: ['dispatcher', 'supervisor', 'admin'], dispatched: ['dispatcher', 'supervisor', 'admin'], handling: ['dispatcher', 'supervisor', 'admin'] },
  // any open state ──merge (并单)──▶ merged: the dispatcher merges duplicates.
  merge: {
    registered: ['dispatcher', 'admin'], dispatched: ['dispatcher', 'admin'], handling: ['dispatcher', 'admin'], replied: ['dispatcher', 'admin'],
  },
  // any open state ──transfer (转警 110/119/120/122)──▶ transferred: the agent on the call or the dispatcher.
  transfer: {
    registered: ['agent', 'dispatcher', 'admin'], dispatched: ['agent', 'dispatcher', 'admin'], handling: ['agent', 'dispatcher', 'admin'],
    replied: ['agent', 'dispatcher', 'admin'],
  },
  // supervise (督办单/催办): the supervisor, to the lead unit — so once dispatched, until closed.
  supervise: { dispatched: ['supervisor', 'admin'], handling: ['supervisor', 'admin'], replied: ['supervisor', 'admin'] },
  // supervision-reply: the lead unit answers an open supervision, in the states it can be open in.
  'supervision-reply': { dispatched: ['unit_handler', 'admin'], handling: ['unit_handler', 'admin'], replied: ['unit_handler', 'admin'] },
  // note (补充说明): anyone working on an open ticket (not the analyst, who reads, nor the quality inspector); a citizen's addition through a channel (system).
  note: {
    registered: ['agent', 'dispatcher', 'unit_handler', 'callback_agent', 'supervisor', 'admin', 'system'],
    dispatched: ['agent', 'dispatcher', 'unit_handler', 'callback_agent', 'supervisor', 'admin', 'system'],
    handling: ['agent', 'dispatcher', 'unit_handler', 'callback_agent', 'supervisor', 'admin', 'system'],
    replied: ['agent', 'dispatcher', 'unit_handler', 'callback_agent', 'supervisor', 'admin', 'system'],
  },
  // consent (公开意愿): the centre's staff who speak with the citizen record it, on an open ticket.
  consent: {
    registered: ['agent', 'dispatcher', 'admin'], dispatched: ['agent', 'dispatcher', 'admin'], handling: ['agent', 'dispatcher', 'admin'],
    replied: ['agent', 'dispatcher', 'admin'],
  },
  // assign (指定承办人): the holding unit gives its ticket to one of its own handlers while it works it (an admin for it).
  assign: { dispatched: ['unit_handler', 'admin'], handling: ['unit_handler', 'admin'] },
};
/** The fixture's states in which the lead unit's handler sees the ticket (it was dispatched to unit 10). */
const SEEN_BY_UNIT: TicketStatus[] = ['dispatched', 'handling', 'replied', 'closed'];
const WHO: Who[] = [...ROLES, 'system'];
const actorFor = (who: Who): Actor => (who === 'unit_handler' ? leadHandler : who === 'system' ? system : staff(who, 50));

type Expected = 'ok' | 403 | 404 | 409;
function expected(kind: CommandKind, status: TicketStatus, who: Who): Expected {
  if (who === 'unit_handler' && !SEEN_BY_UNIT.includes(status)) return 404;
  const cells = MATRIX[kind];
  if (cells[status]?.includes(who)) return 'ok';
  const everAllowed = Object.values(cells).some((w) => w?.includes(who));
  if (!everAllowed) return 403; // the role never issues this command
  if (!cells[status]) return 409; // nobody may in this state
  return 403; // the role may, but not in this state (closing a registered ticket)
}

describe('every command in every state, by every role (the matrix written out by hand)', () => {
  it('covers every command and every state', () => {
    expect(Object.keys(MATRIX).sort()).toEqual([...COMMAND_KINDS].sort());
    expect(COMMAND_KINDS).toHaveLength(24);
    expect(TICKET_STATUSES).toHaveLength(8);
    // terminal states allow nothing but reopening a closed ticket
    for (const kind of COMMAND_KINDS) {
      for (const status of ['merged', 'transferred', 'refused'] as const) expect(MATRIX[kind][status], `${kind} ${status}`).toBeUndefined();
      expect(MATRIX[kind].closed === undefined, kind).toBe(kind !== 'reopen');
    }
  });

  it('the exported tables the console reads agree with it', () => {
    for (const kind of COMMAND_KINDS) {
      const states = Object.keys(MATRIX[kind]).sort();
      // accept is also a handling-state step, for a level below the lead (see chain.test.ts)
      expect([...COMMAND_STATES[kind]].sort(), kind).toEqual(kind === 'accept' ? ['dispatched', 'handling'] : states);
      const roles = new Set(Object.values(MATRIX[kind]).flat().filter((w) => w !== 'system'));
      expect(new Set(COMMAND_ROLES[kind]), kind).toEqual(roles);
      const system = Object.values(MATRIX[kind]).some((w) => w?.includes('system'));
      expect(SYSTEM_COMMANDS.includes(kind), kind).toBe(system);
    }
  });

  const cases = COMMAND_KINDS.flatMap((kind) =>
    TICKET_STATUSES.flatMap((status) => WHO.map((who) => ({ kind, status, who, outcome: expected(kind, status, who) }))),
  );

  it.each(cases)('$kind in $status by $who → $outcome', ({ kind, status, who, outcome }) => {
    const t = prepare(kind, ticketIn(status));
    expect(t.status).toBe(status);
    const actor = actorFor(who);
    const d = decide(t, COMMANDS[kind], ctx(actor, T.now, extraFor(kind)));
    if (outcome === 'ok') {
      const events = expectOk(d);
      expect(events.length).toBeGreaterThan(0);
      for (const e of events) {
        expect(e.at).toEqual(T.now);
        expect(e.actorId).toBe(actor.id);
      }
      // the events fold without error and count as versions
      expect(apply(t, events).version).toBe(t.version + events.length);
      return;
    }
    expectError(d, outcome, outcome === 404 ? 'ticket_not_found' : outcome === 403 ? 'forbidden' : undefined);
    expect(d).not.toHaveProperty('events');
  });

  it('a wrong state is invalid_state, except a lead unit that accepted already', () => {
    expectError(decide(ticketIn('handling'), COMMANDS.accept, ctx(admin, T.now)), 409, 'already_accepted');
    expectError(decide(ticketIn('replied'), COMMANDS.accept, ctx(admin, T.now)), 409, 'invalid_state');
    expectError(decide(ticketIn('handling'), COMMANDS['review-reply'], ctx(admin, T.now)), 409, 'no_pending_reply');
  });
});

describe('closing a replied ticket without a callback that reached the citizen (无回访办结)', () => {
  // README: "close without a reached callback only with noCallbackReason (declined, anonymous,
  // unreachable, confidential)"; each reason is a fact about the ticket, checked: 诉求人明确表示不需要
  // 回访 (the citizen's word, recorded), 匿名诉求，无法回访 (no number to call back), 三次回访均未接通
  // (three attempts recorded since the reply), 保密工单，不予回访 (a confidential ticket).
  const closers = MATRIX.close.replied as Role[];
  const close = (t: Ticket, reason: 'declined' | 'anonymous' | 'unreachable' | 'confidential' | null, who: Role = 'callback_agent', policy = DEFAULT_POLICY) =>
    decide(t, { kind: 'close', note: null, noCallbackReason: reason }, ctx(staff(who, 50), T.now, { policy }));
  /** A replied ticket after `n` callbacks that did not get through, under a policy that tries five times. */
  const TRY_FIVE = { ...DEFAULT_POLICY, maxCallbackAttempts: 5 };
  function unreachedTimes(n: number, input: Partial<RegisterInput> = { callerPhone: '13812345678' }): Ticket {
    let t = ticketIn('replied', 1, input);
    for (let i = 0; i < n; i++) t = step(t, { kind: 'callback', reached: false }, callbackAgent, T.callback, { policy: TRY_FIVE }).ticket;
    expect([t.status, t.callbackAttempts]).toEqual(['replied', n]);
    return t;
  }

  it.each(closers)('without a reason, %s is refused: 409 callback_required, nothing decided', (who) => {
    for (const t of [ticketIn('replied'), unreachedTimes(2)]) {
      const d = close(t, null, who);
      expectError(d, 409, 'callback_required');
      expect(d).not.toHaveProperty('events');
    }
  });

  it.each(closers)('declined, the citizen’s word: %s closes it, the reason on the closed event', (who) => {
    const events = expectOk(close(ticketIn('replied', 1, { callerPhone: '13812345678' }), 'declined', who));
    expect(events).toEqual([{ type: 'closed', at: T.now, actorId: 50, payload: { note: null, noCallbackReason: 'declined' } }]);
  });

  it('anonymous only when the request left no number to call back', () => {
    expectError(close(ticketIn('replied', 1, { callerPhone: '13812345678' }), 'anonymous'), 409, 'not_anonymous');
    expect(expectOk(close(ticketIn('replied', 1, { callerName: '王先生' }), 'anonymous'))[0]).toMatchObject({ payload: { noCallbackReason: 'anonymous' } });
  });

  it('unreachable only after three callbacks that did not get through; under the default policy the third closes it by itself', () => {
    for (const n of [0, 1, 2]) expectError(close(unreachedTimes(n), 'unreachable', 'callback_agent', TRY_FIVE), 409, 'not_unreachable');
    expect(expectOk(close(unreachedTimes(3), 'unreachable', 'callback_agent', TRY_FIVE))[0]).toMatchObject({ payload: { noCallbackReason: 'unreachable' } });
    // The default tries three times: the third unanswered callback closes the ticket (closed_unreachable).
    expect(DEFAULT_POLICY.maxCallbackAttempts).toBe(3);
    let t = ticketIn('replied', 1, { callerPhone: '13812345678' });
    for (let i = 0; i < 3; i++) t = step(t, { kind: 'callback', reached: false }, callbackAgent, T.callback).ticket;
    expect([t.status, t.callbackReached]).toEqual(['closed', false]);
  });

  it('confidential only for a confidential ticket (保密工单)', () => {
    expectError(close(ticketIn('replied'), 'confidential'), 409, 'not_confidential');
    expectOk(close(ticketIn('replied', 1, { confidential: true }), 'confidential'));
  });

  it('attempts count from the latest reply: a reopened ticket’s new reply needs three of its own', () => {
    let t = unreachedTimes(3);
    t = step(t, { kind: 'reopen', reason: '群众来电反映未解决' }, supervisor, T.now).ticket;
    t = step(t, COMMANDS.reply, leadHandler, T.now).ticket;
    expect([t.status, t.callbackAttempts]).toEqual(['replied', 0]);
    expectError(close(t, 'unreachable', 'callback_agent', TRY_FIVE), 409, 'not_unreachable');
  });
});

describe('a callback records what was said', () => {
  // Surviving mutants of the callback step (npm run mutation): the note and the survey grade.
  it('the note trimmed, a blank note none; the grade (the citizen’s digit, 1–5) only when given', () => {
    const cb = (extra: Record<string, unknown>) =>
      expectOk(decide(ticketIn('replied'), { kind: 'callback', reached: true, resolved: true, satisfaction: 'satisfied', ...extra } as Command, ctx(callbackAgent, T.now)))[0];
    expect(cb({ note: '  群众表示满意  ' }).payload).toEqual({ reached: true, resolved: true, satisfaction: 'satisfied', note: '群众表示满意', attempt: 1, outcome: 'closed', dueBy: null });
    expect(cb({ note: '   ' }).payload).toMatchObject({ note: null });
    expect(cb({ note: '   ', grade: 2 }).payload).toEqual({ reached: true, resolved: true, satisfaction: 'satisfied', note: null, attempt: 1, grade: 2, outcome: 'closed', dueBy: null });
    const missed = expectOk(decide(ticketIn('replied'), { kind: 'callback', reached: false, note: ' 无人接听 ' }, ctx(callbackAgent, T.now)))[0];
    expect(missed.payload).toMatchObject({ reached: false, note: '无人接听', attempt: 1, outcome: 'pending' });
  });
});

describe('roles', () => {
  it('analysts only read', () => {
    for (const kind of COMMAND_KINDS) expect(COMMAND_ROLES[kind], kind).not.toContain('analyst');
  });

  it.each(COMMAND_KINDS.filter((k) => !SYSTEM_COMMANDS.includes(k)).flatMap((kind) => TICKET_STATUSES.map((status) => ({ kind, status }))))(
    'the system actor may not $kind in $status',
    ({ kind, status }) => {
      const t = prepare(kind, ticketIn(status));
      expectError(decide(t, COMMANDS[kind], ctx(system, T.now, extraFor(kind))), 403, 'forbidden');
    },
  );

  it('the system actor records a verified citizen’s own rating of a reply as the callback, only on a replied ticket', () => {
    const d = decide(ticketIn('replied'), COMMANDS.callback, ctx(system, T.now));
    expect(expectOk(d)[0]).toMatchObject({ type: 'called_back', actorId: system.id });
    for (const status of TICKET_STATUSES.filter((s) => s !== 'replied')) {
      expectError(decide(ticketIn(status), COMMANDS.callback, ctx(system, T.now)), 409, 'invalid_state');
    }
  });

  it('the system actor may dispatch a registered ticket (automatic dispatch), and nothing else besides the callback and a citizen note', () => {
    expect(SYSTEM_COMMANDS).toEqual(['dispatch', 'callback', 'note']);
    const d = decide(ticketIn('registered'), COMMANDS.dispatch, ctx(system, T.now));
    expect(expectOk(d)[0]).toMatchObject({ type: 'dispatched', actorId: system.id });
    expectError(decide(ticketIn('handling'), COMMANDS.dispatch, ctx(system, T.now)), 409, 'invalid_state');
  });

  it('closing a registered (never dispatched) ticket is for dispatchers and admins only', () => {
    const t = ticketIn('registered');
    expectOk(decide(t, COMMANDS.close, ctx(dispatcher, T.now)));
    expectOk(decide(t, COMMANDS.close, ctx(admin, T.now)));
    expectError(decide(t, COMMANDS.close, ctx(callbackAgent, T.now)), 403, 'forbidden');
    expectError(decide(t, COMMANDS.close, ctx(supervisor, T.now)), 403, 'forbidden');
  });
});

describe('notes (补充说明)', () => {
  it('anyone working on an open ticket may add one; it changes nothing but the version, and says who wrote it', () => {
    const t = ticketIn('handling');
    for (const actor of [agent, dispatcher, leadHandler, assistHandler, callbackAgent, supervisor]) {
      const r = step(t, { kind: 'note', content: '  已电话联系施工方  ' }, actor, T.now);
      expect(r.events[0]).toMatchObject({ type: 'noted', payload: { content: '已电话联系施工方', fromCitizen: false, unitId: actor.role === 'unit_handler' ? actor.unitId : null } });
      expect({ ...r.ticket, version: t.version, updatedAt: t.updatedAt }).toEqual(t);
    }
  });

  it('an assisting unit may note, though every other unit step is the lead unit’s; an unrelated unit does not see the ticket', () => {
    const t = ticketIn('handling');
    expectOk(decide(t, { kind: 'note', content: '协办部分已完成' }, ctx(assistHandler, T.now)));
    expectError(decide(t, COMMANDS.reply, ctx(assistHandler, T.now)), 403, 'not_lead_unit');
    expectError(decide(t, { kind: 'note', content: '看不到' }, ctx(outsider, T.now)), 404, 'ticket_not_found');
  });

  it('the citizen’s own addition comes through the agent who takes the call or a channel (system), not from a unit', () => {
    const t = ticketIn('dispatched');
    for (const actor of [agent, system]) {
      expect(expectOk(decide(t, { kind: 'note', content: '又补充：晚上十点后仍在施工', fromCitizen: true }, ctx(actor, T.now)))[0]).toMatchObject({ payload: { fromCitizen: true } });
    }
    expectError(decide(t, { kind: 'note', content: '群众说', fromCitizen: true }, ctx(leadHandler, T.now)), 403, 'forbidden');
    expectError(decide(t, { kind: 'note', content: '   ' }, ctx(agent, T.now)), 400, 'content_required');
    expectError(decide(ticketIn('closed'), { kind: 'note', content: '补充' }, ctx(agent, T.now)), 409, 'invalid_state');
  });
});

describe('consent to publication (公开意愿)', () => {
  it('staff record the citizen’s agreement and its withdrawal on an open ticket; the ticket carries it', () => {
    const t = ticketIn('handling');
    expect(t.publicConsent).toBe(false);
    const agreed = step(t, { kind: 'consent', publicConsent: true }, agent, T.now);
    expect(agreed.events).toEqual([{ type: 'consent_recorded', at: T.now, actorId: agent.id, payload: { publicConsent: true } }]);
    expect(agreed.ticket.publicConsent).toBe(true);
    expect({ ...agreed.ticket, publicConsent: false, version: t.version, updatedAt: t.updatedAt }).toEqual(t);
    const withdrawn = step(agreed.ticket, { kind: 'consent', publicConsent: false }, dispatcher, T.now);
    expect(withdrawn.ticket.publicConsent).toBe(false);
  });

  it('a confidential ticket (保密工单) refuses consent; the same answer twice is refused; Open311 requests are public by their channel', () => {
    const secret = register({ confidential: true });
    expect(secret.confidential).toBe(true);
    expectError(decide(secret, { kind: 'consent', publicConsent: true }, ctx(agent, T.now)), 409, 'confidential');
    expectError(decide(ticketIn('registered'), { kind: 'consent', publicConsent: false }, ctx(agent, T.now)), 409, 'consent_unchanged');
    const open311 = register({ channel: 'open311', publicConsent: true });
    expectError(decide(open311, { kind: 'consent', publicConsent: false }, ctx(admin, T.now)), 409, 'public_channel');
    expectError(decide(ticketIn('handling'), { kind: 'consent', publicConsent: true }, ctx(leadHandler, T.now)), 403, 'forbidden');
  });
});

describe('data scope', () => {
  it.each(COMMAND_KINDS.flatMap((kind) => TICKET_STATUSES.map((status) => ({ kind, status }))))(
    'a handler of another unit gets 404 on $kind in $status',
    ({ kind, status }) => {
      const t = prepare(kind, ticketIn(status));
      expect(canSee(outsider, t)).toBe(false);
      expectError(decide(t, COMMANDS[kind], ctx(outsider, T.now, extraFor(kind))), 404, 'ticket_not_found');
    },
  );

  it('the lead unit, the assisting unit and the lead unit’s parent see the ticket; others do not', () => {
    const t = ticketIn('handling');
    expect(t.unitId).toBe(10);
    expect(t.assistUnitIds).toEqual([11]);
    expect(canSee(leadHandler, t)).toBe(true);
    expect(canSee(assistHandler, t)).toBe(true);
    expect(canSee(outsider, t)).toBe(false);
    expect(canSee(childHandler, t)).toBe(false); // a child unit does not see its parent's tickets
    for (const role of ['agent', 'dispatcher', 'callback_agent', 'supervisor', 'analyst', 'admin'] as const) {
      expect(canSee(staff(role), t), role).toBe(true);
    }
  });

  it('a parent unit sees and may work the tickets dispatched to its child unit', () => {
    let t = register();
    t = step(t, { kind: 'dispatch', unitId: 101 }, dispatcher, T.dispatch).ticket;
    expect(canSee(leadHandler, t)).toBe(true); // scope {10, 101}
    t = step(t, COMMANDS.accept, leadHandler, T.accept).ticket;
    expect(t.status).toBe('handling');
    // and the child's own handler too
    expect(canSee(childHandler, t)).toBe(true);
    expectOk(decide(t, COMMANDS.reply, ctx(childHandler, T.now)));
  });

  it('an assisting unit sees the ticket but may not accept, reply, return or extend', () => {
    const dispatched = ticketIn('dispatched');
    const handling = ticketIn('handling');
    expect(canSee(assistHandler, dispatched)).toBe(true);
    expectError(decide(dispatched, COMMANDS.accept, ctx(assistHandler, T.now)), 403, 'not_lead_unit');
    expectError(decide(handling, COMMANDS.reply, ctx(assistHandler, T.now)), 403, 'not_lead_unit');
    expectError(decide(handling, COMMANDS.return, ctx(assistHandler, T.now)), 403, 'not_lead_unit');
    expectError(decide(handling, COMMANDS.extend, ctx(assistHandler, T.now)), 403, 'not_lead_unit');
    // the lead unit's handler may
    expectOk(decide(dispatched, COMMANDS.accept, ctx(leadHandler, T.now)));
    expectOk(decide(handling, COMMANDS.reply, ctx(leadHandler, T.now)));
  });

  it('a unit handler does not see a ticket that has not been dispatched', () => {
    const t = ticketIn('registered');
    expect(canSee(leadHandler, t)).toBe(false);
    expectError(decide(t, COMMANDS.accept, ctx(leadHandler, T.now)), 404, 'ticket_not_found');
  });
});

describe('terminal states', () => {
  it.each(COMMAND_KINDS.filter((k) => k !== 'reopen'))('a closed ticket refuses %s', (kind) => {
    const t = prepare(kind, ticketIn('closed'));
    expectError(decide(t, COMMANDS[kind], ctx(admin, T.now, extraFor(kind))), 409, 'invalid_state');
  });

  it('a closed ticket may be reopened', () => {
    const t = ticketIn('closed');
    const { ticket } = step(t, COMMANDS.reopen, callbackAgent, T.now);
    expect(ticket.status).toBe('handling');
  });

  it.each((['merged', 'transferred'] as const).flatMap((status) => COMMAND_KINDS.map((kind) => ({ status, kind }))))(
    'a $status ticket refuses $kind',
    ({ status, kind }) => {
      const t = prepare(kind, ticketIn(status));
      expectError(decide(t, COMMANDS[kind], ctx(admin, T.now, extraFor(kind))), 409, 'invalid_state');
    },
  );
});

describe('happy path: register → dispatch → accept → reply → callback → closed', () => {
  it('folds to a closed ticket with deadlines from the calendar', () => {
    const events: AnyTicketEvent[] = [];
    let t = emptyTicket(7);

    const reg = expectOk(
      decideRegister({ number: 'GD20260302000007', channel: 'phone', type: 'complaint', content: '夜间施工噪音扰民。' }, agent, T.register),
    );
    events.push(...reg);
    t = apply(t, reg);
    expect(t.status).toBe('registered');
    expect(t.number).toBe('GD20260302000007');
    expect(t.createdAt).toEqual(T.register);
    expect(t.version).toBe(1);

    // Dispatch Mon 2026-03-02 09:00. Accept limit 1 working hour → 10:00 (02:00Z).
    // Complaint: 5 working days = 2250 min. No holiday that week or the next, so the deadline
    // is the same clock time five working days later: Mon 2026-03-09 09:00 (01:00Z).
    let r = step(t, { kind: 'dispatch', unitId: 10, assistUnitIds: [11, 11] }, dispatcher, T.dispatch);
    events.push(...r.events);
    t = r.ticket;
    expect(t.status).toBe('dispatched');
    expect(t.acceptBy).toEqual(new Date('2026-03-02T02:00:00Z'));
    expect(t.dueBy).toEqual(new Date('2026-03-09T01:00:00Z'));
    expect(t.unitId).toBe(10);
    expect(t.assistUnitIds).toEqual([11]); // duplicates dropped
    expect(t.dispatchedAt).toEqual(T.dispatch);
    const dispatched = r.events[0] as TicketEvent<'dispatched'>;
    expect(dispatched.type).toBe('dispatched');
    expect(dispatched.payload.acceptBy).toBe('2026-03-02T02:00:00.000Z');
    expect(dispatched.payload.dueBy).toBe('2026-03-09T01:00:00.000Z');
    expect(dispatched.payload.acceptLimit).toEqual({ amount: 1, unit: 'working_hours' });
    expect(dispatched.payload.handleLimit).toEqual({ amount: 5, unit: 'working_days' });

    r = step(t, COMMANDS.accept, leadHandler, T.accept);
    events.push(...r.events);
    t = r.ticket;
    expect(t.status).toBe('handling');
    expect(t.acceptedAt).toEqual(T.accept);
    expect((r.events[0] as TicketEvent<'accepted'>).payload.onTime).toBe(true);

    r = step(t, { kind: 'reply', content: '  已约谈施工单位，夜间停止施工。  ' }, leadHandler, T.reply);
    events.push(...r.events);
    t = r.ticket;
    expect(t.status).toBe('replied');
    expect(t.repliedAt).toEqual(T.reply);
    // Working time from dispatch (Mon 09:00) to the reply (Wed 15:00): Mon 180 + 240, Tue 450,
    // Wed 210 + 90 = 1170 minutes. The callback is due one working day (450 min) after the
    // reply: Wed 15:00–17:30 is 150, then Thu 08:30–12:00 210 and 13:30 + 90 → Thu 15:00.
    expect((r.events[0] as TicketEvent<'replied'>).payload).toEqual({
      content: '已约谈施工单位，夜间停止施工。',
      onTime: true,
      workingMinutes: 1170,
      callbackDueBy: local('2026-03-05 15:00').toISOString(),
    });
    expect(t.handlingMinutes).toBe(1170);
    expect(t.firstReplyOnTime).toBe(true);

    r = step(t, { kind: 'callback', reached: true, resolved: true, satisfaction: 'satisfied' }, callbackAgent, T.callback);
    events.push(...r.events);
    t = r.ticket;
    expect(t.status).toBe('closed');
    expect(t.closedAt).toEqual(T.callback);
    expect(t.resolved).toBe(true);
    expect(t.satisfaction).toBe('satisfied');
    expect((r.events[0] as TicketEvent<'called_back'>).payload.outcome).toBe('closed');

    // The timeline replays to the same ticket.
    expect(events.map((e) => e.type)).toEqual(['registered', 'dispatched', 'accepted', 'replied', 'called_back']);
    expect(apply(emptyTicket(7), events)).toEqual(t);
    expect(t.version).toBe(5);
    expect(events.map((e) => e.actorId)).toEqual([agent.id, dispatcher.id, leadHandler.id, leadHandler.id, callbackAgent.id]);
  });

  it('dispatch deadlines skip the 2026 Spring Festival', () => {
    // An urgent help request dispatched Fri 2026-02-13 17:15.
    // accept: 0.5 working hour = 15 min to 17:30 + 15 min on Sat 02-14 (调休) → 08:45 (00:45Z).
    // handle: help = 3 working days: Sat 02-14, then 02-15…02-23 off, Tue 02-24, Wed 02-25 → 17:15 (09:15Z).
    let t = register({ type: 'help', priority: 'urgent' }, local('2026-02-13 17:00'));
    t = step(t, { kind: 'dispatch', unitId: 10 }, dispatcher, local('2026-02-13 17:15')).ticket;
    expect(t.acceptBy).toEqual(new Date('2026-02-14T00:45:00Z'));
    expect(t.dueBy).toEqual(new Date('2026-02-25T09:15:00Z'));
  });

  it('a consult dispatched on Fri 2026-02-13 16:00 is due on the 调休 Saturday 02-14 16:00', () => {
    // 1 working day: 90 min on Friday, 360 on Saturday (210 + 150 from 13:30) → 16:00 (08:00Z).
    let t = register({ type: 'consult' }, local('2026-02-13 15:50'));
    t = step(t, { kind: 'dispatch', unitId: 10 }, dispatcher, local('2026-02-13 16:00')).ticket;
    expect(t.acceptBy).toEqual(local('2026-02-13 17:00'));
    expect(t.dueBy).toEqual(new Date('2026-02-14T08:00:00Z'));
  });

  it('emergency deadlines are clock hours, even on a Saturday night', () => {
    // Sat 2026-03-07 22:00: accept 0.5 clock h → 22:30; handle 2 clock h → Sun 00:00 (Sat 16:00Z).
    let t = register({ priority: 'emergency' }, local('2026-03-07 21:55'));
    t = step(t, { kind: 'dispatch', unitId: 10 }, dispatcher, local('2026-03-07 22:00')).ticket;
    expect(t.acceptBy).toEqual(new Date('2026-03-07T14:30:00Z'));
    expect(t.dueBy).toEqual(new Date('2026-03-07T16:00:00Z'));
  });

  it('late accept and late reply are recorded as not on time', () => {
    let t = ticketIn('dispatched'); // acceptBy Mon 10:00, dueBy Mon 03-09 09:00
    let r = step(t, COMMANDS.accept, leadHandler, local('2026-03-02 10:01'));
    expect((r.events[0] as TicketEvent<'accepted'>).payload.onTime).toBe(false);
    t = r.ticket;
    r = step(t, COMMANDS.reply, leadHandler, local('2026-03-09 09:01'));
    expect((r.events[0] as TicketEvent<'replied'>).payload.onTime).toBe(false);
    // exactly on the deadline is on time
    expect((expectOk(decide(t, COMMANDS.reply, ctx(leadHandler, local('2026-03-09 09:00'))))[0] as TicketEvent<'replied'>).payload.onTime).toBe(true);
  });

  it('dispatch refuses the centre, an inactive or unknown unit, and the lead as its own assistant', () => {
    const t = ticketIn('registered');
    expectError(decide(t, { kind: 'dispatch', unitId: 1 }, ctx(dispatcher, T.now)), 400, 'unknown_unit');
    expectError(decide(t, { kind: 'dispatch', unitId: 12 }, ctx(dispatcher, T.now)), 400, 'unknown_unit');
    expectError(decide(t, { kind: 'dispatch', unitId: 404 }, ctx(dispatcher, T.now)), 400, 'unknown_unit');
    expectError(decide(t, { kind: 'dispatch', unitId: 10, assistUnitIds: [12] }, ctx(dispatcher, T.now)), 400, 'unknown_unit');
    expectError(decide(t, { kind: 'dispatch', unitId: 10, assistUnitIds: [10] }, ctx(dispatcher, T.now)), 400, 'assist_is_lead');
  });
});

describe('dispatch with a corrected category (改分类)', () => {
  // Categories: 3 (top level) with child 30; 30 has a two-working-day handling limit of its own.
  const rules = [...DEFAULT_TIME_LIMIT_RULES, { categoryId: 30, handleLimit: { amount: 2, unit: 'working_days' as const } }];
  const paths: Record<number, number[]> = { 3: [3], 30: [30, 3] };
  const extra = { rules, categoryPath: [3], categoryPathOf: (id: number) => paths[id] ?? [] };

  it('sets the new category, records the old one, and takes the limits from the new category', () => {
    const t = register({ categoryId: 3 });
    const kept = step(t, { kind: 'dispatch', unitId: 10 }, dispatcher, T.dispatch, extra);
    const moved = step(t, { kind: 'dispatch', unitId: 10, categoryId: 30 }, dispatcher, T.dispatch, extra);
    expect(moved.ticket.categoryId).toBe(30);
    const p = (moved.events[0] as TicketEvent<'dispatched'>).payload;
    expect(p).toMatchObject({ categoryId: 30, fromCategoryId: 3, handleLimit: { amount: 2, unit: 'working_days' } });
    // Mon 03-02 09:00 + 2 working days → Wed 03-04 09:00, sooner than the complaint's default.
    expect(moved.ticket.dueBy).toEqual(local('2026-03-04 09:00'));
    expect(kept.ticket.dueBy!.getTime()).toBeGreaterThan(moved.ticket.dueBy!.getTime());
  });

  it('the same category again is no change: the event carries none', () => {
    const r = step(register({ categoryId: 3 }), { kind: 'dispatch', unitId: 10, categoryId: 3 }, dispatcher, T.dispatch, extra);
    expect(r.ticket.categoryId).toBe(3);
    expect((r.events[0] as TicketEvent<'dispatched'>).payload).not.toHaveProperty('categoryId');
  });

  it('an unknown category is a 400 and nothing happens', () => {
    expectError(decide(register({ categoryId: 3 }), { kind: 'dispatch', unitId: 10, categoryId: 404 }, ctx(dispatcher, T.dispatch, extra)), 400, 'unknown_category');
    // Without a way to look categories up (older callers) a change cannot be checked, so it is refused.
    expectError(decide(register({ categoryId: 3 }), { kind: 'dispatch', unitId: 10, categoryId: 30 }, ctx(dispatcher, T.dispatch)), 400, 'unknown_category');
  });
});

describe('callback outcomes', () => {
  const notReached: Command = { kind: 'callback', reached: false };

  it('unreachable callbacks count attempts and close as closed_unreachable at maxCallbackAttempts', () => {
    expect(DEFAULT_POLICY.maxCallbackAttempts).toBe(3);
    let t = ticketIn('replied');
    const outcomes: string[] = [];
    for (let i = 1; i <= 3; i++) {
      const r = step(t, notReached, callbackAgent, new Date(T.callback.getTime() + i * 3600_000));
      const p = (r.events[0] as TicketEvent<'called_back'>).payload;
      expect(p.attempt).toBe(i);
      outcomes.push(p.outcome);
      t = r.ticket;
      expect(t.callbackAttempts).toBe(i);
      expect(t.status).toBe(i < 3 ? 'replied' : 'closed');
    }
    expect(outcomes).toEqual(['pending', 'pending', 'closed_unreachable']);
    expect(t.closedAt).toEqual(new Date(T.callback.getTime() + 3 * 3600_000));
  });

  it('follows the policy: one attempt closes when maxCallbackAttempts is 1', () => {
    const r = step(ticketIn('replied'), notReached, callbackAgent, T.callback, { policy: { ...DEFAULT_POLICY, maxCallbackAttempts: 1 } });
    expect((r.events[0] as TicketEvent<'called_back'>).payload.outcome).toBe('closed_unreachable');
    expect(r.ticket.status).toBe('closed');
  });

  it('reached, resolved and basically satisfied closes', () => {
    const r = step(ticketIn('replied'), { kind: 'callback', reached: true, resolved: true, satisfaction: 'basically_satisfied' }, callbackAgent, T.callback);
    expect((r.events[0] as TicketEvent<'called_back'>).payload.outcome).toBe('closed');
    expect(r.ticket.status).toBe('closed');
    expect(r.ticket.satisfaction).toBe('basically_satisfied');
    expect(r.ticket.resolved).toBe(true);
  });

  it('unsatisfied or unresolved reopens with a new deadline until maxReopens, then closes as closed_reopen_limit', () => {
    expect(DEFAULT_POLICY.maxReopens).toBe(2);
    let t = ticketIn('replied');
    expect(t.dueBy).toEqual(local('2026-03-09 09:00'));

    // 1st callback Thu 03-05 10:00, unsatisfied → handling, due 5 working days later: Thu 03-12 10:00.
    let r = step(t, { kind: 'callback', reached: true, resolved: true, satisfaction: 'unsatisfied' }, callbackAgent, local('2026-03-05 10:00'));
    let p = (r.events[0] as TicketEvent<'called_back'>).payload;
    expect(p.outcome).toBe('reopened');
    expect(p.dueBy).toBe(local('2026-03-12 10:00').toISOString());
    t = r.ticket;
    expect(t.status).toBe('handling');
    expect(t.reopenCount).toBe(1);
    expect(t.dueBy).toEqual(local('2026-03-12 10:00'));
    expect(t.repliedAt).toBeNull();
    expect(t.callbackAttempts).toBe(0);

    // reply again, 2nd callback Mon 03-09 10:00: satisfied but NOT resolved → reopens, due Mon 03-16 10:00.
    t = step(t, COMMANDS.reply, leadHandler, local('2026-03-06 10:00')).ticket;
    r = step(t, { kind: 'callback', reached: true, resolved: false, satisfaction: 'satisfied' }, callbackAgent, local('2026-03-09 10:00'));
    p = (r.events[0] as TicketEvent<'called_back'>).payload;
    expect(p.outcome).toBe('reopened');
    t = r.ticket;
    expect(t.status).toBe('handling');
    expect(t.reopenCount).toBe(2);
    expect(t.dueBy).toEqual(local('2026-03-16 10:00'));

    // 3rd time: the limit (2 reopens) is reached → closes.
    t = step(t, COMMANDS.reply, leadHandler, local('2026-03-10 10:00')).ticket;
    r = step(t, { kind: 'callback', reached: true, resolved: false, satisfaction: 'unsatisfied' }, callbackAgent, local('2026-03-11 10:00'));
    p = (r.events[0] as TicketEvent<'called_back'>).payload;
    expect(p.outcome).toBe('closed_reopen_limit');
    expect(p.dueBy).toBeNull();
    t = r.ticket;
    expect(t.status).toBe('closed');
    expect(t.reopenCount).toBe(2);
    expect(t.closedAt).toEqual(local('2026-03-11 10:00'));
    expect(t.resolved).toBe(false);
    expect(t.satisfaction).toBe('unsatisfied');

    // and a manual reopen is refused too
    expectError(decide(t, COMMANDS.reopen, ctx(supervisor, local('2026-03-12 10:00'))), 409, 'reopen_limit');
  });

  it('a reached callback without resolved or satisfaction is a 400', () => {
    const t = ticketIn('replied');
    expectError(decide(t, { kind: 'callback', reached: true }, ctx(callbackAgent, T.callback)), 400, 'callback_incomplete');
    expectError(decide(t, { kind: 'callback', reached: true, resolved: true }, ctx(callbackAgent, T.callback)), 400, 'callback_incomplete');
    expectError(decide(t, { kind: 'callback', reached: true, satisfaction: 'satisfied' }, ctx(callbackAgent, T.callback)), 400, 'callback_incomplete');
    expectError(
      decide(t, { kind: 'callback', reached: true, resolved: null, satisfaction: null }, ctx(callbackAgent, T.callback)),
      400,
      'callback_incomplete',
    );
  });
});

describe('return (退单)', () => {
  function requested(from: 'dispatched' | 'handling'): Ticket {
    const r = step(ticketIn(from), { kind: 'return', reason: '  不属于本单位职责  ' }, leadHandler, T.now);
    const e = r.events[0] as TicketEvent<'return_requested'>;
    expect(e.type).toBe('return_requested');
    expect(e.payload).toEqual({ reason: '不属于本单位职责', unitId: 10 });
    expect(r.ticket.status).toBe(from);
    expect(r.ticket.pendingReturn).toMatchObject({ reason: '不属于本单位职责', unitId: 10, requestedBy: leadHandler.id });
    return r.ticket;
  }

  it.each(['dispatched', 'handling'] as const)('approved from %s: back to registered, unit and deadlines cleared', (from) => {
    const t = requested(from);
    const r = step(t, { kind: 'review-return', approve: true, note: '改派' }, dispatcher, local('2026-03-06 11:00'));
    expect(r.events[0]).toMatchObject({ type: 'return_approved', payload: { note: '改派', unitId: 10 } });
    expect(r.ticket.status).toBe('registered');
    expect(r.ticket.unitId).toBeNull();
    expect(r.ticket.assistUnitIds).toEqual([]);
    expect(r.ticket.acceptBy).toBeNull();
    expect(r.ticket.dueBy).toBeNull();
    expect(r.ticket.pendingReturn).toBeNull();
    // the returning unit no longer sees it; it can be dispatched again
    expect(canSee(leadHandler, r.ticket)).toBe(false);
    expect(step(r.ticket, { kind: 'dispatch', unitId: 20 }, dispatcher, local('2026-03-06 11:10')).ticket.unitId).toBe(20);
  });

  it.each(['dispatched', 'handling'] as const)('rejected from %s: the unit keeps it', (from) => {
    const t = requested(from);
    const r = step(t, { kind: 'review-return', approve: false, note: '属于本单位职责' }, dispatcher, local('2026-03-06 11:00'));
    expect(r.events[0]).toMatchObject({ type: 'return_rejected', payload: { unitId: 10 } });
    expect(r.ticket.status).toBe(from);
    expect(r.ticket.unitId).toBe(10);
    expect(r.ticket.assistUnitIds).toEqual([11]);
    // The review took one working hour (Fri 10:00 → 11:00): the clock pauses for it. The
    // handling deadline was Mon 03-09 09:00 (5 working days from Mon 03-02 09:00), so it moves
    // to 10:00; a not yet accepted ticket's accept deadline (Mon 03-02 10:00) to 11:00.
    expect(t.dueBy).toEqual(local('2026-03-09 09:00'));
    expect(r.ticket.dueBy).toEqual(local('2026-03-09 10:00'));
    expect((r.events[0] as TicketEvent<'return_rejected'>).payload.pausedMinutes).toBe(60);
    if (from === 'dispatched') expect(r.ticket.acceptBy).toEqual(local('2026-03-02 11:00'));
    else expect(r.ticket.acceptBy).toEqual(t.acceptBy);
    expect(r.ticket.pendingReturn).toBeNull();
  });

  it('a pending return blocks accept, reply, extension and a second return', () => {
    const d = requested('dispatched');
    expectError(decide(d, COMMANDS.accept, ctx(leadHandler, T.now)), 409, 'return_pending');
    expectError(decide(d, COMMANDS.return, ctx(leadHandler, T.now)), 409, 'return_pending');
    const h = requested('handling');
    expectError(decide(h, COMMANDS.reply, ctx(leadHandler, T.now)), 409, 'return_pending');
    expectError(decide(h, COMMANDS.extend, ctx(leadHandler, T.now)), 409, 'return_pending');
  });

  it('needs a reason, and a review needs a pending return', () => {
    expectError(decide(ticketIn('handling'), { kind: 'return', reason: '   ' }, ctx(leadHandler, T.now)), 400, 'reason_required');
    expectError(decide(ticketIn('handling'), { kind: 'review-return', approve: true }, ctx(dispatcher, T.now)), 409, 'no_pending_return');
  });
});

describe('extension (延期)', () => {
  it('approved: dueBy moves N working days from the old dueBy, and the event carries both', () => {
    let t = ticketIn('handling'); // dueBy Mon 2026-03-09 09:00
    let r = step(t, { kind: 'extend', days: 3, reason: '需现场核查' }, leadHandler, T.now);
    expect(r.events[0]).toMatchObject({ type: 'extension_requested', payload: { days: 3, reason: '需现场核查' } });
    t = r.ticket;
    expect(t.pendingExtension).toMatchObject({ days: 3 });
    expect(t.dueBy).toEqual(local('2026-03-09 09:00')); // not moved until approved

    // Mon 03-09 09:00 + 3 working days = Thu 03-12 09:00 (01:00Z).
    r = step(t, { kind: 'review-extension', approve: true }, supervisor, local('2026-03-06 11:00'));
    const e = r.events[0] as TicketEvent<'extension_approved'>;
    expect(e.type).toBe('extension_approved');
    expect(e.payload.days).toBe(3);
    expect(e.payload.oldDueBy).toBe('2026-03-09T01:00:00.000Z');
    expect(e.payload.newDueBy).toBe('2026-03-12T01:00:00.000Z');
    expect(r.ticket.dueBy).toEqual(new Date('2026-03-12T01:00:00Z'));
    expect(r.ticket.extendedDays).toBe(3);
    expect(r.ticket.pendingExtension).toBeNull();
  });

  it('an approved extension over National Day 2026 skips the holiday', () => {
    // old dueBy Wed 2026-09-30 10:00; 10-01…10-07 are off; + 2 working days → Thu 10-08, Fri 10-09 10:00 (02:00Z).
    const t: Ticket = {
      ...ticketIn('handling'),
      dueBy: local('2026-09-30 10:00'),
      pendingExtension: { days: 2, reason: '节前无法完成', requestedBy: leadHandler.id, at: '2026-09-29T02:00:00.000Z' },
    };
    const e = expectOk(decide(t, { kind: 'review-extension', approve: true }, ctx(dispatcher, local('2026-09-29 11:00'))))[0] as TicketEvent<'extension_approved'>;
    expect(e.payload.oldDueBy).toBe('2026-09-30T02:00:00.000Z');
    expect(e.payload.newDueBy).toBe('2026-10-09T02:00:00.000Z');
  });

  it('denied: the deadline stays', () => {
    let t = ticketIn('handling');
    t = step(t, { kind: 'extend', days: 3, reason: '需现场核查' }, leadHandler, T.now).ticket;
    const r = step(t, { kind: 'review-extension', approve: false, note: '理由不充分' }, dispatcher, local('2026-03-06 11:00'));
    expect(r.events[0]).toMatchObject({ type: 'extension_denied', payload: { days: 3, note: '理由不充分' } });
    expect(r.ticket.dueBy).toEqual(local('2026-03-09 09:00'));
    expect(r.ticket.extendedDays).toBe(0);
    expect(r.ticket.pendingExtension).toBeNull();
  });

  it('a pending extension blocks another', () => {
    let t = ticketIn('handling');
    t = step(t, { kind: 'extend', days: 1, reason: '需现场核查' }, leadHandler, T.now).ticket;
    expectError(decide(t, { kind: 'extend', days: 1, reason: '再延一天' }, ctx(leadHandler, T.now)), 409, 'extension_pending');
  });

  it('the total may not exceed policy.maxExtensionDays', () => {
    expect(DEFAULT_POLICY.maxExtensionDays).toBe(15);
    const t = ticketIn('handling');
    expectError(decide(t, { kind: 'extend', days: 16, reason: '需现场核查' }, ctx(leadHandler, T.now)), 400, 'extension_too_long');
    expectOk(decide(t, { kind: 'extend', days: 15, reason: '需现场核查' }, ctx(leadHandler, T.now)));
    // after 10 approved days, 6 more is too many and 5 is the most
    const ten = { ...t, extendedDays: 10 };
    expectError(decide(ten, { kind: 'extend', days: 6, reason: '需现场核查' }, ctx(leadHandler, T.now)), 400, 'extension_too_long');
    expectOk(decide(ten, { kind: 'extend', days: 5, reason: '需现场核查' }, ctx(leadHandler, T.now)));
    // a stricter policy
    expectError(
      decide(t, { kind: 'extend', days: 4, reason: '需现场核查' }, ctx(leadHandler, T.now, { policy: { ...DEFAULT_POLICY, maxExtensionDays: 3 } })),
      400,
      'extension_too_long',
    );
  });

  it('needs a reason, and a review needs a pending extension', () => {
    expectError(decide(ticketIn('handling'), { kind: 'extend', days: 1, reason: ' ' }, ctx(leadHandler, T.now)), 400, 'reason_required');
    expectError(decide(ticketIn('handling'), { kind: 'review-extension', approve: true }, ctx(supervisor, T.now)), 409, 'no_pending_extension');
  });
});

describe('reopen (重办)', () => {
  // ticketIn('closed') closed Thu 2026-03-05 10:00 local; policy.reopenWindowDays = 30.
  it('within the window goes back to handling with a new deadline', () => {
    const t = ticketIn('closed');
    expect(t.closedAt).toEqual(local('2026-03-05 10:00'));
    // 29 days later: Fri 2026-04-03 10:00. Complaint = 5 working days; Sat 04-04 … Mon 04-06 are
    // Qingming, so Tue 07, Wed 08, Thu 09, Fri 10, Mon 13 → Mon 2026-04-13 10:00.
    const r = step(t, COMMANDS.reopen, supervisor, local('2026-04-03 10:00'));
    expect(r.events[0]).toMatchObject({ type: 'reopened', payload: { toStatus: 'handling', dueBy: local('2026-04-13 10:00').toISOString() } });
    expect(r.ticket.status).toBe('handling');
    expect(r.ticket.dueBy).toEqual(local('2026-04-13 10:00'));
    expect(r.ticket.reopenCount).toBe(1);
    expect(r.ticket.closedAt).toBeNull();
    expect(r.ticket.resolved).toBeNull();
    expect(r.ticket.satisfaction).toBeNull();
    expect(r.ticket.unitId).toBe(10);
  });

  it('past policy.reopenWindowDays is a 409', () => {
    const t = ticketIn('closed');
    expectError(decide(t, COMMANDS.reopen, ctx(supervisor, new Date(t.closedAt!.getTime() + 31 * DAY))), 409, 'reopen_window_passed');
    expectError(
      decide(t, COMMANDS.reopen, ctx(supervisor, new Date(t.closedAt!.getTime() + 8 * DAY), { policy: { ...DEFAULT_POLICY, reopenWindowDays: 7 } })),
      409,
      'reopen_window_passed',
    );
    expectOk(decide(t, COMMANDS.reopen, ctx(supervisor, new Date(t.closedAt!.getTime() + 30 * DAY))));
  });

  it('a directly answered ticket (no unit) reopens to registered', () => {
    let t = register({ type: 'consult' });
    const r = step(t, { kind: 'answer', content: '  可通过政务服务网办理。 ', articleId: 42 }, agent, T.dispatch);
    expect(r.events[0]).toMatchObject({ type: 'answered', payload: { content: '可通过政务服务网办理。', articleId: 42 } });
    t = r.ticket;
    expect(t.status).toBe('closed');
    expect(t.unitId).toBeNull();
    const re = step(t, COMMANDS.reopen, callbackAgent, T.now);
    expect(re.events[0]).toMatchObject({ type: 'reopened', payload: { toStatus: 'registered', dueBy: null } });
    expect(re.ticket.status).toBe('registered');
    expect(re.ticket.reopenCount).toBe(1);
    expect(re.ticket.closedAt).toBeNull();
  });

  it('a reopen needs a reason', () => {
    expectError(decide(ticketIn('closed'), { kind: 'reopen', reason: '  ' }, ctx(supervisor, T.now)), 400, 'reason_required');
  });

  it('answering needs content', () => {
    expectError(decide(ticketIn('registered'), { kind: 'answer', content: ' \n ' }, ctx(agent, T.now)), 400, 'content_required');
    expectError(decide(ticketIn('handling'), { kind: 'reply', content: '' }, ctx(leadHandler, T.now)), 400, 'content_required');
  });
});

describe('merge (并单)', () => {
  const source = () => ticketIn('dispatched', 1);

  it('into itself is a 400', () => {
    const t = source();
    expectError(decide(t, { kind: 'merge', intoId: t.id }, ctx(dispatcher, T.now, { target: t })), 400, 'merge_into_self');
  });

  it('into a closed target is a 409', () => {
    const target = ticketIn('closed', 2);
    expectError(decide(source(), { kind: 'merge', intoId: 2 }, ctx(dispatcher, T.now, { target })), 409, 'target_not_open');
  });

  it('into a missing target is a 404', () => {
    expectError(decide(source(), { kind: 'merge', intoId: 2 }, ctx(dispatcher, T.now, { target: null })), 404, 'target_not_found');
    expectError(decide(source(), { kind: 'merge', intoId: 2 }, ctx(dispatcher, T.now, { target: undefined })), 404, 'target_not_found');
  });

  it('produces merged for the source and merge_received for the target', () => {
    const src = source();
    const target = ticketIn('handling', 2);
    const d = decide(src, { kind: 'merge', intoId: 2 }, ctx(dispatcher, T.now, { target }));
    expect(d.ok).toBe(true);
    if (!d.ok) return;
    expect(d.events).toHaveLength(1);
    expect(d.events[0]).toMatchObject({ type: 'merged', actorId: dispatcher.id, payload: { intoId: 2, intoNumber: target.number } });
    expect(d.targetEvents).toHaveLength(1);
    expect(d.targetEvents![0]).toMatchObject({ type: 'merge_received', actorId: dispatcher.id, payload: { fromId: 1, fromNumber: src.number } });

    const merged = apply(src, d.events);
    expect(merged.status).toBe('merged');
    expect(merged.mergedInto).toBe(2);
    expect(merged.closedAt).toEqual(T.now);
    const receiver = apply(target, d.targetEvents!);
    expect(receiver.status).toBe('handling');
    expect(receiver.version).toBe(target.version + 1);
  });
});

describe('transfer (转警)', () => {
  it.each(OPEN_STATUSES)('from %s to 119 ends as transferred', (status) => {
    const r = step(ticketIn(status), { kind: 'transfer', to: '119', note: ' 火情 ' }, agent, T.now);
    expect(r.events[0]).toMatchObject({ type: 'transferred', payload: { to: '119', note: '火情' } });
    expect(r.ticket.status).toBe('transferred');
    expect(r.ticket.transferredTo).toBe('119');
    expect(r.ticket.closedAt).toEqual(T.now);
  });
});

describe('decideRegister', () => {
  const base: RegisterInput = { number: 'GD1', channel: 'web', type: 'help', content: '  路灯坏了，晚上很黑。请尽快修理！  ' };

  it('trims, derives a title from the first sentence and defaults the priority to normal', () => {
    const [e] = expectOk(decideRegister({ ...base, callerName: ' 张三 ', callerPhone: ' 13812345678 ', address: '  ' }, agent, T.register)) as [
      TicketEvent<'registered'>,
    ];
    expect(e.type).toBe('registered');
    expect(e.at).toEqual(T.register);
    expect(e.actorId).toBe(agent.id);
    expect(e.payload.content).toBe('路灯坏了，晚上很黑。请尽快修理！');
    expect(e.payload.title).toBe('路灯坏了，晚上很黑'); // up to the first 。
    expect(e.payload.priority).toBe('normal');
    expect(e.payload.callerName).toBe('张三');
    expect(e.payload.callerPhone).toBe('13812345678');
    expect(e.payload.address).toBeNull();
    expect(e.payload.line).toBeNull();
    expect(e.payload.categoryId).toBeNull();
    const t = apply(emptyTicket(5), [e]);
    expect(t.status).toBe('registered');
    expect(t.title).toBe('路灯坏了，晚上很黑');
  });

  it('keeps a given title (trimmed) and priority; a blank title is derived', () => {
    const [e] = expectOk(decideRegister({ ...base, title: ' 路灯故障 ', priority: 'urgent' }, agent, T.register)) as [TicketEvent<'registered'>];
    expect(e.payload.title).toBe('路灯故障');
    expect(e.payload.priority).toBe('urgent');
    const [b] = expectOk(decideRegister({ ...base, title: '   ' }, agent, T.register)) as [TicketEvent<'registered'>];
    expect(b.payload.title).toBe('路灯坏了，晚上很黑');
  });

  it('a long first sentence is cut to 30 characters with an ellipsis', () => {
    const long = '一二三四五六七八九十'.repeat(4); // 40 characters, no sentence end
    expect(deriveTitle(long)).toBe(`${'一二三四五六七八九十'.repeat(3)}…`);
    expect(deriveTitle('短句？后面')).toBe('短句');
  });

  it('a derived title counts characters, not UTF-16 units, and never splits one', () => {
    // "at most 30 characters": 29 × 路 then two emoji (each one character, two UTF-16 units).
    // 31 characters → the first 30 and an ellipsis; 30 characters → unchanged.
    expect(deriveTitle(`${'路'.repeat(29)}😀😀。其他`)).toBe(`${'路'.repeat(29)}😀…`);
    expect(deriveTitle(`${'路'.repeat(28)}😀😀。其他`)).toBe(`${'路'.repeat(28)}😀😀`);
  });

  it('refuses a unit handler (403) and blank content (400)', () => {
    expectError(decideRegister(base, leadHandler, T.register), 403, 'forbidden');
    expectError(decideRegister({ ...base, content: ' \n\t ' }, agent, T.register), 400, 'content_required');
  });

  it('agents, dispatchers, admins and the system (open311, web) may register; others may not', () => {
    for (const a of [agent, dispatcher, admin, system]) expectOk(decideRegister(base, a, T.register));
    for (const a of [callbackAgent, supervisor, staff('analyst')]) expectError(decideRegister(base, a, T.register), 403, 'forbidden');
  });
});

describe('centres (分中心, 省市共用): who sees a ticket of a centre, where it is dispatched, who moves it', () => {
  // Unit 10 is a sub-centre (its tree: 10 and 101); unit 20 another; 1 the root centre.
  const centreUnits = (c: number | null) => (c === 10 ? new Set([10, 101]) : c === 20 ? new Set([20]) : null);
  const isCentre = (id: number) => id === 1 || id === 10 || id === 20;
  const extra = { centreUnits, isCentre };
  const subDispatcher: Actor = { id: 30, role: 'dispatcher', unitId: 10, scope: new Set([10, 101]), centreId: 10, centres: new Set([10, 101]) };
  const otherAgent: Actor = { id: 31, role: 'agent', unitId: 20, scope: new Set([20]), centreId: 20, centres: new Set([20]) };
  const otherAdmin: Actor = { ...otherAgent, id: 32, role: 'admin' };
  const ofSub = () => register({ centreId: 10 });

  it('registration records the centre; the root, the centre itself and admins see it, another centre does not', () => {
    const t = ofSub();
    expect(t.centreId).toBe(10);
    expect(canSee(dispatcher, t)).toBe(true);
    expect(canSee(subDispatcher, t)).toBe(true);
    expect(canSee(otherAgent, t)).toBe(false);
    expect(canSee(otherAdmin, t)).toBe(true);
    // a ticket of no centre is the root's
    expect(canSee(subDispatcher, register())).toBe(false);
    expectError(decide(t, { kind: 'answer', content: '已答复' }, ctx(otherAgent, T.dispatch, extra)), 404, 'ticket_not_found');
  });

  it("dispatch, re-route and approve-and-re-route stay within the ticket's centre's tree", () => {
    const t = ofSub();
    expectError(decide(t, { kind: 'dispatch', unitId: 20 }, ctx(subDispatcher, T.dispatch, extra)), 400, 'unit_outside_centre');
    expectError(decide(t, { kind: 'dispatch', unitId: 101, assistUnitIds: [11] }, ctx(subDispatcher, T.dispatch, extra)), 400, 'unit_outside_centre');
    // the supervising root may dispatch it too, within the same tree
    expectError(decide(t, { kind: 'dispatch', unitId: 20 }, ctx(dispatcher, T.dispatch, extra)), 400, 'unit_outside_centre');
    const sent = step(t, { kind: 'dispatch', unitId: 101 }, subDispatcher, T.dispatch, extra).ticket;
    expectError(decide(sent, { kind: 'reroute', unitId: 20, reason: '改派' }, ctx(subDispatcher, T.accept, extra)), 400, 'unit_outside_centre');
    const returned = { ...sent, pendingReturn: { reason: '非本单位职责', unitId: 101, requestedBy: 1, at: T.accept.toISOString() } };
    expectError(decide(returned, { kind: 'review-return', approve: true, rerouteTo: 20 }, ctx(subDispatcher, T.accept, extra)), 400, 'unit_outside_centre');
    // the root centre's tickets go anywhere
    expectOk(decide(register(), { kind: 'dispatch', unitId: 20 }, ctx(dispatcher, T.dispatch, extra)));
  });

  it('move: a centre above both takes it back, undoing a dispatch; the sub-centre cannot, nor to a unit that is no centre', () => {
    const sent = step(ofSub(), { kind: 'dispatch', unitId: 101 }, subDispatcher, T.dispatch, extra).ticket;
    const move = { kind: 'move' as const, centreId: 1, reason: '由市中心统一派单' };
    expectError(decide(sent, move, ctx(subDispatcher, T.accept, extra)), 403, 'centre_outside_scope');
    expectError(decide(sent, move, ctx(agent, T.accept, extra)), 403, 'forbidden');
    expectError(decide(sent, { ...move, centreId: 11 }, ctx(dispatcher, T.accept, extra)), 400, 'unknown_centre');
    expectError(decide(sent, { ...move, centreId: 10 }, ctx(dispatcher, T.accept, extra)), 400, 'same_centre');
    expectError(decide(sent, { ...move, reason: '  ' }, ctx(dispatcher, T.accept, extra)), 400, 'reason_required');
    const { ticket, events } = step(sent, move, supervisor, T.accept, extra);
    expect(events[0]).toMatchObject({ type: 'moved', payload: { fromCentreId: 10, centreId: 1, unitId: 101 } });
    expect(ticket).toMatchObject({ status: 'registered', centreId: 1, unitId: null, chain: [], dispatchedAt: null, acceptBy: null });
    expect(canSee(subDispatcher, ticket)).toBe(false);
    // moved between two sub-centres while still registered: only the centre changes
    const across = step(ofSub(), { ...move, centreId: 20 }, dispatcher, T.accept, extra);
    expect(across.ticket).toMatchObject({ status: 'registered', centreId: 20 });
  });
});
