// Quality checks (话务质检): a scoring form of items, each with its most points, and the total of
// a review. Pure: the store keeps forms and reviews, this decides whether scores fit a form.

export interface QaItem {
  /** Stable within a form version: the scores are keyed by it. */
  key: string;
  label: string;
  /** The most points the item gives (满分). */
  max: number;
}

export type QaScoreResult =
  | { ok: true; total: number; maxTotal: number }
  | { ok: false; code: 'score_out_of_range' | 'score_missing' | 'score_unknown_item'; detail: string };

/** The most a review on this form can total. */
export const maxTotal = (items: readonly QaItem[]): number => items.reduce((s, i) => s + i.max, 0);

/**
 * Checks every item has a whole number of points from 0 to its max, and nothing else is scored;
 * the total is their sum.
 */
export function scoreReview(items: readonly QaItem[], scores: Readonly<Record<string, number>>): QaScoreResult {
  for (const key of Object.keys(scores)) {
    if (!items.some((i) => i.key === key)) return { ok: false, code: 'score_unknown_item', detail: `评分表中没有“${key}”这一项` };
  }
  let total = 0;
  for (const item of items) {
    const v = scores[item.key];
    if (v === undefined) return { ok: false, code: 'score_missing', detail: `“${item.label}”未评分` };
    if (!Number.isInteger(v) || v < 0 || v > item.max) return { ok: false, code: 'score_out_of_range', detail: `“${item.label}”的得分须为 0–${item.max} 的整数` };
    total += v;
  }
  return { ok: true, total, maxTotal: maxTotal(items) };
}

/** A review's score on a 100-point scale, whatever the form's total (forms change between versions). */
export const percentOf = (total: number, max: number): number => (max > 0 ? (total * 100) / max : 0);
