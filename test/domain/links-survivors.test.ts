// Split/link refusals and the link-kind resolution, at their edges: what a user sees when a split
// is refused (status + code), where "too long" starts (10 000 characters, DESIGN/ticket-types:
// MAX_TEXT, counted as characters, not UTF-16 units), and which other ticket a link event names.
// Expected values are written out by hand.

import { describe, expect, it } from 'vitest';
import { decideLink, decideSplit, decideUnlink, linkedIdOf, withholdLinked, type LinkContext } from '../../src/domain/links.js';
import { decideRegister, emptyTicket, evolve, type Actor, type Ticket } from '../../src/domain/ticket.js';
import type { Role } from '../../src/domain/ticket-types.js';

const local = (s: string): Date => new Date(`${s.replace(' ', 'T')}:00+08:00`);
const CALL = local('2026-03-02 09:00');
const NOW = local('2026-03-02 10:00');

const actorOf = (role: Role): Actor =>
  role === 'unit_handler' ? { id: 200, role, unitId: 10, scope: new Set([10, 101]) } : { id: 1, role, unitId: null, scope: new Set() };
const SYSTEM: Actor = { id: null, role: 'system', unitId: null, scope: new Set() };

function registered(id = 1, content = '建设路12号门口路面有个大坑。另外老板拖欠我三个月工资。'): Ticket {
  const d = decideRegister(
    { number: `2026030200000${id}`, channel: 'phone', type: 'complaint', content, callerName: '李四', callerPhone: '13912345678', address: '建设路12号', line: '12345', centreId: 1, districtId: 4 },
    actorOf('agent'),
    CALL,
  );
  if (!d.ok) throw new Error(d.error.detail);
  return evolve(emptyTicket(id), d.events[0]);
}

const ctx = { actor: actorOf('agent'), categoryPathOf: (id: number) => (id === 7 ? [7, 3] : []) };
const refusal = (d: { ok: true } | { ok: false; error: { status: number; code: string } }) => (d.ok ? 'ok' : `${d.error.status} ${d.error.code}`);

describe('split refusals a user gets', () => {
  it('the system may not split (403 forbidden), a dispatched ticket is refused with its state named (409)', () => {
    expect(refusal(decideSplit(registered(), { content: '老板拖欠工资。' }, { ...ctx, actor: SYSTEM }))).toBe('403 forbidden');
    expect(refusal(decideSplit(registered(), { content: '老板拖欠工资。' }, { ...ctx, actor: actorOf('callback_agent') }))).toBe('403 forbidden');
    const d = decideSplit({ ...registered(), status: 'dispatched', unitId: 10 }, { content: '老板拖欠工资。' }, ctx);
    expect(refusal(d)).toBe('409 invalid_state');
    // The only signal of why: the state the agent sees on screen (已派单) and what to do.
    expect(!d.ok && d.error.detail).toContain('已派单');
    expect(!d.ok && d.error.detail).toContain('撤回');
  });

  it('content of exactly 10 000 characters is accepted, 10 001 is too long (400 content_too_long)', () => {
    const t = registered();
    const at = decideSplit(t, { content: '欠'.repeat(10_000) }, ctx);
    expect(refusal(at)).toBe('ok');
    expect(refusal(decideSplit(t, { content: '欠'.repeat(10_001) }, ctx))).toBe('400 content_too_long');
  });

  it('counts characters, not UTF-16 units: 10 000 emoji (20 000 units) are still within the limit', () => {
    expect(refusal(decideSplit(registered(), { content: '😀'.repeat(10_000) }, ctx))).toBe('ok');
    expect(refusal(decideSplit(registered(), { content: '😀'.repeat(10_001) }, ctx))).toBe('400 content_too_long');
  });

  it('the limit applies after trimming: 10 000 characters with spaces around are accepted', () => {
    expect(refusal(decideSplit(registered(), { content: `  ${'欠'.repeat(10_000)}  ` }, ctx))).toBe('ok');
  });

  it('the same matter as the source, both sides trimmed, is refused (400 same_content)', () => {
    const source: Ticket = { ...registered(), content: '  老板拖欠三个月工资。 ' };
    expect(refusal(decideSplit(source, { content: '老板拖欠三个月工资。' }, ctx))).toBe('400 same_content');
    expect(refusal(decideSplit(source, { content: '老板拖欠三个月工资' }, ctx))).toBe('ok');
  });

  it('an unknown type or priority is refused (400), a known one is taken', () => {
    const t = registered();
    expect(refusal(decideSplit(t, { content: '老板拖欠工资。', type: 'rumour' as never }, ctx))).toBe('400 unknown_type');
    expect(refusal(decideSplit(t, { content: '老板拖欠工资。', priority: 'whenever' as never }, ctx))).toBe('400 unknown_priority');
    const ok = decideSplit(t, { content: '老板拖欠工资。', type: 'report', priority: 'urgent', categoryId: 7 }, ctx);
    expect(ok.ok && [ok.register.type, ok.register.priority, ok.register.categoryId]).toEqual(['report', 'urgent', 7]);
    const nulls = decideSplit(t, { content: '老板拖欠工资。', type: null, priority: null, categoryId: null }, ctx);
    expect(nulls.ok && [nulls.register.type, nulls.register.priority, nulls.register.categoryId]).toEqual(['complaint', 'normal', null]);
  });

  it('a title given with spaces is trimmed; a blank one falls back to the derived title', () => {
    const t = registered();
    const given = decideSplit(t, { content: '老板拖欠工资。', title: '  欠薪 ' }, ctx);
    expect(given.ok && given.register.title).toBe('欠薪');
    const blank = decideSplit(t, { content: '老板拖欠工资。', title: '   ' }, ctx);
    expect(blank.ok && blank.register.title).toBe('老板拖欠工资');
  });

  it('a blank address clears it; a district given is kept', () => {
    const d = decideSplit(registered(), { content: '老板拖欠工资。', address: '  ', districtId: 6 }, ctx);
    expect(d.ok && [d.register.address, d.register.districtId]).toEqual([null, 6]);
  });
});

describe('link refusals a user gets', () => {
  const base = (extra: Partial<LinkContext> = {}): LinkContext => ({ actor: actorOf('dispatcher'), now: NOW, other: { ...registered(2), status: 'closed', unitId: 10 }, existing: null, ...extra });
  const t: Ticket = { ...registered(1), status: 'handling', unitId: 10 };

  it('the system and a unit handler may not link or unlink (403 forbidden)', () => {
    expect(refusal(decideLink(t, { otherId: 2, kind: 'related' }, base({ actor: SYSTEM })))).toBe('403 forbidden');
    expect(refusal(decideUnlink(t, { otherId: 2 }, base({ actor: SYSTEM, existing: 'related' })))).toBe('403 forbidden');
    expect(refusal(decideLink(t, { otherId: 2, kind: 'related' }, base({ actor: actorOf('unit_handler') })))).toBe('403 forbidden');
  });

  it('unlinking itself or a ticket not found is refused with its code', () => {
    expect(refusal(decideUnlink(t, { otherId: 1 }, base({ other: t, existing: 'related' })))).toBe('400 link_to_self');
    expect(refusal(decideUnlink(t, { otherId: 2 }, base({ other: null, existing: 'related' })))).toBe('404 target_not_found');
    expect(refusal(decideUnlink(t, { otherId: 2 }, base({ existing: null })))).toBe('409 not_linked');
    expect(refusal(decideUnlink(t, { otherId: 2 }, base({ existing: 'split' })))).toBe('409 split_link');
  });

  it('a pair already linked names how it is linked', () => {
    const d = decideLink(t, { otherId: 2, kind: 'related' }, base({ existing: 'follow_up' }));
    expect(!d.ok && d.error.detail).toContain('后续工单');
  });
});

describe('which other ticket a link event names', () => {
  // Every payload carries all three keys: each event type must read its own.
  const all = { toId: 1, fromId: 2, otherId: 3 };
  it('split_out → toId, split_from → fromId, linked/unlinked → otherId, anything else → none', () => {
    expect(['split_out', 'split_from', 'linked', 'unlinked', 'merged', ''].map((type) => linkedIdOf(type, all))).toEqual([1, 2, 3, 3, null, null]);
  });
  it('a missing or non-numeric id is none', () => {
    expect(linkedIdOf('split_from', { fromId: '2' })).toBe(null);
    expect(linkedIdOf('unlinked', {})).toBe(null);
  });
  it('withholds only the other ticket’s id and number, per event type', () => {
    const p = { toId: 1, toNumber: 'A', fromId: 2, fromNumber: 'B', otherId: 3, otherNumber: 'C', kind: 'related' };
    expect(withholdLinked('split_out', p)).toEqual({ ...p, toId: null, toNumber: null });
    expect(withholdLinked('split_from', p)).toEqual({ ...p, fromId: null, fromNumber: null });
    expect(withholdLinked('linked', p)).toEqual({ ...p, otherId: null, otherNumber: null });
    expect(withholdLinked('unlinked', p)).toEqual({ ...p, otherId: null, otherNumber: null });
    expect(withholdLinked('merged', p)).toEqual(p);
  });
});
