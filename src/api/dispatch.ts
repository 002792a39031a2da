// Smart dispatch (智能派单): classify a request into categories with the deployment's own
// trained model, suggest the lead unit through the dispatch catalogue, and say why.

import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { suggestUnit, type UnitSuggestion } from '../domain/dispatch.js';
import { SYSTEM_ACTOR, type Ticket } from '../domain/ticket.js';
import type { ReferenceData } from '../store/reference.js';
import type { DB } from '../store/schema.js';
import { inTransaction, runCommand } from '../store/tickets.js';
import { trainInWorker } from '../jobs/train-worker.js';
import { audit } from '../store/admin-console.js';
import { activateModel, activeModel, activeModelVersion, CLASSIFIER, listModels, retrainClassifier } from '../store/models.js';
import { classify, explain, type ClassifierModel as Model } from '../text/classifier.js';
import { findDistrict } from '../text/places.js';
import { requireRole, requireUser } from './auth.js';
import type { AppContext } from './context.js';
import { badRequest, HttpProblem, notFound } from './problem.js';
import { MAX_TEXT, modelListView, suggestionView } from './schemas.js';

/** Keeps the active model in memory; a newer version in the database replaces it. */
export class ModelCache {
  private current: { version: number; model: Model } | null = null;
  constructor(private readonly db: Kysely<DB>) {}
  async get(): Promise<{ version: number; model: Model } | null> {
    // One indexed lookup per request tells whether a newer model was trained (by any process).
    const version = await activeModelVersion(this.db, CLASSIFIER);
    if (version == null) return (this.current = null);
    if (this.current?.version !== version) {
      const stored = await activeModel<Model>(this.db, CLASSIFIER);
      this.current = stored ? { version: stored.version, model: stored.model } : null;
    }
    return this.current;
  }
}

export interface Suggestion {
  modelVersion: number | null;
  categories: { categoryId: number; name: string; probability: number }[];
  unit: (UnitSuggestion & { name: string }) | null;
  why: { word: string; weight: number }[];
  districtId: number | null;
}

/** The model's labels are category names (as trained from the tickets' top-level categories or leaves). */
export async function suggest(ctx: AppContext, ref: ReferenceData, input: { title?: string | null; content: string; address?: string | null; districtId?: number | null }): Promise<Suggestion> {
  const text = `${input.title ?? ''}\n${input.content}`;
  const districtId = input.districtId ?? findDistrict(`${input.address ?? ''} ${input.content}`, ref.units);
  const active = await ctx.models.get();
  if (!active) return { modelVersion: null, categories: [], unit: null, why: [], districtId };
  const byName = new Map(ref.categories.map((c) => [c.name, c]));
  const byCode = new Map(ref.categories.map((c) => [c.code, c]));
  const top = classify(active.model, text, 3)
    .map((p) => ({ p, c: byCode.get(p.label) ?? byName.get(p.label) }))
    .filter((x): x is { p: { label: string; probability: number }; c: NonNullable<typeof x.c> } => !!x.c);
  const categories = top.map(({ p, c }) => ({ categoryId: c.id, name: c.name, probability: Math.round(p.probability * 1000) / 1000 }));
  let unit: Suggestion['unit'] = null;
  if (top.length) {
    const rows = await ctx.db.selectFrom('dispatch_catalogue').select(['category_id', 'district_id', 'unit_id']).execute();
    const s = suggestUnit(
      ref.categoryPath(top[0].c.id),
      districtId,
      rows.map((r) => ({ categoryId: r.category_id, districtId: r.district_id, unitId: r.unit_id })),
      (id) => ref.categoryById.get(id)?.leadUnitId ?? null,
    );
    if (s) unit = { ...s, name: ref.unitById.get(s.unitId)?.name ?? '' };
  }
  const why = top.length ? explain(active.model, text, top[0].p.label, 8) : [];
  return { modelVersion: active.version, categories, unit, why, districtId };
}

export function dispatchRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/classify',
    {
      schema: {
        tags: ['smart dispatch'],
        summary: '诉求分类建议（前三个分类及概率）与建议承办单位，并说明依据',
        body: z.object({ title: z.string().max(200).nullish(), content: z.string().trim().min(1).max(MAX_TEXT), address: z.string().max(500).nullish(), districtId: z.number().int().positive().nullish() }),
        response: { 200: suggestionView },
      },
    },
    async (req) => {
      requireUser(req);
      const ref = await ctx.ref.get();
      return suggest(ctx, ref, req.body);
    },
  );

  r.get('/models', { schema: { tags: ['smart dispatch'], summary: '已训练的分类模型（版本、训练时间、交叉验证得分）', response: { 200: modelListView } } }, async (req) => {
    requireRole(req, ['admin', 'analyst', 'supervisor', 'dispatcher']);
    const items = await listModels(ctx.db, CLASSIFIER);
    return { items, total: items.length };
  });

  // Retraining from the console: in a worker thread, so serving goes on; one at a time here.
  let training = false;
  r.post(
    '/models/train',
    {
      schema: {
        tags: ['smart dispatch'],
        summary: '用已办结工单重新训练分类模型（后台线程训练，不影响服务；完成后新版本立即生效）',
        body: z.object({ level: z.union([z.number().int().min(1).max(5), z.literal('leaf')]).default(1).describe('按第几级分类训练，或 leaf 末级') }).default({ level: 1 }),
        response: {
          200: z.object({
            version: z.number(),
            trainedAt: z.string(),
            trainingSize: z.number(),
            labels: z.number(),
            scores: z.object({
              folds: z.number().nullable(),
              accuracy: z.number().nullable(),
              macroF1: z.number().nullable().describe('训练时分层交叉验证（校准用的折外预测）的宏平均 F1'),
              perLabel: z.array(z.object({ label: z.string(), precision: z.number(), recall: z.number(), f1: z.number(), support: z.number() })),
            }),
          }),
        },
      },
    },
    async (req) => {
      const user = requireRole(req, ['admin']);
      if (training) throw new HttpProblem(409, 'training_in_progress', '模型正在训练，请稍后再试');
      training = true;
      try {
        const { level } = req.body;
        const started = Date.now();
        const r = await retrainClassifier(ctx.db, level, trainInWorker, ctx.now);
        if (!r.ok) throw new HttpProblem(422, 'not_enough_tickets', r.reason);
        await audit(ctx.db, user.id, 'model.train', { version: r.version, trainingSize: r.trainingSize, level, seconds: Math.round((Date.now() - started) / 100) / 10 });
        return { version: r.version, trainedAt: r.trainedAt.toISOString(), trainingSize: r.trainingSize, labels: r.labels, scores: r.scores };
      } finally {
        training = false;
      }
    },
  );
  r.post(
    '/models/:version/activate',
    { schema: { tags: ['smart dispatch'], summary: '启用指定版本的分类模型（如回退到上一版）', params: z.object({ version: z.coerce.number().int().positive().max(1_000_000) }) } },
    async (req) => {
      const user = requireRole(req, ['admin']);
      if (!(await activateModel(ctx.db, CLASSIFIER, req.params.version))) throw notFound('模型版本不存在', 'model_not_found');
      await audit(ctx.db, user.id, 'model.activate', { version: req.params.version });
      return { version: req.params.version, active: true };
    },
  );

  const presentEntry = (e: { id: number; category_id: number; district_id: number | null; unit_id: number }) => ({ id: e.id, categoryId: e.category_id, districtId: e.district_id, unitId: e.unit_id });
  const entry = z.object({ categoryId: z.number().int().positive(), districtId: z.number().int().positive().nullish(), unitId: z.number().int().positive() });
  r.get('/dispatch-catalogue', { schema: { tags: ['smart dispatch'], summary: '派单目录（分类 × 区县 → 承办单位）' } }, async (req) => {
    requireUser(req);
    const rows = await ctx.db.selectFrom('dispatch_catalogue').selectAll().orderBy('id').execute();
    return { items: rows.map(presentEntry), total: rows.length };
  });
  r.put('/dispatch-catalogue', { schema: { tags: ['smart dispatch'], summary: '设置一条派单目录（同分类同区县则替换）', body: entry } }, async (req) => {
    const me = requireRole(req, ['admin']);
    const ref = await ctx.ref.get();
    const b = req.body;
    if (!ref.categoryById.has(b.categoryId)) throw badRequest('诉求分类不存在', 'unknown_category');
    if (b.districtId != null && ref.unitById.get(b.districtId)?.kind !== 'district') throw badRequest('区县不存在', 'unknown_district');
    const unit = ref.unitById.get(b.unitId);
    if (!unit || unit.kind === 'center') throw badRequest('承办单位不存在或不可派单', 'unknown_unit');
    await inTransaction(ctx.db, async (tx) => {
      let q = tx.deleteFrom('dispatch_catalogue').where('category_id', '=', b.categoryId);
      q = b.districtId != null ? q.where('district_id', '=', b.districtId) : q.where('district_id', 'is', null);
      const replaced = await q.returningAll().execute();
      const row = await tx.insertInto('dispatch_catalogue').values({ category_id: b.categoryId, district_id: b.districtId ?? null, unit_id: b.unitId }).returningAll().executeTakeFirstOrThrow();
      await audit(tx, me.id, 'catalogue.update', { before: replaced[0] ? presentEntry(replaced[0]) : null, after: presentEntry(row) });
    });
    return { categoryId: b.categoryId, districtId: b.districtId ?? null, unitId: b.unitId };
  });
  r.delete('/dispatch-catalogue/:id', { schema: { tags: ['smart dispatch'], summary: '删除派单目录', params: z.object({ id: z.coerce.number().int().positive() }) } }, async (req, reply) => {
    const me = requireRole(req, ['admin']);
    const deleted = await inTransaction(ctx.db, async (tx) => {
      const before = await tx.deleteFrom('dispatch_catalogue').where('id', '=', req.params.id).returningAll().executeTakeFirst();
      if (before) await audit(tx, me.id, 'catalogue.delete', { before: presentEntry(before) });
      return !!before;
    });
    if (!deleted) throw notFound('派单目录不存在');
    return reply.status(204).send();
  });

  r.get('/settings/auto-dispatch', { schema: { tags: ['smart dispatch'], summary: '自动派单设置' } }, async (req) => {
    requireUser(req);
    return (await ctx.ref.get()).autoDispatch;
  });
  r.put(
    '/settings/auto-dispatch',
    {
      schema: {
        tags: ['smart dispatch'],
        summary: '开启或关闭自动派单：分类置信度达到阈值且派单目录能给出承办单位时，受理即派单',
        body: z.object({ enabled: z.boolean(), threshold: z.number().min(0.5).max(0.999).default(0.9) }),
      },
    },
    async (req) => {
      const me = requireRole(req, ['admin']);
      const value = JSON.stringify(req.body);
      await inTransaction(ctx.db, async (tx) => {
        const stored = await tx.selectFrom('settings').select('value').where('key', '=', 'auto_dispatch').forUpdate().executeTakeFirst();
        const before = { enabled: false, threshold: 0.9, ...((stored?.value as Record<string, unknown> | undefined) ?? {}) };
        await tx
          .insertInto('settings')
          .values({ key: 'auto_dispatch', value })
          .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
          .execute();
        await audit(tx, me.id, 'settings.auto_dispatch', { before, after: req.body });
      });
      ctx.ref.invalidate();
      return req.body;
    },
  );
}

/** The dispatch to make at registration, when automatic dispatch is on and the suggestion is confident enough. */
export async function autoDispatchFor(
  ctx: AppContext,
  ref: ReferenceData,
  input: { title?: string | null; content: string; address?: string | null; districtId?: number | null },
): Promise<{ categoryId: number; unitId: number; note: string } | null> {
  if (!ref.autoDispatch.enabled) return null;
  const s = await suggest(ctx, ref, input);
  const top = s.categories[0];
  if (!top || !s.unit || top.probability < ref.autoDispatch.threshold) return null;
  return {
    categoryId: top.categoryId,
    unitId: s.unit.unitId,
    note: `自动派单：分类“${top.name}”置信度 ${(top.probability * 100).toFixed(1)}%（模型第 ${s.modelVersion} 版）`,
  };
}

export interface AutoDispatchPlan {
  categoryId: number;
  unitId: number;
  note: string;
}

/**
 * 智能派单 on any channel, before registering: the category and lead unit to use when an admin
 * enabled automatic dispatch and the model is confident about this request; null otherwise.
 * Emergencies always go to a person. A category the citizen chose wins: the model's suggestion
 * is used only when it lies on the same branch of the tree, else a dispatcher decides.
 */
export async function planAutoDispatch(
  ctx: AppContext,
  ref: ReferenceData,
  input: { title?: string | null; content: string; address?: string | null; districtId?: number | null; categoryId?: number | null; priority?: string | null },
): Promise<AutoDispatchPlan | null> {
  if (input.priority === 'emergency') return null;
  const auto = await autoDispatchFor(ctx, ref, input);
  if (!auto) return null;
  const chosen = input.categoryId ?? null;
  if (chosen == null) return auto;
  const sameBranch = ref.categoryPath(auto.categoryId).includes(chosen) || ref.categoryPath(chosen).includes(auto.categoryId);
  return sameBranch ? { ...auto, categoryId: chosen } : null;
}

/** After registering (committed): dispatch as planned. A failure leaves the ticket registered for a dispatcher. */
export async function runAutoDispatch(
  ctx: AppContext,
  ref: ReferenceData,
  ticket: Ticket,
  plan: AutoDispatchPlan | null,
  log: FastifyBaseLogger,
): Promise<Ticket> {
  if (!plan) return ticket;
  try {
    return await runCommand(ctx.db, ref, ticket.id, { kind: 'dispatch', unitId: plan.unitId, note: plan.note }, SYSTEM_ACTOR, ctx.now());
  } catch (err) {
    log.warn({ err, ticket: ticket.id }, 'automatic dispatch failed');
    return ticket;
  }
}
