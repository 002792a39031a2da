// The daily report 民情日报: GET /api/v1/reports/daily (HTML) and /reports/daily.pdf (the same
// page printed by a headless Chromium). The figures come from one pass of SQL over the
// tickets created that day and the 7 days before (an indexed created_at range), the overdue
// list from the open tickets, and the three rates from the measures module.

import fs from 'node:fs';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { chromium, type Browser } from 'playwright-core';
import { z } from 'zod';
import { isValidDate, shanghaiDate, shanghaiMidnight } from '../domain/calendar.js';
import { ticketLabel } from '../domain/privacy.js';
import { FACTS, type MeasureValues } from '../domain/measures.js';
import { CHANNEL_LABELS, CHANNELS, STATUS_LABELS, TICKET_TYPES, TYPE_LABELS, type Channel, type Role, type TicketStatus, type TicketType } from '../domain/ticket-types.js';
import type { ReferenceData } from '../store/reference.js';
import { formatShanghai } from '../store/tickets.js';
import { requireRole } from './auth.js';
import type { AppContext } from '../app/context.js';
import { attachmentHeader } from './exports.js';
import { freshMeasures, measureItems } from './measures.js';
import { HttpProblem } from './problem.js';
import { renderDailyReport, type CategoryCount, type DailyReportData, type UnitRates, type UnitRateSet } from './report-html.js';

export const REPORT_ROLES: readonly Role[] = ['supervisor', 'analyst', 'admin', 'dispatcher'];

const DAY_MS = 86_400_000;
const REFUSED_BIT = FACTS.indexOf('refused');

/** A category "rises" when today's count is at least RISING_MIN and RISING_FACTOR × its previous 7-day daily average. */
export const RISING_MIN = 3;
export const RISING_FACTOR = 2;
const TOP_CATEGORIES = 10;
const OVERDUE_LIST_MAX = 100;

export const dailyQuery = z.object({
  date: z.string().refine(isValidDate, '日期应为有效的 YYYY-MM-DD（上海时间）').optional().describe('报告日期（上海时间），缺省为今天'),
});

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
  };
}

// --- PDF -------------------------------------------------------------------------------

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const MAX_PRINTS = 3;

/** Where Chromium is, read on every request so that an operator can fix it without a restart. */
export const chromiumPath = () => process.env.HOTLINE_CHROMIUM || '/usr/bin/chromium';

/** One headless Chromium, launched on the first PDF and reused; relaunched if it dies. */
class PdfPrinter {
  private launched: { path: string; browser: Promise<Browser> } | null = null;
  private closed = false;
  private printing = 0;
  private readonly waiting: (() => void)[] = [];

  private browser(path: string): Promise<Browser> {
    if (this.launched && this.launched.path !== path) {
      const old = this.launched;
      this.launched = null;
      old.browser.then((b) => b.close()).catch(() => {});
    }
    if (!this.launched) {
      const entry = { path, browser: chromium.launch({ executablePath: path, headless: true, args: CHROMIUM_ARGS, timeout: 60_000 }) };
      this.launched = entry;
      const forget = () => {
        if (this.launched === entry) this.launched = null;
      };
      entry.browser.then((b) => b.on('disconnected', forget), forget);
    }
    return this.launched.browser;
  }

  /** The Chromium executable to use; 503 when there is none (checked before any work is done). */
  executable(): string {
    if (this.closed) throw new HttpProblem(503, 'shutting_down', '服务正在关闭，请稍后重试');
    const path = chromiumPath();
    if (!fs.existsSync(path)) {
      throw new HttpProblem(
        503,
        'chromium_missing',
        `服务器未安装 Chromium（未找到 ${path}），无法生成 PDF。请在服务器上执行 apt-get install -y chromium fonts-noto-cjk 安装 Chromium 和中文字体，或用环境变量 HOTLINE_CHROMIUM 指定 Chromium 可执行文件；网页版日报不受影响。`,
      );
    }
    return path;
  }

  async print(html: string): Promise<Buffer> {
    const path = this.executable();
    // At most MAX_PRINTS pages at once; the others wait their turn.
    while (this.printing >= MAX_PRINTS) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.printing++;
    try {
      let browser: Browser;
      try {
        browser = await this.browser(path);
      } catch (err) {
        throw new HttpProblem(503, 'chromium_failed', `Chromium（${path}）启动失败，无法生成 PDF：${(err as Error).message.split('\n')[0]}`);
      }
      // A fresh context per report: no scripts, nothing fetched (the page is self-contained).
      const context = await browser.newContext({ javaScriptEnabled: false });
      try {
        await context.route('**/*', (route) => route.abort());
        const page = await context.newPage();
        await page.setContent(html, { waitUntil: 'load', timeout: 60_000 });
        return await page.pdf({ format: 'A4', printBackground: true });
      } finally {
        await context.close().catch(() => {});
      }
    } finally {
      this.release();
    }
  }

  private release() {
    this.printing--;
    this.waiting.shift()?.();
  }

  async close(): Promise<void> {
    this.closed = true;
    const entry = this.launched;
    this.launched = null;
    if (entry) await entry.browser.then((b) => b.close()).catch(() => {});
  }
}

export function reportRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const printer = new PdfPrinter();
  app.addHook('onClose', async () => printer.close());

  const reportFor = async (date: string | undefined) => renderDailyReport(await dailyReportData(ctx, date ?? shanghaiDate(ctx.now())));

  r.get(
    '/reports/daily',
    { schema: { tags: ['reports'], summary: '民情日报（HTML）', querystring: dailyQuery } },
    async (req, reply) => {
      requireRole(req, REPORT_ROLES);
      const html = await reportFor(req.query.date);
      return reply
        .type('text/html; charset=utf-8')
        .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'")
        .header('cache-control', 'no-store')
        .send(html);
    },
  );

  r.get(
    '/reports/daily.pdf',
    { schema: { tags: ['reports'], summary: '民情日报（PDF，需要服务器安装 Chromium）', querystring: dailyQuery } },
    async (req, reply) => {
      requireRole(req, REPORT_ROLES);
      printer.executable();
      const date = req.query.date ?? shanghaiDate(ctx.now());
      const pdf = await printer.print(renderDailyReport(await dailyReportData(ctx, date)));
      return reply
        .type('application/pdf')
        .header('content-disposition', attachmentHeader(`民情日报-${date}.pdf`, `daily-report-${date}.pdf`, 'inline'))
        .header('cache-control', 'no-store')
        .send(pdf);
    },
  );
}
