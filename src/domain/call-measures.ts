// The floor's figures (话务指标), defined once: what a call counts as, and each figure over a
// period. The store sums calls into CallTotals (in SQL, the same rules as callFacts below);
// computeCallMeasures turns totals into the figures the API, the dashboard, the daily report
// and the XLSX export show. docs/telephony.md "Floor figures" states each definition.
//
// Offered (呼入量/进线量): a call counts as offered from the moment it enters the queue
// (`queued`, or `ringing` when there is no queue: calls.started_at). From then on it is
// answered (接通: it has an `answered` time), abandoned (放弃: it ended without one), or still
// waiting (no outcome yet: in no rate, in no wait figure).
//
// 接通率 (answerRate) = answered / (answered + abandoned − short abandoned): a caller who hung
// up within shortAbandonSeconds (default 5 s, 误拨/秒挂) is not held against the centre, the
// usual city rule (接通率 = 接通量 / (呼入量 − 短时放弃量)). answerRateAll gives it with short
// abandons counted too: answered / (answered + abandoned).
//
// 人工应答及时率 (within15sRate) = answered within answerWithinSeconds / answered, the share of
// answered calls picked up in time. City reports read it so (Hangzhou's 2020 12345 figures:
// "15秒接通率 94.84 %, 接通率 88.94 %" — a 15 s rate above the answer rate is only possible
// over answered calls). withinRateOfOffered gives the service level over the same denominator
// as 接通率, for centres that report it that way.
//
// A wait runs from the call's start (queued, else ringing) to `answered`, or for an abandoned
// call to its end. Waits are counted in whole seconds rounded up (bucket i holds waits in
// (i−1, i]; 0 holds exactly 0), so "within 15 s" is wait ≤ 15 s and a PBX that reports whole
// seconds gets exact figures. The 90th percentile is the nearest rank: the smallest wait that
// at least 90 % of the calls waited no longer than.

import type { CallFloorSettings } from './call-floor.js';

/** Waits above this many seconds share one overflow bucket (WAIT_CAP_SECONDS + 1). */
export const WAIT_CAP_SECONDS = 600;

export interface CallTotals {
  offered: number;
  answered: number;
  abandoned: number;
  /** Entered the queue, no outcome yet. */
  waiting: number;
  /** Sum of the waits (ms) of answered and abandoned calls. */
  waitMs: number;
  /** Sum of the waits (ms) of answered calls only (平均应答时长). */
  answerWaitMs: number;
  /** Answered and ended: the talk time (ms) and how many. */
  talkMs: number;
  talked: number;
  /** After-call work (话后处理): sum of the non-null wrap_up_seconds and how many. */
  wrapUpSeconds: number;
  wrapped: number;
  /** Waits by whole second rounded up: bucket → [answered, abandoned]. */
  waits: Map<number, [number, number]>;
  /** Missed-call callbacks (漏接回拨): tasks that needed one, called back, called back on time. */
  callbacksNeeded: number;
  calledBack: number;
  calledBackOnTime: number;
}

export function emptyCallTotals(): CallTotals {
  return {
    offered: 0,
    answered: 0,
    abandoned: 0,
    waiting: 0,
    waitMs: 0,
    answerWaitMs: 0,
    talkMs: 0,
    talked: 0,
    wrapUpSeconds: 0,
    wrapped: 0,
    waits: new Map(),
    callbacksNeeded: 0,
    calledBack: 0,
    calledBackOnTime: 0,
  };
}

export function addCallTotals(into: CallTotals, t: CallTotals): CallTotals {
  into.offered += t.offered;
  into.answered += t.answered;
  into.abandoned += t.abandoned;
  into.waiting += t.waiting;
  into.waitMs += t.waitMs;
  into.answerWaitMs += t.answerWaitMs;
  into.talkMs += t.talkMs;
  into.talked += t.talked;
  into.wrapUpSeconds += t.wrapUpSeconds;
  into.wrapped += t.wrapped;
  for (const [b, [a, x]] of t.waits) {
    const cur = into.waits.get(b) ?? [0, 0];
    into.waits.set(b, [cur[0] + a, cur[1] + x]);
  }
  into.callbacksNeeded += t.callbacksNeeded;
  into.calledBack += t.calledBack;
  into.calledBackOnTime += t.calledBackOnTime;
  return into;
}

/** The bucket of a wait: whole seconds rounded up, capped. */
export function waitBucket(waitMs: number): number {
  return Math.min(WAIT_CAP_SECONDS + 1, Math.ceil(Math.max(0, waitMs) / 1000));
}

export interface CallTimes {
  /** Entered the queue (queued), else rang (calls.started_at). */
  startedAt: Date;
  answeredAt: Date | null;
  endedAt: Date | null;
  wrapUpSeconds: number | null;
}

export type CallOutcome = 'answered' | 'abandoned' | 'waiting';

export interface CallFacts {
  outcome: CallOutcome;
  /** Start → answered, or start → end for an abandoned call; null while waiting. */
  waitMs: number | null;
  /** Answered → ended; null unless both. */
  talkMs: number | null;
  wrapUpSeconds: number | null;
}

/** One call's facts, by the rules above (the store's SQL follows the same). */
export function callFacts(c: CallTimes): CallFacts {
  const since = (end: Date) => Math.max(0, end.getTime() - c.startedAt.getTime());
  if (c.answeredAt) {
    return {
      outcome: 'answered',
      waitMs: since(c.answeredAt),
      talkMs: c.endedAt ? Math.max(0, c.endedAt.getTime() - c.answeredAt.getTime()) : null,
      wrapUpSeconds: c.wrapUpSeconds,
    };
  }
  if (c.endedAt) return { outcome: 'abandoned', waitMs: since(c.endedAt), talkMs: null, wrapUpSeconds: c.wrapUpSeconds };
  return { outcome: 'waiting', waitMs: null, talkMs: null, wrapUpSeconds: c.wrapUpSeconds };
}

/** Totals of a list of calls (the pure twin of the store's SQL; tests and small lists). */
export function totalsOfCalls(calls: readonly CallTimes[]): CallTotals {
  const t = emptyCallTotals();
  for (const c of calls) {
    const f = callFacts(c);
    t.offered++;
    if (f.wrapUpSeconds != null) {
      t.wrapUpSeconds += f.wrapUpSeconds;
      t.wrapped++;
    }
    if (f.outcome === 'waiting') {
      t.waiting++;
      continue;
    }
    const waitMs = f.waitMs as number;
    t.waitMs += waitMs;
    const b = waitBucket(waitMs);
    const cur = t.waits.get(b) ?? [0, 0];
    if (f.outcome === 'answered') {
      t.answered++;
      t.answerWaitMs += waitMs;
      cur[0]++;
      if (f.talkMs != null) {
        t.talkMs += f.talkMs;
        t.talked++;
      }
    } else {
      t.abandoned++;
      cur[1]++;
    }
    t.waits.set(b, cur);
  }
  return t;
}

/** Nearest-rank percentile of sorted values (p in (0, 100]); null for none. */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (!sorted.length) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}

/** Nearest-rank percentile over a histogram (value → count); null for an empty one. */
export function histogramPercentile(hist: ReadonlyMap<number, number>, p: number): number | null {
  const entries = [...hist].filter(([, n]) => n > 0).sort((a, b) => a[0] - b[0]);
  const total = entries.reduce((s, [, n]) => s + n, 0);
  if (!total) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * total));
  let seen = 0;
  for (const [value, n] of entries) {
    seen += n;
    if (seen >= rank) return value;
  }
  return entries[entries.length - 1][0];
}

export interface Rate {
  numerator: number;
  denominator: number;
  /** In [0, 1]; null when there is nothing to measure. */
  rate: number | null;
}

const rateOf = (numerator: number, denominator: number): Rate => ({ numerator, denominator, rate: denominator > 0 ? numerator / denominator : null });
const round1 = (x: number) => Math.round(x * 10) / 10;

export interface CallMeasures {
  offered: number;
  answered: number;
  /** Answered with a wait ≤ answerWithinSeconds. */
  answeredWithin: number;
  abandoned: number;
  /** Abandoned with a wait ≤ shortAbandonSeconds (not held against the centre). */
  shortAbandoned: number;
  waiting: number;
  /** 接通率: answered / (answered + abandoned − short abandoned). */
  answerRate: Rate;
  /** 接通率 with short abandons counted: answered / (answered + abandoned). */
  answerRateAll: Rate;
  /** 人工应答及时率: answered within N s / answered. */
  withinRate: Rate;
  /** Service level: answered within N s / (answered + abandoned − short abandoned). */
  withinRateOfOffered: Rate;
  /** Over answered and abandoned calls, seconds (one decimal); null when none. */
  averageWaitSeconds: number | null;
  /** Over answered calls only (平均应答时长). */
  averageAnswerWaitSeconds: number | null;
  /** Whole seconds, rounded up (see above). */
  p90WaitSeconds: number | null;
  averageTalkSeconds: number | null;
  averageWrapUpSeconds: number | null;
  /** 漏接回拨 */
  callbacksNeeded: number;
  calledBack: number;
  calledBackOnTime: number;
  /** 回拨率: called back / needed a callback. */
  callbackRate: Rate;
  /** 按时回拨率: first attempt at or before the deadline / needed a callback. */
  callbackOnTimeRate: Rate;
}

export function computeCallMeasures(t: CallTotals, s: Pick<CallFloorSettings, 'answerWithinSeconds' | 'shortAbandonSeconds'>): CallMeasures {
  let answeredWithin = 0;
  let shortAbandoned = 0;
  const all = new Map<number, number>();
  for (const [b, [a, x]] of t.waits) {
    // The overflow bucket is never "within": a setting above the cap counts only waits up to the cap.
    if (b <= s.answerWithinSeconds && b <= WAIT_CAP_SECONDS) answeredWithin += a;
    if (b <= s.shortAbandonSeconds && b <= WAIT_CAP_SECONDS) shortAbandoned += x;
    all.set(b, a + x);
  }
  const counted = t.answered + t.abandoned - shortAbandoned;
  const outcomes = t.answered + t.abandoned;
  return {
    offered: t.offered,
    answered: t.answered,
    answeredWithin,
    abandoned: t.abandoned,
    shortAbandoned,
    waiting: t.waiting,
    answerRate: rateOf(t.answered, counted),
    answerRateAll: rateOf(t.answered, outcomes),
    withinRate: rateOf(answeredWithin, t.answered),
    withinRateOfOffered: rateOf(answeredWithin, counted),
    averageWaitSeconds: outcomes ? round1(t.waitMs / outcomes / 1000) : null,
    averageAnswerWaitSeconds: t.answered ? round1(t.answerWaitMs / t.answered / 1000) : null,
    p90WaitSeconds: histogramPercentile(all, 90),
    averageTalkSeconds: t.talked ? round1(t.talkMs / t.talked / 1000) : null,
    averageWrapUpSeconds: t.wrapped ? round1(t.wrapUpSeconds / t.wrapped) : null,
    callbacksNeeded: t.callbacksNeeded,
    calledBack: t.calledBack,
    calledBackOnTime: t.calledBackOnTime,
    callbackRate: rateOf(t.calledBack, t.callbacksNeeded),
    callbackOnTimeRate: rateOf(t.calledBackOnTime, t.callbacksNeeded),
  };
}

/** Missed-call task states that needed a callback (superseded: got through; joined: counted once with its first call). */
export const CALLBACK_NEEDED_STATES = ['open', 'reached', 'unreachable'] as const;

export interface MissedTask {
  state: string;
  dueBy: Date;
  /** The first callback attempt, if any. */
  firstAttemptAt: Date | null;
  closedAt: Date | null;
}

/** Whether a missed-call task needed, got, and got in time a callback (the SQL follows the same). */
export function callbackFacts(m: MissedTask): { needed: boolean; calledBack: boolean; onTime: boolean } {
  const needed = (CALLBACK_NEEDED_STATES as readonly string[]).includes(m.state);
  const closed = m.state === 'reached' || m.state === 'unreachable';
  const calledBack = needed && (m.firstAttemptAt != null || closed);
  // Without an attempt row, a task closed reached/unreachable counts by its closing time.
  const first = m.firstAttemptAt ?? (closed ? m.closedAt : null);
  return { needed, calledBack, onTime: calledBack && first != null && first <= m.dueBy };
}
