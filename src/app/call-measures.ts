// The floor's figures as the API, the dashboard, the daily report and the XLSX export read them:
// the call rollup refreshed first (so every event committed before the request counts, a late
// one for a past day included), then the totals by src/store/call-measures.ts and the figures by
// src/domain/call-measures.ts with the floor's settings (15 s line, short abandons, targets).

import { computeCallMeasures, type CallMeasures } from '../domain/call-measures.js';
import type { CallFloorSettings } from '../domain/call-floor.js';
import { getCallFloorSettings } from '../store/call-floor-settings.js';
import { callTotalsBy, refreshCallRollups, type CallDim } from '../store/call-measures.js';
import { emptyCallTotals } from '../domain/call-measures.js';
import { shanghaiMidnight } from '../domain/calendar.js';
import { ivrRatingsByAgent } from '../store/calls.js';
import { qaScoresByAgent } from '../store/qa.js';
import type { AppContext } from './context.js';

export interface CallPeriod {
  from: string;
  to: string;
}

export interface CallMeasuresResult extends CallPeriod {
  settings: CallFloorSettings;
  measures: CallMeasures;
}

export interface CallBreakdownItem {
  key: string;
  name: string;
  measures: CallMeasures;
  /** By agent: their quality-check average (0–100) and the callers' IVR ratings of their service, beside their call figures. */
  quality?: AgentQuality;
}

export interface AgentQuality {
  qaReviews: number;
  qaAverageScore: number | null;
  ivrRatings: number;
  /** Share of IVR ratings 1–3 (非常满意, 满意, 基本满意). */
  ivrSatisfiedRate: number | null;
}

export interface CallBreakdown extends CallPeriod {
  by: CallDim;
  settings: CallFloorSettings;
  items: CallBreakdownItem[];
}

/** Refreshes the rollup so that the read includes everything committed before it (see measures.ts freshMeasures). */
async function fresh(ctx: AppContext): Promise<CallFloorSettings> {
  await refreshCallRollups(ctx.db, ctx.now());
  return getCallFloorSettings(ctx.db);
}

/** The floor's figures over a period (days inclusive, Asia/Shanghai). */
export async function callMeasures(ctx: AppContext, q: CallPeriod): Promise<CallMeasuresResult> {
  const settings = await fresh(ctx);
  const totals = (await callTotalsBy(ctx.db, 'total', q.from, q.to)).get('') ?? emptyCallTotals();
  return { from: q.from, to: q.to, settings, measures: computeCallMeasures(totals, settings) };
}

/**
 * The figures per day, hour of day (00–23, summed over the days), line or agent. Hours are all
 * 24, even empty ones (a chart's axis); days, lines and agents are those with calls. `agentId`
 * keeps only that agent (an agent reading their own row).
 */
export async function callMeasuresBreakdown(ctx: AppContext, q: CallPeriod & { by: CallDim; agentId?: number }): Promise<CallBreakdown> {
  const settings = await fresh(ctx);
  const totals = await callTotalsBy(ctx.db, q.by, q.from, q.to, { agentId: q.agentId });
  const item = (key: string, name: string): CallBreakdownItem => ({ key, name, measures: computeCallMeasures(totals.get(key) ?? emptyCallTotals(), settings) });
  let items: CallBreakdownItem[];
  if (q.by === 'hour') {
    items = Array.from({ length: 24 }, (_, h) => item(String(h), `${String(h).padStart(2, '0')}:00`));
  } else if (q.by === 'day') {
    items = [...totals.keys()].sort().map((k) => item(k, k));
  } else if (q.by === 'line') {
    const lines = await ctx.db.selectFrom('lines').select(['number', 'name']).execute();
    const names = new Map(lines.map((l) => [l.number, l.name]));
    items = [...totals.keys()].sort().map((k) => item(k, k === '' ? '未知热线' : names.has(k) ? `${k} ${names.get(k)}` : k));
  } else {
    const ids = [...totals.keys()].filter((k) => k !== '').map(Number);
    const users = ids.length ? await ctx.db.selectFrom('users').select(['id', 'username', 'display_name']).where('id', 'in', ids).execute() : [];
    const names = new Map(users.map((u) => [String(u.id), u.display_name ?? u.username]));
    items = [...totals.keys()]
      .map((k) => item(k, k === '' ? '未分配坐席' : (names.get(k) ?? `#${k}`)))
      // Busiest first; the calls no agent took (abandoned in the queue) last.
      .sort((a, b) => Number(a.key === '') - Number(b.key === '') || b.measures.offered - a.measures.offered || a.key.localeCompare(b.key));
    const start = shanghaiMidnight(q.from);
    const end = new Date(shanghaiMidnight(q.to).getTime() + 86_400_000);
    const [qa, ivr] = await Promise.all([qaScoresByAgent(ctx.db, start, end), ivrRatingsByAgent(ctx.db, start, end)]);
    const qaOf = new Map(qa.map((a) => [String(a.agentUserId), a]));
    for (const it of items) {
      if (it.key === '') continue;
      const a = qaOf.get(it.key);
      const r = ivr.get(Number(it.key));
      it.quality = {
        qaReviews: a?.reviews ?? 0,
        qaAverageScore: a ? a.averageScore : null,
        ivrRatings: r?.ratings ?? 0,
        ivrSatisfiedRate: r?.ratings ? r.satisfied / r.ratings : null,
      };
    }
  }
  return { from: q.from, to: q.to, by: q.by, settings, items };
}
