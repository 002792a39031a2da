// The agent's state bar in the console header (坐席状态): signed in at an extension or not, ready
// (示闲), busy with a reason (示忙), on a call, after-call work (话后), and for how long. Keys work
// on every screen: Alt+R ready, Alt+B busy (then the reason's digit), Alt+E sign in at an
// extension or out. The telephony moves the state too: the bar hears it over the live stream.

import { useCallback, useEffect, useRef, useState } from 'react';
import { api, ok } from '../api/client';
import type { paths } from '../api/schema';
import type { Json } from '../api/types';
import { Dialog, ErrorBanner, useNow } from '../components';
import { useHotkeys } from '../hotkeys';
import { useKeyHelp } from '../keyhelp';
import { messages, useT } from '../i18n';
import { useLive } from '../live';
import './agent-state.css';

type MyState = Json<paths['/api/v1/calls/state']['get']['responses'][200]>;

const M = messages(
  {
    ready: '示闲', busy: '示忙', on_call: '通话中', after_call: '话后', out: '未签入', ext: '分机 {ext}',
    goReady: '示闲 Alt+R', goBusy: '示忙 Alt+B', signIn: '签入 Alt+E', signOut: '签出', busyTitle: '示忙原因（按数字键选择）',
    extTitle: '签入分机', extLabel: '分机号', extSubmit: '签入', cancel: '取消', state: '坐席状态',
  },
  {
    ready: 'Ready', busy: 'Busy', on_call: 'On a call', after_call: 'After-call work', out: 'Signed out', ext: 'ext. {ext}',
    goReady: 'Ready Alt+R', goBusy: 'Busy Alt+B', signIn: 'Sign in Alt+E', signOut: 'Sign out', busyTitle: 'Why busy? (press the digit)',
    extTitle: 'Sign in at an extension', extLabel: 'Extension', extSubmit: 'Sign in', cancel: 'Cancel', state: 'Agent state',
  },
);

/** 3:05 / 1:02:03 since a time. */
export function elapsed(since: string, now: number): string {
  const s = Math.max(0, Math.floor((now - Date.parse(since)) / 1000));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${sec}` : `${m}:${sec}`;
}

export default function AgentState() {
  const t = useT(M);
  const now = useNow(1000);
  const [s, setS] = useState<MyState | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [dialog, setDialog] = useState<'busy' | 'ext' | null>(null);
  const [ext, setExt] = useState('');
  const extRef = useRef<HTMLInputElement>(null);

  const load = useCallback(() => {
    ok(api.GET('/api/v1/calls/state')).then(setS, setError);
  }, []);
  useEffect(load, [load]);
  useLive((c) => {
    if (c.kind === 'resync' || (c.kind === 'floor' && c.what === 'agent_state')) load();
  });
  // After-call work ends by itself: look again when it should have.
  useEffect(() => {
    if (s?.state !== 'after_call' || !s.since || !s.afterCallSeconds) return;
    const due = Date.parse(s.since) + s.afterCallSeconds * 1000 + 500 - Date.now();
    const id = setTimeout(load, Math.max(due, 1000));
    return () => clearTimeout(id);
  }, [s, load]);

  const run = async (work: () => Promise<unknown>) => {
    setError(null);
    setDialog(null);
    try {
      await work();
    } catch (e) {
      setError(e);
    }
    load();
  };
  const ready = () => run(() => ok(api.PUT('/api/v1/calls/state', { body: { state: 'ready' } })));
  const busy = (reason: string) => run(() => ok(api.PUT('/api/v1/calls/state', { body: { state: 'busy', reason } })));
  const signIn = () => run(() => ok(api.PUT('/api/v1/calls/extension', { body: { extension: ext.trim() } })));
  const signOut = () => run(() => ok(api.PUT('/api/v1/calls/extension', { body: { extension: null } })));

  const keys: Record<string, () => void> = {
    'alt+r': () => void ready(),
    'alt+b': () => setDialog('busy'),
    'alt+e': () => (s?.state ? void signOut() : setDialog('ext')),
  };
  useKeyHelp(s ? ['phone.ready', 'phone.busy', 'phone.extension'] : []);
  if (dialog === 'busy') s?.reasons.forEach((r, i) => (keys[String(i + 1)] = () => void busy(r)));
  useHotkeys(keys);
  useEffect(() => {
    if (dialog === 'ext') setTimeout(() => extRef.current?.focus(), 0);
  }, [dialog]);

  if (!s) return null;
  const label = s.state ? t(s.state) + (s.state === 'busy' && s.reason ? `·${s.reason}` : '') : t('out');
  return (
    <span className="agent-state" data-testid="agent-state" data-state={s.state ?? 'out'} aria-label={t('state')}>
      <span className={`agent-chip agent-${s.state ?? 'out'}`}>
        {label}
        {s.since && <span className="agent-since mono">{elapsed(s.since, now)}</span>}
      </span>
      {s.extension && <span className="agent-ext">{t('ext', { ext: s.extension })}</span>}
      {s.state !== 'ready' && s.state !== 'on_call' && (
        <button type="button" className="link" onClick={() => void ready()}>
          {t('goReady')}
        </button>
      )}
      {s.state !== 'on_call' && (
        <button type="button" className="link" onClick={() => setDialog('busy')}>
          {t('goBusy')}
        </button>
      )}
      {s.state ? (
        <button type="button" className="link" onClick={() => void signOut()}>
          {t('signOut')}
        </button>
      ) : (
        <button type="button" className="link" onClick={() => setDialog('ext')}>
          {t('signIn')}
        </button>
      )}
      {error ? <ErrorBanner error={error} /> : null}
      {dialog === 'busy' && (
        <Dialog title={t('busyTitle')} onClose={() => setDialog(null)}>
          <ol className="busy-reasons">
            {s.reasons.map((r, i) => (
              <li key={r}>
                <button type="button" onClick={() => void busy(r)}>
                  <kbd>{i + 1}</kbd> {r}
                </button>
              </li>
            ))}
          </ol>
        </Dialog>
      )}
      {dialog === 'ext' && (
        <Dialog title={t('extTitle')} onClose={() => setDialog(null)}>
          <form
            className="row"
            onSubmit={(e) => {
              e.preventDefault();
              if (ext.trim()) void signIn();
            }}
          >
            <label>
              {t('extLabel')} <input ref={extRef} name="extension" value={ext} onChange={(e) => setExt(e.target.value)} maxLength={20} required />
            </label>
            <button type="submit" className="primary">
              {t('extSubmit')}
            </button>
            <button type="button" onClick={() => setDialog(null)}>
              {t('cancel')}
            </button>
          </form>
        </Dialog>
      )}
    </span>
  );
}
