// 话务大屏 — the wallboard for the floor supervisor, to read from across the room: calls waiting
// and the longest wait, today's 接通率 and 15-second rate against their targets, missed calls not
// yet called back, tickets registered today, and every signed-in agent by state. Full screen,
// no scrolling at 1920×1080, no mouse or keyboard needed: it follows the live stream (floor
// changes) and re-polls every few seconds as a fallback.

import { useCallback, useEffect, useRef, useState } from 'react';
import { Navigate, useNavigate } from 'react-router';
import { api, ok } from '../api/client';
import type { paths } from '../api/schema';
import type { Json } from '../api/types';
import { elapsed } from '../components/AgentState';
import { useNow } from '../components';
import { useHotkeys } from '../hotkeys';
import { useKeyHelp } from '../keyhelp';
import { messages, useT } from '../i18n';
import { useLive } from '../live';
import { useSession } from '../session';
import './wallboard.css';

type Floor = Json<paths['/api/v1/calls/floor']['get']['responses'][200]>;
type Measures = Json<paths['/api/v1/calls/measures']['get']['responses'][200]>;

const ROLES = new Set(['supervisor', 'admin', 'analyst']);
const POLL_MS = 5_000;
const STATES = ['ready', 'busy', 'on_call', 'after_call'] as const;
/** At most this many agent cards fit under the figures at 1920×1080; the rest are counted. */
const MAX_CARDS = 24;

const M = messages(
  {
    title: '12345 话务大屏', waiting: '排队等待', longest: '最长等待', answerRate: '今日接通率', withinRate: '15 秒接通率', target: '目标',
    missed: '未回拨漏接', oldest: '最早', overdue: '超时', offered: '今日呼入', answered: '接通', abandoned: '放弃', tickets: '今日工单', phone: '电话',
    agents: '坐席', ready: '示闲', busy: '示忙', on_call: '通话中', after_call: '话后', none: '暂无坐席签入', more: '另有 {n} 位',
    stale: '数据更新中断', forbidden: '大屏仅供督办员、分析员和管理员查看', noRate: '—',
  },
  {
    title: '12345 Call floor', waiting: 'Waiting', longest: 'Longest wait', answerRate: 'Answer rate today', withinRate: 'Answered in 15 s', target: 'target',
    missed: 'Missed, not called back', oldest: 'oldest', overdue: 'overdue', offered: 'Offered', answered: 'Answered', abandoned: 'Abandoned', tickets: 'Tickets today', phone: 'by phone',
    agents: 'Agents', ready: 'Ready', busy: 'Busy', on_call: 'On a call', after_call: 'After-call', none: 'No agent signed in', more: '{n} more',
    stale: 'Updates interrupted', forbidden: 'The wallboard is for supervisors, analysts and admins', noRate: '—',
  },
);

const pct = (r: number | null | undefined) => (r == null ? null : `${(Math.round(r * 1000) / 10).toFixed(1)}%`);
const clock = (iso: string) => new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hour12: false }).format(new Date(iso));
const mmss = (s: number) => `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;

export default function Wallboard() {
  const { user } = useSession();
  if (!user) return <Navigate to="/login?next=%2Fwallboard" replace />;
  return <Board role={user.role} />;
}

function Board({ role }: { role: string }) {
  const t = useT(M);
  const navigate = useNavigate();
  const now = useNow(1000);
  const [floor, setFloor] = useState<{ data: Floor; at: number } | null>(null);
  const [measures, setMeasures] = useState<Measures | null>(null);
  const [failed, setFailed] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const allowed = ROLES.has(role);

  const load = useCallback(() => {
    Promise.all([ok(api.GET('/api/v1/calls/floor')), ok(api.GET('/api/v1/calls/measures'))]).then(
      ([f, m]) => {
        setFloor({ data: f, at: Date.now() });
        setMeasures(m);
        setFailed(false);
      },
      () => setFailed(true),
    );
  }, []);
  useEffect(() => {
    if (!allowed) return;
    load();
    const id = setInterval(load, POLL_MS);
    return () => clearInterval(id);
  }, [allowed, load]);
  // A burst of changes (a busy minute on the floor) is one reload.
  useLive((c) => {
    if (!allowed || (c.kind !== 'floor' && c.kind !== 'resync')) return;
    if (timer.current) return;
    timer.current = setTimeout(() => {
      timer.current = null;
      load();
    }, 300);
  });
  useKeyHelp(['wallboard.leave']);
  useHotkeys({ escape: () => navigate('/') });

  if (!allowed) return <main className="wallboard"><p className="wb-forbidden">{t('forbidden')}</p></main>;
  if (!floor) return <main className="wallboard" data-testid="wallboard" />;
  const f = floor.data;
  // Server time plus what has passed here since it answered (the PC's clock may be off).
  const serverNow = Date.parse(f.at) + (now - floor.at);
  const longest = f.waiting.longestWaitSeconds == null ? null : f.waiting.longestWaitSeconds + Math.floor((now - floor.at) / 1000);
  const rateTile = (key: 'answerRate' | 'withinRate', value: number | null | undefined, target: number) => {
    const state = value == null ? 'none' : value >= target ? 'good' : 'bad';
    return (
      <section className={`wb-tile wb-${state}`} data-testid={`wb-${key}`}>
        <h2>{t(key)}</h2>
        <p className="wb-big">{pct(value) ?? t('noRate')}</p>
        <p className="wb-sub">
          {t('target')} {pct(target)}
        </p>
      </section>
    );
  };
  const cards = f.agents.items.slice(0, MAX_CARDS);
  return (
    <main className="wallboard" data-testid="wallboard" lang="zh-CN">
      <header className="wb-head">
        <h1>{t('title')}</h1>
        <span className={`wb-live ${failed ? 'wb-stale' : ''}`}>{failed ? t('stale') : '●'}</span>
        <span className="wb-clock mono">
          {f.day} {clock(new Date(serverNow).toISOString())}
        </span>
      </header>
      <div className="wb-figures">
        <section className={`wb-tile ${f.waiting.count > 0 ? 'wb-warn' : ''}`} data-testid="wb-waiting">
          <h2>{t('waiting')}</h2>
          <p className="wb-big">{f.waiting.count}</p>
          <p className="wb-sub">
            {t('longest')} {longest == null ? '—' : mmss(longest)}
          </p>
        </section>
        {rateTile('answerRate', measures?.answerRate, f.targets.answerRate)}
        {rateTile('withinRate', measures?.within15sRate, f.targets.withinRate)}
        <section className={`wb-tile ${f.missed.overdue > 0 ? 'wb-bad' : f.missed.open > 0 ? 'wb-warn' : ''}`} data-testid="wb-missed">
          <h2>{t('missed')}</h2>
          <p className="wb-big">{f.missed.open}</p>
          <p className="wb-sub">
            {f.missed.oldestAt ? `${t('oldest')} ${clock(f.missed.oldestAt)}` : '—'}
            {f.missed.overdue > 0 && ` · ${t('overdue')} ${f.missed.overdue}`}
          </p>
        </section>
      </div>
      <div className="wb-strip">
        <p data-testid="wb-offered">
          {t('offered')} <b>{measures?.offered ?? '—'}</b>
        </p>
        <p>
          {t('answered')} <b>{measures?.answered ?? '—'}</b>
        </p>
        <p>
          {t('abandoned')} <b>{measures?.abandoned ?? '—'}</b>
        </p>
        <p data-testid="wb-tickets">
          {t('tickets')} <b>{f.tickets.today}</b> <span className="wb-sub">
            （{t('phone')} {f.tickets.phoneToday}）
          </span>
        </p>
      </div>
      <section className="wb-agents" data-testid="wb-agents">
        <div className="wb-counts">
          <h2>
            {t('agents')} {f.agents.signedIn}
          </h2>
          {STATES.map((s) => (
            <p key={s} className={`wb-count wb-state-${s}`} data-testid={`wb-count-${s}`}>
              {t(s)} <b>{f.agents.counts[s]}</b>
            </p>
          ))}
        </div>
        {cards.length === 0 ? (
          <p className="wb-sub">{t('none')}</p>
        ) : (
          <ul className="wb-cards">
            {cards.map((a) => (
              <li key={a.userId} className={`wb-card wb-state-${a.state}`}>
                <span className="wb-name">{a.name}</span>
                <span className="wb-ext mono">{a.extension ?? ''}</span>
                <span className="wb-what">
                  {t(a.state)}
                  {a.state === 'busy' && a.reason ? `·${a.reason}` : ''} <span className="mono">{elapsed(a.since, serverNow)}</span>
                </span>
              </li>
            ))}
            {f.agents.items.length > cards.length && <li className="wb-card wb-more">{t('more', { n: f.agents.items.length - cards.length })}</li>}
          </ul>
        )}
      </section>
    </main>
  );
}
