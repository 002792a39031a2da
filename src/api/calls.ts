// Call events from a telephony system (ringing, answered, ended) → the agent's screen and the ticket.
// The telephony side is documented in docs/telephony.md.

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { maskPhone, normalizePhone } from '../domain/masking.js';
import { canSee } from '../domain/ticket.js';
import {
  attachCallToTicket,
  CALL_STATES,
  CallProblem,
  callsOfTicket,
  currentCall,
  extensionOf,
  ticketIdsOf,
} from '../store/calls.js';
import { findTicket } from '../store/tickets.js';
import { actorFor } from '../app/actor.js';
import { signInAtExtension } from '../app/agent-states.js';
import { recordCall } from '../app/calls.js';
import { requireApiKey, requireRole, requireUser } from './auth.js';
import type { AppContext } from '../app/context.js';
import { HttpProblem, notFound } from './problem.js';
import { CALL_ROLES, callIdParam, idParam } from './schemas.js';

const extension = z.string().trim().regex(/^[0-9A-Za-z*#\-]{1,20}$/, '分机号为 1–20 位数字或字母');

const eventBody = z
  .object({
    state: z.enum(CALL_STATES).describe('queued 进入排队 | ringing 振铃 | answered 接通 | ended 挂断（未接通即挂断为放弃呼叫）'),
    line: z
      .string()
      .trim()
      .regex(/^[0-9A-Za-z\-]{1,20}$/, '热线号码为 1–20 位数字或字母')
      .nullish()
      .describe('被叫热线号码（12345、12315 …）'),
    caller: z
      .string()
      .trim()
      .regex(/^[0-9+\-\s()]{0,32}$/, '主叫号码格式不正确')
      .nullish()
      .describe('主叫号码；号码隐藏时为空'),
    agentExtension: extension.nullish().describe('坐席分机号（坐席在控制台签入的分机）'),
    agentUsername: z.string().trim().min(1).max(100).nullish().describe('坐席用户名（与分机号二选一）'),
    recordingUrl: z
      .string()
      .trim()
      .max(2000)
      .url()
      .refine((u) => /^https?:\/\//i.test(u), '录音链接须为 http(s) 地址')
      .nullish()
      .describe('录音链接（通常随 ended 事件）'),
    at: z
      .string()
      .max(40)
      .refine((s) => !Number.isNaN(Date.parse(s)) && /T/.test(s), '时间须为 ISO 8601 格式，如 2026-03-02T09:00:00+08:00')
      .optional()
      .describe('事件发生时间（ISO 8601）；缺省为收到的时间'),
  })
  .strict();

const iso = z.string().describe('ISO 8601 时间');

const callEventView = z.object({
  callId: z.string(),
  state: z.enum(CALL_STATES),
  agentUserId: z.number().nullable().describe('接听坐席；为空表示该分机无人签入'),
  extension: z.string().nullable(),
  ticketIds: z.array(z.number()).describe('已关联的工单'),
});

const currentCallView = z.object({
  call: z
    .object({
      callId: z.string(),
      phone: z.string().nullable().describe('主叫号码（完整：坐席据此查询来电历史）'),
      state: z.enum(CALL_STATES),
      ringingAt: iso.nullable(),
      answeredAt: iso.nullable(),
      endedAt: iso.nullable(),
      ticketIds: z.array(z.number()),
    })
    .nullable(),
});

const ticketCallsView = z.object({
  items: z.array(
    z.object({
      callId: z.string(),
      phone: z.string().nullable().describe('已脱敏'),
      state: z.enum(CALL_STATES),
      agent: z.object({ id: z.number().nullable(), name: z.string().nullable() }),
      extension: z.string().nullable(),
      ringingAt: iso.nullable(),
      answeredAt: iso.nullable(),
      endedAt: iso.nullable(),
      durationSeconds: z.number().nullable().describe('接通到挂断'),
      recordingUrl: z.string().nullable(),
    }),
  ),
});

const EVENTS_DESCRIPTION = `电话系统（呼叫中心/交换机）上报通话事件：振铃（ringing）、接通（answered）、挂断（ended）。

**认证**：管理员用 \`hotline apikey add --name … --scope telephony\` 创建的话务系统（telephony）API 密钥（其他用途的密钥得到 403），放在请求头 \`X-Api-Key: h311_…\`（或 \`Authorization: Bearer h311_…\`）。不需要坐席登录令牌。

**坐席**：\`agentUsername\`（用户名）或 \`agentExtension\`（坐席在控制台用 PUT /api/v1/calls/extension 签入的分机号）。分机无人签入时通话照样记录，但不弹屏。

**效果**：振铃/接通时，该坐席的控制台通过 /api/v1/events 收到 \`call\` 事件（含完整主叫号码），打开来电人的历史工单；挂断时，该坐席在接通期间登记的电话工单自动关联此通话（挂断后 10 分钟内登记的，由控制台调用 POST /api/v1/calls/{callId}/ticket 关联）。

事件可重复、可乱序：状态只前进不后退，重复事件不产生重复数据。详见 docs/telephony.md。`;

export function callRoutes(api: FastifyInstance, ctx: AppContext): void {
  const r = api.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/telephony/calls/:callId/events',
    {
      config: { public: true },
      schema: {
        tags: ['telephony'],
        summary: '电话系统上报通话事件（API 密钥认证）',
        description: EVENTS_DESCRIPTION,
        security: [], // no bearer token: an API key in X-Api-Key (see the description)
        params: callIdParam,
        body: eventBody,
        response: { 200: callEventView },
      },
    },
    async (req) => {
      const now = ctx.now();
      // A key does one thing: an Open311 client's key (or the SMS gateway's …) sends no call events.
      const info = await requireApiKey(ctx, req, 'telephony', '话务系统');
      const b = req.body;
      const caller = b.caller ? normalizePhone(b.caller) || null : null;
      const { call, ticketIds } = await recordCall(ctx, {
        callId: req.params.callId,
        state: b.state,
        caller,
        agentUsername: b.agentUsername ?? null,
        extension: b.agentExtension ?? null,
        recordingUrl: b.recordingUrl ?? null,
        line: b.line ?? null,
        at: b.at ? new Date(b.at) : now,
        apiKeyId: info.id,
        now,
      }).catch((err) => {
        throw err instanceof CallProblem ? new HttpProblem(err.status, err.code, err.detail) : err;
      });
      return { callId: call.id, state: call.state as (typeof CALL_STATES)[number], agentUserId: call.agent_user_id, extension: call.extension, ticketIds };
    },
  );

  r.put(
    '/calls/extension',
    {
      schema: {
        tags: ['calls'],
        summary: '坐席签入分机（null 为签出）：来电按分机弹屏到本人',
        body: z.object({ extension: extension.nullable() }),
        response: { 200: z.object({ extension: z.string().nullable() }) },
      },
    },
    async (req) => {
      const user = requireRole(req, CALL_ROLES);
      // Signing in puts the agent on the floor (busy until ready); signing out ends their state.
      await signInAtExtension(ctx, user.id, req.body.extension);
      return { extension: req.body.extension };
    },
  );

  r.get(
    '/calls/extension',
    { schema: { tags: ['calls'], summary: '本人签入的分机', response: { 200: z.object({ extension: z.string().nullable() }) } } },
    async (req) => {
      const user = requireRole(req, CALL_ROLES);
      return { extension: await extensionOf(ctx.db, user.id) };
    },
  );

  r.get(
    '/calls/current',
    {
      schema: {
        tags: ['calls'],
        summary: '本人当前的通话（振铃、接通中，或挂断后 10 分钟内）：受理页据此关联工单',
        response: { 200: currentCallView },
      },
    },
    async (req, reply) => {
      const user = requireRole(req, CALL_ROLES);
      const call = await currentCall(ctx.db, user.id, ctx.now());
      reply.header('cache-control', 'no-store');
      if (!call) return { call: null };
      return {
        call: {
          callId: call.id,
          phone: call.caller,
          state: call.state as (typeof CALL_STATES)[number],
          ringingAt: call.ringing_at?.toISOString() ?? null,
          answeredAt: call.answered_at?.toISOString() ?? null,
          endedAt: call.ended_at?.toISOString() ?? null,
          ticketIds: await ticketIdsOf(ctx.db, call.id),
        },
      };
    },
  );

  r.post(
    '/calls/:callId/ticket',
    {
      schema: {
        tags: ['calls'],
        summary: '把通话关联到本次通话中登记的工单',
        description: '只能关联本人接听的通话，且工单须由本人在接通后、挂断后 10 分钟内登记。重复关联无副作用。',
        params: callIdParam,
        body: z.object({ ticketId: z.number().int().positive().max(2_147_483_647) }),
        response: { 200: callEventView.pick({ callId: true, ticketIds: true }) },
      },
    },
    async (req) => {
      const user = requireRole(req, CALL_ROLES);
      try {
        const ticketIds = await attachCallToTicket(ctx.db, { callId: req.params.callId, ticketId: req.body.ticketId, user, now: ctx.now() });
        return { callId: req.params.callId, ticketIds };
      } catch (err) {
        if (err instanceof CallProblem) throw new HttpProblem(err.status, err.code, err.detail);
        throw err;
      }
    },
  );

  r.get(
    '/tickets/:id/calls',
    { schema: { tags: ['tickets'], summary: '工单关联的通话与录音', params: idParam, response: { 200: ticketCallsView } } },
    async (req) => {
      const user = requireUser(req);
      if (user.role === 'analyst') throw new HttpProblem(403, 'forbidden', '当前角色无权查看通话录音');
      const id = /^\d{1,10}$/.test(req.params.id) ? Number(req.params.id) : NaN;
      const [actor, ticket] = await Promise.all([actorFor(ctx, user), id >= 1 && id <= 2_147_483_647 ? findTicket(ctx.db, id) : null]);
      if (!ticket || !canSee(actor, ticket)) throw notFound('工单不存在', 'ticket_not_found');
      const calls = await callsOfTicket(ctx.db, ticket.id);
      return {
        items: calls.map((c) => ({
          callId: c.id,
          phone: maskPhone(c.caller),
          state: c.state as (typeof CALL_STATES)[number],
          agent: { id: c.agent_user_id, name: c.agent_name },
          extension: c.extension,
          ringingAt: c.ringing_at?.toISOString() ?? null,
          answeredAt: c.answered_at?.toISOString() ?? null,
          endedAt: c.ended_at?.toISOString() ?? null,
          durationSeconds: c.answered_at && c.ended_at ? Math.max(0, Math.round((c.ended_at.getTime() - c.answered_at.getTime()) / 1000)) : null,
          recordingUrl: c.recording_url,
        })),
      };
    },
  );
}
