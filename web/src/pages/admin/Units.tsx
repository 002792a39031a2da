// 承办单位树: add a unit under any unit, rename, move, change kind, deactivate (units are
// never deleted: tickets keep pointing at them).

import { useState } from 'react';
import { api, ok } from '../../api/client';
import { Dialog, ErrorBanner, Loading } from '../../components';
import { messages, useT } from '../../i18n';
import type { Unit } from '../../session';
import { Notice, SaveCancel, referenceChanged, Section, treeOrder, UNIT_KINDS, UnitSelect, useAction, useAdminReference, useKindLabel } from './common';

const M = messages(
  {
    title: '承办单位', add: '新增单位', addChild: '新增下级', edit: '编辑', deactivate: '停用', activate: '启用', name: '名称', code: '编码',
    kind: '类型', parent: '上级单位', sort: '排序', save: '保存', cancel: '取消', saved: '已保存：{name}', inactive: '已停用', actions: '操作',
    deactivated: '已停用：{name}（在办工单 {open} 件，照常办理；该单位的 {users} 个用户仍可登录）', activated: '已启用：{name}', filter: '筛选名称或编码',
    showInactive: '显示已停用', centre: '中心', centreHint: '中心（分中心、省市共用平台的市级中心）：该单位及下级的坐席、派单员、回访员只办理本中心及下属中心的工单，派单限于本中心的单位。',
  },
  {
    title: 'Units', add: 'New unit', addChild: 'Add child', edit: 'Edit', deactivate: 'Deactivate', activate: 'Activate', name: 'Name', code: 'Code',
    kind: 'Kind', parent: 'Parent unit', sort: 'Order', save: 'Save', cancel: 'Cancel', saved: 'Saved: {name}', inactive: 'inactive', actions: 'Actions',
    deactivated: 'Deactivated: {name} ({open} open tickets continue; its {users} users can still sign in)', activated: 'Activated: {name}', filter: 'Filter by name or code',
    showInactive: 'Show inactive', centre: 'Centre', centreHint: 'A centre (a sub-centre, or a city’s centre on a province’s platform): the agents, dispatchers and callback agents of it and below work only its tickets and those of the centres below, and dispatch within its units.',
  },
);

interface Form {
  id?: number;
  code: string;
  name: string;
  kind: string;
  parentId: number | null;
  sort?: number;
  isCentre?: boolean;
}

export default function Units() {
  const t = useT(M);
  const kindLabel = useKindLabel();
  const [tick, setTick] = useState(0);
  const ref = useAdminReference([tick]);
  const act = useAction();
  const [form, setForm] = useState<Form | null>(null);
  const [filter, setFilter] = useState('');
  const [showInactive, setShowInactive] = useState(true);
  const formAct = useAction();

  const changed = () => {
    referenceChanged();
    setTick((n) => n + 1);
  };
  const save = async () => {
    if (!form) return;
    const body = { code: form.code, name: form.name, kind: form.kind as Unit['kind'] & (typeof UNIT_KINDS)[number], parentId: form.parentId, sort: form.sort, isCentre: form.isCentre };
    const saved = await formAct.run(() =>
      form.id ? ok(api.PUT('/api/v1/units/{id}', { params: { path: { id: form.id } }, body })) : ok(api.POST('/api/v1/units', { body })),
    );
    if (saved) {
      setForm(null);
      act.run(async () => undefined, t('saved', { name: saved.name }));
      changed();
    }
  };
  const setActive = async (u: Unit, active: boolean) => {
    const r = await act.run(() =>
      active
        ? ok(api.POST('/api/v1/units/{id}/activate', { params: { path: { id: u.id } } }))
        : ok(api.POST('/api/v1/units/{id}/deactivate', { params: { path: { id: u.id } } })),
    );
    if (r) {
      act.run(async () => undefined, active ? t('activated', { name: r.name }) : t('deactivated', { name: r.name, open: r.usage.open, users: r.usage.users }));
      changed();
    }
  };

  if (!ref.data) return ref.error ? <ErrorBanner error={ref.error} onRetry={ref.reload} /> : <Loading />;
  const { units } = ref.data;
  const needle = filter.trim().toLowerCase();
  const rows = treeOrder(units).filter(({ node }) => (showInactive || node.active) && (!needle || node.name.toLowerCase().includes(needle) || node.code.toLowerCase().includes(needle)));
  const newChild = (parent: Unit | null) =>
    setForm({ code: '', name: '', kind: parent?.kind === 'district' ? 'street' : parent ? 'department' : 'department', parentId: parent?.id ?? units.find((u) => u.kind === 'center')?.id ?? null, sort: 0 });

  return (
    <Section
      title={t('title')}
      actions={
        <>
          <input className="admin-filter" placeholder={t('filter')} value={filter} onChange={(e) => setFilter(e.target.value)} aria-label={t('filter')} />
          <label className="admin-check">
            <input type="checkbox" checked={showInactive} onChange={(e) => setShowInactive(e.target.checked)} /> {t('showInactive')}
          </label>
          <button type="button" className="primary" onClick={() => newChild(null)}>
            {t('add')}
          </button>
        </>
      }
    >
      <Notice text={act.notice} />
      <ErrorBanner error={act.error} />
      <table className="admin-table" data-testid="units">
        <thead>
          <tr>
            <th>{t('name')}</th>
            <th>{t('code')}</th>
            <th>{t('kind')}</th>
            <th>{t('actions')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ node: u, depth }) => (
            <tr key={u.id} className={u.active ? '' : 'admin-inactive'} data-code={u.code}>
              <td style={{ paddingLeft: 8 + depth * 20 }}>
                {depth > 0 && <span className="muted">└ </span>}
                {u.name}
                {!u.active && <span className="badge">{t('inactive')}</span>}
                {u.isCentre && (
                  <span className="badge" title={t('centreHint')}>
                    {t('centre')}
                  </span>
                )}
              </td>
              <td className="mono">{u.code}</td>
              <td>{kindLabel(u.kind)}</td>
              <td className="admin-actions">
                {u.active && (
                  <button type="button" className="link" onClick={() => newChild(u)}>
                    {t('addChild')}
                  </button>
                )}
                <button type="button" className="link" onClick={() => setForm({ id: u.id, code: u.code, name: u.name, kind: u.kind, parentId: u.parentId, sort: undefined, isCentre: u.isCentre ?? false })}>
                  {t('edit')}
                </button>
                {u.kind !== 'center' && (
                  <button type="button" className={u.active ? 'link danger' : 'link'} onClick={() => setActive(u, !u.active)}>
                    {u.active ? t('deactivate') : t('activate')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {form && (
        <Dialog title={form.id ? t('edit') : t('add')} onClose={() => (setForm(null), formAct.clear())}>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void save();
            }}
          >
            <label>
              {t('name')}
              <input name="name" value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} autoFocus />
            </label>
            <label>
              {t('code')}
              <input name="code" value={form.code} onChange={(e) => setForm({ ...form, code: e.target.value })} />
            </label>
            <label>
              {t('kind')}
              <select name="kind" value={form.kind} onChange={(e) => setForm({ ...form, kind: e.target.value })}>
                {UNIT_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {kindLabel(k)}
                  </option>
                ))}
              </select>
            </label>
            {form.kind !== 'center' && (
              <UnitSelect name="parentId" units={units.filter((u) => u.id !== form.id)} value={form.parentId} onChange={(parentId) => setForm({ ...form, parentId })} label={t('parent')} allowNone />
            )}
            <label className="admin-check" title={t('centreHint')}>
              <input type="checkbox" name="isCentre" checked={!!form.isCentre} onChange={(e) => setForm({ ...form, isCentre: e.target.checked })} /> {t('centre')}
            </label>
            <label>
              {t('sort')}
              <input name="sort" type="number" value={form.sort ?? ''} onChange={(e) => setForm({ ...form, sort: e.target.value === '' ? undefined : Number(e.target.value) })} />
            </label>
            <SaveCancel busy={formAct.busy} error={formAct.error} onCancel={() => (setForm(null), formAct.clear())} />
          </form>
        </Dialog>
      )}
    </Section>
  );
}
