// The call floor: an agent's own state (示闲/示忙, GET/PUT /calls/state) and the floor now for the
// wallboard (大屏, GET /calls/floor): calls waiting and the longest wait, agents by state, missed
// calls not yet called back, tickets registered today, the targets. The day's rates are the
// floor measures' (GET /calls/measures).

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AGENT_STATES } from '../domain/agent-state.js';
import { shanghaiDate, shanghaiMidnight } from '../domain/calendar.js';
import type { Role } from '../domain/ticket-types.js';
import { AgentStateProblem, changeMyState, myAgentState, settleAfterCall } from '../app/agent-states.js';
import type { AppContext } from '../app/context.js';
import { floorAgents } from '../store/agent-states.js';
import { getCallFloorSettings } from '../store/call-floor-settings.js';
import { extensionOf } from '../store/calls.js';
import { ticketsSince, waitingCalls } from '../store/floor.js';
import { missedSummary } from '../store/missed-calls.js';
import { requireRole } from './auth.js';
import { HttpProblem } from './problem.js';

/** Who has a state on the floor: those who take calls at an extension. */
const STATE_ROLES: readonly Role[] = ['agent', 'dispatcher', 'callback_agent', 'supervisor', 'admin'];
/** Who watches the floor (大屏). */
const FLOOR_ROLES: readonly Role[] = ['supervisor', 'admin', 'analyst'];

const iso = z.string().describe('ISO 8601 时间');

const myState = z.object({
  state: z.enum(AGENT_STATES).nullable().describe('ready 示闲 | busy 示忙 | on_call 通话中 | after_call 话后；null 未签入'),
  reason: z.string().nullable().describe('示忙原因'),
  since: iso.nullable(),
  extension: z.string().nullable().describe('签入的分机'),
  reasons: z.array(z.string()).describe('可选的示忙原因'),
  afterCallSeconds: z.number().int().describe('话后处理自动结束的秒数（0：不自动结束）'),
});

const stateBody = z.discriminatedUnion('state', [
  z.object({ state: z.literal('ready') }).strict(),
  z.object({ state: z.literal('busy'), reason: z.string().trim().min(1).max(20).describe('示忙原因（须为可选原因之一）') }).strict(),
]);

const floorView = z.object({
  at: iso,
  day: z.string().describe('今天（上海时间）YYYY-MM-DD'),
  waiting: z.object({
    count: z.number().int().describe('排队/振铃中的来电'),
    longestWaitSeconds: z.number().int().nullable().describe('其中等待最久的已等秒数'),
  }),
  agents: z.object({
    signedIn: z.number().int(),
    counts: z.object({ ready: z.number().int(), busy: z.number().int(), on_call: z.number().int(), after_call: z.number().int() }),
    items: z.array(
      z.object({
        userId: z.number(),
        name: z.string(),
        extension: z.string().nullable(),
        state: z.enum(AGENT_STATES),
        reason: z.string().nullable(),
        since: iso,
      }),
    ),
  }),
  missed: z.object({
    open: z.number().int().describe('未回拨的漏接来电'),
    overdue: z.number().int().describe('其中已超回拨时限'),
    oldestAt: iso.nullable(),
    oldestDueBy: iso.nullable(),
  }),
  tickets: z.object({ today: z.number().int().describe('今日登记工单'), phoneToday: z.number().int().describe('其中电话渠道') }),
  targets: z.object({ answerRate: z.number(), withinRate: z.number(), answerWithinSeconds: z.number().int() }),
});

export function floorRoutes(api: FastifyInstance, ctx: AppContext): void {
  const r = api.withTypeProvider<ZodTypeProvider>();

  const present = async (userId: number) => {
    const [s, extension, floor] = await Promise.all([myAgentState(ctx, userId), extensionOf(ctx.db, userId), getCallFloorSettings(ctx.db)]);
    return {
      state: s?.state ?? null,
      reason: s?.reason ?? null,
      since: s?.since.toISOString() ?? null,
      extension,
      reasons: floor.busyReasons,
      afterCallSeconds: floor.afterCallSeconds,
    };
  };

  r.get('/calls/state', { schema: { tags: ['calls'], summary: '本人的坐席状态', response: { 200: myState } } }, async (req, reply) => {
    const user = requireRole(req, STATE_ROLES);
    reply.header('cache-control', 'no-store');
    return present(user.id);
  });

  r.put(
    '/calls/state',
    {
      schema: {
        tags: ['calls'],
        summary: '示闲 / 示忙（示忙须带原因）',
        description: '通话中（on_call）不能切换（409 on_call）；话后（after_call）示闲即结束话后处理，并记下该通话的话后时长。签出分机（PUT /calls/extension null）结束状态。',
        body: stateBody,
        response: { 200: myState },
      },
    },
    async (req) => {
      const user = requireRole(req, STATE_ROLES);
      try {
        await changeMyState(ctx, user.id, { state: req.body.state, reason: req.body.state === 'busy' ? req.body.reason : null });
      } catch (err) {
        if (err instanceof AgentStateProblem) throw new HttpProblem(err.status, err.code, err.detail);
        throw err;
      }
      return present(user.id);
    },
  );

  r.get('/calls/floor', { schema: { tags: ['calls'], summary: '大屏：排队来电、坐席状态、未回拨漏接、今日工单', response: { 200: floorView } } }, async (req, reply) => {
    requireRole(req, FLOOR_ROLES);
    await settleAfterCall(ctx);
    const now = ctx.now();
    const day = shanghaiDate(now);
    const [waiting, agents, missed, tickets, floor] = await Promise.all([
      waitingCalls(ctx.db, now),
      floorAgents(ctx.db),
      missedSummary(ctx.db, now),
      ticketsSince(ctx.db, shanghaiMidnight(day), now),
      getCallFloorSettings(ctx.db),
    ]);
    const counts = { ready: 0, busy: 0, on_call: 0, after_call: 0 };
    for (const a of agents) counts[a.state] += 1;
    reply.header('cache-control', 'no-store');
    return {
      at: now.toISOString(),
      day,
      waiting: {
        count: waiting.count,
        longestWaitSeconds: waiting.oldestSince ? Math.max(0, Math.round((now.getTime() - waiting.oldestSince.getTime()) / 1000)) : null,
      },
      agents: {
        signedIn: agents.length,
        counts,
        items: agents.map((a) => ({ userId: a.userId, name: a.name, extension: a.extension, state: a.state, reason: a.reason, since: a.since.toISOString() })),
      },
      missed: {
        open: missed.open,
        overdue: missed.overdue,
        oldestAt: missed.oldestAt?.toISOString() ?? null,
        oldestDueBy: missed.oldestDueBy?.toISOString() ?? null,
      },
      tickets: { today: tickets.total, phoneToday: tickets.phone },
      targets: { answerRate: floor.answerRateTarget, withinRate: floor.withinRateTarget, answerWithinSeconds: floor.answerWithinSeconds },
    };
  });
}
