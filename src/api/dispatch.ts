// Smart dispatch (智能派单): classify a request into categories with the deployment's own
// trained model, suggest the lead unit through the dispatch catalogue, and say why.

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../app/context.js';
import { activateModelVersion, retrainModel } from '../app/retrain.js';
import { saveAutoDispatchSettings, saveSuggestionSettings } from '../app/auto-dispatch.js';
import { acceptProposals, catalogueProposals, setCatalogueEntry } from '../app/catalogue.js';
import { suggest } from '../app/suggest.js';
import { DEFAULT_PROPOSAL_RULES } from '../domain/catalogue-proposals.js';
import { audit } from '../store/admin-console.js';
import { CLASSIFIER, listModels } from '../store/models.js';
import { inTransaction } from '../store/tickets.js';
import { requireRole, requireUser } from './auth.js';
import { badRequest, notFound } from './problem.js';
import { MAX_TEXT, modelListView, suggestionView, weakClassView } from './schemas.js';

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
              weakClasses: z.array(weakClassView).describe('较弱的分类（交叉验证 F1 低于 0.9），最弱的在前'),
              unlabelled: z.number().describe('参与学习的未分类历史诉求条数'),
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
    await inTransaction(ctx.db, (tx) => setCatalogueEntry(tx, me.id, { categoryId: b.categoryId, districtId: b.districtId ?? null, unitId: b.unitId }, 'catalogue.update'));
    return { categoryId: b.categoryId, districtId: b.districtId ?? null, unitId: b.unitId };
  });
  // Proposals from history (派单目录建议): who actually handled each category × district.
  const proposalView = z.object({
    categoryId: z.number(),
    categoryName: z.string(),
    districtId: z.number().nullable().describe('区县；null 表示不分区县'),
    districtName: z.string().nullable(),
    unitId: z.number().describe('建议的承办单位：历史上实际答复（经退回、改派后）最多的主办单位'),
    unitName: z.string(),
    tickets: z.number().describe('该分类在该区县已答复的工单数'),
    handled: z.number().describe('其中由建议单位答复的'),
    share: z.number(),
    units: z.array(z.object({ unitId: z.number(), name: z.string(), tickets: z.number() })).describe('答复过的各单位，多者在前'),
    current: z
      .object({ unitId: z.number(), name: z.string(), via: z.enum(['catalogue_district', 'catalogue', 'category_lead']) })
      .nullable()
      .describe('目前的智能建议会派给谁'),
    changes: z.boolean().describe('采纳后智能建议的承办单位会改变'),
  });
  r.get(
    '/dispatch-catalogue/proposals',
    {
      schema: {
        tags: ['smart dispatch'],
        summary: '派单目录建议：按历史上实际答复的单位（经退回、改派后）提议“分类 × 区县 → 承办单位”，待管理员采纳',
        querystring: z.object({
          minTickets: z.coerce.number().int().min(1).max(10_000).default(DEFAULT_PROPOSAL_RULES.minTickets).describe('至少多少件已答复工单'),
          minShare: z.coerce.number().min(0.5).max(1).default(DEFAULT_PROPOSAL_RULES.minShare).describe('建议单位至少答复了其中多大比例'),
        }),
        response: { 200: z.object({ items: z.array(proposalView), total: z.number() }) },
      },
    },
    async (req) => {
      requireRole(req, ['admin', 'supervisor', 'dispatcher', 'analyst']);
      const ref = await ctx.ref.get();
      const name = (id: number) => ref.unitById.get(id)?.name ?? '';
      const items = (await catalogueProposals(ctx, ref, req.query)).map((p) => ({
        categoryId: p.categoryId,
        categoryName: ref.categoryById.get(p.categoryId)?.name ?? '',
        districtId: p.districtId,
        districtName: p.districtId != null ? name(p.districtId) : null,
        unitId: p.unitId,
        unitName: name(p.unitId),
        tickets: p.tickets,
        handled: p.handled,
        share: p.share,
        units: p.units.map((u) => ({ unitId: u.unitId, name: name(u.unitId), tickets: u.tickets })),
        current: p.current ? { unitId: p.current.unitId, name: name(p.current.unitId), via: p.current.via } : null,
        changes: p.changes,
      }));
      return { items, total: items.length };
    },
  );
  r.post(
    '/dispatch-catalogue/proposals/accept',
    {
      schema: {
        tags: ['smart dispatch'],
        summary: '采纳派单目录建议（全部成功或全部不采纳；每条须与当前建议一致，否则 409 not_proposed）',
        body: z.object({ items: z.array(entry).min(1).max(1000) }),
        response: { 200: z.object({ items: z.array(z.object({ id: z.number(), categoryId: z.number(), districtId: z.number().nullable(), unitId: z.number() })), total: z.number() }) },
      },
    },
    async (req) => {
      const me = requireRole(req, ['admin']);
      const items = await acceptProposals(ctx, me, req.body.items.map((i) => ({ categoryId: i.categoryId, districtId: i.districtId ?? null, unitId: i.unitId })));
      return { items, total: items.length };
    },
  );
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

  const autoDispatchView = z.object({ enabled: z.boolean(), threshold: z.number() });
  r.get('/settings/auto-dispatch', { schema: { tags: ['smart dispatch'], summary: '自动派单设置', response: { 200: autoDispatchView } } }, async (req) => {
    requireUser(req);
    return (await ctx.ref.get()).autoDispatch;
  });
  r.put(
    '/settings/auto-dispatch',
    {
      schema: {
        tags: ['smart dispatch'],
        summary: '开启或关闭自动派单：分类建议“确定”、置信度达到本阈值且派单目录能给出承办单位时，受理即派单。阈值不能低于智能建议阈值',
        body: z.object({ enabled: z.boolean(), threshold: z.number().min(0.5).max(0.999).default(0.9) }),
        response: { 200: autoDispatchView },
      },
    },
    async (req) => {
      const me = requireRole(req, ['admin']);
      return saveAutoDispatchSettings(ctx, me, req.body);
    },
  );

  const suggestionSettingsView = z.object({ threshold: z.number().describe('建议阈值：第一个分类的概率达到它才算“确定”，控制台才会自动填入') });
  r.get('/settings/suggestion', { schema: { tags: ['smart dispatch'], summary: '智能建议设置（何时算“确定”）', response: { 200: suggestionSettingsView } } }, async (req) => {
    requireUser(req);
    return (await ctx.ref.get()).suggestion;
  });
  r.put(
    '/settings/suggestion',
    {
      schema: {
        tags: ['smart dispatch'],
        summary: '修改智能建议阈值（0–1，默认 0.6：模型概率经过校准，0.6 即约十中六以上）。不能高于自动派单阈值',
        body: z.object({ threshold: z.number().min(0).max(1) }),
        response: { 200: suggestionSettingsView },
      },
    },
    async (req) => {
      const me = requireRole(req, ['admin']);
      return saveSuggestionSettings(ctx, me, req.body);
    },
  );
}
