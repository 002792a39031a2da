// Departments' own systems (admin only), under /api/v1/admin/unit-systems: mark a unit as
// answering through its own case system with its webhook (URL and secret), change it, unmark it,
// list the marked units with their webhook and unit keys. The keys themselves are made with
// POST /api/v1/admin/api-keys {scope: "unit", unitId}; deliveries are the webhooks' routes
// (/api/v1/webhooks/{id}/deliveries). Contract: docs/unit-systems.md.

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../app/context.js';
import { listUnitSystemViews, markUnitSystem, unitSystemView, UnitSystemProblem, UNIT_SYSTEM_EVENTS, unmarkUnitSystem, type UnitSystemView } from '../app/unit-systems.js';
import { requireRole } from './auth.js';
import { HttpProblem, notFound } from './problem.js';

const unitParam = z.object({ unitId: z.coerce.number().int().positive().max(2_147_483_647) });
const url = z
  .string()
  .trim()
  .max(2000)
  .url()
  .refine((u) => /^https?:\/\//i.test(u), '只支持 http 或 https 地址')
  .describe('自建系统的接收地址（POST，见 docs/unit-systems.md）');
const secret = z.string().min(16).max(200).describe('签名密钥（至少 16 个字符；只写不读）');

const keyView = z.object({
  id: z.number(),
  name: z.string(),
  prefix: z.string(),
  active: z.boolean(),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
});
const systemView = z.object({
  unitId: z.number(),
  unitName: z.string(),
  name: z.string().describe('自建系统名称（工单时间线上显示为操作人的是密钥名称）'),
  webhook: z
    .object({ id: z.number(), url: z.string(), events: z.array(z.string()), paused: z.boolean() })
    .nullable()
    .describe('推送订阅（在“事件推送”中可查看推送记录、暂停、重放）；null：订阅已被删除，请重新填写地址和密钥'),
  keys: z.array(keyView).describe('此单位的单位系统密钥（不含密钥本身）'),
  createdAt: z.string(),
});

const present = (v: UnitSystemView): z.infer<typeof systemView> => ({
  unitId: v.unitId,
  unitName: v.unitName,
  name: v.name,
  webhook: v.webhook ? { id: v.webhook.id, url: v.webhook.url, events: v.webhook.events ?? ['*'], paused: v.webhook.paused } : null,
  keys: v.keys.map((k) => ({
    id: k.id,
    name: k.name,
    prefix: k.prefix,
    active: k.revokedAt == null,
    createdAt: k.createdAt.toISOString(),
    revokedAt: k.revokedAt?.toISOString() ?? null,
    lastUsedAt: k.lastUsedAt?.toISOString() ?? null,
  })),
  createdAt: v.createdAt.toISOString(),
});

const asProblem = (err: unknown): never => {
  if (err instanceof UnitSystemProblem) throw new HttpProblem(err.status, err.code, err.message);
  throw err;
};

export function unitSystemRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['admin'];

  r.get('/admin/unit-systems', { schema: { tags, summary: '自建系统对接的承办单位', response: { 200: z.object({ items: z.array(systemView) }) } } }, async (req) => {
    requireRole(req, ['admin']);
    return { items: (await listUnitSystemViews(ctx)).map(present) };
  });

  r.get('/admin/unit-systems/:unitId', { schema: { tags, summary: '单位的自建系统对接', params: unitParam, response: { 200: systemView } } }, async (req) => {
    requireRole(req, ['admin']);
    const v = await unitSystemView(ctx, req.params.unitId);
    if (!v) throw notFound('该单位未设为自建系统对接', 'unit_system_not_found');
    return present(v);
  });

  r.put(
    '/admin/unit-systems/:unitId',
    {
      schema: {
        tags,
        summary: '设为自建系统对接，或修改名称、接收地址、签名密钥',
        description: `首次设置须填 url 和 secret：新建一条只推送此单位工单的事件推送订阅（事件：${UNIT_SYSTEM_EVENTS.join('、')}），个人信息按单位经办人所见脱敏。办理用单位系统密钥：POST /admin/api-keys {scope: "unit", unitId}。`,
        params: unitParam,
        body: z.object({ name: z.string().trim().min(1).max(100).optional().describe('缺省：单位名称 + “自建系统”'), url: url.optional(), secret: secret.optional() }),
        response: { 200: systemView },
      },
    },
    async (req) => {
      const user = requireRole(req, ['admin']);
      const v = await markUnitSystem(ctx, user.id, req.params.unitId, req.body).catch(asProblem);
      return present(v);
    },
  );

  r.delete(
    '/admin/unit-systems/:unitId',
    { schema: { tags, summary: '取消自建系统对接（删除其推送订阅，吊销此单位的单位系统密钥）', params: unitParam } },
    async (req, reply) => {
      const user = requireRole(req, ['admin']);
      if (!(await unmarkUnitSystem(ctx, user.id, req.params.unitId))) throw notFound('该单位未设为自建系统对接', 'unit_system_not_found');
      return reply.status(204).send();
    },
  );
}
