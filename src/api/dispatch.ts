// Smart dispatch (智能派单): classify a request into categories with the deployment's own
// trained model, suggest the lead unit through the dispatch catalogue, and say why.

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../app/context.js';
import { activateModelVersion, retrainModel } from '../app/retrain.js';
import { suggest } from '../app/suggest.js';
import { audit } from '../store/admin-console.js';
import { CLASSIFIER, listModels } from '../store/models.js';
import { readSetting, saveSetting } from '../store/settings.js';
import { inTransaction } from '../store/tickets.js';
import { requireRole, requireUser } from './auth.js';
import { badRequest, notFound } from './problem.js';
import { MAX_TEXT, modelListView, suggestionView } from './schemas.js';

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

  // Retraining from the console: in a worker thread, so serving goes on; one at a time per process.
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
      const r = await retrainModel(ctx, user, { level: req.body.level });
      return { version: r.version, trainedAt: r.trainedAt.toISOString(), trainingSize: r.trainingSize, labels: r.labels, scores: r.scores };
    },
  );
  r.post(
    '/models/:version/activate',
    { schema: { tags: ['smart dispatch'], summary: '启用指定版本的分类模型（如回退到上一版）', params: z.object({ version: z.coerce.number().int().positive().max(1_000_000) }) } },
    async (req) => {
      const user = requireRole(req, ['admin']);
      if (!(await activateModelVersion(ctx, user, { version: req.params.version }))) throw notFound('模型版本不存在', 'model_not_found');
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
      await saveSetting<Record<string, unknown>>(
        ctx.db,
        'auto_dispatch',
        me.id,
        async (tx) => ({ enabled: false, threshold: 0.9, ...((await readSetting<Record<string, unknown>>(tx, 'auto_dispatch')) ?? {}) }),
        () => ({ value: req.body }),
      );
      ctx.ref.invalidate();
      return req.body;
    },
  );
}
