// 来电人画像 (a caller's profile): everything about one caller on one screen — their tickets,
// calls, SMS both ways, callback results, repeats and counts. Addressed by an opaque key
// (app/caller-keys.ts), never by the number: POST /callers/keys turns a ticket, a call or a
// number (in the body) into the key; GET /callers/{key} reads the profile, masked; POST
// /callers/{key}/reveal shows the full number, logged as reveal_caller like the ticket page's.
//
// Who: the centre's roles that talk to callers (agent, dispatcher, callback agent, supervisor,
// admin) see the caller's tickets of their centre, calls and SMS. A unit handler sees only the
// caller's tickets their unit may see (canSee) and no calls or SMS (the centre's records): they
// handle the caller's requests, and a repeated complaint to the same unit is what they need to
// know. Analysts work with counts and quality inspectors with sampled calls: no profile. A
// confidential ticket (保密工单) the viewer may not read is left out altogether — listing it would
// tie the caller to it — and a caller known to the viewer only by confidential tickets is
// revealed only by an admin with a reason (privacy.ts revealRefusal).

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { maskName, maskPhone, maskText, normalizePhone } from '../domain/masking.js';
import { canReadContent, revealRefusal, ticketLabel } from '../domain/privacy.js';
import { canSee, type Ticket } from '../domain/ticket.js';
import { OPEN_STATUSES, type Role } from '../domain/ticket-types.js';
import { actorFor } from '../app/actor.js';
import { callerKey, phoneOfKey } from '../app/caller-keys.js';
import type { AppContext } from '../app/context.js';
import { callbacksOf, callsOfPhone } from '../store/callers.js';
import { messagesOfPhone } from '../store/sms.js';
import { findTicket, listTickets } from '../store/tickets.js';
import type { UserRecord } from '../store/users.js';
import { requireRole } from './auth.js';
import { badRequest, HttpProblem, notFound } from './problem.js';

/** Who may open a caller's profile (see above). */
export const PROFILE_ROLES: readonly Role[] = ['agent', 'dispatcher', 'callback_agent', 'supervisor', 'admin', 'unit_handler'];
/** Who sees the caller's calls and SMS, and may look a caller up by number. */
const CENTRE_PROFILE_ROLES: readonly Role[] = ['agent', 'dispatcher', 'callback_agent', 'supervisor', 'admin'];

/** At most this many of a caller's tickets are read (newest first); counts say when there are more. */
const MAX_TICKETS = 500;
const MAX_CALLS = 100;
const MAX_MESSAGES = 100;
const DAY_MS = 86_400_000;

const CALLER_NOT_FOUND = () => notFound('来电人不存在或无权查看', 'caller_not_found');

const keyParam = z.object({ key: z.string().max(200).describe('来电人的不透明标识（POST /callers/keys 取得）') });

const profileView = z.object({
  key: z.string(),
  phone: z.string().nullable().describe('脱敏的号码；完整号码须调用 reveal（记日志）'),
  name: z.string().nullable().describe('最近一次留下的姓名（脱敏）'),
  counts: z.object({
    total: z.number().describe('可见工单数'),
    open: z.number().describe('未办结'),
    complaints: z.number().describe('投诉'),
    last30Days: z.number().describe('近 30 天登记'),
    repeats: z.number().describe('被判为重复件的'),
    calls: z.number().nullable(),
    missedCalls: z.number().nullable(),
    messages: z.number().nullable(),
  }),
  tickets: z.array(
    z.object({
      id: z.number(),
      number: z.string(),
      createdAt: z.string(),
      type: z.string(),
      title: z.string().describe('脱敏标题；保密工单为【保密工单】'),
      categoryName: z.string().nullable(),
      status: z.string(),
      unitName: z.string().nullable(),
      satisfaction: z.string().nullable(),
      resolved: z.boolean().nullable(),
      confidential: z.boolean(),
      repeat: z.object({ ofId: z.number(), ofNumber: z.string().nullable(), reason: z.string().nullable() }).nullable().describe('重复件'),
    }),
  ),
  ticketsCapped: z.boolean(),
  calls: z
    .array(
      z.object({
        callId: z.string(),
        state: z.string(),
        answered: z.boolean(),
        line: z.string().nullable(),
        startedAt: z.string(),
        waitSeconds: z.number().nullable().describe('排队/振铃到接通（未接为到挂断）'),
        talkSeconds: z.number().nullable(),
        agentName: z.string().nullable(),
        surveyGrade: z.number().nullable(),
        ticketIds: z.array(z.number()),
      }),
    )
    .nullable()
    .describe('通话记录（承办单位不可见：null）'),
  messages: z
    .array(
      z.object({
        id: z.string(),
        direction: z.enum(['in', 'out']),
        kind: z.string(),
        text: z.string().describe('脱敏'),
        status: z.string(),
        createdAt: z.string(),
        ticketId: z.number().nullable(),
      }),
    )
    .nullable()
    .describe('短信（承办单位不可见：null）'),
  callbacks: z.array(
    z.object({
      ticketId: z.number(),
      ticketNumber: z.string(),
      at: z.string(),
      reached: z.boolean(),
      resolved: z.boolean().nullable(),
      satisfaction: z.string().nullable(),
      outcome: z.string().nullable(),
    }),
  ),
  reveal: z.object({ allowed: z.boolean(), reasonRequired: z.boolean() }).describe('能否查看完整号码，是否须填写事由'),
});

const seconds = (from: Date | null, to: Date | null) => (from && to ? Math.max(0, Math.round((to.getTime() - from.getTime()) / 1000)) : null);

export function callerRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  /** The caller's tickets this viewer may see and read, newest first. */
  async function visibleTickets(actor: Awaited<ReturnType<typeof actorFor>>, phone: string) {
    const { items, total } = await listTickets(ctx.db, actor, { callerPhone: phone }, 1, MAX_TICKETS);
    return { tickets: items.filter((t) => canReadContent(actor, t)), capped: total > MAX_TICKETS };
  }

  /** Whether the viewer knows this caller at all: a ticket they see, or (centre) a call or a message. */
  async function load(req: { params: { key: string } }, user: UserRecord) {
    const phone = await phoneOfKey(ctx.db, req.params.key);
    if (!phone) throw CALLER_NOT_FOUND();
    const actor = await actorFor(ctx, user);
    const centre = CENTRE_PROFILE_ROLES.includes(user.role);
    const [{ tickets, capped }, calls, messages] = await Promise.all([
      visibleTickets(actor, phone),
      centre ? callsOfPhone(ctx.db, phone, MAX_CALLS) : null,
      centre ? messagesOfPhone(ctx.db, phone, MAX_MESSAGES) : null,
    ]);
    if (!tickets.length && !calls?.length && !messages?.length) throw CALLER_NOT_FOUND();
    return { phone, actor, tickets, capped, calls, messages };
  }

  /** What the viewer must do to see the full number: a confidential-only caller is an admin's, with a reason. */
  const revealRule = (tickets: Ticket[]) => ({ confidential: tickets.length > 0 && tickets.every((t) => t.confidential) });

  r.post(
    '/callers/keys',
    {
      schema: {
        tags: ['callers'],
        summary: '取得来电人画像的标识（由工单、通话或号码；号码放在请求体中，不进地址栏）',
        body: z
          .object({
            ticketId: z.number().int().positive().max(2_147_483_647).optional(),
            callId: z.string().min(1).max(200).optional(),
            phone: z.string().max(30).optional().describe('受理中的来电号码（仅中心角色）'),
          })
          .refine((b) => [b.ticketId, b.callId, b.phone].filter((x) => x != null).length === 1, '须且只能给出 ticketId、callId、phone 之一'),
        response: { 200: z.object({ key: z.string() }) },
      },
    },
    async (req) => {
      const user = requireRole(req, PROFILE_ROLES);
      const b = req.body;
      let phone: string | null = null;
      if (b.ticketId != null) {
        const [actor, ticket] = await Promise.all([actorFor(ctx, user), findTicket(ctx.db, b.ticketId)]);
        // A confidential ticket's caller is not the viewer's to follow when its text is not theirs to read.
        if (!ticket || !canSee(actor, ticket) || !canReadContent(actor, ticket)) throw notFound('工单不存在', 'ticket_not_found');
        phone = ticket.callerPhone ? normalizePhone(ticket.callerPhone) : null;
        if (!phone) throw notFound('该工单没有来电号码', 'no_caller');
      } else {
        if (!CENTRE_PROFILE_ROLES.includes(user.role)) throw new HttpProblem(403, 'forbidden', '承办单位只能从本单位的工单查看来电人');
        if (b.callId != null) {
          const call = await ctx.db.selectFrom('calls').select('caller').where('id', '=', b.callId).executeTakeFirst();
          if (!call?.caller) throw notFound('通话不存在或没有来电号码', 'call_not_found');
          phone = call.caller;
        } else {
          phone = normalizePhone(b.phone ?? '');
          if (!/^\d{3,20}$/.test(phone)) throw badRequest('电话号码格式不正确', 'invalid_phone');
        }
      }
      return { key: await callerKey(ctx.db, phone) };
    },
  );

  r.get(
    '/callers/:key',
    { schema: { tags: ['callers'], summary: '来电人画像：工单、通话、短信、回访、重复件与统计（脱敏）', params: keyParam, response: { 200: profileView } } },
    async (req, reply) => {
      const user = requireRole(req, PROFILE_ROLES);
      const { phone, tickets, capped, calls, messages } = await load(req, user);
      const ref = await ctx.ref.get();
      const now = ctx.now().getTime();
      const byId = new Map(tickets.map((t) => [t.id, t]));
      const callbacks = await callbacksOf(
        ctx.db,
        tickets.map((t) => t.id),
      );
      const rule = revealRule(tickets);
      const refusal = revealRefusal(user.role, { confidential: rule.confidential }, 'x');
      reply.header('cache-control', 'no-store');
      return {
        key: req.params.key,
        phone: maskPhone(phone),
        name: maskName(tickets.find((t) => t.callerName)?.callerName ?? null),
        counts: {
          total: tickets.length,
          open: tickets.filter((t) => OPEN_STATUSES.includes(t.status)).length,
          complaints: tickets.filter((t) => t.type === 'complaint').length,
          last30Days: tickets.filter((t) => now - t.createdAt.getTime() < 30 * DAY_MS).length,
          repeats: tickets.filter((t) => t.repeatOf != null).length,
          calls: calls ? calls.length : null,
          missedCalls: calls ? calls.filter((c) => !c.answeredAt).length : null,
          messages: messages ? messages.length : null,
        },
        tickets: tickets.map((t) => ({
          id: t.id,
          number: t.number,
          createdAt: t.createdAt.toISOString(),
          type: t.type,
          title: ticketLabel(t),
          categoryName: t.categoryId != null ? (ref.categoryById.get(t.categoryId)?.name ?? null) : null,
          status: t.status,
          unitName: t.unitId != null ? (ref.unitById.get(t.unitId)?.name ?? null) : null,
          satisfaction: t.satisfaction,
          resolved: t.resolved,
          confidential: t.confidential,
          repeat: t.repeatOf != null ? { ofId: t.repeatOf, ofNumber: byId.get(t.repeatOf)?.number ?? null, reason: t.repeatReason } : null,
        })),
        ticketsCapped: capped,
        calls:
          calls?.map((c) => ({
            callId: c.id,
            state: c.state,
            answered: c.answeredAt != null,
            line: c.line,
            startedAt: c.startedAt.toISOString(),
            waitSeconds: seconds(c.queuedAt ?? c.ringingAt ?? c.startedAt, c.answeredAt ?? c.endedAt),
            talkSeconds: seconds(c.answeredAt, c.endedAt),
            agentName: c.agentName,
            surveyGrade: c.surveyGrade,
            // Only the tickets the viewer may see are linked.
            ticketIds: c.ticketIds.filter((id) => byId.has(id)),
          })) ?? null,
        messages:
          messages?.map((m) => ({
            id: m.id,
            direction: m.direction,
            kind: m.kind,
            // A message about a ticket the viewer may not read is withheld like the ticket.
            text: m.ticketId != null && !byId.has(m.ticketId) && m.direction === 'out' ? '【内容不可见】' : maskText(m.text, [tickets[0]?.callerName]),
            status: m.status,
            createdAt: m.createdAt.toISOString(),
            ticketId: m.ticketId != null && byId.has(m.ticketId) ? m.ticketId : null,
          })) ?? null,
        callbacks: callbacks.map((c) => ({
          ticketId: c.ticketId,
          ticketNumber: byId.get(c.ticketId)?.number ?? '',
          at: c.at.toISOString(),
          reached: c.reached,
          resolved: c.resolved,
          satisfaction: c.satisfaction,
          outcome: c.outcome,
        })),
        reveal: { allowed: refusal?.status !== 403, reasonRequired: rule.confidential },
      };
    },
  );

  r.post(
    '/callers/:key/reveal',
    {
      schema: {
        tags: ['callers'],
        summary: '查看来电人完整号码与姓名（记录日志 reveal_caller；只有保密工单的来电人仅管理员，须填写事由）',
        params: keyParam,
        body: z.object({ reason: z.string().trim().max(500).optional().describe('查看事由（保密来电人必填）') }).nullish(),
        response: { 200: z.object({ phone: z.string(), name: z.string().nullable() }) },
      },
    },
    async (req, reply) => {
      const user = requireRole(req, PROFILE_ROLES);
      const { phone, tickets } = await load(req, user);
      const reason = req.body?.reason?.trim() || null;
      const rule = revealRule(tickets);
      const refused = revealRefusal(user.role, { confidential: rule.confidential }, reason);
      if (refused) throw new HttpProblem(refused.status, refused.code, refused.detail);
      await ctx.db
        .insertInto('audit_log')
        .values({
          user_id: user.id,
          action: 'reveal_caller',
          ticket_id: null,
          detail: JSON.stringify({ via: 'caller_profile', phone: maskPhone(phone), ip: req.ip, ...(reason ? { reason } : {}), ...(rule.confidential ? { confidential: true } : {}) }),
        })
        .execute();
      reply.header('cache-control', 'no-store');
      return { phone, name: tickets.find((t) => t.callerName)?.callerName ?? null };
    },
  );
}
