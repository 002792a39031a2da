// Bulk steps on the picked tickets (批量派单, 批量催办, 导出选中): one call per bulk step, which
// runs the ordinary single-ticket step on each ticket and answers per ticket; the bar shows which
// went through and, for each that did not, why. Each click carries its own Idempotency-Key, so a
// retried request is never run twice.

import { useMemo, useRef, useState } from 'react';
import { api, download, ok } from '../api/client';
import { Dialog, ErrorBanner } from '../components';
import { useHotkeys } from '../hotkeys';
import { useKeyHelp, useKeyHint, type KeyHelpId } from '../keyhelp';
import { messages, useT } from '../i18n';
import { useReference, useUser } from '../session';
import { shanghaiDate } from '../time';
import { COMMAND_ROLES } from '../../../src/domain/ticket';

const M = messages(
  {
    picked: '已选 {n} 张',
    none: '未选择工单（空格选择，Shift 连选）',
    unit: '派给',
    pickUnit: '选择承办单位',
    dispatch: '批量派单',
    urge: '批量催办',
    export: '导出选中',
    clear: '取消选择',
    urgeTitle: '批量催办 {n} 张工单',
    urgeContent: '催办内容',
    urgeDefault: '请抓紧办理，按时答复群众。',
    urgeGo: '催办',
    cancel: '取消',
    busy: '正在办理…',
    result: '{ok} 张成功，{failed} 张未办理',
    okRow: '成功',
    failRow: '未办理',
    dismiss: '关闭结果',
  },
  {
    picked: '{n} picked',
    none: 'Nothing picked (Space picks, Shift for a range)',
    unit: 'To',
    pickUnit: 'Choose a unit',
    dispatch: 'Dispatch picked',
    urge: 'Urge picked',
    export: 'Export picked',
    clear: 'Clear',
    urgeTitle: 'Urge {n} tickets',
    urgeContent: 'Message',
    urgeDefault: 'Please handle this promptly and reply on time.',
    urgeGo: 'Urge',
    cancel: 'Cancel',
    busy: 'Working…',
    result: '{ok} done, {failed} not done',
    okRow: 'done',
    failRow: 'not done',
    dismiss: 'Dismiss',
  },
);

type Result = { id: number; ok: boolean; number: string | null; status?: string; code?: string; message?: string };
export type BulkAction = 'dispatch' | 'urge' | 'export';

const KIND_ORDER = ['department', 'district', 'street', 'enterprise'];

export function BulkBar({ ids, actions, numbers, onDone, onClear, keys = ['bulk.toggle', 'bulk.range', 'bulk.bar'] }: {
  ids: number[];
  /** The picking keys this screen answers to (listed by `?` and in the bar). */
  keys?: KeyHelpId[];
  actions: BulkAction[];
  /** Ticket numbers by id, to name those not in the answer (not visible). */
  numbers: Map<number, string>;
  /** After a bulk step: the list reloads. */
  onDone: () => void;
  onClear: () => void;
}) {
  const t = useT(M);
  const user = useUser();
  const ref = useReference();
  const [unit, setUnit] = useState<number | ''>('');
  const [urging, setUrging] = useState(false);
  const [content, setContent] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [results, setResults] = useState<Result[] | null>(null);
  const unitRef = useRef<HTMLSelectElement>(null);
  const first = useRef<HTMLButtonElement>(null);
  const may = {
    dispatch: actions.includes('dispatch') && COMMAND_ROLES.dispatch.includes(user.role),
    urge: actions.includes('urge') && COMMAND_ROLES.supervise.includes(user.role),
    export: actions.includes('export'),
  };
  const units = useMemo(() => {
    const list = (ref?.units ?? []).filter((u) => u.active && u.kind !== 'center');
    return KIND_ORDER.map((k) => list.filter((u) => u.kind === k)).flat();
  }, [ref]);
  // b: to the bar (the unit to dispatch to, or its first button).
  useHotkeys({ b: () => (unitRef.current ?? first.current)?.focus() }, !urging);
  useKeyHelp(keys);
  const hint = useKeyHint(keys);

  const run = async (call: () => Promise<{ results: Result[] }>) => {
    setBusy(true);
    setError(null);
    try {
      const r = await call();
      setResults(r.results);
      onDone();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const key = () => (crypto.randomUUID ? crypto.randomUUID() : `${Date.now()}-${Math.random()}`);
  const dispatch = () =>
    unit !== '' &&
    run(() => ok(api.POST('/api/v1/tickets/bulk/dispatch', { body: { ids, unitId: unit }, headers: { 'idempotency-key': key() } })));
  const urge = () =>
    run(async () => {
      const r = await ok(api.POST('/api/v1/tickets/bulk/supervise', { body: { ids, type: 'urge', content: content.trim() || t('urgeDefault') }, headers: { 'idempotency-key': key() } }));
      setUrging(false);
      return r;
    });
  const exportPicked = () => download(`/api/v1/tickets.xlsx?ids=${ids.join(',')}`, `tickets-${shanghaiDate()}.xlsx`).catch(setError);

  const done = results?.filter((r) => r.ok).length ?? 0;
  return (
    <section className="bulk-bar card" aria-label={t('picked', { n: ids.length })} data-testid="bulk-bar">
      <div className="row">
        <strong data-testid="bulk-count">{ids.length ? t('picked', { n: ids.length }) : t('none')}</strong>
        {may.dispatch && (
          <>
            <label>
              {t('unit')}{' '}
              <select ref={unitRef} value={unit} onChange={(e) => setUnit(e.target.value ? Number(e.target.value) : '')} data-testid="bulk-unit">
                <option value="">{t('pickUnit')}</option>
                {units.map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.name}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" className="primary" disabled={!ids.length || unit === '' || busy} onClick={() => void dispatch()} data-testid="bulk-dispatch">
              {t('dispatch')}
            </button>
          </>
        )}
        {may.urge && (
          <button type="button" ref={may.dispatch ? undefined : first} disabled={!ids.length || busy} onClick={() => (setContent(''), setUrging(true))} data-testid="bulk-urge">
            {t('urge')}
          </button>
        )}
        {may.export && (
          <button type="button" disabled={!ids.length} onClick={() => void exportPicked()} data-testid="bulk-export">
            {t('export')}
          </button>
        )}
        {ids.length > 0 && (
          <button type="button" className="link" onClick={onClear}>
            {t('clear')}
          </button>
        )}
        {busy && <span className="muted">{t('busy')}</span>}
        <span className="muted small hint">{hint}</span>
      </div>
      <ErrorBanner error={error} />
      {results && (
        <div className="bulk-results" role="status" data-testid="bulk-results">
          <p>
            <strong>{t('result', { ok: done, failed: results.length - done })}</strong>{' '}
            <button type="button" className="link" onClick={() => setResults(null)}>
              {t('dismiss')}
            </button>
          </p>
          <ul>
            {results.map((r) => (
              <li key={r.id} className={r.ok ? 'ok' : 'failed'} data-testid="bulk-result" data-ok={r.ok}>
                <span className="mono">{r.number ?? numbers.get(r.id) ?? `#${r.id}`}</span> {r.ok ? `✓ ${t('okRow')}` : `✗ ${t('failRow')}：${r.message ?? r.code}`}
              </li>
            ))}
          </ul>
        </div>
      )}
      {urging && (
        <Dialog title={t('urgeTitle', { n: ids.length })} onClose={() => setUrging(false)}>
          <label>
            {t('urgeContent')}
            <textarea value={content} placeholder={t('urgeDefault')} onChange={(e) => setContent(e.target.value)} maxLength={2000} rows={3} />
          </label>
          <div className="row">
            <button type="button" className="primary" disabled={busy} onClick={() => void urge()} data-testid="bulk-urge-go">
              {t('urgeGo')}
            </button>
            <button type="button" onClick={() => setUrging(false)}>
              {t('cancel')}
            </button>
          </div>
        </Dialog>
      )}
    </section>
  );
}
