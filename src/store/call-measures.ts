// The floor's figures in SQL: calls (and missed-call tasks) summed per Asia/Shanghai day and
// dimension into call_rollups (migration 0019_call_rollup), and the sums over a period read
// from the rollup for the days it holds and straight from the calls for the rest (yesterday,
// today). The rules per call are src/domain/call-measures.ts callFacts / callbackFacts; the
// SQL below follows them, and the API tests check it against figures worked by hand.

import { sql, type Kysely, type RawBuilder } from 'kysely';
import { shanghaiDate, shanghaiMidnight } from '../domain/calendar.js';
import { CALLBACK_NEEDED_STATES, emptyCallTotals, WAIT_CAP_SECONDS, type CallTotals } from '../domain/call-measures.js';
import type { DB } from './schema.js';

export const CALL_DIMS = ['day', 'hour', 'line', 'agent'] as const;
export type CallDim = (typeof CALL_DIMS)[number];
/** What a read groups by: the whole period, or one key per day / hour of day / line / agent. */
export type CallGroup = 'total' | CallDim;

const DAY_MS = 86_400_000;
const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);

/** Local Asia/Shanghai time of a timestamptz (fixed UTC+8, as src/store/measures.ts). */
const local = (col: string) => sql.raw(`((${col} AT TIME ZONE 'UTC') + interval '8 hours')`);
const NEEDED = sql.raw(CALLBACK_NEEDED_STATES.map((s) => `'${s}'`).join(', '));

const COLUMNS = `day, dim, key, offered, answered, abandoned, waiting, wait_ms, answer_wait_ms, talk_ms, talked,
  wrap_up_seconds, wrapped, wait_buckets, answered_counts, abandoned_counts, callbacks_needed, called_back, called_back_on_time`;

/**
 * Rows of call_rollups' shape for the calls that started in [from, to) and the missed-call
 * tasks that arose in it, for the given dimensions: what a rebuild stores and what a read of
 * the days not rolled up sums the same way.
 */
function rollupRowsSql(from: Date, to: Date, dims: readonly CallDim[]): RawBuilder<unknown> {
  const dimList = sql.join(dims.map((d) => sql.lit(d)));
  return sql`
    WITH f AS (
      SELECT ${local('c.started_at')} AS local, c.line, c.agent_user_id,
        c.answered_at IS NOT NULL AS ans,
        c.answered_at IS NULL AND c.ended_at IS NOT NULL AS abd,
        greatest(0, extract(epoch FROM coalesce(c.answered_at, c.ended_at) - c.started_at)::float8 * 1000) AS wait_ms,
        CASE WHEN c.answered_at IS NOT NULL AND c.ended_at IS NOT NULL
          THEN greatest(0, extract(epoch FROM c.ended_at - c.answered_at)::float8 * 1000) END AS talk_ms,
        c.wrap_up_seconds
      FROM calls c
      WHERE c.started_at >= ${from} AND c.started_at < ${to}
    ), k AS (
      SELECT f.local::date AS day, d.dim, d.key, f.ans, f.abd, f.wait_ms, f.talk_ms, f.wrap_up_seconds
      FROM f CROSS JOIN LATERAL (VALUES ('day', ''), ('hour', extract(hour FROM f.local)::int::text),
        ('line', coalesce(f.line, '')), ('agent', coalesce(f.agent_user_id::text, ''))) AS d(dim, key)
      WHERE d.dim IN (${dimList})
    ), s AS (
      SELECT day, dim, key, count(*)::int AS offered,
        count(*) FILTER (WHERE ans)::int AS answered,
        count(*) FILTER (WHERE abd)::int AS abandoned,
        count(*) FILTER (WHERE NOT ans AND NOT abd)::int AS waiting,
        coalesce(round(sum(wait_ms) FILTER (WHERE ans OR abd)), 0)::bigint AS wait_ms,
        coalesce(round(sum(wait_ms) FILTER (WHERE ans)), 0)::bigint AS answer_wait_ms,
        coalesce(round(sum(talk_ms)), 0)::bigint AS talk_ms,
        count(talk_ms)::int AS talked,
        coalesce(sum(wrap_up_seconds), 0)::bigint AS wrap_up_seconds,
        count(wrap_up_seconds)::int AS wrapped
      FROM k GROUP BY 1, 2, 3
    ), h AS (
      SELECT day, dim, key, bucket, count(*) FILTER (WHERE ans)::int AS a, count(*) FILTER (WHERE abd)::int AS b
      FROM (SELECT k.*, least(${sql.lit(WAIT_CAP_SECONDS + 1)}, ceil(wait_ms / 1000))::int AS bucket FROM k WHERE ans OR abd) kb
      GROUP BY 1, 2, 3, 4
    ), ha AS (
      SELECT day, dim, key, array_agg(bucket ORDER BY bucket) AS wait_buckets,
        array_agg(a ORDER BY bucket) AS answered_counts, array_agg(b ORDER BY bucket) AS abandoned_counts
      FROM h GROUP BY 1, 2, 3
    ), mt AS (
      SELECT ${local('mc.missed_at')} AS local, mc.line,
        mc.state IN (${NEEDED}) AS needed,
        mc.state IN ('reached', 'unreachable') AS closed,
        mc.due_by, mc.closed_at, fa.first_at
      FROM missed_calls mc
      LEFT JOIN LATERAL (SELECT min(a.at) AS first_at FROM missed_call_attempts a WHERE a.call_id = mc.call_id) fa ON true
      WHERE mc.missed_at >= ${from} AND mc.missed_at < ${to}
    ), m AS (
      SELECT mt.local::date AS day, d.dim, d.key,
        count(*) FILTER (WHERE needed)::int AS callbacks_needed,
        count(*) FILTER (WHERE needed AND (first_at IS NOT NULL OR closed))::int AS called_back,
        count(*) FILTER (WHERE needed AND coalesce(first_at, CASE WHEN closed THEN closed_at END) <= due_by)::int AS called_back_on_time
      FROM mt CROSS JOIN LATERAL (VALUES ('day', ''), ('hour', extract(hour FROM mt.local)::int::text),
        ('line', coalesce(mt.line, ''))) AS d(dim, key)
      WHERE d.dim IN (${dimList})
      GROUP BY 1, 2, 3
    )
    SELECT coalesce(s.day, m.day) AS day, coalesce(s.dim, m.dim) AS dim, coalesce(s.key, m.key) AS key,
      coalesce(s.offered, 0) AS offered, coalesce(s.answered, 0) AS answered, coalesce(s.abandoned, 0) AS abandoned,
      coalesce(s.waiting, 0) AS waiting, coalesce(s.wait_ms, 0) AS wait_ms, coalesce(s.answer_wait_ms, 0) AS answer_wait_ms,
      coalesce(s.talk_ms, 0) AS talk_ms, coalesce(s.talked, 0) AS talked,
      coalesce(s.wrap_up_seconds, 0) AS wrap_up_seconds, coalesce(s.wrapped, 0) AS wrapped,
      coalesce(ha.wait_buckets, '{}'::int[]) AS wait_buckets, coalesce(ha.answered_counts, '{}'::int[]) AS answered_counts,
      coalesce(ha.abandoned_counts, '{}'::int[]) AS abandoned_counts,
      coalesce(m.callbacks_needed, 0) AS callbacks_needed, coalesce(m.called_back, 0) AS called_back,
      coalesce(m.called_back_on_time, 0) AS called_back_on_time
    FROM s LEFT JOIN ha ON ha.day = s.day AND ha.dim = s.dim AND ha.key = s.key
    FULL JOIN m ON m.day = s.day AND m.dim = s.dim AND m.key = s.key`;
}

/** Longest stretch rebuilt by one statement: bounds the work (and memory) of each. */
const MAX_STRETCH_DAYS = 31;

function* stretches(sortedDays: string[]): Generator<[string, string]> {
  let start = sortedDays[0];
  let prev = start;
  for (const d of sortedDays.slice(1)) {
    if (d !== addDays(prev, 1) || d >= addDays(start, MAX_STRETCH_DAYS)) {
      yield [start, prev];
      start = d;
    }
    prev = d;
  }
  yield [start, prev];
}

/** Recomputes the rollup of the given days; returns the rows written. */
export async function rebuildCallRollupDays(db: Kysely<DB>, days: Iterable<string>): Promise<number> {
  const sorted = [...new Set(days)].sort();
  if (!sorted.length) return 0;
  let written = 0;
  for (const [first, last] of stretches(sorted)) {
    await sql`DELETE FROM call_rollups WHERE day >= ${first}::date AND day <= ${last}::date`.execute(db);
    const res = await sql`INSERT INTO call_rollups (${sql.raw(COLUMNS)})
      SELECT ${sql.raw(COLUMNS)} FROM (${rollupRowsSql(shanghaiMidnight(first), shanghaiMidnight(addDays(last, 1)), CALL_DIMS)}) r`.execute(db);
    written += Number(res.numAffectedRows ?? 0);
  }
  return written;
}

/** The first day not in the rollup (days before it are), or null before the first refresh. */
export async function callRollupThrough(db: Kysely<DB>): Promise<string | null> {
  const { rows } = await sql<{ through: string | null }>`SELECT to_char(through, 'YYYY-MM-DD') AS through FROM call_rollup_state`.execute(db);
  return rows[0]?.through ?? null;
}

/**
 * Brings the rollup up to date: days marked stale are rebuilt, and days that became complete
 * (everything before yesterday, Asia/Shanghai, of `now`) are added. Yesterday stays with today
 * in the calls: a call's last events may still come in. Safe with several processes: the state
 * row is locked while one refreshes, and the next waits for it (not SKIP LOCKED: a reader whose
 * refresh was skipped would miss what committed before its read).
 */
export async function refreshCallRollups(db: Kysely<DB>, now: Date): Promise<number> {
  return db.transaction().execute(async (tx) => {
    const { rows } = await sql<{ through: string | null }>`
      SELECT to_char(through, 'YYYY-MM-DD') AS through FROM call_rollup_state FOR UPDATE`.execute(tx);
    if (!rows.length) return 0;
    let through = rows[0].through;
    const horizon = addDays(shanghaiDate(now), -1);
    // Every stale mark is of a day in the rollup: rebuild it, whatever the clock says.
    const stale = await sql<{ day: string }>`DELETE FROM call_rollup_stale RETURNING to_char(day, 'YYYY-MM-DD') AS day`.execute(tx);
    const days = new Set(stale.rows.map((r) => r.day));
    if (through == null || through < horizon) {
      let start = through;
      if (start == null) {
        const { rows: first } = await sql<{ day: string | null }>`
          SELECT to_char(${local('least((SELECT min(started_at) FROM calls), (SELECT min(missed_at) FROM missed_calls))')}::date, 'YYYY-MM-DD') AS day`.execute(tx);
        start = first[0].day ?? horizon;
      }
      for (let d = start; d < horizon; d = addDays(d, 1)) days.add(d);
      through = horizon;
      await sql`UPDATE call_rollup_state SET through = ${through}::date`.execute(tx);
    }
    return rebuildCallRollupDays(tx, [...days].filter((d) => d < (through as string)));
  });
}

interface SumRow {
  grp: string;
  offered: number;
  answered: number;
  abandoned: number;
  waiting: number;
  wait_ms: string | number;
  answer_wait_ms: string | number;
  talk_ms: string | number;
  talked: number;
  wrap_up_seconds: string | number;
  wrapped: number;
  callbacks_needed: number;
  called_back: number;
  called_back_on_time: number;
  waits: [number, number, number][] | string | null;
}

/**
 * Totals per key over the days from..to (inclusive, Asia/Shanghai): the rollup for the days
 * it holds, the calls for the others. `agentId` keeps only that agent's row (group 'agent').
 */
export async function callTotalsBy(
  db: Kysely<DB>,
  group: CallGroup,
  from: string,
  to: string,
  opts: { agentId?: number } = {},
): Promise<Map<string, CallTotals>> {
  const dim: CallDim = group === 'total' ? 'day' : group;
  const through = await callRollupThrough(db);
  const rolledTo = through == null ? null : addDays(through, -1) < to ? addDays(through, -1) : to;
  const rawFrom = through == null || through < from ? from : through;
  const keyFilter = opts.agentId != null ? sql`AND key = ${String(opts.agentId)}` : sql``;
  const parts: RawBuilder<unknown>[] = [];
  if (rolledTo != null && from <= rolledTo) {
    parts.push(sql`SELECT ${sql.raw(COLUMNS)} FROM call_rollups WHERE dim = ${dim} AND day >= ${from}::date AND day <= ${rolledTo}::date ${keyFilter}`);
  }
  if (rawFrom <= to) {
    parts.push(sql`SELECT ${sql.raw(COLUMNS)} FROM (${rollupRowsSql(shanghaiMidnight(rawFrom), shanghaiMidnight(addDays(to, 1)), [dim])}) v WHERE true ${keyFilter}`);
  }
  const out = new Map<string, CallTotals>();
  if (!parts.length) return out;
  const grp = group === 'total' ? sql.raw(`''`) : group === 'day' ? sql.raw(`to_char(day, 'YYYY-MM-DD')`) : sql.raw('key');
  const { rows } = await sql<SumRow>`
    WITH r AS (${sql.join(parts, sql` UNION ALL `)}),
    sums AS (
      SELECT ${grp} AS grp, sum(offered)::int AS offered, sum(answered)::int AS answered, sum(abandoned)::int AS abandoned,
        sum(waiting)::int AS waiting, sum(wait_ms)::text AS wait_ms, sum(answer_wait_ms)::text AS answer_wait_ms,
        sum(talk_ms)::text AS talk_ms, sum(talked)::int AS talked, sum(wrap_up_seconds)::text AS wrap_up_seconds,
        sum(wrapped)::int AS wrapped, sum(callbacks_needed)::int AS callbacks_needed, sum(called_back)::int AS called_back,
        sum(called_back_on_time)::int AS called_back_on_time
      FROM r GROUP BY 1
    ),
    hist AS (
      SELECT grp, json_agg(json_build_array(bucket, a, b)) AS waits FROM (
        SELECT ${grp} AS grp, u.bucket, sum(u.a)::int AS a, sum(u.b)::int AS b
        FROM r, unnest(r.wait_buckets, r.answered_counts, r.abandoned_counts) AS u(bucket, a, b)
        GROUP BY 1, 2
      ) x GROUP BY grp
    )
    SELECT sums.*, hist.waits FROM sums LEFT JOIN hist ON hist.grp = sums.grp`.execute(db);
  for (const r of rows) {
    const t = emptyCallTotals();
    t.offered = r.offered;
    t.answered = r.answered;
    t.abandoned = r.abandoned;
    t.waiting = r.waiting;
    t.waitMs = Number(r.wait_ms);
    t.answerWaitMs = Number(r.answer_wait_ms);
    t.talkMs = Number(r.talk_ms);
    t.talked = r.talked;
    t.wrapUpSeconds = Number(r.wrap_up_seconds);
    t.wrapped = r.wrapped;
    t.callbacksNeeded = r.callbacks_needed;
    t.calledBack = r.called_back;
    t.calledBackOnTime = r.called_back_on_time;
    const waits = typeof r.waits === 'string' ? (JSON.parse(r.waits) as [number, number, number][]) : (r.waits ?? []);
    for (const [b, a, x] of waits) t.waits.set(b, [a, x]);
    out.set(r.grp, t);
  }
  return out;
}
