// Pieces the admin screens share: reference lists read fresh (not the session's cache, which
// they refresh after a change), pickers for units and categories, and an action runner that
// shows the server's problem detail on failure and a notice on success.

import { useCallback, useState, type ReactNode } from 'react';
import { api, ApiError, loadSession, ok } from '../../api/client';
import { Dialog, ErrorBanner, useAsync } from '../../components';
import { messages, useT } from '../../i18n';
import { reloadReference, type Unit } from '../../session';
import { treeOrder } from '../../tree';

export interface AdminCategory {
  id: number;
  code: string;
  name: string;
  parentId: number | null;
  level: number;
  leadUnitId: number | null;
  active: boolean;
}

const M = messages(
  { save: '保存', cancel: '取消', none: '（无）', any: '（全部）', center: '热线中心', department: '委办局', district: '区县', street: '街道（乡镇）', enterprise: '企业', inactive: '已停用' },
  { save: 'Save', cancel: 'Cancel', none: '(none)', any: '(any)', center: 'Hotline centre', department: 'Department', district: 'District', street: 'Street / town', enterprise: 'Enterprise', inactive: 'inactive' },
);

export const UNIT_KINDS = ['center', 'department', 'district', 'street', 'enterprise'] as const;
export function useKindLabel() {
  const t = useT(M);
  return (k: string) => (UNIT_KINDS.includes(k as (typeof UNIT_KINDS)[number]) ? t(k as (typeof UNIT_KINDS)[number]) : k);
}

/** Units and categories (with inactive ones), reloaded after every change. */
export function useAdminReference(deps: unknown[] = []) {
  return useAsync(async () => {
    const [u, c] = await Promise.all([ok(api.GET('/api/v1/units')), ok(api.GET('/api/v1/admin/categories'))]);
    const units: Unit[] = u.items;
    const categories = c.items as AdminCategory[];
    return { units, categories, unitById: new Map(units.map((x) => [x.id, x])), categoryById: new Map(categories.map((x) => [x.id, x])) };
  }, deps);
}
export type AdminReference = NonNullable<ReturnType<typeof useAdminReference>['data']>;

export { treeOrder };
export { CategorySelect } from '../../components';

export function UnitSelect({ units, value, onChange, label, allowNone, filter, name }: {
  units: Unit[]; value: number | null; onChange: (id: number | null) => void; label: string; allowNone?: boolean | string; filter?: (u: Unit) => boolean; name?: string;
}) {
  const t = useT(M);
  return (
    <label>
      {label}
      <select name={name} value={value ?? ''} onChange={(e) => onChange(e.target.value ? Number(e.target.value) : null)}>
        {allowNone !== undefined && allowNone !== false && <option value="">{typeof allowNone === 'string' ? allowNone : t('none')}</option>}
        {treeOrder(units).map(({ node, depth }) =>
          !filter || filter(node) || node.id === value ? (
            <option key={node.id} value={node.id} disabled={filter ? !filter(node) : false}>
              {'　'.repeat(depth)}
              {node.name}
              {node.active ? '' : `（${t('inactive')}）`}
            </option>
          ) : null,
        )}
      </select>
    </label>
  );
}

/** Runs a change: busy while it runs, the server's problem detail if it fails, a notice if it worked. */
export function useAction() {
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = useCallback(async <T,>(fn: () => Promise<T>, done?: string): Promise<T | undefined> => {
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      const r = await fn();
      if (done) setNotice(done);
      return r;
    } catch (e) {
      setError(e);
      return undefined;
    } finally {
      setBusy(false);
    }
  }, []);
  const clear = useCallback(() => {
    setError(null);
    setNotice(null);
  }, []);
  return { error, notice, busy, run, clear, setNotice };
}

/**
 * A settings form: submitting (the button or Enter) runs `onSave`; the action's notice and error
 * show above the save button, which waits while the action runs.
 */
export function SaveForm({ act, onSave, label, className, testId, extra, children }: {
  act: ReturnType<typeof useAction>; onSave: () => unknown; label: string; className?: string; testId?: string; extra?: ReactNode; children: ReactNode;
}) {
  return (
    <form
      className={className}
      data-testid={testId}
      onSubmit={(e) => {
        e.preventDefault();
        void onSave();
      }}
    >
      {children}
      <Notice text={act.notice} />
      <ErrorBanner error={act.error} />
      {extra ? (
        <div className="admin-buttons row">
          {extra}
          <button type="submit" className="primary" disabled={act.busy}>
            {label}
          </button>
        </div>
      ) : (
        <button type="submit" className="primary" disabled={act.busy}>
          {label}
        </button>
      )}
    </form>
  );
}

/** Asks before something that cannot be undone (revoking a key, deleting a subscription). */
export function ConfirmDialog({ title, text, confirm, cancel, busy, error, onConfirm, onClose }: {
  title: string; text: string; confirm: string; cancel: string; busy: boolean; error: unknown; onConfirm: () => unknown; onClose: () => void;
}) {
  return (
    <Dialog title={title} onClose={onClose}>
      <p>{text}</p>
      <ErrorBanner error={error} />
      <div className="row admin-buttons">
        <button type="button" className="primary danger" disabled={busy} onClick={() => void onConfirm()}>
          {confirm}
        </button>
        <button type="button" onClick={onClose}>
          {cancel}
        </button>
      </div>
    </Dialog>
  );
}

/**
 * A new key, shown this once (接口密钥, 自建系统对接): selected on focus, a copy button that says when
 * the clipboard took it, and a button to close once it is saved. Labels come from the screen.
 */
export function ShownKeyDialog({ title, text, value, copy, copied, done, onClose }: {
  title: string; text: string; value: string; copy: string; copied: string; done: string; onClose: () => void;
}) {
  // Mounted afresh for each new key, so "copied" starts false every time.
  const [isCopied, setCopied] = useState(false);
  return (
    <Dialog title={title} onClose={onClose}>
      <p className="muted">{text}</p>
      <input className="mono" readOnly value={value} aria-label={title} data-testid="new-key" onFocus={(e) => e.target.select()} />
      <div className="row admin-buttons">
        <button
          type="button"
          onClick={() =>
            void navigator.clipboard?.writeText(value).then(
              () => setCopied(true),
              () => setCopied(false),
            )
          }
        >
          {isCopied ? copied : copy}
        </button>
        <button type="button" className="primary" onClick={onClose}>
          {done}
        </button>
      </div>
    </Dialog>
  );
}

export function Notice({ text }: { text: string | null }) {
  return text ? (
    <div className="success" role="status">
      {text}
    </div>
  ) : null;
}

/** For endpoints whose body the OpenAPI types leave open (the calendar's text file). */
export async function send(method: string, url: string, body: string, contentType: string): Promise<unknown> {
  const s = loadSession();
  const res = await fetch(url, { method, body, headers: { 'content-type': contentType, ...(s ? { authorization: `Bearer ${s.token}` } : {}) } });
  const data = (await res.json().catch(() => ({}))) as { code?: string; detail?: string };
  if (!res.ok) throw new ApiError(res.status, data.code ?? String(res.status), data.detail ?? res.statusText);
  return data;
}

/** After a change to units or categories: the session's cached lists are stale. */
export function referenceChanged() {
  reloadReference();
}

export function Section({ title, actions, children }: { title: string; actions?: ReactNode; children: ReactNode }) {
  return (
    <section className="card admin-section">
      <div className="admin-section-head">
        <h2>{title}</h2>
        <div className="row">{actions}</div>
      </div>
      {children}
    </section>
  );
}

/** The end of every admin form: the server's problem detail if the save failed, then Save / Cancel. */
export function SaveCancel({ busy, error, onCancel }: { busy: boolean; error?: unknown; onCancel: () => void }) {
  const t = useT(M);
  return (
    <>
      {error !== undefined && <ErrorBanner error={error} />}
      <div className="row admin-buttons">
        <button type="submit" className="primary" disabled={busy}>
          {t('save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </>
  );
}
