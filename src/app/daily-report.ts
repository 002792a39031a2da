// The daily report 民情日报's figures for one Asia/Shanghai day: one pass of SQL over the tickets
// created that day and the 7 days before (an indexed created_at range), the overdue list from
// the open tickets, and the three rates from the measures. Rendered by api/report-html.ts.

import { sql } from 'kysely';
import { shanghaiMidnight } from '../domain/calendar.js';
import { FACTS, type MeasureValues } from '../domain/measures.js';
import { ticketLabel } from '../domain/privacy.js';
import { CHANNEL_LABELS, CHANNELS, STATUS_LABELS, TICKET_TYPES, TYPE_LABELS, type Channel, type TicketStatus, type TicketType } from '../domain/ticket-types.js';
import type { ReferenceData } from '../store/reference.js';
import { formatShanghai } from '../store/tickets.js';
import type { AppContext } from './context.js';
import { freshMeasures, measureItems } from './measures.js';
import { callMeasures, callMeasuresBreakdown } from './call-measures.js';
import type { CallMeasures } from '../domain/call-measures.js';
import type { CallFloorSettings } from '../domain/call-floor.js';

const DAY_MS = 86_400_000;

export interface Count {
  label: string;
  count: number;
}

export interface CategoryCount {
  name: string;
  count: number;
  /** Average per day over the previous 7 days. */
  previousAverage: number;
}

export interface OverdueItem {
  number: string;
  title: string;
  unit: string | null;
  dueBy: string | null; // formatted, Asia/Shanghai
  /** Minutes past the deadline at the report's cut-off; null when flagged but not measurable. */
  overdueMinutes: number | null;
  status: string;
}

export interface RateCell {
  rate: number | null;
  numerator: number;
  denominator: number;
}

export interface UnitRateSet {
  volume: number;
  response: RateCell;
  resolution: RateCell;
  satisfaction: RateCell;
}

export interface UnitRates {
  unitId: number;
  name: string;
  depth: number;
  day: UnitRateSet;
  month: UnitRateSet;
}

export interface DailyReportData {
  date: string; // YYYY-MM-DD, Asia/Shanghai
  generatedAt: string; // formatted, Asia/Shanghai
  volume: number;
  /** Of the volume, the requests not taken (不予受理), counted apart. */
  refused: number;
  /** Tickets created in the 7 days before. */
  previousTotal: number;
  byType: Count[];
  byChannel: Count[];
  topCategories: CategoryCount[];
  categoryLevelNote: string;
  rising: CategoryCount[];
  risingRule: string;
  overdue: { total: number; asOf: string; items: OverdueItem[] };
  monthFrom: string;
  units: UnitRates[];
  /** 话务: the day's floor figures, and by hour (the hours that had calls). */
  calls: { settings: CallFloorSettings; day: CallMeasures; hours: { name: string; measures: CallMeasures }[] };
}

/** The day's floor figures: by hour, summed for the day (src/app/call-measures.ts). */
async function callsOfDay(ctx: AppContext, date: string): Promise<DailyReportData['calls']> {
  const [hours, day] = await Promise.all([callMeasuresBreakdown(ctx, { from: date, to: date, by: 'hour' }), callMeasures(ctx, { from: date, to: date })]);
  return { settings: day.settings, day: day.measures, hours: hours.items.filter((h) => h.measures.offered > 0).map((h) => ({ name: h.name, measures: h.measures })) };
}

const REFUSED_BIT = FACTS.indexOf('refused');

/** A category "rises" when today's count is at least RISING_MIN and RISING_FACTOR × its previous 7-day daily average. */
export const RISING_MIN = 3;
export const RISING_FACTOR = 2;
const TOP_CATEGORIES = 10;
const OVERDUE_LIST_MAX = 100;

const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);

/**
 * The topic a ticket's category counts under: its level-2 ancestor (环境保护 › 噪声污染), or the
 * category itself when it is at level 1. Fine enough to name a problem, coarse enough to count.
 */
function topicOf(ref: ReferenceData, categoryId: number | null): { key: string; name: string } {
  if (categoryId == null || !ref.categoryById.has(categoryId)) return { key: 'none', name: '未分类' };
  const path = ref.categoryPath(categoryId).reverse(); // root first
  const ids = path.slice(0, 2);
  return { key: String(ids.at(-1)), name: ids.map((id) => ref.categoryById.get(id)?.name ?? '').join(' › ') };
}

function rateSet(m: MeasureValues | undefined): UnitRateSet {
  const none = { rate: null, numerator: 0, denominator: 0 };
  return {
    volume: m?.volume ?? 0,
    response: m?.response_rate ?? none,
    resolution: m?.resolution_rate ?? none,
    satisfaction: m?.satisfaction_rate ?? none,
  };
}

/** Gathers everything the report shows for one Asia/Shanghai day. */
export async function dailyReportData(ctx: AppContext, date: string): Promise<DailyReportData> {
  const now = ctx.now();
  const start = shanghaiMidnight(date);
  const end = new Date(start.getTime() + DAY_MS);
  const prevStart = new Date(start.getTime() - 7 * DAY_MS);
  // Overdue as of the end of the day, or now for a day not yet over.
  const asOf = new Date(Math.min(now.getTime(), end.getTime()));
  const monthFrom = addDays(date, -29);

  const ref = await freshMeasures(ctx);

  const overdueWhere = ctx.db
    .selectFrom('tickets')
    .where('status', 'in', ['dispatched', 'handling'])
    .where('created_at', '<', end)
    .where((eb) => eb.or([eb('due_by', '<', asOf), sql<boolean>`'handle_overdue' = ANY(alerts)`]));

  const [today, previous, overdueRows, overdueCount, dayItems, monthItems] = await Promise.all([
    ctx.db
      .selectFrom('tickets')
      // Refused requests (不予受理) counted apart, by their fact bit (src/domain/measures.ts).
      .select(['type', 'channel', 'category_id', (eb) => eb.fn.countAll<string>().as('n'), sql<number>`sum((facts >> ${sql.lit(REFUSED_BIT)}) & 1)::int`.as('refused')])
      .where('created_at', '>=', start)
      .where('created_at', '<', end)
      .groupBy(['type', 'channel', 'category_id'])
      .execute(),
    ctx.db
      .selectFrom('tickets')
      .select(['category_id', (eb) => eb.fn.countAll<string>().as('n')])
      .where('created_at', '>=', prevStart)
      .where('created_at', '<', start)
      .groupBy('category_id')
      .execute(),
    overdueWhere
      .select(['number', 'title', 'caller_name', 'confidential', 'unit_id', 'due_by', 'status'])
      .orderBy(sql`due_by ASC NULLS LAST`)
      .orderBy('id')
      .limit(OVERDUE_LIST_MAX)
      .execute(),
    overdueWhere.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
    measureItems(ctx.db, ref, 'unit', date, date),
    measureItems(ctx.db, ref, 'unit', monthFrom, date),
  ]);
  const calls = await callsOfDay(ctx, date);

  // Volume (refused ones among it), types, channels and topics of the day.
  let volume = 0;
  let refused = 0;
  const byType = new Map<string, number>();
  const byChannel = new Map<string, number>();
  const topics = new Map<string, { name: string; count: number; previous: number }>();
  const topic = (categoryId: number | null) => {
    const t = topicOf(ref, categoryId);
    return topics.get(t.key) ?? (topics.set(t.key, { name: t.name, count: 0, previous: 0 }), topics.get(t.key)!);
  };
  for (const r of today) {
    const n = Number(r.n);
    volume += n;
    refused += Number(r.refused);
    byType.set(r.type, (byType.get(r.type) ?? 0) + n);
    byChannel.set(r.channel, (byChannel.get(r.channel) ?? 0) + n);
    topic(r.category_id).count += n;
  }
  let previousTotal = 0;
  for (const r of previous) {
    const n = Number(r.n);
    previousTotal += n;
    topic(r.category_id).previous += n;
  }
  const seen = [...topics.entries()].filter(([, c]) => c.count > 0);
  const shown = ([, c]: (typeof seen)[number]): CategoryCount => ({ name: c.name, count: c.count, previousAverage: Math.round((c.previous / 7) * 100) / 100 });
  const topCategories = [...seen]
    .sort(([, a], [, b]) => b.count - a.count || a.name.localeCompare(b.name, 'zh-CN'))
    .slice(0, TOP_CATEGORIES)
    .map(shown);
  // Rising: today ≥ RISING_MIN and ≥ RISING_FACTOR × the previous 7-day daily average (exact, not the rounded one shown).
  const rising = seen
    .filter(([key, c]) => key !== 'none' && c.count >= RISING_MIN && c.count * 7 >= RISING_FACTOR * c.previous)
    .sort(([, a], [, b]) => b.count * 7 - b.previous - (a.count * 7 - a.previous) || b.count - a.count)
    .slice(0, TOP_CATEGORIES)
    .map(shown);

  // Units with anything in the last 30 days, in tree order, indented by depth.
  const day = new Map(dayItems.map((i) => [i.key, i.measures]));
  const month = new Map(monthItems.map((i) => [i.key, i.measures]));
  const units: UnitRates[] = [];
  const children = new Map<number | null, number[]>();
  for (const u of ref.units) children.set(u.parentId, [...(children.get(u.parentId) ?? []), u.id]);
  const roots = ref.units.filter((u) => u.parentId == null || !ref.unitById.has(u.parentId)).map((u) => u.id);
  const walk = (id: number, depth: number) => {
    const m = month.get(String(id));
    if (!m || m.volume === 0) return; // nothing below either: a subtree's volume includes its children
    units.push({ unitId: id, name: ref.unitById.get(id)?.name ?? String(id), depth, day: rateSet(day.get(String(id))), month: rateSet(m) });
    for (const c of children.get(id) ?? []) walk(c, depth + 1);
  };
  for (const r of roots) walk(r, 0);

  return {
    date,
    generatedAt: formatShanghai(now),
    volume,
    refused,
    previousTotal,
    byType: TICKET_TYPES.map((t) => ({ label: TYPE_LABELS[t as TicketType], count: byType.get(t) ?? 0 })),
    byChannel: CHANNELS.filter((c) => byChannel.has(c))
      .map((c) => ({ label: CHANNEL_LABELS[c as Channel], count: byChannel.get(c) ?? 0 }))
      .sort((a, b) => b.count - a.count),
    topCategories,
    categoryLevelNote: '按二级分类归并',
    rising,
    risingRule: `当日受理量不少于 ${RISING_MIN} 件，且不低于该分类前7日日均受理量的 ${RISING_FACTOR} 倍（前7日无受理的视为新出现）`,
    overdue: {
      total: Number(overdueCount.n),
      asOf: formatShanghai(asOf),
      items: overdueRows.map((o) => ({
        number: o.number,
        title: ticketLabel({ title: o.title, callerName: o.caller_name, confidential: o.confidential }),
        unit: o.unit_id != null ? (ref.unitById.get(o.unit_id)?.name ?? null) : null,
        dueBy: o.due_by ? formatShanghai(o.due_by) : null,
        overdueMinutes: o.due_by && o.due_by < asOf ? Math.floor((asOf.getTime() - o.due_by.getTime()) / 60_000) : null,
        status: STATUS_LABELS[o.status as TicketStatus] ?? o.status,
      })),
    },
    monthFrom,
    units,
    calls,
  };
}
