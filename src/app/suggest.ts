// Smart dispatch's suggestion (智能派单): the deployment's own trained model classifies a request
// into categories, the dispatch catalogue gives the lead unit, and the model says why. Sure or
// silent: the suggestion carries its verdict, `sure` when the top category's (calibrated)
// probability reaches the admin's threshold; below it the console fills in nothing and offers
// the top three, each with the unit it would go to.

import { suggestUnit, type CatalogueEntry, type UnitSuggestion } from '../domain/dispatch.js';
import type { ReferenceData } from '../store/reference.js';
import { classify, explain } from '../text/classifier.js';
import { findDistrict } from '../text/places.js';
import type { AppContext } from './context.js';

export type SuggestedUnit = UnitSuggestion & { name: string };

export interface SuggestedCategory {
  categoryId: number;
  name: string;
  probability: number;
  /** Where a request of this category goes (in the request's district): catalogue, else the category's lead unit. */
  unit: SuggestedUnit | null;
}

export interface Suggestion {
  modelVersion: number | null;
  /** The top three categories, most probable first. */
  categories: SuggestedCategory[];
  /** True when the top category's probability is at or above `threshold`: it may be filled in. */
  sure: boolean;
  threshold: number;
  /** The top category's unit (as categories[0].unit). */
  unit: SuggestedUnit | null;
  why: { word: string; weight: number }[];
  districtId: number | null;
}

export interface RequestText {
  title?: string | null;
  content: string;
  address?: string | null;
  districtId?: number | null;
}

const TOP = 3;

/** The model's labels are category codes or names (as trained from the tickets' categories at one level, or leaves). */
export async function suggest(ctx: AppContext, ref: ReferenceData, input: RequestText): Promise<Suggestion> {
  const text = `${input.title ?? ''}\n${input.content}`;
  const districtId = input.districtId ?? findDistrict(`${input.address ?? ''} ${input.content}`, ref.units);
  const threshold = ref.suggestion.threshold;
  const active = await ctx.models.get();
  if (!active) return { modelVersion: null, categories: [], sure: false, threshold, unit: null, why: [], districtId };
  const byName = new Map(ref.categories.map((c) => [c.name, c]));
  const byCode = new Map(ref.categories.map((c) => [c.code, c]));
  // A label whose category was since removed is skipped; the next ones fill the three places.
  const predictions = classify(active.model, text, TOP + 2);
  const top = predictions
    .map((p) => ({ p, c: byCode.get(p.label) ?? byName.get(p.label) }))
    .filter((x): x is { p: (typeof predictions)[number]; c: NonNullable<typeof x.c> } => !!x.c)
    .slice(0, TOP);
  if (!top.length) return { modelVersion: active.version, categories: [], sure: false, threshold, unit: null, why: [], districtId };
  const catalogue: CatalogueEntry[] = (await ctx.db.selectFrom('dispatch_catalogue').select(['category_id', 'district_id', 'unit_id']).execute()).map((r) => ({
    categoryId: r.category_id,
    districtId: r.district_id,
    unitId: r.unit_id,
  }));
  const unitFor = (categoryId: number): SuggestedUnit | null => {
    const s = suggestUnit(ref.categoryPath(categoryId), districtId, catalogue, (id) => ref.categoryById.get(id)?.leadUnitId ?? null);
    return s ? { ...s, name: ref.unitById.get(s.unitId)?.name ?? '' } : null;
  };
  const categories = top.map(({ p, c }) => ({ categoryId: c.id, name: c.name, probability: Math.round(p.probability * 1000) / 1000, unit: unitFor(c.id) }));
  // Judged on the probability as shown (rounded), so what the agent reads and the verdict agree;
  // and only when the model's own first choice is a category that still exists.
  const sure = top[0].p === predictions[0] && categories[0].probability >= threshold;
  const why = explain(active.model, text, top[0].p.label, 8);
  return { modelVersion: active.version, categories, sure, threshold, unit: categories[0].unit, why, districtId };
}
