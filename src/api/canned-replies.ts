// Canned replies (常用语) under /api/v1: GET /tickets/{id}/canned-replies?step= lists what the
// user may insert into that step's text on that ticket, best first, with the placeholders filled
// (masked, as the user sees the ticket); POST /canned-replies/{id}/use counts an insertion.
// Management: GET/POST /canned-replies, PATCH/DELETE /canned-replies/{id} — an admin the centre's
// and every unit's, a unit's handler their own unit's only.

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorFor } from '../app/actor.js';
import {
  cannedForManagement,
  cannedForTicket,
  CannedReplyProblem,
  changeCannedReply,
  createCannedReply,
  recordCannedUse,
  removeCannedReply,
} from '../app/canned-replies.js';
import type { AppContext } from '../app/context.js';
import { canManage, CANNED_STEPS, MAX_CANNED_BODY, MAX_CANNED_TITLE, PLACEHOLDERS } from '../domain/canned-replies.js';
import type { CannedReplyRow } from '../store/canned-replies.js';
import type { UserRecord } from '../store/users.js';
import { requireUser } from './auth.js';
import { HttpProblem, notFound } from './problem.js';
import { parseId } from './tickets.js';

const tags = ['canned replies'];
const cannedId = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });
const step = z.enum(CANNED_STEPS).describe('环节：reply 答复、note 补充说明、supervision-reply 督办回复、callback 回访备注、return 退单理由、answer 直接答复、extend 延期理由、reopen 重办理由、supervise 督办、review-reply 审核意见、close 办结说明、refuse 不予受理说明、delegate 下派意见');
const PLACEHOLDERS_SAID = PLACEHOLDERS.map((p) => `{${p}}`).join(' ');

const cannedView = z.object({
  id: z.number(),
  title: z.string(),
  body: z.string().describe(`原文（占位符未替换：${PLACEHOLDERS_SAID}）`),
  unitId: z.number().nullable().describe('null：中心通用；否则所属单位'),
  unitName: z.string().nullable(),
  categoryIds: z.array(z.number()).describe('限定的诉求分类（含其下级）；空：不限'),
  steps: z.array(z.string()).describe('提供的环节；空：所有环节'),
  enabled: z.boolean(),
  useCount: z.number().describe('使用次数'),
  lastUsedAt: z.string().nullable(),
  editable: z.boolean().describe('当前用户可否修改、删除'),
  updatedAt: z.string(),
});
const offeredView = cannedView.extend({ filled: z.string().describe('按本工单填好占位符的文本（来电人信息已脱敏）') });

const fields = {
  title: z.string().trim().min(1).max(MAX_CANNED_TITLE).describe('标题（选择时显示、可按标题筛选）'),
  body: z.string().trim().min(1).max(MAX_CANNED_BODY).describe(`正文，可含占位符：${PLACEHOLDERS_SAID}`),
  unitId: z.number().int().positive().max(2_147_483_647).nullable().describe('null：中心通用（仅管理员）；缺省：承办单位用户为本单位，管理员为中心通用'),
  categoryIds: z.array(z.number().int().positive().max(2_147_483_647)).max(50).describe('限定诉求分类（含其下级）；空：不限'),
  steps: z.array(step).max(CANNED_STEPS.length).describe('限定环节；空：所有环节'),
  enabled: z.boolean(),
};
const createBody = z.object({ ...fields, unitId: fields.unitId.optional(), categoryIds: fields.categoryIds.optional(), steps: fields.steps.optional(), enabled: fields.enabled.optional() }).strict();
const patchBody = z
  .object({
    title: fields.title.optional(),
    body: fields.body.optional(),
    unitId: fields.unitId.optional(),
    categoryIds: fields.categoryIds.optional(),
    steps: fields.steps.optional(),
    enabled: fields.enabled.optional(),
  })
  .strict();

export function cannedReplyRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  const present = async (row: CannedReplyRow, user: UserRecord): Promise<z.infer<typeof cannedView>> => {
    const ref = await ctx.ref.get();
    return {
      id: row.id,
      title: row.title,
      body: row.body,
      unitId: row.unitId,
      unitName: row.unitId != null ? (ref.unitById.get(row.unitId)?.name ?? null) : null,
      categoryIds: [...row.categoryIds],
      steps: [...row.steps],
      enabled: row.enabled,
      useCount: row.useCount,
      lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
      editable: canManage(user, row),
      updatedAt: row.updatedAt.toISOString(),
    };
  };
  const asProblem = (err: unknown): never => {
    if (err instanceof CannedReplyProblem) throw new HttpProblem(err.status, err.code, err.message);
    throw err;
  };

  r.get(
    '/tickets/:id/canned-replies',
    {
      schema: {
        tags,
        summary: '本工单此环节可插入的常用语（本单位的、分类匹配的在前，再按使用次数），占位符已填好',
        params: z.object({ id: z.string() }),
        querystring: z.object({ step, q: z.string().trim().max(100).optional().describe('按标题或正文筛选（空格分隔的词都须出现）') }),
        response: { 200: z.object({ items: z.array(offeredView) }) },
      },
    },
    async (req) => {
      const user = requireUser(req);
      const id = parseId(req.params.id);
      const actor = await actorFor(ctx, user);
      const items = await cannedForTicket(ctx, user, actor, id, req.query.step, req.query.q).catch(asProblem);
      if (!items) throw notFound('工单不存在', 'ticket_not_found');
      return { items: await Promise.all(items.map(async (i) => ({ ...(await present(i, user)), filled: i.filled }))) };
    },
  );

  r.get(
    '/canned-replies',
    { schema: { tags, summary: '常用语管理列表：管理员为全部；承办单位为本单位的（及只读的中心通用）', response: { 200: z.object({ items: z.array(cannedView) }) } } },
    async (req) => {
      const user = requireUser(req);
      const rows = await cannedForManagement(ctx, user).catch(asProblem);
      return { items: await Promise.all(rows.map((row) => present(row, user))) };
    },
  );

  r.post(
    '/canned-replies',
    { schema: { tags, summary: '新建常用语', body: createBody, response: { 201: cannedView } } },
    async (req, reply) => {
      const user = requireUser(req);
      const row = await createCannedReply(ctx, user, req.body).catch(asProblem);
      return reply.status(201).send(await present(row, user));
    },
  );

  r.patch(
    '/canned-replies/:id',
    { schema: { tags, summary: '修改常用语（只改给出的字段）', params: cannedId, body: patchBody, response: { 200: cannedView } } },
    async (req) => {
      const user = requireUser(req);
      const row = await changeCannedReply(ctx, user, req.params.id, req.body).catch(asProblem);
      return present(row, user);
    },
  );

  r.delete('/canned-replies/:id', { schema: { tags, summary: '删除常用语', params: cannedId } }, async (req, reply) => {
    const user = requireUser(req);
    await removeCannedReply(ctx, user, req.params.id).catch(asProblem);
    return reply.status(204).send();
  });

  r.post(
    '/canned-replies/:id/use',
    { schema: { tags, summary: '记录一次使用（插入到环节文本时调用）', params: cannedId, response: { 200: z.object({ useCount: z.number() }) } } },
    async (req) => {
      const user = requireUser(req);
      return { useCount: await recordCannedUse(ctx, user, req.params.id).catch(asProblem) };
    },
  );
}
