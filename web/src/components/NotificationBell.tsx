// 通知 — the bell in the console's bar: the unread count, kept live by the event stream (a
// 'notification' change, or a resync after a drop, refetches), and a dropdown of the latest
// with their time and ticket. Choosing one opens its ticket and marks it read; 全部已读 marks
// what the list showed (one that arrives meanwhile stays unread). Alt+M opens and closes it,
// ↑/↓ move between the entries, Esc closes.

import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useNavigate } from 'react-router';
import { api, ok } from '../api/client';
import type { paths } from '../api/schema';
import type { Json } from '../api/types';
import { useHotkeys } from '../hotkeys';
import { useKeyHelp } from '../keyhelp';
import { messages, useT } from '../i18n';
import { useLive } from '../live';
import { formatDateTime } from '../time';
import './notification-bell.css';

type Item = Json<paths['/api/v1/notifications']['get']['responses'][200]>['items'][number];

const LATEST = 10;

const M = messages(
  { bell: '通知', unread: '{n} 条未读', empty: '没有通知', readAll: '全部已读', ticket: '查看工单', title: '通知（Alt+M）' },
  { bell: 'Notifications', unread: '{n} unread', empty: 'No notifications', readAll: 'Mark all read', ticket: 'Open ticket', title: 'Notifications (Alt+M)' },
);

export default function NotificationBell() {
  const t = useT(M);
  const navigate = useNavigate();
  const [unread, setUnread] = useState(0);
  const [items, setItems] = useState<Item[]>([]);
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const seq = useRef(0);

  const refresh = useCallback(() => {
    const n = ++seq.current;
    void Promise.all([
      ok(api.GET('/api/v1/notifications', { params: { query: { unread: 'true', pageSize: 1 } } })),
      ok(api.GET('/api/v1/notifications', { params: { query: { pageSize: LATEST } } })),
    ]).then(
      ([u, latest]) => {
        if (n !== seq.current) return;
        setUnread(u.total);
        setItems(latest.items);
      },
      () => {},
    );
  }, []);
  useEffect(refresh, [refresh]);
  useLive((c) => {
    if (c.kind === 'notification' || c.kind === 'resync') refresh();
  });

  const entries = () => [...(box.current?.querySelectorAll<HTMLElement>('[data-entry]') ?? [])];
  const toggle = () => setOpen((o) => !o);
  useEffect(() => {
    if (open) setTimeout(() => entries()[0]?.focus(), 0);
  }, [open]);
  useHotkeys({ 'alt+m': toggle });
  useKeyHelp(['bell.open']);
  // Closes on a click elsewhere.
  useEffect(() => {
    if (!open) return;
    const away = (e: MouseEvent) => !box.current?.contains(e.target as Node) && setOpen(false);
    window.addEventListener('mousedown', away);
    return () => window.removeEventListener('mousedown', away);
  }, [open]);

  const choose = async (n: Item) => {
    setOpen(false);
    if (!n.readAt) {
      setUnread((u) => Math.max(0, u - 1));
      await api.POST('/api/v1/notifications/{id}/read', { params: { path: { id: n.id } } }).catch(() => {});
    }
    refresh();
    if (n.ticketId != null) navigate(`/tickets/${n.ticketId}`);
  };
  const readAll = async () => {
    const upToId = items.reduce((m, n) => Math.max(m, n.id), 0);
    await ok(api.POST('/api/v1/notifications/read-all', { body: upToId ? { upToId } : {} })).catch(() => {});
    refresh();
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      setOpen(false);
      button.current?.focus();
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const all = entries();
      const i = all.indexOf(document.activeElement as HTMLElement);
      all[(i + (e.key === 'ArrowDown' ? 1 : all.length - 1)) % all.length]?.focus();
    }
  };

  return (
    <div className="bell" ref={box} onKeyDown={onKey}>
      <button
        type="button"
        ref={button}
        className="link bell-button"
        aria-haspopup="true"
        aria-expanded={open}
        title={t('title')}
        aria-label={unread ? `${t('bell')} · ${t('unread', { n: unread })}` : t('bell')}
        data-testid="bell"
        onClick={toggle}
      >
        <svg aria-hidden="true" width="18" height="18" viewBox="0 0 24 24" fill="currentColor">
          <path d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z" />
        </svg>
        {unread > 0 && (
          <span className="bell-count" data-testid="bell-count">
            {unread > 99 ? '99+' : unread}
          </span>
        )}
      </button>
      {open && (
        <div className="bell-menu" role="menu" data-testid="bell-menu">
          <div className="bell-head">
            <strong>{t('bell')}</strong>
            <span className="muted small">{t('unread', { n: unread })}</span>
            <button type="button" className="link" data-entry data-testid="bell-read-all" disabled={!unread} onClick={() => void readAll()}>
              {t('readAll')}
            </button>
          </div>
          {items.length === 0 ? (
            <p className="muted small">{t('empty')}</p>
          ) : (
            <ul>
              {items.map((n) => (
                <li key={n.id}>
                  <button type="button" role="menuitem" data-entry className={n.readAt ? 'bell-item' : 'bell-item unread'} data-testid="bell-item" onClick={() => void choose(n)}>
                    <span className="bell-message">{n.message}</span>
                    <span className="muted small">
                      {formatDateTime(n.createdAt)}
                      {n.ticketId != null ? ` · ${t('ticket')}` : ''}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
