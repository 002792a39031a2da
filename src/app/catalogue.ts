// The dispatch catalogue (派单目录): entries set by an admin, and proposals from history that an
// admin accepts (src/domain/catalogue-proposals.ts says what is proposed).

import { sql } from 'kysely';
import { proposeCatalogue, type CatalogueProposal, type HandledRequest, type ProposalRules } from '../domain/catalogue-proposals.js';
import type { CatalogueEntry } from '../domain/dispatch.js';
import type { Actor } from '../domain/ticket-model.js';
import { audit } from '../store/admin-console.js';
import type { ReferenceData } from '../store/reference.js';
import { DomainFailure, inTransaction } from '../store/tickets.js';
import type { Kysely } from 'kysely';
import type { DB } from '../store/schema.js';
import type { AppContext } from './context.js';

type Db = Kysely<DB>;
type Tx = Kysely<DB>;

export async function catalogueEntries(db: Db): Promise<(CatalogueEntry & { id: number })[]> {
  const rows = await db.selectFrom('dispatch_catalogue').select(['id', 'category_id', 'district_id', 'unit_id']).orderBy('id').execute();
  return rows.map((r) => ({ id: r.id, categoryId: r.category_id, districtId: r.district_id, unitId: r.unit_id }));
}

/**
 * Every request the history says who handled: replied or closed after a reply, with a category,
 * and the lead unit that replied (the hand-down chain's first level at the reply: after returns
 * and re-dispatches, the unit the centre last sent it to). Merged, refused and directly answered
 * requests have none.
 */
export async function handledRequests(db: Db): Promise<HandledRequest[]> {
  const rows = await db
    .selectFrom('tickets')
    .select(['category_id', 'district_id', sql<number | null>`coalesce((chain->0->>'unitId')::int, unit_id)`.as('unit')])
    .where('status', 'in', ['replied', 'closed'])
    .where('replied_at', 'is not', null)
    .where('category_id', 'is not', null)
    .execute();
  return rows.flatMap((r) => (r.unit != null ? [{ categoryId: r.category_id as number, districtId: r.district_id, unitId: Number(r.unit) }] : []));
}

export async function catalogueProposals(ctx: AppContext, ref: ReferenceData, rules?: ProposalRules, db: Db = ctx.db): Promise<CatalogueProposal[]> {
  const [handled, catalogue] = await Promise.all([handledRequests(db), catalogueEntries(db)]);
  // Only units and categories that still exist and may be dispatched to.
  const usable = handled.filter((h) => ref.categoryById.has(h.categoryId) && ref.unitById.get(h.unitId)?.active !== false && ref.unitById.get(h.unitId)?.kind !== 'center');
  return proposeCatalogue(usable, catalogue, (id) => ref.categoryPath(id), (id) => ref.categoryById.get(id)?.leadUnitId ?? null, rules);
}

const present = (e: { id: number; category_id: number; district_id: number | null; unit_id: number }) => ({ id: e.id, categoryId: e.category_id, districtId: e.district_id, unitId: e.unit_id });

/** Sets one entry (the same category and district: replaced), audit-logged as `action`. */
export async function setCatalogueEntry(tx: Tx, actorId: number, e: CatalogueEntry, action: string, extra: Record<string, unknown> = {}) {
  let q = tx.deleteFrom('dispatch_catalogue').where('category_id', '=', e.categoryId);
  q = e.districtId != null ? q.where('district_id', '=', e.districtId) : q.where('district_id', 'is', null);
  const replaced = await q.returningAll().execute();
  const row = await tx.insertInto('dispatch_catalogue').values({ category_id: e.categoryId, district_id: e.districtId, unit_id: e.unitId }).returningAll().executeTakeFirstOrThrow();
  await audit(tx, actorId, action, { before: replaced[0] ? present(replaced[0]) : null, after: present(row), ...extra });
  return present(row);
}

/**
 * Accepts proposals into the catalogue, all or none: each must be a proposal now (the same
 * category, district and unit as the list shows), else nothing is written. Audit-logged as
 * catalogue.accept, with the history's figures.
 */
export async function acceptProposals(ctx: AppContext, actor: Pick<Actor, 'id'>, items: CatalogueEntry[]) {
  const ref = await ctx.ref.get();
  const seen = new Set<string>();
  for (const i of items) {
    const k = `${i.categoryId}:${i.districtId ?? ''}`;
    if (seen.has(k)) throw new DomainFailure({ status: 400, code: 'duplicate_proposal', detail: '同一分类和区县只能采纳一条建议' });
    seen.add(k);
  }
  return inTransaction(ctx.db, async (tx) => {
    // One change of the catalogue at a time: the proposals checked are the ones accepted.
    await sql`SELECT pg_advisory_xact_lock(hashtext('hotline-dispatch-catalogue'))`.execute(tx);
    const proposals = await catalogueProposals(ctx, ref, undefined, tx);
    const accepted = [];
    for (const i of items) {
      const p = proposals.find((x) => x.categoryId === i.categoryId && (x.districtId ?? null) === (i.districtId ?? null) && x.unitId === i.unitId);
      if (!p) {
        throw new DomainFailure({
          status: 409,
          code: 'not_proposed',
          detail: `分类 ${ref.categoryById.get(i.categoryId)?.name ?? i.categoryId} 在该区县没有这条派单建议（可能已采纳，或历史数据已变化）：请刷新建议列表`,
        });
      }
      accepted.push(await setCatalogueEntry(tx, actor.id!, { categoryId: p.categoryId, districtId: p.districtId, unitId: p.unitId }, 'catalogue.accept', { tickets: p.tickets, handled: p.handled }));
    }
    return accepted;
  });
}
