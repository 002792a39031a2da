// The dispatch catalogue (派单目录, README: category × district → unit): which unit leads a kind
// of request where. Rule from the module: the most specific entry wins — the category itself before
// its ancestors, a district's own entry before the city-wide one, the category's default lead
// unit last. Unit ids below are arbitrary, chosen so each answer can only come from one place.

import { describe, expect, it } from 'vitest';
import { suggestUnit, type CatalogueEntry } from '../../src/domain/dispatch.js';

// Category 30 (噪音扰民) under 20 (环境) under 10 (城市管理). Districts 1 and 2.
const PATH = [30, 20, 10];
const noLead = (): number | null => null;
const leads = (table: Record<number, number>) => (id: number): number | null => table[id] ?? null;

describe('suggestUnit', () => {
  it('a district’s own entry for the category wins over the city-wide one and the lead unit', () => {
    const entries: CatalogueEntry[] = [
      { categoryId: 30, districtId: null, unitId: 500 },
      { categoryId: 30, districtId: 1, unitId: 501 },
      { categoryId: 30, districtId: 2, unitId: 502 },
    ];
    expect(suggestUnit(PATH, 1, entries, leads({ 30: 900 }))).toEqual({ unitId: 501, via: 'catalogue_district', categoryId: 30 });
    expect(suggestUnit(PATH, 2, entries, leads({ 30: 900 }))).toEqual({ unitId: 502, via: 'catalogue_district', categoryId: 30 });
  });

  it('without the district’s own entry, the city-wide entry decides', () => {
    const entries: CatalogueEntry[] = [
      { categoryId: 30, districtId: 2, unitId: 502 },
      { categoryId: 30, districtId: null, unitId: 500 },
    ];
    expect(suggestUnit(PATH, 1, entries, leads({ 30: 900 }))).toEqual({ unitId: 500, via: 'catalogue', categoryId: 30 });
  });

  it('a request with no district never takes another district’s entry', () => {
    const entries: CatalogueEntry[] = [
      { categoryId: 30, districtId: 1, unitId: 501 },
      { categoryId: 30, districtId: null, unitId: 500 },
    ];
    expect(suggestUnit(PATH, null, entries, noLead)).toEqual({ unitId: 500, via: 'catalogue', categoryId: 30 });
    expect(suggestUnit(PATH, null, [{ categoryId: 30, districtId: 1, unitId: 501 }], noLead)).toBeNull();
  });

  it('a district entry of another category does not decide this one', () => {
    const entries: CatalogueEntry[] = [
      { categoryId: 99, districtId: 1, unitId: 599 },
      { categoryId: 99, districtId: null, unitId: 598 },
    ];
    expect(suggestUnit(PATH, 1, entries, leads({ 30: 900 }))).toEqual({ unitId: 900, via: 'category_lead', categoryId: 30 });
  });

  it('the category’s own lead unit comes before any entry of an ancestor', () => {
    const entries: CatalogueEntry[] = [
      { categoryId: 20, districtId: 1, unitId: 601 },
      { categoryId: 20, districtId: null, unitId: 600 },
    ];
    expect(suggestUnit(PATH, 1, entries, leads({ 30: 900, 20: 800 }))).toEqual({ unitId: 900, via: 'category_lead', categoryId: 30 });
  });

  it('with nothing for the category, its nearest ancestor decides, and says which ancestor', () => {
    const entries: CatalogueEntry[] = [
      { categoryId: 20, districtId: 1, unitId: 601 },
      { categoryId: 10, districtId: 1, unitId: 701 },
    ];
    expect(suggestUnit(PATH, 1, entries, noLead)).toEqual({ unitId: 601, via: 'catalogue_district', categoryId: 20 });
    expect(suggestUnit(PATH, 2, [{ categoryId: 10, districtId: null, unitId: 700 }], noLead)).toEqual({ unitId: 700, via: 'catalogue', categoryId: 10 });
    expect(suggestUnit(PATH, 2, [], leads({ 10: 1000 }))).toEqual({ unitId: 1000, via: 'category_lead', categoryId: 10 });
  });

  it('nothing anywhere on the path: no suggestion', () => {
    expect(suggestUnit(PATH, 1, [], noLead)).toBeNull();
    expect(suggestUnit([], 1, [{ categoryId: 30, districtId: 1, unitId: 501 }], leads({ 30: 900 }))).toBeNull();
  });

  it('asks for the lead unit of the categories on the path only, nearest first, and stops at the first', () => {
    const asked: number[] = [];
    const lead = (id: number): number | null => {
      asked.push(id);
      return id === 20 ? 800 : null;
    };
    expect(suggestUnit(PATH, 1, [], lead)).toEqual({ unitId: 800, via: 'category_lead', categoryId: 20 });
    expect(asked).toEqual([30, 20]);
  });

  it('a lead unit whose id is 0 is still a lead unit (only null means none)', () => {
    expect(suggestUnit([30], null, [], () => 0)).toEqual({ unitId: 0, via: 'category_lead', categoryId: 30 });
  });
});
