// 办理规则与智能派单: the policy (reopen, extension, callback rules), automatic dispatch and
// the trained classifier models; and 操作日志: the audit log of admin changes.

import { useEffect, useState } from 'react';
import { api, ok } from '../../api/client';
import { ErrorBanner, Loading, Pager, useAsync } from '../../components';
import { messages, useT } from '../../i18n';
import { formatDateTime } from '../../time';
import { Notice, Section, useAction } from './common';

const POLICY_FIELDS = ['maxReopens', 'reopenWindowDays', 'maxExtensionDays', 'maxCallbackAttempts', 'callbackDays', 'warnFraction'] as const;
type PolicyField = (typeof POLICY_FIELDS)[number];

const M = messages(
  {
    policy: '办理规则', maxReopens: '最多重办次数', reopenWindowDays: '办结后可重办的天数', maxExtensionDays: '累计最多延期工作日', maxCallbackAttempts: '回访未接通几次后自动办结',
    callbackDays: '答复后几个工作日内回访', warnFraction: '时限预警点（如 0.8 即用去 80% 时预警）', save: '保存', saved: '已保存',
    auto: '自动派单', autoEnabled: '开启自动派单（分类置信度达到阈值且派单目录能给出承办单位时，受理即派单）', threshold: '置信度阈值', models: '分类模型',
    version: '版本', trainedAt: '训练时间', size: '训练样本', scores: '交叉验证', active: '在用', noModels: '尚未训练模型（hotline train）',
    audit: '操作日志', at: '时间', who: '操作人', action: '操作', detail: '内容', filter: '按操作筛选', all: '全部',
  },
  {
    policy: 'Handling rules', maxReopens: 'Max reopens', reopenWindowDays: 'Days after closing a ticket may reopen', maxExtensionDays: 'Max extension (working days)', maxCallbackAttempts: 'Unreached callbacks before closing',
    callbackDays: 'Callback within (working days)', warnFraction: 'Warning point (0.8 = at 80% of the limit)', save: 'Save', saved: 'Saved',
    auto: 'Automatic dispatch', autoEnabled: 'Dispatch at registration when the classifier is confident and the catalogue names a unit', threshold: 'Confidence threshold', models: 'Classifier models',
    version: 'Version', trainedAt: 'Trained', size: 'Training size', scores: 'Cross-validation', active: 'Active', noModels: 'No model trained yet (hotline train)',
    audit: 'Audit log', at: 'When', who: 'Who', action: 'Action', detail: 'Detail', filter: 'Filter by action', all: 'All',
  },
);

export function Settings() {
  const t = useT(M);
  const policy = useAsync(async () => (await ok(api.GET('/api/v1/settings/policy'))) as Record<string, unknown>, []);
  const auto = useAsync(async () => (await ok(api.GET('/api/v1/settings/auto-dispatch'))) as { enabled: boolean; threshold: number }, []);
  const models = useAsync(
    async () => (await ok(api.GET('/api/v1/models'))) as { items: { version: number; trainedAt: string; trainingSize: number; scores: Record<string, unknown>; active: boolean }[] },
    [],
  );
  const [form, setForm] = useState<Record<PolicyField, string>>({} as Record<PolicyField, string>);
  const [autoForm, setAutoForm] = useState<{ enabled: boolean; threshold: string } | null>(null);
  const act = useAction();
  const autoAct = useAction();
  useEffect(() => {
    if (policy.data) setForm(Object.fromEntries(POLICY_FIELDS.map((f) => [f, String(policy.data?.[f] ?? '')])) as Record<PolicyField, string>);
  }, [policy.data]);
  useEffect(() => {
    if (auto.data) setAutoForm({ enabled: auto.data.enabled, threshold: String(auto.data.threshold) });
  }, [auto.data]);

  const savePolicy = () =>
    act.run(async () => {
      const body = Object.fromEntries(POLICY_FIELDS.filter((f) => form[f] !== '').map((f) => [f, Number(form[f])]));
      await ok(api.PUT('/api/v1/settings/policy', { body }));
    }, t('saved'));
  const saveAuto = () => autoForm && autoAct.run(async () => void (await ok(api.PUT('/api/v1/settings/auto-dispatch', { body: { enabled: autoForm.enabled, threshold: Number(autoForm.threshold) } }))), t('saved'));

  return (
    <>
      <Section title={t('policy')}>
        {!policy.data ? (
          <Loading />
        ) : (
          <form
            className="admin-policy"
            onSubmit={(e) => {
              e.preventDefault();
              void savePolicy();
            }}
          >
            {POLICY_FIELDS.map((f) => (
              <label key={f}>
                {t(f)}
                <input name={f} type="number" step="any" value={form[f] ?? ''} onChange={(e) => setForm({ ...form, [f]: e.target.value })} />
              </label>
            ))}
            <Notice text={act.notice} />
            <ErrorBanner error={act.error} />
            <button type="submit" className="primary" disabled={act.busy}>
              {t('save')}
            </button>
          </form>
        )}
      </Section>
      <Section title={t('auto')}>
        {autoForm && (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void saveAuto();
            }}
          >
            <label className="admin-check">
              <input type="checkbox" checked={autoForm.enabled} onChange={(e) => setAutoForm({ ...autoForm, enabled: e.target.checked })} /> {t('autoEnabled')}
            </label>
            <label className="admin-narrow-label">
              {t('threshold')}
              <input type="number" step="0.01" value={autoForm.threshold} onChange={(e) => setAutoForm({ ...autoForm, threshold: e.target.value })} />
            </label>
            <Notice text={autoAct.notice} />
            <ErrorBanner error={autoAct.error} />
            <button type="submit" className="primary" disabled={autoAct.busy}>
              {t('save')}
            </button>
          </form>
        )}
        <h3>{t('models')}</h3>
        {models.data && models.data.items.length === 0 && <p className="muted">{t('noModels')}</p>}
        {models.data && models.data.items.length > 0 && (
          <table className="admin-table">
            <thead>
              <tr>
                <th>{t('version')}</th>
                <th>{t('trainedAt')}</th>
                <th>{t('size')}</th>
                <th>{t('scores')}</th>
                <th>{t('active')}</th>
              </tr>
            </thead>
            <tbody>
              {models.data.items.map((m) => (
                <tr key={m.version}>
                  <td className="mono">{m.version}</td>
                  <td className="mono">{formatDateTime(m.trainedAt)}</td>
                  <td className="mono">{m.trainingSize}</td>
                  <td className="mono admin-detail">{JSON.stringify(m.scores)}</td>
                  <td>{m.active ? '✓' : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <ErrorBanner error={models.error} />
      </Section>
    </>
  );
}

const ACTIONS = ['unit.', 'category.', 'line.', 'user.', 'reveal_caller'];

export function Audit() {
  const t = useT(M);
  const [page, setPage] = useState(1);
  const [action, setAction] = useState('');
  const log = useAsync(() => ok(api.GET('/api/v1/audit-log', { params: { query: { page, pageSize: 50, ...(action ? { action } : {}) } } })), [page, action]);
  return (
    <Section
      title={t('audit')}
      actions={
        <select value={action} onChange={(e) => (setAction(e.target.value), setPage(1))} aria-label={t('filter')}>
          <option value="">{t('all')}</option>
          {ACTIONS.map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </select>
      }
    >
      <ErrorBanner error={log.error} />
      {!log.data ? (
        <Loading />
      ) : (
        <>
          <table className="admin-table" data-testid="audit">
            <thead>
              <tr>
                <th>{t('at')}</th>
                <th>{t('who')}</th>
                <th>{t('action')}</th>
                <th>{t('detail')}</th>
              </tr>
            </thead>
            <tbody>
              {log.data.items.map((e) => (
                <tr key={e.id}>
                  <td className="mono">{formatDateTime(e.at)}</td>
                  <td>{e.username ?? '—'}</td>
                  <td className="mono">{e.action}</td>
                  <td className="mono admin-detail">{e.ticketId ? `#${e.ticketId} ` : ''}{JSON.stringify(e.detail)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager page={page} pageSize={50} total={log.data.total} onPage={setPage} />
        </>
      )}
    </Section>
  );
}
