// 派单 — the dispatcher's queue: registered tickets to route (with the smart suggestion and the
// similar tickets to merge) or refuse (不予受理), returns (with a unit's suggestion: approve and
// re-route in one step) and extension requests to review, and the tickets out with the units
// (已派出) to re-route (改派) or withdraw (撤回). The list is on the left, the selected ticket and
// its step form on the right; everything is reachable by keys.

import { useState } from 'react';
import { api, ok } from '../api/client';
import type { TicketListItem } from '../api/types';
import { Dialog, ErrorBanner } from '../components';
import { useHotkeys } from '../hotkeys';
import { messages, useT } from '../i18n';
import { useLabels } from '../labels';
import { useUser } from '../session';
import { COMMAND_ROLES, type CommandKind } from '../../../src/domain/ticket';
import { ActionBar, ChainView, DispatchForm, QueueFrame, ReviewForm, runStep, SimilarPanel, type SimilarTicket, TicketSummary, useQueue } from '../steps';
import { BulkBar } from '../steps/BulkBar';
import { useSelection } from '../steps/selection';
import { formatDateTime } from '../time';
import './queues.css';

type View = 'all' | 'registered' | 'returns' | 'extensions' | 'sent';

const M = messages(
  {
    title: '派单',
    all: '全部待办',
    registered: '待派单',
    returns: '退单审核',
    extensions: '延期审核',
    sent: '已派出',
    chain: '办理链条',
    kReroute: '改派',
    kWithdraw: '撤回',
    kRefuse: '不予受理',
    queue: '派单队列',
    pick: '选择左侧的工单',
    returnBy: '{unit} 申请退单',
    extendBy: '申请延期 {days} 个工作日',
    waiting: '等候自',
    kMove: '上/下一张',
    kOpen: '打开工单',
    kLead: '选择主办单位',
    kApply: '采用智能建议',
    kSubmit: '派单/提交',
    kTabs: '切换分页',
    kMerge: '并单',
    mergeTitle: '并单',
    mergeConfirm: '把 {from} 并入 {into}？并入后本单随主单答复。',
    mergeGo: '确认并单',
    cancel: '取消',
    empty: '没有待派单或待审核的工单',
  },
  {
    title: 'Dispatch',
    all: 'Everything',
    registered: 'To dispatch',
    returns: 'Returns',
    extensions: 'Extensions',
    sent: 'Out with units',
    chain: 'Chain',
    kReroute: 're-route',
    kWithdraw: 'withdraw',
    kRefuse: 'refuse',
    queue: 'Dispatch queue',
    pick: 'Pick a ticket on the left',
    returnBy: '{unit} asks to return it',
    extendBy: 'asks for {days} more working days',
    waiting: 'Waiting since',
    kMove: 'next/previous',
    kOpen: 'open ticket',
    kLead: 'choose lead unit',
    kApply: 'use suggestion',
    kSubmit: 'dispatch/submit',
    kTabs: 'switch tab',
    kMerge: 'merge',
    mergeTitle: 'Merge',
    mergeConfirm: 'Merge {from} into {into}? It will be answered with the master.',
    mergeGo: 'Merge',
    cancel: 'Cancel',
    empty: 'Nothing to dispatch or review',
  },
);

export default function Dispatch() {
  const t = useT(M);
  const L = useLabels();
  const user = useUser();
  const may = (k: CommandKind) => COMMAND_ROLES[k].includes(user.role);
  const [view, setView] = useState<View>('all');
  const q = useQueue(async () => {
    const r = await ok(api.GET('/api/v1/queues/dispatch', { params: { query: { view, pageSize: 100 } } }));
    return { items: r.items as TicketListItem[], total: r.total, counts: r.counts };
  }, [view]);
  const [merge, setMerge] = useState<{ from: TicketListItem; into: SimilarTicket } | null>(null);
  const [mergeError, setMergeError] = useState<unknown>(null);
  const x = q.selected;
  // 批量操作: rows picked with Space (Shift: a range) or their checkboxes.
  const picked = useSelection(q.data?.items);
  useHotkeys({ d: () => document.querySelector<HTMLSelectElement>('[data-testid="lead-unit"]')?.focus() });
  const doMerge = async () => {
    if (!merge) return;
    try {
      await runStep(merge.from.id, 'merge', { intoId: merge.into.id });
      setMerge(null);
      q.reload();
    } catch (e) {
      setMergeError(e);
    }
  };
  return (
    <QueueFrame<View>
      testId="dispatch-page"
      title={t('title')}
      keys={[
        ['j/k ↑↓', t('kMove')],
        ['Enter', t('kOpen')],
        ['d', t('kLead')],
        ['g', t('kApply')],
        ['Ctrl+Enter', t('kSubmit')],
        ['u', t('kReroute')],
        ['w', t('kWithdraw')],
        ['f', t('kRefuse')],
        ['1–5', t('kTabs')],
      ]}
      tabs={[
        ['all', t('all')],
        ['registered', t('registered')],
        ['returns', t('returns')],
        ['extensions', t('extensions')],
        ['sent', t('sent')],
      ]}
      view={view}
      onView={setView}
      q={q}
      pick={t('pick')}
      bulk={
        <BulkBar
          ids={picked.ids}
          actions={['dispatch', 'urge', 'export']}
          numbers={new Map((q.data?.items ?? []).map((it) => [it.id, it.number]))}
          onDone={() => (picked.clear(), q.reload())}
          onClear={picked.clear}
        />
      }
      table={{
        label: t('queue'),
        selection: picked,
        // Waiting since the call, and the dispatch deadline (派单时限) counting down: an old 已受理 shows red.
        columns: view === 'sent' ? ['number', 'title', 'type', 'status', 'unit', 'deadline', 'created'] : ['number', 'title', 'type', 'status', 'district', 'waiting', 'deadline'],
        empty: t('empty'),
        extra: (it) =>
          it.pendingReturn ? (
            <span className="badge status-dispatched">{t('returns')}</span>
          ) : it.pendingExtension ? (
            <span className="badge status-handling">{t('extensions')}</span>
          ) : null,
      }}
      pane={
        x && (
          <>
            <TicketSummary ticket={x} />
            {x.pendingReturn && may('review-return') && (
              <section className="panel">
                <h3>
                  {t('returns')} · {t('returnBy', { unit: x.unitName ?? '' })} <span className="muted small">{formatDateTime(x.pendingReturn.at)}</span>
                </h3>
                <ReviewForm key={`r${x.id}`} ticket={x} step="review-return" onDone={q.reload} />
              </section>
            )}
            {!x.pendingReturn && x.pendingExtension && may('review-extension') && (
              <section className="panel">
                <h3>
                  {t('extensions')} · {x.unitName} {t('extendBy', { days: x.pendingExtension.days ?? 0 })}
                </h3>
                <ReviewForm key={`e${x.id}`} ticket={x} step="review-extension" onDone={q.reload} />
              </section>
            )}
            {x.status === 'registered' && may('dispatch') && (
              <section className="panel">
                <h3>{L('command', 'dispatch')}</h3>
                <DispatchForm key={x.id} ticket={x} onDone={q.reload} />
              </section>
            )}
            {x.status === 'registered' && (
              <SimilarPanel ticketId={x.id} version={x.version} onMerge={may('merge') ? (into) => setMerge({ from: x, into }) : undefined} />
            )}
            {x.chain.length > 0 && (
              <section className="panel">
                <h3>{t('chain')}</h3>
                <ChainView ticket={x} compact />
              </section>
            )}
            <ActionBar ticket={x} onChanged={q.reload} only={['reroute', 'withdraw', 'refuse', 'merge', 'answer', 'close', 'transfer']} hotkeys={!merge} />
          </>
        )
      }
    >
      {merge && (
        <Dialog title={t('mergeTitle')} onClose={() => setMerge(null)}>
          <p>{t('mergeConfirm', { from: merge.from.number, into: merge.into.number })}</p>
          <p className="muted">{merge.into.title}</p>
          <ErrorBanner error={mergeError} />
          <div className="row">
            <button type="button" className="primary" onClick={() => void doMerge()}>
              {t('mergeGo')}
            </button>
            <button type="button" onClick={() => setMerge(null)}>
              {t('cancel')}
            </button>
          </div>
        </Dialog>
      )}
    </QueueFrame>
  );
}
