// 110 联动 on the ticket page: for a ticket transferred to 110/119/120/122, 110's record id
// (警情编号), where the hand-off stands (警单 sending, sent and waiting, received, dispatched,
// handled; failed), by when 110 should have acknowledged and whether the centre was alerted, and
// 110's reports (the timeline has them too); for a ticket 110 handed over (非警务警情), its record
// id and whether our result has reached 110. Refetched when the ticket's version moves, so a
// report from 110 shows at once (the page updates live).

import { useEffect, useState } from 'react';
import { api, ok } from '../api/client';
import { ErrorBanner } from '../components';
import { messages, useT } from '../i18n';
import { formatDateTime } from '../time';

const M = messages(
  {
    title: '110 联动', out: '转 {service}', in: '110 移交（非警务警情）', record: '警情编号', noRecord: '待 110 确认', state: '状态', ackDue: '应确认时间',
    alerted: '超时未确认，已于 {at} 提醒中心', message: '{kind}：{status}（第 {n} 次发送）', transfer: '警单', result: '办理结果',
    pending: '待发送', delivered: '已送达', dead: '发送失败', lastError: '最近错误：{e}', feedback: '110 反馈',
    s_pending: '警单待发送', s_sent: '已发送，待 110 确认', s_received: '110 已接收', s_dispatched: '110 已派警', s_handled: '110 已处置', s_failed: '警单发送失败',
    s_open: '办理中（办结后结果推送 110）', s_closed: '已办结，结果推送 110',
  },
  {
    title: '110 interop', out: 'Transferred to {service}', in: 'Handed over by 110 (non-police matter)', record: '110 record id', noRecord: 'awaiting 110', state: 'State', ackDue: 'Acknowledge by',
    alerted: 'Not acknowledged in time: the centre was alerted at {at}', message: '{kind}: {status} (try {n})', transfer: 'Dispatch order', result: 'Result',
    pending: 'waiting', delivered: 'delivered', dead: 'failed', lastError: 'last error: {e}', feedback: 'Reports from 110',
    s_pending: 'dispatch order waiting to be sent', s_sent: 'sent, awaiting 110', s_received: 'received by 110', s_dispatched: 'police dispatched', s_handled: 'handled by 110', s_failed: 'dispatch order failed',
    s_open: 'being handled (110 is told the result when closed)', s_closed: 'closed; result sent to 110',
  },
);

type Items = Awaited<ReturnType<typeof load>>['items'];
const load = (id: number) => ok(api.GET('/api/v1/tickets/{id}/police', { params: { path: { id: String(id) } } }));

/** 110's reports, from the ticket's timeline (the page has it already). */
export interface PoliceReport {
  at: string;
  label: string;
  result: string | null;
}

export function PoliceLink({ ticketId, version, reports }: { ticketId: number; version: number; reports: PoliceReport[] }) {
  const t = useT(M);
  const [items, setItems] = useState<Items | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let live = true;
    load(ticketId).then(
      (r) => live && (setItems(r.items), setError(null)),
      (e) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [ticketId, version]);
  if (!error && (!items || items.length === 0)) return null;
  return (
    <section className="card" aria-labelledby="police-title" data-testid="police-link">
      <h2 id="police-title">{t('title')}</h2>
      <ErrorBanner error={error} />
      {items?.map((h) => (
        <div key={h.id} data-direction={h.direction}>
          <p>
            <strong>{h.direction === 'out' ? t('out', { service: h.service }) : t('in')}</strong>
          </p>
          <dl className="kv">
            <dt>{t('record')}</dt>
            <dd className="mono" data-testid="police-record">{h.policeRecordId ?? t('noRecord')}</dd>
            <dt>{t('state')}</dt>
            <dd data-testid="police-state" data-state={h.state}>{t(`s_${h.state}` as never)}</dd>
            {h.direction === 'out' && !h.acknowledgedAt && h.ackDueAt && (
              <>
                <dt>{t('ackDue')}</dt>
                <dd>{formatDateTime(h.ackDueAt)}</dd>
              </>
            )}
          </dl>
          {h.alertedAt && !h.acknowledgedAt && <p className="notice" role="alert">{t('alerted', { at: formatDateTime(h.alertedAt) })}</p>}
          {h.messages.map((m) => (
            <p key={m.id} className="muted small">
              {t('message', { kind: t(m.kind), status: t(m.status), n: m.attempts })}
              {m.lastError && m.status !== 'delivered' ? ` · ${t('lastError', { e: m.lastError })}` : ''}
            </p>
          ))}
          {h.direction === 'out' && reports.length > 0 && (
            <>
              <h3>{t('feedback')}</h3>
              <ol className="timeline" data-testid="police-feedback">
                {reports.map((r, i) => (
                  <li key={i}>
                    <span className="when mono">{formatDateTime(r.at)}</span> <strong className="what">{r.label}</strong>
                    {r.result && <div className="text">{r.result}</div>}
                  </li>
                ))}
              </ol>
            </>
          )}
        </div>
      ))}
    </section>
  );
}
