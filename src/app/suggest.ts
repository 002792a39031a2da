// Smart dispatch's suggestion (智能派单): the deployment's own trained model classifies a request
// into categories, the dispatch catalogue gives the lead unit, and the model says why.

import { suggestUnit, type UnitSuggestion } from '../domain/dispatch.js';
import type { ReferenceData } from '../store/reference.js';
import { classify, explain } from '../text/classifier.js';
import { findDistrict } from '../text/places.js';
import type { AppContext } from './context.js';

export interface Suggestion {
  modelVersion: number | null;
  categories: { categoryId: number; name: string; probability: number }[];
  unit: (UnitSuggestion & { name: string }) | null;
  why: { word: string; weight: number }[];
  districtId: number | null;
}

export interface RequestText {
  title?: string | null;
  content: string;
  address?: string | null;
  districtId?: number | null;
}

/** The model's labels are category names (as trained from the tickets' top-level categories or leaves). */
export async function suggest(ctx: AppContext, ref: ReferenceData, input: RequestText): Promise<Suggestion> {
  const text = `${input.title ?? ''}\n${input.content}`;
  const districtId = input.districtId ?? findDistrict(`${input.address ?? ''} ${input.content}`, ref.units);
  const active = await ctx.models.get();
  if (!active) return { modelVersion: null, categories: [], unit: null, why: [], districtId };
  const byName = new Map(ref.categories.map((c) => [c.name, c]));
  const byCode = new Map(ref.categories.map((c) => [c.code, c]));
  const top = classify(active.model, text, 3)
    .map((p) => ({ p, c: byCode.get(p.label) ?? byName.get(p.label) }))
    .filter((x): x is { p: { label: string; probability: number }; c: NonNullable<typeof x.c> } => !!x.c);
  const categories = top.map(({ p, c }) => ({ categoryId: c.id, name: c.name, probability: Math.round(p.probability * 1000) / 1000 }));
  let unit: Suggestion['unit'] = null;
  if (top.length) {
    const rows = await ctx.db.selectFrom('dispatch_catalogue').select(['category_id', 'district_id', 'unit_id']).execute();
    const s = suggestUnit(
      ref.categoryPath(top[0].c.id),
      districtId,
      rows.map((r) => ({ categoryId: r.category_id, districtId: r.district_id, unitId: r.unit_id })),
      (id) => ref.categoryById.get(id)?.leadUnitId ?? null,
    );
    if (s) unit = { ...s, name: ref.unitById.get(s.unitId)?.name ?? '' };
  }
  const why = top.length ? explain(active.model, text, top[0].p.label, 8) : [];
  return { modelVersion: active.version, categories, unit, why, districtId };
}
