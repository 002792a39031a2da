// The floor's figures as pure rules: a call's outcome and wait, percentiles, the rates.

import { describe, expect, it } from 'vitest';
import {
  addCallTotals,
  callbackFacts,
  callFacts,
  computeCallMeasures,
  emptyCallTotals,
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

  it('counts by hand', () => {
    // Computed inside the test, so that a mutation run sees which test uses it.
    const m = computeCallMeasures(totalsOfCalls(day), S);
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

describe('the totals of a list of calls', () => {
  it('count each call once, by its outcome, with its wait, talk and wrap-up', () => {
    // The scripted day, plus a call answered at 5 s and still talking.
    const t = totalsOfCalls([call(8, 128, 30), call(40, 100, 10), call(null, 3), call(null, 30), call(12, 102), call(null, null), call(5, null)]);
    expect(t).toEqual({
      offered: 7,
      answered: 4,
      abandoned: 2,
      waiting: 1,
      // 8 + 40 + 3 + 30 + 12 + 5 = 98 s; answered only 8 + 40 + 12 + 5 = 65 s.
      waitMs: 98_000,
      answerWaitMs: 65_000,
      // The call still talking has no talk time yet: 120 + 60 + 90 over 3 calls.
      talkMs: 270_000,
      talked: 3,
      wrapUpSeconds: 40,
      wrapped: 2,
      waits: new Map([
        [8, [1, 0]],
        [40, [1, 0]],
        [3, [0, 1]],
        [30, [0, 1]],
        [12, [1, 0]],
        [5, [1, 0]],
      ]),
      callbacksNeeded: 0,
      calledBack: 0,
      calledBackOnTime: 0,
    });
  });

  it('put answered and abandoned calls of the same second in one bucket, apart', () => {
    const t = totalsOfCalls([call(7.2, 50), call(null, 7.5), call(null, 8)]);
    expect(t.waits).toEqual(new Map([[8, [1, 2]]]));
  });

  it('count the wrap-up of a call that has one, whatever its outcome', () => {
    const t = totalsOfCalls([call(null, null, 12), call(3, 10, 0)]);
    expect(t).toMatchObject({ offered: 2, waiting: 1, answered: 1, wrapUpSeconds: 12, wrapped: 2, talkMs: 7000, talked: 1 });
  });
});

describe('totals added up (several days or queues)', () => {
  it('add every count, sum and wait bucket', () => {
    const a = {
      ...emptyCallTotals(),
      offered: 10, answered: 7, abandoned: 2, waiting: 1, waitMs: 90_000, answerWaitMs: 60_000, talkMs: 700_000, talked: 6,
      wrapUpSeconds: 120, wrapped: 4, waits: new Map<number, [number, number]>([[3, [2, 1]], [20, [5, 1]]]),
      callbacksNeeded: 3, calledBack: 2, calledBackOnTime: 1,
    };
    const b = {
      ...emptyCallTotals(),
      offered: 5, answered: 3, abandoned: 1, waiting: 1, waitMs: 40_000, answerWaitMs: 30_000, talkMs: 200_000, talked: 3,
      wrapUpSeconds: 30, wrapped: 1, waits: new Map<number, [number, number]>([[3, [1, 0]], [9, [2, 1]]]),
      callbacksNeeded: 1, calledBack: 1, calledBackOnTime: 1,
    };
    const sum = addCallTotals(a, b);
    expect(sum).toBe(a);
    expect(sum).toEqual({
      offered: 15, answered: 10, abandoned: 3, waiting: 2, waitMs: 130_000, answerWaitMs: 90_000, talkMs: 900_000, talked: 9,
      wrapUpSeconds: 150, wrapped: 5,
      waits: new Map([[3, [3, 1]], [20, [5, 1]], [9, [2, 1]]]),
      callbacksNeeded: 4, calledBack: 3, calledBackOnTime: 2,
    });
  });

  it('into empty totals give the same figures', () => {
    const b = { ...emptyCallTotals(), offered: 2, answered: 1, abandoned: 1, waits: new Map<number, [number, number]>([[4, [1, 1]]]) };
    expect(addCallTotals(emptyCallTotals(), b)).toMatchObject({ offered: 2, answered: 1, abandoned: 1, waits: new Map([[4, [1, 1]]]) });
  });
});

describe('the figures, more by hand', () => {
  it('averages are rounded to one decimal of a second', () => {
    // Answered after 1, 2 and 2 s: 5 / 3 = 1.67 → 1.7; talks 10, 10, 11 s: 31 / 3 = 10.33 → 10.3.
    const m = computeCallMeasures(totalsOfCalls([call(1, 11, 7), call(2, 12, 8), call(2, 13, 8)]), S);
    expect(m.averageAnswerWaitSeconds).toBe(1.7);
    expect(m.averageWaitSeconds).toBe(1.7);
    expect(m.averageTalkSeconds).toBe(10.3);
    // Wrap-up 7 + 8 + 8 = 23 / 3 = 7.67 → 7.7.
    expect(m.averageWrapUpSeconds).toBe(7.7);
  });

  it('the 90th percentile wait counts answered and abandoned calls of a second together', () => {
    // 10 s: one answered; 30 s: one answered and one abandoned. Sorted 10, 30, 30: rank ceil(2.7) = 3 → 30.
    expect(computeCallMeasures(totalsOfCalls([call(10, 60), call(30, 60), call(null, 30)]), S).p90WaitSeconds).toBe(30);
  });

  it('a setting above the cap never counts the overflow bucket as in time or short', () => {
    const big = { answerWithinSeconds: 1000, shortAbandonSeconds: 1000 };
    // Waits of exactly 600 s (the cap) count; 700 s is in the overflow bucket and does not.
    const m = computeCallMeasures(totalsOfCalls([call(600, 700), call(700, 800), call(null, 600), call(null, 700)]), big);
    expect(m.answeredWithin).toBe(1);
    expect(m.shortAbandoned).toBe(1);
    // 接通率 = 2 / (2 + 2 − 1).
    expect(m.answerRate).toEqual({ numerator: 2, denominator: 3, rate: 2 / 3 });
    expect(m.withinRate).toEqual({ numerator: 1, denominator: 2, rate: 0.5 });
    expect(m.withinRateOfOffered).toEqual({ numerator: 1, denominator: 3, rate: 1 / 3 });
  });

  it('carries the callback counts and their rates', () => {
    const t = { ...emptyCallTotals(), callbacksNeeded: 4, calledBack: 3, calledBackOnTime: 2 };
    const m = computeCallMeasures(t, S);
    expect(m).toMatchObject({ callbacksNeeded: 4, calledBack: 3, calledBackOnTime: 2 });
    expect(m.callbackRate).toEqual({ numerator: 3, denominator: 4, rate: 0.75 });
    expect(m.callbackOnTimeRate).toEqual({ numerator: 2, denominator: 4, rate: 0.5 });
  });
});

describe('a histogram percentile', () => {
  it('reads the values in order, whatever order the histogram holds them in', () => {
    // 5 calls at 100 s, 95 at 5 s: the 3rd shortest wait is 5 s.
    expect(histogramPercentile(new Map([[100, 5], [5, 95]]), 3)).toBe(5);
    expect(histogramPercentile(new Map([[100, 5], [5, 95]]), 96)).toBe(100);
    // 30, 10, 20, 40 one each: the median (rank 2) is 20.
    expect(histogramPercentile(new Map([[30, 1], [10, 1], [20, 1], [40, 1]]), 50)).toBe(20);
  });
});

describe('missed-call callbacks, edge cases', () => {
  const due = at(7200);
  it('a task closed unreachable without an attempt row counts by its closing time', () => {
    expect(callbackFacts({ state: 'unreachable', dueBy: due, firstAttemptAt: null, closedAt: at(100) })).toEqual({ needed: true, calledBack: true, onTime: true });
    expect(callbackFacts({ state: 'unreachable', dueBy: due, firstAttemptAt: null, closedAt: at(8000) })).toEqual({ needed: true, calledBack: true, onTime: false });
  });

  it('a task that got through by itself after an attempt needed no callback and is not on time', () => {
    expect(callbackFacts({ state: 'superseded', dueBy: due, firstAttemptAt: at(600), closedAt: at(700) })).toEqual({ needed: false, calledBack: false, onTime: false });
  });

  it('a closed task with neither an attempt nor a closing time is not on time', () => {
    expect(callbackFacts({ state: 'reached', dueBy: due, firstAttemptAt: null, closedAt: null })).toEqual({ needed: true, calledBack: true, onTime: false });
  });
});
