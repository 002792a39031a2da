// Who hears of a ticket's change on the live event stream (GET /api/v1/events): the same people
// who may see the ticket. A unit handler by the units that could see it; a centre's staff by the
// ticket's centre — a sub-centre's or a city's staff never hear of another centre's tickets
// (issue 15, 分中心 / 省市共用), the root's staff and admins hear of all.

import { describe, expect, it } from 'vitest';
import { mayHear } from '../../src/api/events.js';
import type { Actor } from '../../src/domain/ticket.js';
import type { Change } from '../../src/store/events.js';

const ROOT = 1;
const CITY_A = 10;
const CITY_A_SUB = 11; // a sub-centre under city A
const CITY_B = 20;

const change = (centreId: number | null, unitIds: number[] = [100]): Change => ({ kind: 'ticket', id: 7, version: 3, event: 'dispatched', unitIds, centreId });
const staff = (role: Actor['role'], centres: number[] | null, centreId: number | null): Actor => ({
  id: 1, role, unitId: centreId, scope: new Set(centreId ? [centreId] : []), centreId, centres: centres ? new Set(centres) : null,
});

describe('the live event stream follows the centres', () => {
  it('a city’s dispatcher hears of its own and its sub-centre’s tickets, not another city’s nor the root’s', () => {
    const cityA = staff('dispatcher', [CITY_A, CITY_A_SUB], CITY_A);
    expect(mayHear(cityA, change(CITY_A))).toBe(true);
    expect(mayHear(cityA, change(CITY_A_SUB))).toBe(true);
    expect(mayHear(cityA, change(CITY_B))).toBe(false);
    expect(mayHear(cityA, change(null))).toBe(false);
    expect(mayHear(cityA, change(ROOT))).toBe(false);
  });

  it('a sub-centre’s agent hears only of its own tickets', () => {
    const sub = staff('agent', [CITY_A_SUB], CITY_A_SUB);
    expect(mayHear(sub, change(CITY_A_SUB))).toBe(true);
    expect(mayHear(sub, change(CITY_A))).toBe(false);
  });

  it('the root centre’s staff and admins hear of every centre’s tickets', () => {
    for (const who of [staff('supervisor', null, null), staff('admin', null, null)]) {
      for (const c of [null, ROOT, CITY_A, CITY_A_SUB, CITY_B]) expect(mayHear(who, change(c))).toBe(true);
    }
  });

  it('a unit handler hears by the units that could see the ticket, whatever its centre', () => {
    const handler: Actor = { id: 2, role: 'unit_handler', unitId: 100, scope: new Set([100, 101]) };
    expect(mayHear(handler, change(CITY_B, [101]))).toBe(true);
    expect(mayHear(handler, change(CITY_A, [200]))).toBe(false);
  });
});
