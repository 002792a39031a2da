// The dispatch catalogue (派单目录): which unit leads a kind of request where. The most
// specific entry wins: the category itself before its ancestors, a district's own entry
// before the city-wide one; the category's default lead unit comes last.

export interface CatalogueEntry {
  categoryId: number;
  districtId: number | null;
  unitId: number;
}

export interface UnitSuggestion {
  unitId: number;
  via: 'catalogue_district' | 'catalogue' | 'category_lead';
  categoryId: number; // the category (or ancestor) whose entry decided
}

/**
 * @param categoryPath the category and its ancestors, nearest first
 * @param leadOf a category's default lead unit, if it has one
 */
export function suggestUnit(
  categoryPath: readonly number[],
  districtId: number | null,
  entries: readonly CatalogueEntry[],
  leadOf: (categoryId: number) => number | null,
): UnitSuggestion | null {
  for (const categoryId of categoryPath) {
    if (districtId != null) {
      const local = entries.find((e) => e.categoryId === categoryId && e.districtId === districtId);
      if (local) return { unitId: local.unitId, via: 'catalogue_district', categoryId };
    }
    const citywide = entries.find((e) => e.categoryId === categoryId && e.districtId == null);
    if (citywide) return { unitId: citywide.unitId, via: 'catalogue', categoryId };
    const lead = leadOf(categoryId);
    if (lead != null) return { unitId: lead, via: 'category_lead', categoryId };
  }
  return null;
}
