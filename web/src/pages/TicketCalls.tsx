// 通话 on the ticket page: the calls the ticket was registered or handled on, with who took each,
// how long it lasted, its recording (played in place) and the caller's post-call rating, and the
// hand-offs made on them (一键转接 / 三方通话) with the result the telephony reported. Numbers are
// masked by the server; analysts have no access to recordings and see no section.

import { useEffect, useState } from 'react';
import { api, ok } from '../api/client';
import { ErrorBanner } from '../components';
import { CallerProfileLink } from '../components/CallerProfileLink';
import { messages, useT } from '../i18n';
import { formatDateTime } from '../time';

const M = messages(
  {
    title: '通话', none: '没有关联的通话', agent: '坐席', duration: '通话 {d}', recording: '录音', noRecording: '无录音',
    handoffs: '转接与三方通话', transfer: '一键转接', conference: '三方通话', pending: '发送中', sent: '已发送，等待结果', connected: '已接通', failed: '失败',
    queued: '排队中', ringing: '振铃', answered: '通话中', ended: '已结束',
  },
  {
    title: 'Calls', none: 'No calls linked', agent: 'Agent', duration: 'talked {d}', recording: 'Recording', noRecording: 'no recording',
    handoffs: 'Transfers and three-party calls', transfer: 'transfer', conference: 'three-party call', pending: 'sending', sent: 'sent, waiting for the result', connected: 'connected', failed: 'failed',
    queued: 'queued', ringing: 'ringing', answered: 'on the line', ended: 'ended',
  },
);

const mmss = (s: number) => `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;

type Calls = Awaited<ReturnType<typeof loadCalls>>;
type Handoffs = Awaited<ReturnType<typeof loadHandoffs>>;
const loadCalls = (id: number) => ok(api.GET('/api/v1/tickets/{id}/calls', { params: { path: { id: String(id) } } }));
const loadHandoffs = (id: number) => ok(api.GET('/api/v1/tickets/{id}/handoffs', { params: { path: { id: String(id) } } }));

export function TicketCalls({ ticketId, version }: { ticketId: number; version: number }) {
  const t = useT(M);
  const [data, setData] = useState<{ calls: Calls; handoffs: Handoffs } | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let live = true;
    Promise.all([loadCalls(ticketId), loadHandoffs(ticketId)]).then(
      ([calls, handoffs]) => live && (setData({ calls, handoffs }), setError(null)),
      (e) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [ticketId, version]);
  // A ticket with no call (web, app, letter …) has no section at all.
  if (!error && (!data || data.calls.items.length === 0)) return null;
  return (
    <section className="card" aria-labelledby="calls-title" data-testid="ticket-calls">
      <h2 id="calls-title">{t('title')}</h2>
      <ErrorBanner error={error} />
      {data && (
        <ol className="timeline">
          {data.calls.items.map((c) => (
            <li key={c.callId} data-call={c.callId}>
              <span className="when mono">{formatDateTime(c.answeredAt ?? c.ringingAt ?? c.endedAt ?? '')}</span>{' '}
              <span className="who">{c.phone ?? '—'}</span>{' '}
              {c.phone && <CallerProfileLink of={{ callId: c.callId }} />}{' '}
              <strong className="what">
                {t('agent')} {c.agent.name ?? '—'}
                {c.extension ? ` · ${c.extension}` : ''}
              </strong>{' '}
              <span className="badge">{t(c.state)}</span>
              {c.durationSeconds != null && <span className="muted small"> {t('duration', { d: mmss(c.durationSeconds) })}</span>}
              <div>
                {c.recordingUrl ? (
                  <audio controls preload="none" src={c.recordingUrl} aria-label={`${t('recording')} ${c.callId}`} />
                ) : (
                  <span className="muted small">{t('noRecording')}</span>
                )}
              </div>
              {data.handoffs.items
                .filter((h) => h.callId === c.callId)
                .map((h) => (
                  <div key={h.requestId} className="small" data-testid="ticket-handoff">
                    {t(h.mode)} → {h.targetLabel ?? h.target} <span className={`badge${h.status === 'failed' ? ' alert' : ''}`}>{t(h.status)}</span>
                    {h.detail && <span className="muted"> {h.detail}</span>} <span className="muted mono">{formatDateTime(h.requestedAt)}</span>
                  </div>
                ))}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
