// Webhooks (admin only), under /api/v1/webhooks: subscribe a receiver's URL to ticket events,
// list, change (pause/resume, the events, the unit, the personal-data agreement), delete; see a
// subscription's deliveries and replay them. Every change is audited by the store (webhook.*),
// never with the secret, which is never returned. Contract and design: docs/webhooks.md.

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../app/context.js';
import {
  createSubscription,
  deleteSubscription,
  findSubscription,
  listDeliveries,
  listSubscriptions,
  replayDeliveries,
  updateSubscription,
  type Delivery,
  type Subscription,
} from '../store/webhooks.js';
import { requireRole } from './auth.js';
import { outboxStateShape, presentOutboxState } from './outbox-view.js';
import { badRequest, notFound } from './problem.js';

const idParam = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });
const deliveryParams = idParam.extend({ deliveryId: z.string().regex(/^\d{1,18}$/) });
const url = z
  .string()
  .trim()
  .max(2000)
  .url()
  .refine((u) => /^https?:\/\//i.test(u), '只支持 http 或 https 地址')
  .describe('接收方地址（POST）');
const secret = z.string().min(16).max(200).describe('签名密钥（至少 16 个字符；只写不读）');
const events = z
  .array(z.string().regex(/^(\*|[a-z_]{1,40})$/))
  .min(1)
  .max(50)
  .describe('要推送的事件类型，如 ["registered","dispatched"]；["*"] 或不填：全部');
const unitId = z.number().int().positive().nullable().describe('只推送此单位承办（主办或协办）过的工单的事件：部门自己的系统用');
const personalData = z.boolean().describe('接收方协议允许个人信息不脱敏（管理员设置，留痕）；缺省脱敏');

const subscriptionView = z.object({
  id: z.number(),
  url: z.string(),
  events: z.array(z.string()),
  unitId: z.number().nullable(),
  personalData: z.boolean(),
  paused: z.boolean(),
  createdAt: z.string(),
});
const deliveryView = z.object({
  id: z.string(),
  eventId: z.number(),
  ticketId: z.number(),
  type: z.string(),
  ...outboxStateShape,
});

const present = (s: Subscription): z.infer<typeof subscriptionView> => ({
  id: s.id,
  url: s.url,
  events: s.events ?? ['*'],
  unitId: s.unitId,
  personalData: s.personalData,
  paused: s.paused,
  createdAt: s.createdAt.toISOString(),
});
const presentDelivery = (d: Delivery): z.infer<typeof deliveryView> => presentOutboxState(d);
/** ['*'] (or a list holding it) means every type: stored as null. */
const storedEvents = (e: string[] | undefined) => (!e || e.includes('*') ? null : [...new Set(e)]);

export function webhookRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['webhooks'];

  const checkUnit = async (id: number | null | undefined) => {
    if (id == null) return;
    const unit = await ctx.db.selectFrom('units').select('id').where('id', '=', id).executeTakeFirst();
    if (!unit) throw badRequest(`单位 ${id} 不存在`, 'unknown_unit');
  };

  r.get('/webhooks', { schema: { tags, summary: '事件推送（Webhook）订阅列表（不含密钥）', response: { 200: z.object({ items: z.array(subscriptionView) }) } } }, async (req) => {
    requireRole(req, ['admin']);
    return { items: (await listSubscriptions(ctx.db)).map(present) };
  });

  r.post(
    '/webhooks',
    {
      schema: {
        tags,
        summary: '新建事件推送订阅',
        description: '已提交的工单事件按工单顺序推送到 url，带 X-Hotline-Signature 签名，失败按退避重试，多次失败后停放（可重放）。详见 docs/webhooks.md。',
        body: z.object({ url, secret, events: events.optional(), unitId: unitId.optional(), personalData: personalData.optional() }),
        response: { 201: subscriptionView },
      },
    },
    async (req, reply) => {
      const user = requireRole(req, ['admin']);
      await checkUnit(req.body.unitId);
      const s = await createSubscription(
        ctx.db,
        { url: req.body.url, secret: req.body.secret, events: storedEvents(req.body.events), unitId: req.body.unitId ?? null, personalData: req.body.personalData ?? false },
        user.id,
      );
      return reply.status(201).send(present(s));
    },
  );

  r.get('/webhooks/:id', { schema: { tags, summary: '事件推送订阅', params: idParam, response: { 200: subscriptionView } } }, async (req) => {
    requireRole(req, ['admin']);
    const s = await findSubscription(ctx.db, req.params.id);
    if (!s) throw notFound('推送订阅不存在', 'webhook_not_found');
    return present(s);
  });

  r.patch(
    '/webhooks/:id',
    {
      schema: {
        tags,
        summary: '修改事件推送订阅：暂停/恢复（paused）、地址、密钥、事件、单位、个人信息协议',
        description: '暂停期间事件照常记录为待推送，恢复后按顺序补发。',
        params: idParam,
        body: z.object({ url: url.optional(), secret: secret.optional(), events: events.optional(), unitId: unitId.optional(), personalData: personalData.optional(), paused: z.boolean().optional() }),
        response: { 200: subscriptionView },
      },
    },
    async (req) => {
      const user = requireRole(req, ['admin']);
      await checkUnit(req.body.unitId);
      const b = req.body;
      const s = await updateSubscription(
        ctx.db,
        req.params.id,
        { url: b.url, secret: b.secret, events: b.events ? storedEvents(b.events) : undefined, unitId: b.unitId, personalData: b.personalData, paused: b.paused },
        user.id,
      );
      if (!s) throw notFound('推送订阅不存在', 'webhook_not_found');
      return present(s);
    },
  );

  r.delete('/webhooks/:id', { schema: { tags, summary: '删除事件推送订阅（连同其推送记录）', params: idParam } }, async (req, reply) => {
    const user = requireRole(req, ['admin']);
    if (!(await deleteSubscription(ctx.db, req.params.id, user.id))) throw notFound('推送订阅不存在', 'webhook_not_found');
    return reply.status(204).send();
  });

  r.get(
    '/webhooks/:id/deliveries',
    {
      schema: {
        tags,
        summary: '推送记录：状态（pending 待推送/重试中、delivered 已送达、dead 已停放）、尝试次数、最后错误',
        params: idParam,
        querystring: z.object({ status: z.enum(['pending', 'delivered', 'dead']).optional(), limit: z.coerce.number().int().min(1).max(500).default(100) }),
        response: { 200: z.object({ items: z.array(deliveryView) }) },
      },
    },
    async (req) => {
      requireRole(req, ['admin']);
      if (!(await findSubscription(ctx.db, req.params.id))) throw notFound('推送订阅不存在', 'webhook_not_found');
      return { items: (await listDeliveries(ctx.db, req.params.id, req.query)).map(presentDelivery) };
    },
  );

  r.post(
    '/webhooks/:id/deliveries/:deliveryId/replay',
    { schema: { tags, summary: '重放一条推送（已停放或已送达的）', params: deliveryParams, response: { 200: z.object({ replayed: z.number() }) } } },
    async (req) => {
      const user = requireRole(req, ['admin']);
      const n = await replayDeliveries(ctx.db, req.params.id, { deliveryId: req.params.deliveryId }, ctx.now(), user.id);
      if (n === null) throw notFound('推送记录不存在', 'delivery_not_found');
      return { replayed: n };
    },
  );

  r.post(
    '/webhooks/:id/deliveries/replay-dead',
    { schema: { tags, summary: '重放此订阅全部已停放的推送', params: idParam, response: { 200: z.object({ replayed: z.number() }) } } },
    async (req) => {
      const user = requireRole(req, ['admin']);
      if (!(await findSubscription(ctx.db, req.params.id))) throw notFound('推送订阅不存在', 'webhook_not_found');
      return { replayed: (await replayDeliveries(ctx.db, req.params.id, { allDead: true }, ctx.now(), user.id)) ?? 0 };
    },
  );
}
