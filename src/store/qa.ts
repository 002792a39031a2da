// Quality checks (话务质检): the scoring form and its versions, drawing calls to check (all whose
// ticket's callback was unsatisfied, plus N at random among answered calls with a recording),
// the inspector's reviews, the agent's own results and acknowledgement, and per-agent averages
// for the floor's per-agent figures (qaScoresByAgent).

import { sql, type Kysely } from 'kysely';
import { maxTotal, percentOf, scoreReview, type QaItem } from '../domain/qa.js';
import { audit } from './admin-console.js';
import type { DB } from './schema.js';
import { inTransaction } from './tickets.js';

export class QaProblem extends Error {
  constructor(
    readonly status: 400 | 403 | 404 | 409,
    readonly code: string,
    readonly detail: string,
  ) {
    super(detail);
  }
}

export interface QaForm {
  id: number;
  version: number;
  items: QaItem[];
  maxTotal: number;
  active: boolean;
  createdAt: Date;
}

const toForm = (r: { id: number; version: number; items: QaItem[]; max_total: number; active: boolean; created_at: Date }): QaForm => ({
  id: r.id,
  version: r.version,
  items: r.items,
  maxTotal: r.max_total,
  active: r.active,
  createdAt: r.created_at,
});

export async function activeQaForm(db: Kysely<DB>): Promise<QaForm> {
  const r = await db.selectFrom('qa_forms').selectAll().where('active', '=', true).executeTakeFirstOrThrow();
  return toForm(r);
}

export async function qaFormById(db: Kysely<DB>, id: number): Promise<QaForm | null> {
  const r = await db.selectFrom('qa_forms').selectAll().where('id', '=', id).executeTakeFirst();
  return r ? toForm(r) : null;
}

/** A new version of the form becomes the active one; the old stays for the reviews scored on it. */
export async function saveQaForm(db: Kysely<DB>, items: QaItem[], by: number, now: Date): Promise<QaForm> {
  return inTransaction(db, async (tx) => {
    const before = await tx.selectFrom('qa_forms').selectAll().where('active', '=', true).forUpdate().executeTakeFirst();
    const last = await tx.selectFrom('qa_forms').select((eb) => eb.fn.max('version').as('v')).executeTakeFirstOrThrow();
    await tx.updateTable('qa_forms').set({ active: false }).where('active', '=', true).execute();
    const row = await tx
      .insertInto('qa_forms')
      .values({ version: Number(last.v ?? 0) + 1, items: JSON.stringify(items), max_total: maxTotal(items), active: true, created_by: by, created_at: now })
      .returningAll()
      .executeTakeFirstOrThrow();
    await audit(tx, by, 'qa.form', { before: before ? { version: before.version, items: before.items } : null, after: { version: row.version, items } });
    return toForm(row);
  });
}

/**
 * Draws the calls of [from, to) to check: every answered call of an agent whose ticket's callback
 * was unsatisfied (回访不满意) or whose caller complained about the agent's service (the post-call
 * IVR rating 4 or 5), and randomCount more at random among the other answered calls with a
 * recording. A call is drawn once, ever.
 */
export async function drawQaSamples(
  db: Kysely<DB>,
  input: { from: Date; to: Date; randomCount: number; by: number; now: Date },
): Promise<{ unsatisfied: number; complaint: number; random: number; sampleIds: number[] }> {
  return inTransaction(db, async (tx) => {
    const base = tx
      .selectFrom('calls as c')
      .where('c.answered_at', 'is not', null)
      .where('c.agent_user_id', 'is not', null)
      .where('c.started_at', '>=', input.from)
      .where('c.started_at', '<', input.to)
      .where(({ not, exists, selectFrom }) => not(exists(selectFrom('qa_samples as s').select('s.id').whereRef('s.call_id', '=', 'c.id'))));
    const unsatisfied = await base
      .where(({ exists, selectFrom }) =>
        exists(
          selectFrom('call_tickets as ct')
            .innerJoin('tickets as t', 't.id', 'ct.ticket_id')
            .select('ct.call_id')
            .whereRef('ct.call_id', '=', 'c.id')
            .where('t.satisfaction', '=', 'unsatisfied'),
        ),
      )
      .select(['c.id', 'c.agent_user_id'])
      .orderBy('c.started_at')
      .execute();
    const complaint = (
      await base.where('c.survey_subject', '=', 'service').where('c.survey_grade', '>=', 4).select(['c.id', 'c.agent_user_id']).orderBy('c.started_at').execute()
    ).filter((c) => !unsatisfied.some((u) => u.id === c.id));
    const taken = [...unsatisfied, ...complaint].map((c) => c.id);
    const random = input.randomCount
      ? await base
          .where('c.recording_url', 'is not', null)
          .$if(taken.length > 0, (q) => q.where('c.id', 'not in', taken))
          .select(['c.id', 'c.agent_user_id'])
          .orderBy(sql`random()`)
          .limit(input.randomCount)
          .execute()
      : [];
    const rows = [
      ...unsatisfied.map((c) => ({ call_id: c.id, agent_user_id: c.agent_user_id as number, reason: 'unsatisfied', drawn_by: input.by, drawn_at: input.now })),
      ...complaint.map((c) => ({ call_id: c.id, agent_user_id: c.agent_user_id as number, reason: 'complaint', drawn_by: input.by, drawn_at: input.now })),
      ...random.map((c) => ({ call_id: c.id, agent_user_id: c.agent_user_id as number, reason: 'random', drawn_by: input.by, drawn_at: input.now })),
    ];
    const inserted = rows.length ? await tx.insertInto('qa_samples').values(rows).onConflict((oc) => oc.column('call_id').doNothing()).returning('id').execute() : [];
    return { unsatisfied: unsatisfied.length, complaint: complaint.length, random: random.length, sampleIds: inserted.map((r) => r.id) };
  });
}

export interface QaSampleRow {
  id: number;
  reason: string;
  drawnAt: Date;
  callId: string;
  caller: string | null;
  agentUserId: number;
  agentName: string | null;
  answeredAt: Date | null;
  endedAt: Date | null;
  recordingUrl: string | null;
  review: QaReviewRow | null;
}

export interface QaReviewRow {
  formId: number;
  scores: Record<string, number>;
  total: number;
  maxTotal: number;
  comment: string | null;
  inspectorId: number;
  inspectorName: string | null;
  reviewedAt: Date;
  acknowledgedAt: Date | null;
}

/** Samples, newest drawn first: all, those waiting for a score, or those scored; or one agent's scored ones. */
export async function listQaSamples(
  db: Kysely<DB>,
  f: { state?: 'pending' | 'reviewed' | 'all'; agentUserId?: number; limit?: number },
): Promise<QaSampleRow[]> {
  let q = db
    .selectFrom('qa_samples as s')
    .innerJoin('calls as c', 'c.id', 's.call_id')
    .leftJoin('users as a', 'a.id', 's.agent_user_id')
    .leftJoin('qa_reviews as r', 'r.sample_id', 's.id')
    .leftJoin('users as i', 'i.id', 'r.inspector_id')
    .select([
      's.id',
      's.reason',
      's.drawn_at',
      's.call_id',
      's.agent_user_id',
      'c.caller',
      'c.answered_at',
      'c.ended_at',
      'c.recording_url',
      'a.display_name as agent_display',
      'a.username as agent_username',
      'r.form_id',
      'r.scores',
      'r.total',
      'r.max_total',
      'r.comment',
      'r.inspector_id',
      'r.reviewed_at',
      'r.acknowledged_at',
      'i.display_name as inspector_display',
      'i.username as inspector_username',
    ]);
  if (f.state === 'pending') q = q.where('r.sample_id', 'is', null);
  if (f.state === 'reviewed') q = q.where('r.sample_id', 'is not', null);
  if (f.agentUserId != null) q = q.where('s.agent_user_id', '=', f.agentUserId);
  const rows = await q.orderBy('s.drawn_at', 'desc').orderBy('s.id', 'desc').limit(f.limit ?? 200).execute();
  return rows.map((r) => ({
    id: r.id,
    reason: r.reason,
    drawnAt: r.drawn_at,
    callId: r.call_id,
    caller: r.caller,
    agentUserId: r.agent_user_id,
    agentName: r.agent_display ?? r.agent_username ?? null,
    answeredAt: r.answered_at,
    endedAt: r.ended_at,
    recordingUrl: r.recording_url,
    review:
      r.form_id == null
        ? null
        : {
            formId: r.form_id,
            scores: r.scores as Record<string, number>,
            total: r.total as number,
            maxTotal: r.max_total as number,
            comment: r.comment ?? null,
            inspectorId: r.inspector_id as number,
            inspectorName: r.inspector_display ?? r.inspector_username ?? null,
            reviewedAt: r.reviewed_at as Date,
            acknowledgedAt: r.acknowledged_at ?? null,
          },
  }));
}

/** The tickets registered during these calls (call_tickets), by call. */
export async function ticketIdsOfCalls(db: Kysely<DB>, callIds: string[]): Promise<Map<string, number[]>> {
  const out = new Map<string, number[]>();
  if (!callIds.length) return out;
  const rows = await db.selectFrom('call_tickets').select(['call_id', 'ticket_id']).where('call_id', 'in', callIds).orderBy('ticket_id').execute();
  for (const r of rows) out.set(r.call_id, [...(out.get(r.call_id) ?? []), r.ticket_id]);
  return out;
}

/**
 * Scores a sample on the active form (a re-score keeps the form it was first scored on), or
 * refuses with nothing changed: scores that do not fit the form (400), a sample already
 * acknowledged by its agent (409).
 */
export async function saveQaReview(
  db: Kysely<DB>,
  input: { sampleId: number; scores: Record<string, number>; comment: string | null; inspectorId: number; now: Date },
): Promise<void> {
  await inTransaction(db, async (tx) => {
    const sample = await tx.selectFrom('qa_samples').select(['id', 'agent_user_id']).where('id', '=', input.sampleId).forUpdate().executeTakeFirst();
    if (!sample) throw new QaProblem(404, 'sample_not_found', '抽检记录不存在');
    if (sample.agent_user_id === input.inspectorId) throw new QaProblem(403, 'own_call', '不能给本人接听的通话评分');
    const prior = await tx.selectFrom('qa_reviews').selectAll().where('sample_id', '=', input.sampleId).executeTakeFirst();
    if (prior?.acknowledged_at) throw new QaProblem(409, 'review_acknowledged', '坐席已确认此质检结果，不能再修改');
    const form = prior ? await qaFormById(tx, prior.form_id) : await activeQaForm(tx);
    if (!form) throw new QaProblem(409, 'form_missing', '评分表不存在');
    const scored = scoreReview(form.items, input.scores);
    if (!scored.ok) throw new QaProblem(400, scored.code, scored.detail);
    const values = {
      form_id: form.id,
      scores: JSON.stringify(input.scores),
      total: scored.total,
      max_total: scored.maxTotal,
      comment: input.comment,
      inspector_id: input.inspectorId,
      reviewed_at: input.now,
    };
    if (prior) await tx.updateTable('qa_reviews').set(values).where('sample_id', '=', input.sampleId).execute();
    else await tx.insertInto('qa_reviews').values({ sample_id: input.sampleId, ...values }).execute();
  });
}

/** The agent reads their result and says so (确认); only their own, once (again is harmless). */
export async function acknowledgeQaReview(db: Kysely<DB>, input: { sampleId: number; agentUserId: number; now: Date }): Promise<Date> {
  return inTransaction(db, async (tx) => {
    const row = await tx
      .selectFrom('qa_reviews as r')
      .innerJoin('qa_samples as s', 's.id', 'r.sample_id')
      .select(['r.acknowledged_at', 's.agent_user_id'])
      .where('r.sample_id', '=', input.sampleId)
      .forUpdate()
      .executeTakeFirst();
    // Another agent's review is not theirs to know of: the same 404 as none.
    if (!row || row.agent_user_id !== input.agentUserId) throw new QaProblem(404, 'review_not_found', '没有这条质检结果');
    if (row.acknowledged_at) return row.acknowledged_at;
    await tx.updateTable('qa_reviews').set({ acknowledged_at: input.now }).where('sample_id', '=', input.sampleId).execute();
    return input.now;
  });
}

export interface AgentQaScore {
  agentUserId: number;
  agentName: string | null;
  reviews: number;
  /** The mean of the reviews' scores on a 100-point scale (forms may differ between versions). */
  averageScore: number;
}

/**
 * Per-agent QA averages over the calls that started in [from, to) (the same instant the floor's
 * per-agent call figures count by), scored reviews only. Join with those figures on agentUserId.
 */
export async function qaScoresByAgent(db: Kysely<DB>, from: Date, to: Date): Promise<AgentQaScore[]> {
  const rows = await db
    .selectFrom('qa_reviews as r')
    .innerJoin('qa_samples as s', 's.id', 'r.sample_id')
    .innerJoin('calls as c', 'c.id', 's.call_id')
    .leftJoin('users as u', 'u.id', 's.agent_user_id')
    .select(['s.agent_user_id', 'u.display_name', 'u.username', 'r.total', 'r.max_total'])
    .where('c.started_at', '>=', from)
    .where('c.started_at', '<', to)
    .execute();
  const by = new Map<number, AgentQaScore & { sum: number }>();
  for (const r of rows) {
    const a = by.get(r.agent_user_id) ?? { agentUserId: r.agent_user_id, agentName: r.display_name ?? r.username ?? null, reviews: 0, averageScore: 0, sum: 0 };
    a.reviews++;
    a.sum += percentOf(r.total, r.max_total);
    by.set(r.agent_user_id, a);
  }
  return [...by.values()]
    .map(({ sum, ...a }) => ({ ...a, averageScore: Math.round((sum / a.reviews) * 10) / 10 }))
    .sort((x, y) => y.averageScore - x.averageScore || x.agentUserId - y.agentUserId);
}
