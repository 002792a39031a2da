// 工单详情 — the page every role uses: the request, the caller (masked; revealing is an explicit,
// logged click), the deadlines with countdowns, the units, merged tickets, the reply's quality,
// the full timeline (who, what, when, in Asia/Shanghai time), and the steps the user may take.
// It updates live when someone else acts on the ticket (server-sent events from any server
// process). A ticket the user may not see is "not found or no access", and nothing of it shows.

import { useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError } from '../api/client';
import type { TicketDetail, TicketEvent } from '../api/types';
import { CallerDetails, Deadline, ErrorBanner, Loading, StatusBadge, useAsync } from '../components';
import { messages, useT } from '../i18n';
import { useLabels } from '../labels';
import { useLive } from '../live';
import { categoryPath, useReference, useUser } from '../session';
import { ActionBar, ChainView, KeyHints, loadTicket, QualityScore, SimilarPanel } from '../steps';
import { formatDateTime } from '../time';
import { lastReply } from './Callbacks';
import { SmsMessages } from './SmsMessages';
import { LinkedTickets } from '../steps/links';
import { TicketCalls } from './TicketCalls';
import { CallerProfileLink } from '../components/CallerProfileLink';
import { PoliceLink } from '../components/PoliceLink';
import { Open311Details } from '../components/Open311Details';
import { StepFiles, useStepFiles } from '../components/StepFiles';
import { shownAlerts } from '../../../src/domain/ticket';
import './queues.css';

const M = messages(
  {
    notFound: '工单不存在或无权查看', notFoundHint: '请核对工单编号；承办单位只能查看派给本单位（含下级）的工单。', back: '返回工单查询',
    request: '诉求内容', caller: '来电人', address: '地址', district: '区县', category: '分类', channel: '渠道', line: '归并热线', created: '受理时间',
    deadlines: '时限', acceptBy: '签收时限', dueBy: '办理时限', callbackBy: '回访时限', replyBy: '督办回复时限', extended: '已延期 {n} 个工作日',
    units: '承办单位', lead: '主办', assist: '协办', merged: '并入本单的工单', mergedInto: '本单已并入', transferred: '已转 {to}', policeRecord: '警情编号 {id}',
    timeline: '全程留痕', live: '实时更新', updated: '{who} 刚刚{what}', quality: '答复质量', keys: '快捷键', kActions: '按按钮上的字母执行操作',
    kSearch: '工单查询', none: '—', system: '系统', onTime: '按时', late: '超时', unitHandle: '主办：{lead}', assists: '协办：{list}',
    acceptLimit: '签收时限 {at}', handleLimit: '办理时限 {at}', newDue: '新办理时限 {at}', days: '{n} 个工作日', reached: '已接通', notReached: '未接通',
    resolved: '已解决', unresolved: '未解决', out_pending: '待再次回访', out_closed: '办结', out_reopened: '重办', out_closed_unreachable: '多次未接通，办结',
    out_closed_reopen_limit: '重办次数已满，办结', toHandling: '退回承办单位', toRegistered: '退回派单', paused: '计时暂停 {n} 分钟',
    replyByAt: '{at} 前回复', escalated: '已升级至 {unit}', print: '打印', print_assign: '交办单', print_supervise: '督办单', print_record: '工单',
    notice: '督办单', urge: '催办', poor: '答复质量差：可退回重办', reopens: '已重办 {n} 次', attempts: '回访 {n} 次',
    satisfaction: '满意度', priority: '紧急程度', recategorised: '分类改为“{to}”（原为“{from}”）', fromCitizen: '群众补充诉求',
    linkHidden: '（无权查看的工单）', link_split: '拆分', link_related: '相关工单', link_same_matter: '同一事项（其他来电人）', link_follow_up: '后续工单',
    repeat: '重复件', repeatOf: '重复件：前件 {number}', repeat_caller: '同一诉求人30日内反映的同一事项', repeat_matter: '30日内他人已反映同一地点同一问题',
    confidential: '保密', confidentialHint: '保密工单：不公开，仅中心和主办单位链条可见', publication: '公开',
    pubConfidential: '保密，不公开', pubChannel: 'Open311 提交，公开（已脱敏）', pubYes: '诉求人同意公开（已脱敏）', pubNo: '诉求人未同意公开，不公开',
    consentAgreed: '同意公开', consentWithdrawn: '不同意公开',
    chain: '办理链条', holderNow: '当前承办', leadLimits: '主办单位对中心的时限；各级时限见办理链条', delegatedTo: '下派给 {unit}（第 {n} 级）', capped: '不晚于上一级时限', levelReplied: '{unit} 答复，报 {to} 审核',
    approvedBy: '{to} 审核通过 {unit} 的答复', rejectedTo: '退回 {unit} 重办', returnedTo: '{unit} 退回 {to}', suggested: '建议改派给 {unit}',
    reroutedTo: '改派：{from} → {to}', withdrawnFrom: '从 {unit} 撤回，回到待派单', guidance: '告知：{text}', noCallback: '未回访：{reason}', atLevel: '{unit}',
  },
  {
    notFound: 'Ticket not found, or you have no access to it', notFoundHint: "Check the number; a unit sees only tickets dispatched to it (or the units below it).", back: 'Back to ticket search',
    request: 'Request', caller: 'Caller', address: 'Address', district: 'District', category: 'Category', channel: 'Channel', line: 'Merged line', created: 'Registered',
    deadlines: 'Deadlines', acceptBy: 'Accept by', dueBy: 'Handle by', callbackBy: 'Call back by', replyBy: 'Answer supervision by', extended: 'extended by {n} working days',
    units: 'Units', lead: 'Lead', assist: 'Assisting', merged: 'Merged into this ticket', mergedInto: 'Merged into', transferred: 'Transferred to {to}', policeRecord: '110 record {id}',
    timeline: 'Timeline', live: 'live', updated: '{who} just did: {what}', quality: 'Reply quality', keys: 'Keys', kActions: 'press the letter on a button',
    kSearch: 'ticket search', none: '—', system: 'System', onTime: 'on time', late: 'late', unitHandle: 'Lead: {lead}', assists: 'Assisting: {list}',
    acceptLimit: 'accept by {at}', handleLimit: 'handle by {at}', newDue: 'new deadline {at}', days: '{n} working days', reached: 'reached', notReached: 'not reached',
    resolved: 'resolved', unresolved: 'not resolved', out_pending: 'call again', out_closed: 'closed', out_reopened: 'reopened', out_closed_unreachable: 'unreachable, closed',
    out_closed_reopen_limit: 'reopen limit, closed', toHandling: 'back to the unit', toRegistered: 'back to dispatch', paused: 'clock paused {n} min',
    replyByAt: 'answer by {at}', escalated: 'escalated to {unit}', print: 'Print', print_assign: 'dispatch order', print_supervise: 'supervision notice', print_record: 'record',
    notice: 'Supervision notice', urge: 'Reminder', poor: 'Poor reply: it can be sent back', reopens: 'reopened {n} times', attempts: 'callback attempts: {n}',
    satisfaction: 'Satisfaction', priority: 'Priority', recategorised: 'category changed to "{to}" (was "{from}")', fromCitizen: 'added by the citizen',
    linkHidden: '(a ticket you may not see)', link_split: 'split', link_related: 'related', link_same_matter: 'same matter (another caller)', link_follow_up: 'follow-up',
    repeat: 'Repeat', repeatOf: 'Repeat of {number}', repeat_caller: 'the same caller about the same matter within 30 days', repeat_matter: 'the same problem at the same place reported within 30 days',
    confidential: 'Confidential', confidentialHint: 'Confidential: never public; only the centre and the lead unit\'s chain see it', publication: 'Public',
    pubConfidential: 'confidential, not public', pubChannel: 'came in over Open311: public (masked)', pubYes: 'the citizen agreed: public (masked)', pubNo: 'no consent: not public',
    consentAgreed: 'agreed to publication', consentWithdrawn: 'no publication',
    chain: 'Chain', holderNow: 'Holds it now', leadLimits: "the lead unit's limits to the centre; each level's are in the chain", delegatedTo: 'handed down to {unit} (level {n})', capped: "capped by the level above's deadline", levelReplied: '{unit} replied; {to} reviews',
    approvedBy: "{to} approved {unit}'s reply", rejectedTo: 'sent back to {unit}', returnedTo: '{unit} returned it to {to}', suggested: 'suggests {unit}',
    reroutedTo: 're-routed: {from} → {to}', withdrawnFrom: 'withdrawn from {unit}, back to dispatch', guidance: 'told: {text}', noCallback: 'no callback: {reason}', atLevel: '{unit}',
  },
);

type T = ReturnType<typeof useT<keyof (typeof M)['zh-CN']>>;

function EventDetail({ e, t, unitName, categoryName }: { e: TicketEvent; t: T; unitName: (id: number | null | undefined) => string; categoryName: (id: number | null | undefined) => string }) {
  const L = useLabels();
  const p = e.payload as Record<string, any>;
  const at = (s: string | null | undefined) => formatDateTime(s);
  const parts: (string | null | false | undefined)[] = [];
  let text: string | null = null;
  let link: { id: number; number: string } | null = null;
  switch (e.type) {
    case 'registered':
      parts.push(L('channel', p.channel), L('type', p.type), p.title);
      break;
    case 'dispatched':
      parts.push(t('unitHandle', { lead: unitName(p.unitId) }), p.categoryId ? t('recategorised', { from: categoryName(p.fromCategoryId), to: categoryName(p.categoryId) }) : null, p.assistUnitIds?.length ? t('assists', { list: p.assistUnitIds.map(unitName).join('、') }) : null, t('acceptLimit', { at: at(p.acceptBy) }), t('handleLimit', { at: at(p.dueBy) }));
      text = p.note;
      break;
    case 'accepted':
      parts.push(p.level ? t('atLevel', { unit: unitName(p.unitId) }) : null, p.onTime ? t('onTime') : t('late'));
      break;
    case 'return_requested':
      parts.push(unitName(p.unitId), p.suggestedUnitId ? t('suggested', { unit: unitName(p.suggestedUnitId) }) : null);
      text = p.reason;
      break;
    case 'delegated':
      parts.push(t('delegatedTo', { unit: unitName(p.unitId), n: p.level }), t('acceptLimit', { at: at(p.acceptBy) }), t('handleLimit', { at: at(p.dueBy) }), p.capped ? t('capped') : null);
      text = p.note;
      break;
    case 'level_replied':
      parts.push(t('levelReplied', { unit: unitName(p.unitId), to: unitName(p.toUnitId) }), p.onTime ? t('onTime') : t('late'));
      text = p.content;
      break;
    case 'reply_approved':
      parts.push(t('approvedBy', { unit: unitName(p.unitId), to: unitName(p.toUnitId) }));
      text = p.note;
      break;
    case 'reply_rejected':
      parts.push(t('rejectedTo', { unit: unitName(p.unitId) }));
      text = p.note;
      break;
    case 'level_returned':
      parts.push(t('returnedTo', { unit: unitName(p.unitId), to: unitName(p.toUnitId) }), p.suggestedUnitId ? t('suggested', { unit: unitName(p.suggestedUnitId) }) : null);
      text = p.reason;
      break;
    case 'rerouted':
      parts.push(t('reroutedTo', { from: unitName(p.fromUnitId), to: unitName(p.unitId) }), t('acceptLimit', { at: at(p.acceptBy) }), t('handleLimit', { at: at(p.dueBy) }));
      text = p.reason;
      break;
    case 'withdrawn':
      parts.push(t('withdrawnFrom', { unit: unitName(p.unitId) }));
      text = p.reason;
      break;
    case 'refused':
      parts.push(L('refusal', p.reason), t('guidance', { text: p.guidance }));
      text = p.note;
      break;
    case 'return_approved':
      text = p.note;
      break;
    case 'return_rejected':
      parts.push(p.pausedMinutes ? t('paused', { n: p.pausedMinutes }) : null);
      text = p.note;
      break;
    case 'extension_requested':
      parts.push(t('days', { n: p.days }));
      text = p.reason;
      break;
    case 'extension_approved':
      parts.push(t('days', { n: p.days }), t('newDue', { at: at(p.newDueBy) }));
      text = p.note;
      break;
    case 'extension_denied':
      parts.push(t('days', { n: p.days }));
      text = p.note;
      break;
    case 'replied':
    case 'answered':
    case 'master_replied':
      if (e.type === 'replied') parts.push(p.onTime ? t('onTime') : t('late'), p.quality ? `${t('quality')} ${Math.round(p.quality.score)}` : null);
      text = p.content;
      break;
    case 'called_back':
      parts.push(
        p.reached ? t('reached') : t('notReached'),
        p.reached ? (p.resolved ? t('resolved') : t('unresolved')) : null,
        p.satisfaction ? L('satisfaction', p.satisfaction) : null,
        t(`out_${p.outcome}` as never),
        p.dueBy ? t('handleLimit', { at: at(p.dueBy) }) : null,
      );
      text = p.note;
      break;
    case 'closed':
      parts.push(p.noCallbackReason ? t('noCallback', { reason: L('noCallback', p.noCallbackReason) }) : null);
      text = p.note;
      break;
    case 'reopened':
      parts.push(p.toStatus === 'registered' ? t('toRegistered') : t('toHandling'), p.dueBy ? t('handleLimit', { at: at(p.dueBy) }) : null);
      text = p.reason;
      break;
    case 'merged':
      link = { id: p.intoId, number: p.intoNumber };
      break;
    case 'repeat_flagged':
      parts.push(t(p.reason === 'matter' ? 'repeat_matter' : 'repeat_caller'));
      link = { id: p.repeatOf, number: p.repeatOfNumber };
      break;
    case 'merge_received':
      link = { id: p.fromId, number: p.fromNumber };
      break;
    // 拆分 / 关联 (steps/links.tsx): the other ticket, unless the viewer may not see it (the server withholds it).
    case 'split_out':
    case 'split_from':
    case 'linked':
    case 'unlinked': {
      const otherId = p.toId ?? p.fromId ?? p.otherId;
      const otherNumber = p.toNumber ?? p.fromNumber ?? p.otherNumber;
      if (p.kind) parts.push(t(`link_${p.kind}` as 'link_split'));
      if (otherId != null) link = { id: otherId, number: otherNumber };
      else parts.push(t('linkHidden'));
      break;
    }
    case 'noted':
      parts.push(p.fromCitizen ? t('fromCitizen') : null, p.unitId ? unitName(p.unitId) : null);
      text = p.content;
      break;
    case 'transferred':
      parts.push(String(p.to));
      text = p.note;
      break;
    case 'police_feedback':
      // 110's report (12345 ↔ 110 联动): its status and record id, with its text.
      parts.push(String(p.label), t('policeRecord', { id: String(p.policeRecordId) }));
      text = p.result;
      break;
    case 'supervised':
      parts.push(t(p.type), t('replyByAt', { at: at(p.replyBy) }));
      text = p.content;
      break;
    case 'supervision_replied':
      text = p.content;
      break;
    case 'deadline_alert':
      parts.push(p.level ? unitName(p.unitId) : null, L('alert', p.alert as string), p.escalatedTo ? t('escalated', { unit: unitName(p.escalatedTo) }) : null);
      break;
    case 'consent_recorded':
      parts.push(p.publicConsent ? t('consentAgreed') : t('consentWithdrawn'));
      break;
    case 'imported':
      parts.push(p.source);
      text = p.reply;
      break;
  }
  const line = parts.filter(Boolean).join(' · ');
  return (
    <>
      {line && <span className="muted"> {line}</span>}
      {link && (
        <>
          {' '}
          <Link to={`/tickets/${link.id}`} className="mono">
            {link.number}
          </Link>
        </>
      )}
      {text && <div className="detail">{text}</div>}
    </>
  );
}

export default function TicketPage() {
  const t = useT(M);
  const L = useLabels();
  const user = useUser();
  const ref = useReference();
  const id = Number(useParams().id);
  const valid = Number.isInteger(id) && id > 0;
  const d = useAsync(() => (valid ? loadTicket(id) : Promise.reject(new ApiError(404, 'ticket_not_found', ''))), [id]);
  const seen = useRef<number>(0);
  const [fresh, setFresh] = useState<{ from: number; note: string | null }>({ from: Infinity, note: null });
  // Someone else acted: refetch, and mark the new timeline entries.
  useLive(
    (c) => {
      if ((c.kind === 'ticket' && c.id === id) || c.kind === 'resync') {
        const before = seen.current;
        loadTicket(id).then(
          (next) => {
            const last = next.events[next.events.length - 1];
            if (next.events.length > before && last) {
              setFresh({ from: before, note: t('updated', { who: last.actor.name ?? t('system'), what: L('event', last.type) }) });
            }
            d.setData(next);
          },
          () => d.reload(),
        );
      }
    },
    valid ? id : undefined,
  );
  const stepFiles = useStepFiles(id, d.data?.version ?? 0, valid && !!d.data && user.role !== 'analyst');
  if (d.error) {
    if (d.error instanceof ApiError && d.error.status === 404) {
      return (
        <div className="not-found card" role="alert" data-testid="not-found">
          <h1>{t('notFound')}</h1>
          <p className="muted">{t('notFoundHint')}</p>
          <Link to="/tickets">{t('back')}</Link>
        </div>
      );
    }
    return <ErrorBanner error={d.error} onRetry={d.reload} />;
  }
  const x = d.data;
  if (!x || x.id !== id) return <Loading />;
  seen.current = x.events.length;
  const unitName = (u: number | null | undefined) => (u == null ? '—' : (ref?.unitById.get(u)?.name ?? String(u)));
  const reply = lastReply(x);
  const showQuality = reply?.quality && ['callback_agent', 'supervisor', 'admin', 'unit_handler', 'dispatcher'].includes(user.role);
  const poor = reply?.quality && reply.quality.grade !== 'good' && reply.quality.grade !== 'excellent' && user.role === 'supervisor' ? reply.quality.reasons : null;
  const onChanged = () => {
    const before = x.events.length;
    loadTicket(id).then((next) => {
      setFresh({ from: before, note: null });
      d.setData(next);
    }, d.reload);
  };
  return (
    <div className="ticket-page" data-testid="ticket-page">
      <div className="ticket-head">
        <span className="mono" data-testid="ticket-number">
          {x.number}
        </span>
        <StatusBadge status={x.status} />
        <span className="badge">{L('type', x.type)}</span>
        {x.confidential && (
          <span className="badge alert" title={t('confidentialHint')} data-testid="confidential-badge">
            {t('confidential')}
          </span>
        )}
        {x.priority !== 'normal' && <span className={`badge prio-${x.priority}`}>{L('priority', x.priority)}</span>}
        {x.repeatOf != null && (
          // 重复件 (app/repeats.ts): a link to the earlier ticket, and why.
          <Link to={`/tickets/${x.repeatOf}`} className="badge repeat" title={t(x.repeatReason === 'matter' ? 'repeat_matter' : 'repeat_caller')} data-testid="repeat-badge">
            {t('repeatOf', { number: String([...x.events].reverse().find((e) => e.type === 'repeat_flagged')?.payload.repeatOfNumber ?? `#${x.repeatOf}`) })}
          </Link>
        )}
        {shownAlerts(x).map((a) => (
          <span key={a} className="badge alert" data-testid="alert-badge">
            {L('alert', a)}
          </span>
        ))}
        <span className="spacer" />
        <nav className="print-links small" aria-label={t('print')} data-testid="print-links">
          {t('print')}：
          {(['assign', 'supervise', 'record'] as const).map((doc) => (
            <Link key={doc} to={`/tickets/${x.id}/print/${doc}`} data-doc={doc}>
              {t(`print_${doc}` as never)}
            </Link>
          ))}
        </nav>
        <span className="muted live-note" role="status" data-testid="live-note">
          ● {t('live')}
          {fresh.note ? ` · ${fresh.note}` : ''}
        </span>
      </div>
      <h1>{x.title}</h1>
      <ActionBar ticket={x} onChanged={onChanged} poorReply={poor} links />
      <KeyHints
        keys={[
          ['a–x', t('kActions')],
          ['/', t('kSearch')],
          ['Esc', '✕'],
        ]}
      />
      <div className="grid cols-2">
        <div className="grid">
          <section className="card">
            <h2>{t('request')}</h2>
            <p className="ticket-body" data-testid="ticket-content">
              {x.content}
            </p>
            <dl className="kv">
              <dt>{t('caller')}</dt>
              <dd>
                <CallerDetails key={x.id} ticketId={x.id} caller={x.caller} confidential={x.confidential} />
                {x.caller.phone && <CallerProfileLink of={{ ticketId: x.id }} />}
              </dd>
              <dt>{t('address')}</dt>
              <dd>{x.address ?? '—'}</dd>
              <dt>{t('district')}</dt>
              <dd>{x.districtName ?? '—'}</dd>
              <dt>{t('category')}</dt>
              <dd>{categoryPath(ref, x.categoryId)}</dd>
              <dt>{t('channel')}</dt>
              <dd>
                {L('channel', x.channel)}
                {x.line ? ` · ${t('line')} ${x.line}` : ''}
              </dd>
              <dt>{t('created')}</dt>
              <dd className="mono">{formatDateTime(x.createdAt)}</dd>
              <dt>{t('publication')}</dt>
              <dd data-testid="publication">
                {x.confidential ? t('pubConfidential') : x.channel === 'open311' ? t('pubChannel') : x.publicConsent ? t('pubYes') : t('pubNo')}
              </dd>
              {x.satisfaction && (
                <>
                  <dt>{t('satisfaction')}</dt>
                  <dd>{L('satisfaction', x.satisfaction)}</dd>
                </>
              )}
            </dl>
          </section>
          {x.channel === 'open311' && user.role !== 'analyst' && <Open311Details ticketId={x.id} version={x.version} />}
          <section className="card">
            <h2>{t('timeline')}</h2>
            <ol className="timeline" data-testid="timeline">
              {x.events.map((e, i) => (
                <li key={e.seq} className={i >= fresh.from ? 'fresh' : undefined} data-type={e.type}>
                  <span className="when mono" data-testid="event-time">
                    {formatDateTime(e.at)}
                  </span>
                  <span className="who">{e.actor.id == null ? t('system') : e.actor.name}</span>
                  {e.actor.role && e.actor.role !== 'system' && <span className="muted small">{L('role', e.actor.role)} </span>}
                  <strong className="what">{L('event', e.type)}</strong>
                  <EventDetail e={e} t={t} unitName={unitName} categoryName={(id) => (id == null ? t('none') : categoryPath(ref, id))} />
                  <StepFiles files={stepFiles.get(e.seq)} />
                </li>
              ))}
            </ol>
          </section>
        </div>
        <div className="grid" style={{ alignContent: 'start' }}>
          {x.chain.length > 0 && (
            <section className="card">
              <h2>{t('chain')}</h2>
              <ChainView ticket={x} />
            </section>
          )}
          <section className="card">
            <h2>
              {t('deadlines')} {x.chain.length > 1 && <span className="muted small">{t('leadLimits')}</span>}
            </h2>
            <div className="deadlines">
              <div>
                <span className="what">{t('acceptBy')}</span>
                {x.status === 'dispatched' ? <Deadline due={x.acceptBy} warn={x.acceptWarnAt} /> : null} <span className="mono small">{formatDateTime(x.acceptBy)}</span>
              </div>
              <div>
                <span className="what">
                  {t('dueBy')} {x.extendedDays > 0 && <span className="small">({t('extended', { n: x.extendedDays })})</span>}
                </span>
                {x.status === 'handling' || x.status === 'dispatched' ? <Deadline due={x.dueBy} warn={x.dueWarnAt} /> : null} <span className="mono small">{formatDateTime(x.dueBy)}</span>
              </div>
              {x.callbackDueBy && (
                <div>
                  <span className="what">{t('callbackBy')}</span>
                  {x.status === 'replied' ? <Deadline due={x.callbackDueBy} warn={null} /> : null} <span className="mono small">{formatDateTime(x.callbackDueBy)}</span>
                </div>
              )}
              {x.supervision && (
                <div>
                  <span className="what">
                    {t('replyBy')} · {t(x.supervision.kind)}
                  </span>
                  <Deadline due={x.supervision.replyBy} warn={null} /> <span className="mono small">{formatDateTime(x.supervision.replyBy)}</span>
                </div>
              )}
            </div>
            <p className="muted small">
              {x.reopenCount > 0 && t('reopens', { n: x.reopenCount })} {x.callbackAttempts > 0 && t('attempts', { n: x.callbackAttempts })}
            </p>
          </section>
          <section className="card">
            <h2>{t('units')}</h2>
            <dl className="kv">
              <dt>{t('lead')}</dt>
              <dd>{x.leadUnitName ?? '—'}</dd>
              {x.unitId != null && x.unitId !== x.leadUnitId && (
                <>
                  <dt>{t('holderNow')}</dt>
                  <dd data-testid="holder-unit">{x.unitName}</dd>
                </>
              )}
              <dt>{t('assist')}</dt>
              <dd>{x.assistUnitIds.length ? x.assistUnitIds.map(unitName).join('、') : '—'}</dd>
            </dl>
            {x.transferredTo && <p className="notice">{t('transferred', { to: x.transferredTo })}</p>}
          </section>
          {user.role !== 'analyst' && <TicketCalls ticketId={x.id} version={x.version} />}
          {(x.transferredTo || x.channel === '110') && (
            <PoliceLink
              ticketId={x.id}
              version={x.version}
              reports={x.events.filter((e) => e.type === 'police_feedback').map((e) => ({ at: e.at, label: String(e.payload.label), result: (e.payload.result as string | null) ?? null }))}
            />
          )}
          <SmsMessages ticketId={x.id} version={x.version} />
          {(x.mergedTickets.length > 0 || x.mergedInto != null) && (
            <section className="card" data-testid="merged">
              {x.mergedInto != null && (
                <p>
                  {t('mergedInto')}{' '}
                  <Link to={`/tickets/${x.mergedInto}`} className="mono">
                    {String([...x.events].reverse().find((e) => e.type === 'merged')?.payload.intoNumber ?? `#${x.mergedInto}`)}
                  </Link>
                </p>
              )}
              {x.mergedTickets.length > 0 && (
                <>
                  <h2>{t('merged')}</h2>
                  <ul className="side-list">
                    {x.mergedTickets.map((m) => (
                      <li key={m.id}>
                        <Link to={`/tickets/${m.id}`} className="mono">
                          {m.number}
                        </Link>{' '}
                        {m.title}
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </section>
          )}
          <LinkedTickets ticket={x} onChanged={onChanged} />
          {showQuality && reply?.quality && (
            <section className="card">
              <QualityScore q={{ ...reply.quality, parts: reply.quality.parts as never }} />
              {poor && <p className="notice warn">{t('poor')}</p>}
            </section>
          )}
          {['dispatcher', 'admin', 'supervisor', 'agent'].includes(user.role) && ['registered', 'dispatched', 'handling', 'replied'].includes(x.status) && (
            <section className="card">
              <SimilarPanel ticketId={x.id} version={x.version} />
            </section>
          )}
        </div>
      </div>
    </div>
  );
}
