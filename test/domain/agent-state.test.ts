// Agents' states on the call floor (坐席状态): what telephony events do, and after-call work (话后).

import { describe, expect, it } from 'vitest';
import { afterCallEnds, AGENT_STATE_LABELS, stateFromCall, wrapUpSeconds } from '../../src/domain/agent-state.js';

const T0 = Date.parse('2026-03-02T01:00:00Z');
const at = (s: number) => new Date(T0 + s * 1000);

describe('a telephony event', () => {
  it('puts the agent on a call when the call is answered, from the answer time', () => {
    expect(stateFromCall(null, { state: 'answered', answeredAt: at(10), endedAt: null })).toEqual({ state: 'on_call', since: at(10) });
    expect(stateFromCall({ state: 'ready', since: at(0) }, { state: 'answered', answeredAt: at(10), endedAt: null })).toEqual({
      state: 'on_call',
      since: at(10),
    });
  });

  it('puts the agent in after-call work when an answered call ends, from the end time', () => {
    expect(stateFromCall({ state: 'on_call', since: at(10) }, { state: 'ended', answeredAt: at(10), endedAt: at(70) })).toEqual({
      state: 'after_call',
      since: at(70),
    });
    expect(stateFromCall(null, { state: 'ended', answeredAt: at(10), endedAt: at(70) })).toEqual({ state: 'after_call', since: at(70) });
  });

  it('changes nothing for a call that was never answered', () => {
    expect(stateFromCall(null, { state: 'ended', answeredAt: null, endedAt: at(30) })).toBeNull();
    expect(stateFromCall(null, { state: 'answered', answeredAt: null, endedAt: null })).toBeNull();
    expect(stateFromCall({ state: 'ready', since: at(0) }, { state: 'ended', answeredAt: null, endedAt: at(30) })).toBeNull();
  });

  it('changes nothing for an ended call without an end time', () => {
    expect(stateFromCall(null, { state: 'ended', answeredAt: at(10), endedAt: null })).toBeNull();
  });

  it('changes nothing for queue and ringing events', () => {
    for (const state of ['queued', 'ringing', 'abandoned']) {
      expect(stateFromCall(null, { state, answeredAt: at(10), endedAt: at(20) })).toBeNull();
    }
  });

  it('older than the agent\'s state (late or out of order) changes nothing', () => {
    // The agent went busy at 80 s; the answer event of 10 s arrives late.
    expect(stateFromCall({ state: 'busy', since: at(80) }, { state: 'answered', answeredAt: at(10), endedAt: null })).toBeNull();
    // The end at 70 s already put the agent in after-call work; the answer at 10 s arrives after it.
    expect(stateFromCall({ state: 'after_call', since: at(70) }, { state: 'answered', answeredAt: at(10), endedAt: null })).toBeNull();
    // One millisecond older is older.
    expect(
      stateFromCall({ state: 'ready', since: new Date(T0 + 10_001) }, { state: 'answered', answeredAt: at(10), endedAt: null }),
    ).toBeNull();
  });

  it('repeated (same state, same time) changes nothing', () => {
    expect(stateFromCall({ state: 'on_call', since: at(10) }, { state: 'answered', answeredAt: at(10), endedAt: null })).toBeNull();
    expect(stateFromCall({ state: 'after_call', since: at(70) }, { state: 'ended', answeredAt: at(10), endedAt: at(70) })).toBeNull();
  });

  it('at the same moment as a different state still applies', () => {
    // The agent set ready at the very moment the call was answered: the answer wins.
    expect(stateFromCall({ state: 'ready', since: at(10) }, { state: 'answered', answeredAt: at(10), endedAt: null })).toEqual({
      state: 'on_call',
      since: at(10),
    });
    // A zero-length call: on the call and ended at the same instant.
    expect(stateFromCall({ state: 'on_call', since: at(10) }, { state: 'ended', answeredAt: at(10), endedAt: at(10) })).toEqual({
      state: 'after_call',
      since: at(10),
    });
  });

  it('same state at a later time applies (the next call)', () => {
    expect(stateFromCall({ state: 'on_call', since: at(10) }, { state: 'answered', answeredAt: at(200), endedAt: null })).toEqual({
      state: 'on_call',
      since: at(200),
    });
  });
});

describe('after-call work (话后)', () => {
  it('ends by itself the set number of seconds after the call', () => {
    expect(afterCallEnds(at(100), 60)).toEqual(at(160));
    expect(afterCallEnds(at(100), 1)).toEqual(at(101));
  });

  it('with 0 seconds set, ends only when the agent says', () => {
    expect(afterCallEnds(at(100), 0)).toBeNull();
  });

  it('lasts until the agent left it', () => {
    expect(wrapUpSeconds(at(100), at(130), 60)).toBe(30);
    expect(wrapUpSeconds(at(100), at(160), 60)).toBe(60);
    expect(wrapUpSeconds(at(100), at(100), 60)).toBe(0);
  });

  it('is capped by the automatic end when the agent left later', () => {
    expect(wrapUpSeconds(at(100), at(400), 60)).toBe(60);
    expect(wrapUpSeconds(at(100), new Date(T0 + 160_001), 60)).toBe(60);
  });

  it('is not capped when it only ends when the agent says', () => {
    expect(wrapUpSeconds(at(100), at(400), 0)).toBe(300);
  });

  it('is rounded to whole seconds and never negative', () => {
    expect(wrapUpSeconds(at(100), new Date(T0 + 112_400), 60)).toBe(12);
    expect(wrapUpSeconds(at(100), new Date(T0 + 112_600), 60)).toBe(13);
    expect(wrapUpSeconds(at(100), at(90), 60)).toBe(0);
    expect(wrapUpSeconds(at(100), at(90), 0)).toBe(0);
  });
});

describe('labels', () => {
  it('are the floor\'s words', () => {
    expect(AGENT_STATE_LABELS).toEqual({ ready: '示闲', busy: '示忙', on_call: '通话中', after_call: '话后' });
  });
});
