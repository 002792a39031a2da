// Unit rankings (src/domain/rankings.ts): the minimum sample, ties sharing a rank (1, 2, 2, 4),
// and one tier per ranking. Every score and rank below is worked out by hand from the rule:
// score = 100 × (0.2 × response + 0.4 × resolution + 0.4 × satisfaction), two decimals; a rate
// with nothing to measure drops out and the remaining weights are rescaled.

import { describe, expect, it } from 'vitest';
import { computeMeasures, emptyTotals } from '../../src/domain/measures.js';
import { rankTier, type RankingInput, type RankingRow } from '../../src/domain/rankings.js';

/** A unit with `volume` tickets: `onTime` of `due` accepted on time; of `reached` callbacks, `resolved` resolved and `satisfied` satisfied. */
function unit(
  unitId: number,
  kind: string,
  volume: number,
  rates: { onTime?: number; due?: number; reached?: number; resolved?: number; satisfied?: number } = {},
  extra: Partial<RankingInput> = {},
): RankingInput {
  const measures = computeMeasures({
    ...emptyTotals(),
    volume,
    accepted_on_time: rates.onTime ?? 0,
    accept_due: rates.due ?? 0,
    callback_reached: rates.reached ?? 0,
    resolved: rates.resolved ?? 0,
    satisfied: rates.satisfied ?? 0,
  });
  return { unitId, parentId: 1, name: `U${unitId}`, kind, measures, ...extra };
}

const CENTER: RankingInput = unit(1, 'center', 100, {}, { parentId: null });
const perfect = { onTime: 5, due: 5, reached: 5, resolved: 5, satisfied: 5 };

// Departments:
//   11 volume 12: 0.2 × 10/10 + 0.4 × 9/10 + 0.4 × 8/10 = 0.2 + 0.36 + 0.32 = 0.88 → 88
//   12 volume 20: 0.2 × 5/10 + 0.4 × 10/10 + 0.4 × 10/10 = 0.1 + 0.4 + 0.4 = 0.9 → 90
//   13 volume 30: same rates as 11 → 88 (tie with 11; more tickets, shown first, same rank)
//   14 volume 10 (exactly the minimum): 0.2 × 0 + 0.4 × 5/10 + 0.4 × 5/10 = 0.4 → 40
//   15 volume 9, all rates 100%: below the minimum of 10
//   16 volume 3, all rates 100%: below the minimum
//   17 volume 0
const depts: RankingInput[] = [
  CENTER,
  unit(11, 'department', 12, { onTime: 10, due: 10, reached: 10, resolved: 9, satisfied: 8 }),
  unit(12, 'department', 20, { onTime: 5, due: 10, reached: 10, resolved: 10, satisfied: 10 }),
  unit(13, 'department', 30, { onTime: 10, due: 10, reached: 10, resolved: 9, satisfied: 8 }),
  unit(14, 'department', 10, { onTime: 0, due: 10, reached: 10, resolved: 5, satisfied: 5 }),
  unit(15, 'department', 9, perfect),
  unit(16, 'department', 3, perfect),
  unit(17, 'department', 0),
];

const table = (rows: RankingRow[]) => rows.map((r) => [r.unitId, r.rank, r.ranked, r.score, r.volume, r.note]);

describe('rankTier', () => {
  it('ranks by score; equal scores share a rank and the next rank skips (1, 2, 2, 4); below the minimum is listed after, unranked, 样本不足', () => {
    expect(table(rankTier(depts, 'department', 10))).toEqual([
      [12, 1, true, 90, 20, null],
      [13, 2, true, 88, 30, null],
      [11, 2, true, 88, 12, null],
      [14, 4, true, 40, 10, null],
      [15, null, false, 100, 9, '样本不足'],
      [16, null, false, 100, 3, '样本不足'],
      [17, null, false, null, 0, '样本不足'],
    ]);
    const rows = rankTier(depts, 'department', 10);
    expect(rows.find((r) => r.unitId === 16)).toMatchObject({ ranked: false, rank: null, reason: 'insufficient_sample' });
    expect(rows.find((r) => r.unitId === 12)).toMatchObject({ ranked: true, rank: 1, reason: null, note: null });
  });

  it('the minimum decides who is ranked', () => {
    // Minimum 9: 15 (100) now ranked first; everyone else moves down one.
    expect(table(rankTier(depts, 'department', 9)).map(([id, rank]) => [id, rank])).toEqual([
      [15, 1], [12, 2], [13, 3], [11, 3], [14, 5], [16, null], [17, null],
    ]);
    // Minimum 1: 15 and 16 tie at 100 (15 has more tickets, shown first); 17 with no ticket is still unranked.
    expect(table(rankTier(depts, 'department', 1)).map(([id, rank]) => [id, rank])).toEqual([
      [15, 1], [16, 1], [12, 3], [13, 4], [11, 4], [14, 6], [17, null],
    ]);
    // Minimum 30: only 13 (30 tickets) is ranked; the rest by volume.
    expect(table(rankTier(depts, 'department', 30)).map(([id, rank]) => [id, rank])).toEqual([
      [13, 1], [12, null], [11, null], [14, null], [15, null], [16, null], [17, null],
    ]);
  });

  it('enough tickets but no measurable rate: listed, unranked, 暂无可评价数据', () => {
    const rows = rankTier([CENTER, unit(21, 'enterprise', 15), unit(22, 'enterprise', 11, { onTime: 3, due: 4 })], 'enterprise', 10);
    // 22: only the response rate counts: 3/4 → 75.
    expect(table(rows)).toEqual([
      [22, 1, true, 75, 11, null],
      [21, null, false, null, 15, '暂无可评价数据'],
    ]);
    expect(rows[1].reason).toBe('no_score');
  });

  it('never mixes tiers: a street is ranked among streets wherever it hangs; a unit under one of its own tier is not ranked', () => {
    const units: RankingInput[] = [
      CENTER,
      unit(31, 'district', 40, perfect), // 100
      unit(32, 'district', 40, { onTime: 1, due: 2, reached: 2, resolved: 1, satisfied: 1 }), // 50
      unit(41, 'street', 20, { onTime: 4, due: 5, reached: 5, resolved: 4, satisfied: 4 }, { parentId: 31 }), // 0.2×0.8 + 0.4×0.8 + 0.4×0.8 = 80
      unit(42, 'street', 20, perfect, { parentId: 32 }), // 100
      unit(51, 'department', 30, { onTime: 0, due: 5, reached: 5, resolved: 5, satisfied: 5 }), // 80
      unit(43, 'street', 12, { onTime: 0, due: 5, reached: 5, resolved: 5, satisfied: 0 }, { parentId: 51 }), // a street under a department: 40
      unit(52, 'department', 25, perfect, { parentId: 51 }), // a 分局 under its 局: 100, but its tickets are in 51's
      unit(61, 'community', 20, perfect, { parentId: 41 }),
      unit(71, 'enterprise', 20, { onTime: 5, due: 5, reached: 5, resolved: 0, satisfied: 0 }), // 20
    ];
    expect(table(rankTier(units, 'street', 10)).map(([id, rank]) => [id, rank])).toEqual([[42, 1], [41, 2], [43, 3]]);
    expect(table(rankTier(units, 'district', 10)).map(([id, rank]) => [id, rank])).toEqual([[31, 1], [32, 2]]);
    expect(table(rankTier(units, 'department', 10))).toEqual([
      [51, 1, true, 80, 30, null],
      [52, null, false, 100, 25, '计入上级单位'],
    ]);
    expect(table(rankTier(units, 'enterprise', 10)).map(([id, rank]) => [id, rank])).toEqual([[71, 1]]);
    for (const tier of ['department', 'district', 'street', 'enterprise'] as const) {
      for (const row of rankTier(units, tier, 1)) expect(units.find((u) => u.unitId === row.unitId)?.kind, `${tier} ${row.unitId}`).toBe(tier);
    }
  });

  it('a deactivated unit is listed only when it had tickets in the period', () => {
    const rows = rankTier([CENTER, unit(81, 'district', 0, {}, { active: false }), unit(82, 'district', 12, perfect, { active: false }), unit(83, 'district', 0)], 'district', 10);
    expect(rows.map((r) => [r.unitId, r.rank])).toEqual([[82, 1], [83, null]]);
  });

  it('refuses a minimum outside 1..1000 or not a whole number', () => {
    for (const bad of [0, -1, 1001, 2.5, Number.NaN]) expect(() => rankTier(depts, 'department', bad), String(bad)).toThrow(RangeError);
    expect(rankTier(depts, 'department', 1000).every((r) => !r.ranked)).toBe(true);
  });
});
