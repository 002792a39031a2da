// Quality checks (话务质检, issue 16 item 6): the scoring form (admin), drawing calls to check and
// scoring them (质检员), the agent's own results (read-only, acknowledged), and per-agent averages
// beside the floor's per-agent figures. A unit handler sees nothing of it; an agent only their own.

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isValidDate, shanghaiDate, shanghaiMidnight } from '../domain/calendar.js';
import { maskPhone } from '../domain/masking.js';
import { canReadContent, visibleText } from '../domain/privacy.js';
import { canSee } from '../domain/ticket.js';
import type { Role } from '../domain/ticket-types.js';
import {
  acknowledgeQaReview,
  activeQaForm,
  drawQaSamples,
  listQaSamples,
  QaProblem,
  qaFormById,
  qaScoresByAgent,
  saveQaForm,
  saveQaReview,
  ticketIdsOfCalls,
  type QaSampleRow,
} from '../store/qa.js';
import { findTicket } from '../store/tickets.js';
import { actorFor } from '../app/actor.js';
import type { AppContext } from '../app/context.js';
import { requireRole } from './auth.js';
import { badRequest, HttpProblem } from './problem.js';
import { isoDay } from './schemas.js';

/** Who checks calls: the quality inspector (质检员), and admins. */
const QA_ROLES: readonly Role[] = ['quality_inspector', 'admin'];
/** Who reads the per-agent averages: those who check, and those who run the floor or read its figures. */
const QA_FIGURE_ROLES: readonly Role[] = ['quality_inspector', 'supervisor', 'analyst', 'admin'];
/** Whose calls are checked and who read their own results: everyone who takes calls. */
const OWN_ROLES: readonly Role[] = ['agent', 'dispatcher', 'callback_agent', 'supervisor', 'admin'];
/** Who reads the form: all of the above. */
const FORM_ROLES: readonly Role[] = ['quality_inspector', 'agent', 'dispatcher', 'callback_agent', 'supervisor', 'analyst', 'admin'];

const MAX_DAYS = 31;

const itemView = z.object({ key: z.string(), label: z.string(), max: z.number() });
const formView = z.object({ id: z.number(), version: z.number(), items: z.array(itemView), maxTotal: z.number(), active: z.boolean() });
const reviewView = z.object({
  formId: z.number(),
  scores: z.record(z.string(), z.number()),
  total: z.number(),
  maxTotal: z.number(),
  comment: z.string().nullable(),
  inspector: z.string().nullable(),
  reviewedAt: z.string(),
  acknowledgedAt: z.string().nullable(),
});
const sampleView = z.object({
  id: z.number(),
  reason: z.enum(['random', 'unsatisfied', 'complaint']).describe('random 随机抽取 | unsatisfied 回访不满意 | complaint 来电人对坐席服务不满意（通话后按键评价 4、5）'),
  drawnAt: z.string(),
  callId: z.string(),
  phone: z.string().nullable().describe('已脱敏'),
  agent: z.object({ id: z.number(), name: z.string().nullable() }),
  answeredAt: z.string().nullable(),
  endedAt: z.string().nullable(),
  durationSeconds: z.number().nullable(),
  recordingUrl: z.string().nullable(),
  tickets: z.array(z.object({ id: z.number(), number: z.string(), title: z.string(), content: z.string() })).describe('通话中登记的工单（已脱敏）'),
  review: reviewView.nullable(),
});

const presentReview = (r: NonNullable<QaSampleRow['review']>) => ({
  formId: r.formId,
  scores: r.scores,
  total: r.total,
  maxTotal: r.maxTotal,
  comment: r.comment,
  inspector: r.inspectorName,
  reviewedAt: r.reviewedAt.toISOString(),
  acknowledgedAt: r.acknowledgedAt?.toISOString() ?? null,
});

const fromProblem = (err: unknown): never => {
  if (err instanceof QaProblem) throw new HttpProblem(err.status, err.code, err.detail);
  throw err;
};

/** A period of Shanghai days [from, to] as instants [start, end). */
function period(q: { date?: string; from?: string; to?: string }): { from: Date; to: Date } {
  const first = q.date ?? q.from;
  const last = q.date ?? q.to ?? q.from;
  if (!first || !last) throw badRequest('请给出日期 date，或起止日期 from/to', 'period_required');
  if (first > last) throw badRequest('开始日期晚于结束日期', 'bad_period');
  const from = shanghaiMidnight(first);
  const to = new Date(shanghaiMidnight(last).getTime() + 86_400_000);
  if (to.getTime() - from.getTime() > MAX_DAYS * 86_400_000) throw badRequest(`一次最多 ${MAX_DAYS} 天`, 'period_too_long');
  return { from, to };
}

export function qaRoutes(api: FastifyInstance, ctx: AppContext): void {
  const r = api.withTypeProvider<ZodTypeProvider>();

  const presentForm = (f: Awaited<ReturnType<typeof activeQaForm>>) => ({ id: f.id, version: f.version, items: f.items, maxTotal: f.maxTotal, active: f.active });

  r.get('/qa/form', { schema: { tags: ['qa'], summary: '当前质检评分表', response: { 200: formView } } }, async (req) => {
    requireRole(req, FORM_ROLES);
    return presentForm(await activeQaForm(ctx.db));
  });

  r.get(
    '/qa/forms/:formId',
    { schema: { tags: ['qa'], summary: '某一版本的评分表（旧的质检结果按其评分时的版本显示）', params: z.object({ formId: z.coerce.number().int().positive().max(2_147_483_647) }), response: { 200: formView } } },
    async (req) => {
      requireRole(req, FORM_ROLES);
      const f = await qaFormById(ctx.db, req.params.formId);
      if (!f) throw new HttpProblem(404, 'form_not_found', '评分表不存在');
      return presentForm(f);
    },
  );

  r.put(
    '/qa/form',
    {
      schema: {
        tags: ['qa'],
        summary: '保存评分表（成为新版本；旧版本保留给已评的结果）',
        body: z
          .object({
            items: z
              .array(
                z
                  .object({
                    key: z.string().trim().regex(/^[a-z][a-z0-9_]{0,31}$/, '项目代码为小写字母开头的字母、数字或下划线').optional(),
                    label: z.string().trim().min(1).max(50),
                    max: z.number().int().min(1).max(100),
                  })
                  .strict(),
              )
              .min(1)
              .max(20),
          })
          .strict(),
        response: { 200: formView },
      },
    },
    async (req) => {
      const me = requireRole(req, ['admin']);
      const items = req.body.items.map((i, n) => ({ key: i.key ?? `item${n + 1}`, label: i.label, max: i.max }));
      if (new Set(items.map((i) => i.key)).size !== items.length) throw badRequest('评分项代码重复', 'duplicate_item');
      return presentForm(await saveQaForm(ctx.db, items, me.id, ctx.now()));
    },
  );

  r.post(
    '/qa/samples',
    {
      schema: {
        tags: ['qa'],
        summary: '抽检：某日（或起止日期）回访不满意的工单的通话全部抽取，另随机抽取 randomCount 个有录音的已接通话',
        body: z
          .object({
            date: isoDay.optional(),
            from: isoDay.optional(),
            to: isoDay.optional(),
            randomCount: z.number().int().min(0).max(500),
          })
          .strict(),
        response: { 200: z.object({ unsatisfied: z.number(), complaint: z.number(), random: z.number(), sampleIds: z.array(z.number()) }) },
      },
    },
    async (req) => {
      const me = requireRole(req, QA_ROLES);
      const p = period(req.body);
      return drawQaSamples(ctx.db, { ...p, randomCount: req.body.randomCount, by: me.id, now: ctx.now() });
    },
  );

  const samplesOut = async (user: Parameters<typeof actorFor>[1], rows: QaSampleRow[]) => {
    const actor = await actorFor(ctx, user);
    const byCall = await ticketIdsOfCalls(ctx.db, rows.map((s) => s.callId));
    const tickets = new Map<number, { id: number; number: string; title: string; content: string }>();
    for (const id of new Set([...byCall.values()].flat())) {
      const t = await findTicket(ctx.db, id);
      if (!t || !canSee(actor, t)) continue;
      const text = visibleText(t, canReadContent(actor, t));
      tickets.set(id, { id, number: t.number, title: text.title, content: text.content });
    }
    return rows.map((s) => ({
      id: s.id,
      reason: s.reason as 'random' | 'unsatisfied' | 'complaint',
      drawnAt: s.drawnAt.toISOString(),
      callId: s.callId,
      phone: maskPhone(s.caller),
      agent: { id: s.agentUserId, name: s.agentName },
      answeredAt: s.answeredAt?.toISOString() ?? null,
      endedAt: s.endedAt?.toISOString() ?? null,
      durationSeconds: s.answeredAt && s.endedAt ? Math.max(0, Math.round((s.endedAt.getTime() - s.answeredAt.getTime()) / 1000)) : null,
      recordingUrl: s.recordingUrl,
      tickets: (byCall.get(s.callId) ?? []).map((id) => tickets.get(id)).filter((x): x is NonNullable<typeof x> => !!x),
      review: s.review ? presentReview(s.review) : null,
    }));
  };

  r.get(
    '/qa/samples',
    {
      schema: {
        tags: ['qa'],
        summary: '质检队列：待评分（pending）、已评分（reviewed）或全部',
        querystring: z.object({ state: z.enum(['pending', 'reviewed', 'all']).default('pending') }),
        response: { 200: z.object({ items: z.array(sampleView) }) },
      },
    },
    async (req, reply) => {
      const me = requireRole(req, QA_ROLES);
      reply.header('cache-control', 'no-store');
      return { items: await samplesOut(me, await listQaSamples(ctx.db, { state: req.query.state })) };
    },
  );

  r.put(
    '/qa/samples/:sampleId/review',
    {
      schema: {
        tags: ['qa'],
        summary: '评分：每项 0 至该项满分的整数，合计自动计算；坐席确认后不能再改',
        params: z.object({ sampleId: z.coerce.number().int().positive().max(2_147_483_647) }),
        body: z
          .object({
            scores: z.record(z.string().max(32), z.number()),
            comment: z.string().trim().max(2000).nullish(),
          })
          .strict(),
        response: { 200: sampleView },
      },
    },
    async (req) => {
      const me = requireRole(req, QA_ROLES);
      await saveQaReview(ctx.db, { sampleId: req.params.sampleId, scores: req.body.scores, comment: req.body.comment || null, inspectorId: me.id, now: ctx.now() }).catch(fromProblem);
      const row = (await listQaSamples(ctx.db, { state: 'all', limit: 100_000 })).find((s) => s.id === req.params.sampleId)!;
      return (await samplesOut(me, [row]))[0];
    },
  );

  r.get(
    '/qa/mine',
    {
      schema: {
        tags: ['qa'],
        summary: '我的质检：本人通话的质检结果（只读，含评语）',
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.number(),
                callId: z.string(),
                answeredAt: z.string().nullable(),
                recordingUrl: z.string().nullable(),
                ticketNumbers: z.array(z.string()),
                form: formView,
                review: reviewView,
              }),
            ),
          }),
        },
      },
    },
    async (req, reply) => {
      const me = requireRole(req, OWN_ROLES);
      reply.header('cache-control', 'no-store');
      const rows = (await listQaSamples(ctx.db, { state: 'reviewed', agentUserId: me.id })).filter((s) => s.review);
      const byCall = await ticketIdsOfCalls(ctx.db, rows.map((s) => s.callId));
      const forms = new Map<number, ReturnType<typeof presentForm>>();
      for (const id of new Set(rows.map((s) => s.review!.formId))) {
        const f = await qaFormById(ctx.db, id);
        if (f) forms.set(id, presentForm(f));
      }
      const numbers = new Map<number, string>();
      for (const id of new Set([...byCall.values()].flat())) {
        const t = await ctx.db.selectFrom('tickets').select('number').where('id', '=', id).executeTakeFirst();
        if (t) numbers.set(id, t.number);
      }
      return {
        items: rows.map((s) => ({
          id: s.id,
          callId: s.callId,
          answeredAt: s.answeredAt?.toISOString() ?? null,
          recordingUrl: s.recordingUrl,
          ticketNumbers: (byCall.get(s.callId) ?? []).map((id) => numbers.get(id)).filter((x): x is string => !!x),
          form: forms.get(s.review!.formId)!,
          review: presentReview(s.review!),
        })),
      };
    },
  );

  r.post(
    '/qa/mine/:sampleId/acknowledge',
    {
      schema: {
        tags: ['qa'],
        summary: '坐席确认已阅本人的质检结果',
        params: z.object({ sampleId: z.coerce.number().int().positive().max(2_147_483_647) }),
        response: { 200: z.object({ id: z.number(), acknowledgedAt: z.string() }) },
      },
    },
    async (req) => {
      const me = requireRole(req, OWN_ROLES);
      const at = await acknowledgeQaReview(ctx.db, { sampleId: req.params.sampleId, agentUserId: me.id, now: ctx.now() }).catch(fromProblem);
      return { id: req.params.sampleId, acknowledgedAt: at.toISOString() };
    },
  );

  r.get(
    '/qa/agents',
    {
      schema: {
        tags: ['qa'],
        summary: '各坐席质检平均分（百分制，按通话开始日期）',
        querystring: z.object({ from: isoDay.optional(), to: isoDay.optional() }),
        response: {
          200: z.object({
            from: z.string(),
            to: z.string(),
            items: z.array(z.object({ agentUserId: z.number(), agentName: z.string().nullable(), reviews: z.number(), averageScore: z.number().describe('0–100') })),
          }),
        },
      },
    },
    async (req) => {
      requireRole(req, QA_FIGURE_ROLES);
      const today = shanghaiDate(ctx.now());
      const from = req.query.from ?? req.query.to ?? today;
      const to = req.query.to ?? today;
      if (!isValidDate(from) || !isValidDate(to) || from > to) throw badRequest('开始日期晚于结束日期', 'bad_period');
      const items = await qaScoresByAgent(ctx.db, shanghaiMidnight(from), new Date(shanghaiMidnight(to).getTime() + 86_400_000));
      return { from, to, items };
    },
  );
}
