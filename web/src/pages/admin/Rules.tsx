// 时限规则: accept and handle limits by type, category and priority (the most specific rule wins).

import { useState } from 'react';
import { api, ok } from '../../api/client';
import { Dialog, ErrorBanner, Loading, useAsync } from '../../components';
import { messages, useT } from '../../i18n';
import { useLabels } from '../../labels';
import { CategorySelect, Notice, SaveCancel, Section, useAction, useAdminReference } from './common';

const TYPES = ['consult', 'help', 'complaint', 'report', 'suggestion', 'praise'] as const;
const PRIORITIES = ['normal', 'urgent', 'emergency'] as const;
const UNITS = ['working_hours', 'working_days', 'clock_hours'] as const;
type DurationUnit = (typeof UNITS)[number];
interface Duration {
  amount: number;
  unit: DurationUnit;
}
interface Rule {
  id: number;
  type: (typeof TYPES)[number] | null;
  categoryId: number | null;
  priority: (typeof PRIORITIES)[number] | null;
  acceptLimit: Duration | null;
  handleLimit: Duration | null;
}

const M = messages(
  {
    title: '时限规则', hint: '最具体的规则优先（分类 > 类型 > 紧急程度）；工作时间按工作日历计算。', add: '新增规则', edit: '编辑', remove: '删除', type: '诉求类型', category: '分类',
    priority: '紧急程度', accept: '签收时限', handle: '办理时限', any: '（任意）', none: '（不设）', actions: '操作', save: '保存', cancel: '取消', saved: '已保存',
    removed: '已删除', working_hours: '工作小时', working_days: '工作日', clock_hours: '自然小时', amount: '时长',
  },
  {
    title: 'Time limits', hint: 'The most specific rule wins (category > type > priority); working time follows the calendar.', add: 'New rule', edit: 'Edit', remove: 'Delete', type: 'Type', category: 'Category',
    priority: 'Priority', accept: 'Accept within', handle: 'Handle within', any: '(any)', none: '(none)', actions: 'Actions', save: 'Save', cancel: 'Cancel', saved: 'Saved',
    removed: 'Deleted', working_hours: 'working hours', working_days: 'working days', clock_hours: 'clock hours', amount: 'Amount',
  },
);

export default function Rules() {
  const t = useT(M);
  const L = useLabels();
  const ref = useAdminReference();
  const [tick, setTick] = useState(0);
  const list = useAsync(async () => (await ok(api.GET('/api/v1/time-limit-rules'))) as { items: Rule[] }, [tick]);
  const act = useAction();
  const formAct = useAction();
  const [form, setForm] = useState<(Omit<Rule, 'id'> & { id?: number }) | null>(null);

  if (!ref.data || !list.data) return ref.error || list.error ? <ErrorBanner error={ref.error ?? list.error} /> : <Loading />;
  const { categories, categoryById } = ref.data;
  const fmt = (d: Duration | null) => (d ? `${d.amount} ${t(d.unit)}` : '—');
  const save = async () => {
    if (!form) return;
    const body = { type: form.type, categoryId: form.categoryId, priority: form.priority, acceptLimit: form.acceptLimit, handleLimit: form.handleLimit };
    const r = await formAct.run(() =>
      form.id ? ok(api.PUT('/api/v1/time-limit-rules/{id}', { params: { path: { id: form.id } }, body })) : ok(api.POST('/api/v1/time-limit-rules', { body })),
    );
    if (r) {
      setForm(null);
      void act.run(async () => undefined, t('saved'));
      setTick((n) => n + 1);
    }
  };
  const remove = async (rule: Rule) => {
    const r = await act.run(async () => (await ok(api.DELETE('/api/v1/time-limit-rules/{id}', { params: { path: { id: rule.id } } })), true), t('removed'));
    if (r) setTick((n) => n + 1);
  };
  const close = () => {
    setForm(null);
    formAct.clear();
  };
  const durationField = (key: 'acceptLimit' | 'handleLimit', label: string) => {
    if (!form) return null;
    const d = form[key];
    return (
      <fieldset className="admin-duration">
        <legend>{label}</legend>
        <input
          name={`${key}.amount`}
          type="number"
          step="any"
          aria-label={`${label} ${t('amount')}`}
          value={d ? d.amount : ''}
          onChange={(e) => setForm({ ...form, [key]: e.target.value === '' ? null : { amount: Number(e.target.value), unit: d?.unit ?? 'working_days' } })}
          placeholder={t('none')}
        />
        <select name={`${key}.unit`} aria-label={`${label} unit`} value={d?.unit ?? 'working_days'} onChange={(e) => d && setForm({ ...form, [key]: { ...d, unit: e.target.value as DurationUnit } })} disabled={!d}>
          {UNITS.map((u) => (
            <option key={u} value={u}>
              {t(u)}
            </option>
          ))}
        </select>
      </fieldset>
    );
  };

  return (
    <Section
      title={t('title')}
      actions={
        <button type="button" className="primary" onClick={() => setForm({ type: null, categoryId: null, priority: null, acceptLimit: null, handleLimit: { amount: 5, unit: 'working_days' } })}>
          {t('add')}
        </button>
      }
    >
      <p className="muted">{t('hint')}</p>
      <Notice text={act.notice} />
      <ErrorBanner error={act.error} />
      <table className="admin-table" data-testid="rules">
        <thead>
          <tr>
            <th>{t('type')}</th>
            <th>{t('category')}</th>
            <th>{t('priority')}</th>
            <th>{t('accept')}</th>
            <th>{t('handle')}</th>
            <th>{t('actions')}</th>
          </tr>
        </thead>
        <tbody>
          {list.data.items.map((r) => (
            <tr key={r.id} data-rule={r.id}>
              <td>{r.type ? L('type', r.type) : t('any')}</td>
              <td>{r.categoryId == null ? t('any') : (categoryById.get(r.categoryId)?.name ?? r.categoryId)}</td>
              <td>{r.priority ? L('priority', r.priority) : t('any')}</td>
              <td className="mono">{fmt(r.acceptLimit)}</td>
              <td className="mono">{fmt(r.handleLimit)}</td>
              <td className="admin-actions">
                <button type="button" className="link" onClick={() => setForm(r)}>
                  {t('edit')}
                </button>
                <button type="button" className="link danger" onClick={() => remove(r)}>
                  {t('remove')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {form && (
        <Dialog title={form.id ? t('edit') : t('add')} onClose={close}>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void save();
            }}
          >
            <div className="row">
              <label>
                {t('type')}
                <select name="type" value={form.type ?? ''} onChange={(e) => setForm({ ...form, type: (e.target.value || null) as Rule['type'] })}>
                  <option value="">{t('any')}</option>
                  {TYPES.map((x) => (
                    <option key={x} value={x}>
                      {L('type', x)}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                {t('priority')}
                <select name="priority" value={form.priority ?? ''} onChange={(e) => setForm({ ...form, priority: (e.target.value || null) as Rule['priority'] })}>
                  <option value="">{t('any')}</option>
                  {PRIORITIES.map((x) => (
                    <option key={x} value={x}>
                      {L('priority', x)}
                    </option>
                  ))}
                </select>
              </label>
            </div>
            <CategorySelect name="categoryId" categories={categories} value={form.categoryId} onChange={(categoryId) => setForm({ ...form, categoryId })} label={t('category')} allowNone={t('any')} />
            {durationField('acceptLimit', t('accept'))}
            {durationField('handleLimit', t('handle'))}
            <SaveCancel busy={formAct.busy} error={formAct.error} onCancel={close} />
          </form>
        </Dialog>
      )}
    </Section>
  );
}
