// A work queue's table: dense, one row per ticket, the current deadline as a coloured countdown,
// a cursor the page moves with j/k or ↑/↓ (the selected ticket shows in the side pane), Enter
// opens the ticket page.

import { useEffect, useRef, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import type { TicketListItem } from '../api/types';
import { currentDeadline, Deadline, ErrorBanner, Loading, StatusBadge } from '../components';
import { useHotkeys } from '../hotkeys';
import { messages, useT } from '../i18n';
import { useLabels } from '../labels';
import { formatDateTime } from '../time';

const M = messages(
  { number: '工单编号', title: '标题', type: '类型', status: '状态', category: '分类', unit: '承办单位', district: '区县', deadline: '时限', created: '受理时间', empty: '队列已清空' },
  { number: 'Number', title: 'Title', type: 'Type', status: 'Status', category: 'Category', unit: 'Unit', district: 'District', deadline: 'Deadline', created: 'Registered', empty: 'Queue is empty' },
);

export type Column = 'number' | 'title' | 'type' | 'status' | 'category' | 'unit' | 'district' | 'deadline' | 'created';

export function QueueTable({
  items,
  cursor,
  onCursor,
  onOpen,
  columns = ['number', 'title', 'type', 'status', 'category', 'unit', 'deadline', 'created'],
  deadline = currentDeadline,
  extra,
  empty,
  label,
}: {
  items: TicketListItem[];
  cursor: number;
  onCursor: (i: number) => void;
  onOpen: (t: TicketListItem) => void;
  columns?: Column[];
  deadline?: (t: TicketListItem) => { due: string | null; warn: string | null };
  extra?: (t: TicketListItem) => ReactNode;
  empty?: string;
  label: string;
}) {
  const t = useT(M);
  const L = useLabels();
  const body = useRef<HTMLTableSectionElement>(null);
  const move = (d: number) => onCursor(Math.max(0, Math.min(items.length - 1, cursor + d)));
  useHotkeys({
    j: () => move(1),
    k: () => move(-1),
    arrowdown: () => move(1),
    arrowup: () => move(-1),
  });
  // Enter opens the selected ticket, unless it is meant for a focused button, link or field.
  const openRef = useRef(() => {});
  openRef.current = () => items[cursor] && onOpen(items[cursor]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Enter' || e.ctrlKey || e.altKey || e.metaKey || e.shiftKey) return;
      const el = e.target as HTMLElement | null;
      if (el && el !== document.body && !el.closest('table.queue')) return;
      if (document.querySelector('.backdrop')) return;
      e.preventDefault();
      openRef.current();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  useEffect(() => {
    body.current?.querySelector<HTMLElement>(`tr[data-index="${cursor}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [cursor]);
  if (!items.length) return <p className="muted empty">{empty ?? t('empty')}</p>;
  const cell = (c: Column, x: TicketListItem) => {
    switch (c) {
      case 'number':
        return (
          <td className="mono" key={c}>
            <a href={`/tickets/${x.id}`} onClick={(e) => (e.preventDefault(), onOpen(x))}>
              {x.number}
            </a>
          </td>
        );
      case 'title':
        return (
          <td key={c} className="title-cell">
            {x.priority !== 'normal' && <span className={`badge prio-${x.priority}`}>{L('priority', x.priority)}</span>} {x.title}
            {x.alerts.length > 0 && (
              <span className="badge alert" title={x.alerts.join(', ')}>
                !
              </span>
            )}
          </td>
        );
      case 'type':
        return <td key={c}>{L('type', x.type)}</td>;
      case 'status':
        return (
          <td key={c}>
            <StatusBadge status={x.status} />
          </td>
        );
      case 'category':
        return <td key={c}>{x.categoryName ?? '—'}</td>;
      case 'unit':
        return <td key={c}>{x.unitName ?? '—'}</td>;
      case 'district':
        return <td key={c}>{x.districtName ?? '—'}</td>;
      case 'deadline': {
        const d = deadline(x);
        return (
          <td key={c} data-testid="countdown">
            <Deadline due={d.due} warn={d.warn} />
          </td>
        );
      }
      case 'created':
        return (
          <td key={c} className="mono">
            {formatDateTime(x.createdAt)}
          </td>
        );
    }
  };
  return (
    <table className="tickets queue" aria-label={label}>
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c}>{t(c)}</th>
          ))}
          {extra && <th />}
        </tr>
      </thead>
      <tbody ref={body}>
        {items.map((x, i) => (
          <tr
            key={x.id}
            data-index={i}
            data-id={x.id}
            className={i === cursor ? 'cursor' : undefined}
            aria-selected={i === cursor}
            onClick={() => onCursor(i)}
            onDoubleClick={() => onOpen(x)}
          >
            {columns.map((c) => cell(c, x))}
            {extra && (
              <td className="extra-cell" onClick={(e) => e.stopPropagation()}>
                {extra(x)}
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Tabs with counts; keys 1–9 switch (shown on each tab). */
export function QueueTabs<V extends string>({ tabs, value, onChange, counts }: { tabs: [V, string][]; value: V; onChange: (v: V) => void; counts?: Record<string, number> }) {
  const keys: Record<string, () => void> = {};
  tabs.forEach(([v], i) => (keys[String(i + 1)] = () => onChange(v)));
  useHotkeys(keys);
  return (
    <div className="tabs" role="tablist">
      {tabs.map(([v, label], i) => (
        <button key={v} type="button" role="tab" aria-selected={v === value} className={v === value ? 'active' : undefined} onClick={() => onChange(v)} data-tab={v}>
          {label}
          {counts && <span className="count">{counts[v] ?? 0}</span>}
          <kbd>{i + 1}</kbd>
        </button>
      ))}
    </div>
  );
}

/** The page's keys, always in sight under the title. */
export function KeyHints({ keys }: { keys: [string, string][] }) {
  return (
    <p className="key-hints muted small" data-testid="key-hints">
      {keys.map(([k, what]) => (
        <span key={k}>
          <kbd>{k}</kbd> {what}
        </span>
      ))}
    </p>
  );
}

/**
 * The frame every work queue shares: title with its keys, tabs with counts, the list on the
 * left and the selected ticket's pane on the right.
 */
export function QueueFrame<V extends string>({ testId, title, keys, tabs, view, onView, q, pick, table, pane, children }: {
  testId: string;
  title: string;
  keys: [string, string][];
  tabs: [V, string][];
  view: V;
  onView: (v: V) => void;
  q: {
    data: { items: TicketListItem[]; counts?: Record<string, number> } | null;
    error: unknown;
    reload: () => void;
    cursor: number;
    setCursor: (i: number) => void;
  };
  /** Shown in the pane while no ticket is selected. */
  pick: string;
  /** The list's own columns and extras; Enter or a click opens the ticket page. */
  table: Omit<Parameters<typeof QueueTable>[0], 'items' | 'cursor' | 'onCursor' | 'onOpen'>;
  pane: ReactNode;
  /** Dialogs and the like, after the frame. */
  children?: ReactNode;
}) {
  const navigate = useNavigate();
  return (
    <div className="queue-page" data-testid={testId}>
      <div className="page-head">
        <h1>{title}</h1>
        <KeyHints keys={keys} />
      </div>
      <QueueTabs<V> tabs={tabs} value={view} onChange={onView} counts={q.data?.counts} />
      <ErrorBanner error={q.error} onRetry={q.reload} />
      {!q.data && !q.error && <Loading />}
      {q.data && (
        <div className="split">
          <div>
            <QueueTable {...table} items={q.data.items} cursor={q.cursor} onCursor={q.setCursor} onOpen={(it) => navigate(`/tickets/${it.id}`)} />
          </div>
          <aside className="pane card" aria-live="polite">
            {pane || <p className="muted">{pick}</p>}
          </aside>
        </div>
      )}
      {children}
    </div>
  );
}
