// Queries behind the supervisors' and leaders' dashboard: the daily trend (summed from the
// measure rollups, so its figures agree with GET /measures), the open backlog and the
// overdue list (the same "overdue" as GET /tickets?overdue=true: the handle_overdue alert).

import { sql, type Kysely } from 'kysely';
import { FACTS, emptyTotals, type FactTotals } from '../domain/measures.js';
import { OPEN_STATUSES } from '../domain/ticket-types.js';
import type { DB } from './schema.js';

export type TrendDimension = 'unit' | 'category' | 'district';

/**
 * Fact totals per Asia/Shanghai day over from..to (inclusive), of all tickets or of the
 * tickets whose key in one dimension is among `keys` (a unit or category subtree, a district).
 */
export async function dailyTotals(db: Kysely<DB>, from: string, to: string, filter?: { dim: TrendDimension; keys: string[] }): Promise<Map<string, FactTotals>> {
  const dim = filter?.dim ?? 'unit';
  if (filter && !filter.keys.length) return new Map();
  const { rows } = await sql<{ day: string; volume: number; handling_minutes: number; facts: number[] }>`
    SELECT to_char(day, 'YYYY-MM-DD') AS day, sum(volume)::int AS volume, sum(handling_minutes)::float8 AS handling_minutes,
      ARRAY[${sql.raw(FACTS.map((_, i) => `coalesce(sum(facts[${i + 1}]), 0)::int`).join(', '))}] AS facts
    FROM measure_rollups
    WHERE dim = ${dim} AND day >= ${from} AND day <= ${to}
      ${filter ? sql`AND key IN (${sql.join(filter.keys)})` : sql``}
    GROUP BY day ORDER BY day`.execute(db);
  const out = new Map<string, FactTotals>();
  for (const r of rows) {
    const t = emptyTotals();
    t.volume = r.volume;
    t.handling_minutes = Number(r.handling_minutes);
    FACTS.forEach((f, i) => (t[f] = r.facts[i]));
    out.set(r.day, t);
  }
  return out;
}

/** How many tickets are open, by status (now, whatever the period); `centres`: only tickets of these centres (a city's, a sub-centre's staff). */
export async function openBacklog(db: Kysely<DB>, centres?: readonly number[] | null): Promise<Record<string, number>> {
  const rows = await db
    .selectFrom('tickets')
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('status', 'in', [...OPEN_STATUSES])
    .$if(!!centres, (q) => (centres!.length ? q.where('centre_id', 'in', centres!) : q.where(sql<boolean>`false`)))
    .groupBy('status')
    .execute();
  const out: Record<string, number> = Object.fromEntries(OPEN_STATUSES.map((s) => [s, 0]));
  for (const r of rows) out[r.status] = Number(r.n);
  return out;
}

export interface OverdueRow {
  id: number;
  number: string;
  title: string;
  caller_name: string | null;
  confidential: boolean;
  status: string;
  type: string;
  priority: string;
  unit_id: number | null;
  category_id: number | null;
  district_id: number | null;
  due_by: Date | null;
  supervision: unknown;
}

/** Open tickets past their handling limit, longest overdue first; with the count per lead unit. */
export async function overdueTickets(
  db: Kysely<DB>,
  limit: number,
  unitIds?: number[],
  centres?: readonly number[] | null,
): Promise<{ rows: OverdueRow[]; total: number; byUnit: Map<number | null, number> }> {
  let q = db
    .selectFrom('tickets')
    .where(sql<boolean>`'handle_overdue' = ANY(alerts)`)
    .where('status', 'in', [...OPEN_STATUSES]);
  // A centre's staff: the tickets of their centre and the centres below it (as in every ticket list).
  if (centres) q = centres.length ? q.where('centre_id', 'in', centres) : q.where(sql<boolean>`false`);
  if (unitIds) q = unitIds.length ? q.where('unit_id', 'in', unitIds) : q.where('unit_id', '=', -1);
  const [rows, counts] = await Promise.all([
    q
      .select(['id', 'number', 'title', 'caller_name', 'confidential', 'status', 'type', 'priority', 'unit_id', 'category_id', 'district_id', 'due_by', 'supervision'])
      .orderBy('due_by', 'asc')
      .orderBy('id', 'asc')
      .limit(limit)
      .execute(),
    q.select(['unit_id', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('unit_id').execute(),
  ]);
  const byUnit = new Map(counts.map((c) => [c.unit_id, Number(c.n)]));
  const total = [...byUnit.values()].reduce((a, b) => a + b, 0);
  return { rows: rows as OverdueRow[], total, byUnit };
}
