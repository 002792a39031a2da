// Unit rankings (承办单位排名), the one rule that the rankings route, its XLSX export and the
// console all go through. 国办函〔2025〕66号 asks that rankings not be chased one-sidedly
// (不片面追求排名) and that units be evaluated by tier and class (分档分类评价), so:
//
// - A ranking is only ever within one tier: the call names a tier (委办局 / 区县 / 街道 / 企业)
//   and only units of that kind are in the answer. Where a unit sits in the tree does not
//   change its tier: a street is ranked among streets whatever unit it hangs under. A unit
//   nested under another unit of the same tier (a 分局 under its 局) is listed but not ranked:
//   its tickets are already in its parent's figures, so ranking both would count them twice.
// - The sample is the unit's volume: tickets registered in the period whose lead unit is the
//   unit or one below it (the `volume` of src/domain/measures.ts). A unit with fewer than the
//   minimum (the policy's minRankingSample, default 10) is listed, unranked, noted 样本不足.
//   Volume rather than a rate's own denominator (callbacks reached, acceptances due): it is the
//   count a unit can check against its own list, it is known the day the tickets come in,
//   and it does not depend on how far the centre's callbacks have got, so a unit does not
//   drop in and out of the ranking as callbacks are made.
// - A unit whose three rates can none be measured yet (nothing due for acceptance, no callback
//   reached) has no score and is listed, unranked, noted 暂无可评价数据.
// - Ranked units are ordered by the composite score (measures.ts: 响应率 20% + 解决率 40% +
//   满意率 40%, two decimals). Equal scores share a rank and the next rank skips (standard
//   competition ranking, 1, 2, 2, 4): a unit's rank minus one is the number of units that did
//   strictly better, which dense ranking (1, 2, 2, 3) would hide, and volume does not break a
//   tie (more tickets is not better service). Within a tie, and among unranked units, rows are
//   shown by volume (most first), then unit id, for display only.

import { compositeScore, type MeasureValues } from './measures.js';

/** The tiers a ranking can be asked for: one unit kind each. */
export const RANKING_TIERS = ['department', 'district', 'street', 'enterprise'] as const;
export type RankingTier = (typeof RANKING_TIERS)[number];
export const RANKING_TIER_LABELS: Record<RankingTier, string> = { department: '委办局', district: '区县', street: '街道', enterprise: '企业' };

/** Bounds of the minimum sample, for the policy and for a request's ?minSample=. */
export const MIN_RANKING_SAMPLE = { min: 1, max: 1000 } as const;

export type UnrankedReason = 'insufficient_sample' | 'no_score' | 'nested';
export const UNRANKED_NOTES: Record<UnrankedReason, string> = {
  insufficient_sample: '样本不足',
  no_score: '暂无可评价数据',
  nested: '计入上级单位',
};

/** A unit with its measures over the period (its subtree included), as the measures give it. */
export interface RankingInput {
  unitId: number;
  parentId: number | null;
  name: string;
  kind: string;
  /** Deactivated units are left out unless they had tickets in the period. */
  active?: boolean;
  measures: MeasureValues;
}

export interface RankingRow {
  unitId: number;
  name: string;
  kind: RankingTier;
  ranked: boolean;
  rank: number | null;
  score: number | null;
  volume: number;
  reason: UnrankedReason | null;
  note: string | null;
  measures: MeasureValues;
}

/**
 * The ranking of one tier: ranked units first (rank ascending), then the unranked ones.
 * `units` may hold every unit of the tree (any kind): only those of `tier` are in the answer,
 * the others serve to tell whether a unit is nested under one of its own tier.
 */
export function rankTier(units: readonly RankingInput[], tier: RankingTier, minSample: number): RankingRow[] {
  if (!Number.isInteger(minSample) || minSample < MIN_RANKING_SAMPLE.min || minSample > MIN_RANKING_SAMPLE.max) {
    throw new RangeError(`minSample must be an integer in ${MIN_RANKING_SAMPLE.min}..${MIN_RANKING_SAMPLE.max}`);
  }
  const byId = new Map(units.map((u) => [u.unitId, u]));
  const nested = (u: RankingInput): boolean => {
    const seen = new Set<number>([u.unitId]);
    for (let p = u.parentId == null ? undefined : byId.get(u.parentId); p && !seen.has(p.unitId); p = p.parentId == null ? undefined : byId.get(p.parentId)) {
      if (p.kind === tier) return true;
      seen.add(p.unitId);
    }
    return false;
  };

  const rows = units
    .filter((u) => u.kind === tier && (u.active !== false || u.measures.volume > 0))
    .map((u): RankingRow => {
      const score = compositeScore(u.measures);
      const volume = u.measures.volume;
      const reason: UnrankedReason | null = nested(u) ? 'nested' : volume < minSample ? 'insufficient_sample' : score == null ? 'no_score' : null;
      return { unitId: u.unitId, name: u.name, kind: tier, ranked: reason == null, rank: null, score, volume, reason, note: reason && UNRANKED_NOTES[reason], measures: u.measures };
    });

  const byVolume = (a: RankingRow, b: RankingRow) => b.volume - a.volume || a.unitId - b.unitId;
  const ranked = rows.filter((r) => r.ranked).sort((a, b) => (b.score as number) - (a.score as number) || byVolume(a, b));
  ranked.forEach((r, i) => {
    r.rank = i > 0 && ranked[i - 1].score === r.score ? (ranked[i - 1].rank as number) : i + 1;
  });
  const unranked = rows.filter((r) => !r.ranked).sort(byVolume);
  return [...ranked, ...unranked];
}
