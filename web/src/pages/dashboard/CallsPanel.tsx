// 话务: the floor's figures on the dashboard — today's 接通率 and 人工应答及时率 against their
// targets, today's calls by hour (ECharts), and the agents' figures over the dashboard's period.
// Shown to the roles that may read them (supervisor, analyst, admin); others get no panel.

import { useMemo } from 'react';
import { api, ok } from '../../api/client';
import type { paths } from '../../api/schema';
import type { Json } from '../../api/types';
import { ErrorBanner, Loading, useAsync } from '../../components';
import { useSession } from '../../session';
import { messages, useT } from '../../i18n';
import { shanghaiDate } from '../../time';
import { Chart, PALETTE, type ChartOption } from './Chart';

type Measures = Json<paths['/api/v1/calls/measures']['get']['responses'][200]>;
type Breakdown = Json<paths['/api/v1/calls/measures/breakdown']['get']['responses'][200]>;
type Row = Breakdown['items'][number];

const M = messages(
  {
    title: '话务', today: '今日', offered: '呼入', answered: '接通', abandoned: '放弃', answerRate: '接通率', within: '{n} 秒应答及时率',
    target: '目标 {v}', wait: '平均等待', p90: '90% 等待', talk: '平均通话', wrapUp: '平均话后', callback: '漏接回拨率', missed: '需回拨 {n}',
    byHour: '今日各时段来电', agents: '坐席话务（{from} 至 {to}）', agent: '坐席', seconds: '{n} 秒', none: '该区间没有来电',
    shortNote: '接通率不计 {n} 秒内挂断的短时放弃；应答及时率为 {m} 秒内接通占接通量。',
    qa: '质检均分', qaN: '{s}（{n} 通）', ivr: '按键满意率', ivrN: '{r}（{n} 次）',
  },
  {
    title: 'Calls', today: 'Today', offered: 'Offered', answered: 'Answered', abandoned: 'Abandoned', answerRate: 'Answer rate', within: 'Answered within {n} s',
    target: 'target {v}', wait: 'Avg. wait', p90: '90th pct. wait', talk: 'Avg. talk', wrapUp: 'Avg. after-call', callback: 'Callback rate', missed: '{n} to call back',
    byHour: 'Today by hour', agents: 'Agents ({from} to {to})', agent: 'Agent', seconds: '{n} s', none: 'No calls in this period',
    shortNote: 'The answer rate leaves out callers who hung up within {n} s; answered in time is over answered calls ({m} s).',
    qa: 'QA score', qaN: '{s} ({n} calls)', ivr: 'IVR satisfied', ivrN: '{r} ({n} ratings)',
  },
);

const pct = (r: number | null | undefined) => (r == null ? '—' : `${(r * 100).toFixed(1)}%`);
const cls = (r: number | null | undefined, target: number) => (r == null ? '' : r >= target ? 'score-good' : r >= target - 0.1 ? 'score-fair' : 'score-poor');

/** The roles GET /calls/measures answers (src/api/call-measures.ts CALL_MEASURE_ROLES). */
const FLOOR_ROLES = ['supervisor', 'analyst', 'admin'];

export function CallsPanel(props: { from: string; to: string; tick: number }) {
  const { user } = useSession();
  // Other roles may open the dashboard too: they get no panel and no refused request.
  return user && FLOOR_ROLES.includes(user.role) ? <Panel {...props} /> : null;
}

function Panel({ from, to, tick }: { from: string; to: string; tick: number }) {
  const t = useT(M);
  const today = shanghaiDate();
  const data = useAsync(async () => {
    // The totals first: they bring the rollup up to date for the two reads after them.
    const day = await ok(api.GET('/api/v1/calls/measures', { params: { query: { from: today, to: today } } }));
    const [hours, agents] = await Promise.all([
      ok(api.GET('/api/v1/calls/measures/breakdown', { params: { query: { from: today, to: today, by: 'hour' } } })),
      ok(api.GET('/api/v1/calls/measures/breakdown', { params: { query: { from, to, by: 'agent' } } })),
    ]);
    return { day: day as Measures, hours: hours as Breakdown, agents: agents as Breakdown };
  }, [from, to, today, tick]);
  const d = data.data;
  return (
    <section className="card" data-testid="calls-panel" aria-label={t('title')}>
      <h2>
        {t('title')} <span className="muted">（{t('today')} {today}）</span>
      </h2>
      <ErrorBanner error={data.error} onRetry={data.reload} />
      {!d && !data.error && <Loading />}
      {d && (
        <>
          <div className="dash-kpis">
            <div className={`dash-kpi ${cls(d.day.answerRate, d.day.answerRateTarget)}`}>
              <span className="dash-kpi-label">{t('answerRate')}</span>
              <span className="dash-kpi-value" data-testid="kpi-call-answer-rate">{pct(d.day.answerRate)}</span>
              <span className="dash-kpi-sub muted">{t('target', { v: pct(d.day.answerRateTarget) })}</span>
            </div>
            <div className={`dash-kpi ${cls(d.day.within15sRate, d.day.withinRateTarget)}`}>
              <span className="dash-kpi-label">{t('within', { n: d.day.answerWithinSeconds })}</span>
              <span className="dash-kpi-value" data-testid="kpi-call-within">{pct(d.day.within15sRate)}</span>
              <span className="dash-kpi-sub muted">{t('target', { v: pct(d.day.withinRateTarget) })}</span>
            </div>
            <div className="dash-kpi">
              <span className="dash-kpi-label">{t('offered')}</span>
              <span className="dash-kpi-value" data-testid="kpi-call-offered">{d.day.offered}</span>
              <span className="dash-kpi-sub muted">
                {t('answered')} {d.day.answered} · {t('abandoned')} {d.day.abandoned}
              </span>
            </div>
            <div className="dash-kpi">
              <span className="dash-kpi-label">{t('wait')}</span>
              <span className="dash-kpi-value">{d.day.averageWaitSeconds == null ? '—' : t('seconds', { n: d.day.averageWaitSeconds })}</span>
              <span className="dash-kpi-sub muted">
                {t('p90')} {d.day.p90WaitSeconds == null ? '—' : t('seconds', { n: d.day.p90WaitSeconds })}
              </span>
            </div>
            <div className="dash-kpi">
              <span className="dash-kpi-label">{t('callback')}</span>
              <span className="dash-kpi-value">{pct(d.day.callbackRate)}</span>
              <span className="dash-kpi-sub muted">{t('missed', { n: d.day.missed })}</span>
            </div>
          </div>
          <p className="muted dash-hint">{t('shortNote', { n: d.day.shortAbandonSeconds, m: d.day.answerWithinSeconds })}</p>
          <HourChart rows={d.hours.items} labels={{ answered: t('answered'), abandoned: t('abandoned'), rate: t('answerRate') }} title={t('byHour')} />
          <h3>{t('agents', { from, to })}</h3>
          {d.agents.items.length === 0 ? (
            <p className="muted empty">{t('none')}</p>
          ) : (
            <table className="tickets" data-testid="calls-agents">
              <thead>
                <tr>
                  <th>{t('agent')}</th>
                  <th>{t('offered')}</th>
                  <th>{t('answered')}</th>
                  <th>{t('within', { n: d.agents.answerWithinSeconds })}</th>
                  <th>{t('wait')}</th>
                  <th>{t('talk')}</th>
                  <th>{t('wrapUp')}</th>
                  <th>{t('qa')}</th>
                  <th>{t('ivr')}</th>
                </tr>
              </thead>
              <tbody>
                {d.agents.items.map((r) => (
                  <tr key={r.key}>
                    <td>{r.name}</td>
                    <td className="mono">{r.offered}</td>
                    <td className="mono">{r.answered}</td>
                    <td className="mono">{pct(r.within15sRate)}</td>
                    <td className="mono">{r.averageWaitSeconds == null ? '—' : t('seconds', { n: r.averageWaitSeconds })}</td>
                    <td className="mono">{r.averageTalkSeconds == null ? '—' : t('seconds', { n: r.averageTalkSeconds })}</td>
                    <td className="mono">{r.averageWrapUpSeconds == null ? '—' : t('seconds', { n: r.averageWrapUpSeconds })}</td>
                    <td className="mono" data-testid="agent-qa">{r.quality?.qaAverageScore == null ? '—' : t('qaN', { s: r.quality.qaAverageScore, n: r.quality.qaReviews })}</td>
                    <td className="mono">{r.quality?.ivrRatings ? t('ivrN', { r: pct(r.quality.ivrSatisfiedRate), n: r.quality.ivrRatings }) : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}

function HourChart({ rows, labels, title }: { rows: Row[]; labels: Record<'answered' | 'abandoned' | 'rate', string>; title: string }) {
  const option = useMemo<ChartOption>(
    () => ({
      color: PALETTE,
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 40, right: 48, top: 32, bottom: 24 },
      xAxis: { type: 'category', data: rows.map((r) => r.name.slice(0, 2)) },
      yAxis: [
        { type: 'value', minInterval: 1 },
        { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
      ],
      series: [
        { name: labels.answered, type: 'bar', stack: 'calls', data: rows.map((r) => r.answered) },
        { name: labels.abandoned, type: 'bar', stack: 'calls', data: rows.map((r) => r.abandoned), itemStyle: { color: '#cf222e' } },
        { name: labels.rate, type: 'line', yAxisIndex: 1, connectNulls: true, data: rows.map((r) => (r.answerRate == null ? null : Math.round(r.answerRate * 1000) / 10)) },
      ],
    }),
    [rows, labels],
  );
  return <Chart option={option} height={260} label={title} testId="chart-calls-hour" />;
}
