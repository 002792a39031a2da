// The floor's figures as pure rules: a call's outcome and wait, percentiles, the rates.

import { describe, expect, it } from 'vitest';
import {
  callbackFacts,
  callFacts,
  computeCallMeasures,
  histogramPercentile,
  percentile,
  totalsOfCalls,
  waitBucket,
  WAIT_CAP_SECONDS,
} from '../../src/domain/call-measures.js';

const T0 = Date.parse('2026-03-02T01:00:00Z');
const at = (s: number) => new Date(T0 + s * 1000);
const call = (answer: number | null, end: number | null, wrap: number | null = null) => ({
  startedAt: at(0),
  answeredAt: answer == null ? null : at(answer),
  endedAt: end == null ? null : at(end),
  wrapUpSeconds: wrap,
});
const S = { answerWithinSeconds: 15, shortAbandonSeconds: 5 };

describe('a call', () => {
  it('is answered, abandoned or still waiting, with its wait', () => {
    expect(callFacts(call(8, 100))).toEqual({ outcome: 'answered', waitMs: 8000, talkMs: 92_000, wrapUpSeconds: null });
    expect(callFacts(call(8, null))).toEqual({ outcome: 'answered', waitMs: 8000, talkMs: null, wrapUpSeconds: null });
    expect(callFacts(call(null, 30))).toEqual({ outcome: 'abandoned', waitMs: 30_000, talkMs: null, wrapUpSeconds: null });
    expect(callFacts(call(null, null))).toEqual({ outcome: 'waiting', waitMs: null, talkMs: null, wrapUpSeconds: null });
    // Clocks out of step never make a negative wait.
    expect(callFacts({ ...call(null, null), answeredAt: at(-3) }).waitMs).toBe(0);
  });

  it('waits are whole seconds rounded up, capped', () => {
    expect(waitBucket(0)).toBe(0);
    expect(waitBucket(1)).toBe(1);
    expect(waitBucket(15_000)).toBe(15);
    expect(waitBucket(15_001)).toBe(16);
    expect(waitBucket(-5)).toBe(0);
    expect(waitBucket(10 * 3600_000)).toBe(WAIT_CAP_SECONDS + 1);
  });
});

describe('percentiles (nearest rank)', () => {
  it('of values', () => {
    expect(percentile([], 90)).toBeNull();
    expect(percentile([7], 90)).toBe(7);
    // 10 values: rank ceil(0.9 × 10) = 9 → the 9th.
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBe(9);
    // 4 values: rank ceil(3.6) = 4 → the largest.
    expect(percentile([3, 8, 30, 40], 90)).toBe(40);
    expect(percentile([3, 8, 30, 40], 50)).toBe(8);
  });
  it('of a histogram, the same', () => {
    expect(histogramPercentile(new Map(), 90)).toBeNull();
    expect(histogramPercentile(new Map([[0, 0]]), 90)).toBeNull();
    // 1×9 then 9×10 … the 90th percentile of 1..10 again, as counts.
    expect(histogramPercentile(new Map([[2, 1], [1, 1], [3, 1], [4, 1], [5, 1], [6, 1], [7, 1], [8, 1], [9, 1], [10, 1]]), 90)).toBe(9);
    // 95 calls at 5 s, 5 at 100 s: rank 90 falls in the 5 s bucket.
    expect(histogramPercentile(new Map([[5, 95], [100, 5]]), 90)).toBe(5);
    expect(histogramPercentile(new Map([[5, 89], [100, 11]]), 90)).toBe(100);
  });
});

describe('the figures of the scripted day', () => {
  // Answered at 8 s (talk 120 s, wrap-up 30 s), answered at 40 s (talk 60 s, wrap-up 10 s),
  // abandoned at 3 s, abandoned at 30 s, the same caller again answered at 12 s (talk 90 s),
  // and one still waiting.
  const day = [call(8, 128, 30), call(40, 100, 10), call(null, 3), call(null, 30), call(12, 102), call(null, null)];
  const m = computeCallMeasures(totalsOfCalls(day), S);

  it('counts by hand', () => {
    expect(m).toMatchObject({ offered: 6, answered: 3, answeredWithin: 2, abandoned: 2, shortAbandoned: 1, waiting: 1 });
    // 接通率 = 3 / (3 + 2 − 1) = 0.75; with the short abandon: 3 / 5 = 0.6.
    expect(m.answerRate).toEqual({ numerator: 3, denominator: 4, rate: 0.75 });
    expect(m.answerRateAll).toEqual({ numerator: 3, denominator: 5, rate: 0.6 });
    // 人工应答及时率 = 2 / 3 (8 s and 12 s of the three answered); over the 接通率 base: 2 / 4.
    expect(m.withinRate).toEqual({ numerator: 2, denominator: 3, rate: 2 / 3 });
    expect(m.withinRateOfOffered.rate).toBe(0.5);
    // Waits 8, 40, 3, 30, 12 → mean 93 / 5 = 18.6; answered only (8 + 40 + 12) / 3 = 20.
    expect(m.averageWaitSeconds).toBe(18.6);
    expect(m.averageAnswerWaitSeconds).toBe(20);
    // Sorted 3, 8, 12, 30, 40: rank ceil(4.5) = 5 → 40.
    expect(m.p90WaitSeconds).toBe(40);
    // Talk (120 + 60 + 90) / 3 = 90; wrap-up (30 + 10) / 2 = 20 (calls without one do not count).
    expect(m.averageTalkSeconds).toBe(90);
    expect(m.averageWrapUpSeconds).toBe(20);
  });

  it('15 s is inclusive, and the settings move the lines', () => {
    const edge = computeCallMeasures(totalsOfCalls([call(15, 20), call(15.5, 20), call(null, 5), call(null, 5.2)]), S);
    expect(edge.answeredWithin).toBe(1);
    expect(edge.shortAbandoned).toBe(1);
    const strict = computeCallMeasures(totalsOfCalls(day), { answerWithinSeconds: 10, shortAbandonSeconds: 2 });
    expect(strict.answeredWithin).toBe(1); // only 8 s
    expect(strict.shortAbandoned).toBe(0); // 3 s is no longer short
    expect(strict.answerRate.rate).toBe(3 / 5);
  });

  it('nothing to measure is null, not zero', () => {
    const none = computeCallMeasures(totalsOfCalls([]), S);
    expect(none.answerRate.rate).toBeNull();
    expect(none.withinRate.rate).toBeNull();
    expect(none.averageWaitSeconds).toBeNull();
    expect(none.p90WaitSeconds).toBeNull();
    // Only short abandons: nothing held against the centre, so no 接通率.
    const short = computeCallMeasures(totalsOfCalls([call(null, 2)]), S);
    expect(short.answerRate).toEqual({ numerator: 0, denominator: 0, rate: null });
    expect(short.answerRateAll.rate).toBe(0);
  });
});

describe('missed-call callbacks', () => {
  const due = at(7200);
  it('needed, called back, on time', () => {
    expect(callbackFacts({ state: 'open', dueBy: due, firstAttemptAt: null, closedAt: null })).toEqual({ needed: true, calledBack: false, onTime: false });
    expect(callbackFacts({ state: 'open', dueBy: due, firstAttemptAt: at(600), closedAt: null })).toEqual({ needed: true, calledBack: true, onTime: true });
    expect(callbackFacts({ state: 'reached', dueBy: due, firstAttemptAt: at(7200), closedAt: at(7200) })).toEqual({ needed: true, calledBack: true, onTime: true });
    expect(callbackFacts({ state: 'unreachable', dueBy: due, firstAttemptAt: at(7201), closedAt: at(9000) })).toEqual({ needed: true, calledBack: true, onTime: false });
    expect(callbackFacts({ state: 'reached', dueBy: due, firstAttemptAt: null, closedAt: at(100) }).onTime).toBe(true);
    for (const state of ['superseded', 'joined']) {
      expect(callbackFacts({ state, dueBy: due, firstAttemptAt: null, closedAt: at(10) })).toEqual({ needed: false, calledBack: false, onTime: false });
    }
  });
});
