// The supervisors' and leaders' dashboard (统计分析): the three rates per unit (ranked within one
// tier by GET /rankings: units below the minimum sample greyed, 样本不足), the volume trend, the category mix, the district breakdown, rising hot topics and the overdue list.
// Every figure and chart element drills down to the tickets behind it (/tickets?… with the
// same period and filter); the period lives in the URL, so a view can be shared. Figures are
// refetched when tickets change (live events), so a ticket closed a moment ago shows up.

import { useCallback, useMemo, useRef, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api, download, ok } from '../api/client';
import { ErrorBanner, Loading, StatusBadge, useAsync } from '../components';
import { messages, useLang, useT } from '../i18n';
import { useLabels } from '../labels';
import { useLive } from '../live';
import { addDays, formatDateTime, formatSpan, shanghaiDate } from '../time';
import { CallsPanel } from './dashboard/CallsPanel';
import { Chart, type ChartOption } from './dashboard/Chart';
import { pct, pctNumber, scoreClass, ticketsUrl, type Drill, type HotTopicsResponse, type MeasureItem, type MeasuresResponse, type RankingRow, type Rankings, type Trend } from './dashboard/data';
import { DailyReport } from './dashboard/DailyReport';
import './dashboard/dashboard.css';

const M = messages(
  {
    title: '统计分析', from: '起', to: '止', today: '今日', d7: '近7天', d30: '近30天', month: '本月', year: '今年',
    export: '导出 Excel', exUnit: '指标（按单位）', exCategory: '指标（按分类）', exDistrict: '指标（按区县）', exLine: '指标（按归并热线）',
    exRank: '承办单位排名', exTickets: '工单清单', report: '民情日报', refresh: '刷新', updated: '更新于 {time}',
    volume: '受理量', todayVolume: '今日受理', direct: '直接答复率', response: '响应率', resolution: '解决率', satisfaction: '满意率',
    onTime: '按时办结率', returnRate: '退单率', reopen: '重办率', hours: '平均办理时长', open: '在办', overdue: '超期',
    trend: '受理量趋势', trendDay: '按日', trendMonth: '按月', category: '诉求分类构成', district: '区县分布', other: '其他',
    units: '各单位三率', kindDepartment: '委办局', kindDistrict: '区县', kindStreet: '街道', kindEnterprise: '企业',
    unit: '单位', score: '综合得分', rank: '排名', unsatisfied: '不满意', noData: '该区间没有数据',
    rankRule: '只在同一层级（{tier}）内排名；区间内受理量少于 {n} 件的单位列出但不排名（样本不足）；得分相同名次并列。',
    insufficient_sample: '样本不足', no_score: '暂无可评价数据', nested: '计入上级单位',
    hot: '热点问题', rising: '上升', tickets: '{n} 件', callers: '{n} 人', growth: '增长 {n}', noHot: '暂无热点',
    overdueList: '超期工单', all: '查看全部', due: '办理时限', overdueBy: '超期', noOverdue: '没有超期工单', supervised: '已督办',
    subject: '工单', drillHint: '点击图表查看对应工单', allUnits: '全部单位', exporting: '正在导出…',
  },
  {
    title: 'Dashboard', from: 'From', to: 'To', today: 'Today', d7: '7 days', d30: '30 days', month: 'This month', year: 'This year',
    export: 'Export Excel', exUnit: 'Measures by unit', exCategory: 'Measures by category', exDistrict: 'Measures by district', exLine: 'Measures by merged line',
    exRank: 'Unit rankings', exTickets: 'Ticket list', report: 'Daily report', refresh: 'Refresh', updated: 'Updated {time}',
    volume: 'Volume', todayVolume: 'Today', direct: 'Direct answers', response: 'Response', resolution: 'Resolution', satisfaction: 'Satisfaction',
    onTime: 'Closed on time', returnRate: 'Returns', reopen: 'Reopened', hours: 'Avg. handling', open: 'Open', overdue: 'Overdue',
    trend: 'Volume trend', trendDay: 'daily', trendMonth: 'monthly', category: 'Categories', district: 'Districts', other: 'Other',
    units: 'Three rates per unit', kindDepartment: 'Departments', kindDistrict: 'Districts', kindStreet: 'Streets', kindEnterprise: 'Enterprises',
    unit: 'Unit', score: 'Score', rank: 'Rank', unsatisfied: 'Unsatisfied', noData: 'No data in this period',
    rankRule: 'Ranked only within one tier ({tier}); units with fewer than {n} tickets in the period are listed but not ranked (too small a sample); equal scores share a rank.',
    insufficient_sample: 'Too few tickets', no_score: 'Nothing to rate yet', nested: 'Counted in its parent',
    hot: 'Hot topics', rising: 'Rising', tickets: '{n} tickets', callers: '{n} callers', growth: 'growth {n}', noHot: 'No hot topics',
    overdueList: 'Overdue tickets', all: 'See all', due: 'Due', overdueBy: 'Overdue', noOverdue: 'Nothing overdue', supervised: 'Supervised',
    subject: 'Ticket', drillHint: 'Click a chart to see its tickets', allUnits: 'All units', exporting: 'Exporting…',
  },
);

type Kind = 'department' | 'district' | 'street' | 'enterprise';
const KINDS: Kind[] = ['department', 'district', 'street', 'enterprise'];
const KIND_KEY = { department: 'kindDepartment', district: 'kindDistrict', street: 'kindStreet', enterprise: 'kindEnterprise' } as const;

const measures = (group: 'unit' | 'category' | 'district', from: string, to: string) =>
  ok(api.GET('/api/v1/measures', { params: { query: { group, from, to } } })) as Promise<MeasuresResponse>;

export default function Dashboard() {
  const { lang } = useLang();
  const t = useT(M);
  const L = useLabels();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const today = shanghaiDate();
  const to = params.get('to') ?? today;
  const from = params.get('from') ?? addDays(to, -29);
  const [kind, setKind] = useState<Kind>('department');
  const [report, setReport] = useState(false);
  const [exportError, setExportError] = useState<unknown>(null);
  const [exporting, setExporting] = useState(false);
  const [tick, setTick] = useState(0);

  const setPeriod = (f: string, t2: string) => setParams({ from: f, to: t2 }, { replace: true });
  const period = { from, to };
  const drill = (d: Drill) => navigate(ticketsUrl({ ...period, ...d }));

  const data = useAsync(async () => {
    // The summary first: it brings the rollups up to date (waiting for a refresh in flight), so
    // the parallel reads after it all include the latest closed tickets.
    const summary = await ok(api.GET('/api/v1/dashboard/summary', { params: { query: { from, to } } }));
    const [trend, categories, districts, hot, overdue] = await Promise.all([
      ok(api.GET('/api/v1/dashboard/trend', { params: { query: { from, to } } })),
      measures('category', from, to),
      measures('district', from, to),
      ok(api.GET('/api/v1/hot-topics', { params: { query: { from, to, limit: 10 } } })) as Promise<HotTopicsResponse>,
      ok(api.GET('/api/v1/dashboard/overdue', { params: { query: { limit: 10 } } })),
    ]);
    return { summary, trend, categories, districts, hot, overdue, at: new Date().toISOString() };
  }, [from, to, tick]);
  // The ranking of the tier on show (one tier at a time: never a mixed list).
  const rankings = useAsync(async () => (await ok(api.GET('/api/v1/rankings', { params: { query: { kind, from, to } } }))) as Rankings, [kind, from, to, tick]);

  // Refetch (at most every 3 s) when tickets change anywhere.
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  const onLive = useCallback((c: { kind: string }) => {
    if (c.kind !== 'ticket' && c.kind !== 'resync') return;
    if (pending.current) return;
    pending.current = setTimeout(() => {
      pending.current = null;
      setTick((n) => n + 1);
    }, 3000);
  }, []);
  useLive(onLive);

  const exportXlsx = async (path: string, name: string) => {
    setExportError(null);
    setExporting(true);
    try {
      await download(path, name);
    } catch (e) {
      setExportError(e);
    } finally {
      setExporting(false);
    }
  };
  const range = `${from}_${to}`;
  const q = `from=${from}&to=${to}`;

  const d = data.data;
  return (
    <div className="dashboard">
      <div className="dash-head">
        <h1>{t('title')}</h1>
        <div className="toolbar">
          <label>
            {t('from')}
            <input type="date" value={from} max={to} onChange={(e) => e.target.value && setPeriod(e.target.value, to)} aria-label={t('from')} />
          </label>
          <label>
            {t('to')}
            <input type="date" value={to} min={from} onChange={(e) => e.target.value && setPeriod(from, e.target.value)} aria-label={t('to')} />
          </label>
          <div className="dash-quick" role="group">
            <button type="button" onClick={() => setPeriod(today, today)}>{t('today')}</button>
            <button type="button" onClick={() => setPeriod(addDays(today, -6), today)}>{t('d7')}</button>
            <button type="button" onClick={() => setPeriod(addDays(today, -29), today)}>{t('d30')}</button>
            <button type="button" onClick={() => setPeriod(`${today.slice(0, 8)}01`, today)}>{t('month')}</button>
            <button type="button" onClick={() => setPeriod(`${today.slice(0, 5)}01-01`, today)}>{t('year')}</button>
          </div>
          <span className="spacer" />
          <details className="dash-menu">
            <summary>{exporting ? t('exporting') : t('export')}</summary>
            <div className="dash-menu-items" onClick={(e) => (e.currentTarget.parentElement as HTMLDetailsElement).removeAttribute('open')}>
              <button type="button" onClick={() => exportXlsx(`/api/v1/measures.xlsx?group=unit&${q}`, `服务质量指标_单位_${range}.xlsx`)}>{t('exUnit')}</button>
              <button type="button" onClick={() => exportXlsx(`/api/v1/measures.xlsx?group=category&${q}`, `服务质量指标_分类_${range}.xlsx`)}>{t('exCategory')}</button>
              <button type="button" onClick={() => exportXlsx(`/api/v1/measures.xlsx?group=district&${q}`, `服务质量指标_区县_${range}.xlsx`)}>{t('exDistrict')}</button>
              <button type="button" onClick={() => exportXlsx(`/api/v1/measures.xlsx?group=line&${q}`, `服务质量指标_归并热线_${range}.xlsx`)}>{t('exLine')}</button>
              <button type="button" onClick={() => exportXlsx(`/api/v1/rankings.xlsx?kind=${kind}&${q}`, `承办单位排名_${range}.xlsx`)}>{t('exRank')}</button>
              <button type="button" onClick={() => exportXlsx(`/api/v1/tickets.xlsx?${q}`, `工单清单_${range}.xlsx`)}>{t('exTickets')}</button>
            </div>
          </details>
          <button type="button" onClick={() => setReport(true)}>{t('report')}</button>
          <button type="button" onClick={data.reload} title={d ? t('updated', { time: formatDateTime(d.at) }) : undefined}>
            {t('refresh')}
          </button>
        </div>
      </div>
      <ErrorBanner error={exportError} />
      <ErrorBanner error={data.error} onRetry={data.reload} />
      {!d && !data.error && <Loading />}
      {d && (
        <>
          <section className="dash-kpis" aria-label={t('title')}>
            <Kpi label={t('volume')} value={String(d.summary.overall.volume)} onClick={() => drill({})} testId="kpi-volume" />
            <Kpi label={t('todayVolume')} value={String(d.summary.todayVolume)} onClick={() => navigate(ticketsUrl({ from: d.summary.today, to: d.summary.today }))} testId="kpi-today" />
            <Kpi label={t('direct')} value={pct(d.summary.overall.direct_answer_rate)} rate={d.summary.overall.direct_answer_rate} testId="kpi-direct" />
            <Kpi label={t('response')} value={pct(d.summary.overall.response_rate)} rate={d.summary.overall.response_rate} good testId="kpi-response" />
            <Kpi label={t('resolution')} value={pct(d.summary.overall.resolution_rate)} rate={d.summary.overall.resolution_rate} good testId="kpi-resolution" />
            <Kpi
              label={t('satisfaction')}
              value={pct(d.summary.overall.satisfaction_rate)}
              rate={d.summary.overall.satisfaction_rate}
              good
              onClick={() => drill({ satisfaction: 'unsatisfied' })}
              testId="kpi-satisfaction"
            />
            <Kpi
              label={t('open')}
              value={String(Object.values(d.summary.open).reduce((a, b) => a + b, 0))}
              sub={Object.entries(d.summary.open).map(([s, n]) => `${L('status', s)} ${n}`).join(' · ')}
              onClick={() => navigate(ticketsUrl({ status: 'registered,dispatched,handling,replied' }))}
              testId="kpi-open"
            />
            <Kpi label={t('overdue')} value={String(d.summary.overdue)} bad={d.summary.overdue > 0} onClick={() => navigate(ticketsUrl({ overdue: 'true' }))} testId="kpi-overdue" />
          </section>
          <p className="muted dash-hint">{t('drillHint')} · {t('updated', { time: formatDateTime(d.at) })}</p>

          <section className="card">
            <h2>
              {t('trend')} <span className="muted">（{d.trend.granularity === 'day' ? t('trendDay') : t('trendMonth')}）</span>
            </h2>
            <TrendChart trend={d.trend} labels={{ volume: t('volume'), response: t('response'), resolution: t('resolution'), satisfaction: t('satisfaction') }} onPick={(b) => drill({ from: b.from, to: b.to })} />
          </section>

          <CallsPanel from={from} to={to} tick={tick} />

          <div className="grid dash-two">
            <section className="card">
              <h2>{t('category')}</h2>
              <CategoryPie items={d.categories.items} other={t('other')} empty={t('noData')} onPick={(id) => drill({ category: id })} />
            </section>
            <section className="card">
              <h2>{t('district')}</h2>
              <DistrictBars items={d.districts.items} labels={{ volume: t('volume'), satisfaction: t('satisfaction') }} empty={t('noData')} onPick={(id) => drill({ district: id })} />
            </section>
          </div>

          <section className="card">
            <div className="dash-section-head">
              <h2>{t('units')}</h2>
              <div className="dash-tabs" role="tablist">
                {KINDS.map((k) => (
                  <button key={k} type="button" role="tab" aria-selected={kind === k} className={kind === k ? 'active' : ''} onClick={() => setKind(k)}>
                    {t(KIND_KEY[k])}
                  </button>
                ))}
              </div>
            </div>
            <ErrorBanner error={rankings.error} onRetry={rankings.reload} />
            {rankings.data ? (
              <p className="muted dash-rank-rule" data-testid="ranking-rule">
                {t('rankRule', { tier: t(KIND_KEY[rankings.data.kind]), n: rankings.data.minSample })}
              </p>
            ) : (
              !rankings.error && <Loading />
            )}
            <UnitRates
              items={rankings.data?.kind === kind ? rankings.data.items : []}
              loading={!rankings.data || rankings.data.kind !== kind}
              t={t}
              onPick={(id) => drill({ unit: id })}
              onUnsatisfied={(id) => drill({ unit: id, satisfaction: 'unsatisfied' })}
            />
          </section>

          <div className="grid dash-two">
            <section className="card" data-testid="hot-topics">
              <h2>{t('hot')}</h2>
              {d.hot.items.length === 0 ? (
                <p className="muted empty">{t('noHot')}</p>
              ) : (
                <ol className="dash-hot">
                  {d.hot.items.map((h, i) => (
                    <li key={i}>
                      <button type="button" className="link dash-hot-label" onClick={() => drill({ q: (h.keywords.length ? h.keywords.slice(0, 2) : [h.label]).join(' ') })}>
                        {h.label}
                      </button>
                      {h.rising && <span className="badge dash-rising">{t('rising')} ↑</span>}
                      <span className="muted">
                        {' '}
                        {t('tickets', { n: h.size })} · {t('callers', { n: h.callers })} · {t('growth', { n: h.growth })}
                      </span>
                      <div className="dash-hot-tickets">
                        {h.tickets.slice(0, 5).map((x) => (
                          <Link key={x.id} to={`/tickets/${x.id}`} className="mono">
                            {x.number ?? x.id}
                          </Link>
                        ))}
                      </div>
                    </li>
                  ))}
                </ol>
              )}
            </section>
            <section className="card" data-testid="overdue">
              <div className="dash-section-head">
                <h2>
                  {t('overdueList')} <span className="badge alert">{d.overdue.total}</span>
                </h2>
                <Link to={ticketsUrl({ overdue: 'true' })}>{t('all')}</Link>
              </div>
              {d.overdue.total === 0 ? (
                <p className="muted empty">{t('noOverdue')}</p>
              ) : (
                <>
                  <div className="dash-chips">
                    {d.overdue.byUnit.map((u) => (
                      <Link key={u.unitId ?? 0} className="badge" to={ticketsUrl({ overdue: 'true', unit: u.unitId ?? undefined })}>
                        {u.name} {u.count}
                      </Link>
                    ))}
                  </div>
                  <table className="tickets">
                    <thead>
                      <tr>
                        <th>{t('subject')}</th>
                        <th>{t('unit')}</th>
                        <th>{t('due')}</th>
                        <th>{t('overdueBy')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {d.overdue.items.map((x) => (
                        <tr key={x.id} onClick={() => navigate(`/tickets/${x.id}`)}>
                          <td>
                            <span className="mono">{x.number}</span> {x.title} <StatusBadge status={x.status} />
                            {x.supervised && <span className="badge">{t('supervised')}</span>}
                          </td>
                          <td>{x.unitName ?? '—'}</td>
                          <td className="mono">{formatDateTime(x.dueBy)}</td>
                          <td className="deadline deadline-overdue" data-testid="overdue-by">{x.overdueHours == null ? '—' : formatSpan(x.overdueHours * 3_600_000, lang)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </>
              )}
            </section>
          </div>
        </>
      )}
      {report && <DailyReport date={to} onClose={() => setReport(false)} />}
    </div>
  );
}

function Kpi({ label, value, sub, rate, good, bad, onClick, testId }: {
  label: string; value: string; sub?: string; rate?: { numerator: number; denominator: number; rate: number | null }; good?: boolean; bad?: boolean; onClick?: () => void; testId: string;
}) {
  const cls = `dash-kpi ${good ? scoreClass(rate?.rate) : ''} ${bad ? 'dash-bad' : ''}`;
  const title = rate ? `${rate.numerator} / ${rate.denominator}` : undefined;
  const body = (
    <>
      <span className="dash-kpi-label">{label}</span>
      <span className="dash-kpi-value" data-testid={testId} title={title}>
        {value}
      </span>
      {sub && <span className="dash-kpi-sub muted">{sub}</span>}
      {rate && <span className="dash-kpi-sub muted">{title}</span>}
    </>
  );
  return onClick ? (
    <button type="button" className={cls} onClick={onClick}>
      {body}
    </button>
  ) : (
    <div className={cls}>{body}</div>
  );
}

type Tr = (key: keyof (typeof M)['zh-CN'], vars?: Record<string, string | number>) => string;

function TrendChart({ trend, labels, onPick }: { trend: Trend; labels: Record<'volume' | 'response' | 'resolution' | 'satisfaction', string>; onPick: (b: { from: string; to: string }) => void }) {
  const option = useMemo<ChartOption>(() => {
    const x = trend.items.map((i) => (trend.granularity === 'day' ? i.bucket.slice(5) : i.bucket));
    const line = (name: string, key: 'response_rate' | 'resolution_rate' | 'satisfaction_rate') => ({
      name, type: 'line' as const, yAxisIndex: 1, smooth: true, connectNulls: true, symbolSize: 6,
      data: trend.items.map((i) => pctNumber(i.measures[key])),
    });
    return {
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 48, right: 48, top: 36, bottom: 28 },
      xAxis: { type: 'category', data: x },
      yAxis: [
        { type: 'value', name: labels.volume, minInterval: 1 },
        { type: 'value', name: '%', min: 0, max: 100, splitLine: { show: false } },
      ],
      series: [
        { name: labels.volume, type: 'bar', data: trend.items.map((i) => i.measures.volume), barMaxWidth: 28 },
        line(labels.response, 'response_rate'),
        line(labels.resolution, 'resolution_rate'),
        line(labels.satisfaction, 'satisfaction_rate'),
      ],
    };
  }, [trend, labels.volume, labels.response, labels.resolution, labels.satisfaction]);
  return <Chart option={option} height={300} label={labels.volume} testId="chart-trend" onClick={(c) => trend.items[c.dataIndex] && onPick(trend.items[c.dataIndex])} />;
}

function CategoryPie({ items, other, empty, onPick }: { items: MeasureItem[]; other: string; empty: string; onPick: (id: string) => void }) {
  const top = useMemo(() => {
    const roots = items.filter((i) => i.parentKey == null && i.measures.volume > 0).sort((a, b) => b.measures.volume - a.measures.volume);
    const shown = roots.slice(0, 8).map((i) => ({ key: i.key as string | null, name: i.name, value: i.measures.volume }));
    const rest = roots.slice(8).reduce((s, i) => s + i.measures.volume, 0);
    if (rest > 0) shown.push({ key: null, name: other, value: rest });
    return shown;
  }, [items, other]);
  const option = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'item', formatter: '{b}：{c}（{d}%）' },
      // The legend below the pie, across the card's full width (at the side, long category names were cut off).
      legend: { type: 'scroll', orient: 'horizontal', left: 'center', bottom: 0 },
      series: [
        {
          type: 'pie',
          radius: ['32%', '58%'],
          center: ['50%', '45%'],
          label: { formatter: '{b}\n{d}%', width: 110, overflow: 'break' },
          data: top.map((s) => ({ name: s.name, value: s.value })),
        },
      ],
    }),
    [top],
  );
  if (!top.length) return <p className="muted empty">{empty}</p>;
  return <Chart option={option} height={300} label="category" testId="chart-category" onClick={(c) => top[c.dataIndex]?.key && onPick(top[c.dataIndex].key as string)} />;
}

function DistrictBars({ items, labels, empty, onPick }: { items: MeasureItem[]; labels: { volume: string; satisfaction: string }; empty: string; onPick: (id: string) => void }) {
  const rows = useMemo(() => [...items].sort((a, b) => b.measures.volume - a.measures.volume), [items]);
  const option = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 48, right: 48, top: 36, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: rows.map((r) => r.name), axisLabel: { interval: 0, rotate: rows.length > 6 ? 30 : 0, width: 100, overflow: 'truncate' } },
      yAxis: [
        { type: 'value', name: labels.volume, minInterval: 1 },
        { type: 'value', name: '%', min: 0, max: 100, splitLine: { show: false } },
      ],
      series: [
        { name: labels.volume, type: 'bar', data: rows.map((r) => r.measures.volume), barMaxWidth: 36 },
        { name: labels.satisfaction, type: 'line', yAxisIndex: 1, data: rows.map((r) => pctNumber(r.measures.satisfaction_rate)), symbolSize: 8 },
      ],
    }),
    [rows, labels.volume, labels.satisfaction],
  );
  if (!rows.some((r) => r.measures.volume > 0)) return <p className="muted empty">{empty}</p>;
  return <Chart option={option} height={300} label="district" testId="chart-district" onClick={(c) => rows[c.dataIndex] && onPick(rows[c.dataIndex].key)} />;
}

function UnitRates({ items, loading, t, onPick, onUnsatisfied }: { items: RankingRow[]; loading: boolean; t: Tr; onPick: (id: string) => void; onUnsatisfied: (id: string) => void }) {
  const { lang } = useLang();
  // Ranked first (rank ascending, ties shown by volume), then the unranked: the server's order.
  const ranked = items;
  const charted = useMemo(() => ranked.filter((i) => i.volume > 0).slice(0, 12), [ranked]);
  const option = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'axis', valueFormatter: (v) => (v == null ? '—' : `${v}%`) },
      legend: { top: 0 },
      // containLabel: the grid grows to fit the unit names (rotated, they ran off the bottom); a
      // name longer than its slot is cut with … and the tooltip gives it whole.
      grid: { left: 48, right: 16, top: 36, bottom: 8, containLabel: true },
      xAxis: {
        type: 'category',
        data: charted.map((r) => (r.ranked ? r.name : `${r.name}（${t(r.reason ?? 'insufficient_sample')}）`)),
        axisLabel: { interval: 0, rotate: charted.length > 5 ? 30 : 0, width: charted.length > 5 ? 120 : 900 / Math.max(1, charted.length), overflow: 'truncate' },
      },
      yAxis: { type: 'value', min: 0, max: 100, name: '%' },
      series: [
        { name: t('response'), type: 'bar', data: charted.map((r) => pctNumber(r.measures.response_rate)), barMaxWidth: 18 },
        { name: t('resolution'), type: 'bar', data: charted.map((r) => pctNumber(r.measures.resolution_rate)), barMaxWidth: 18 },
        { name: t('satisfaction'), type: 'bar', data: charted.map((r) => pctNumber(r.measures.satisfaction_rate)), barMaxWidth: 18 },
      ],
    }),
    [charted, t],
  );
  if (loading && !ranked.length) return null;
  if (!ranked.length) return <p className="muted empty">{t('noData')}</p>;
  return (
    <>
      {charted.length > 0 && <Chart option={option} height={300} label={t('units')} testId="chart-units" onClick={(c) => charted[c.dataIndex] && onPick(String(charted[c.dataIndex].unitId))} />}
      <table className="dash-units" data-testid="unit-rates">
        <thead>
          <tr>
            <th>{t('rank')}</th>
            <th>{t('unit')}</th>
            <th className="num">{t('volume')}</th>
            <th className="num">{t('response')}</th>
            <th className="num">{t('resolution')}</th>
            <th className="num">{t('satisfaction')}</th>
            <th className="num">{t('onTime')}</th>
            <th className="num">{t('returnRate')}</th>
            <th className="num">{t('hours')}</th>
            <th className="num">{t('score')}</th>
            <th className="num">{t('unsatisfied')}</th>
          </tr>
        </thead>
        <tbody>
          {ranked.map((u) => {
            const m = u.measures;
            const unsatisfied = m.satisfaction_rate.denominator - m.satisfaction_rate.numerator;
            return (
              <tr key={u.unitId} data-unit={u.name} data-ranked={u.ranked} className={u.ranked ? undefined : 'dash-unranked'} title={u.ranked ? undefined : t(u.reason ?? 'insufficient_sample')}>
                <td className="mono" data-testid="rank">
                  {u.ranked ? u.rank : <span className="badge dash-unranked-note">{t(u.reason ?? 'insufficient_sample')}</span>}
                </td>
                <td>
                  <button type="button" className="link" onClick={() => onPick(String(u.unitId))}>
                    {u.name}
                  </button>
                </td>
                <td className="num mono">{m.volume}</td>
                <td className={`num mono ${scoreClass(m.response_rate.rate)}`} title={`${m.response_rate.numerator}/${m.response_rate.denominator}`} data-measure="response">{pct(m.response_rate)}</td>
                <td className={`num mono ${scoreClass(m.resolution_rate.rate)}`} title={`${m.resolution_rate.numerator}/${m.resolution_rate.denominator}`} data-measure="resolution">{pct(m.resolution_rate)}</td>
                <td className={`num mono ${scoreClass(m.satisfaction_rate.rate)}`} title={`${m.satisfaction_rate.numerator}/${m.satisfaction_rate.denominator}`} data-measure="satisfaction">{pct(m.satisfaction_rate)}</td>
                <td className="num mono">{pct(m.on_time_close_rate)}</td>
                <td className="num mono">{pct(m.return_rate)}</td>
                <td className="num">{m.average_handling_hours == null ? '—' : formatSpan(m.average_handling_hours * 3_600_000, lang)}</td>
                <td className="num mono score">{u.score ?? '—'}</td>
                <td className="num">
                  {unsatisfied > 0 ? (
                    <button type="button" className="link" onClick={() => onUnsatisfied(String(u.unitId))}>
                      {unsatisfied}
                    </button>
                  ) : (
                    <span className="muted">0</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
