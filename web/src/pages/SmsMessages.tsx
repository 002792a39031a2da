// 短信 on the ticket page: the SMS sent to the caller (受理回执, 答复摘要, 短信回访) and what the
// caller sent back, with each message's delivery state or what became of it (docs/sms.md). The
// phone is masked by the server. Reloads when the ticket changes (version).

import { useEffect, useState } from 'react';
import { api, ok } from '../api/client';
import { ErrorBanner, Loading } from '../components';
import { messages, useT } from '../i18n';
import { formatDateTime } from '../time';

const M = messages(
  {
    title: '短信', none: '暂无短信', out: '发出', in: '收到',
    receipt: '受理回执', reply: '答复摘要', survey: '短信回访', inbound: '群众回复', portal_registered: '受理回执（网上）', master_replied: '并单答复',
    queued: '待发送', sent: '已发送', failed: '发送失败', received: '已收到', attempts: '已尝试 {n} 次',
    rated: '已记为回访评价', already_rated: '该次答复已评价过，未改变', no_survey: '没有待评价的短信回访', not_a_rating: '不是 1–5 的评价', survey_closed: '工单已不在等待此次回访',
    grade: '评价 {g}', declined: '来电人不需要短信（不发短信）', confidential: '保密工单，不发短信', no_mobile: '号码隐藏或不是手机号，不发短信',
  },
  {
    title: 'SMS', none: 'No SMS yet', out: 'sent', in: 'received',
    receipt: 'receipt', reply: 'reply summary', survey: 'SMS callback', inbound: "citizen's reply", portal_registered: 'receipt (portal)', master_replied: 'merged reply',
    queued: 'queued', sent: 'sent', failed: 'failed', received: 'received', attempts: '{n} tries',
    rated: 'recorded as the callback', already_rated: 'already rated, no change', no_survey: 'no SMS callback pending', not_a_rating: 'not a 1–5 rating', survey_closed: 'the ticket no longer waits for this callback',
    grade: 'rating {g}', declined: 'the caller asked for no SMS', confidential: 'confidential: no SMS', no_mobile: 'number withheld or not a mobile: no SMS',
  },
);

type Reply = Awaited<ReturnType<typeof load>>;
const load = (ticketId: number) => ok(api.GET('/api/v1/sms/messages', { params: { query: { ticketId } } }));

export function SmsMessages({ ticketId, version }: { ticketId: number; version: number }) {
  const t = useT(M);
  const [data, setData] = useState<Reply | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let live = true;
    load(ticketId).then(
      (r) => live && (setData(r), setError(null)),
      (e) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [ticketId, version]);
  const known = (k: string) => (k in M['zh-CN'] ? t(k as never) : k);
  return (
    <section className="card" aria-labelledby="sms-title" data-testid="sms-messages">
      <h2 id="sms-title">{t('title')}</h2>
      <ErrorBanner error={error} />
      {!data && !error && <Loading />}
      {data?.noSms && <p className="muted small" data-testid="sms-none-reason">{t(data.noSms)}</p>}
      {data && !data.items.length && <p className="muted">{t('none')}</p>}
      {data && data.items.length > 0 && (
        <ol className="timeline">
          {data.items.map((m) => (
            <li key={m.id} data-direction={m.direction} data-kind={m.kind}>
              <span className="when mono">{formatDateTime(m.at)}</span>
              <span className="who">
                {m.direction === 'out' ? '→' : '←'} {m.phone ?? '—'}
              </span>{' '}
              <strong className="what">
                {t(m.direction)} · {known(m.kind)}
              </strong>{' '}
              <span className={`badge${m.status === 'failed' ? ' alert' : ''}`}>{t(m.status)}</span>
              {m.attempts > 1 && <span className="muted small"> {t('attempts', { n: m.attempts })}</span>}
              {m.outcome && <span className="muted small"> {t(m.outcome)}</span>}
              {m.grade != null && <span className="muted small"> {t('grade', { g: m.grade })}</span>}
              <div className="small">{m.text}</div>
              {m.status !== 'sent' && m.lastError && <div className="muted small">{m.lastError}</div>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
