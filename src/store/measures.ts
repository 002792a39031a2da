// Daily rollups of the measure facts and the queries over them. The facts themselves are
// computed by src/domain/measures.ts and stored per ticket as bits (tickets.facts); here they
// are only summed.

import { sql, type Kysely } from 'kysely';
import { shanghaiMidnight } from '../domain/calendar.js';
import { FACTS, emptyTotals, type FactTotals } from '../domain/measures.js';
import type { DB } from './schema.js';
import { inTransaction } from './tickets.js';

export const DIMENSIONS = ['unit', 'category', 'line', 'district'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** The key column of each dimension; unit is the lead unit. */
const KEY_SQL: Record<Dimension, string> = {
  // Tickets without a unit (answered directly, waiting for dispatch) are the hotline centre's own.
  unit: `coalesce(unit_id, (SELECT min(id) FROM units WHERE kind = 'center'))::text`,
  category: 'category_id::text',
  line: 'line',
  district: 'district_id::text',
};

/** The Asia/Shanghai calendar day of created_at, the same expression everywhere (fixed UTC+8). */
const DAY_SQL = `((created_at AT TIME ZONE 'UTC') + interval '8 hours')::date`;
const FACT_SUMS = FACTS.map((_, i) => `sum((facts >> ${i}) & 1)::int`).join(', ');

/**
 * Recomputes the rollups of the given days from the tickets created on them.
 * Returns the number of rollup rows written.
 */
export async function rebuildRollupDays(db: Kysely<DB>, days: string[]): Promise<number> {
  if (!days.length) return 0;
  const sorted = [...new Set(days)].sort();
  let written = 0;
  // Contiguous stretches are rebuilt with one range scan each.
  for (const [first, last] of stretches(sorted)) {
    const from = shanghaiMidnight(first);
    const to = new Date(shanghaiMidnight(last).getTime() + 86_400_000);
    await inTransaction(db, async (tx) => {
      await tx.deleteFrom('measure_rollups').where('day', '>=', first).where('day', '<=', last).execute();
      for (const dim of DIMENSIONS) {
        const res = await sql`
          INSERT INTO measure_rollups (day, dim, key, volume, handling_minutes, facts)
          SELECT ${sql.raw(DAY_SQL)}, ${dim}, ${sql.raw(KEY_SQL[dim])}, count(*)::int,
            coalesce(sum(handling_minutes), 0), ARRAY[${sql.raw(FACT_SUMS)}]
          FROM tickets
          WHERE created_at >= ${from} AND created_at < ${to} AND ${sql.raw(KEY_SQL[dim])} IS NOT NULL
          GROUP BY 1, 3`.execute(tx);
        written += Number(res.numAffectedRows ?? 0);
      }
      // Returns, by the unit that returned the ticket.
      const res = await sql`
        INSERT INTO measure_rollups (day, dim, key, volume, handling_minutes, facts)
        SELECT day, 'unit_return', unit::text, count(*)::int, 0, '{}'
        FROM (SELECT ${sql.raw(DAY_SQL)} AS day, unnest(returned_from) AS unit FROM tickets
              WHERE created_at >= ${from} AND created_at < ${to} AND return_count > 0) r
        GROUP BY 1, 3`.execute(tx);
      written += Number(res.numAffectedRows ?? 0);
    });
  }
  return written;
}

function* stretches(sortedDays: string[]): Generator<[string, string]> {
  let start = sortedDays[0];
  let prev = start;
  for (const d of sortedDays.slice(1)) {
    if (shanghaiMidnight(d).getTime() - shanghaiMidnight(prev).getTime() > 86_400_000) {
      yield [start, prev];
      start = d;
    }
    prev = d;
  }
  yield [start, prev];
}

/** How far back a refresh looks before its watermark, for transactions that committed late. */
const OVERLAP_MS = 60_000;

/**
 * Brings the rollups up to date with every ticket changed since the last refresh. Safe with
 * several server processes: the watermark row is locked while one refreshes.
 */
export async function refreshRollups(db: Kysely<DB>, now: Date = new Date()): Promise<number> {
  return db.transaction().execute(async (tx) => {
    await tx
      .insertInto('settings')
      .values({ key: 'rollup_watermark', value: JSON.stringify({ at: new Date(0).toISOString() }) })
      .onConflict((oc) => oc.column('key').doNothing())
      .execute();
    // One refresh at a time, each after the one before it, so a reader's own refresh includes all
    // that committed before the read. Not SKIP LOCKED: a refresh skipped because another held the
    // row left the reader with figures missing what committed before it (seen on PostgreSQL under
    // load: a dashboard one ticket short).
    const row = await tx.selectFrom('settings').select('value').where('key', '=', 'rollup_watermark').forUpdate().executeTakeFirst();
    if (!row) return 0;
    const since = new Date(new Date((row.value as { at: string }).at).getTime() - OVERLAP_MS);
    const { rows } = await sql<{ day: string }>`
      SELECT DISTINCT to_char(${sql.raw(DAY_SQL)}, 'YYYY-MM-DD') AS day FROM tickets WHERE updated_at > ${since}`.execute(tx);
    const written = await rebuildRollupDays(tx, rows.map((r) => r.day));
    await tx
      .updateTable('settings')
      .set({ value: JSON.stringify({ at: now.toISOString() }) })
      .where('key', '=', 'rollup_watermark')
      .execute();
    return written;
  });
}

/** Rebuilds every day that has tickets (after an import, or a change to the facts). */
export async function rebuildAllRollups(db: Kysely<DB>, now: Date = new Date()): Promise<number> {
  const { rows } = await sql<{ day: string }>`SELECT DISTINCT to_char(${sql.raw(DAY_SQL)}, 'YYYY-MM-DD') AS day FROM tickets`.execute(db);
  const written = await rebuildRollupDays(db, rows.map((r) => r.day));
  // Everything changed before the rebuild started is in it: the next refresh starts from here.
  await db
    .insertInto('settings')
    .values({ key: 'rollup_watermark', value: JSON.stringify({ at: now.toISOString() }) })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify({ at: now.toISOString() }) }))
    .execute();
  return written;
}

/**
 * Fact totals per key of a dimension over the days from..to (inclusive, Asia/Shanghai).
 * For units, a return counts against the unit that returned the ticket (and as one of its
 * dispatches), not against the unit that finally handled it.
 */
export async function totalsBy(db: Kysely<DB>, dim: Dimension, from: string, to: string): Promise<Map<string, FactTotals>> {
  const dims: string[] = dim === 'unit' ? ['unit', 'unit_return'] : [dim];
  // Summed in SQL: a year of daily rows is tens of thousands, the answer a few dozen.
  const { rows } = await sql<{ dim: string; key: string; volume: number; handling_minutes: number; facts: number[] }>`
    SELECT dim, key, sum(volume)::int AS volume, sum(handling_minutes)::float8 AS handling_minutes,
      ARRAY[${sql.raw(FACTS.map((_, i) => `coalesce(sum(facts[${i + 1}]), 0)::int`).join(', '))}] AS facts
    FROM measure_rollups
    WHERE dim IN (${sql.join(dims)}) AND day >= ${from} AND day <= ${to}
    GROUP BY dim, key`.execute(db);
  const out = new Map<string, FactTotals>();
  const get = (key: string) => out.get(key) ?? (out.set(key, emptyTotals()), out.get(key) as FactTotals);
  const returns = new Map<string, number>();
  for (const r of rows) {
    if (r.dim === 'unit_return') {
      returns.set(r.key, r.volume);
      continue;
    }
    const t = get(r.key);
    t.volume += r.volume;
    t.handling_minutes += Number(r.handling_minutes);
    FACTS.forEach((f, i) => (t[f] += r.facts[i]));
  }
  if (dim === 'unit') {
    for (const t of out.values()) t.returned = 0;
    for (const [key, n] of returns) {
      const t = get(key);
      t.returned = n;
      t.dispatched += n;
    }
  }
  return out;
}
