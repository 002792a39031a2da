// SMS for phone callers (issue 16 item 4), the HTTP side; the contract is in docs/sms.md.
//   POST /sms/inbound            the SMS gateway reports a citizen's message (X-Api-Key, scope sms)
//   GET  /sms/messages?ticketId  a ticket's messages both ways, phone masked (staff who see the ticket)
//   GET/PUT /admin/sms-settings  the server's public address for the portal link in an SMS
//   POST /telephony/calls/{callId}/survey  the telephony system's post-call IVR rating (scope telephony)

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorFor } from '../app/actor.js';
import { CallNotFound, recordCallSurvey, TicketMismatch } from '../app/call-survey.js';
import type { AppContext } from '../app/context.js';
import { receiveSms } from '../app/sms-inbound.js';
import { maskPhone, maskText } from '../domain/masking.js';
import { GRADES, isMobile, type Grade } from '../domain/sms-rating.js';
import { canSee } from '../domain/ticket.js';
import { getSmsSettings, INBOUND_OUTCOMES, messagesOfTicket, saveSmsSettings, smsDeclined } from '../store/sms.js';
import { findTicket } from '../store/tickets.js';
import { requireApiKey, requireRole, requireUser } from './auth.js';
import { callIdParam } from './schemas.js';
import { HttpProblem, notFound } from './problem.js';

const phoneField = z
  .string()
  .trim()
  .max(32)
  .regex(/^\+?[0-9][0-9\-\s]{2,30}$/, '号码格式不正确')
  .describe('发送短信的手机号码');

const inboundBody = z
  .object({
    from: phoneField,
    text: z.string().max(1000, '短信内容最多 1000 个字符').describe('短信内容（回访评价回复数字 1–5）'),
  })
  .strict();

const inboundView = z.object({
  id: z.string(),
  outcome: z
    .enum(INBOUND_OUTCOMES)
    .describe('rated 已记为回访评价 | already_rated 该次答复已评价过（不再改变） | no_survey 该号码没有待评价的短信回访 | not_a_rating 不是 1–5 的评价 | survey_closed 工单已不在等待这次回访'),
});

const messagesQuery = z.object({ ticketId: z.coerce.number().int().positive().max(2_147_483_647).describe('工单 id') });

const messageView = z.object({
  id: z.string(),
  direction: z.enum(['out', 'in']).describe('out 发给群众 | in 群众发来'),
  kind: z.string().describe('receipt 受理回执 | reply 答复摘要 | survey 短信回访 | inbound 群众回复 | portal_registered | master_replied …'),
  phone: z.string().nullable().describe('已脱敏'),
  text: z.string(),
  at: z.string().describe('记录时间（ISO 8601）'),
  status: z.enum(['queued', 'sent', 'failed', 'received']),
  sentAt: z.string().nullable(),
  attempts: z.number().describe('HTTP 网关已尝试发送的次数'),
  lastError: z.string().nullable(),
  outcome: z.enum(INBOUND_OUTCOMES).nullable(),
  grade: z.number().nullable().describe('群众回复的评价数字 1–5'),
});

const settingsBody = z.object({
  publicUrl: z
    .string()
    .trim()
    .max(200)
    .regex(/^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/, '须为 http(s) 地址，如 https://12345.example.gov.cn')
    .nullable()
    .describe('平台对外地址：短信中的查询链接为此地址 + /portal/'),
});

const surveyBody = z
  .object({
    digit: z
      .number()
      .int()
      .refine((n): n is Grade => (GRADES as readonly number[]).includes(n), '评价为 1–5 的整数')
      .describe('按键：1 非常满意 2 满意 3 基本满意 4 不满意 5 非常不满意'),
    subject: z
      .enum(['service', 'result'])
      .default('service')
      .describe('service 本次通话的服务（缺省：记在通话上，供话务质检）| result 工单办理结果（语音回访：作为所关联的已答复工单的回访结果）'),
    ticketNumber: z.string().trim().max(40).nullish().describe('result：被回访的工单编号（须是本通话号码的工单）'),
    at: z
      .string()
      .max(40)
      .refine((s) => !Number.isNaN(Date.parse(s)) && /T/.test(s), '时间须为 ISO 8601 格式')
      .optional(),
  })
  .strict();
const surveyView = z.object({
  callId: z.string(),
  digit: z.number(),
  subject: z.enum(['service', 'result']),
  at: z.string(),
  recorded: z.boolean().describe('false：该通话已有评价，本次上报未改变任何数据'),
  ratedTicketIds: z.array(z.number()),
});

export function smsRoutes(api: FastifyInstance, ctx: AppContext): void {
  const r = api.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/sms/inbound',
    {
      config: { public: true },
      schema: {
        tags: ['sms'],
        summary: '短信网关上报群众发来的短信（API 密钥认证，用途 sms）',
        description:
          '每条短信都会记录。回复 1–5（1 非常满意 2 满意 3 基本满意 4 不满意 5 非常不满意）对最近一次短信回访有效：作为该次答复的回访结果（1、2 记满意，3 记基本满意，4、5 记不满意并按规则重办），每次答复只计一次。详见 docs/sms.md。',
        security: [],
        body: inboundBody,
        response: { 200: inboundView },
      },
    },
    async (req) => {
      await requireApiKey(ctx, req, 'sms', '短信网关');
      const got = await receiveSms(ctx, req.body);
      return { id: got.id, outcome: got.outcome };
    },
  );

  r.get(
    '/sms/messages',
    { schema: { tags: ['sms'], summary: '工单的短信往来（号码已脱敏）', querystring: messagesQuery, response: {
          200: z.object({
            items: z.array(messageView),
            noSms: z
              .enum(['declined', 'confidential', 'no_mobile'])
              .nullable()
              .describe('为何不给来电人发短信：declined 来电人不需要短信 | confidential 保密工单 | no_mobile 号码隐藏或不是手机号；null 可以发送'),
          }),
        },
      },
    },
    async (req) => {
      const user = requireUser(req);
      const [actor, ticket] = await Promise.all([actorFor(ctx, user), findTicket(ctx.db, req.query.ticketId)]);
      if (!ticket || !canSee(actor, ticket)) throw notFound('工单不存在', 'ticket_not_found');
      const [rows, declined] = await Promise.all([messagesOfTicket(ctx.db, ticket.id), smsDeclined(ctx.db, ticket.id)]);
      return {
        noSms: ticket.confidential ? ('confidential' as const) : declined ? ('declined' as const) : !isMobile(ticket.callerPhone) ? ('no_mobile' as const) : null,
        items: rows.map((m) => ({
          id: m.id,
          direction: m.direction,
          kind: m.kind,
          phone: maskPhone(m.phone),
          // What a citizen wrote may hold personal data; what we sent was masked when composed.
          text: m.direction === 'in' ? maskText(m.text, [ticket.callerName]) : m.text,
          at: m.createdAt.toISOString(),
          status: m.status,
          sentAt: m.direction === 'out' ? (m.sentAt?.toISOString() ?? null) : null,
          attempts: m.attempts,
          lastError: m.lastError,
          outcome: m.outcome,
          grade: m.grade,
        })),
      };
    },
  );

  r.get('/admin/sms-settings', { schema: { tags: ['sms'], summary: '短信设置', response: { 200: settingsBody } } }, async (req) => {
    requireRole(req, ['admin']);
    return getSmsSettings(ctx.db);
  });
  r.put('/admin/sms-settings', { schema: { tags: ['sms'], summary: '修改短信设置（记入操作日志）', body: settingsBody, response: { 200: settingsBody } } }, async (req) => {
    const user = requireRole(req, ['admin']);
    await saveSmsSettings(ctx.db, { publicUrl: req.body.publicUrl?.replace(/\/+$/, '') ?? null }, user.id);
    return getSmsSettings(ctx.db);
  });

  r.post(
    '/telephony/calls/:callId/survey',
    {
      config: { public: true },
      schema: {
        tags: ['telephony'],
        summary: '电话系统上报通话后的语音满意度评价（API 密钥认证，用途 telephony）',
        description:
          '缺省（subject=service）评价的是本次通话的服务，记在通话上供话务质检，不作为工单回访结果；语音回访（subject=result）的评价作为该通话所关联（或 ticketNumber 指定）的已答复工单的回访结果。每个通话只记一次。详见 docs/telephony.md。',
        security: [],
        params: callIdParam,
        body: surveyBody,
        response: { 200: surveyView },
      },
    },
    async (req) => {
      await requireApiKey(ctx, req, 'telephony', '话务系统');
      const b = req.body;
      try {
        const res = await recordCallSurvey(ctx, {
          callId: req.params.callId,
          grade: b.digit as Grade,
          subject: b.subject,
          ticketNumber: b.ticketNumber ?? null,
          at: b.at ? new Date(b.at) : ctx.now(),
        });
        return { callId: res.callId, digit: res.grade, subject: res.subject, at: res.at.toISOString(), recorded: res.recorded, ratedTicketIds: res.ratedTicketIds };
      } catch (err) {
        if (err instanceof CallNotFound) throw notFound('通话不存在', 'call_not_found');
        if (err instanceof TicketMismatch) throw new HttpProblem(422, 'ticket_mismatch', '工单不存在，或不是本通话号码的工单');
        throw err;
      }
    },
  );
}
