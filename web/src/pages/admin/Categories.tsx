// 诉求分类: the category tree with each category's default lead unit; deactivate, never delete.

import { useState } from 'react';
import { api, ok } from '../../api/client';
import { Dialog, ErrorBanner, Loading } from '../../components';
import { messages, useT } from '../../i18n';
import { Notice, SaveCancel, referenceChanged, Section, treeOrder, UnitSelect, useAction, useAdminReference, type AdminCategory } from './common';

const M = messages(
  {
    title: '诉求分类', add: '新增一级分类', addChild: '新增下级', edit: '编辑', deactivate: '停用', activate: '启用', name: '名称', code: '编码',
    level: '级别', parent: '上级分类', lead: '默认主办单位', save: '保存', cancel: '取消', saved: '已保存：{name}', inactive: '已停用', actions: '操作',
    noLead: '（不指定）', levelN: '{n} 级', top: '（一级分类）',
  },
  {
    title: 'Categories', add: 'New top-level category', addChild: 'Add child', edit: 'Edit', deactivate: 'Deactivate', activate: 'Activate', name: 'Name', code: 'Code',
    level: 'Level', parent: 'Parent', lead: 'Default lead unit', save: 'Save', cancel: 'Cancel', saved: 'Saved: {name}', inactive: 'inactive', actions: 'Actions',
    noLead: '(none)', levelN: 'level {n}', top: '(top level)',
  },
);

interface Form {
  id?: number;
  code: string;
  name: string;
  parentId: number | null;
  leadUnitId: number | null;
}

export default function Categories() {
  const t = useT(M);
  const [tick, setTick] = useState(0);
  const ref = useAdminReference([tick]);
  const act = useAction();
  const formAct = useAction();
  const [form, setForm] = useState<Form | null>(null);

  const changed = (name: string) => {
    referenceChanged();
    setTick((n) => n + 1);
    void act.run(async () => undefined, t('saved', { name }));
  };
  const save = async () => {
    if (!form) return;
    const saved = await formAct.run(() =>
      form.id
        ? ok(api.PUT('/api/v1/categories/{id}', { params: { path: { id: form.id } }, body: { code: form.code, name: form.name, leadUnitId: form.leadUnitId } }))
        : ok(api.POST('/api/v1/categories', { body: { code: form.code, name: form.name, parentId: form.parentId, leadUnitId: form.leadUnitId } })),
    );
    if (saved) {
      setForm(null);
      changed(saved.name);
    }
  };
  const setActive = async (c: AdminCategory, active: boolean) => {
    const r = await act.run(() =>
      active
        ? ok(api.POST('/api/v1/categories/{id}/activate', { params: { path: { id: c.id } } }))
        : ok(api.POST('/api/v1/categories/{id}/deactivate', { params: { path: { id: c.id } } })),
    );
    if (r) changed(r.name);
  };

  if (!ref.data) return ref.error ? <ErrorBanner error={ref.error} onRetry={ref.reload} /> : <Loading />;
  const { categories, units, unitById, categoryById } = ref.data;
  const close = () => {
    setForm(null);
    formAct.clear();
  };
  return (
    <Section
      title={t('title')}
      actions={
        <button type="button" className="primary" onClick={() => setForm({ code: '', name: '', parentId: null, leadUnitId: null })}>
          {t('add')}
        </button>
      }
    >
      <Notice text={act.notice} />
      <ErrorBanner error={act.error} />
      <table className="admin-table" data-testid="categories">
        <thead>
          <tr>
            <th>{t('name')}</th>
            <th>{t('code')}</th>
            <th>{t('level')}</th>
            <th>{t('lead')}</th>
            <th>{t('actions')}</th>
          </tr>
        </thead>
        <tbody>
          {treeOrder(categories).map(({ node: c, depth }) => (
            <tr key={c.id} className={c.active ? '' : 'admin-inactive'} data-code={c.code}>
              <td style={{ paddingLeft: 8 + depth * 20 }}>
                {depth > 0 && <span className="muted">└ </span>}
                {c.name}
                {!c.active && <span className="badge">{t('inactive')}</span>}
              </td>
              <td className="mono">{c.code}</td>
              <td>{t('levelN', { n: c.level })}</td>
              <td>{c.leadUnitId == null ? '—' : (unitById.get(c.leadUnitId)?.name ?? c.leadUnitId)}</td>
              <td className="admin-actions">
                {c.active && (
                  <button type="button" className="link" onClick={() => setForm({ code: '', name: '', parentId: c.id, leadUnitId: c.leadUnitId })}>
                    {t('addChild')}
                  </button>
                )}
                <button type="button" className="link" onClick={() => setForm({ id: c.id, code: c.code, name: c.name, parentId: c.parentId, leadUnitId: c.leadUnitId })}>
                  {t('edit')}
                </button>
                <button type="button" className={c.active ? 'link danger' : 'link'} onClick={() => setActive(c, !c.active)}>
                  {c.active ? t('deactivate') : t('activate')}
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
            <p className="muted">
              {t('parent')}：{form.parentId == null ? t('top') : (categoryById.get(form.parentId)?.name ?? form.parentId)}
            </p>
            <label>
              {t('name')}
              <input name="name" value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
            </label>
            <label>
              {t('code')}
              <input name="code" value={form.code} onChange={(e) => setForm({ ...form, code: e.target.value })} />
            </label>
            <UnitSelect name="leadUnitId" units={units} value={form.leadUnitId} onChange={(leadUnitId) => setForm({ ...form, leadUnitId })} label={t('lead')} allowNone={t('noLead')} filter={(u) => u.active && u.kind !== 'center'} />
            <SaveCancel busy={formAct.busy} error={formAct.error} onCancel={close} />
          </form>
        </Dialog>
      )}
    </Section>
  );
}
