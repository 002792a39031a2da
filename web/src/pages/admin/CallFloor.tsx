// 话务设置: the call floor's rules — what counts as answered in time and as a short abandon, how
// soon and how often a missed call is called back, the targets the wallboard measures against,
// after-call work and the reasons an agent may give for going busy. Saved changes are audited.

import { useEffect, useState } from 'react';
import { api, ok } from '../../api/client';
import { ErrorBanner, Loading, useAsync } from '../../components';
import { messages, useT } from '../../i18n';
import { SaveForm, Section, useAction } from './common';

const NUMBER_FIELDS = ['answerWithinSeconds', 'shortAbandonSeconds', 'missedCallbackMinutes', 'missedCallbackAttempts', 'answerRateTarget', 'withinRateTarget', 'afterCallSeconds'] as const;
type NumberField = (typeof NUMBER_FIELDS)[number];
/** Rates are kept in [0, 1] and edited as percentages. */
const PERCENT: readonly NumberField[] = ['answerRateTarget', 'withinRateTarget'];

const M = messages(
  {
    title: '话务设置',
    answerWithinSeconds: '及时应答（秒）：进入排队后多少秒内接通算及时',
    shortAbandonSeconds: '短时放弃（秒）：多少秒内挂断算误拨，不计入接通率',
    missedCallbackMinutes: '漏接回拨时限（工作分钟）',
    missedCallbackAttempts: '回拨未接通几次后结束',
    answerRateTarget: '接通率目标（%）',
    withinRateTarget: '及时应答率目标（%）',
    afterCallSeconds: '话后处理自动结束（秒，0 为坐席自行示闲）',
    busyReasons: '示忙原因（每行一个）',
    save: '保存',
    saved: '已保存',
  },
  {
    title: 'Call floor',
    answerWithinSeconds: 'Answered in time (seconds from entering the queue)',
    shortAbandonSeconds: 'Short abandon (seconds; not counted against the answer rate)',
    missedCallbackMinutes: 'Missed-call callback within (working minutes)',
    missedCallbackAttempts: 'Callback attempts before giving up',
    answerRateTarget: 'Answer-rate target (%)',
    withinRateTarget: 'Answered-in-time target (%)',
    afterCallSeconds: 'After-call work ends after (seconds; 0: when the agent says)',
    busyReasons: 'Busy reasons (one per line)',
    save: 'Save',
    saved: 'Saved',
  },
);

type Form = Record<NumberField, string> & { busyReasons: string };

export function CallFloorSettings() {
  const t = useT(M);
  const settings = useAsync(() => ok(api.GET('/api/v1/admin/call-floor')), []);
  const [form, setForm] = useState<Form | null>(null);
  const act = useAction();
  useEffect(() => {
    const s = settings.data;
    if (!s) return;
    const numbers = Object.fromEntries(NUMBER_FIELDS.map((f) => [f, String(PERCENT.includes(f) ? Math.round(s[f] * 1000) / 10 : s[f])]));
    setForm({ ...(numbers as Record<NumberField, string>), busyReasons: s.busyReasons.join('\n') });
  }, [settings.data]);
  const save = () =>
    act.run(async () => {
      if (!form) return;
      const numbers = Object.fromEntries(NUMBER_FIELDS.map((f) => [f, PERCENT.includes(f) ? Number(form[f]) / 100 : Number(form[f])])) as Record<NumberField, number>;
      const busyReasons = form.busyReasons.split('\n').map((x) => x.trim()).filter(Boolean);
      settings.setData(await ok(api.PUT('/api/v1/admin/call-floor', { body: { ...numbers, busyReasons } })));
    }, t('saved'));
  return (
    <Section title={t('title')}>
      <ErrorBanner error={settings.error} onRetry={settings.reload} />
      {!form ? (
        !settings.error && <Loading />
      ) : (
        <SaveForm act={act} onSave={save} label={t('save')} className="admin-policy" testId="call-floor-settings">
          {NUMBER_FIELDS.map((f) => (
            <label key={f}>
              {t(f)}
              <input type="number" name={f} step={PERCENT.includes(f) ? '0.1' : '1'} value={form[f]} onChange={(e) => setForm({ ...form, [f]: e.target.value })} />
            </label>
          ))}
          <label>
            {t('busyReasons')}
            <textarea name="busyReasons" rows={4} value={form.busyReasons} onChange={(e) => setForm({ ...form, busyReasons: e.target.value })} />
          </label>
        </SaveForm>
      )}
    </Section>
  );
}

const C = messages(
  {
    telephony: '电话系统接口（转接、三方通话指令）', url: '指令接口地址', secret: '共享密钥（至少 16 个字符；留空则保留原密钥）', secretSet: '已设置共享密钥', secretUnset: '尚未设置共享密钥',
    fromEnv: '已由环境变量 HOTLINE_TELEPHONY_URL / HOTLINE_TELEPHONY_SECRET 设置，以环境变量为准。',
    directory: '转接目录（单位联系电话等，供三方通话、一键转接）', target: '号码', label: '名称', mode: '方式', transfer: '一键转接', conference: '三方通话', add: '添加一行', remove: '删除',
    directoryHint: '110/119/120/122 与各归并热线总是可转接；这里列出的是其他可转接的号码。',
    sms: '短信', publicUrl: '群众网站地址（回执短信里的查询链接，如 https://12345.example.gov.cn）', save: '保存', saved: '已保存',
  },
  {
    telephony: 'Telephony command interface (transfers, three-party calls)', url: 'Command URL', secret: 'Shared secret (16+ characters; empty keeps the current one)', secretSet: 'A shared secret is set', secretUnset: 'No shared secret yet',
    fromEnv: 'Set by HOTLINE_TELEPHONY_URL / HOTLINE_TELEPHONY_SECRET; the environment wins.',
    directory: 'Hand-off directory (units’ contact numbers …)', target: 'Number', label: 'Name', mode: 'Mode', transfer: 'transfer', conference: 'three-party call', add: 'Add a row', remove: 'Remove',
    directoryHint: '110/119/120/122 and the merged hotlines can always be reached; list other numbers here.',
    sms: 'SMS', publicUrl: 'Public site address (the tracking link in receipts, e.g. https://12345.example.gov.cn)', save: 'Save', saved: 'Saved',
  },
);

/** 电话系统接口: where hand-off commands go and the secret they are signed with (never shown again). */
export function TelephonySettings() {
  const t = useT(C);
  const current = useAsync(() => ok(api.GET('/api/v1/admin/telephony')), []);
  const [url, setUrl] = useState<string | null>(null);
  const [secret, setSecret] = useState('');
  const act = useAction();
  useEffect(() => {
    if (current.data) setUrl(current.data.url ?? '');
  }, [current.data]);
  const save = () =>
    act.run(async () => {
      current.setData(await ok(api.PUT('/api/v1/admin/telephony', { body: { url: url?.trim() || null, ...(secret ? { secret } : {}) } })));
      setSecret('');
    }, t('saved'));
  return (
    <Section title={t('telephony')}>
      <ErrorBanner error={current.error} onRetry={current.reload} />
      {!current.data || url == null ? (
        !current.error && <Loading />
      ) : (
        <SaveForm act={act} onSave={save} label={t('save')} className="admin-policy" testId="telephony-settings">
          {current.data.fromEnvironment && <p className="notice">{t('fromEnv')}</p>}
          <label>
            {t('url')}
            <input name="url" type="url" value={url} onChange={(e) => setUrl(e.target.value)} placeholder="https://cti.example.gov.cn/hotline" />
          </label>
          <label>
            {t('secret')}
            <input name="secret" type="password" autoComplete="new-password" value={secret} onChange={(e) => setSecret(e.target.value)} />
            <span className="muted small">{current.data.secretSet ? t('secretSet') : t('secretUnset')}</span>
          </label>
        </SaveForm>
      )}
    </Section>
  );
}

type Entry = { target: string; label: string; mode: 'transfer' | 'conference' };

/** 转接目录: the other numbers an agent may hand a call to, each with its name and usual mode. */
export function HandoffDirectory() {
  const t = useT(C);
  const current = useAsync(() => ok(api.GET('/api/v1/admin/handoff-directory')), []);
  const [rows, setRows] = useState<Entry[] | null>(null);
  const act = useAction();
  useEffect(() => {
    if (current.data) setRows(current.data.items.map((i) => ({ target: i.target, label: i.label, mode: i.mode })));
  }, [current.data]);
  const save = () =>
    act.run(async () => {
      if (!rows) return;
      const items = rows.filter((r) => r.target.trim() || r.label.trim()).map((r) => ({ target: r.target.trim(), label: r.label.trim(), mode: r.mode }));
      current.setData(await ok(api.PUT('/api/v1/admin/handoff-directory', { body: { items } })));
    }, t('saved'));
  const set = (i: number, patch: Partial<Entry>) => setRows((rs) => rs!.map((r, k) => (k === i ? { ...r, ...patch } : r)));
  return (
    <Section title={t('directory')}>
      <ErrorBanner error={current.error} onRetry={current.reload} />
      {!rows ? (
        !current.error && <Loading />
      ) : (
        <SaveForm
          act={act}
          onSave={save}
          label={t('save')}
          testId="handoff-directory"
          extra={
            <button type="button" onClick={() => setRows([...rows, { target: '', label: '', mode: 'conference' }])}>
              {t('add')}
            </button>
          }
        >
          <p className="muted small">{t('directoryHint')}</p>
          <table className="admin-table">
            <thead>
              <tr>
                <th>{t('target')}</th>
                <th>{t('label')}</th>
                <th>{t('mode')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {rows.map((r, i) => (
                <tr key={i}>
                  <td>
                    <input aria-label={t('target')} value={r.target} onChange={(e) => set(i, { target: e.target.value })} />
                  </td>
                  <td>
                    <input aria-label={t('label')} value={r.label} onChange={(e) => set(i, { label: e.target.value })} />
                  </td>
                  <td>
                    <select aria-label={t('mode')} value={r.mode} onChange={(e) => set(i, { mode: e.target.value as Entry['mode'] })}>
                      <option value="conference">{t('conference')}</option>
                      <option value="transfer">{t('transfer')}</option>
                    </select>
                  </td>
                  <td className="admin-actions">
                    <button type="button" className="link" onClick={() => setRows(rows.filter((_, k) => k !== i))}>
                      {t('remove')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </SaveForm>
      )}
    </Section>
  );
}

/** 短信: the public address the receipt's tracking link points at. */
export function SmsSettings() {
  const t = useT(C);
  const current = useAsync(() => ok(api.GET('/api/v1/admin/sms-settings')), []);
  const [publicUrl, setPublicUrl] = useState<string | null>(null);
  const act = useAction();
  useEffect(() => {
    if (current.data) setPublicUrl(current.data.publicUrl ?? '');
  }, [current.data]);
  const save = () => act.run(async () => current.setData(await ok(api.PUT('/api/v1/admin/sms-settings', { body: { publicUrl: publicUrl?.trim() || null } }))), t('saved'));
  return (
    <Section title={t('sms')}>
      <ErrorBanner error={current.error} onRetry={current.reload} />
      {publicUrl == null ? (
        !current.error && <Loading />
      ) : (
        <SaveForm act={act} onSave={save} label={t('save')} className="admin-policy" testId="sms-settings">
          <label>
            {t('publicUrl')}
            <input name="publicUrl" type="url" value={publicUrl} onChange={(e) => setPublicUrl(e.target.value)} />
          </label>
        </SaveForm>
      )}
    </Section>
  );
}

/** 话务设置 page: the floor's rules, the telephony interface, the hand-off directory, SMS. */
export function CallFloorPage() {
  return (
    <>
      <CallFloorSettings />
      <TelephonySettings />
      <HandoffDirectory />
      <SmsSettings />
    </>
  );
}
