// 12345 ↔ 110 联动 over HTTP (issue 17 item 2, docs/interop-110.md):
//   110's platform → us, with an API key of scope 110 (checked before the body, so a call
//   without a key is 401 whatever it sends): POST /interop/110/feedback (its reports on a
//   transferred ticket) and POST /interop/110/handovers (非警务警情 → a ticket on channel 110);
//   the centre: GET /tickets/:id/police (the ticket's hand-offs, for the ticket page);
//   the admin: GET/PUT /admin/interop-110 (endpoint, secret, timeout), the hand-offs' list and
//   the replay of a message parked as dead.

import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorFor } from '../app/actor.js';
import type { AppContext } from '../app/context.js';
import { handOver, recordPoliceFeedback } from '../app/police.js';
import { HANDOFF_STATES, POLICE_RECORD_ID, POLICE_STATUSES } from '../domain/police.js';
import { canSee } from '../domain/ticket.js';
import { MAX_TEXT, TICKET_TYPES } from '../domain/ticket-types.js';
import { getPoliceSettings, handoffsOfTicket, listHandoffs, replayMessage, savePoliceSettings } from '../store/police.js';
import { findTicket } from '../store/tickets.js';
import { requireApiKey, requireRole, requireUser } from './auth.js';
import { outboxStateShape, presentOutboxState } from './outbox-view.js';
import { notFound } from './problem.js';
import { idParam } from './schemas.js';

const recordId = z.string().trim().regex(POLICE_RECORD_ID, '警情编号为 1–64 位字母、数字或 - _ . / :').describe('110 的警情编号');
const text = (max: number) => z.string().trim().min(1).max(max);

const feedbackBody = z.object({
  ticketNumber: z.string().trim().regex(/^[0-9A-Za-z-]{1,40}$/, '工单编号格式不正确').describe('12345 工单编号（警单中的 ticketNumber）'),
  policeRecordId: recordId,
  status: z.enum(POLICE_STATUSES).describe('received 已接收 · dispatched 已派警 · handled 已处置'),
  result: z.string().trim().max(MAX_TEXT).nullish().describe('情况说明（处置结果等）'),
});

const handoverBody = z.object({
  policeRecordId: recordId,
  content: text(MAX_TEXT).describe('警情内容（非警务警情，移交 12345 办理）'),
  caller: z
    .object({
      phone: z.string().trim().regex(/^\+?[0-9][0-9 -]{2,19}$/, '电话号码格式不正确'),
      name: z.string().trim().max(50).nullish(),
    })
    .nullish(),
  address: z.string().trim().max(500).nullish(),
  type: z.enum(TICKET_TYPES).optional().describe('诉求类型（缺省：help 求助）'),
});

const messageView = z.object({
  id: z.string(),
  kind: z.enum(['transfer', 'result']),
  ...outboxStateShape,
});
const handoffView = z.object({
  id: z.number(),
  ticketId: z.number(),
  direction: z.enum(['out', 'in']).describe('out 转警；in 110 移交的非警务警情'),
  service: z.string(),
  policeRecordId: z.string().nullable(),
  state: z.enum(HANDOFF_STATES),
  createdAt: z.string(),
  acknowledgedAt: z.string().nullable(),
  alertedAt: z.string().nullable(),
  ackDueAt: z.string().nullable().describe('转警后应在此前收到 110 确认（未确认则提醒中心）'),
});
const settingsView = z.object({ url: z.string().nullable(), secretSet: z.boolean(), timeoutMinutes: z.number() });

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const presentMessage = (m: Awaited<ReturnType<typeof handoffsOfTicket>>[number]['messages'][number]) => presentOutboxState(m);
function presentHandoff(h: Awaited<ReturnType<typeof handoffsOfTicket>>[number] | Awaited<ReturnType<typeof listHandoffs>>[number], timeoutMinutes: number) {
  return {
    id: h.id,
    ticketId: h.ticketId,
    direction: h.direction,
    service: h.service,
    policeRecordId: h.policeRecordId,
    state: h.state,
    createdAt: h.createdAt.toISOString(),
    acknowledgedAt: iso(h.acknowledgedAt),
    alertedAt: iso(h.alertedAt),
    ackDueAt: h.direction === 'out' ? new Date(h.createdAt.getTime() + timeoutMinutes * 60_000).toISOString() : null,
  };
}

export function interop110Routes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  // Before the body is validated: a caller without a 110 key learns nothing of what we accept.
  const police110 = async (req: FastifyRequest) => {
    await requireApiKey(ctx, req, '110', '110 接警平台');
  };

  r.post(
    '/interop/110/feedback',
    {
      config: { public: true },
      preValidation: async (req) => police110(req),
      schema: {
        tags: ['interop-110'],
        summary: '110 反馈转警工单的警情状态（API 密钥认证，用途 110）',
        description: '已接收、已派警、已处置及情况说明，记入工单全程留痕。同一反馈重复提交不重复记录（duplicate: true）。详见 docs/interop-110.md。',
        security: [],
        body: feedbackBody,
        response: {
          200: z.object({ ticketId: z.number(), ticketNumber: z.string(), policeRecordId: z.string(), state: z.enum(HANDOFF_STATES), duplicate: z.boolean() }),
        },
      },
    },
    async (req) => recordPoliceFeedback(ctx, req.body),
  );

  r.post(
    '/interop/110/handovers',
    {
      config: { public: true },
      preValidation: async (req) => police110(req),
      schema: {
        tags: ['interop-110'],
        summary: '110 移交非警务警情，登记为 110 渠道的工单（API 密钥认证，用途 110）',
        description: '新建返回 201；同一警情编号再次移交返回 200 和原工单（不新建）。办结后结果推送给 110。详见 docs/interop-110.md。',
        security: [],
        body: handoverBody,
        response: { 200: z.object({ id: z.number(), number: z.string() }), 201: z.object({ id: z.number(), number: z.string() }) },
      },
    },
    async (req, reply) => {
      const { ticket, created } = await handOver(ctx, req.body);
      return reply.status(created ? 201 : 200).send({ id: ticket.id, number: ticket.number });
    },
  );

  r.get(
    '/tickets/:id/police',
    {
      schema: {
        tags: ['tickets'],
        summary: '工单的 110 联动：警情编号、转警状态、反馈（反馈内容见全程留痕）',
        params: idParam,
        response: { 200: z.object({ items: z.array(handoffView.extend({ messages: z.array(messageView) })) }) },
      },
    },
    async (req) => {
      const user = requireUser(req);
      const id = /^\d{1,10}$/.test(req.params.id) ? Number(req.params.id) : NaN;
      const [actor, ticket] = await Promise.all([actorFor(ctx, user), id >= 1 && id <= 2_147_483_647 ? findTicket(ctx.db, id) : null]);
      if (!ticket || !canSee(actor, ticket)) throw notFound('工单不存在', 'ticket_not_found');
      const [items, settings] = await Promise.all([handoffsOfTicket(ctx.db, ticket.id), getPoliceSettings(ctx.db)]);
      return { items: items.map((h) => ({ ...presentHandoff(h, settings.timeoutMinutes), messages: h.messages.map(presentMessage) })) };
    },
  );

  r.get('/admin/interop-110', { schema: { tags: ['interop-110'], summary: '110 联动设置（密钥不返回）', response: { 200: settingsView } } }, async (req) => {
    requireRole(req, ['admin']);
    const s = await getPoliceSettings(ctx.db);
    return { url: s.url, secretSet: !!s.secret, timeoutMinutes: s.timeoutMinutes };
  });

  r.put(
    '/admin/interop-110',
    {
      schema: {
        tags: ['interop-110'],
        summary: '保存 110 联动设置（接口地址、共享密钥、确认超时）',
        body: z.object({
          url: z.string().trim().max(500).regex(/^https?:\/\/\S+$/, '地址应以 http:// 或 https:// 开头').nullable().describe('110 平台接收警单的地址；null：不推送'),
          secret: z.string().min(16).max(200).optional().describe('签名用的共享密钥（至少 16 个字符；不填保留原密钥）'),
          timeoutMinutes: z.number().int().min(1).max(1440).describe('转警后多少分钟未收到 110 确认即提醒中心'),
        }),
        response: { 200: settingsView },
      },
    },
    async (req) => {
      const user = requireRole(req, ['admin']);
      const s = await savePoliceSettings(ctx.db, { url: req.body.url, secret: req.body.secret, timeoutMinutes: req.body.timeoutMinutes }, user.id);
      return { url: s.url, secretSet: !!s.secret, timeoutMinutes: s.timeoutMinutes };
    },
  );

  r.get(
    '/admin/interop-110/handoffs',
    {
      schema: {
        tags: ['interop-110'],
        summary: '110 联动记录（转警与 110 移交），最新的在前',
        querystring: z.object({
          direction: z.enum(['out', 'in']).optional(),
          state: z.enum(HANDOFF_STATES).optional(),
          limit: z.coerce.number().int().min(1).max(500).default(100),
        }),
        response: {
          200: z.object({ items: z.array(handoffView.extend({ ticketNumber: z.string(), ticketTitle: z.string(), lastMessage: messageView.nullable() })) }),
        },
      },
    },
    async (req) => {
      requireRole(req, ['admin', 'dispatcher', 'supervisor']);
      const [items, settings] = await Promise.all([listHandoffs(ctx.db, req.query), getPoliceSettings(ctx.db)]);
      return {
        items: items.map((h) => ({
          ...presentHandoff(h, settings.timeoutMinutes),
          ticketNumber: h.ticketNumber,
          ticketTitle: h.ticketTitle,
          lastMessage: h.lastMessage ? presentMessage(h.lastMessage) : null,
        })),
      };
    },
  );

  r.post(
    '/admin/interop-110/messages/:id/replay',
    { schema: { tags: ['interop-110'], summary: '重发一条发送失败（已停止重试）的 110 消息', params: idParam, response: { 200: z.object({ replayed: z.boolean() }) } } },
    async (req) => {
      const user = requireRole(req, ['admin']);
      if (!/^\d{1,18}$/.test(req.params.id)) throw notFound('消息不存在', 'message_not_found');
      const done = await replayMessage(ctx.db, req.params.id, ctx.now(), user.id);
      if (done === null) throw notFound('消息不存在', 'message_not_found');
      return { replayed: done };
    },
  );
}
