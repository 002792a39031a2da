// The measures (服务质量指标) as the dashboards, exports, rankings and the daily report read
// them: the rollups refreshed first, then each unit's (with its subtree), category's, line's or
// district's figures over a period by src/domain/measures.ts, and a tier ranked by
// src/domain/rankings.ts.

import type { Kysely } from 'kysely';
import { addTotals, computeMeasures, emptyTotals, type FactTotals, type MeasureValues } from '../domain/measures.js';
import { rankTier, type RankingTier } from '../domain/rankings.js';
import { refreshRollups, totalsBy, type Dimension } from '../store/measures.js';
import type { ReferenceData } from '../store/reference.js';
import type { DB } from '../store/schema.js';
import type { AppContext } from './context.js';

export interface MeasureItem {
  key: string;
  name: string;
  parentKey: string | null;
  kind: string | null; // unit kind, or category level as text
  measures: MeasureValues;
}

/**
 * Reference data for a measures read, with the rollups refreshed first so that figures include
 * every change committed before this request: a refresh under way elsewhere is waited for by our
 * own (refreshRollups queues behind it), which then reads everything committed before it.
 */
export async function freshMeasures(ctx: AppContext): Promise<ReferenceData> {
  await refreshRollups(ctx.db, ctx.now());
  return ctx.ref.get();
}

/**
 * Measures per key of a dimension. Units and categories include their whole subtree (a
 * district's figures include its streets). `scope`, when given, keeps only those units.
 */
export async function measureItems(
  db: Kysely<DB>,
  ref: ReferenceData,
  group: Dimension,
  from: string,
  to: string,
  scope?: ReadonlySet<number>,
): Promise<MeasureItem[]> {
  const totals = await totalsBy(db, group, from, to);
  if (group === 'unit' || group === 'category') {
    const nodes =
      group === 'unit'
        ? ref.units.map((u) => ({ id: u.id, parentId: u.parentId, name: u.name, kind: u.kind }))
        : ref.categories.map((c) => ({ id: c.id, parentId: c.parentId, name: c.name, kind: String(c.level) }));
    const children = new Map<number, number[]>();
    for (const n of nodes) if (n.parentId != null) children.set(n.parentId, [...(children.get(n.parentId) ?? []), n.id]);
    const memo = new Map<number, FactTotals>();
    const subtree = (id: number): FactTotals => {
      const hit = memo.get(id);
      if (hit) return hit;
      const sum = addTotals(emptyTotals(), totals.get(String(id)) ?? emptyTotals());
      for (const c of children.get(id) ?? []) addTotals(sum, subtree(c));
      memo.set(id, sum);
      return sum;
    };
    return nodes
      .filter((n) => !scope || scope.has(n.id))
      .map((n) => ({
        key: String(n.id),
        name: n.name,
        parentKey: n.parentId == null ? null : String(n.parentId),
        kind: n.kind,
        measures: computeMeasures(subtree(n.id)),
      }));
  }
  if (group === 'district') {
    return ref.units
      .filter((u) => u.kind === 'district' && (!scope || scope.has(u.id)))
      .map((u) => ({ key: String(u.id), name: u.name, parentKey: null, kind: u.kind, measures: computeMeasures(totals.get(String(u.id)) ?? emptyTotals()) }));
  }
  // Merged lines: every line that has tickets in the period, plus the configured ones.
  const lines = await db.selectFrom('lines').select(['number', 'name']).orderBy('number').execute();
  const names = new Map(lines.map((l) => [l.number, l.name]));
  const keys = [...new Set([...names.keys(), ...totals.keys()])].sort();
  return keys.map((k) => ({ key: k, name: names.get(k) ?? k, parentKey: null, kind: null, measures: computeMeasures(totals.get(k) ?? emptyTotals()) }));
}

export interface Rankings {
  from: string;
  to: string;
  kind: RankingTier;
  minSample: number;
  minSampleSource: 'policy' | 'request';
  items: ReturnType<typeof rankTier>;
}

/**
 * The ranking of one tier over a period: the measures per unit (with its subtree), ranked by
 * src/domain/rankings.ts with the minimum sample asked for, or else the policy's.
 */
export async function rankUnits(ctx: AppContext, q: { from: string; to: string; kind: RankingTier; minSample?: number | null }): Promise<Rankings> {
  const ref = await freshMeasures(ctx);
  const minSample = q.minSample ?? ref.policy.minRankingSample;
  const items = await measureItems(ctx.db, ref, 'unit', q.from, q.to);
  const units = items.map((i) => ({
    unitId: Number(i.key),
    parentId: i.parentKey == null ? null : Number(i.parentKey),
    name: i.name,
    kind: i.kind ?? '',
    active: ref.unitById.get(Number(i.key))?.active,
    measures: i.measures,
  }));
  return { from: q.from, to: q.to, kind: q.kind, minSample, minSampleSource: q.minSample == null ? 'policy' : 'request', items: rankTier(units, q.kind, minSample) };
}
