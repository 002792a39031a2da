// GET /api/v1/measures and /api/v1/rankings: the measures of src/domain/measures.ts per unit
// (with its subtree), category (with its subtree), merged line or district, over a period;
// rankings by the rule of src/domain/rankings.ts (one tier, a minimum sample, shared ranks).

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { shanghaiDate } from '../domain/calendar.js';
import { COUNTS, MEASURES } from '../domain/measures.js';
import { MIN_RANKING_SAMPLE, RANKING_TIERS } from '../domain/rankings.js';
import type { UserRecord } from '../store/users.js';
import { DIMENSIONS, type Dimension } from '../store/measures.js';
import type { ReferenceData } from '../store/reference.js';
import type { AppContext } from '../app/context.js';
import { freshMeasures, measureItems, rankUnits } from '../app/measures.js';
import { requireRole } from './auth.js';
import { badRequest, HttpProblem } from './problem.js';
import { isoDay } from './schemas.js';

export const MEASURE_ROLES = ['dispatcher', 'supervisor', 'analyst', 'admin', 'unit_handler'] as const;

export const periodQuery = z.object({
  from: isoDay.optional().describe('起始日期（含），上海时间，缺省为截止日前 29 天'),
  to: isoDay.optional().describe('截止日期（含），上海时间，缺省为今天'),
});
export const measuresQuery = periodQuery.extend({
  group: z.enum(DIMENSIONS).default('unit').describe('unit 单位（含下级）| category 分类（含下级）| line 归并热线 | district 区县'),
});

/** The period a request asks for, checked: from ≤ to, at most ten years. */
export function resolvePeriod(q: { from?: string; to?: string }, now: Date): { from: string; to: string } {
  const to = q.to ?? shanghaiDate(now);
  const from = q.from ?? shanghaiDate(new Date(Date.parse(`${to}T00:00:00Z`) - 29 * 86_400_000));
  if (from > to) throw badRequest('起始日期不能晚于截止日期', 'invalid_period');
  if (Date.parse(to) - Date.parse(from) > 3660 * 86_400_000) throw badRequest('统计区间不能超过十年', 'invalid_period');
  return { from, to };
}

/** A unit handler sees only their unit's subtree; the centre's roles see everything. */
export function measureScope(user: UserRecord, ref: ReferenceData, group: Dimension): ReadonlySet<number> | undefined {
  if (user.role !== 'unit_handler') return undefined;
  if (group === 'unit' || group === 'district') return ref.subtree(user.unitId);
  throw new HttpProblem(403, 'forbidden', '承办单位只能按单位查看本单位及下级单位的指标');
}

export const rankingsQuery = periodQuery.extend({
  kind: z.enum(RANKING_TIERS).default('department').describe('单位层级（分档）：department 委办局 | district 区县 | street 街道 | enterprise 企业；只在同一层级内排名'),
  minSample: z.coerce
    .number()
    .int()
    .min(MIN_RANKING_SAMPLE.min)
    .max(MIN_RANKING_SAMPLE.max)
    .optional()
    .describe(`最低样本量（${MIN_RANKING_SAMPLE.min}–${MIN_RANKING_SAMPLE.max}）：区间内受理量少于此数的单位列出但不排名；缺省用办理规则的 minRankingSample`),
});

const rate = z.object({ numerator: z.number(), denominator: z.number(), rate: z.number().nullable().describe('0–1；无可计量时为 null') });
/** computeMeasures() as a response schema: volume, average handling hours, the COUNTS (不予受理量) and every rate of MEASURES. */
export const measureValues = z.object({
  volume: z.number().describe('受理量'),
  average_handling_hours: z.number().nullable().describe('平均办理时长（工作小时）'),
  ...(Object.fromEntries(COUNTS.map((c) => [c.name, z.number().int().describe(c.label)])) as Record<(typeof COUNTS)[number]['name'], z.ZodNumber>),
  ...(Object.fromEntries(MEASURES.map((m) => [m.name, rate.describe(m.label)])) as Record<(typeof MEASURES)[number]['name'], typeof rate>),
});

export const rankingsView = z.object({
  from: z.string(),
  to: z.string(),
  kind: z.enum(RANKING_TIERS),
  minSample: z.number().int().describe('本次使用的最低样本量'),
  minSampleSource: z.enum(['policy', 'request']).describe('policy 办理规则 | request 本次请求的 minSample'),
  items: z.array(
    z.object({
      unitId: z.number(),
      name: z.string(),
      kind: z.enum(RANKING_TIERS),
      ranked: z.boolean().describe('是否参与排名'),
      rank: z.number().int().nullable().describe('名次（并列同名次，下一名次顺延：1,2,2,4）；未排名为 null'),
      score: z.number().nullable().describe('综合得分：响应率×20% + 解决率×40% + 满意率×40%（百分制）'),
      volume: z.number().describe('受理量（含下级单位），即样本量'),
      reason: z.enum(['insufficient_sample', 'no_score', 'nested']).nullable().describe('未排名的原因'),
      note: z.string().nullable().describe('未排名说明：样本不足 | 暂无可评价数据 | 计入上级单位'),
      measures: measureValues,
    }),
  ),
});
export type RankingsView = z.infer<typeof rankingsView>;

/** GET /rankings and /rankings.xlsx: the period asked for, ranked (src/app/measures.ts rankUnits). */
export async function unitRankings(ctx: AppContext, q: z.infer<typeof rankingsQuery>): Promise<RankingsView> {
  const { from, to } = resolvePeriod(q, ctx.now());
  return rankUnits(ctx, { from, to, kind: q.kind, minSample: q.minSample });
}

export function measureRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const fresh = () => freshMeasures(ctx);

  r.get('/measures', { schema: { tags: ['measures'], summary: '服务质量指标（三率等）', querystring: measuresQuery } }, async (req) => {
    const user = requireRole(req, MEASURE_ROLES);
    const { from, to } = resolvePeriod(req.query, ctx.now());
    // Refused before anything is brought up to date: a 403 leaves even the rollups' watermark as it was.
    const scope = measureScope(user, await ctx.ref.get(), req.query.group);
    const ref = await fresh();
    const items = await measureItems(ctx.db, ref, req.query.group, from, to, scope);
    return { group: req.query.group, from, to, items };
  });

  r.get(
    '/rankings',
    {
      schema: {
        tags: ['measures'],
        summary: '承办单位排名（同一层级内；响应率20%、解决率40%、满意率40%；样本不足的单位列出但不排名）',
        querystring: rankingsQuery,
        response: { 200: rankingsView },
      },
    },
    async (req) => {
      requireRole(req, ['dispatcher', 'supervisor', 'analyst', 'admin']);
      return unitRankings(ctx, req.query);
    },
  );
}
