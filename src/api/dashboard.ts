// The supervisors' and leaders' dashboard (trends, breakdowns, drill-down). The three rates
// per unit, the category mix and the district breakdown come from GET /measures; this file
// adds what /measures does not answer: the trend over days or months, the open backlog and
// the overdue list. Every figure is read after freshMeasures(), so a ticket closed a moment
// ago is already counted.

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { shanghaiDate } from '../domain/calendar.js';
import { addTotals, computeMeasures, emptyTotals, type FactTotals } from '../domain/measures.js';
import { ticketLabel } from '../domain/privacy.js';
import type { Role } from '../domain/ticket-types.js';
import { dailyTotals, openBacklog, overdueTickets, type TrendDimension } from '../store/dashboard.js';
import type { ReferenceData } from '../store/reference.js';
import { CENTRE_ROLES } from '../domain/ticket.js';
import type { UserRecord } from '../store/users.js';
import { requireRole } from './auth.js';
import { actorFor } from '../app/actor.js';
import type { AppContext } from '../app/context.js';
import { freshMeasures } from '../app/measures.js';
import { measureValues, periodQuery, resolvePeriod } from './measures.js';
import { badRequest } from './problem.js';
import { subtreeOfCategory } from './tickets.js';

export const DASHBOARD_ROLES: readonly Role[] = ['supervisor', 'analyst', 'admin'];

const positiveId = z.coerce.number().int().positive().max(2_147_483_647);
const trendQuery = periodQuery.extend({
  unit: positiveId.optional().describe('只看该单位（含下级）主办的工单'),
  category: positiveId.optional().describe('只看该分类（含下级）'),
  district: positiveId.optional().describe('只看该区县'),
  granularity: z.enum(['auto', 'day', 'month']).default('auto').describe('auto：不超过 92 天按日，否则按月'),
});

const trendView = z.object({
  from: z.string(),
  to: z.string(),
  granularity: z.enum(['day', 'month']),
  overall: measureValues.describe('整个区间'),
  items: z.array(z.object({ bucket: z.string().describe('YYYY-MM-DD 或 YYYY-MM'), from: z.string(), to: z.string(), measures: measureValues })),
});

const summaryView = z.object({
  from: z.string(),
  to: z.string(),
  today: z.string(),
  todayVolume: z.number().describe('今日受理量'),
  open: z.record(z.string(), z.number()).describe('在办工单数（按状态，当前）'),
  overdue: z.number().describe('当前超期工单数'),
  overall: measureValues,
});

const overdueView = z.object({
  total: z.number(),
  byUnit: z.array(z.object({ unitId: z.number().nullable(), name: z.string(), count: z.number() })),
  items: z.array(
    z.object({
      id: z.number(),
      number: z.string(),
      title: z.string(),
      status: z.string(),
      type: z.string(),
      priority: z.string(),
      unitId: z.number().nullable(),
      unitName: z.string().nullable(),
      categoryName: z.string().nullable(),
      districtName: z.string().nullable(),
      dueBy: z.string().nullable(),
      overdueHours: z.number().nullable().describe('已超期的自然小时数'),
      supervised: z.boolean().describe('已督办'),
    }),
  ),
});

const lastDayOfMonth = (month: string) => {
  const [y, m] = month.split('-').map(Number);
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
};
const nextDay = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

export function dashboardRoutes(api: FastifyInstance, ctx: AppContext): void {
  /** A centre's staff see the open and overdue tickets of their centre and those below (null: all). */
  const centreScope = async (user: UserRecord): Promise<number[] | null> => {
    const actor = await actorFor(ctx, user);
    return actor.centres && CENTRE_ROLES.includes(actor.role as Role) ? [...actor.centres] : null;
  };
  const r = api.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/dashboard/trend',
    { schema: { tags: ['dashboard'], summary: '受理量与三率的趋势（按日或按月），可按单位、分类或区县筛选', querystring: trendQuery, response: { 200: trendView } } },
    async (req) => {
      requireRole(req, DASHBOARD_ROLES);
      const q = req.query;
      const { from, to } = resolvePeriod(q, ctx.now());
      const filters = [q.unit, q.category, q.district].filter((x) => x != null).length;
      if (filters > 1) throw badRequest('趋势一次只能按单位、分类或区县中的一项筛选', 'too_many_filters');
      const ref = await freshMeasures(ctx);
      let filter: { dim: TrendDimension; keys: string[] } | undefined;
      if (q.unit != null) {
        if (!ref.unitById.has(q.unit)) throw badRequest('单位不存在', 'unknown_unit');
        filter = { dim: 'unit', keys: [...ref.subtree(q.unit)].map(String) };
      } else if (q.category != null) {
        if (!ref.categoryById.has(q.category)) throw badRequest('诉求分类不存在', 'unknown_category');
        filter = { dim: 'category', keys: subtreeOfCategory(ref.categories, q.category).map(String) };
      } else if (q.district != null) {
        if (ref.unitById.get(q.district)?.kind !== 'district') throw badRequest('区县不存在', 'unknown_district');
        filter = { dim: 'district', keys: [String(q.district)] };
      }
      const days = await dailyTotals(ctx.db, from, to, filter);
      const spanDays = (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1;
      const granularity = q.granularity === 'auto' ? (spanDays <= 92 ? 'day' : 'month') : q.granularity;
      const buckets = new Map<string, { from: string; to: string; totals: FactTotals }>();
      for (let d = from; d <= to; d = nextDay(d)) {
        const key = granularity === 'day' ? d : d.slice(0, 7);
        let b = buckets.get(key);
        if (!b) {
          b = { from: d, to: granularity === 'day' ? d : lastDayOfMonth(key) < to ? lastDayOfMonth(key) : to, totals: emptyTotals() };
          buckets.set(key, b);
        }
        const t = days.get(d);
        if (t) addTotals(b.totals, t);
        if (granularity === 'month' && buckets.size > 121) break;
      }
      const overall = emptyTotals();
      for (const t of days.values()) addTotals(overall, t);
      return {
        from,
        to,
        granularity,
        overall: computeMeasures(overall),
        items: [...buckets].map(([bucket, b]) => ({ bucket, from: b.from, to: b.to, measures: computeMeasures(b.totals) })),
      };
    },
  );

  r.get(
    '/dashboard/summary',
    { schema: { tags: ['dashboard'], summary: '概览：区间内的受理量与三率、今日受理量、在办与超期工单数', querystring: periodQuery, response: { 200: summaryView } } },
    async (req) => {
      const centres = await centreScope(requireRole(req, DASHBOARD_ROLES));
      const now = ctx.now();
      const { from, to } = resolvePeriod(req.query, now);
      const today = shanghaiDate(now);
      await freshMeasures(ctx);
      const [days, todays, open, overdue] = await Promise.all([
        dailyTotals(ctx.db, from, to),
        dailyTotals(ctx.db, today, today),
        openBacklog(ctx.db, centres),
        overdueTickets(ctx.db, 1, undefined, centres),
      ]);
      const overall = emptyTotals();
      for (const t of days.values()) addTotals(overall, t);
      return { from, to, today, todayVolume: todays.get(today)?.volume ?? 0, open, overdue: overdue.total, overall: computeMeasures(overall) };
    },
  );

  r.get(
    '/dashboard/overdue',
    {
      schema: {
        tags: ['dashboard'],
        summary: '超期工单（与 GET /tickets?overdue=true 口径一致），超期最久的在前，并按主办单位计数',
        querystring: z.object({ unit: positiveId.optional().describe('单位（含下级）'), limit: z.coerce.number().int().min(1).max(200).default(20) }),
        response: { 200: overdueView },
      },
    },
    async (req) => {
      const centres = await centreScope(requireRole(req, DASHBOARD_ROLES));
      const ref = await ctx.ref.get();
      if (req.query.unit != null && !ref.unitById.has(req.query.unit)) throw badRequest('单位不存在', 'unknown_unit');
      const now = ctx.now();
      const { rows, total, byUnit } = await overdueTickets(ctx.db, req.query.limit, req.query.unit != null ? [...ref.subtree(req.query.unit)] : undefined, centres);
      const name = (id: number | null) => (id == null ? null : (ref.unitById.get(id)?.name ?? null));
      return {
        total,
        byUnit: [...byUnit]
          .map(([unitId, count]) => ({ unitId, name: name(unitId) ?? '未派单', count }))
          .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'zh-CN')),
        items: rows.map((t) => ({
          id: t.id,
          number: t.number,
          title: ticketLabel({ title: t.title, callerName: t.caller_name, confidential: t.confidential }),
          status: t.status,
          type: t.type,
          priority: t.priority,
          unitId: t.unit_id,
          unitName: name(t.unit_id),
          categoryName: t.category_id == null ? null : (ref.categoryById.get(t.category_id)?.name ?? null),
          districtName: name(t.district_id),
          dueBy: t.due_by?.toISOString() ?? null,
          overdueHours: t.due_by ? Math.max(0, Math.round(((now.getTime() - t.due_by.getTime()) / 3_600_000) * 10) / 10) : null,
          supervised: t.supervision != null,
        })),
      };
    },
  );
}

