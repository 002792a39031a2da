// Printable documents of a ticket, laid out as a government document (党政机关公文格式, GB/T 9704:
// the issuing body's name in red over a red rule, the document number 〔年〕号, a title, the
// addressee, the body, the sender and date): 交办单 (the dispatch order a unit files), 督办单 (the
// supervision notice) and 工单打印 (the ticket's full record with its timeline). Personal data is
// printed as the screen shows it (masked): paper leaves the system's access rules behind.

import { useEffect } from 'react';
import { Link, useParams } from 'react-router';
import type { TicketDetail, TicketEvent } from '../api/types';
import { ErrorBanner, Loading, useAsync } from '../components';
import { useHotkeys } from '../hotkeys';
import { messages, useT } from '../i18n';
import { useLabels } from '../labels';
import { categoryPath, useReference } from '../session';
import { loadTicket } from '../steps';
import { formatDateTime, shanghaiDate } from '../time';
import './print.css';

export type PrintDoc = 'assign' | 'supervise' | 'record';
export const PRINT_DOCS: PrintDoc[] = ['assign', 'supervise', 'record'];

const M = messages(
  {
    assign: '工单交办单', supervise: '督办单', urge: '催办单', record: '工单处理记录', print: '打印', back: '返回工单', keys: 'P 打印 · Esc 返回',
    hotline: '12345政务服务便民热线', numberPrefix_assign: '交', numberPrefix_supervise: '督', numberPrefix_record: '记',
    ticketNo: '工单编号', registered: '受理时间', channel: '受理渠道', type: '诉求类型', category: '诉求分类', district: '所属区域', address: '事发地址',
    caller: '诉求人', phone: '联系电话', title: '诉求标题', content: '诉求内容', lead: '主办单位', assist: '协办单位', acceptBy: '签收时限', dueBy: '办理时限',
    opinion: '交办意见', supervision: '督办意见', replyBy: '回复时限', status: '当前状态', reply: '办理结果', callback: '回访情况', timeline: '办理过程',
    at: '时间', who: '操作人', what: '环节', detail: '内容', assignBody: '现将市民诉求转交你单位办理，请按时限签收并办结，办理结果及时答复诉求人并反馈热线。',
    superviseBody: '该工单办理中存在以下问题，请高度重视，按督办意见落实，并在回复时限内书面反馈办理情况。',
    noSupervision: '本工单目前没有督办。', noDispatch: '本工单尚未派单。', none: '无', to: '{unit}：', printedAt: '打印时间：{at}', page: '（共 {n} 条记录）',
    satisfaction: '满意度：{s}；问题{r}', resolvedYes: '已解决', resolvedNo: '未解决', copy: '抄送：热线中心督办科', unknown: '—',
  },
  {
    assign: 'Dispatch order', supervise: 'Supervision notice', urge: 'Reminder', record: 'Ticket record', print: 'Print', back: 'Back to the ticket', keys: 'P print · Esc back',
    hotline: '12345 Government Service Hotline', numberPrefix_assign: 'D', numberPrefix_supervise: 'S', numberPrefix_record: 'R',
    ticketNo: 'Ticket', registered: 'Registered', channel: 'Channel', type: 'Type', category: 'Category', district: 'District', address: 'Address',
    caller: 'Caller', phone: 'Phone', title: 'Title', content: 'Request', lead: 'Lead unit', assist: 'Assisting units', acceptBy: 'Accept by', dueBy: 'Handle by',
    opinion: 'Instructions', supervision: 'Supervision', replyBy: 'Answer by', status: 'Status', reply: 'Result', callback: 'Callback', timeline: 'Timeline',
    at: 'When', who: 'Who', what: 'Step', detail: 'Detail', assignBody: "We pass on a citizen's request for your unit to handle: accept and finish it within the limits, answer the citizen and report back to the hotline.",
    superviseBody: 'The handling of this ticket needs attention: act on the points below and report in writing before the answer deadline.',
    noSupervision: 'This ticket is not under supervision.', noDispatch: 'This ticket has not been dispatched.', none: 'none', to: 'To {unit}:', printedAt: 'Printed {at}', page: '({n} entries)',
    satisfaction: 'Satisfaction: {s}; {r}', resolvedYes: 'resolved', resolvedNo: 'not resolved', copy: 'Copy: the hotline centre, supervision office', unknown: '—',
  },
);

const last = (x: TicketDetail, type: string): TicketEvent | undefined => [...x.events].reverse().find((e) => e.type === type);
const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : null);

/** 临热线交〔2026〕000254号: the year and the ticket's serial, so a filed copy leads back to the ticket. */
function docNumber(x: TicketDetail, prefix: string): string {
  const year = x.number.slice(0, 4);
  const serial = x.number.slice(-6);
  return `热线${prefix}〔${year}〕${serial}号`;
}

/** An event's words for the record: what was written with it (note, reason, reply, content). */
function eventText(e: TicketEvent): string {
  const p = e.payload as Record<string, unknown>;
  return [p.content, p.note, p.reason, p.answer].map(text).filter(Boolean).join('；');
}

interface Row {
  label: string;
  value: React.ReactNode;
  /** Across the whole width (long text); the others go two to a row, the usual form of a 交办单. */
  wide?: boolean;
}

export default function TicketPrint() {
  const { id, doc } = useParams();
  const kind: PrintDoc = PRINT_DOCS.includes(doc as PrintDoc) ? (doc as PrintDoc) : 'record';
  const t = useT(M);
  const L = useLabels();
  const ref = useReference();
  const d = useAsync(() => loadTicket(Number(id)), [id]);
  useHotkeys({ p: () => window.print(), escape: () => history.back() });
  const x = d.data;
  useEffect(() => {
    if (x) document.title = `${t(kind)} ${x.number}`;
  }, [x, kind, t]);
  if (d.error) return <ErrorBanner error={d.error} />;
  if (!x) return <Loading />;

  const unitName = (uid: number | null | undefined) => (uid == null ? t('unknown') : (ref?.unitById.get(uid)?.name ?? `#${uid}`));
  const dispatched = last(x, 'dispatched');
  const supervised = last(x, 'supervised');
  const sup = (supervised?.payload ?? null) as { type?: 'notice' | 'urge'; content?: string; replyBy?: string } | null;
  const title = kind === 'supervise' && sup?.type === 'urge' ? t('urge') : t(kind);
  const addressee = kind === 'record' ? null : x.leadUnitName ?? x.unitName;
  const centre = x.centreName ?? t('hotline');
  const printedAt = formatDateTime(new Date().toISOString());
  const missing = (kind === 'assign' && !dispatched) || (kind === 'supervise' && !supervised);

  const rows: Row[] = [
    { label: t('ticketNo'), value: <span className="mono">{x.number}</span> },
    { label: t('registered'), value: formatDateTime(x.createdAt) },
    { label: t('channel'), value: L('channel', x.channel) },
    { label: t('type'), value: L('type', x.type) },
    { label: t('caller'), value: x.caller.name ?? t('unknown') },
    { label: t('phone'), value: x.caller.phone ?? t('unknown') },
    { label: t('category'), value: categoryPath(ref, x.categoryId) },
    { label: t('district'), value: x.districtName ?? t('unknown') },
    { label: t('address'), value: x.address ?? t('unknown'), wide: true },
    { label: t('title'), value: x.title, wide: true },
    { label: t('content'), value: <div className="print-text">{x.content}</div>, wide: true },
    { label: t('lead'), value: x.leadUnitName ?? t('unknown') },
  ];
  if (kind === 'supervise') {
    rows.push({ label: t('replyBy'), value: formatDateTime(sup?.replyBy) });
    rows.push({ label: t('supervision'), value: <div className="print-text" data-testid="print-supervision">{sup?.content}</div>, wide: true });
  } else {
    rows.push({ label: t('assist'), value: x.assistUnitIds.length ? x.assistUnitIds.map(unitName).join('、') : t('none') });
    rows.push({ label: t('acceptBy'), value: formatDateTime(x.acceptBy) }, { label: t('dueBy'), value: formatDateTime(x.dueBy) });
  }
  if (kind === 'assign') rows.push({ label: t('opinion'), value: text((dispatched?.payload as { note?: unknown })?.note) ?? t('none'), wide: true });
  if (kind === 'record') {
    rows.push({ label: t('status'), value: L('status', x.status) });
    rows.push({
      label: t('callback'),
      value: x.satisfaction ? t('satisfaction', { s: L('satisfaction', x.satisfaction), r: x.resolved ? t('resolvedYes') : t('resolvedNo') }) : t('unknown'),
    });
    rows.push({ label: t('reply'), value: <div className="print-text">{text((last(x, 'replied')?.payload as { content?: unknown })?.content) ?? t('unknown')}</div>, wide: true });
  }

  return (
    <div className="print-page" data-testid="print-page" data-doc={kind}>
      <div className="print-toolbar no-print">
        <button type="button" className="primary" onClick={() => window.print()} data-testid="print-button">
          {t('print')}
        </button>
        <Link to={`/tickets/${x.id}`}>{t('back')}</Link>
        <span className="muted small">{t('keys')}</span>
      </div>
      <article className="gov-doc">
        <header className="gov-head">
          <div className="gov-issuer" data-testid="print-issuer">
            {centre}
          </div>
          <div className="gov-number" data-testid="print-number">
            {docNumber(x, t(`numberPrefix_${kind}` as never))}
          </div>
          <hr className="gov-rule" />
        </header>
        <h1 className="gov-title" data-testid="print-title">
          {title}
        </h1>
        {addressee && <p className="gov-to">{t('to', { unit: addressee })}</p>}
        {kind === 'assign' && <p className="gov-body">{dispatched ? t('assignBody') : t('noDispatch')}</p>}
        {kind === 'supervise' && <p className="gov-body">{supervised ? t('superviseBody') : t('noSupervision')}</p>}
        {!missing && (
          <table className="gov-table">
            <colgroup>
              <col className="th" />
              <col />
              <col className="th" />
              <col />
            </colgroup>
            <tbody>{pairRows(rows)}</tbody>
          </table>
        )}
        {kind === 'record' && (
          <section className="gov-timeline">
            <h2>
              {t('timeline')} <span className="small">{t('page', { n: x.events.length })}</span>
            </h2>
            <table className="gov-table" data-testid="print-timeline">
              <thead>
                <tr>
                  <th>{t('at')}</th>
                  <th>{t('what')}</th>
                  <th>{t('who')}</th>
                  <th>{t('detail')}</th>
                </tr>
              </thead>
              <tbody>
                {x.events.map((e) => (
                  <tr key={e.seq}>
                    <td className="mono nowrap">{formatDateTime(e.at)}</td>
                    <td className="nowrap">{L('event', e.type)}</td>
                    <td className="nowrap">{e.actor.name ?? t('unknown')}</td>
                    <td>{eventText(e)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        )}
        <footer className="gov-sign">
          <p>{centre}</p>
          <p>{shanghaiDateChinese(new Date())}</p>
        </footer>
        <p className="gov-copy">{kind === 'supervise' ? t('copy') : ''}</p>
        <p className="gov-printed muted small">{t('printedAt', { at: printedAt })}</p>
      </article>
    </div>
  );
}

/** Rows of label | value | label | value; a wide field, or one left without a partner, spans the row. */
function pairRows(rows: Row[]): React.ReactNode[] {
  const out: React.ReactNode[] = [];
  for (let i = 0; i < rows.length; i++) {
    const a = rows[i];
    const b = rows[i + 1];
    if (!a.wide && b && !b.wide) {
      out.push(
        <tr key={i}>
          <th>{a.label}</th>
          <td>{a.value}</td>
          <th>{b.label}</th>
          <td>{b.value}</td>
        </tr>,
      );
      i++;
    } else
      out.push(
        <tr key={i}>
          <th>{a.label}</th>
          <td colSpan={3}>{a.value}</td>
        </tr>,
      );
  }
  return out;
}

/** 2026年12月7日: the date as a government document writes it under the sender. */
function shanghaiDateChinese(d: Date): string {
  const [y, m, day] = shanghaiDate(d).split('-').map(Number);
  return `${y}年${m}月${day}日`;
}
