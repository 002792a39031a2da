// 回访 — the callback agent's queue: replied tickets, nearest callback deadline first. The side
// pane shows the request, the unit's reply with its quality score and reasons, and the callback
// form: reached or not, resolved, satisfaction; unsatisfied or unresolved reopens in the same step.

import { useState } from 'react';
import { api, ok } from '../api/client';
import type { Ticket, TicketDetail, TicketListItem } from '../api/types';
import { ErrorBanner, Loading, useAsync } from '../components';
import { messages, useT } from '../i18n';
import { useLabels } from '../labels';
import { ActionBar, CallbackForm, loadTicket, QualityScore, QueueFrame, TicketSummary, useQueue } from '../steps';
import { formatDateTime } from '../time';
import './queues.css';

type View = 'all' | 'overdue' | 'retry';

const M = messages(
  {
    title: '回访',
    all: '待回访',
    overdue: '回访超期',
    retry: '再次回访',
    queue: '回访队列',
    pick: '选择左侧的工单',
    reply: '承办单位答复',
    attempts: '已回访 {n} 次（未接通）',
    reopened: '已重办 {n} 次',
    noReply: '—',
    callback: '回访记录',
    unitReplied: '{unit} 于 {at} 答复',
    kMove: '上/下一张',
    kOpen: '打开工单',
    kSubmit: '提交回访',
    kTabs: '切换分页',
    empty: '没有待回访的工单',
    score: '答复质量',
    done: '{number} 回访已提交，工单现为“{status}”',
  },
  {
    title: 'Callbacks',
    all: 'To call back',
    overdue: 'Overdue',
    retry: 'Retry',
    queue: 'Callback queue',
    pick: 'Pick a ticket on the left',
    reply: "The unit's reply",
    attempts: '{n} unreachable attempts so far',
    reopened: 'reopened {n} times',
    noReply: '—',
    callback: 'Callback',
    unitReplied: '{unit} replied {at}',
    kMove: 'next/previous',
    kOpen: 'open ticket',
    kSubmit: 'submit callback',
    kTabs: 'switch tab',
    empty: 'Nobody to call back',
    score: 'Reply quality',
    done: 'Callback on {number} recorded; the ticket is now "{status}"',
  },
);

/** The last reply on a ticket's timeline, with the quality its event recorded. */
export function lastReply(d: TicketDetail | null) {
  const e = d ? [...d.events].reverse().find((x) => x.type === 'replied') : undefined;
  if (!e) return null;
  const p = e.payload as {
    content?: string;
    quality?: { score: number; grade: 'excellent' | 'good' | 'fair' | 'poor'; parts: Record<string, number | null>; reasons: string[] };
  };
  return { content: p.content ?? '', quality: p.quality ?? null, at: e.at, who: e.actor.name };
}

function ReplyView({ id, version }: { id: number; version: number }) {
  const t = useT(M);
  const d = useAsync(() => loadTicket(id), [id, version]);
  const r = lastReply(d.data);
  if (d.error) return <ErrorBanner error={d.error} />;
  if (!d.data) return <Loading />;
  return (
    <section className="panel" data-testid="reply-view">
      <h3>
        {t('reply')} <span className="muted small">{r ? t('unitReplied', { unit: d.data.unitName ?? '', at: formatDateTime(r.at) }) : ''}</span>
      </h3>
      <p className="ticket-body">{r?.content ?? t('noReply')}</p>
      {r?.quality && <QualityScore q={{ ...r.quality, parts: r.quality.parts as never }} />}
    </section>
  );
}

// Grades as src/text/reply-quality.ts gives them: good from 75, fair from 50.
export default function Callbacks() {
  const t = useT(M);
  const [view, setView] = useState<View>('all');
  const q = useQueue(async () => {
    const r = await ok(api.GET('/api/v1/queues/callbacks', { params: { query: { view, pageSize: 100 } } }));
    return { items: r.items as TicketListItem[], total: r.total, counts: r.counts };
  }, [view]);
  const L = useLabels();
  // The queue moves on after a callback; what became of the last one is said here (and read out).
  const [done, setDone] = useState<string | null>(null);
  const x = q.selected;
  const onCallback = (after: Ticket) => {
    setDone(t('done', { number: after.number, status: L('status', after.status) }));
    q.reload();
  };
  return (
    <QueueFrame<View>
      testId="callbacks-page"
      title={t('title')}
      keys={[
        ['j/k ↑↓', t('kMove')],
        ['Enter', t('kOpen')],
        ['Ctrl+Enter', t('kSubmit')],
        ['1–3', t('kTabs')],
      ]}
      tabs={[
        ['all', t('all')],
        ['overdue', t('overdue')],
        ['retry', t('retry')],
      ]}
      view={view}
      onView={setView}
      q={q}
      pick={t('pick')}
      table={{
        label: t('queue'),
        columns: ['number', 'title', 'type', 'unit', 'deadline'],
        empty: t('empty'),
        extraHeader: t('score'),
        extra: (it) =>
          it.replyScore != null ? (
            <span className={`badge score-${it.replyScore >= 75 ? 'good' : it.replyScore >= 50 ? 'fair' : 'poor'}`} title={t('reply')}>
              {Math.round(it.replyScore)}
            </span>
          ) : null,
      }}
      notice={done}
      pane={
        x && (
          <>
            <TicketSummary ticket={x} />
            <ReplyView id={x.id} version={x.version} />
            <section className="panel">
              <h3>
                {t('callback')}{' '}
                <span className="muted small">
                  {x.callbackAttempts > 0 && t('attempts', { n: x.callbackAttempts })} {x.reopenCount > 0 && t('reopened', { n: x.reopenCount })}
                </span>
              </h3>
              <CallbackForm key={x.id} ticket={x} onDone={onCallback} />
            </section>
            <ActionBar ticket={x} onChanged={q.reload} only={['close', 'reopen']} hotkeys={false} />
          </>
        )
      }
    />
  );
}
