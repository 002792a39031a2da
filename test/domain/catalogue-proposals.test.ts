// Dispatch catalogue proposals (派单目录建议): which unit actually handled a category × district's
// requests (the lead unit that replied, after returns and re-dispatches), proposed when enough
// requests and a clear majority agree, and not when the catalogue already says so.

import { describe, expect, it } from 'vitest';
import { proposeCatalogue, type HandledRequest } from '../../src/domain/catalogue-proposals.js';

// Categories: 10 (城市管理) > 11 (占道经营); 20 (供水) has no parent. Districts 1 and 2.
// Units: 100 城管局, 101 A区城管, 102 B区城管, 200 水务集团.
const PATHS: Record<number, number[]> = { 10: [10], 11: [11, 10], 20: [20], 30: [30] };
const path = (c: number) => PATHS[c] ?? [c];
const LEADS: Record<number, number> = { 10: 100, 20: 200 };
const leadOf = (c: number) => LEADS[c] ?? null;

/** n requests of a category × district, handled by a unit. */
const reqs = (categoryId: number, districtId: number | null, unitId: number, n: number): HandledRequest[] =>
  Array.from({ length: n }, () => ({ categoryId, districtId, unitId }));

describe('a proposal', () => {
  it('names the unit that handled most of a category × district, with the counts and today\'s suggestion', () => {
    const handled = [...reqs(11, 1, 101, 3), ...reqs(11, 1, 100, 1)];
    expect(proposeCatalogue(handled, [], path, leadOf)).toEqual([
      {
        categoryId: 11,
        districtId: 1,
        unitId: 101,
        tickets: 4,
        handled: 3,
        share: 0.75,
        units: [
          { unitId: 101, tickets: 3 },
          { unitId: 100, tickets: 1 },
        ],
        // Today the request goes to the parent category's lead unit.
        current: { unitId: 100, via: 'category_lead', categoryId: 10 },
        changes: true,
      },
    ]);
  });

  it('counts each request in its own category × district', () => {
    const handled = [...reqs(11, 1, 101, 3), ...reqs(11, 2, 102, 3), ...reqs(10, 1, 100, 3)];
    const out = proposeCatalogue(handled, [], path, leadOf);
    expect(out.map((p) => [p.categoryId, p.districtId, p.unitId, p.tickets, p.handled])).toEqual([
      [11, 1, 101, 3, 3],
      [11, 2, 102, 3, 3],
      [10, 1, 100, 3, 3],
    ]);
  });

  it('treats requests without a known district as a group of their own (citywide)', () => {
    const handled = [...reqs(20, null, 200, 2), ...reqs(20, 1, 200, 1), ...reqs(20, null, 201, 1)];
    // null group: 3 requests, 2 by 200 (share 0.667 ≥ 0.6); district 1: only 1 request.
    const out = proposeCatalogue(handled, [], path, leadOf);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ categoryId: 20, districtId: null, unitId: 200, tickets: 3, handled: 2, share: 0.667 });
    // Today's suggestion is the category's lead, the same unit: accepting changes nothing.
    expect(out[0].current).toEqual({ unitId: 200, via: 'category_lead', categoryId: 20 });
    expect(out[0].changes).toBe(false);
  });

  it('rounds the share to three decimals', () => {
    const handled = [...reqs(30, 1, 5, 2), ...reqs(30, 1, 6, 1)];
    expect(proposeCatalogue(handled, [], path, leadOf, { minTickets: 3, minShare: 0.5 })[0].share).toBe(0.667);
    const seven = [...reqs(30, 1, 5, 5), ...reqs(30, 1, 6, 2)];
    expect(proposeCatalogue(seven, [], path, leadOf)[0].share).toBe(0.714);
  });

  it('has no current suggestion when neither the catalogue nor a lead unit gives one', () => {
    const out = proposeCatalogue(reqs(30, 1, 5, 3), [], path, leadOf);
    expect(out).toHaveLength(1);
    expect(out[0].current).toBeNull();
    expect(out[0].changes).toBe(true);
  });
});

describe('nothing is proposed', () => {
  it('with fewer requests than the minimum (3 by default)', () => {
    expect(proposeCatalogue(reqs(11, 1, 101, 2), [], path, leadOf)).toEqual([]);
    expect(proposeCatalogue(reqs(11, 1, 101, 3), [], path, leadOf)).toHaveLength(1);
    expect(proposeCatalogue(reqs(11, 1, 101, 4), [], path, leadOf, { minTickets: 5, minShare: 0.6 })).toEqual([]);
    expect(proposeCatalogue(reqs(11, 1, 101, 5), [], path, leadOf, { minTickets: 5, minShare: 0.6 })).toHaveLength(1);
  });

  it('when the top unit handled less than the required share (60 % by default)', () => {
    // 3 of 5 = 60 %: enough; 3 of 6 = 50 % with the others split: not enough.
    const sixty = [...reqs(11, 1, 101, 3), ...reqs(11, 1, 100, 1), ...reqs(11, 1, 102, 1)];
    expect(proposeCatalogue(sixty, [], path, leadOf)).toHaveLength(1);
    const half = [...reqs(11, 1, 101, 3), ...reqs(11, 1, 100, 2), ...reqs(11, 1, 102, 1)];
    expect(proposeCatalogue(half, [], path, leadOf)).toEqual([]);
    expect(proposeCatalogue(half, [], path, leadOf, { minTickets: 3, minShare: 0.5 })).toHaveLength(1);
  });

  it('when two units handled as many (no majority), even with a low required share', () => {
    const tie = [...reqs(11, 1, 101, 2), ...reqs(11, 1, 102, 2)];
    expect(proposeCatalogue(tie, [], path, leadOf, { minTickets: 3, minShare: 0.1 })).toEqual([]);
    // A tie below the top does not matter.
    const below = [...reqs(11, 1, 101, 4), ...reqs(11, 1, 102, 1), ...reqs(11, 1, 100, 1)];
    expect(proposeCatalogue(below, [], path, leadOf, { minTickets: 3, minShare: 0.1 })).toHaveLength(1);
  });

  it('when the catalogue entry for that category × district already names the unit', () => {
    const handled = reqs(11, 1, 101, 4);
    expect(proposeCatalogue(handled, [{ categoryId: 11, districtId: 1, unitId: 101 }], path, leadOf)).toEqual([]);
    const nullDistrict = reqs(20, null, 201, 3);
    expect(proposeCatalogue(nullDistrict, [{ categoryId: 20, districtId: null, unitId: 201 }], path, leadOf)).toEqual([]);
  });
});

describe('against the catalogue', () => {
  it('proposes again when the entry names another unit, with that entry as today\'s suggestion', () => {
    const out = proposeCatalogue(reqs(11, 1, 101, 3), [{ categoryId: 11, districtId: 1, unitId: 102 }], path, leadOf);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ unitId: 101, current: { unitId: 102, via: 'catalogue_district', categoryId: 11 }, changes: true });
  });

  it('an entry for another district or citywide does not stop the district\'s proposal', () => {
    const catalogue = [
      { categoryId: 11, districtId: 2, unitId: 101 },
      { categoryId: 11, districtId: null, unitId: 101 },
    ];
    const out = proposeCatalogue(reqs(11, 1, 101, 3), catalogue, path, leadOf);
    expect(out).toHaveLength(1);
    // The citywide entry already sends it there: an entry for the district would change nothing today.
    expect(out[0]).toMatchObject({ districtId: 1, unitId: 101, current: { unitId: 101, via: 'catalogue', categoryId: 11 }, changes: false });
  });

  it('an entry for the same district but another category does not stop it', () => {
    const out = proposeCatalogue(reqs(11, 1, 101, 3), [{ categoryId: 10, districtId: 1, unitId: 101 }], path, leadOf);
    expect(out).toHaveLength(1);
    // The parent category's district entry is what the suggestion finds today.
    expect(out[0]).toMatchObject({ current: { unitId: 101, via: 'catalogue_district', categoryId: 10 }, changes: false });
  });
});

describe('the list', () => {
  it('lists units most first, a tie going to the lower unit id', () => {
    const handled = [...reqs(11, 1, 109, 1), ...reqs(11, 1, 103, 1), ...reqs(11, 1, 101, 6), ...reqs(11, 1, 102, 2)];
    expect(proposeCatalogue(handled, [], path, leadOf)[0].units).toEqual([
      { unitId: 101, tickets: 6 },
      { unitId: 102, tickets: 2 },
      { unitId: 103, tickets: 1 },
      { unitId: 109, tickets: 1 },
    ]);
  });

  it('puts proposals that change today\'s suggestion first, then more requests, then category and district', () => {
    const handled = [
      ...reqs(20, 1, 200, 9), // no change (lead 200), 9
      ...reqs(30, 2, 5, 3), // change, 3
      ...reqs(30, 1, 5, 3), // change, 3, district 1 before 2
      ...reqs(11, 2, 102, 3), // change, 3, category 11 before 30
      ...reqs(11, 1, 101, 4), // change, 4
      ...reqs(10, 2, 100, 5), // no change (lead 100), 5
      ...reqs(30, null, 5, 3), // change, 3, no district before district 1
    ];
    const out = proposeCatalogue(handled, [], path, leadOf);
    expect(out.map((p) => [p.categoryId, p.districtId, p.changes])).toEqual([
      [11, 1, true],
      [11, 2, true],
      [30, null, true],
      [30, 1, true],
      [30, 2, true],
      [20, 1, false],
      [10, 2, false],
    ]);
  });

  it('is empty for no history', () => {
    expect(proposeCatalogue([], [{ categoryId: 11, districtId: 1, unitId: 101 }], path, leadOf)).toEqual([]);
  });
});
