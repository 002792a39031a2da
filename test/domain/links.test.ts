// 一件多诉 拆分 / 关联工单, the domain's rules: who may split and link, in which states, and what
// the new ticket inherits. Expectations are written out by hand per state and role (not read
// from the module's own tables).

import { describe, expect, it } from 'vitest';
import { decideLink, decideSplit, decideUnlink, linkedIdOf, splitEvents, withholdLinked, type LinkContext } from '../../src/domain/links.js';
import { decideRegister, emptyTicket, evolve, type Actor, type Ticket } from '../../src/domain/ticket.js';
import { ROLES, TICKET_STATUSES, type Role, type TicketStatus } from '../../src/domain/ticket-types.js';

const local = (s: string): Date => new Date(`${s.replace(' ', 'T')}:00+08:00`);
const CALL = local('2026-03-02 09:00');
const NOW = local('2026-03-02 10:00');

const actorOf = (role: Role): Actor =>
  role === 'unit_handler' ? { id: 200, role, unitId: 10, scope: new Set([10, 101]) } : { id: 1, role, unitId: null, scope: new Set() };

function registered(id = 1, content = '建设路12号门口路面有个大坑。另外老板拖欠我三个月工资。'): Ticket {
  const d = decideRegister(
    { number: `2026030200000${id}`, channel: 'phone', type: 'complaint', content, callerName: '李四', callerPhone: '13912345678', address: '建设路12号', line: '12345', centreId: 1, districtId: 4 },
    actorOf('agent'),
    CALL,
  );
  if (!d.ok) throw new Error(d.error.detail);
  return evolve(emptyTicket(id), d.events[0]);
}

/** The ticket in a state: outside `registered` it is (or was) with unit 10, the lead unit of the handler above. */
const inState = (status: TicketStatus, id = 1): Ticket => (status === 'registered' ? registered(id) : { ...registered(id), status, unitId: 10 });

const ROLE_ORDER: Role[] = ['agent', 'dispatcher', 'unit_handler', 'callback_agent', 'supervisor', 'analyst', 'admin', 'quality_inspector'];

// Split: only the agent, the dispatcher and the admin; only while registered (the centre holds it,
// nobody started on it). A unit does not see a registered ticket at all (404).
const SPLIT: Record<TicketStatus, string> = {
  //            agent dispatcher unit callback supervisor analyst admin qa
  registered: 'ok    ok         404  403      403        403     ok    403',
  dispatched: '409   409        403  403      403        403     409   403',
  handling: '409   409        403  403      403        403     409   403',
  replied: '409   409        403  403      403        403     409   403',
  closed: '409   409        403  403      403        403     409   403',
  merged: '409   409        403  403      403        403     409   403',
  transferred: '409   409        403  403      403        403     409   403',
  refused: '409   409        403  403      403        403     409   403',
};

// Link: the centre's staff who work tickets, in any state; never a unit, an analyst or an inspector.
const LINK: Record<TicketStatus, string> = {
  //            agent dispatcher unit callback supervisor analyst admin qa
  registered: 'ok    ok         404  ok       ok         403     ok    403',
  dispatched: 'ok    ok         403  ok       ok         403     ok    403',
  handling: 'ok    ok         403  ok       ok         403     ok    403',
  replied: 'ok    ok         403  ok       ok         403     ok    403',
  closed: 'ok    ok         403  ok       ok         403     ok    403',
  merged: 'ok    ok         403  ok       ok         403     ok    403',
  transferred: 'ok    ok         403  ok       ok         403     ok    403',
  refused: 'ok    ok         403  ok       ok         403     ok    403',
};

const outcome = (d: { ok: true } | { ok: false; error: { status: number } }) => (d.ok ? 'ok' : String(d.error.status));
const row = (s: string) => s.trim().split(/\s+/);

describe('split: who, and when', () => {
  it('covers every state and role', () => {
    expect(Object.keys(SPLIT).sort()).toEqual([...TICKET_STATUSES].sort());
    expect([...ROLE_ORDER].sort()).toEqual([...ROLES].sort());
  });
  for (const status of TICKET_STATUSES) {
    it(`${status}: ${SPLIT[status].replace(/\s+/g, ' ')}`, () => {
      const got = ROLE_ORDER.map((role) => outcome(decideSplit(inState(status), { content: '老板拖欠三个月工资。' }, { actor: actorOf(role), categoryPathOf: () => [] })));
      expect(got).toEqual(row(SPLIT[status]));
    });
  }
  it('the system does not split', () => {
    const d = decideSplit(registered(), { content: '老板拖欠三个月工资。' }, { actor: { id: null, role: 'system', unitId: null, scope: new Set() }, categoryPathOf: () => [] });
    expect(outcome(d)).toBe('403');
  });
});

describe('split: the new request', () => {
  const ctx = { actor: actorOf('agent'), categoryPathOf: (id: number) => (id === 7 ? [7, 3] : []) };

  it('keeps the caller, channel, line, centre; takes its own words, type and category; the address unless given', () => {
    const d = decideSplit(registered(), { content: '  老板拖欠三个月工资，共一万二千元。 ', type: 'help', categoryId: 7 }, ctx);
    if (!d.ok) throw new Error(d.error.detail);
    expect(d.register).toEqual({
      channel: 'phone', line: '12345', type: 'help', priority: 'normal', title: '老板拖欠三个月工资，共一万二千元', content: '老板拖欠三个月工资，共一万二千元。',
      callerName: '李四', callerPhone: '13912345678', address: '建设路12号', categoryId: 7, districtId: null, confidential: false, publicConsent: false, centreId: 1,
    });
    const noAddress = decideSplit(registered(), { content: '老板拖欠工资。', address: null }, ctx);
    expect(noAddress.ok && noAddress.register.address).toBe(null);
    const other = decideSplit(registered(), { content: '老板拖欠工资。', address: ' 人民路8号 ', title: '欠薪' }, ctx);
    expect(other.ok && [other.register.address, other.register.title, other.register.type]).toEqual(['人民路8号', '欠薪', 'complaint']);
  });

  it('refuses empty words, the same words again, an unknown category', () => {
    const t = registered();
    const codes = [
      decideSplit(t, { content: '   ' }, ctx),
      decideSplit(t, { content: ` ${t.content} ` }, ctx),
      decideSplit(t, { content: '老板拖欠工资。', categoryId: 99 }, ctx),
    ].map((d) => (d.ok ? 'ok' : d.error.code));
    expect(codes).toEqual(['content_required', 'same_content', 'unknown_category']);
  });

  it('records 拆分出 on the source and 拆分自 on the new ticket, by the actor, now', () => {
    const source = registered(1);
    const created = registered(2, '老板拖欠工资。');
    const { events, targetEvents } = splitEvents(source, created, actorOf('agent'), NOW);
    expect(events).toEqual([{ type: 'split_out', at: NOW, actorId: 1, payload: { toId: 2, toNumber: '20260302000002' } }]);
    expect(targetEvents).toEqual([{ type: 'split_from', at: NOW, actorId: 1, payload: { fromId: 1, fromNumber: '20260302000001' } }]);
    // Neither changes the ticket's state: one more event each.
    const after = evolve(source, events[0]);
    expect([after.status, after.version, after.content]).toEqual(['registered', source.version + 1, source.content]);
  });
});

describe('link: who, and when', () => {
  for (const status of TICKET_STATUSES) {
    it(`${status}: ${LINK[status].replace(/\s+/g, ' ')}`, () => {
      const other = inState('handling', 2);
      const got = ROLE_ORDER.map((role) => outcome(decideLink(inState(status), { otherId: 2, kind: 'related' }, { actor: actorOf(role), now: NOW, other, existing: null })));
      expect(got).toEqual(row(LINK[status]));
    });
  }

  const base = (extra: Partial<LinkContext> = {}): LinkContext => ({ actor: actorOf('dispatcher'), now: NOW, other: inState('closed', 2), existing: null, ...extra });

  it('both sides name each other; follow_up points from the ticket acted on', () => {
    const d = decideLink(inState('handling', 1), { otherId: 2, kind: 'follow_up' }, base());
    if (!d.ok) throw new Error(d.error.detail);
    expect(d.events).toEqual([{ type: 'linked', at: NOW, actorId: 1, payload: { otherId: 2, otherNumber: '20260302000002', kind: 'follow_up', direction: 'out' } }]);
    expect(d.targetEvents).toEqual([{ type: 'linked', at: NOW, actorId: 1, payload: { otherId: 1, otherNumber: '20260302000001', kind: 'follow_up', direction: 'in' } }]);
  });

  it('refuses itself, a ticket that is not there or not visible, a pair linked already, an unknown kind', () => {
    const t = inState('handling', 1);
    const hidden: Ticket = { ...inState('handling', 2), unitId: 20 };
    const handlerOf20: Actor = { id: 9, role: 'dispatcher', unitId: null, scope: new Set(), centres: new Set([5]) };
    const codes = [
      decideLink(t, { otherId: 1, kind: 'related' }, base({ other: t })),
      decideLink(t, { otherId: 2, kind: 'related' }, base({ other: null })),
      decideLink(t, { otherId: 3, kind: 'related' }, base()), // the store found another ticket than the one named
      decideLink({ ...t, centreId: 5 }, { otherId: 2, kind: 'related' }, base({ actor: handlerOf20, other: { ...hidden, centreId: 1 } })),
      decideLink(t, { otherId: 2, kind: 'related' }, base({ existing: 'same_matter' })),
      decideLink(t, { otherId: 2, kind: 'split' as 'related' }, base()),
    ].map((d) => (d.ok ? 'ok' : `${d.error.status} ${d.error.code}`));
    expect(codes).toEqual(['400 link_to_self', '404 target_not_found', '404 target_not_found', '404 target_not_found', '409 already_linked', '400 unknown_link_kind']);
  });

  it('unlinks a link made by hand, never a split', () => {
    const t = inState('registered', 1);
    const ok = decideUnlink(t, { otherId: 2 }, base({ existing: 'related' }));
    expect(ok.ok && [ok.events[0].type, ok.events[0].payload, ok.targetEvents[0].payload]).toEqual([
      'unlinked', { otherId: 2, otherNumber: '20260302000002', kind: 'related' }, { otherId: 1, otherNumber: '20260302000001', kind: 'related' },
    ]);
    const codes = [decideUnlink(t, { otherId: 2 }, base({ existing: 'split' })), decideUnlink(t, { otherId: 2 }, base({ existing: null })), decideUnlink(t, { otherId: 2 }, base({ actor: actorOf('analyst'), existing: 'related' }))].map((d) =>
      d.ok ? 'ok' : d.error.code,
    );
    expect(codes).toEqual(['split_link', 'not_linked', 'forbidden']);
  });
});

describe('what a viewer who may not see the other ticket gets', () => {
  it('the entry without the other ticket’s id and number', () => {
    expect(linkedIdOf('split_out', { toId: 5, toNumber: 'x' })).toBe(5);
    expect(linkedIdOf('split_from', { fromId: 6, fromNumber: 'x' })).toBe(6);
    expect(linkedIdOf('linked', { otherId: 7 })).toBe(7);
    expect(linkedIdOf('merged', { intoId: 8 })).toBe(null);
    expect(withholdLinked('split_out', { toId: 5, toNumber: '2026' })).toEqual({ toId: null, toNumber: null });
    expect(withholdLinked('linked', { otherId: 7, otherNumber: '2026', kind: 'related', direction: 'in' })).toEqual({ otherId: null, otherNumber: null, kind: 'related', direction: 'in' });
  });
});
