// /api/v1/tickets/{id}/split and /links: 一件多诉 拆分 and 关联工单. Thin: parse, call the use
// case (app/links.ts, which lets the domain decide), present.

import crypto from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { MANUAL_LINK_KINDS } from '../domain/links.js';
import { canSee } from '../domain/ticket.js';
import { MAX_TEXT, PRIORITIES, TICKET_TYPES } from '../domain/ticket-types.js';
import { actorFor } from '../app/actor.js';
import type { AppContext } from '../app/context.js';
import { linkTickets, linkViews, splitTicket, unlinkTickets } from '../app/links.js';
import { findTicket } from '../store/tickets.js';
import { requireUser } from './auth.js';
import { presentTicket } from './presenters.js';
import { notFound } from './problem.js';
import { idParam, linkView, ticketView } from './schemas.js';
import { idempotencyKey, parseId } from './tickets.js';

const ticketId = z.number().int().positive().max(2_147_483_647);

const splitBody = z.object({
  content: z.string().trim().min(1).max(MAX_TEXT).describe('拆分出的另一件诉求的内容'),
  title: z.string().trim().max(200).nullish().describe('标题，缺省时取内容首句'),
  type: z.enum(TICKET_TYPES).nullish().describe('诉求类型，缺省同原工单'),
  priority: z.enum(PRIORITIES).nullish().describe('紧急程度，缺省同原工单'),
  categoryId: ticketId.nullish().describe('诉求分类'),
  address: z.string().trim().max(500).nullish().describe('地址，缺省同原工单；null 为无地址'),
  districtId: ticketId.nullish().describe('区县（缺省时从地址和内容识别）'),
});

const linkBody = z
  .object({
    kind: z.enum(MANUAL_LINK_KINDS).describe('related 相关、same_matter 同一事项（其他来电人）、follow_up 对方是本单的后续'),
    otherId: ticketId.optional().describe('要关联的工单 id'),
    otherNumber: z.string().trim().regex(/^\d{6,20}$/, '工单编号应为数字').optional().describe('或：要关联的工单编号'),
  })
  .refine((b) => (b.otherId == null) !== (b.otherNumber == null), { message: '请给出要关联的工单 id 或编号（二选一）', path: ['otherId'] });

const linksView = z.object({ ticket: ticketView.describe('本工单（操作后）'), items: z.array(linkView) });

export function linkRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/tickets/:id/split',
    {
      schema: {
        tags: ['ticket steps'],
        summary: '拆分（一件多诉）：把未派单工单中的另一件诉求拆为新工单（同一来电人、渠道和受理时间，双向关联；支持 Idempotency-Key）',
        params: idParam,
        body: splitBody,
        headers: z.object({ 'idempotency-key': z.string().max(200).optional() }).passthrough(),
        response: { 200: z.object({ source: ticketView, created: ticketView }), 201: z.object({ source: ticketView, created: ticketView }) },
      },
    },
    async (req, reply) => {
      const user = requireUser(req);
      const id = parseId(req.params.id);
      const [actor, ref] = await Promise.all([actorFor(ctx, user), ctx.ref.get()]);
      const body = req.body;
      const key = idempotencyKey(req);
      const requestHash = crypto.createHash('sha256').update(JSON.stringify({ split: id, ...body })).digest('base64url');
      const { source, created, replayed } = await splitTicket(ctx, actor, id, body, {
        idempotency: key ? { scope: `user:${user.id}`, key, requestHash } : undefined,
      });
      if (replayed) reply.header('Idempotent-Replayed', 'true');
      return reply
        .status(replayed ? 200 : 201)
        .header('Location', `/api/v1/tickets/${created.id}`)
        .send({ source: presentTicket(source, ref, actor), created: presentTicket(created, ref, actor) });
    },
  );

  r.get(
    '/tickets/:id/links',
    { schema: { tags: ['tickets'], summary: '关联工单（仅列出当前用户可见的工单）', params: idParam, response: { 200: z.object({ items: z.array(linkView) }) } } },
    async (req) => {
      const user = requireUser(req);
      const id = parseId(req.params.id);
      const [actor, ticket] = await Promise.all([actorFor(ctx, user), findTicket(ctx.db, id)]);
      if (!ticket || !canSee(actor, ticket)) throw notFound('工单不存在', 'ticket_not_found');
      return { items: await linkViews(ctx, actor, id) };
    },
  );

  r.post(
    '/tickets/:id/links',
    { schema: { tags: ['ticket steps'], summary: '关联工单：相关、同一事项（其他来电人）或后续（两张工单的全程留痕都记录）', params: idParam, body: linkBody, response: { 200: linksView } } },
    async (req) => {
      const user = requireUser(req);
      const id = parseId(req.params.id);
      const [actor, ref] = await Promise.all([actorFor(ctx, user), ctx.ref.get()]);
      const { kind, otherId, otherNumber } = req.body;
      // A number that names no ticket is the domain's "not found", like one the user may not see.
      const other =
        otherId ?? (await ctx.db.selectFrom('tickets').select('id').where('number', '=', otherNumber as string).executeTakeFirst())?.id ?? 0;
      const ticket = await linkTickets(ctx, actor, id, other, kind);
      return { ticket: presentTicket(ticket, ref, actor), items: await linkViews(ctx, actor, id) };
    },
  );

  r.delete(
    '/tickets/:id/links/:otherId',
    {
      schema: {
        tags: ['ticket steps'],
        summary: '取消关联（拆分形成的关联不能取消）',
        params: z.object({ id: z.string(), otherId: z.string() }),
        response: { 200: linksView },
      },
    },
    async (req) => {
      const user = requireUser(req);
      const id = parseId(req.params.id);
      const other = parseId(req.params.otherId);
      const [actor, ref] = await Promise.all([actorFor(ctx, user), ctx.ref.get()]);
      const ticket = await unlinkTickets(ctx, actor, id, other);
      return { ticket: presentTicket(ticket, ref, actor), items: await linkViews(ctx, actor, id) };
    },
  );
}
