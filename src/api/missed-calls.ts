// 漏接回拨 — the missed-call callback queue: GET /calls/missed (open tasks, oldest first, masked),
// POST /calls/{callId}/callback/start (the full number to dial, logged), POST
// /calls/{callId}/callback (the outcome). For the agents who call back and their supervisors.

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { maskPhone, maskText } from '../domain/masking.js';
import { CALLBACK_OUTCOMES, MISSED_CALL_STATES } from '../domain/missed-call.js';
import type { Role } from '../domain/ticket-types.js';
import { missedCallQueue, MissedCallProblem, recordCallbackOutcome, startCallback } from '../app/missed-calls.js';
import type { AppContext } from '../app/context.js';
import { getCallFloorSettings } from '../store/call-floor-settings.js';
import type { MissedCallTask } from '../store/missed-calls.js';
import { requireRole } from './auth.js';
import { callIdParam, CALL_ROLES } from './schemas.js';
import { HttpProblem } from './problem.js';

/** Who calls missed callers back (and who oversees it). Unit handlers and analysts are not among them. */
export const MISSED_CALL_ROLES: readonly Role[] = ['agent', 'callback_agent', 'supervisor', 'admin'];


const task = z.object({
  callId: z.string(),
  phone: z.string().describe('来电号码（已脱敏；回拨时用 callback/start 取完整号码）'),
  line: z.string().nullable().describe('被叫热线'),
  at: z.string().describe('漏接时间（挂断时间，ISO 8601）'),
  dueBy: z.string().describe('回拨时限'),
  attempts: z.number().int().describe('已回拨次数'),
  maxAttempts: z.number().int().describe('最多回拨次数：达到后仍未接通即关闭'),
  calls: z.number().int().describe('此号码漏接的次数（同一号码等待回拨期间再次漏接的并入此任务）'),
  lastMissedAt: z.string().describe('最近一次漏接'),
  lastAttemptAt: z.string().nullable(),
  lastNote: z.string().nullable().describe('最近一次回拨的备注（已脱敏）'),
  state: z.enum(MISSED_CALL_STATES).describe('open 待回拨 | reached 已回拨接通 | unreachable 多次未接通 | superseded 来电人再次来电已接通 | joined 已并入'),
  ticketId: z.number().nullable().describe('回拨后登记的工单'),
  closedAt: z.string().nullable(),
});

const present = (t: MissedCallTask, maxAttempts: number) => ({
  callId: t.callId,
  phone: maskPhone(t.phone) ?? '',
  line: t.line,
  at: t.missedAt.toISOString(),
  dueBy: t.dueBy.toISOString(),
  attempts: t.attempts,
  maxAttempts,
  calls: t.calls,
  lastMissedAt: t.lastMissedAt.toISOString(),
  lastAttemptAt: t.lastAttemptAt?.toISOString() ?? null,
  lastNote: t.lastNote ? maskText(t.lastNote) : null,
  state: t.state,
  ticketId: t.ticketId,
  closedAt: t.closedAt?.toISOString() ?? null,
});

const callbackBody = z
  .object({
    outcome: z.enum(CALLBACK_OUTCOMES).describe('reached 接通 | unreachable 未接通'),
    ticketId: z.number().int().positive().max(2_147_483_647).nullish().describe('接通后登记的工单（reached）'),
    note: z.string().trim().max(2000).nullish().describe('直接答复的内容（reached 且未登记工单时必填），或未接通的情况'),
  })
  .strict();

const toHttp = (err: unknown) => (err instanceof MissedCallProblem ? new HttpProblem(err.status, err.code, err.detail) : err);

export function missedCallRoutes(api: FastifyInstance, ctx: AppContext): void {
  const r = api.withTypeProvider<ZodTypeProvider>();
  const maxAttempts = () => getCallFloorSettings(ctx.db).then((s) => s.missedCallbackAttempts);

  r.get(
    '/calls/missed',
    {
      schema: {
        tags: ['calls'],
        summary: '漏接回拨队列：待回拨的漏接来电，最早的在前（号码已脱敏）',
        response: { 200: z.object({ items: z.array(task), total: z.number().int() }) },
      },
    },
    async (req, reply) => {
      requireRole(req, MISSED_CALL_ROLES);
      const [q, max] = await Promise.all([missedCallQueue(ctx), maxAttempts()]);
      reply.header('cache-control', 'no-store');
      return { items: q.items.map((t) => present(t, max)), total: q.total };
    },
  );

  r.post(
    '/calls/:callId/callback/start',
    {
      schema: {
        tags: ['calls'],
        summary: '开始回拨：取完整号码拨打（记录操作日志）',
        description: '只对待回拨的任务（409 callback_closed）。每次调用在操作日志记一条 reveal_call_phone（谁、哪个通话、来源地址）。',
        params: callIdParam,
        response: { 200: task.extend({ phone: z.string().describe('完整号码（仅供回拨拨号）') }) },
      },
    },
    async (req, reply) => {
      const user = requireRole(req, MISSED_CALL_ROLES);
      try {
        const [t, max] = await Promise.all([startCallback(ctx, user.id, req.params.callId, req.ip ?? null), maxAttempts()]);
        reply.header('cache-control', 'no-store');
        return { ...present(t, max), phone: t.phone };
      } catch (err) {
        throw toHttp(err);
      }
    },
  );

  r.post(
    '/calls/:callId/callback',
    {
      schema: {
        tags: ['calls'],
        summary: '登记回拨结果：接通（关联工单或直接答复）或未接通（达到次数上限即关闭）',
        params: callIdParam,
        body: callbackBody,
        response: { 200: task },
      },
    },
    async (req) => {
      const user = requireRole(req, MISSED_CALL_ROLES);
      const b = req.body;
      try {
        const [t, max] = await Promise.all([
          recordCallbackOutcome(ctx, user.id, req.params.callId, { outcome: b.outcome, ticketId: b.ticketId ?? null, note: b.note || null }),
          maxAttempts(),
        ]);
        return present(t, max);
      } catch (err) {
        throw toHttp(err);
      }
    },
  );
}
