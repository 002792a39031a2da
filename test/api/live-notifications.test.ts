// Who hears that notifications (通知) were written, on the live event stream: those whose bell
// GET /api/v1/notifications would show them — a unit's handlers by their subtree's units, a
// centre's staff by the centre of the notifications' tickets; nobody else.

import { describe, expect, it } from 'vitest';
import { mayHear } from '../../src/api/events.js';
import type { Actor } from '../../src/domain/ticket.js';
import type { Change } from '../../src/store/events.js';

const CITY_A = 10;
const CITY_B = 20;
const ENV = 100;
const ENV_TEAM = 101; // a unit under ENV
const HR = 200;

const note = (unitIds: number[], centreIds: (number | null)[]): Change => ({ kind: 'notification', unitIds, centreIds });
const unit = (unitId: number, scope: number[]): Actor => ({ id: 2, role: 'unit_handler', unitId, scope: new Set(scope), centreId: CITY_A, centres: null });
const staff = (role: Actor['role'], centres: number[] | null): Actor => ({ id: 1, role, unitId: centres?.[0] ?? null, scope: new Set(), centreId: centres?.[0] ?? null, centres: centres ? new Set(centres) : null });

describe('live notifications follow the bell’s scope', () => {
  it('a unit handler hears of their own and their subtree’s, not another unit’s nor the centre’s own', () => {
    const env = unit(ENV, [ENV, ENV_TEAM]);
    expect(mayHear(env, note([ENV], [CITY_A]))).toBe(true);
    expect(mayHear(env, note([ENV_TEAM], [CITY_A]))).toBe(true);
    expect(mayHear(env, note([HR], [CITY_A]))).toBe(false);
    expect(mayHear(env, note([], [CITY_A]))).toBe(false);
    expect(mayHear(unit(ENV_TEAM, [ENV_TEAM]), note([ENV], [CITY_A]))).toBe(false);
  });

  it('a city’s staff hear of their centre’s, not another city’s; the root’s staff of all', () => {
    const a = staff('agent', [CITY_A]);
    expect(mayHear(a, note([], [CITY_A]))).toBe(true);
    expect(mayHear(a, note([ENV], [CITY_B]))).toBe(false);
    expect(mayHear(a, note([], [null]))).toBe(false);
    for (const c of [null, CITY_A, CITY_B]) expect(mayHear(staff('supervisor', null), note([], [c]))).toBe(true);
  });
});
