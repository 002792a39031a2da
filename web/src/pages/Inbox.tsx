// 待办 — a unit's inbox: every open ticket of the unit (as lead or assisting unit), nearest
// deadline first, the countdown amber from 80% of the limit and red when overdue. Accept with
// one key, reply (the quality score shows before sending), ask for an extension, return a
// wrongly routed ticket, answer a supervision notice.

import { useState } from 'react';
import { api, ok } from '../api/client';
import type { TicketListItem } from '../api/types';
import { currentDeadline, Deadline } from '../components';
import { messages, useT } from '../i18n';
import { useLabels } from '../labels';
import { useReference, useUser } from '../session';
import { ActionBar, QueueFrame, subtreeOf, TicketSummary, useQueue } from '../steps';
import { formatDateTime } from '../time';
import './queues.css';

type View = 'open' | 'accept' | 'handling' | 'supervision' | 'overdue';

const M = messages(
  {
    title: '待办',
    open: '全部待办',
    accept: '待签收',
    handling: '办理中',
    supervision: '督办',
    overdue: '已超期',
    queue: '待办工单',
    pick: '选择左侧的工单',
    assisting: '协办',
    acceptBy: '签收时限',
    dueBy: '办理时限',
    replyBy: '督办回复时限',
    supervised: '{kind}：{content}',
    notice: '督办单',
    urge: '催办',
    pendingReturn: '退单审核中',
    pendingExtension: '延期审核中（{days} 个工作日）',
    kMove: '上/下一张',
    kOpen: '打开工单',
    kAccept: '签收',
    kReply: '答复',
    kExtend: '延期',
    kReturn: '退单',
    kSup: '督办回复',
    kTabs: '切换分页',
    empty: '没有待办工单',
  },
  {
    title: 'Inbox',
    open: 'All open',
    accept: 'To accept',
    handling: 'Handling',
    supervision: 'Supervised',
    overdue: 'Overdue',
    queue: 'Inbox',
    pick: 'Pick a ticket on the left',
    assisting: 'assisting',
    acceptBy: 'Accept by',
    dueBy: 'Handle by',
    replyBy: 'Answer supervision by',
    supervised: '{kind}: {content}',
    notice: 'Supervision notice',
    urge: 'Reminder',
    pendingReturn: 'Return under review',
    pendingExtension: 'Extension under review ({days} working days)',
    kMove: 'next/previous',
    kOpen: 'open ticket',
    kAccept: 'accept',
    kReply: 'reply',
    kExtend: 'extension',
    kReturn: 'return',
    kSup: 'answer supervision',
    kTabs: 'switch tab',
    empty: 'Nothing to do',
  },
);

export default function Inbox() {
  const t = useT(M);
  const L = useLabels();
  const user = useUser();
  const ref = useReference();
  const [view, setView] = useState<View>('open');
  const q = useQueue(async () => {
    const r = await ok(api.GET('/api/v1/queues/inbox', { params: { query: { view, pageSize: 100 } } }));
    return { items: r.items as TicketListItem[], total: r.total, counts: r.counts };
  }, [view]);
  const scope = subtreeOf(ref?.units ?? [], user.unitId);
  const x = q.selected;
  const deadline = (it: TicketListItem) =>
    view === 'supervision' && it.supervision
      ? { due: it.supervision.replyBy, warn: null }
      : it.status === 'replied' && it.supervision
        ? { due: it.supervision.replyBy, warn: null }
        : currentDeadline(it);
  return (
    <QueueFrame<View>
      testId="inbox-page"
      title={t('title')}
      keys={[
        ['j/k ↑↓', t('kMove')],
        ['Enter', t('kOpen')],
        ['a', t('kAccept')],
        ['r', t('kReply')],
        ['e', t('kExtend')],
        ['b', t('kReturn')],
        ['h', t('kSup')],
        ['1–5', t('kTabs')],
      ]}
      tabs={[
        ['open', t('open')],
        ['accept', t('accept')],
        ['handling', t('handling')],
        ['supervision', t('supervision')],
        ['overdue', t('overdue')],
      ]}
      view={view}
      onView={setView}
      q={q}
      pick={t('pick')}
      table={{
        label: t('queue'),
        columns: ['number', 'title', 'type', 'status', 'category', 'deadline', 'created'],
        deadline,
        empty: t('empty'),
        extra: (it) => (
          <>
            {it.unitId != null && !scope.has(it.unitId) && <span className="badge">{t('assisting')}</span>}
            {it.supervision && <span className="badge prio-urgent">{t(it.supervision.kind)}</span>}
          </>
        ),
      }}
      pane={
        x && (
          <>
            <TicketSummary ticket={x} />
            <div className="deadlines panel">
              {x.status === 'dispatched' && (
                <div>
                  <span className="what">{t('acceptBy')}</span>
                  <Deadline due={x.acceptBy} warn={x.acceptWarnAt} /> <span className="mono small">{formatDateTime(x.acceptBy)}</span>
                </div>
              )}
              <div>
                <span className="what">{t('dueBy')}</span>
                <Deadline due={x.dueBy} warn={x.dueWarnAt} /> <span className="mono small">{formatDateTime(x.dueBy)}</span>
              </div>
              {x.supervision && (
                <div>
                  <span className="what">{t('replyBy')}</span>
                  <Deadline due={x.supervision.replyBy} warn={null} /> <span className="mono small">{formatDateTime(x.supervision.replyBy)}</span>
                </div>
              )}
            </div>
            {x.supervision && <p className="notice warn">{t('supervised', { kind: t(x.supervision.kind), content: x.supervision.content })}</p>}
            {x.pendingReturn && (
              <p className="notice">
                {t('pendingReturn')}：{x.pendingReturn.reason}
              </p>
            )}
            {x.pendingExtension && <p className="notice">{t('pendingExtension', { days: x.pendingExtension.days ?? 0 })}</p>}
            <ActionBar ticket={x} onChanged={q.reload} />
            <p className="muted small">
              {L('status', x.status)}
              {x.acceptedAt && ` · ${formatDateTime(x.acceptedAt)}`}
            </p>
          </>
        )
      }
    />
  );
}
