// The hand-down chain (下派链) drawn: the centre, then each level from the lead unit (主办) down
// to the unit holding the ticket now (highlighted), each with its state, its own deadline and
// countdown (Asia/Shanghai), who handed it down and when, the note, a reply waiting for review
// and the last rejection. The viewer's own level is marked. Below, the levels that finished
// their part (a reply approved up, or a return) as the timeline records them.

import type { Ticket, TicketDetail, TicketEvent } from '../api/types';
import { Deadline } from '../components';
import { messages, useT } from '../i18n';
import { useLabels } from '../labels';
import { useReference } from '../session';
import { formatDateTime } from '../time';

const M = messages(
  {
    title: '办理链条', centre: '热线中心', lead: '主办', holder: '当前承办', mine: '本单位', acceptBy: '签收时限', dueBy: '办理时限',
    accepted: '{at} 签收', handedBy: '{who} · {at} 派单', delegatedBy: '{who} · {at} 下派', note: '意见：{text}', reply: '答复待审核（{at}）',
    rejection: '上次被退回（{who} {at}）：{note}', waiting: '等待上一级审核', done: '已完成的下级', approved: '答复已审核通过',
    returned: '已退回上一级', none: '尚未派单', dispatcher: '派单员', level: '第 {n} 级',
  },
  {
    title: 'Chain', centre: 'Hotline centre', lead: 'Lead', holder: 'Holds it now', mine: 'Your unit', acceptBy: 'Accept by', dueBy: 'Handle by',
    accepted: 'accepted {at}', handedBy: 'dispatched by {who} · {at}', delegatedBy: 'handed down by {who} · {at}', note: 'Note: {text}', reply: 'Reply under review ({at})',
    rejection: 'Sent back ({who} {at}): {note}', waiting: 'waiting for the level above', done: 'Levels that finished', approved: 'reply approved',
    returned: 'returned to the level above', none: 'Not dispatched yet', dispatcher: 'dispatcher', level: 'level {n}',
  },
);

type Level = Ticket['chain'][number];

/** The open levels' deadline that runs now: accepting while dispatched to it, handling after; none while its reply is reviewed. */
export function levelDeadline(l: Level): { due: string | null; warn: string | null } {
  if (l.state === 'dispatched') return { due: l.acceptBy, warn: l.acceptWarnAt };
  if (l.state === 'reviewing') return { due: null, warn: null };
  return { due: l.dueBy, warn: l.dueWarnAt };
}

/** Levels that left the current chain: their reply approved up, or returned up (from the timeline since the last dispatch). */
function finishedLevels(events: TicketEvent[]): { unitId: number; level: number; at: string; how: 'approved' | 'returned' }[] {
  let start = 0;
  events.forEach((e, i) => {
    if (e.type === 'dispatched' || e.type === 'rerouted' || e.type === 'withdrawn' || e.type === 'return_approved') start = i;
  });
  const out: { unitId: number; level: number; at: string; how: 'approved' | 'returned' }[] = [];
  for (const e of events.slice(start)) {
    const p = e.payload as { level?: number; unitId?: number };
    if ((e.type === 'reply_approved' || e.type === 'level_returned') && p.unitId != null && p.level != null) {
      out.push({ unitId: p.unitId, level: p.level, at: e.at, how: e.type === 'reply_approved' ? 'approved' : 'returned' });
    }
  }
  return out.sort((a, b) => a.level - b.level);
}

export function ChainView({ ticket: x, compact = false }: { ticket: Ticket | TicketDetail; compact?: boolean }) {
  const t = useT(M);
  const L = useLabels();
  const ref = useReference();
  const open = x.status === 'dispatched' || x.status === 'handling';
  const h = x.chain.length - 1;
  const unitName = (id: number | null | undefined) => (id == null ? '—' : (ref?.unitById.get(id)?.name ?? String(id)));
  const finished = 'events' in x && !compact ? finishedLevels(x.events) : [];
  if (!x.chain.length) return <p className="muted small">{t('none')}</p>;
  return (
    <div className="chain" data-testid="chain">
      <ol className="chain-levels">
        <li className="chain-centre">
          <span className="chain-unit">{t('centre')}</span>
        </li>
        {x.chain.map((l, i) => {
          const holder = i === h && open;
          const mine = x.myLevel === i;
          const d = levelDeadline(l);
          return (
            <li
              key={`${i}-${l.unitId}`}
              className={`chain-level state-${l.state}${holder ? ' holder' : ''}${mine ? ' mine' : ''}`}
              data-level={i}
              data-state={l.state}
              data-holder={holder || undefined}
              aria-current={holder ? 'step' : undefined}
            >
              <div className="chain-head">
                <span className="chain-unit">{l.unitName ?? unitName(l.unitId)}</span>
                {i === 0 && <span className="badge">{t('lead')}</span>}
                {open && <span className={`badge level-state level-${l.state}`}>{L('levelState', l.state)}</span>}
                {holder && <span className="badge holder-badge">{t('holder')}</span>}
                {mine && <span className="badge mine-badge">{t('mine')}</span>}
              </div>
              <div className="chain-times small">
                {open && d.due && (
                  <>
                    <span className="muted">{l.state === 'dispatched' ? t('acceptBy') : t('dueBy')}</span> <Deadline due={d.due} warn={d.warn} />{' '}
                    <span className="mono muted">{formatDateTime(d.due)}</span>
                  </>
                )}
                {open && l.state === 'dispatched' && (
                  <span className="muted">
                    {' '}
                    · {t('dueBy')} <span className="mono">{formatDateTime(l.dueBy)}</span>
                  </span>
                )}
                {(!open || l.state === 'reviewing') && (
                  <span className="muted">
                    {t('dueBy')} <span className="mono">{formatDateTime(l.dueBy)}</span>
                  </span>
                )}
                {open && l.state === 'reviewing' && <span className="muted"> · {t('waiting')}</span>}
              </div>
              {!compact && (
                <div className="chain-who small muted">
                  {i === 0
                    ? t('handedBy', { who: l.delegatedByName ?? t('dispatcher'), at: formatDateTime(l.at) })
                    : t('delegatedBy', { who: [l.fromUnitName, l.delegatedByName].filter(Boolean).join(' '), at: formatDateTime(l.at) })}
                  {l.acceptedAt && ` · ${t('accepted', { at: formatDateTime(l.acceptedAt) })}`}
                </div>
              )}
              {!compact && l.note && <div className="chain-note small">{t('note', { text: l.note })}</div>}
              {l.reply && (
                <div className="notice small chain-reply" data-testid="chain-reply">
                  <strong>{t('reply', { at: formatDateTime(l.reply.at) })}</strong>
                  <div className="ticket-body">{l.reply.content}</div>
                </div>
              )}
              {l.rejection && (
                <div className="notice warn small chain-rejection" data-testid="chain-rejection">
                  {t('rejection', { who: l.rejection.byName ?? l.fromUnitName ?? '', at: formatDateTime(l.rejection.at), note: l.rejection.note })}
                </div>
              )}
            </li>
          );
        })}
      </ol>
      {finished.length > 0 && (
        <div className="chain-finished small" data-testid="chain-finished">
          <span className="muted">{t('done')}：</span>
          {finished.map((f, i) => (
            <span key={i} className="chip" data-how={f.how}>
              {t('level', { n: f.level })} {unitName(f.unitId)} · {f.how === 'approved' ? t('approved') : t('returned')} · <span className="mono">{formatDateTime(f.at)}</span>
            </span>
          ))}
        </div>
      )}
    </div>
  );
}
