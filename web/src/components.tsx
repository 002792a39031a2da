// Pieces every screen uses: loading and errors, status badges, deadline countdowns, the ticket
// table (keyboard: ↑/↓ or j/k to move, Enter to open), dialogs, and masked caller details.

import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { api, ApiError, ok } from './api/client';
import type { TicketListItem } from './api/types';
import { messages, useLang, useT } from './i18n';
import { useLabels } from './labels';
import { treeOrder } from './tree';
import { deadlineState, formatDateTime, formatRemaining } from './time';

const M = messages(
  {
    loading: '加载中…', retry: '重试', empty: '没有工单', number: '工单编号', title: '标题', status: '状态', category: '分类',
    unit: '承办单位', deadline: '办理时限', created: '受理时间', reveal: '查看完整信息', revealNote: '查看将被记录', revealReason: '保密工单：请填写查看事由（将被记录）', close: '关闭',
    prev: '上一页', next: '下一页', page: '第 {page} 页，共 {total} 条', pageCapped: '第 {page} 页，超过 1000 条',
    none: '（无）', inactive: '已停用', pick: '选择', pickAll: '选择本页全部',
  },
  {
    loading: 'Loading…', retry: 'Retry', empty: 'No tickets', number: 'Number', title: 'Title', status: 'Status', category: 'Category',
    unit: 'Unit', deadline: 'Deadline', created: 'Registered', reveal: 'Show full details', revealNote: 'Viewing is logged', revealReason: 'Confidential: why do you need the details? (logged)', close: 'Close',
    prev: 'Previous', next: 'Next', page: 'Page {page} of {total} tickets', pageCapped: 'Page {page}, more than 1,000',
    none: '(none)', inactive: 'inactive', pick: 'Pick', pickAll: 'Pick the whole page',
  },
);

/** Loads data and reloads on demand: const { data, error, reload } = useAsync(() => ok(api.GET(...)), [deps]). */
export function useAsync<T>(load: () => Promise<T>, deps: unknown[]) {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const [loading, setLoading] = useState(true);
  const seq = useRef(0);
  const reload = useCallback(() => {
    const n = ++seq.current;
    setLoading(true);
    load().then(
      (d) => {
        if (n !== seq.current) return;
        setData(d);
        setError(null);
        setLoading(false);
      },
      (e: Error) => {
        if (n !== seq.current) return;
        setError(e);
        setLoading(false);
      },
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  useEffect(reload, [reload]);
  return { data, error, loading, reload, setData };
}

export function ErrorBanner({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = useT(M);
  if (!error) return null;
  const text = error instanceof ApiError ? error.detail : error instanceof Error ? error.message : String(error);
  return (
    <div className="error" role="alert">
      {text}
      {onRetry && (
        <button type="button" className="link" onClick={onRetry}>
          {t('retry')}
        </button>
      )}
    </div>
  );
}

export function Loading() {
  const t = useT(M);
  return <div className="muted">{t('loading')}</div>;
}

export function StatusBadge({ status }: { status: string }) {
  const L = useLabels();
  return <span className={`badge status-${status}`}>{L('status', status)}</span>;
}

/** Re-renders every 30 s so countdowns move. */
export function useNow(everyMs = 30_000): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(id);
  }, [everyMs]);
  return now;
}

/** The deadline that matters now: accepting while dispatched, replying while handling, callback after a reply. */
export function currentDeadline(t: Pick<TicketListItem, 'status' | 'dispatchBy' | 'acceptBy' | 'acceptWarnAt' | 'dueBy' | 'dueWarnAt' | 'callbackDueBy'>) {
  if (t.status === 'registered') return { due: t.dispatchBy, warn: null }; // 派单时限
  if (t.status === 'dispatched') return { due: t.acceptBy, warn: t.acceptWarnAt };
  if (t.status === 'handling') return { due: t.dueBy, warn: t.dueWarnAt };
  if (t.status === 'replied') return { due: t.callbackDueBy, warn: null };
  return { due: null, warn: null };
}

/** A countdown coloured green, amber from 80% of the time limit, red when overdue. */
export function Deadline({ due, warn }: { due: string | null; warn: string | null }) {
  const { lang } = useLang();
  const now = useNow();
  if (!due) return <span className="muted">—</span>;
  const state = deadlineState(due, warn, now);
  return (
    <span className={`deadline deadline-${state}`} title={formatDateTime(due)} data-state={state}>
      {formatRemaining(due, lang, now)}
    </span>
  );
}

/** A row's box for bulk steps; a click picks (with Shift: the range from the last pick) without opening the row. */
export function PickCell({ picked, label, onPick }: { picked: boolean; label: string; onPick: (range: boolean) => void }) {
  return (
    <td className="pick" onClick={(e) => e.stopPropagation()}>
      <input type="checkbox" checked={picked} aria-label={label} onChange={() => {}} onClick={(e) => (e.stopPropagation(), onPick(e.shiftKey))} />
    </td>
  );
}

/**
 * A list of tickets: ↑/↓ or j/k move, Enter opens. With `selection` (bulk steps) a checkbox
 * column: Space or x picks the cursor row, Shift with either (or with a click) picks a range.
 */
export function TicketTable({ items, empty, extra, selection }: {
  items: TicketListItem[];
  empty?: string;
  extra?: (t: TicketListItem) => ReactNode;
  selection?: { has: (id: number) => boolean; toggle: (i: number, range?: boolean) => void; setAll: (on: boolean) => void; allOn: boolean };
}) {
  const t = useT(M);
  const navigate = useNavigate();
  const [cursor, setCursor] = useState(0);
  const body = useRef<HTMLTableSectionElement>(null);
  useEffect(() => setCursor((c) => Math.min(c, Math.max(items.length - 1, 0))), [items.length]);
  const onKey = (e: React.KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'j') setCursor((c) => Math.min(c + 1, items.length - 1));
    else if (e.key === 'ArrowUp' || e.key === 'k') setCursor((c) => Math.max(c - 1, 0));
    else if (e.key === 'Enter' && items[cursor]) navigate(`/tickets/${items[cursor].id}`);
    else if (selection && (e.key === ' ' || e.key === 'x' || e.key === 'X') && e.target === e.currentTarget) selection.toggle(cursor, e.shiftKey);
    else return;
    e.preventDefault();
  };
  useEffect(() => {
    body.current?.querySelector<HTMLElement>(`tr[data-index="${cursor}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [cursor]);
  if (!items.length) return <p className="muted empty">{empty ?? t('empty')}</p>;
  return (
    <table className="tickets" tabIndex={0} onKeyDown={onKey} aria-label={t('number')}>
      <thead>
        <tr>
          {selection && (
            <th className="pick">
              <input type="checkbox" checked={selection.allOn} onChange={(e) => selection.setAll(e.target.checked)} aria-label={t('pickAll')} data-testid="pick-all" />
            </th>
          )}
          <th>{t('number')}</th>
          <th>{t('title')}</th>
          <th>{t('status')}</th>
          <th>{t('category')}</th>
          <th>{t('unit')}</th>
          <th>{t('deadline')}</th>
          <th>{t('created')}</th>
          {extra && <th />}
        </tr>
      </thead>
      <tbody ref={body}>
        {items.map((x, i) => {
          const d = currentDeadline(x);
          return (
            <tr
              key={x.id}
              data-index={i}
              data-id={x.id}
              data-picked={selection ? selection.has(x.id) : undefined}
              className={[i === cursor ? 'cursor' : '', selection?.has(x.id) ? 'picked' : ''].join(' ').trim() || undefined}
              onClick={() => navigate(`/tickets/${x.id}`)}
            >
              {selection && <PickCell picked={selection.has(x.id)} label={`${t('pick')} ${x.number}`} onPick={(range) => (selection.toggle(i, range), setCursor(i))} />}
              <td className="mono">
                <a href={`/tickets/${x.id}`} onClick={(e) => e.preventDefault()}>
                  {x.number}
                </a>
              </td>
              <td>
                {x.snippet ? <span dangerouslySetInnerHTML={{ __html: x.snippet }} /> : x.title}
                {x.alerts.length > 0 && <span className="badge alert">!</span>}
              </td>
              <td>
                <StatusBadge status={x.status} />
              </td>
              <td>{x.categoryName ?? '—'}</td>
              <td>{x.unitName ?? '—'}</td>
              <td>
                <Deadline due={d.due} warn={d.warn} />
              </td>
              <td className="mono">{formatDateTime(x.createdAt)}</td>
              {extra && <td onClick={(e) => e.stopPropagation()}>{extra(x)}</td>}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export function Pager({ page, pageSize, total, capped, onPage }: { page: number; pageSize: number; total: number; capped?: boolean; onPage: (p: number) => void }) {
  const t = useT(M);
  const last = Math.max(1, Math.ceil(total / pageSize));
  return (
    <div className="pager">
      <button type="button" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {t('prev')}
      </button>
      <span>{capped ? t('pageCapped', { page }) : t('page', { page, total })}</span>
      <button type="button" disabled={page >= last && !capped} onClick={() => onPage(page + 1)}>
        {t('next')}
      </button>
    </div>
  );
}

/** A modal dialog: Escape closes it, focus moves into it. */
export function Dialog({ title, onClose, children }: { title: string; onClose: () => void; children: ReactNode }) {
  const t = useT(M);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const first = box.current?.querySelector<HTMLElement>('textarea, input, select, button.primary');
    first?.focus();
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  return (
    <div className="backdrop" onClick={onClose}>
      <div className="dialog" role="dialog" aria-modal="true" aria-label={title} ref={box} onClick={(e) => e.stopPropagation()}>
        <header>
          <h2>{title}</h2>
          <button type="button" className="link" onClick={onClose} aria-label={t('close')}>
            ✕
          </button>
        </header>
        {children}
      </div>
    </div>
  );
}

/**
 * The caller's masked name and phone; revealing the full details is an explicit, logged click.
 * A confidential ticket's caller is revealed only to an admin who gives a reason (asked inline).
 */
export function CallerDetails({ ticketId, caller, confidential = false }: { ticketId: number; caller: { name: string | null; phone: string | null }; confidential?: boolean }) {
  const t = useT(M);
  const [full, setFull] = useState<{ name: string | null; phone: string | null } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const reveal = async () => {
    try {
      const body = confidential ? { reason } : {};
      const r = await ok(api.POST('/api/v1/tickets/{id}/reveal', { params: { path: { id: String(ticketId) } }, body }));
      setFull(r as { name: string | null; phone: string | null });
      setAsking(false);
    } catch (e) {
      setError(e);
    }
  };
  const shown = full ?? caller;
  return (
    <span className="caller">
      <span data-testid="caller-name">{shown.name ?? '—'}</span> <span className="mono" data-testid="caller-phone">{shown.phone ?? '—'}</span>
      {!full && !asking && (caller.name || caller.phone) && (
        <button type="button" className="link" onClick={confidential ? () => setAsking(true) : reveal} title={t('revealNote')}>
          {t('reveal')}
        </button>
      )}
      {asking && (
        <form
          className="reveal-reason"
          onSubmit={(e) => {
            e.preventDefault();
            void reveal();
          }}
        >
          <input autoFocus required maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} placeholder={t('revealReason')} aria-label={t('revealReason')} data-testid="reveal-reason" />
          <button type="submit" className="link">{t('reveal')}</button>
        </form>
      )}
      <ErrorBanner error={error} />
    </span>
  );
}

/** A category picker in tree order (indented), for intake, dispatch and the admin screens. */
export function CategorySelect({ categories, value, onChange, label, allowNone, name, testId }: {
  categories: { id: number; parentId: number | null; name: string; active?: boolean }[];
  value: number | null;
  onChange: (id: number | null) => void;
  label: string;
  allowNone?: boolean | string;
  name?: string;
  testId?: string;
}) {
  const t = useT(M);
  return (
    <label>
      {label}
      <select name={name} data-testid={testId} value={value ?? ''} onChange={(e) => onChange(e.target.value ? Number(e.target.value) : null)}>
        {allowNone !== undefined && allowNone !== false && <option value="">{typeof allowNone === 'string' ? allowNone : t('none')}</option>}
        {treeOrder(categories).map(({ node, depth }) => (
          <option key={node.id} value={node.id}>
            {'　'.repeat(depth)}
            {node.name}
            {node.active === false ? `（${t('inactive')}）` : ''}
          </option>
        ))}
      </select>
    </label>
  );
}
