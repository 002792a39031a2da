// 来电人画像 — one caller on one screen: counts, their tickets (newest first, repeats flagged),
// calls, SMS and callback results, in Asia/Shanghai time. The number is masked; Alt+V (or the
// button) shows it in full, which the server logs (reveal_caller). A unit handler sees only
// their unit's tickets of the caller, and no calls or SMS (the server leaves them out).

import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api, ApiError, ok } from '../api/client';
import type { paths } from '../api/schema';
import type { Json } from '../api/types';
import { ErrorBanner, Loading, StatusBadge, useAsync } from '../components';
import { useHotkeys } from '../hotkeys';
import { useKeyHelp } from '../keyhelp';
import { messages, useT } from '../i18n';
import { useLabels } from '../labels';
import { formatDateTime } from '../time';

type Profile = Json<paths['/api/v1/callers/{key}']['get']['responses'][200]>;

const M = messages(
  {
    title: '来电人画像', notFound: '来电人不存在或无权查看', phone: '号码', name: '姓名', reveal: '查看完整号码', revealNote: '查看将被记录',
    revealReason: '仅有保密工单：请填写查看事由（将被记录）', revealAdmin: '该来电人只有保密工单，完整号码仅管理员可查看',
    total: '工单', open: '未办结', complaints: '投诉', last30: '近 30 天', repeats: '重复件', calls: '通话', missed: '未接', sms: '短信',
    tickets: '工单', number: '工单编号', created: '受理时间', type: '类型', category: '分类', status: '状态', unit: '承办单位', satisfaction: '满意度',
    repeatOf: '重复件（同 {n}）', repeat: '重复件', confidential: '保密', none: '没有记录', capped: '仅显示最近 500 件',
    callsTitle: '通话记录', answered: '已接', notAnswered: '未接', start: '来电时间', wait: '等待', talk: '通话时长', agent: '坐席', grade: '通话评价',
    smsTitle: '短信', inbound: '收', outbound: '发', callbacksTitle: '回访结果', at: '时间', reached: '接通', notReached: '未接通', resolved: '已解决', unresolved: '未解决',
    sec: '{n} 秒', min: '{m} 分 {s} 秒',
  },
  {
    title: 'Caller profile', notFound: 'No such caller, or not yours to see', phone: 'Number', name: 'Name', reveal: 'Show full number', revealNote: 'Viewing is logged',
    revealReason: 'Only confidential tickets: why do you need the number? (logged)', revealAdmin: 'This caller has only confidential tickets: only an administrator may see the number',
    total: 'Tickets', open: 'Open', complaints: 'Complaints', last30: 'Last 30 days', repeats: 'Repeats', calls: 'Calls', missed: 'Missed', sms: 'SMS',
    tickets: 'Tickets', number: 'Number', created: 'Registered', type: 'Type', category: 'Category', status: 'Status', unit: 'Unit', satisfaction: 'Satisfaction',
    repeatOf: 'Repeat (of {n})', repeat: 'Repeat', confidential: 'Confidential', none: 'Nothing recorded', capped: 'Only the latest 500 shown',
    callsTitle: 'Calls', answered: 'Answered', notAnswered: 'Missed', start: 'Called', wait: 'Waited', talk: 'Talked', agent: 'Agent', grade: 'Call rating',
    smsTitle: 'SMS', inbound: 'In', outbound: 'Out', callbacksTitle: 'Callback results', at: 'At', reached: 'Reached', notReached: 'Not reached', resolved: 'Resolved', unresolved: 'Not resolved',
    sec: '{n}s', min: '{m}m {s}s',
  },
);

export default function CallerProfile() {
  const { key = '' } = useParams();
  const t = useT(M);
  const L = useLabels();
  const q = useAsync(() => ok(api.GET('/api/v1/callers/{key}', { params: { path: { key } } })), [key]);
  const [full, setFull] = useState<{ phone: string; name: string | null } | null>(null);
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const p = q.data;

  const reveal = async () => {
    if (!p || full) return;
    if (p.reveal.reasonRequired && !reason.trim()) return setAsking(true);
    try {
      setFull(await ok(api.POST('/api/v1/callers/{key}/reveal', { params: { path: { key } }, body: p.reveal.reasonRequired ? { reason } : {} })));
      setAsking(false);
    } catch (e) {
      setError(e);
    }
  };
  useHotkeys({ 'alt+v': () => p?.reveal.allowed && void reveal() }, !asking);
  useKeyHelp(['caller.reveal']);

  if (q.loading && !p) return <Loading />;
  if (q.error instanceof ApiError && q.error.status === 404) {
    return (
      <section className="card">
        <h1>{t('notFound')}</h1>
      </section>
    );
  }
  if (!p) return <ErrorBanner error={q.error} onRetry={q.reload} />;

  const seconds = (n: number | null) => (n == null ? '—' : n < 60 ? t('sec', { n }) : t('min', { m: Math.floor(n / 60), s: n % 60 }));
  const c = p.counts;
  const stats: [string, number | null, string][] = [
    [t('total'), c.total, 'total'],
    [t('open'), c.open, 'open'],
    [t('complaints'), c.complaints, 'complaints'],
    [t('last30'), c.last30Days, 'last30'],
    [t('repeats'), c.repeats, 'repeats'],
    [t('calls'), c.calls, 'calls'],
    [t('missed'), c.missedCalls, 'missed'],
    [t('sms'), c.messages, 'sms'],
  ];
  return (
    <div className="grid caller-profile">
      <div className="page-head">
        <h1>{t('title')}</h1>
      </div>
      <section className="card">
        <dl className="kv">
          <dt>{t('name')}</dt>
          <dd data-testid="profile-name">{(full ? full.name : p.name) ?? '—'}</dd>
          <dt>{t('phone')}</dt>
          <dd>
            <span className="mono" data-testid="profile-phone">
              {full ? full.phone : (p.phone ?? '—')}
            </span>{' '}
            {!full && p.reveal.allowed && !asking && (
              <button type="button" className="link" data-testid="profile-reveal" title={t('revealNote')} onClick={() => void reveal()}>
                {t('reveal')} (Alt+V)
              </button>
            )}
            {!full && !p.reveal.allowed && <span className="muted small">{t('revealAdmin')}</span>}
            {asking && (
              <form
                className="reveal-reason"
                onSubmit={(e) => {
                  e.preventDefault();
                  void reveal();
                }}
              >
                <input autoFocus required maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} placeholder={t('revealReason')} aria-label={t('revealReason')} />
                <button type="submit" className="link">
                  {t('reveal')}
                </button>
              </form>
            )}
            <ErrorBanner error={error} />
          </dd>
        </dl>
        <ul className="caller-stats" data-testid="caller-stats">
          {stats
            .filter(([, n]) => n != null)
            .map(([label, n, id]) => (
              <li key={id} data-testid={`count-${id}`}>
                <strong>{n}</strong> <span className="muted">{label}</span>
              </li>
            ))}
        </ul>
      </section>

      <section className="card">
        <h2>{t('tickets')}</h2>
        {p.ticketsCapped && <p className="muted small">{t('capped')}</p>}
        {p.tickets.length === 0 ? (
          <p className="muted">{t('none')}</p>
        ) : (
          <table data-testid="caller-tickets">
            <thead>
              <tr>
                <th>{t('number')}</th>
                <th>{t('created')}</th>
                <th>{t('type')}</th>
                <th>{t('category')}</th>
                <th>{t('status')}</th>
                <th>{t('unit')}</th>
                <th>{t('satisfaction')}</th>
              </tr>
            </thead>
            <tbody>
              {p.tickets.map((x) => (
                <tr key={x.id}>
                  <td>
                    <Link to={`/tickets/${x.id}`} className="mono">
                      {x.number}
                    </Link>{' '}
                    {x.confidential && <span className="badge">{t('confidential')}</span>}
                    {x.repeat && (
                      <span className="badge alert" data-testid="repeat-flag">
                        {x.repeat.ofNumber ? t('repeatOf', { n: x.repeat.ofNumber }) : t('repeat')}
                      </span>
                    )}
                    <div className="muted small">{x.title}</div>
                  </td>
                  <td>{formatDateTime(x.createdAt)}</td>
                  <td>{L('type', x.type)}</td>
                  <td>{x.categoryName ?? '—'}</td>
                  <td>
                    <StatusBadge status={x.status} />
                  </td>
                  <td>{x.unitName ?? '—'}</td>
                  <td>{x.satisfaction ? L('satisfaction', x.satisfaction) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      {p.calls && (
        <section className="card">
          <h2>{t('callsTitle')}</h2>
          {p.calls.length === 0 ? (
            <p className="muted">{t('none')}</p>
          ) : (
            <table data-testid="caller-calls">
              <thead>
                <tr>
                  <th>{t('start')}</th>
                  <th />
                  <th>{t('wait')}</th>
                  <th>{t('talk')}</th>
                  <th>{t('agent')}</th>
                  <th>{t('grade')}</th>
                </tr>
              </thead>
              <tbody>
                {p.calls.map((x) => (
                  <tr key={x.callId}>
                    <td>{formatDateTime(x.startedAt)}</td>
                    <td>{x.answered ? t('answered') : <span className="badge alert">{t('notAnswered')}</span>}</td>
                    <td>{seconds(x.waitSeconds)}</td>
                    <td>{seconds(x.talkSeconds)}</td>
                    <td>{x.agentName ?? '—'}</td>
                    <td>{x.surveyGrade ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      )}

      {p.messages && (
        <section className="card">
          <h2>{t('smsTitle')}</h2>
          {p.messages.length === 0 ? (
            <p className="muted">{t('none')}</p>
          ) : (
            <table data-testid="caller-sms">
              <tbody>
                {p.messages.map((m) => (
                  <tr key={m.id}>
                    <td>{formatDateTime(m.createdAt)}</td>
                    <td>{m.direction === 'in' ? t('inbound') : t('outbound')}</td>
                    <td>{m.text}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      )}

      <section className="card">
        <h2>{t('callbacksTitle')}</h2>
        {p.callbacks.length === 0 ? (
          <p className="muted">{t('none')}</p>
        ) : (
          <table data-testid="caller-callbacks">
            <tbody>
              {p.callbacks.map((b, i) => (
                <tr key={i}>
                  <td>{formatDateTime(b.at)}</td>
                  <td>
                    <Link to={`/tickets/${b.ticketId}`} className="mono">
                      {b.ticketNumber}
                    </Link>
                  </td>
                  <td>{b.reached ? t('reached') : t('notReached')}</td>
                  <td>{b.resolved == null ? '—' : b.resolved ? t('resolved') : t('unresolved')}</td>
                  <td>{b.satisfaction ? L('satisfaction', b.satisfaction) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
