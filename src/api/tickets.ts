// /api/v1/tickets: register, read, list, and one POST per lifecycle step.

import crypto from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { shanghaiMidnight } from '../domain/calendar.js';
import { canReadContent, revealRefusal } from '../domain/privacy.js';
import { canSee, COMMAND_KINDS, COMMAND_LABELS, type Command, type CommandKind } from '../domain/ticket.js';
import type { TicketStatus } from '../domain/ticket-types.js';
import { highlight, queryTokens, tsQuery } from '../text/segment.js';
import { actorFor } from '../app/actor.js';
import type { AppContext } from '../app/context.js';
import { linkViews, withVisibleLinks } from '../app/links.js';
import { registerRequest } from '../app/register.js';
import { runStep } from '../app/steps.js';
import { findTicket, listTickets, type TicketFilter, mergedTickets, ticketEvents } from '../store/tickets.js';
import { declineSms } from '../store/sms.js';
import { requireUser } from './auth.js';
import type { ReferenceData } from '../store/reference.js';
import { presentEvent, presentTicket } from './presenters.js';
import { badRequest, HttpProblem, notFound } from './problem.js';
import { checkStepFile, FILE_STEPS, MAX_STEP_FILE_BYTES, MAX_STEP_FILES, stepFile, stepFiles, type FileStep } from './step-files.js';
import { addStepAttachments, listStepAttachments } from '../store/step-attachments.js';
import { createTicketBody, idParam, listTicketsQuery, stepBodies, ticketDetailView, ticketListView, ticketView } from './schemas.js';

const TICKET_NOT_FOUND = () => notFound('工单不存在', 'ticket_not_found');

/** A step body with the files it may bring (a bare 签收 may still be a bare POST). */
function filesBody(body: z.ZodType) {
  let base: z.ZodType = body;
  while (base instanceof z.ZodOptional || base instanceof z.ZodNullable) base = base.unwrap() as z.ZodType;
  return (base as z.ZodObject).extend({ attachments: stepFiles }).nullish();
}
/** Room for the files (base64 is 4/3 of their bytes) and the step's text. */
const STEP_BODY_LIMIT = Math.ceil((MAX_STEP_FILES * MAX_STEP_FILE_BYTES * 4) / 3) + 256 * 1024;

const stepAttachmentView = z.object({
  id: z.number(),
  seq: z.number().describe('所属全程留痕条目的序号（events[].seq）'),
  step: z.enum(FILE_STEPS).describe('accept 签收、reply 答复、note 补充说明'),
  filename: z.string().nullable(),
  contentType: z.string(),
  size: z.number(),
  createdAt: z.string(),
  url: z.string().describe('带令牌 GET 下载（与群众附件同一接口，记录日志）'),
});

/** Path ids that are not a positive 32-bit integer name no ticket. */
export function parseId(raw: string): number {
  if (!/^\d{1,10}$/.test(raw)) throw TICKET_NOT_FOUND();
  const n = Number(raw);
  if (n < 1 || n > 2_147_483_647) throw TICKET_NOT_FOUND();
  return n;
}

export const idempotencyKey = (req: FastifyRequest) => {
  const raw = req.headers['idempotency-key'];
  if (raw === undefined) return undefined;
  const key = Array.isArray(raw) ? raw[0] : raw;
  if (!key || key.length > 200) throw badRequest('Idempotency-Key 应为 1–200 个字符', 'invalid_idempotency_key');
  return key;
};

export function ticketRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/tickets',
    {
      schema: {
        tags: ['tickets'],
        summary: '受理诉求，登记工单（支持 Idempotency-Key 请求头）',
        body: createTicketBody,
        headers: z.object({ 'idempotency-key': z.string().max(200).optional() }).passthrough(),
        response: { 200: ticketView, 201: ticketView },
      },
    },
    async (req, reply) => {
      const user = requireUser(req);
      const [actor, ref] = await Promise.all([actorFor(ctx, user), ctx.ref.get()]);
      const body = req.body;
      if (body.categoryId != null && !ref.categoryById.has(body.categoryId)) {
        throw badRequest('诉求分类不存在', 'unknown_category');
      }
      if (body.districtId != null && ref.unitById.get(body.districtId)?.kind !== 'district') {
        throw badRequest('区县不存在', 'unknown_district');
      }
      const key = idempotencyKey(req);
      const { ticket, replayed } = await registerRequest(
        ctx,
        actor,
        {
          channel: body.channel,
          line: body.line ?? null,
          type: body.type,
          priority: body.priority,
          title: body.title ?? null,
          content: body.content,
          callerName: body.caller?.name ?? null,
          callerPhone: body.caller?.phone ?? null,
          address: body.address ?? null,
          categoryId: body.categoryId ?? null,
          districtId: body.districtId ?? null,
          confidential: body.confidential ?? false,
          publicConsent: body.publicConsent ?? false,
        },
        {
          idempotency: key
            ? { scope: `user:${user.id}`, key, requestHash: crypto.createHash('sha256').update(JSON.stringify(body)).digest('base64url') }
            : undefined,
          // 不发短信: recorded with the ticket, before the SMS listener hears of it.
          alongside: body.smsDeclined ? (tx, t) => declineSms(tx, t.id) : undefined,
        },
      );
      if (replayed) reply.header('Idempotent-Replayed', 'true');
      return reply
        .status(replayed ? 200 : 201)
        .header('Location', `/api/v1/tickets/${ticket.id}`)
        .send(presentTicket(ticket, ref, actor));
    },
  );

  r.get(
    '/tickets',
    { schema: { tags: ['tickets'], summary: '工单列表（仅当前用户可见的工单）', querystring: listTicketsQuery, response: { 200: ticketListView } } },
    async (req) => {
      const user = requireUser(req);
      const [actor, ref] = await Promise.all([actorFor(ctx, user), ctx.ref.get()]);
      const q = req.query;
      const filter = ticketFilter(q, ref, user.id);
      const words = filter.search ? queryTokens(q.q ?? '') : [];
      const { items, total, capped } = await listTickets(ctx.db, actor, filter, q.page, q.pageSize);
      const present = (t: (typeof items)[number]) => {
        const p = presentTicket(t, ref, actor);
        // The snippet is built from the masked text: a search never reveals personal data.
        return filter.search ? { ...p, snippet: highlight(`${p.title}：${p.content}`, words) } : p;
      };
      // A search counts at most 1,000 matches (totalCapped: “1,000+”); beyond that, newest first.
      return { items: items.map(present), total, totalCapped: capped ?? false, page: q.page, pageSize: q.pageSize, words };
    },
  );

  r.get('/tickets/:id', { schema: { tags: ['tickets'], summary: '工单详情与全程留痕', params: idParam, response: { 200: ticketDetailView } } }, async (req) => {
    const user = requireUser(req);
    const id = parseId(req.params.id);
    const [actor, ref, ticket] = await Promise.all([actorFor(ctx, user), ctx.ref.get(), findTicket(ctx.db, id)]);
    if (!ticket || !canSee(actor, ticket)) throw TICKET_NOT_FOUND();
    const [stored, merged, links] = await Promise.all([ticketEvents(ctx.db, id), mergedTickets(ctx.db, id), linkViews(ctx, actor, id)]);
    // Split and link entries name another ticket only for a viewer who may see it (app/links.ts).
    const events = await withVisibleLinks(ctx, actor, stored);
    // The chain names who handed each level down, replied and rejected: the timeline knows them.
    const names = new Map(events.filter((e) => e.actorId != null).map((e) => [e.actorId as number, e.actorName]));
    return { ...presentTicket(ticket, ref, actor, names), events: events.map((e) => presentEvent(e, ticket, actor)), mergedTickets: merged, links };
  });

  // Full caller details: an explicit, logged action (every view of personal data is recorded).
  // A confidential ticket's caller is revealed only to an admin who records why.
  r.post(
    '/tickets/:id/reveal',
    {
      schema: {
        tags: ['tickets'],
        summary: '查看来电人完整信息（记录日志；保密工单仅管理员，须填写事由）',
        params: idParam,
        body: z.object({ reason: z.string().trim().max(500).optional().describe('查看事由（保密工单必填）') }).nullish(),
      },
    },
    async (req) => {
      const user = requireUser(req);
      const id = parseId(req.params.id);
      const [actor, ticket] = await Promise.all([actorFor(ctx, user), findTicket(ctx.db, id)]);
      if (user.role === 'analyst') throw new HttpProblem(403, 'forbidden', '当前角色无权查看个人信息');
      if (!ticket || !canSee(actor, ticket) || !canReadContent(actor, ticket)) throw TICKET_NOT_FOUND();
      const reason = req.body?.reason?.trim() || null;
      const refused = revealRefusal(user.role, ticket, reason);
      if (refused) throw new HttpProblem(refused.status, refused.code, refused.detail);
      await ctx.db
        .insertInto('audit_log')
        .values({ user_id: user.id, action: 'reveal_caller', ticket_id: id, detail: JSON.stringify({ ip: req.ip, ...(reason ? { reason } : {}), ...(ticket.confidential ? { confidential: true } : {}) }) })
        .execute();
      return { name: ticket.callerName, phone: ticket.callerPhone, title: ticket.title, content: ticket.content, address: ticket.address };
    },
  );

  for (const kind of COMMAND_KINDS) {
    // 签收, 答复 and 补充说明 may bring files (evidence photos, documents): step-files.ts.
    const withFiles = (FILE_STEPS as readonly string[]).includes(kind);
    const body = withFiles ? filesBody(stepBodies[kind as FileStep]) : stepBodies[kind];
    r.post(
      `/tickets/:id/${kind}`,
      {
        schema: { tags: ['ticket steps'], summary: COMMAND_LABELS[kind], params: idParam, body, response: { 200: ticketView } },
        ...(withFiles ? { bodyLimit: STEP_BODY_LIMIT } : {}),
      },
      async (req) => {
        const user = requireUser(req);
        const id = parseId(req.params.id);
        const [actor, ref] = await Promise.all([actorFor(ctx, user), ctx.ref.get()]);
        const { attachments: sent, ...fields } = (req.body ?? {}) as { attachments?: z.infer<typeof stepFile>[] };
        const command = { kind, ...fields } as Command;
        // Every file checked by its bytes before anything is written; stored with the step's event.
        const files = (sent ?? []).map(checkStepFile);
        const ticket = await runStep(ctx, actor, id, command, {
          alongside: files.length
            ? (tx, after) => addStepAttachments(tx, after.id, { seq: after.version, step: kind, userId: user.id, now: after.updatedAt }, files)
            : undefined,
        });
        return presentTicket(ticket, ref, actor);
      },
    );
  }

  // 承办人: who a unit may give its tickets to — its own active handlers (an admin names the unit).
  r.get(
    '/assignees',
    {
      schema: {
        tags: ['ticket steps'],
        summary: '本单位可指定的承办人（在用的经办人账号）；管理员以 unit 指定单位',
        querystring: z.object({ unit: z.coerce.number().int().min(1).max(2_147_483_647).optional() }),
        response: { 200: z.object({ items: z.array(z.object({ id: z.number(), name: z.string() })) }) },
      },
    },
    async (req) => {
      const user = requireUser(req);
      const unitId = user.role === 'unit_handler' ? user.unitId : user.role === 'admin' ? (req.query.unit ?? null) : null;
      if (user.role !== 'unit_handler' && user.role !== 'admin') throw new HttpProblem(403, 'forbidden', '只有承办单位可以指定承办人');
      if (unitId == null) return { items: [] };
      const rows = await ctx.db
        .selectFrom('users')
        .select(['id', 'username', 'display_name'])
        .where('unit_id', '=', unitId)
        .where('role', '=', 'unit_handler')
        .where('active', '=', true)
        .orderBy('id')
        .execute();
      return { items: rows.map((u) => ({ id: u.id, name: u.display_name || u.username })) };
    },
  );

  r.get(
    '/tickets/:id/step-attachments',
    {
      schema: {
        tags: ['tickets'],
        summary: '承办单位随签收、答复、补充说明上传的附件（仅工作人员可见），按所属的全程留痕条目（seq）',
        params: idParam,
        response: { 200: z.object({ items: z.array(stepAttachmentView) }) },
      },
    },
    async (req) => {
      const user = requireUser(req);
      if (user.role === 'analyst') throw new HttpProblem(403, 'forbidden', '当前角色无权查看工单附件');
      const id = parseId(req.params.id);
      const [actor, ticket] = await Promise.all([actorFor(ctx, user), findTicket(ctx.db, id)]);
      if (!ticket || !canSee(actor, ticket)) throw TICKET_NOT_FOUND();
      const items = await listStepAttachments(ctx.db, id);
      return {
        items: items.map((a) => ({
          id: a.id,
          seq: a.seq,
          step: a.step as FileStep,
          filename: a.filename,
          contentType: a.contentType,
          size: a.size,
          createdAt: a.createdAt.toISOString(),
          url: `/api/v1/tickets/${id}/attachments/${a.id}`,
        })),
      };
    },
  );
}

/**
 * The ticket filter of a list query: GET /tickets and its XLSX export build it here, so the
 * two can never drift. A search with no searchable words (only punctuation) is a 400.
 */
export function ticketFilter(q: z.infer<typeof listTicketsQuery>, ref: ReferenceData, userId?: number): TicketFilter {
  const words = q.q?.trim() ? queryTokens(q.q) : [];
  if (q.q?.trim() && !words.length) throw badRequest('搜索词中没有可搜索的文字（只有标点或常用虚词）', 'query_has_no_words');
  return {
    status: q.status ? (q.status.split(',') as TicketStatus[]) : undefined,
    unitIds: q.unit ? [...ref.subtree(q.unit)] : undefined,
    categoryIds: q.category ? subtreeOfCategory(ref.categories, q.category) : undefined,
    type: q.type,
    channel: q.channel,
    districtIds: q.district ? [q.district] : undefined,
    alert: q.overdue === 'true' ? 'handle_overdue' : q.alert,
    line: q.line,
    satisfaction: q.satisfaction,
    search: tsQuery(words.slice(0, 12)) ?? undefined,
    sort: q.sort,
    from: q.from ? shanghaiMidnight(q.from) : undefined,
    to: q.to ? new Date(shanghaiMidnight(q.to).getTime() + 86_400_000) : undefined,
    ids: q.ids ? [...new Set(q.ids.split(',').map(Number))].filter((n) => n >= 1 && n <= 2_147_483_647) : undefined,
    withoutAlert: q.notAlert,
    involves: q.mine === 'true' ? (userId ?? -1) : undefined,
  };
}

export function subtreeOfCategory(categories: { id: number; parentId: number | null }[], root: number): number[] {
  const out = [root];
  for (let i = 0; i < out.length; i++) for (const c of categories) if (c.parentId === out[i]) out.push(c.id);
  return out;
}

export type { CommandKind };
