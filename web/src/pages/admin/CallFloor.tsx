// 话务设置: the call floor's rules — what counts as answered in time and as a short abandon, how
// soon and how often a missed call is called back, the targets the wallboard measures against,
// after-call work and the reasons an agent may give for going busy. Saved changes are audited.

import { useEffect, useState } from 'react';
import { api, ok } from '../../api/client';
import { ErrorBanner, Loading, useAsync } from '../../components';
import { messages, useT } from '../../i18n';
import { Notice, Section, useAction } from './common';

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
        <form
          className="admin-policy"
          data-testid="call-floor-settings"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
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
          <Notice text={act.notice} />
          <ErrorBanner error={act.error} />
          <button type="submit" className="primary" disabled={act.busy}>
            {t('save')}
          </button>
        </form>
      )}
    </Section>
  );
}
