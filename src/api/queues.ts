// Work queues for the console (dispatch, unit inbox, callbacks): each answers what its role
// works on next, in the order they work it, with the counts of the queue's tabs.
//
//   GET /queues/dispatch?view=all|registered|returns|extensions|sent   dispatcher, supervisor, admin
//   GET /queues/inbox?view=open|accept|handling|review|delegated|supervision|overdue&unit=
//       unit handler (own unit subtree only), supervisor, admin; each ticket at the viewer's
//       level of the hand-down chain
//   GET /queues/callbacks?view=all|overdue|retry                    callback agent, supervisor, admin

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { callbackQueue, CALLBACK_VIEWS, dispatchQueue, DISPATCH_VIEWS, inboxQueue, INBOX_VIEWS } from '../store/queues.js';
import { actorFor } from '../app/actor.js';
import { requireRole } from './auth.js';
import type { AppContext } from '../app/context.js';
import { presentTicket } from './presenters.js';
import { badRequest } from './problem.js';
import { ticketView } from './schemas.js';

const paging = {
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
};

const queueView = (views: readonly string[]) =>
  z.object({
    items: z.array(ticketView),
    total: z.number(),
    page: z.number(),
    pageSize: z.number(),
    counts: z.object(Object.fromEntries(views.map((v) => [v, z.number()]))).describe('每个分页签的工单数'),
  });

export function queueRoutes(api: FastifyInstance, ctx: AppContext): void {
  const r = api.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/queues/dispatch',
    {
      schema: {
        tags: ['queues'],
        summary: '派单队列：待派单、退单待审核、延期待审核（紧急优先，先到先办）；sent 已派出（派单中、办理中，可改派、撤回；最近派出的在前，不计入 all）',
        querystring: z.object({ view: z.enum(DISPATCH_VIEWS).default('all'), ...paging }),
        response: { 200: queueView(DISPATCH_VIEWS) },
      },
    },
    async (req) => {
      const user = requireRole(req, ['dispatcher', 'supervisor', 'admin']);
      const [actor, ref] = await Promise.all([actorFor(ctx, user), ctx.ref.get()]);
      const { view, page, pageSize } = req.query;
      const q = await dispatchQueue(ctx.db, view, page, pageSize, actor);
      return { items: q.items.map((t) => presentTicket(t, ref, actor)), total: q.total, page, pageSize, counts: q.counts as Record<(typeof DISPATCH_VIEWS)[number], number> };
    },
  );

  r.get(
    '/queues/inbox',
    {
      schema: {
        tags: ['queues'],
        summary:
          '承办单位待办：按本级（下派链上本单位所在的一级）的当前时限（待签收按签收时限，办理中按办理时限）最近在前；open 全部 · accept 待签收 · handling 办理中 · review 下级答复待本级审核 · delegated 已下派下级办理 · supervision 督办 · overdue 本级已超期；经办人只看到本单位及下级的工单',
        querystring: z.object({
          view: z.enum(INBOX_VIEWS).default('open'),
          unit: z.coerce.number().int().positive().max(2_147_483_647).optional().describe('只看该单位（含下级）主办或协办的工单'),
          ...paging,
        }),
        response: { 200: queueView(INBOX_VIEWS) },
      },
    },
    async (req) => {
      const user = requireRole(req, ['unit_handler', 'supervisor', 'admin']);
      const [actor, ref] = await Promise.all([actorFor(ctx, user), ctx.ref.get()]);
      const { view, unit, page, pageSize } = req.query;
      if (unit != null && !ref.unitById.has(unit)) throw badRequest('单位不存在', 'unknown_unit');
      const q = await inboxQueue(ctx.db, actor, view, unit != null ? [...ref.subtree(unit)] : undefined, ctx.now(), page, pageSize);
      return { items: q.items.map((t) => presentTicket(t, ref, actor)), total: q.total, page, pageSize, counts: q.counts as Record<(typeof INBOX_VIEWS)[number], number> };
    },
  );

  r.get(
    '/queues/callbacks',
    {
      schema: {
        tags: ['queues'],
        summary: '回访队列：已答复待回访的工单，回访时限最近在前',
        querystring: z.object({ view: z.enum(CALLBACK_VIEWS).default('all'), ...paging }),
        response: { 200: queueView(CALLBACK_VIEWS) },
      },
    },
    async (req) => {
      const user = requireRole(req, ['callback_agent', 'supervisor', 'admin']);
      const [actor, ref] = await Promise.all([actorFor(ctx, user), ctx.ref.get()]);
      const { view, page, pageSize } = req.query;
      const q = await callbackQueue(ctx.db, view, ctx.now(), page, pageSize, actor);
      return { items: q.items.map((t) => presentTicket(t, ref, actor)), total: q.total, page, pageSize, counts: q.counts as Record<(typeof CALLBACK_VIEWS)[number], number> };
    },
  );
}
