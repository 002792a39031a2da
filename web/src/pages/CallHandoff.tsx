// 一键转接 / 三方通话 on the intake screen: Alt+T opens the targets (110/119/120/122, the merged
// hotlines, the directory's unit contacts); ↑↓ choose, Enter hands the live call over the
// target's usual way (emergency services and hotlines take the call, a unit's contact joins it),
// Shift+Enter the other way. The telephony system's result arrives live and shows below.

import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { api, ok } from '../api/client';
import type { paths } from '../api/schema';
import type { Json } from '../api/types';
import { Dialog, ErrorBanner } from '../components';
import { useHotkeys } from '../hotkeys';
import { useKeyHelp } from '../keyhelp';
import { messages, useT } from '../i18n';
import type { Change } from '../live';

type Targets = Json<paths['/api/v1/calls/handoff-targets']['get']['responses'][200]>;
type Target = Targets['items'][number];
type Mode = Target['mode'];
type Handoff = { requestId: string; target: string; label: string; mode: string; status: string; detail: string | null };

const M = messages(
  {
    open: '转接 Alt+T', title: '一键转接 / 三方通话', transfer: '一键转接', conference: '三方通话',
    hint: '↑↓ 选择 · Enter 按默认方式 · Shift+Enter 改用另一方式 · Esc 取消', none: '没有可转接的号码',
    pending: '发送中', sent: '已发送，等待接通', connected: '已接通', failed: '失败', emergency: '紧急', hotline: '热线', contact: '单位',
  },
  {
    open: 'Transfer Alt+T', title: 'Transfer / three-party call', transfer: 'Transfer', conference: 'Three-party call',
    hint: '↑↓ choose · Enter the usual way · Shift+Enter the other way · Esc cancel', none: 'No numbers to transfer to',
    pending: 'Sending', sent: 'Sent, waiting to connect', connected: 'Connected', failed: 'Failed', emergency: 'Emergency', hotline: 'Hotline', contact: 'Unit',
  },
);

const other = (m: Mode): Mode => (m === 'transfer' ? 'conference' : 'transfer');

export default function CallHandoff({ callId, change }: { callId: string; change: Change | null }) {
  const t = useT(M);
  const [open, setOpen] = useState(false);
  const [targets, setTargets] = useState<Target[] | null>(null);
  const [done, setDone] = useState<Handoff[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const list = useRef<HTMLUListElement>(null);

  useKeyHelp(['intake.transfer']);
  useHotkeys({ 'alt+t': () => setOpen(true) });

  useEffect(() => {
    if (!open || targets) return;
    ok(api.GET('/api/v1/calls/handoff-targets')).then((r) => setTargets(r.items), setError);
  }, [open, targets]);
  useEffect(() => {
    if (open && targets) list.current?.querySelector<HTMLButtonElement>('button')?.focus();
  }, [open, targets]);

  // The result the telephony system reports back, heard live.
  useEffect(() => {
    if (change?.kind !== 'handoff' || change.callId !== callId) return;
    setDone((d) => d.map((h) => (h.requestId === change.requestId ? { ...h, status: change.status, detail: change.detail } : h)));
  }, [change, callId]);

  const send = async (target: Target, mode: Mode) => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const r = await ok(api.POST('/api/v1/calls/{callId}/handoff', { params: { path: { callId } }, body: { target: target.target, mode } }));
      setDone((d) => [...d.filter((h) => h.requestId !== r.requestId), { requestId: r.requestId, target: r.target, label: r.targetLabel ?? r.target, mode: r.mode, status: r.status, detail: r.detail }]);
      setOpen(false);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const onKey = (e: KeyboardEvent<HTMLUListElement>) => {
    const buttons = [...(list.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const next = e.key === 'ArrowDown' ? Math.min(buttons.length - 1, at + 1) : Math.max(0, at - 1);
      buttons[next]?.focus();
    } else if (e.key === 'Enter' && at >= 0 && targets) {
      e.preventDefault();
      const target = targets[at];
      void send(target, e.shiftKey ? other(target.mode) : target.mode);
    }
  };

  return (
    <div className="handoff">
      <button type="button" onClick={() => setOpen(true)} title={t('title')}>
        {t('open')}
      </button>
      {done.length > 0 && (
        <ul className="side-list" data-testid="handoff-status" aria-live="polite">
          {done.map((h) => (
            <li key={h.requestId} data-status={h.status}>
              {t(h.mode === 'conference' ? 'conference' : 'transfer')} {h.label}：<strong>{t(h.status as 'sent')}</strong>
              {h.detail && <span className="muted">（{h.detail}）</span>}
            </li>
          ))}
        </ul>
      )}
      {!open && <ErrorBanner error={error} />}
      {open && (
        <Dialog title={t('title')} onClose={() => setOpen(false)}>
          <ErrorBanner error={error} />
          {targets && !targets.length && <p className="muted">{t('none')}</p>}
          <ul className="side-list" ref={list} onKeyDown={onKey} data-testid="handoff-targets">
            {(targets ?? []).map((x) => (
              <li key={x.target}>
                <button type="button" className="link" disabled={busy} onClick={() => void send(x, x.mode)}>
                  <span className="mono">{x.target}</span> {x.label.replace(x.target, '').trim() || x.label} · {t(x.kind)} · {t(x.mode)}
                </button>
              </li>
            ))}
          </ul>
          <p className="muted small">{t('hint')}</p>
        </Dialog>
      )}
    </div>
  );
}
