// Time-limit rules (办理时限): which accept (签收) and handling (办理) limit applies to a ticket.
// Rules are data an admin edits; the most specific matching rule wins, field by field, so a
// rule for urgent tickets can shorten the accept limit while the handling limit still comes
// from the ticket's type.

import type { Duration } from './calendar.js';
import type { Priority, TicketType } from './ticket-types.js';

export interface TimeLimitRule {
  id?: number;
  type?: TicketType | null;
  /** Applies to this category and every category below it. */
  categoryId?: number | null;
  priority?: Priority | null;
  acceptLimit?: Duration | null;
  handleLimit?: Duration | null;
}

export interface TicketLimitKey {
  type: TicketType;
  priority: Priority;
  /** The ticket's category and its ancestors, nearest first (empty when uncategorised). */
  categoryPath: readonly number[];
}

export interface ResolvedLimits {
  accept: Duration;
  handle: Duration;
}

/** DESIGN.md's defaults: accept within 1 working hour (urgent 30 minutes); emergency handled
 *  within 2 hours; consult 1 working day, help 3, complaint/report 5, suggestion 10. */
export const DEFAULT_TIME_LIMIT_RULES: readonly TimeLimitRule[] = [
  { acceptLimit: { amount: 1, unit: 'working_hours' }, handleLimit: { amount: 5, unit: 'working_days' } },
  { type: 'consult', handleLimit: { amount: 1, unit: 'working_days' } },
  { type: 'help', handleLimit: { amount: 3, unit: 'working_days' } },
  { type: 'complaint', handleLimit: { amount: 5, unit: 'working_days' } },
  { type: 'report', handleLimit: { amount: 5, unit: 'working_days' } },
  { type: 'suggestion', handleLimit: { amount: 10, unit: 'working_days' } },
  { type: 'praise', handleLimit: { amount: 5, unit: 'working_days' } },
  { priority: 'urgent', acceptLimit: { amount: 0.5, unit: 'working_hours' } },
  // Emergencies do not wait for office hours.
  { priority: 'emergency', acceptLimit: { amount: 0.5, unit: 'clock_hours' }, handleLimit: { amount: 2, unit: 'clock_hours' } },
];

/** How specific a matching rule is; -1 when it does not match. Priority outranks category outranks type. */
function specificity(rule: TimeLimitRule, key: TicketLimitKey): number {
  let score = 0;
  if (rule.priority) {
    if (rule.priority !== key.priority) return -1;
    score += 10_000;
  }
  if (rule.categoryId != null) {
    const depth = key.categoryPath.indexOf(rule.categoryId);
    if (depth < 0) return -1;
    score += 1_000 - depth; // the nearer the category, the more specific
  }
  if (rule.type) {
    if (rule.type !== key.type) return -1;
    score += 1;
  }
  return score;
}

export function resolveTimeLimits(rules: readonly TimeLimitRule[], key: TicketLimitKey): ResolvedLimits {
  let accept: [number, Duration] | null = null;
  let handle: [number, Duration] | null = null;
  for (const rule of rules) {
    const s = specificity(rule, key);
    if (s < 0) continue;
    if (rule.acceptLimit && (!accept || s > accept[0])) accept = [s, rule.acceptLimit];
    if (rule.handleLimit && (!handle || s > handle[0])) handle = [s, rule.handleLimit];
  }
  // The built-in defaults stand behind an admin's partial rule set.
  if (!accept || !handle) {
    const fallback = rules === DEFAULT_TIME_LIMIT_RULES ? null : resolveTimeLimits(DEFAULT_TIME_LIMIT_RULES, key);
    if (!fallback) throw new Error('default time-limit rules are incomplete');
    return { accept: accept?.[1] ?? fallback.accept, handle: handle?.[1] ?? fallback.handle };
  }
  return { accept: accept[1], handle: handle[1] };
}
