// 漏接回拨 — the missed-call callback queue: every abandoned call from a known number, oldest
// first, with how long until (or since) its callback is due. Enter starts the callback: the full
// number to dial appears (logged). Then r: reached — register a ticket on the intake screen
// (pre-filled with the number; the callback is recorded with the ticket) or record the direct
// answer; u: not reached (the task closes after the last allowed attempt).

import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { api, ok } from '../api/client';
import type { paths } from '../api/schema';
import type { Json } from '../api/types';
import { ErrorBanner, Loading, useAsync, useNow } from '../components';
import { useHotkeys } from '../hotkeys';
import { useKeyHelp } from '../keyhelp';
import { messages, useLang, useT } from '../i18n';
import { useLive } from '../live';
import { useUser } from '../session';
import { formatDateTime, formatRemaining } from '../time';
import './queues.css';
import './missed-calls.css';

type Task = Json<paths['/api/v1/calls/missed']['get']['responses'][200]>['items'][number];
type Started = Json<paths['/api/v1/calls/{callId}/callback/start']['post']['responses'][200]>;

/** Who may register a ticket (the intake screen); a callback agent records a direct answer instead. */
const REGISTERS = new Set(['agent', 'dispatcher', 'admin']);

const M = messages(
  {
    title: '漏接回拨', queue: '待回拨的漏接来电', empty: '没有待回拨的漏接来电', at: '漏接时间', phone: '号码', line: '热线', calls: '来电次数',
    attempts: '已回拨', due: '回拨时限', pick: '选择左侧的漏接来电', start: '开始回拨', startHint: '显示完整号码（将被记录）',
    dial: '请拨打', reached: '接通', unreachable: '未接通', register: '到受理页登记工单', answer: '直接答复', answerText: '答复内容',
    save: '保存答复', note: '备注（可不填）', timesMissed: '{n} 次', attemptsOf: '{n}/{max}', lastNote: '上次回拨：{note}',
    kMove: '上/下一条', kStart: '开始回拨', kReached: '接通', kUnreachable: '未接通', kSave: '保存答复',
    done: '已登记：{what}', closedReached: '回拨接通', closedUnreachable: '多次未接通，已关闭', stillOpen: '未接通（第 {n} 次）',
  },
  {
    title: 'Missed calls', queue: 'Missed calls to call back', empty: 'No missed call waiting', at: 'Missed', phone: 'Number', line: 'Line', calls: 'Calls',
    attempts: 'Attempts', due: 'Call back by', pick: 'Pick a missed call on the left', start: 'Start callback', startHint: 'shows the full number (logged)',
    dial: 'Dial', reached: 'Reached', unreachable: 'Not reached', register: 'Register a ticket on the intake screen', answer: 'Direct answer', answerText: 'Answer given',
    save: 'Save answer', note: 'Note (optional)', timesMissed: '{n}×', attemptsOf: '{n}/{max}', lastNote: 'Last attempt: {note}',
    kMove: 'next/previous', kStart: 'start callback', kReached: 'reached', kUnreachable: 'not reached', kSave: 'save answer',
    done: 'Recorded: {what}', closedReached: 'reached', closedUnreachable: 'closed after the last attempt', stillOpen: 'not reached (attempt {n})',
  },
);

export default function MissedCalls() {
  const t = useT(M);
  const { lang } = useLang();
  const user = useUser();
  const now = useNow(15_000);
  const q = useAsync(() => ok(api.GET('/api/v1/calls/missed')), []);
  const [cursor, setCursor] = useState(0);
  const [started, setStarted] = useState<Started | null>(null);
  const [mode, setMode] = useState<'reached' | null>(null);
  const [answer, setAnswer] = useState('');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [flash, setFlash] = useState<string | null>(null);
  const answerRef = useRef<HTMLTextAreaElement>(null);
  const items = q.data?.items ?? [];
  const x: Task | undefined = items[Math.min(cursor, Math.max(items.length - 1, 0))];

  useLive((c) => {
    if (c.kind === 'resync' || (c.kind === 'floor' && c.what === 'missed_call')) q.reload();
  });
  useEffect(() => setCursor((c) => Math.min(c, Math.max(items.length - 1, 0))), [items.length]);
  // Another task selected: what was shown for the last one goes.
  useEffect(() => {
    if (started && started.callId !== x?.callId) {
      setStarted(null);
      setMode(null);
    }
  }, [x?.callId, started]);
  useEffect(() => {
    if (mode === 'reached') setTimeout(() => answerRef.current?.focus(), 0);
  }, [mode]);

  const work = async (fn: () => Promise<void>) => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await fn();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const start = () =>
    x &&
    work(async () => {
      setFlash(null);
      setStarted(await ok(api.POST('/api/v1/calls/{callId}/callback/start', { params: { path: { callId: x.callId } } })));
    });
  const record = (body: { outcome: 'reached' | 'unreachable'; note?: string | null }) =>
    x &&
    work(async () => {
      const r = await ok(api.POST('/api/v1/calls/{callId}/callback', { params: { path: { callId: x.callId } }, body }));
      setFlash(`${r.phone} · ${t('done', { what: r.state === 'reached' ? t('closedReached') : r.state === 'unreachable' ? t('closedUnreachable') : t('stillOpen', { n: r.attempts }) })}`);
      setStarted(null);
      setMode(null);
      setAnswer('');
      setNote('');
      q.reload();
    });

  useKeyHelp(['missed.move', 'missed.start', 'missed.reached', 'missed.unreachable', 'missed.save', 'missed.cancel']);
  useHotkeys({
    j: () => setCursor((c) => Math.min(c + 1, items.length - 1)),
    arrowdown: () => setCursor((c) => Math.min(c + 1, items.length - 1)),
    k: () => setCursor((c) => Math.max(c - 1, 0)),
    arrowup: () => setCursor((c) => Math.max(c - 1, 0)),
    // Once started, Enter is left to the focused link or button (the intake link, a choice).
    ...(started ? {} : { enter: () => void start() }),
    r: () => started && setMode('reached'),
    u: () => started && void record({ outcome: 'unreachable', note: note.trim() || null }),
    'ctrl+enter': () => mode === 'reached' && answer.trim() && void record({ outcome: 'reached', note: answer.trim() }),
    escape: () => setMode(null),
  });

  const due = (it: Task) => {
    const overdue = Date.parse(it.dueBy) <= now;
    return (
      <span className={`deadline deadline-${overdue ? 'overdue' : 'ok'}`} title={formatDateTime(it.dueBy)} data-state={overdue ? 'overdue' : 'ok'}>
        {formatRemaining(it.dueBy, lang, now)}
      </span>
    );
  };

  return (
    <div data-testid="missed-page">
      <div className="page-head">
        <h1>{t('title')}</h1>
        <p className="key-hints muted small">
          {(
            [
              ['j/k ↑↓', t('kMove')],
              ['Enter', t('kStart')],
              ['r', t('kReached')],
              ['u', t('kUnreachable')],
              ['Ctrl+Enter', t('kSave')],
            ] as const
          ).map(([k, v]) => (
            <span key={k}>
              <kbd>{k}</kbd> {v}
            </span>
          ))}
        </p>
      </div>
      {flash && (
        <p className="success" role="status" data-testid="missed-flash">
          {flash}
        </p>
      )}
      <ErrorBanner error={q.error ?? error} onRetry={q.error ? q.reload : undefined} />
      <div className="split">
        <div className="card">
          {q.loading && !q.data ? (
            <Loading />
          ) : !items.length ? (
            <p className="muted empty">{t('empty')}</p>
          ) : (
            <table className="queue" aria-label={t('queue')} data-testid="missed-table">
              <thead>
                <tr>
                  <th>{t('at')}</th>
                  <th>{t('phone')}</th>
                  <th>{t('line')}</th>
                  <th>{t('calls')}</th>
                  <th>{t('attempts')}</th>
                  <th>{t('due')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((it, i) => (
                  <tr key={it.callId} className={it === x ? 'cursor' : ''} aria-selected={it === x} onClick={() => setCursor(i)} data-call={it.callId}>
                    <td className="mono">{formatDateTime(it.at)}</td>
                    <td className="mono">{it.phone}</td>
                    <td>{it.line ?? '—'}</td>
                    <td>{t('timesMissed', { n: it.calls })}</td>
                    <td>{t('attemptsOf', { n: it.attempts, max: it.maxAttempts })}</td>
                    <td>{due(it)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
        <aside className="card pane" data-testid="missed-pane">
          {!x ? (
            <p className="muted">{t('pick')}</p>
          ) : (
            <>
              <h2 className="mono">{x.phone}</h2>
              <p className="muted small">
                {formatDateTime(x.at)} · {t('timesMissed', { n: x.calls })} · {t('due')} {due(x)}
              </p>
              {x.lastNote && <p className="small">{t('lastNote', { note: x.lastNote })}</p>}
              {!started ? (
                <button type="button" className="primary" onClick={() => void start()} disabled={busy}>
                  {t('start')} <kbd>Enter</kbd> <span className="small">（{t('startHint')}）</span>
                </button>
              ) : (
                <>
                  <p className="dial">
                    {t('dial')} <span className="dial-number mono" data-testid="dial-number">{started.phone}</span>
                  </p>
                  {mode !== 'reached' ? (
                    <>
                      <label>
                        {t('note')}
                        <input name="note" value={note} onChange={(e) => setNote(e.target.value)} maxLength={2000} />
                      </label>
                      <div className="row buttons">
                        <button type="button" className="primary" onClick={() => setMode('reached')} disabled={busy}>
                          {t('reached')} <kbd>r</kbd>
                        </button>
                        <button type="button" onClick={() => void record({ outcome: 'unreachable', note: note.trim() || null })} disabled={busy}>
                          {t('unreachable')} <kbd>u</kbd>
                        </button>
                      </div>
                    </>
                  ) : (
                    <section className="panel" data-testid="reached-pane">
                      {REGISTERS.has(user.role) && (
                        <p>
                          <Link to={`/intake?phone=${encodeURIComponent(started.phone)}&missedCall=${encodeURIComponent(started.callId)}`} data-testid="register-link">
                            {t('register')} →
                          </Link>
                        </p>
                      )}
                      <label>
                        {t('answer')}：{t('answerText')}
                        <textarea ref={answerRef} name="answer" value={answer} onChange={(e) => setAnswer(e.target.value)} maxLength={2000} />
                      </label>
                      <div className="row buttons">
                        <button type="button" className="primary" disabled={busy || !answer.trim()} onClick={() => void record({ outcome: 'reached', note: answer.trim() })}>
                          {t('save')} <kbd>Ctrl+Enter</kbd>
                        </button>
                      </div>
                    </section>
                  )}
                </>
              )}
            </>
          )}
        </aside>
      </div>
    </div>
  );
}
