// Missed-call callbacks (漏接回拨): what one callback attempt does to the task.

import { describe, expect, it } from 'vitest';
import { decideCallback } from '../../src/domain/missed-call.js';

const open = (attempts: number) => ({ state: 'open', attempts });
const reached = (ticketId: number | null, note: string | null) => ({ outcome: 'reached' as const, ticketId, note });
const unreachable = (note: string | null = '无人接听') => ({ outcome: 'unreachable' as const, ticketId: null, note });

describe('a callback that reached the caller', () => {
  it('closes the task as reached, with the ticket registered', () => {
    expect(decideCallback(open(0), reached(42, null), 3)).toEqual({ ok: true, state: 'reached', attempts: 1, closed: true });
  });

  it('closes the task as reached, with a direct answer and no ticket', () => {
    expect(decideCallback(open(2), reached(null, '已告知办理地点'), 3)).toEqual({ ok: true, state: 'reached', attempts: 3, closed: true });
  });

  it('closes the task even after the attempts allowed for unreachable ones', () => {
    expect(decideCallback(open(5), reached(7, null), 3)).toEqual({ ok: true, state: 'reached', attempts: 6, closed: true });
  });

  it('needs a ticket or what was answered', () => {
    for (const note of [null, '']) {
      const d = decideCallback(open(1), reached(null, note), 3);
      expect(d).toMatchObject({ ok: false, status: 400, code: 'reached_needs_outcome' });
      expect(d.ok === false && d.detail.length).toBeGreaterThan(0);
    }
  });

  it('accepts ticket 0 as a ticket (only a missing id is missing)', () => {
    expect(decideCallback(open(0), reached(0, null), 3)).toMatchObject({ ok: true, state: 'reached' });
  });
});

describe('a callback that did not get through', () => {
  it('counts an attempt and leaves the task open before the last allowed attempt', () => {
    expect(decideCallback(open(0), unreachable(), 3)).toEqual({ ok: true, state: 'open', attempts: 1, closed: false });
    expect(decideCallback(open(1), unreachable(null), 3)).toEqual({ ok: true, state: 'open', attempts: 2, closed: false });
  });

  it('closes the task as unreachable at the third attempt (三次未接通)', () => {
    expect(decideCallback(open(2), unreachable(), 3)).toEqual({ ok: true, state: 'unreachable', attempts: 3, closed: true });
  });

  it('closes at once when one attempt is allowed, and a setting of 0 or less still allows one', () => {
    expect(decideCallback(open(0), unreachable(), 1)).toEqual({ ok: true, state: 'unreachable', attempts: 1, closed: true });
    expect(decideCallback(open(0), unreachable(), 0)).toEqual({ ok: true, state: 'unreachable', attempts: 1, closed: true });
    expect(decideCallback(open(0), unreachable(), -2)).toEqual({ ok: true, state: 'unreachable', attempts: 1, closed: true });
  });

  it('closes when the count is already past the limit (the setting was lowered)', () => {
    expect(decideCallback(open(4), unreachable(), 3)).toEqual({ ok: true, state: 'unreachable', attempts: 5, closed: true });
  });

  it('cannot carry a ticket', () => {
    for (const ticketId of [9, 0]) {
      const d = decideCallback(open(0), { outcome: 'unreachable', ticketId, note: null }, 3);
      expect(d).toMatchObject({ ok: false, status: 400, code: 'ticket_needs_reached' });
      expect(d.ok === false && d.detail.length).toBeGreaterThan(0);
    }
  });
});

describe('a task that is no longer open', () => {
  it('takes no more callbacks, whatever the outcome', () => {
    for (const state of ['reached', 'unreachable', 'superseded', 'joined']) {
      for (const attempt of [reached(1, null), unreachable()]) {
        const d = decideCallback({ state, attempts: 1 }, attempt, 3);
        expect(d).toMatchObject({ ok: false, status: 409, code: 'callback_closed' });
        expect(d.ok === false && d.detail.length).toBeGreaterThan(0);
      }
    }
  });

  it('is refused before the attempt itself is checked', () => {
    expect(decideCallback({ state: 'reached', attempts: 1 }, reached(null, null), 3)).toMatchObject({ status: 409, code: 'callback_closed' });
    expect(decideCallback({ state: 'joined', attempts: 0 }, { outcome: 'unreachable', ticketId: 3, note: null }, 3)).toMatchObject({
      status: 409,
      code: 'callback_closed',
    });
  });
});
