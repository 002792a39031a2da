// Dispatch catalogue proposals (派单目录建议): from history, which unit actually handles a kind
// of request in a district. "Handled" is the lead unit that replied to the centre, after every
// return (退回) and re-dispatch (改派): not the unit first dispatched. A proposal is the unit
// that handled most of a category × district's requests, when enough of them and a clear
// majority agree; an admin accepts it into the catalogue.

import { suggestUnit, type CatalogueEntry, type UnitSuggestion } from './dispatch.js';

/** One request as handled: its category, its district (null: none known) and the unit that replied. */
export interface HandledRequest {
  categoryId: number;
  districtId: number | null;
  unitId: number;
}

export interface ProposalRules {
  /** Requests of the category × district needed before anything is proposed. */
  minTickets: number;
  /** The share of them the proposed unit must have handled. */
  minShare: number;
}
export const DEFAULT_PROPOSAL_RULES: ProposalRules = { minTickets: 3, minShare: 0.6 };

export interface CatalogueProposal {
  categoryId: number;
  districtId: number | null;
  unitId: number;
  /** Requests of this category × district handled (replied) in the history. */
  tickets: number;
  /** Of them, handled by the proposed unit. */
  handled: number;
  share: number;
  /** Every unit that handled some, most first. */
  units: { unitId: number; tickets: number }[];
  /** What the suggestion gives for this category × district today (catalogue or the category's lead). */
  current: UnitSuggestion | null;
  /** Accepting it changes where the suggestion sends such requests. */
  changes: boolean;
}

const key = (categoryId: number, districtId: number | null) => `${categoryId}:${districtId ?? ''}`;

/**
 * The proposals, those that change today's suggestion first, then by number of requests.
 * A category × district whose catalogue entry already names the unit is not proposed again.
 */
export function proposeCatalogue(
  handled: readonly HandledRequest[],
  catalogue: readonly CatalogueEntry[],
  categoryPath: (categoryId: number) => readonly number[],
  leadOf: (categoryId: number) => number | null,
  rules: ProposalRules = DEFAULT_PROPOSAL_RULES,
): CatalogueProposal[] {
  const groups = new Map<string, { categoryId: number; districtId: number | null; byUnit: Map<number, number>; n: number }>();
  for (const h of handled) {
    const k = key(h.categoryId, h.districtId);
    let g = groups.get(k);
    if (!g) groups.set(k, (g = { categoryId: h.categoryId, districtId: h.districtId, byUnit: new Map(), n: 0 }));
    g.n++;
    g.byUnit.set(h.unitId, (g.byUnit.get(h.unitId) ?? 0) + 1);
  }
  const exact = new Map(catalogue.map((e) => [key(e.categoryId, e.districtId), e.unitId]));
  const out: CatalogueProposal[] = [];
  for (const g of groups.values()) {
    if (g.n < rules.minTickets) continue;
    // Most first; a tie goes to the lower unit id, so the list does not change from run to run.
    const units = [...g.byUnit].map(([unitId, tickets]) => ({ unitId, tickets })).sort((a, b) => b.tickets - a.tickets || a.unitId - b.unitId);
    const top = units[0];
    if (units[1] && units[1].tickets === top.tickets) continue; // no majority
    if (top.tickets / g.n < rules.minShare) continue;
    if (exact.get(key(g.categoryId, g.districtId)) === top.unitId) continue;
    const current = suggestUnit(categoryPath(g.categoryId), g.districtId, catalogue, leadOf);
    out.push({
      categoryId: g.categoryId,
      districtId: g.districtId,
      unitId: top.unitId,
      tickets: g.n,
      handled: top.tickets,
      share: Math.round((top.tickets / g.n) * 1000) / 1000,
      units,
      current,
      changes: current?.unitId !== top.unitId,
    });
  }
  return out.sort((a, b) => Number(b.changes) - Number(a.changes) || b.tickets - a.tickets || a.categoryId - b.categoryId || (a.districtId ?? 0) - (b.districtId ?? 0));
}
