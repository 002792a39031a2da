// Time-limit rules: DESIGN.md "Time limits" gives the defaults; admins add rules per type,
// category and priority, and the most specific rule wins field by field.

import { describe, expect, it } from 'vitest';
import type { Duration } from '../../src/domain/calendar.js';
import { DEFAULT_TIME_LIMIT_RULES, resolveTimeLimits, type TimeLimitRule } from '../../src/domain/time-limits.js';
import { PRIORITIES, TICKET_TYPES, type Priority, type TicketType } from '../../src/domain/ticket-types.js';

const wh = (amount: number): Duration => ({ amount, unit: 'working_hours' });
const wd = (amount: number): Duration => ({ amount, unit: 'working_days' });
const ch = (amount: number): Duration => ({ amount, unit: 'clock_hours' });

const key = (type: TicketType, priority: Priority = 'normal', categoryPath: number[] = []) => ({ type, priority, categoryPath });

describe('defaults (DESIGN.md)', () => {
  // consult 1 working day; help 3; complaint/report 5; suggestion 10.
  it.each([
    ['consult', 1],
    ['help', 3],
    ['complaint', 5],
    ['report', 5],
    ['suggestion', 10],
  ] as const)('%s is handled within %i working day(s) and accepted within 1 working hour', (type, days) => {
    expect(resolveTimeLimits(DEFAULT_TIME_LIMIT_RULES, key(type))).toEqual({ accept: wh(1), handle: wd(days) });
  });

  it('urgent tickets are accepted within half a working hour and keep their type’s handling limit', () => {
    expect(resolveTimeLimits(DEFAULT_TIME_LIMIT_RULES, key('help', 'urgent'))).toEqual({ accept: wh(0.5), handle: wd(3) });
    expect(resolveTimeLimits(DEFAULT_TIME_LIMIT_RULES, key('suggestion', 'urgent'))).toEqual({ accept: wh(0.5), handle: wd(10) });
  });

  it('emergencies are accepted within 0.5 and handled within 2 clock hours, whatever the type', () => {
    for (const type of TICKET_TYPES) {
      expect(resolveTimeLimits(DEFAULT_TIME_LIMIT_RULES, key(type, 'emergency')), type).toEqual({ accept: ch(0.5), handle: ch(2) });
    }
  });

  it('every type and priority resolves to both limits', () => {
    for (const type of TICKET_TYPES) {
      for (const priority of PRIORITIES) {
        const r = resolveTimeLimits(DEFAULT_TIME_LIMIT_RULES, key(type, priority, [7, 3]));
        expect(r.accept.amount).toBeGreaterThan(0);
        expect(r.handle.amount).toBeGreaterThan(0);
      }
    }
  });
});

describe('most specific rule wins, field by field', () => {
  it('a priority rule that sets only acceptLimit leaves the handling limit from the type rule', () => {
    const rules: TimeLimitRule[] = [
      { acceptLimit: wh(2), handleLimit: wd(7) },
      { type: 'complaint', handleLimit: wd(4) },
      { priority: 'urgent', acceptLimit: wh(0.25) },
    ];
    expect(resolveTimeLimits(rules, key('complaint', 'urgent'))).toEqual({ accept: wh(0.25), handle: wd(4) });
    // a normal complaint gets the generic accept limit and the type's handling limit
    expect(resolveTimeLimits(rules, key('complaint', 'normal'))).toEqual({ accept: wh(2), handle: wd(4) });
    // a type without its own rule falls to the generic rule
    expect(resolveTimeLimits(rules, key('help', 'normal'))).toEqual({ accept: wh(2), handle: wd(7) });
  });

  it('a category rule outranks a type rule; a priority rule outranks a category rule', () => {
    const rules: TimeLimitRule[] = [
      { acceptLimit: wh(1), handleLimit: wd(5) },
      { type: 'complaint', handleLimit: wd(4) },
      { categoryId: 30, handleLimit: wd(8), acceptLimit: wh(3) },
      { priority: 'urgent', handleLimit: wd(2) },
    ];
    expect(resolveTimeLimits(rules, key('complaint', 'normal', [30]))).toEqual({ accept: wh(3), handle: wd(8) });
    expect(resolveTimeLimits(rules, key('complaint', 'urgent', [30]))).toEqual({ accept: wh(3), handle: wd(2) });
  });

  it('rule order in the list does not matter', () => {
    const rules: TimeLimitRule[] = [
      { priority: 'urgent', acceptLimit: wh(0.25) },
      { type: 'complaint', handleLimit: wd(4) },
      { acceptLimit: wh(2), handleLimit: wd(7) },
    ];
    expect(resolveTimeLimits(rules, key('complaint', 'urgent'))).toEqual({ accept: wh(0.25), handle: wd(4) });
    expect(resolveTimeLimits([...rules].reverse(), key('complaint', 'urgent'))).toEqual({ accept: wh(0.25), handle: wd(4) });
  });

  it('a rule for another type, priority or category does not apply', () => {
    const rules: TimeLimitRule[] = [
      { acceptLimit: wh(1), handleLimit: wd(5) },
      { type: 'help', handleLimit: wd(1) },
      { priority: 'urgent', acceptLimit: wh(0.1) },
      { categoryId: 99, handleLimit: wd(20) },
    ];
    expect(resolveTimeLimits(rules, key('complaint', 'normal', [30, 3]))).toEqual({ accept: wh(1), handle: wd(5) });
  });
});

describe('category rules follow the category tree', () => {
  // Tree: 3 城市管理 → 30 市容环境 → 301 占道经营. categoryPath is nearest first.
  const rules: TimeLimitRule[] = [
    { acceptLimit: wh(1), handleLimit: wd(5) },
    { categoryId: 3, handleLimit: wd(6) },
    { categoryId: 30, handleLimit: wd(2) },
  ];

  it('a rule on an ancestor applies to its descendants', () => {
    expect(resolveTimeLimits(rules, key('complaint', 'normal', [3])).handle).toEqual(wd(6));
    // 31 is another child of 3 without its own rule
    expect(resolveTimeLimits(rules, key('complaint', 'normal', [31, 3])).handle).toEqual(wd(6));
  });

  it('the nearer category wins', () => {
    expect(resolveTimeLimits(rules, key('complaint', 'normal', [30, 3])).handle).toEqual(wd(2));
    expect(resolveTimeLimits(rules, key('complaint', 'normal', [301, 30, 3])).handle).toEqual(wd(2));
    // the same rules listed the other way round
    expect(resolveTimeLimits([...rules].reverse(), key('complaint', 'normal', [301, 30, 3])).handle).toEqual(wd(2));
  });

  it('an uncategorised ticket gets no category rule', () => {
    expect(resolveTimeLimits(rules, key('complaint', 'normal', [])).handle).toEqual(wd(5));
  });

  it('a category + type rule beats a category-only rule at the same depth', () => {
    const r = [...rules, { categoryId: 30, type: 'consult' as const, handleLimit: wd(1) }];
    expect(resolveTimeLimits(r, key('consult', 'normal', [30, 3])).handle).toEqual(wd(1));
    expect(resolveTimeLimits(r, key('complaint', 'normal', [30, 3])).handle).toEqual(wd(2));
  });
});

describe('a partial admin rule set falls back to the defaults', () => {
  it('an empty rule set gives the defaults', () => {
    expect(resolveTimeLimits([], key('suggestion'))).toEqual({ accept: wh(1), handle: wd(10) });
    expect(resolveTimeLimits([], key('consult', 'emergency'))).toEqual({ accept: ch(0.5), handle: ch(2) });
  });

  it('only the missing field comes from the defaults', () => {
    // the admin set only a handling limit for help: accept comes from the defaults (urgent: 0.5 h)
    const rules: TimeLimitRule[] = [{ type: 'help', handleLimit: wd(2) }];
    expect(resolveTimeLimits(rules, key('help', 'normal'))).toEqual({ accept: wh(1), handle: wd(2) });
    expect(resolveTimeLimits(rules, key('help', 'urgent'))).toEqual({ accept: wh(0.5), handle: wd(2) });
    // consult has no admin rule at all: both from the defaults
    expect(resolveTimeLimits(rules, key('consult', 'normal'))).toEqual({ accept: wh(1), handle: wd(1) });
  });

  it('an admin accept-only rule keeps the default handling limit', () => {
    const rules: TimeLimitRule[] = [{ acceptLimit: wh(4) }];
    expect(resolveTimeLimits(rules, key('report'))).toEqual({ accept: wh(4), handle: wd(5) });
  });
});
