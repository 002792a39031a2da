// 待办 — a unit's inbox: every open ticket of the unit (as lead or assisting unit, or handed down
// to it), read at the unit's own level of the hand-down chain: its own deadline first, the
// countdown amber from 80% of the limit and red when overdue. Tabs: 待签收, 办理中, 待审核 (a
// reply from the level below), 已下派 (with who holds it now), 督办, 已超期. Accept with one
// key, reply (the quality score shows before sending), hand down to a unit below (下派), review
// the level below's reply, ask for an extension, return a wrongly routed ticket, answer a
// supervision notice. 我的: the tickets the unit gave to the viewer (承办人, shown on each row).

import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { api, ok } from '../api/client';
import type { TicketListItem } from '../api/types';
import { currentDeadline, Deadline } from '../components';
import { messages, useT } from '../i18n';
import { useLabels } from '../labels';
import { useUser } from '../session';
import { ActionBar, ChainView, levelDeadline, QueueFrame, TicketSummary, useQueue } from '../steps';
import { useAssignees } from '../steps/forms';
import { formatDateTime } from '../time';
import { useHotkeys } from '../hotkeys';
import './queues.css';

type View = 'open' | 'accept' | 'handling' | 'review' | 'delegated' | 'supervision' | 'overdue' | 'mine';

/** The deadline that runs for the viewer's level of the chain (the lead's for an assisting unit, a supervisor, an admin). */
function myDeadline(it: TicketListItem): { due: string | null; warn: string | null } {
  if (it.status === 'replied' && it.supervision) return { due: it.supervision.replyBy, warn: null };
  const level = it.myLevel != null ? it.chain[it.myLevel] : null;
  return level && (it.status === 'dispatched' || it.status === 'handling') ? levelDeadline(level) : currentDeadline(it);
}

/** Where the ticket stands for the viewer's level: a reply to review, handed down to whom, its own reply under review. */
function standing(it: TicketListItem): 'review' | 'delegated' | 'reviewing' | null {
  const h = it.chain.length - 1;
  if (it.myLevel == null || it.status !== 'handling') return null;
  const mine = it.chain[it.myLevel];
  if (mine.state === 'reviewing') return 'reviewing';
  if (mine.state === 'delegated') return it.myLevel === h - 1 && it.chain[h].state === 'reviewing' ? 'review' : 'delegated';
  return null;
}

const M = messages(
  {
    title: '待办',
    open: '全部待办',
    accept: '待签收',
    handling: '办理中',
    review: '待审核',
    delegated: '已下派',
    supervision: '督办',
    overdue: '已超期',
    mine: '我的',
    assignee: '承办人：{name}',
    heldBy: '在 {unit}',
    toReview: '下级已答复',
    reviewing: '待上级审核',
    myLevel: '本级（{unit}）',
    kDelegate: '下派',
    kReview: '审核答复',
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
    kTabs: '切换分页', kAcceptFiles: '附件签收', kCanned: '常用语', canned: '常用语',
    kAssign: '指定承办人',
    empty: '没有待办工单',
  },
  {
    title: 'Inbox',
    open: 'All open',
    accept: 'To accept',
    handling: 'Handling',
    review: 'To review',
    delegated: 'Handed down',
    supervision: 'Supervised',
    overdue: 'Overdue',
    mine: 'Mine',
    assignee: 'handler: {name}',
    heldBy: 'at {unit}',
    toReview: 'reply from below',
    reviewing: 'under review above',
    myLevel: 'Your level ({unit})',
    kDelegate: 'hand down',
    kReview: 'review reply',
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
    kTabs: 'switch tab', kAcceptFiles: 'accept with files', kCanned: 'canned replies', canned: 'Canned replies',
    kAssign: 'assign to a colleague',
    empty: 'Nothing to do',
  },
);

export default function Inbox() {
  const t = useT(M);
  const L = useLabels();
  const user = useUser();
  const [view, setView] = useState<View>('open');
  const q = useQueue(async () => {
    const r = await ok(api.GET('/api/v1/queues/inbox', { params: { query: { view, pageSize: 100 } } }));
    return { items: r.items as TicketListItem[], total: r.total, counts: r.counts };
  }, [view]);
  const x = q.selected;
  const deadline = (it: TicketListItem) => (view === 'supervision' && it.supervision ? { due: it.supervision.replyBy, warn: null } : myDeadline(it));
  const mine = x?.myLevel != null ? x.chain[x.myLevel] : null;
  // 承办人: the unit's handlers by id, for the badge (an assignee outside the list shows their number).
  const people = useAssignees(user.role === 'unit_handler');
  const nameOf = (id: number) => people.find((p) => p.id === id)?.name ?? `#${id}`;
  // 常用语: the unit's own canned replies, kept by its handlers.
  const navigate = useNavigate();
  useHotkeys({ q: () => navigate('/canned-replies') }, user.role === 'unit_handler' || user.role === 'admin');
  return (
    <QueueFrame<View>
      testId="inbox-page"
      title={t('title')}
      keys={[
        ['j/k ↑↓', t('kMove')],
        ['Enter', t('kOpen')],
        ['a', t('kAccept')],
        ['Shift+A', t('kAcceptFiles')],
        ['r', t('kReply')],
        ['l', t('kDelegate')],
        ['v', t('kReview')],
        ['e', t('kExtend')],
        ['b', t('kReturn')],
        ['h', t('kSup')],
        ['z', t('kAssign')],
        ['1–8', t('kTabs')],
        ['q', t('kCanned')],
      ]}
      headExtra={
        user.role === 'unit_handler' || user.role === 'admin' ? (
          <Link to="/canned-replies" className="small" data-testid="canned-link">
            {t('canned')} <kbd>q</kbd>
          </Link>
        ) : null
      }
      tabs={[
        ['open', t('open')],
        ['accept', t('accept')],
        ['handling', t('handling')],
        ['review', t('review')],
        ['delegated', t('delegated')],
        ['supervision', t('supervision')],
        ['overdue', t('overdue')],
        ['mine', t('mine')],
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
        extra: (it) => {
          const s = standing(it);
          return (
            <>
              {user.role === 'unit_handler' && it.myLevel == null && <span className="badge">{t('assisting')}</span>}
              {s === 'review' && (
                <span className="badge level-reviewing" title={it.unitName ?? ''}>
                  {t('toReview')}
                </span>
              )}
              {s === 'reviewing' && <span className="badge level-reviewing">{t('reviewing')}</span>}
              {s === 'delegated' && (
                <span className="badge level-delegated" data-testid="held-by">
                  {t('heldBy', { unit: it.unitName ?? '' })}
                </span>
              )}
              {it.supervision && <span className="badge prio-urgent">{t(it.supervision.kind)}</span>}
              {it.assigneeId != null && (
                <span className="badge" data-testid="assignee-badge">
                  {t('assignee', { name: nameOf(it.assigneeId) })}
                </span>
              )}
            </>
          );
        },
      }}
      pane={
        x && (
          <>
            <TicketSummary ticket={x} />
            <div className="panel">
              <ChainView ticket={x} compact />
            </div>
            <div className="deadlines panel">
              {mine && <span className="what" style={{ gridColumn: '1 / -1' }}>{t('myLevel', { unit: mine.unitName ?? '' })}</span>}
              {(mine ? mine.state === 'dispatched' : x.status === 'dispatched') && (
                <div>
                  <span className="what">{t('acceptBy')}</span>
                  <Deadline due={mine?.acceptBy ?? x.acceptBy} warn={mine?.acceptWarnAt ?? x.acceptWarnAt} />{' '}
                  <span className="mono small">{formatDateTime(mine?.acceptBy ?? x.acceptBy)}</span>
                </div>
              )}
              <div>
                <span className="what">{t('dueBy')}</span>
                {mine?.state === 'reviewing' ? null : <Deadline due={mine?.dueBy ?? x.dueBy} warn={mine?.dueWarnAt ?? x.dueWarnAt} />}{' '}
                <span className="mono small">{formatDateTime(mine?.dueBy ?? x.dueBy)}</span>
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
