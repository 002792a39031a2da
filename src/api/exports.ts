// XLSX exports (导出): the measures table, the unit rankings and the ticket list, with Chinese
// headers, Asia/Shanghai times and personal data masked. Each export reads exactly what the
// matching JSON route reads (same checks, same scope, same measure definitions), so the
// numbers in a spreadsheet can always be traced back to the API.

import type ExcelJS from 'exceljs';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { SHANGHAI_OFFSET_MS, shanghaiDate, shanghaiMidnight } from '../domain/calendar.js';
import { visibleText } from '../domain/privacy.js';
import { COUNTS, MEASURES, type MeasureValues } from '../domain/measures.js';
import { RANKING_TIER_LABELS } from '../domain/rankings.js';
import { CHANNEL_LABELS, SATISFACTION_LABELS, STATUS_LABELS, TYPE_LABELS, type TicketStatus } from '../domain/ticket-types.js';
import type { Ticket } from '../domain/ticket.js';
import type { Dimension } from '../store/measures.js';
import type { ReferenceData } from '../store/reference.js';
import { formatShanghai, listTickets, type TicketFilter } from '../store/tickets.js';
import { queryTokens, tsQuery } from '../text/segment.js';
import { actorFor } from '../app/actor.js';
import { requireRole, requireUser } from './auth.js';
import type { AppContext } from '../app/context.js';
import { freshMeasures, measureItems } from '../app/measures.js';
import { callMeasures, callMeasuresBreakdown } from '../app/call-measures.js';
import type { CallMeasures } from '../domain/call-measures.js';
import { CALL_MEASURE_ROLES } from './call-measures.js';
import { MEASURE_ROLES, measureScope, measuresQuery, rankingsQuery, resolvePeriod, unitRankings } from './measures.js';
import { badRequest } from './problem.js';
import { listTicketsQuery } from './schemas.js';
import { ticketFilter } from './tickets.js';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * A route's 200 answer in the OpenAPI document when it is a file, not JSON: its media type and a
 * binary body (the reply sends bytes, so nothing is serialized against it).
 */
export function fileResponse(contentType: string, description: string) {
  return { 200: { description, content: { [contentType]: { schema: z.string().meta({ format: 'binary' }) } } } };
}

/** The most rows one ticket export holds; narrow the filter for more. */
export const MAX_EXPORT_ROWS = 50_000;
const EXPORT_PAGE = 2_000;

const ALERT_LABELS: Record<string, string> = {
  accept_warning: '签收即将到期',
  accept_overdue: '签收超期',
  handle_warning: '办理即将到期',
  handle_overdue: '办理超期',
  callback_overdue: '回访超期',
  supervision_overdue: '督办回复超期',
};
const GROUP_LABELS: Record<Dimension, string> = { unit: '单位', category: '分类', line: '归并热线', district: '区县' };

/** What each numerator and denominator counts, for the explanation sheet. */
const FACT_LABELS: Record<string, string> = {
  volume: '受理量',
  direct_answer: '直接答复的工单数',
  dispatched: '派单数（含退回的派单）',
  returned: '退单数',
  accept_due: '应签收数（已签收或已超签收时限）',
  accepted: '签收数',
  accepted_on_time: '按时签收数',
  reply_due: '应答复数（已答复或已超办理时限）',
  replied: '答复数',
  replied_on_time: '按时答复数（含批准的延期）',
  callback_reached: '回访联系上的数',
  resolved: '回访表示已解决的数',
  satisfied: '回访满意（含基本满意）的数',
  reopened: '重办数',
  refused: '不予受理的工单数（诉求量之内；不计入其他任何指标）',
};

/**
 * A rate as a spreadsheet reads one: the fraction itself (0.625), shown by the column's percent
 * format (62.5%), so that sums, averages and charts over it work; null stays empty.
 */
export function fraction(rate: number | null): number | null {
  return rate == null ? null : rate;
}

/**
 * A moment as a spreadsheet date: a workbook has no time zones, so the cell holds the Asia/Shanghai
 * wall time (exceljs writes a Date's UTC fields), shown by the column's date format.
 */
export function shanghaiCell(d: Date | null): Date | null {
  return d == null ? null : new Date(d.getTime() + SHANGHAI_OFFSET_MS);
}

/**
 * Content-Disposition for a download: an ASCII filename for old clients and the real (Chinese)
 * one as RFC 5987 `filename*`, percent-encoded UTF-8.
 */
export function attachmentHeader(name: string, asciiFallback: string, disposition: 'attachment' | 'inline' = 'attachment'): string {
  const ascii = asciiFallback.replace(/[^\x20-\x7e]|["\\]/g, '_');
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${disposition}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

async function sendWorkbook(reply: FastifyReply, wb: ExcelJS.Workbook, name: string, ascii: string) {
  const buffer = Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  return reply
    .header('content-type', XLSX_TYPE)
    .header('content-disposition', attachmentHeader(name, ascii))
    .header('cache-control', 'no-store')
    .send(buffer);
}

/** ExcelJS is loaded on the first export only (some 25 MB resident once imported: issue 20). */
async function newWorkbook(now: Date): Promise<ExcelJS.Workbook> {
  const { default: Excel } = await import('exceljs');
  const wb = new Excel.Workbook();
  wb.creator = 'hotline 12345';
  wb.created = now;
  return wb;
}

/** A sheet with a bold, frozen, filterable header row. */
function addTable(wb: ExcelJS.Workbook, name: string, columns: { header: string; width: number; numFmt?: string }[]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map((c, i) => ({ header: c.header, key: `c${i}`, width: c.width, style: c.numFmt ? { numFmt: c.numFmt } : {} }));
  const head = ws.getRow(1);
  head.font = { bold: true };
  head.alignment = { vertical: 'middle', wrapText: true };
  head.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return ws;
}

/** A second sheet saying what the export holds: period, filter, who and when, definitions. */
function addNotes(wb: ExcelJS.Workbook, rows: [string, string][]) {
  const ws = wb.addWorksheet('说明');
  ws.columns = [
    { header: '项目', key: 'k', width: 22 },
    { header: '内容', key: 'v', width: 90 },
  ];
  ws.getRow(1).font = { bold: true };
  for (const [k, v] of rows) ws.addRow({ k, v }).alignment = { wrapText: true, vertical: 'top' };
}

/** A fraction shown as a percentage: 0.625 → 62.5%. */
export const PERCENT_FMT = '0.0%';
/** A date and time to the minute, as the console writes them. */
export const DATETIME_FMT = 'yyyy-mm-dd hh:mm';

/** 名称, 受理量, the counts (不予受理量), then per measure: rate (a fraction, percent format), numerator, denominator; then 平均办理时长. */
export const MEASURE_COLUMNS = [
  { header: '名称', width: 28 },
  { header: '受理量', width: 10 },
  ...COUNTS.map((c) => ({ header: c.label, width: 10 })),
  ...MEASURES.flatMap((m) => [
    { header: m.label, width: 11, numFmt: PERCENT_FMT },
    { header: `${m.label}分子`, width: 11 },
    { header: `${m.label}分母`, width: 11 },
  ]),
  { header: '平均办理时长(工作小时)', width: 14 },
];

function measureRow(name: string, m: MeasureValues): (string | number | null)[] {
  return [
    name,
    m.volume,
    ...COUNTS.map((c) => m[c.name]),
    ...MEASURES.flatMap((d) => [fraction(m[d.name].rate), m[d.name].numerator, m[d.name].denominator]),
    m.average_handling_hours,
  ];
}

function definitions(): [string, string][] {
  return [
    ...COUNTS.map((c): [string, string] => [c.label, FACT_LABELS[c.fact] ?? c.fact]),
    ...MEASURES.map((m): [string, string] => [
      m.label,
      `${FACT_LABELS[m.numerator] ?? m.numerator} ÷ ${FACT_LABELS[m.denominator] ?? m.denominator}，单元格为比值、按百分比格式显示；分母为 0 时留空`,
    ]),
  ];
}


/** 话务 sheets: the period's total and each day, and each agent; returns their definitions for 说明. */
async function addCallSheets(ctx: AppContext, wb: ExcelJS.Workbook, from: string, to: string): Promise<[string, string][]> {
  const [total, days, agents] = await Promise.all([
    callMeasures(ctx, { from, to }),
    callMeasuresBreakdown(ctx, { from, to, by: 'day' }),
    callMeasuresBreakdown(ctx, { from, to, by: 'agent' }),
  ]);
  const n = total.settings.answerWithinSeconds;
  const columns = [
    { header: '名称', width: 16 },
    { header: '呼入量', width: 9 },
    { header: '接通量', width: 9 },
    { header: `${n}秒内接通`, width: 10 },
    { header: '放弃量', width: 9 },
    { header: '短时放弃', width: 9 },
    { header: '接通率', width: 9, numFmt: PERCENT_FMT },
    { header: '人工应答及时率', width: 12, numFmt: PERCENT_FMT },
    { header: '平均等待(秒)', width: 11 },
    { header: '90%等待(秒)', width: 11 },
    { header: '平均通话(秒)', width: 11 },
    { header: '平均话后(秒)', width: 11 },
    { header: '需回拨', width: 8 },
    { header: '已回拨', width: 8 },
    { header: '回拨率', width: 9, numFmt: PERCENT_FMT },
    { header: '按时回拨率', width: 10, numFmt: PERCENT_FMT },
  ];
  const row = (name: string, m: CallMeasures) => [
    name, m.offered, m.answered, m.answeredWithin, m.abandoned, m.shortAbandoned, fraction(m.answerRate.rate), fraction(m.withinRate.rate),
    m.averageWaitSeconds, m.p90WaitSeconds, m.averageTalkSeconds, m.averageWrapUpSeconds,
    m.callbacksNeeded, m.calledBack, fraction(m.callbackRate.rate), fraction(m.callbackOnTimeRate.rate),
  ];
  const ws = addTable(wb, '话务', columns);
  ws.addRow(row('合计', total.measures)).font = { bold: true };
  for (const d of days.items) ws.addRow(row(d.name, d.measures));
  const wa = addTable(wb, '话务（坐席）', columns);
  for (const a of agents.items) wa.addRow(row(a.name, a.measures));
  const short = total.settings.shortAbandonSeconds;
  return [
    ['话务统计口径', '按来电进入排队（无排队时为振铃）的日期，上海时间；定义见 docs/telephony.md「Floor figures」'],
    ['呼入量', '进入排队（或振铃）的来电，含仍在等待的'],
    ['接通率', `接通量 ÷（接通量 + 放弃量 − ${short}秒内挂断的短时放弃量）`],
    ['人工应答及时率', `${n}秒内接通量 ÷ 接通量`],
    ['平均等待 / 90%等待', '进入排队至接通（放弃的至挂断）的秒数；90%等待为整秒向上取整的第 90 百分位'],
    ['回拨率 / 按时回拨率', '已回拨（或按时限前首次回拨）的漏接回拨任务 ÷ 需回拨的任务（不含再次来电已接通与合并的）'],
  ];
}

/** 环境保护/噪声污染/施工噪声 */
export function categoryPathName(ref: ReferenceData, categoryId: number | null): string | null {
  if (categoryId == null) return null;
  const path = ref.categoryPath(categoryId).reverse();
  return path.map((id) => ref.categoryById.get(id)?.name ?? '').join('/') || null;
}

const TICKET_COLUMNS = [
  { header: '工单编号', width: 18 },
  { header: '受理时间', width: 17, numFmt: DATETIME_FMT },
  { header: '状态', width: 8 },
  { header: '类型', width: 6 },
  { header: '渠道', width: 8 },
  { header: '标题', width: 30 },
  { header: '内容', width: 60 },
  { header: '来电人', width: 8 },
  { header: '来电号码', width: 14 },
  { header: '地址', width: 30 },
  { header: '分类', width: 26 },
  { header: '主办单位', width: 20 },
  { header: '签收时限', width: 17, numFmt: DATETIME_FMT },
  { header: '办理时限', width: 17, numFmt: DATETIME_FMT },
  { header: '满意度', width: 9 },
];

/** An exported row: masked like every response; a confidential ticket never leaves with its text. */
function ticketRow(t: Ticket, ref: ReferenceData): (string | Date | null)[] {
  const text = visibleText(t, !t.confidential);
  return [
    t.number,
    shanghaiCell(t.createdAt),
    STATUS_LABELS[t.status] ?? t.status,
    TYPE_LABELS[t.type] ?? t.type,
    CHANNEL_LABELS[t.channel] ?? t.channel,
    text.title,
    text.content,
    text.callerName,
    text.callerPhone,
    text.address,
    categoryPathName(ref, t.categoryId),
    t.unitId != null ? (ref.unitById.get(t.unitId)?.name ?? null) : null,
    shanghaiCell(t.acceptBy ?? null),
    shanghaiCell(t.dueBy ?? null),
    t.satisfaction ? (SATISFACTION_LABELS[t.satisfaction] ?? t.satisfaction) : null,
  ];
}

export function exportRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  const fresh = () => freshMeasures(ctx);

  r.get(
    '/measures.xlsx',
    { schema: { tags: ['exports'], summary: '导出服务质量指标（Excel），与 GET /measures 数据一致', querystring: measuresQuery, response: fileResponse(XLSX_TYPE, 'Excel 工作簿（.xlsx）') } },
    async (req, reply) => {
      const user = requireRole(req, MEASURE_ROLES);
      const { from, to } = resolvePeriod(req.query, ctx.now());
      const group = req.query.group;
      const scope = measureScope(user, await ctx.ref.get(), group); // refused before the rollups are refreshed
      const ref = await fresh();
      const items = await measureItems(ctx.db, ref, group, from, to, scope);

      const now = ctx.now();
      const wb = await newWorkbook(now);
      const ws = addTable(wb, '服务质量指标', MEASURE_COLUMNS);
      for (const item of items) ws.addRow(measureRow(item.name, item.measures));
      // 话务: the floor's figures of the same period, for the roles that read them (GET /calls/measures).
      const calls = CALL_MEASURE_ROLES.includes(user.role) ? await addCallSheets(ctx, wb, from, to) : [];
      addNotes(wb, [
        ['统计维度', `${GROUP_LABELS[group]}${group === 'unit' || group === 'category' ? '（含下级）' : ''}`],
        ['统计区间', `${from} 至 ${to}（按受理日期，上海时间）`],
        ['导出时间', formatShanghai(now)],
        ['导出人', user.displayName ?? user.username],
        ...definitions(),
        ['平均办理时长', '派单至首次答复的工作时长（小时）的平均值'],
        ...calls,
      ]);
      const label = GROUP_LABELS[group];
      return sendWorkbook(reply, wb, `服务质量指标-${label}-${from}至${to}.xlsx`, `measures-${group}-${from}_${to}.xlsx`);
    },
  );

  r.get(
    '/rankings.xlsx',
    { schema: { tags: ['exports'], summary: '导出承办单位排名（Excel），与 GET /rankings 数据一致', querystring: rankingsQuery, response: fileResponse(XLSX_TYPE, 'Excel 工作簿（.xlsx）') } },
    async (req, reply) => {
      const user = requireRole(req, ['dispatcher', 'supervisor', 'analyst', 'admin']);
      const { from, to, minSample, minSampleSource, items } = await unitRankings(ctx, req.query);

      const now = ctx.now();
      const wb = await newWorkbook(now);
      const ws = addTable(wb, '承办单位排名', [
        { header: '排名', width: 10 },
        { header: '单位', width: 28 },
        { header: '综合得分', width: 10, numFmt: '0.00' },
        { header: '响应率', width: 10, numFmt: PERCENT_FMT },
        { header: '解决率', width: 10, numFmt: PERCENT_FMT },
        { header: '满意率', width: 10, numFmt: PERCENT_FMT },
        { header: '受理量', width: 10 },
      ]);
      ws.getCell('A1').note = `最低样本量 ${minSample} 件：受理量少于此数的单位列出但不排名（样本不足）`;
      for (const u of items) {
        ws.addRow([
          u.rank ?? u.note,
          u.name,
          u.score,
          fraction(u.measures.response_rate.rate),
          fraction(u.measures.resolution_rate.rate),
          fraction(u.measures.satisfaction_rate.rate),
          u.volume,
        ]);
      }
      const kind = RANKING_TIER_LABELS[req.query.kind];
      addNotes(wb, [
        ['单位层级', `${kind}（只在同一层级内排名）`],
        ['统计区间', `${from} 至 ${to}（按受理日期，上海时间）`],
        ['最低样本量', `${minSample} 件（${minSampleSource === 'request' ? '本次导出指定' : '办理规则设定'}）：区间内受理量（含下级单位）少于此数的单位列出但不排名，排名栏为“样本不足”`],
        ['导出时间', formatShanghai(now)],
        ['导出人', user.displayName ?? user.username],
        ['综合得分', '响应率×20% + 解决率×40% + 满意率×40%（百分制）；无法计算的比率不计入并按剩余权重折算'],
        ...definitions().filter(([k]) => ['响应率', '解决率', '满意率'].includes(k)),
        ['并列', '综合得分相同的单位名次相同，其后名次顺延（如 1、2、2、4）；受理量只作展示，不参与排名'],
        ['暂无可评价数据', '受理量达到最低样本量，但三率均无可计算的分母，不排名'],
        ['计入上级单位', '上级单位与本单位同一层级，本单位的工单已计入上级单位，不单独排名'],
      ]);
      return sendWorkbook(reply, wb, `承办单位排名-${kind}-${from}至${to}.xlsx`, `rankings-${req.query.kind}-${from}_${to}.xlsx`);
    },
  );

  r.get(
    '/tickets.xlsx',
    {
      schema: {
        tags: ['exports'],
        summary: `导出工单列表（Excel，仅当前用户可见的工单，最多 ${MAX_EXPORT_ROWS} 条；个人信息已脱敏）`,
        querystring: listTicketsQuery,
        response: fileResponse(XLSX_TYPE, 'Excel 工作簿（.xlsx）；X-Total-Count 为符合条件的工单总数'),
      },
    },
    async (req, reply) => {
      const user = requireUser(req);
      const [actor, ref] = await Promise.all([actorFor(ctx, user), ctx.ref.get()]);
      const filter = ticketFilter(req.query, ref, user.id);

      const now = ctx.now();
      const wb = await newWorkbook(now);
      const ws = addTable(wb, '工单', TICKET_COLUMNS);
      // Newest first, page by page. A ticket registered meanwhile shifts later pages by one
      // row; the ids seen keep it from being written twice.
      const seen = new Set<number>();
      let total = 0;
      for (let page = 1; seen.size < MAX_EXPORT_ROWS; page++) {
        const res = await listTickets(ctx.db, actor, filter, page, EXPORT_PAGE);
        if (page === 1) total = res.total;
        for (const t of res.items) {
          if (seen.has(t.id) || seen.size >= MAX_EXPORT_ROWS) continue;
          seen.add(t.id);
          ws.addRow(ticketRow(t, ref));
        }
        if (res.items.length < EXPORT_PAGE) break;
      }
      const q = req.query;
      const conditions = [
        q.status && `状态：${q.status.split(',').map((s) => STATUS_LABELS[s as TicketStatus] ?? s).join('、')}`,
        q.unit && `主办单位：${ref.unitById.get(q.unit)?.name ?? q.unit}（含下级）`,
        q.category && `分类：${categoryPathName(ref, q.category) ?? q.category}（含下级）`,
        q.type && `类型：${TYPE_LABELS[q.type]}`,
        q.channel && `渠道：${CHANNEL_LABELS[q.channel]}`,
        q.district && `区县：${ref.unitById.get(q.district)?.name ?? q.district}`,
        q.line && `归并热线：${q.line}`,
        q.satisfaction && `满意度：${SATISFACTION_LABELS[q.satisfaction]}`,
        q.overdue === 'true' && '已超过办理时限',
        q.alert && q.overdue !== 'true' && `预警：${ALERT_LABELS[q.alert] ?? q.alert}`,
        q.q?.trim() && `搜索：${q.q.trim()}`,
        q.from && `受理日期起：${q.from}`,
        q.to && `受理日期止：${q.to}`,
        q.notAlert && `无预警：${ALERT_LABELS[q.notAlert] ?? q.notAlert}`,
        q.mine === 'true' && '我的工单',
        q.ids && `选中的工单：${q.ids.split(',').length} 张`,
      ].filter(Boolean);
      addNotes(wb, [
        ['筛选条件', conditions.length ? conditions.join('；') : '无'],
        ['数据范围', user.role === 'unit_handler' ? '本单位及下级单位主办或协办的工单' : '全部工单'],
        ['条数', seen.size < total ? `${seen.size}（共 ${total} 条，超过单次导出上限 ${MAX_EXPORT_ROWS} 条，请缩小筛选范围）` : String(seen.size)],
        ['导出时间', formatShanghai(now)],
        ['导出人', user.displayName ?? user.username],
        ['个人信息', '来电人姓名、号码以及内容中的手机号、身份证号已脱敏'],
        ['时间', '受理时间、签收时限、办理时限为日期单元格，上海时间（UTC+8）'],
      ]);
      reply.header('x-total-count', String(total));
      const day = shanghaiDate(now);
      return sendWorkbook(reply, wb, `工单导出-${day}.xlsx`, `tickets-${day}.xlsx`);
    },
  );
}
