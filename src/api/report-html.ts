// The daily report 民情日报 as one self-contained HTML page (inline CSS, no scripts, no
// external resources), rendered from plain data: no I/O here. The same page is served as
// HTML and printed to PDF, so it is laid out for an A4 sheet as well as a screen.

import type { CategoryCount, Count, DailyReportData, OverdueItem, RateCell, UnitRates, UnitRateSet } from '../app/daily-report.js';
import { escapeHtml } from '../text/segment.js';

export type { CategoryCount, Count, DailyReportData, OverdueItem, RateCell, UnitRates, UnitRateSet };

/** Escapes text for HTML element content and quoted attribute values. */
export function esc(value: unknown): string {
  return escapeHtml(String(value ?? ''));
}

/** 0.953 → 95.3%; null → —. */
export function formatRate(rate: number | null): string {
  return rate == null ? '—' : `${(rate * 100).toFixed(1)}%`;
}

/** 1510 minutes → 1天1小时10分. */
export function formatMinutes(minutes: number | null): string {
  if (minutes == null || minutes <= 0) return '—';
  const m = Math.round(minutes);
  const d = Math.floor(m / 1440);
  const h = Math.floor((m % 1440) / 60);
  const min = m % 60;
  const parts = [d && `${d}天`, h && `${h}小时`, min && `${min}分`].filter(Boolean);
  return parts.length ? parts.slice(0, 2).join('') : '不足1分';
}

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];

/** 2026-03-05 → 2026年3月5日（星期四）. */
export function formatDateZh(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  const dow = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return `${y}年${m}月${d}日（星期${WEEKDAYS[dow]}）`;
}

const fmtAvg = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(1));

function change(today: number, average: number): { text: string; cls: string } {
  if (average === 0) return today > 0 ? { text: '前7日无受理', cls: 'up' } : { text: '持平', cls: 'flat' };
  const pct = ((today - average) / average) * 100;
  if (Math.abs(pct) < 0.05) return { text: '持平', cls: 'flat' };
  return pct > 0 ? { text: `↑ ${pct.toFixed(1)}%`, cls: 'up' } : { text: `↓ ${Math.abs(pct).toFixed(1)}%`, cls: 'down' };
}

function bars(rows: Count[], total: number, id: string): string {
  if (!rows.length) return '<p class="empty">当日无受理。</p>';
  const max = Math.max(...rows.map((r) => r.count), 1);
  return `<table class="bars" id="${esc(id)}"><tbody>${rows
    .map(
      (r) => `<tr><th scope="row">${esc(r.label)}</th><td class="bar"><span style="width:${((r.count / max) * 100).toFixed(1)}%"></span></td>` +
        `<td class="num">${esc(r.count)}</td><td class="num muted">${total ? ((r.count / total) * 100).toFixed(1) : '0.0'}%</td></tr>`,
    )
    .join('')}</tbody></table>`;
}

function rateCell(c: RateCell, cls = ''): string {
  const title = c.denominator ? `${c.numerator}/${c.denominator}` : '无可统计工单';
  const tone = c.rate == null ? 'na' : c.rate >= 0.9 ? 'good' : c.rate >= 0.7 ? 'fair' : 'poor';
  return `<td class="num rate ${tone} ${cls}" title="${esc(title)}">${esc(formatRate(c.rate))}<small>${c.denominator ? esc(title) : ''}</small></td>`;
}

const seconds = (x: number | null) => (x == null ? '—' : `${fmtAvg(x)} 秒`);

/** 话务: the day's floor figures against the targets, and the hours that had calls. */
function callsSection(c: DailyReportData['calls']): string {
  const m = c.day;
  const n = c.settings.answerWithinSeconds;
  // Green at or above the target, red below (the page's .down / .up colours).
  const tone = (r: number | null, target: number) => (r == null ? '' : r >= target ? 'down' : 'up');
  const kpis = `<div class="kpis">
  <div class="kpi" id="kpi-call-offered"><div class="label">呼入量</div><div class="value">${esc(m.offered)}</div><div class="note">接通 ${esc(m.answered)} · 放弃 ${esc(m.abandoned)}（其中 ${esc(c.settings.shortAbandonSeconds)} 秒内 ${esc(m.shortAbandoned)}）</div></div>
  <div class="kpi" id="kpi-call-answer-rate"><div class="label">接通率</div><div class="value ${tone(m.answerRate.rate, c.settings.answerRateTarget)}">${esc(formatRate(m.answerRate.rate))}</div><div class="note">目标 ${esc(formatRate(c.settings.answerRateTarget))}</div></div>
  <div class="kpi" id="kpi-call-within"><div class="label">${esc(n)} 秒人工应答及时率</div><div class="value ${tone(m.withinRate.rate, c.settings.withinRateTarget)}">${esc(formatRate(m.withinRate.rate))}</div><div class="note">目标 ${esc(formatRate(c.settings.withinRateTarget))}</div></div>
  <div class="kpi" id="kpi-call-wait"><div class="label">平均等待</div><div class="value">${esc(seconds(m.averageWaitSeconds))}</div><div class="note">90% 等待 ${esc(seconds(m.p90WaitSeconds))} · 平均通话 ${esc(seconds(m.averageTalkSeconds))}</div></div>
  <div class="kpi" id="kpi-call-callback"><div class="label">漏接回拨率</div><div class="value">${esc(formatRate(m.callbackRate.rate))}</div><div class="note">需回拨 ${esc(m.callbacksNeeded)} · 按时回拨 ${esc(m.calledBackOnTime)}</div></div>
</div>`;
  const hours = c.hours.length
    ? `<table class="data" id="calls-by-hour"><thead><tr><th>时段</th><th class="num">呼入</th><th class="num">接通</th><th class="num">${esc(n)}秒内接通</th><th class="num">放弃</th><th class="num">接通率</th><th class="num">应答及时率</th><th class="num">平均等待</th></tr></thead><tbody>${c.hours
        .map(
          ({ name, measures: h }) =>
            `<tr><td>${esc(name)}</td><td class="num">${esc(h.offered)}</td><td class="num">${esc(h.answered)}</td><td class="num">${esc(h.answeredWithin)}</td>` +
            `<td class="num">${esc(h.abandoned)}</td>${rateCell(h.answerRate)}${rateCell(h.withinRate)}<td class="num">${esc(seconds(h.averageWaitSeconds))}</td></tr>`,
        )
        .join('')}</tbody></table>`
    : '<p class="empty">当日无来电。</p>';
  return `${kpis}${hours}
<p class="rule">按来电进入排队（无排队时为振铃）的时间统计。接通率 = 接通量 ÷（接通量 + 放弃量 − ${esc(c.settings.shortAbandonSeconds)} 秒内挂断的短时放弃量）；人工应答及时率 = ${esc(n)} 秒内接通量 ÷ 接通量；等待为进入排队至接通（放弃的至挂断）。</p>`;
}

const CSS = `
*{box-sizing:border-box}
html{-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{margin:0;background:#f3f5f8;color:#1f2933;font:14px/1.55 "Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei","WenQuanYi Micro Hei",sans-serif}
.page{max-width:960px;margin:24px auto;background:#fff;padding:28px 36px 32px;box-shadow:0 1px 4px rgba(0,0,0,.08)}
header{border-bottom:3px solid #b71c1c;padding-bottom:10px;margin-bottom:18px;display:flex;justify-content:space-between;align-items:flex-end;gap:16px}
header h1{margin:0;font-size:30px;letter-spacing:6px;color:#b71c1c;font-family:"Noto Serif CJK SC","Source Han Serif SC","SimSun",serif}
header .sub{color:#52606d;font-size:13px;text-align:right}
header .date{font-size:16px;color:#1f2933;font-weight:600}
h2{font-size:17px;margin:22px 0 10px;padding-left:10px;border-left:4px solid #b71c1c;break-after:avoid;page-break-after:avoid}
h2 small{font-weight:normal;color:#7b8794;font-size:12px;margin-left:8px}
.kpis{display:grid;grid-template-columns:repeat(4,1fr);gap:12px}
.kpi{border:1px solid #e4e7eb;border-radius:6px;padding:10px 14px;background:#fafbfc}
.kpi .label{color:#616e7c;font-size:12px}
.kpi .value{font-size:28px;font-weight:700;line-height:1.25}
.kpi .note{font-size:12px;color:#7b8794}
.up{color:#c62828}.down{color:#2e7d32}.flat{color:#7b8794}
.cols{display:grid;grid-template-columns:1fr 1fr;gap:24px}
table{width:100%;border-collapse:collapse}
table.data{font-size:13px}
table.data th,table.data td{border-bottom:1px solid #e4e7eb;padding:5px 6px;text-align:left;vertical-align:top}
table.data thead th{background:#f0f3f7;color:#323f4b;font-weight:600;border-bottom:2px solid #cbd2d9}
table.data thead tr.group th{text-align:center;border-bottom:1px solid #cbd2d9}
table.data tbody tr:nth-child(even){background:#fafbfc}
tr{break-inside:avoid;page-break-inside:avoid}
thead{display:table-header-group}
.num{text-align:right!important;font-variant-numeric:tabular-nums;white-space:nowrap}
.muted{color:#7b8794}
table.bars th{width:6.5em;font-weight:normal;text-align:left;padding:3px 6px 3px 0;white-space:nowrap}
table.bars td{padding:3px 4px}
table.bars td.bar{width:60%}
td.bar span{display:block;height:12px;margin-top:4px;background:#5b8def;border-radius:2px;min-width:2px}
.rate small{display:block;font-size:10px;color:#9aa5b1;line-height:1.1}
.rate.good{color:#2e7d32}.rate.fair{color:#b26a00}.rate.poor{color:#c62828}.rate.na{color:#9aa5b1}
td.split{border-left:2px solid #cbd2d9}
.tag{display:inline-block;padding:0 6px;border-radius:3px;font-size:12px;background:#fdecea;color:#b71c1c}
.empty{color:#7b8794;margin:6px 0}
.rule{font-size:12px;color:#7b8794;margin:4px 0 0}
footer{margin-top:26px;padding-top:10px;border-top:1px solid #e4e7eb;font-size:12px;color:#7b8794}
@page{size:A4;margin:12mm 10mm 16mm}
@media print{body{background:#fff}.page{margin:0;max-width:none;box-shadow:none;padding:0}}
`;

/** The whole report as one HTML document. Every value is escaped. */
export function renderDailyReport(d: DailyReportData): string {
  const previousAverage = d.previousTotal / 7;
  const delta = change(d.volume, previousAverage);
  const maxCat = Math.max(...d.topCategories.map((c) => c.count), 1);

  const topCategories = d.topCategories.length
    ? `<table class="data" id="top-categories"><thead><tr><th class="num">序号</th><th>分类</th><th class="num">当日受理</th><th class="num">占比</th><th class="num">前7日日均</th><th style="width:30%"></th></tr></thead><tbody>${d.topCategories
        .map(
          (c, i) =>
            `<tr><td class="num">${i + 1}</td><td>${esc(c.name)}</td><td class="num">${esc(c.count)}</td>` +
            `<td class="num">${d.volume ? ((c.count / d.volume) * 100).toFixed(1) : '0.0'}%</td><td class="num muted">${esc(fmtAvg(c.previousAverage))}</td>` +
            `<td class="bar"><span style="width:${((c.count / maxCat) * 100).toFixed(1)}%"></span></td></tr>`,
        )
        .join('')}</tbody></table>`
    : '<p class="empty">当日无受理。</p>';

  const rising = d.rising.length
    ? `<table class="data" id="rising"><thead><tr><th>分类</th><th class="num">当日受理</th><th class="num">前7日日均</th><th class="num">倍数</th></tr></thead><tbody>${d.rising
        .map(
          (c) =>
            `<tr><td>${esc(c.name)} <span class="tag">上升</span></td><td class="num">${esc(c.count)}</td><td class="num">${esc(fmtAvg(c.previousAverage))}</td>` +
            `<td class="num up">${c.previousAverage > 0 ? `${(c.count / c.previousAverage).toFixed(1)} 倍` : '新出现'}</td></tr>`,
        )
        .join('')}</tbody></table>`
    : '<p class="empty">当日无明显上升的诉求分类。</p>';

  const overdue = d.overdue.items.length
    ? `<table class="data" id="overdue"><thead><tr><th>工单编号</th><th>标题</th><th>主办单位</th><th>状态</th><th>办理时限</th><th class="num">超期时长</th></tr></thead><tbody>${d.overdue.items
        .map(
          (o) =>
            `<tr><td class="num">${esc(o.number)}</td><td>${esc(o.title)}</td><td>${esc(o.unit ?? '—')}</td><td>${esc(o.status)}</td>` +
            `<td class="num">${esc(o.dueBy ?? '—')}</td><td class="num up">${esc(formatMinutes(o.overdueMinutes))}</td></tr>`,
        )
        .join('')}</tbody></table>${
        d.overdue.total > d.overdue.items.length ? `<p class="rule">共 ${esc(d.overdue.total)} 件，仅列出超期最久的 ${esc(d.overdue.items.length)} 件。</p>` : ''
      }`
    : '<p class="empty">无超期工单。</p>';

  const units = d.units.length
    ? `<table class="data" id="unit-rates"><thead>
<tr class="group"><th rowspan="2">承办单位</th><th colspan="4">当日（${esc(d.date)}）</th><th colspan="4" class="split">近30日（${esc(d.monthFrom)} 至 ${esc(d.date)}）</th></tr>
<tr><th class="num">受理量</th><th class="num">响应率</th><th class="num">解决率</th><th class="num">满意率</th><th class="num split">受理量</th><th class="num">响应率</th><th class="num">解决率</th><th class="num">满意率</th></tr></thead><tbody>${d.units
        .map(
          (u) =>
            `<tr data-unit="${esc(u.unitId)}"><td style="padding-left:${6 + u.depth * 14}px">${esc(u.name)}</td>` +
            `<td class="num">${esc(u.day.volume)}</td>${rateCell(u.day.response)}${rateCell(u.day.resolution)}${rateCell(u.day.satisfaction)}` +
            `<td class="num split">${esc(u.month.volume)}</td>${rateCell(u.month.response)}${rateCell(u.month.resolution)}${rateCell(u.month.satisfaction)}</tr>`,
        )
        .join('')}</tbody></table>
<p class="rule">按工单受理日期统计，单位含下级单位。响应率 = 按时签收数 ÷ 应签收数；解决率 = 回访表示已解决数 ÷ 回访联系上的数；满意率 = 回访满意（含基本满意）数 ÷ 回访联系上的数。“—”表示无可统计工单。</p>`
    : '<p class="empty">近30日无派单至承办单位的工单。</p>';

  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>民情日报 ${esc(d.date)}</title>
<style>${CSS}</style>
</head>
<body>
<div class="page">
<header>
  <div><h1>民情日报</h1><div class="muted">12345 政务服务便民热线</div></div>
  <div class="sub"><div class="date">${esc(formatDateZh(d.date))}</div><div>生成时间：${esc(d.generatedAt)}</div></div>
</header>

<section>
<div class="kpis">
  <div class="kpi" id="kpi-volume"><div class="label">当日受理量</div><div class="value">${esc(d.volume)}</div><div class="note ${delta.cls}">较前7日日均 ${esc(delta.text)}</div><div class="note" id="kpi-refused">其中不予受理 ${esc(d.refused)} 件</div></div>
  <div class="kpi" id="kpi-average"><div class="label">前7日日均受理量</div><div class="value">${esc(fmtAvg(previousAverage))}</div><div class="note">前7日合计 ${esc(d.previousTotal)} 件</div></div>
  <div class="kpi" id="kpi-overdue"><div class="label">超期工单</div><div class="value ${d.overdue.total ? 'up' : ''}">${esc(d.overdue.total)}</div><div class="note">截至 ${esc(d.overdue.asOf)}</div></div>
  <div class="kpi" id="kpi-rising"><div class="label">上升话题</div><div class="value">${esc(d.rising.length)}</div><div class="note">个诉求分类明显上升</div></div>
</div>
</section>

<section id="calls">
<h2>话务</h2>
${callsSection(d.calls)}
</section>

<section class="cols">
  <div><h2>诉求类型</h2>${bars(d.byType, d.volume, 'by-type')}</div>
  <div><h2>受理渠道</h2>${bars(d.byChannel, d.volume, 'by-channel')}</div>
</section>

<section>
<h2>热点诉求分类（前10）<small>${esc(d.categoryLevelNote)}</small></h2>
${topCategories}
</section>

<section>
<h2>上升话题</h2>
${rising}
<p class="rule">判定规则：${esc(d.risingRule)}</p>
</section>

<section>
<h2>超期工单<small>截至 ${esc(d.overdue.asOf)}，共 ${esc(d.overdue.total)} 件</small></h2>
${overdue}
</section>

<section>
<h2>承办单位三率</h2>
${units}
</section>

<footer>本报告由 12345 热线平台自动生成。统计口径：受理量按受理时间（上海时间）计；来电人个人信息已脱敏。</footer>
</div>
</body>
</html>
`;
}
