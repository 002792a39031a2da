// GET /api/v1/calls/measures and /calls/measures/breakdown: the floor's figures (话务指标) over
// a period, and per day / hour / line / agent (src/app/call-measures.ts; definitions in
// src/domain/call-measures.ts and docs/telephony.md "Floor figures").

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { shanghaiDate } from '../domain/calendar.js';
import type { CallMeasures } from '../domain/call-measures.js';
import type { CallFloorSettings } from '../domain/call-floor.js';
import type { Role } from '../domain/ticket-types.js';
import { CALL_DIMS } from '../store/call-measures.js';
import type { AppContext } from '../app/context.js';
import { callMeasures, callMeasuresBreakdown } from '../app/call-measures.js';
import { requireRole } from './auth.js';
import { badRequest, HttpProblem } from './problem.js';
import { isoDay } from './schemas.js';

/** Who reads the floor's figures; an agent reads only their own row of the breakdown by agent. */
export const CALL_MEASURE_ROLES: readonly Role[] = ['supervisor', 'analyst', 'admin'];

const periodQuery = z
  .object({
    from: isoDay.optional().describe('起始日期（含），上海时间，缺省为截止日'),
    to: isoDay.optional().describe('截止日期（含），上海时间，缺省为今天'),
  })
  .strict();
const breakdownQuery = periodQuery
  .extend({ by: z.enum(CALL_DIMS).describe('day 按日 | hour 按时段（0–23 时，跨日相加）| line 按热线号码 | agent 按坐席') })
  .strict();

/** from ≤ to, at most ten years; defaults: today, and from = to. */
export function callPeriod(q: { from?: string; to?: string }, now: Date): { from: string; to: string } {
  const to = q.to ?? shanghaiDate(now);
  const from = q.from ?? to;
  if (from > to) throw badRequest('起始日期不能晚于截止日期', 'invalid_period');
  if (Date.parse(to) - Date.parse(from) > 3660 * 86_400_000) throw badRequest('统计区间不能超过十年', 'invalid_period');
  return { from, to };
}

const rate = z.number().min(0).max(1).nullable();
const seconds = z.number().nullable();

export const callFigures = z.object({
  offered: z.number().int().describe('呼入量：进入排队（无排队时为振铃）的来电，含仍在等待的'),
  answered: z.number().int().describe('人工接通量'),
  answeredWithin15s: z.number().int().describe('在 answerWithinSeconds 秒内接通的来电（缺省 15 秒）'),
  abandoned: z.number().int().describe('放弃量：未接通即挂断'),
  shortAbandoned: z.number().int().describe('其中短时放弃（shortAbandonSeconds 秒内挂断，不计入中心）'),
  waiting: z.number().int().describe('仍在等待、尚无结果的来电（不计入任何比率）'),
  answerRate: rate.describe('接通率 = 接通量 /（接通量 + 放弃量 − 短时放弃量）'),
  answerRateAll: rate.describe('接通率（短时放弃也计入）= 接通量 /（接通量 + 放弃量）'),
  within15sRate: rate.describe('人工应答及时率 = 15 秒内接通量 / 接通量'),
  within15sRateOfOffered: rate.describe('服务水平 = 15 秒内接通量 /（接通量 + 放弃量 − 短时放弃量）'),
  averageWaitSeconds: seconds.describe('平均等待时长（秒）：接通与放弃来电的等待时长平均'),
  averageAnswerWaitSeconds: seconds.describe('平均应答时长（秒）：仅接通来电'),
  p90WaitSeconds: seconds.describe('等待时长第 90 百分位（整秒，向上取整）'),
  averageTalkSeconds: seconds.describe('平均通话时长（秒）：接通到挂断'),
  averageWrapUpSeconds: seconds.describe('平均话后处理时长（秒）'),
  missed: z.number().int().describe('需回拨的漏接电话（回拨任务：待回拨、已回拨接通、无法接通；不含再次来电已接通与合并的）'),
  calledBack: z.number().int().describe('已回拨（至少一次回拨，或已结案）'),
  calledBackOnTime: z.number().int().describe('按时回拨（首次回拨在回拨时限之前）'),
  callbackRate: rate.describe('回拨率 = 已回拨 / 需回拨'),
  callbackOnTimeRate: rate.describe('按时回拨率 = 按时回拨 / 需回拨'),
});
export type CallFigures = z.infer<typeof callFigures>;

const settingsView = {
  answerWithinSeconds: z.number().int().describe('及时应答的秒数（answeredWithin15s 所用）'),
  shortAbandonSeconds: z.number().int().describe('短时放弃的秒数'),
  answerRateTarget: z.number().describe('接通率目标'),
  withinRateTarget: z.number().describe('人工应答及时率目标'),
};

const measuresView = callFigures.extend({ from: z.string(), to: z.string(), ...settingsView });
const breakdownView = z.object({
  from: z.string(),
  to: z.string(),
  by: z.enum(CALL_DIMS),
  ...settingsView,
  items: z.array(
    callFigures.extend({
      key: z.string().describe('日期、时段（0–23）、热线号码或坐席用户 id；空串为未知'),
      name: z.string(),
      quality: z
        .object({
          qaReviews: z.number().int().describe('区间内被质检的通话数'),
          qaAverageScore: z.number().nullable().describe('质检平均分（百分制）'),
          ivrRatings: z.number().int().describe('来电人通话后按键评价（服务）次数'),
          ivrSatisfiedRate: rate.describe('按键评价满意率（1–3 分：非常满意、满意、基本满意）'),
        })
        .optional()
        .describe('按坐席时：质检与按键评价，与话务指标并列'),
    }),
  ),
});

export function presentCallFigures(m: CallMeasures): CallFigures {
  return {
    offered: m.offered,
    answered: m.answered,
    answeredWithin15s: m.answeredWithin,
    abandoned: m.abandoned,
    shortAbandoned: m.shortAbandoned,
    waiting: m.waiting,
    answerRate: m.answerRate.rate,
    answerRateAll: m.answerRateAll.rate,
    within15sRate: m.withinRate.rate,
    within15sRateOfOffered: m.withinRateOfOffered.rate,
    averageWaitSeconds: m.averageWaitSeconds,
    averageAnswerWaitSeconds: m.averageAnswerWaitSeconds,
    p90WaitSeconds: m.p90WaitSeconds,
    averageTalkSeconds: m.averageTalkSeconds,
    averageWrapUpSeconds: m.averageWrapUpSeconds,
    missed: m.callbacksNeeded,
    calledBack: m.calledBack,
    calledBackOnTime: m.calledBackOnTime,
    callbackRate: m.callbackRate.rate,
    callbackOnTimeRate: m.callbackOnTimeRate.rate,
  };
}

const settingsOf = (s: CallFloorSettings) => ({
  answerWithinSeconds: s.answerWithinSeconds,
  shortAbandonSeconds: s.shortAbandonSeconds,
  answerRateTarget: s.answerRateTarget,
  withinRateTarget: s.withinRateTarget,
});

export function callMeasureRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/calls/measures',
    {
      schema: {
        tags: ['calls'],
        summary: '话务指标：呼入、接通、15 秒接通、放弃、接通率、人工应答及时率、等待与通话时长、漏接回拨',
        description: '督办员、分析员、管理员。区间按上海时间的日期，含首尾；缺省为今天。定义见 docs/telephony.md「Floor figures」。',
        querystring: periodQuery,
        response: { 200: measuresView },
      },
    },
    async (req) => {
      requireRole(req, CALL_MEASURE_ROLES);
      const period = callPeriod(req.query, ctx.now());
      const res = await callMeasures(ctx, period);
      return { from: res.from, to: res.to, ...settingsOf(res.settings), ...presentCallFigures(res.measures) };
    },
  );

  r.get(
    '/calls/measures/breakdown',
    {
      schema: {
        tags: ['calls'],
        summary: '话务指标分项：按日、时段、热线号码或坐席',
        description: '督办员、分析员、管理员看全部；坐席只能按坐席（by=agent）看本人一行。',
        querystring: breakdownQuery,
        response: { 200: breakdownView },
      },
    },
    async (req) => {
      const user = requireRole(req, [...CALL_MEASURE_ROLES, 'agent']);
      const own = user.role === 'agent';
      if (own && req.query.by !== 'agent') throw new HttpProblem(403, 'forbidden', '坐席只能查看本人的话务指标（by=agent）');
      const period = callPeriod(req.query, ctx.now());
      const res = await callMeasuresBreakdown(ctx, { ...period, by: req.query.by, agentId: own ? user.id : undefined });
      const items = res.items.map((i) => ({ key: i.key, name: i.name, ...presentCallFigures(i.measures), ...(i.quality ? { quality: i.quality } : {}) }));
      return { from: res.from, to: res.to, by: res.by, ...settingsOf(res.settings), items };
    },
  );
}
