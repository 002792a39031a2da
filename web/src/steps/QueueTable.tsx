// A work queue's table: dense, one row per ticket, the current deadline as a coloured countdown,
// a cursor the page moves with j/k or ↑/↓ (the selected ticket shows in the side pane), Enter
// opens the ticket page.

import { useEffect, useRef, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import type { TicketListItem } from '../api/types';
import { currentDeadline, Deadline, ErrorBanner, Loading, PickCell, StatusBadge, useNow } from '../components';
import { useHotkeys } from '../hotkeys';
import { useKeyHelp } from '../keyhelp';
import { messages, useLang, useT } from '../i18n';
import { useLabels } from '../labels';
import { formatDateTime, formatSpan } from '../time';
import { shownAlerts } from '../../../src/domain/ticket';
import type { Selection } from './selection';

const M = messages(
  {
    number: '工单编号', title: '标题', type: '类型', status: '状态', category: '分类', unit: '承办单位', district: '区县', deadline: '时限', created: '受理时间', waiting: '已等候', empty: '队列已清空',
    pick: '选择', pickAll: '选择本页全部',
    repeat: '重复件', repeat_caller: '重复件：同一诉求人30日内反映的同一事项，点击查看前件', repeat_matter: '重复件：30日内他人已反映同一地点同一问题，点击查看前件',
  },
  {
    number: 'Number', title: 'Title', type: 'Type', status: 'Status', category: 'Category', unit: 'Unit', district: 'District', deadline: 'Deadline', created: 'Registered', waiting: 'Waiting', empty: 'Queue is empty',
    pick: 'Pick', pickAll: 'Pick the whole page',
    repeat: 'Repeat', repeat_caller: 'Repeat: the same caller about the same matter within 30 days; opens the earlier ticket', repeat_matter: 'Repeat: the same problem at the same place reported within 30 days; opens the earlier ticket',
  },
);

export type Column = 'number' | 'title' | 'type' | 'status' | 'category' | 'unit' | 'district' | 'deadline' | 'created' | 'waiting';

export function QueueTable({
  items,
  cursor,
  onCursor,
  onOpen,
  columns = ['number', 'title', 'type', 'status', 'category', 'unit', 'deadline', 'created'],
  deadline = currentDeadline,
  extra,
  extraHeader,
  empty,
  label,
  selection,
}: {
  items: TicketListItem[];
  cursor: number;
  onCursor: (i: number) => void;
  onOpen: (t: TicketListItem) => void;
  columns?: Column[];
  deadline?: (t: TicketListItem) => { due: string | null; warn: string | null };
  extra?: (t: TicketListItem) => ReactNode;
  /** The extra column's heading (a column without one is a puzzle for the eye and for a screen reader). */
  extraHeader?: string;
  empty?: string;
  label: string;
  /** Rows picked for a bulk step: a checkbox column; Space picks the cursor row (Shift: the range). */
  selection?: Selection;
}) {
  const t = useT(M);
  const L = useLabels();
  const { lang } = useLang();
  const now = useNow();
  const body = useRef<HTMLTableSectionElement>(null);
  const move = (d: number) => onCursor(Math.max(0, Math.min(items.length - 1, cursor + d)));
  useHotkeys({
    j: () => move(1),
    k: () => move(-1),
    arrowdown: () => move(1),
    arrowup: () => move(-1),
    ...(selection ? { space: (e: KeyboardEvent) => selection.toggle(cursor, e.shiftKey) } : {}),
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
            {x.repeatOf != null && (
              // 重复件 (app/repeats.ts): links to the earlier ticket.
              <a
                className="badge repeat"
                href={`/tickets/${x.repeatOf}`}
                title={t(x.repeatReason === 'matter' ? 'repeat_matter' : 'repeat_caller')}
                data-testid="repeat-mark"
                onClick={(e) => (e.preventDefault(), e.stopPropagation(), onOpen({ ...x, id: x.repeatOf as number }))}
              >
                {t('repeat')}
              </a>
            )}
            {shownAlerts(x).length > 0 && (
              <span className="badge alert" title={shownAlerts(x).map((a) => L('alert', a)).join('、')} data-testid="alert-mark">
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
      case 'waiting':
        // Since the call (wall-clock: the citizen waits nights too); the exact time on hover.
        return (
          <td key={c} className="nowrap" title={formatDateTime(x.createdAt)} data-testid="waiting">
            {formatSpan(now - Date.parse(x.createdAt), lang)}
          </td>
        );
    }
  };
  return (
    <table className="tickets queue" aria-label={label}>
      <thead>
        <tr>
          {selection && (
            <th className="pick">
              <input type="checkbox" checked={selection.allOn} onChange={(e) => selection.setAll(e.target.checked)} aria-label={t('pickAll')} data-testid="pick-all" />
            </th>
          )}
          {columns.map((c) => (
            <th key={c}>{t(c)}</th>
          ))}
          {extra && <th>{extraHeader ?? ''}</th>}
        </tr>
      </thead>
      <tbody ref={body}>
        {items.map((x, i) => (
          <tr
            key={x.id}
            data-index={i}
            data-id={x.id}
            className={[i === cursor ? 'cursor' : '', selection?.has(x.id) ? 'picked' : ''].join(' ').trim() || undefined}
            aria-selected={i === cursor}
            data-picked={selection ? selection.has(x.id) : undefined}
            onClick={() => onCursor(i)}
            onDoubleClick={() => onOpen(x)}
          >
            {selection && <PickCell picked={selection.has(x.id)} label={`${t('pick')} ${x.number}`} onPick={(range) => (selection.toggle(i, range), onCursor(i))} />}
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
  useKeyHelp(keys); // and in the ? help
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
export function QueueFrame<V extends string>({ testId, title, headExtra, keys, tabs, view, onView, q, pick, notice, table, pane, bulk, children }: {
  testId: string;
  title: string;
  /** Beside the title (a link to a screen of the queue's own: the inbox's 常用语). */
  headExtra?: ReactNode;
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
  /** What the last action did (the queue has moved on), shown above the list and read out. */
  notice?: string | null;
  /** The list's own columns and extras; Enter or a click opens the ticket page. */
  table: Omit<Parameters<typeof QueueTable>[0], 'items' | 'cursor' | 'onCursor' | 'onOpen'>;
  pane: ReactNode;
  /** The bulk steps' bar for the picked rows (table.selection), above the list. */
  bulk?: ReactNode;
  /** Dialogs and the like, after the frame. */
  children?: ReactNode;
}) {
  const navigate = useNavigate();
  return (
    <div className="queue-page" data-testid={testId}>
      <div className="page-head">
        <h1>{title}</h1>
        {headExtra}
        <KeyHints keys={keys} />
      </div>
      <QueueTabs<V> tabs={tabs} value={view} onChange={onView} counts={q.data?.counts} />
      <ErrorBanner error={q.error} onRetry={q.reload} />
      <p className="notice" role="status" data-testid="queue-notice" hidden={!notice}>
        {notice}
      </p>
      {!q.data && !q.error && <Loading />}
      {q.data && bulk}
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
