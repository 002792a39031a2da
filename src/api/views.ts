// /api/v1/views: the ticket list's saved views (保存的视图) with live counts, and bulk steps on a
// selection of tickets (批量派单, 批量催办). A view is a list query run with the viewer's own scope;
// a bulk step runs the single-ticket step per ticket (app/bulk.ts) and answers per ticket.

import crypto from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ROLES, type Role } from '../domain/ticket-types.js';
import type { Command } from '../domain/ticket.js';
import { actorFor } from '../app/actor.js';
import { BulkRefused, MAX_BULK, runBulkStep } from '../app/bulk.js';
import type { AppContext } from '../app/context.js';
import { PRESET_NAMES, PRESETS, presetQueries } from '../app/saved-views.js';
import { createView, deleteView, findBulkCall, findView, saveBulkCall, sharedViews, visibleViews } from '../store/saved-views.js';
import { listTickets } from '../store/tickets.js';
import { requireUser } from './auth.js';
import { badRequest, HttpProblem, notFound } from './problem.js';
import { idParam, listTicketsQuery, stepBodies } from './schemas.js';
import { idempotencyKey, ticketFilter } from './tickets.js';

/** The list query's parameters a view keeps (not the page it was on). */
const VIEW_KEYS = Object.keys(listTicketsQuery.shape).filter((k) => k !== 'page' && k !== 'pageSize');

const viewQuery = z.record(z.string().max(40), z.string().max(2200)).describe('工单列表的筛选参数（与 GET /tickets 相同，不含 page/pageSize）');

const viewItem = z.object({
  key: z.string().describe('preset:my_overdue 等预置视图，或 view:{id}'),
  id: z.number().nullable().describe('保存的视图 id；预置视图为 null'),
  preset: z.enum(PRESETS).nullable().describe('预置视图：my_overdue 我的超期 · district_complaints 本区投诉 · today_new 今日新建 · due_soon 即将到期'),
  name: z.string(),
  query: viewQuery,
  sharedRole: z.enum(ROLES).nullable().describe('管理员发布给该角色的共享视图；null 为个人视图或预置视图'),
  own: z.boolean().describe('当前用户可删除（自己的个人视图；管理员：共享视图）'),
  count: z.number().nullable().describe('按当前用户的数据范围统计的工单数；筛选条件已失效时为 null'),
});

const bulkResult = z.object({
  id: z.number(),
  ok: z.boolean(),
  number: z.string().nullable().describe('工单编号（不可见的工单为 null）'),
  status: z.string().optional().describe('成功时工单的新状态'),
  code: z.string().optional().describe('失败时的错误代码（如 invalid_state、ticket_not_found）'),
  message: z.string().optional().describe('失败原因（中文）'),
});
const bulkView = z.object({ results: z.array(bulkResult), succeeded: z.number(), failed: z.number() });
const ids = z.array(z.number().int().min(1).max(2_147_483_647)).min(1, '请至少选择一张工单').max(MAX_BULK, `一次最多 ${MAX_BULK} 张工单`).describe('选中的工单 id');
const bulkHeaders = z.object({ 'idempotency-key': z.string().max(200).optional() }).passthrough();

export function viewRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  /** A stored or posted query, checked by the list's own schema (and its search words). */
  const checkQuery = (raw: Record<string, string>, userId: number, ref: Parameters<typeof ticketFilter>[1]) => {
    const unknown = Object.keys(raw).filter((k) => !VIEW_KEYS.includes(k));
    if (unknown.length) return null;
    const parsed = listTicketsQuery.safeParse(raw);
    if (!parsed.success) return null;
    try {
      return ticketFilter(parsed.data, ref, userId);
    } catch {
      return null;
    }
  };

  r.get(
    '/views',
    {
      schema: {
        tags: ['tickets'],
        summary: '工单列表的视图（预置、个人、共享），附按当前用户数据范围的实时计数',
        response: { 200: z.object({ items: z.array(viewItem) }) },
      },
    },
    async (req) => {
      const user = requireUser(req);
      const [actor, ref] = await Promise.all([actorFor(ctx, user), ctx.ref.get()]);
      const presets = presetQueries(user, ref, ctx.now());
      const saved = await visibleViews(ctx.db, user.id, user.role);
      const all = [
        ...PRESETS.map((p) => ({ key: `preset:${p}`, id: null, preset: p, name: PRESET_NAMES[p], query: presets[p], sharedRole: null, own: false })),
        ...saved.map((v) => ({
          key: `view:${v.id}`,
          id: v.id,
          preset: null,
          name: v.name,
          query: v.query,
          sharedRole: (v.sharedRole as Role | null) ?? null,
          own: v.sharedRole == null ? v.ownerId === user.id : user.role === 'admin',
        })),
      ];
      const items = await Promise.all(
        all.map(async (v) => {
          const filter = checkQuery(v.query, user.id, ref);
          const count = filter ? (await listTickets(ctx.db, actor, { ...filter, sort: 'created' }, 1, 1)).total : null;
          return { ...v, count };
        }),
      );
      return { items };
    },
  );

  r.get(
    '/views/shared',
    { schema: { tags: ['tickets'], summary: '管理员：已发布的共享视图（全部角色）', response: { 200: z.object({ items: z.array(viewItem) }) } } },
    async (req) => {
      const user = requireUser(req);
      if (user.role !== 'admin') throw new HttpProblem(403, 'forbidden', '只有管理员可以管理共享视图');
      const items = (await sharedViews(ctx.db)).map((v) => ({
        key: `view:${v.id}`, id: v.id, preset: null, name: v.name, query: v.query, sharedRole: v.sharedRole as Role, own: true, count: null,
      }));
      return { items };
    },
  );

  r.post(
    '/views',
    {
      schema: {
        tags: ['tickets'],
        summary: '保存当前筛选为视图（个人视图；管理员可发布给某一角色）',
        body: z.object({
          name: z.string().trim().min(1, '请填写视图名称').max(40, '视图名称不能超过 40 个字符'),
          query: viewQuery,
          sharedRole: z.enum(ROLES).nullish().describe('发布给该角色的全部用户（仅管理员）'),
        }),
        response: { 201: viewItem },
      },
    },
    async (req, reply) => {
      const user = requireUser(req);
      const sharedRole = req.body.sharedRole ?? null;
      if (sharedRole && user.role !== 'admin') throw new HttpProblem(403, 'forbidden', '只有管理员可以发布共享视图');
      const [actor, ref] = await Promise.all([actorFor(ctx, user), ctx.ref.get()]);
      const query = Object.fromEntries(Object.entries(req.body.query).filter(([, v]) => v !== ''));
      const filter = checkQuery(query, user.id, ref);
      if (!filter) throw badRequest('视图的筛选条件无效', 'invalid_view_query');
      const v = await createView(ctx.db, { name: req.body.name, ownerId: user.id, sharedRole, query }, ctx.now());
      const count = (await listTickets(ctx.db, actor, { ...filter, sort: 'created' }, 1, 1)).total;
      return reply
        .status(201)
        .send({ key: `view:${v.id}`, id: v.id, preset: null, name: v.name, query: v.query, sharedRole: (v.sharedRole as Role | null) ?? null, own: true, count });
    },
  );

  r.delete('/views/:id', { schema: { tags: ['tickets'], summary: '删除视图（自己的个人视图；管理员：共享视图）', params: idParam } }, async (req, reply) => {
    const user = requireUser(req);
    const id = Number(req.params.id);
    const v = Number.isSafeInteger(id) && id >= 1 && id <= 2_147_483_647 ? await findView(ctx.db, id) : null;
    const mayDelete = v && (v.sharedRole == null ? v.ownerId === user.id : user.role === 'admin');
    if (!v || !mayDelete) throw notFound('视图不存在', 'view_not_found');
    await deleteView(ctx.db, id);
    return reply.status(204).send();
  });

  // ── Bulk steps ────────────────────────────────────────────────────────────────────────────
  const BULK = {
    dispatch: { body: stepBodies.dispatch.extend({ ids }), summary: '批量派单：逐张工单执行派单（规则、事件、时限与单张派单相同），逐张返回结果' },
    supervise: { body: stepBodies.supervise.extend({ ids }), summary: '批量督办/催办：逐张工单执行督办（type=urge 为催办），逐张返回结果' },
  } as const;
  for (const kind of ['dispatch', 'supervise'] as const) {
    r.post(
      `/tickets/bulk/${kind}`,
      {
        schema: {
          tags: ['ticket steps'],
          summary: BULK[kind].summary,
          description:
            '每张工单各自一个事务：状态不对或不在本人范围内的工单逐张拒绝（code、message），其余照常办理；角色无权执行该步骤时整批拒绝（403），不改动任何工单。' +
            '支持 Idempotency-Key 请求头：同一个键的重试返回第一次的逐张结果（Idempotent-Replayed: true），不再执行。',
          body: BULK[kind].body as z.ZodType,
          headers: bulkHeaders,
          response: { 200: bulkView },
        },
      },
      async (req, reply) => {
        const user = requireUser(req);
        const key = idempotencyKey(req);
        const { ids: selected, ...fields } = req.body as { ids: number[] } & Record<string, unknown>;
        const requestHash = crypto.createHash('sha256').update(JSON.stringify([kind, req.body])).digest('base64url');
        if (key) {
          const prior = await findBulkCall(ctx.db, user.id, key);
          if (prior) {
            if (prior.requestHash !== requestHash) throw new HttpProblem(422, 'idempotency_key_reused', '同一个 Idempotency-Key 已用于内容不同的请求');
            reply.header('Idempotent-Replayed', 'true');
            return prior.response as z.infer<typeof bulkView>;
          }
        }
        const actor = await actorFor(ctx, user);
        let results;
        try {
          results = await runBulkStep(ctx, actor, selected, { kind, ...fields } as Command);
        } catch (e) {
          if (e instanceof BulkRefused) throw new HttpProblem(403, e.code, e.message);
          throw e;
        }
        const body = { results, succeeded: results.filter((x) => x.ok).length, failed: results.filter((x) => !x.ok).length };
        if (key) await saveBulkCall(ctx.db, user.id, key, requestHash, body);
        return body;
      },
    );
  }
}
