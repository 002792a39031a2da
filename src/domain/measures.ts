// Measures of service quality (服务质量指标), defined once. Every ticket is reduced to facts
// (did it get answered directly, accepted on time, …); a measure is a count of one fact over
// a count of another. Dashboards, rankings, exports and the daily report all go through here.
//
// The three rates (三率) follow Beijing's 接诉即办 evaluation: response (响应率: the unit took
// the order within the accept limit), resolution (解决率) and satisfaction (满意率), both of the
// citizens reached by the callback.
//
// Requests 12345 does not take (不予受理, status `refused`) are counted apart (不予受理量,
// COUNTS): they are in the volume (诉求量) and nowhere else — not in a response, on-time,
// callback or reopen figure, whatever happened to them before they were refused.
//
// The repeat rate (重复件率) is about the request, not the service: a repeat (the same caller about
// a similar matter, or the same matter from anyone, within 30 days: app/repeats.ts) counts over all requests registered in
// the period, refused ones included — a citizen who asks again has asked again.

import type { Ticket } from './ticket.js';

/** Per-ticket facts, in a fixed order: the store keeps them as bits of one integer. */
export const FACTS = [
  'direct_answer', // answered directly by the agent (直接答复)
  'dispatched', // dispatched to a unit at least once
  'returned', // returned by a unit at least once (退单, approved)
  'accept_due', // accepted, or its accept limit has passed
  'accepted', // accepted (签收)
  'accepted_on_time', // accepted within the accept limit
  'reply_due', // replied, or its handling limit has passed
  'replied', // replied at least once (答复)
  'replied_on_time', // first reply within the handling limit (incl. approved extensions)
  'callback_reached', // the callback reached the citizen
  'resolved', // reached and the citizen says it is resolved
  'satisfied', // reached and satisfied or basically satisfied
  'reopened', // reopened at least once (重办)
  'handled', // has a measured handling time (dispatch → first reply)
  'refused', // not taken (不予受理); appended last: the bits before it keep their places
  'repeat', // a repeat (重复件) of an earlier request: the same caller about a similar matter, or the same matter, within 30 days
] as const;
export type Fact = (typeof FACTS)[number];

/** The facts of the service a refused ticket did not get: always false for it. */
const SERVICE_FACTS: readonly Fact[] = [
  'direct_answer', 'accept_due', 'accepted', 'accepted_on_time', 'reply_due', 'replied', 'replied_on_time',
  'callback_reached', 'resolved', 'satisfied', 'reopened', 'handled',
];

export function ticketFacts(t: Ticket): Record<Fact, boolean> {
  const accepted = t.acceptedAt != null;
  const replied = t.firstRepliedAt != null;
  const facts: Record<Fact, boolean> = {
    direct_answer: t.directAnswer,
    dispatched: t.unitId != null || t.returnCount > 0,
    returned: t.returnCount > 0,
    accept_due: accepted || t.alerts.includes('accept_overdue'),
    accepted,
    accepted_on_time: accepted && t.acceptBy != null && (t.acceptedAt as Date) <= t.acceptBy,
    reply_due: replied || t.alerts.includes('handle_overdue'),
    replied,
    replied_on_time: t.firstReplyOnTime === true,
    callback_reached: t.callbackReached,
    resolved: t.callbackReached && t.resolved === true,
    satisfied: t.callbackReached && (t.satisfaction === 'satisfied' || t.satisfaction === 'basically_satisfied'),
    reopened: t.reopenCount > 0,
    handled: t.handlingMinutes != null,
    refused: t.status === 'refused',
    repeat: t.repeatOf != null,
  };
  // A refused ticket keeps its dispatches and returns (a unit did return it); nothing else counts.
  if (facts.refused) for (const f of SERVICE_FACTS) facts[f] = false;
  return facts;
}

/** The facts as an integer bit set (bit i = FACTS[i]). */
export function factBits(t: Ticket): number {
  const f = ticketFacts(t);
  return FACTS.reduce((bits, name, i) => (f[name] ? bits | (1 << i) : bits), 0);
}

export const MEASURES = [
  { name: 'direct_answer_rate', label: '直接答复率', numerator: 'direct_answer', denominator: 'volume' },
  { name: 'response_rate', label: '响应率', numerator: 'accepted_on_time', denominator: 'accept_due' },
  { name: 'on_time_accept_rate', label: '按时签收率', numerator: 'accepted_on_time', denominator: 'accepted' },
  { name: 'on_time_close_rate', label: '按时办结率', numerator: 'replied_on_time', denominator: 'reply_due' },
  { name: 'return_rate', label: '退单率', numerator: 'returned', denominator: 'dispatched' },
  { name: 'resolution_rate', label: '解决率', numerator: 'resolved', denominator: 'callback_reached' },
  { name: 'satisfaction_rate', label: '满意率', numerator: 'satisfied', denominator: 'callback_reached' },
  { name: 'reopen_rate', label: '重办率', numerator: 'reopened', denominator: 'replied' },
  { name: 'callback_rate', label: '回访率', numerator: 'callback_reached', denominator: 'replied' },
  // 重复件率: how often citizens had to ask again; over every request registered in the period.
  { name: 'repeat_rate', label: '重复件率', numerator: 'repeat', denominator: 'volume' },
] as const satisfies readonly { name: string; label: string; numerator: Fact; denominator: Fact | 'volume' }[];
export type MeasureName = (typeof MEASURES)[number]['name'];

/** Counts shown beside the rates: how many tickets have a fact. */
export const COUNTS = [{ name: 'refused_count', label: '不予受理量', fact: 'refused' }] as const satisfies readonly {
  name: string;
  label: string;
  fact: Fact;
}[];
export type CountName = (typeof COUNTS)[number]['name'];

/** Counts for a group of tickets: how many, how many with each fact, and total handling time. */
export type FactTotals = { volume: number; handling_minutes: number } & Record<Fact, number>;

export function emptyTotals(): FactTotals {
  const t = { volume: 0, handling_minutes: 0 } as FactTotals;
  for (const f of FACTS) t[f] = 0;
  return t;
}

export function addTotals(into: FactTotals, more: FactTotals): FactTotals {
  into.volume += more.volume;
  into.handling_minutes += more.handling_minutes;
  for (const f of FACTS) into[f] += more[f];
  return into;
}

/** Totals of a list of tickets (used by tests and small reports; the store sums the same facts in SQL). */
export function totalsOf(tickets: readonly Ticket[]): FactTotals {
  const out = emptyTotals();
  for (const t of tickets) {
    const f = ticketFacts(t);
    out.volume += 1;
    out.handling_minutes += t.handlingMinutes ?? 0;
    for (const name of FACTS) if (f[name]) out[name] += 1;
  }
  return out;
}

export interface Rate {
  numerator: number;
  denominator: number;
  rate: number | null; // numerator / denominator in [0, 1]; null when nothing to measure
}

export type MeasureValues = { volume: number; average_handling_hours: number | null } & Record<CountName, number> & Record<MeasureName, Rate>;

export function computeMeasures(t: FactTotals): MeasureValues {
  const out = {
    volume: t.volume,
    average_handling_hours: t.handled > 0 ? round(t.handling_minutes / 60 / t.handled, 2) : null,
  } as MeasureValues;
  for (const c of COUNTS) out[c.name] = t[c.fact];
  for (const m of MEASURES) {
    const numerator = t[m.numerator];
    const denominator = m.denominator === 'volume' ? t.volume : t[m.denominator];
    out[m.name] = { numerator, denominator, rate: denominator > 0 ? numerator / denominator : null };
  }
  return out;
}

/**
 * A unit's composite score for rankings, weighted as in Beijing's 接诉即办 evaluation:
 * response 20%, resolution 40%, satisfaction 40%. Rates with nothing to measure are left out
 * and the remaining weights rescaled; null when none can be measured.
 */
export function compositeScore(m: MeasureValues): number | null {
  const parts: [number | null, number][] = [
    [m.response_rate.rate, 0.2],
    [m.resolution_rate.rate, 0.4],
    [m.satisfaction_rate.rate, 0.4],
  ];
  let weight = 0;
  let sum = 0;
  for (const [rate, w] of parts) {
    if (rate == null) continue;
    weight += w;
    sum += rate * w;
  }
  return weight > 0 ? round((sum / weight) * 100, 2) : null;
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;
