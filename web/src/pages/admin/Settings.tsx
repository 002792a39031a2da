// 办理规则与智能派单: the policy (reopen, extension, callback rules), automatic dispatch and
// the trained classifier models. (操作日志, the audit log, is Audit.tsx.)

import { useEffect, useState } from 'react';
import { api, ok } from '../../api/client';
import { ErrorBanner, Loading, useAsync } from '../../components';
import { messages, useT } from '../../i18n';
import { useReference } from '../../session';
import { formatDateTime } from '../../time';
import { Notice, Section, useAction } from './common';
import { Open311Publication } from './Open311Publication';

const POLICY_FIELDS = ['maxReopens', 'reopenWindowDays', 'maxExtensionDays', 'maxCallbackAttempts', 'callbackDays', 'warnFraction', 'minRankingSample', 'dispatchMinutes'] as const;
type PolicyField = (typeof POLICY_FIELDS)[number];

const M = messages(
  {
    policy: '办理规则', maxReopens: '最多重办次数', reopenWindowDays: '办结后可重办的天数', maxExtensionDays: '累计最多延期工作日', maxCallbackAttempts: '回访未接通几次后自动办结',
    callbackDays: '答复后几个工作日内回访', warnFraction: '时限预警点（如 0.8 即用去 80% 时预警）',
    minRankingSample: '排名最低样本量（区间内受理量少于此数的单位列出但不排名：样本不足）', dispatchMinutes: '派单时限：受理后几个工作分钟内派单（默认 120）', save: '保存', saved: '已保存',
    auto: '自动派单', autoEnabled: '开启自动派单（分类置信度达到阈值且派单目录能给出承办单位时，受理即派单）', threshold: '置信度阈值', models: '分类模型',
    version: '版本', trainedAt: '训练时间', size: '训练样本', scores: '交叉验证', active: '在用', noModels: '尚未训练模型（hotline train）',
    retrain: '重新训练', retraining: '训练中…（后台训练，不影响使用）', level: '按哪一级分类', levelN: '第 {n} 级', leaf: '末级分类', use: '启用此版',
    trained: '已训练第 {v} 版：{n} 条工单，宏平均 F1 {f}', activated: '已启用第 {v} 版', macroF1: '宏平均 F1', accuracy: '准确率', folds: '{n} 折',
    suggestion: '智能建议', suggestionThreshold: '建议阈值（第一个分类的概率达到它才算“确定”并自动填入；低于它，受理台显示“不确定”和前三个分类，不填入任何内容）',
    autoAbove: '自动派单阈值不能低于建议阈值', weak: '较弱的分类', weakNone: '没有较弱的分类（各分类 F1 均不低于 90%）', confused: '常与 {names} 混淆',
  },
  {
    policy: 'Handling rules', maxReopens: 'Max reopens', reopenWindowDays: 'Days after closing a ticket may reopen', maxExtensionDays: 'Max extension (working days)', maxCallbackAttempts: 'Unreached callbacks before closing',
    callbackDays: 'Callback within (working days)', warnFraction: 'Warning point (0.8 = at 80% of the limit)',
    minRankingSample: 'Minimum sample for rankings (units with fewer tickets in the period are listed, not ranked)', dispatchMinutes: 'Dispatch within (working minutes after registration; default 120)', save: 'Save', saved: 'Saved',
    auto: 'Automatic dispatch', autoEnabled: 'Dispatch at registration when the classifier is confident and the catalogue names a unit', threshold: 'Confidence threshold', models: 'Classifier models',
    version: 'Version', trainedAt: 'Trained', size: 'Training size', scores: 'Cross-validation', active: 'Active', noModels: 'No model trained yet (hotline train)',
    retrain: 'Retrain', retraining: 'Training… (in the background; work goes on)', level: 'Category level', levelN: 'level {n}', leaf: 'leaf categories', use: 'Use this version',
    trained: 'Trained version {v}: {n} tickets, macro-F1 {f}', activated: 'Version {v} in use', macroF1: 'macro-F1', accuracy: 'accuracy', folds: '{n} folds',
    suggestion: 'Smart suggestion', suggestionThreshold: 'Threshold (the top category must reach it to count as sure and be filled in; below it intake shows "not sure" and the top three, and fills nothing)',
    autoAbove: 'The automatic dispatch threshold may not be below the suggestion threshold', weak: 'Weak categories', weakNone: 'No weak categories (every F1 at least 90%)', confused: 'mixed up with {names}',
  },
);

export function Settings() {
  const t = useT(M);
  const policy = useAsync(async () => (await ok(api.GET('/api/v1/settings/policy'))) as Record<string, unknown>, []);
  const auto = useAsync(async () => (await ok(api.GET('/api/v1/settings/auto-dispatch'))) as { enabled: boolean; threshold: number }, []);
  const sure = useAsync(() => ok(api.GET('/api/v1/settings/suggestion')), []);
  const [sureForm, setSureForm] = useState<string | null>(null);
  const sureAct = useAction();
  const models = useAsync(() => ok(api.GET('/api/v1/models')), []);
  const [form, setForm] = useState<Record<PolicyField, string>>({} as Record<PolicyField, string>);
  const [autoForm, setAutoForm] = useState<{ enabled: boolean; threshold: string } | null>(null);
  const act = useAction();
  const autoAct = useAction();
  const modelAct = useAction();
  const [level, setLevel] = useState<number | 'leaf'>(1);
  const retrain = () =>
    modelAct.run(async () => {
      const r = await ok(api.POST('/api/v1/models/train', { body: { level } }));
      models.reload();
      return r;
    });
  const activate = (version: number) =>
    modelAct.run(async () => {
      await ok(api.POST('/api/v1/models/{version}/activate', { params: { path: { version } } }));
      models.reload();
    }, t('activated', { v: version }));
  useEffect(() => {
    if (policy.data) setForm(Object.fromEntries(POLICY_FIELDS.map((f) => [f, String(policy.data?.[f] ?? '')])) as Record<PolicyField, string>);
  }, [policy.data]);
  useEffect(() => {
    if (sure.data) setSureForm(String(sure.data.threshold));
  }, [sure.data]);
  useEffect(() => {
    if (auto.data) setAutoForm({ enabled: auto.data.enabled, threshold: String(auto.data.threshold) });
  }, [auto.data]);

  const savePolicy = () =>
    act.run(async () => {
      const body = Object.fromEntries(POLICY_FIELDS.filter((f) => form[f] !== '').map((f) => [f, Number(form[f])]));
      await ok(api.PUT('/api/v1/settings/policy', { body }));
    }, t('saved'));
  const saveAuto = () => autoForm && autoAct.run(async () => void (await ok(api.PUT('/api/v1/settings/auto-dispatch', { body: { enabled: autoForm.enabled, threshold: Number(autoForm.threshold) } }))), t('saved'));

  const saveSure = () => sureForm != null && sureAct.run(async () => void (await ok(api.PUT('/api/v1/settings/suggestion', { body: { threshold: Number(sureForm) } }))), t('saved'));

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
      <Section title={t('suggestion')}>
        {sureForm != null && (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void saveSure();
            }}
          >
            <label className="admin-narrow-label">
              {t('suggestionThreshold')}
              <input type="number" step="0.01" min="0" max="1" value={sureForm} onChange={(e) => setSureForm(e.target.value)} data-testid="suggestion-threshold" />
            </label>
            <Notice text={sureAct.notice} />
            <ErrorBanner error={sureAct.error} />
            <button type="submit" className="primary" disabled={sureAct.busy}>
              {t('save')}
            </button>
          </form>
        )}
        <ErrorBanner error={sure.error} />
      </Section>
      <Section title={t('auto')}>
        <p className="muted small">{t('autoAbove')}</p>
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
        <form
          className="row"
          onSubmit={(e) => {
            e.preventDefault();
            void retrain().then((r) => r && modelAct.setNotice(t('trained', { v: r.version, n: r.trainingSize, f: r.scores.macroF1 == null ? '—' : `${(r.scores.macroF1 * 100).toFixed(1)}%` })));
          }}
        >
          <label className="admin-narrow-label">
            {t('level')}
            <select value={String(level)} onChange={(e) => setLevel(e.target.value === 'leaf' ? 'leaf' : Number(e.target.value))} data-testid="train-level">
              {[1, 2, 3].map((n) => (
                <option key={n} value={n}>
                  {t('levelN', { n })}
                </option>
              ))}
              <option value="leaf">{t('leaf')}</option>
            </select>
          </label>
          <button type="submit" className="primary" disabled={modelAct.busy}>
            {modelAct.busy ? t('retraining') : t('retrain')}
          </button>
        </form>
        <Notice text={modelAct.notice} />
        <ErrorBanner error={modelAct.error} />
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
                <th />
              </tr>
            </thead>
            <tbody>
              {models.data.items.map((m) => (
                <tr key={m.version}>
                  <td className="mono">{m.version}</td>
                  <td className="mono">{formatDateTime(m.trainedAt)}</td>
                  <td className="mono">{m.trainingSize}</td>
                  <td className="admin-detail">
                    <ModelScores scores={m.scores} />
                    <WeakClasses weak={m.weakClasses} />
                  </td>
                  <td>{m.active ? '✓' : ''}</td>
                  <td>
                    {!m.active && (
                      <button type="button" className="link" disabled={modelAct.busy} onClick={() => void activate(m.version)}>
                        {t('use')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <ErrorBanner error={models.error} />
      </Section>
      <Open311Publication />
    </>
  );
}

type Scores = { folds?: number | null; level?: number | string; accuracy?: number | null; macroF1?: number | null; perLabel?: { label: string; f1: number; support: number }[] };

/** A model's cross-validated scores as a person reads them: macro-F1 and accuracy, then F1 per category. */
function ModelScores({ scores }: { scores: Record<string, unknown> }) {
  const t = useT(M);
  const ref = useReference();
  const s = scores as Scores;
  const pct = (x: number | null | undefined) => (x == null ? '—' : `${(x * 100).toFixed(1)}%`);
  const name = (code: string) => ref?.categories.find((c) => c.code === code)?.name ?? code;
  return (
    <>
      <div>
        {t('macroF1')} <strong>{pct(s.macroF1)}</strong> · {t('accuracy')} {pct(s.accuracy)}
        {s.folds ? ` · ${t('folds', { n: s.folds })}` : ''}
        {s.level != null ? ` · ${s.level === 'leaf' ? t('leaf') : t('levelN', { n: String(s.level) })}` : ''}
      </div>
      {!!s.perLabel?.length && (
        <div className="muted small">
          {s.perLabel.map((l) => `${name(l.label)} ${pct(l.f1)}（${l.support}）`).join('　')}
        </div>
      )}
    </>
  );
}

/** Training's weak categories (交叉验证 F1 below 0.9), weakest first, each with what it is mixed up with. */
function WeakClasses({ weak }: { weak: { label: string; f1: number; confusedWith: { label: string; count: number }[] }[] }) {
  const t = useT(M);
  const ref = useReference();
  const name = (code: string) => ref?.categories.find((c) => c.code === code || c.name === code)?.name ?? code;
  if (!weak.length) return <div className="muted small">{t('weakNone')}</div>;
  // Named, never as raw codes: shown once the category tree is in.
  if (!ref) return null;
  return (
    <div className="weak-classes" data-testid="weak-classes">
      <strong className="small">{t('weak')}</strong>
      <ul className="small">
        {weak.map((w) => (
          <li key={w.label}>
            {name(w.label)} <span className="mono">F1 {(w.f1 * 100).toFixed(1)}%</span>
            {w.confusedWith.length > 0 && (
              <span className="muted">
                {' '}
                · {t('confused', { names: w.confusedWith.map((c) => `${name(c.label)}（${c.count}）`).join('、') })}
              </span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

// The audit log's page lives in Audit.tsx (its labels in labels.ts); the admin routes import it from here.
export { Audit } from './Audit';
