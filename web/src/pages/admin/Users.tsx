// 用户与角色: accounts, their role and unit; deactivate, reset a password.

import { useState } from 'react';
import { api, ApiError, ok } from '../../api/client';
import { Dialog, ErrorBanner, Loading, useAsync } from '../../components';
import { messages, useT } from '../../i18n';
import { useLabels } from '../../labels';
import { Notice, SaveCancel, Section, UnitSelect, useAction, useAdminReference } from './common';

const ROLES = ['agent', 'dispatcher', 'unit_handler', 'callback_agent', 'supervisor', 'analyst', 'quality_inspector', 'admin'] as const;
type Role = (typeof ROLES)[number];

const M = messages(
  {
    title: '用户与角色', add: '新建用户', edit: '编辑', username: '用户名', displayName: '姓名', password: '初始密码', newPassword: '新密码', role: '角色',
    unit: '所属单位', active: '状态', enabled: '启用', disabled: '已停用', actions: '操作', save: '保存', cancel: '取消', reset: '重置密码',
    deactivate: '停用', activate: '启用', saved: '已保存：{name}', resetDone: '已重置 {name} 的密码，其登录已全部失效', filter: '筛选用户名、姓名',
    allRoles: '全部角色', noUnit: '（不属于承办单位）', unitHint: '承办单位经办人必须指定所属单位',
    pwHint: '至少 10 个字符，不含用户名，不要用常见或有规律的密码（几个不相关的词最好记也最难猜）', weak: '密码不可用：{reason}',
  },
  {
    title: 'Users and roles', add: 'New user', edit: 'Edit', username: 'Username', displayName: 'Name', password: 'Initial password', newPassword: 'New password', role: 'Role',
    unit: 'Unit', active: 'Status', enabled: 'Active', disabled: 'Inactive', actions: 'Actions', save: 'Save', cancel: 'Cancel', reset: 'Reset password',
    deactivate: 'Deactivate', activate: 'Activate', saved: 'Saved: {name}', resetDone: 'Password of {name} reset; all its sessions ended', filter: 'Filter username, name',
    allRoles: 'All roles', noUnit: '(not in a unit)', unitHint: 'A unit handler needs a unit',
    pwHint: 'At least 10 characters, not the username, nothing common or patterned (a few unrelated words are easy to remember and hard to guess)',
    weak: 'Password refused (too short, holds the username, or easy to guess): {reason}',
  },
);

interface User {
  id: number;
  username: string;
  displayName: string | null;
  role: Role;
  unitId: number | null;
  active: boolean;
}
interface Form {
  id?: number;
  username: string;
  displayName: string;
  password: string;
  role: Role;
  unitId: number | null;
}

export default function Users() {
  const t = useT(M);
  const L = useLabels();
  const [tick, setTick] = useState(0);
  const ref = useAdminReference();
  const users = useAsync(async (): Promise<{ items: User[] }> => ok(api.GET('/api/v1/users')), [tick]);
  const act = useAction();
  const formAct = useAction();
  const [form, setForm] = useState<Form | null>(null);
  const [resetFor, setResetFor] = useState<User | null>(null);
  const [password, setPassword] = useState('');
  const [filter, setFilter] = useState('');
  const [role, setRole] = useState('');

  const save = async () => {
    if (!form) return;
    const saved = await formAct.run(async () =>
      form.id
        ? ok(api.PUT('/api/v1/users/{id}', { params: { path: { id: form.id } }, body: { displayName: form.displayName || null, role: form.role, unitId: form.unitId } }))
        : ((await ok(api.POST('/api/v1/users', { body: { username: form.username, password: form.password, role: form.role, unitId: form.unitId, displayName: form.displayName || null } }))) as User),
    );
    if (saved) {
      setForm(null);
      void act.run(async () => undefined, t('saved', { name: saved.username }));
      setTick((n) => n + 1);
    }
  };
  const setActive = async (u: User, active: boolean) => {
    const r = await act.run(() => ok(api.PUT('/api/v1/users/{id}', { params: { path: { id: u.id } }, body: { active } })));
    if (r) {
      void act.run(async () => undefined, t('saved', { name: r.username }));
      setTick((n) => n + 1);
    }
  };
  const reset = async () => {
    if (!resetFor) return;
    const done = await formAct.run(async () => {
      await ok(api.POST('/api/v1/users/{id}/password', { params: { path: { id: resetFor.id } }, body: { password } }));
      return true;
    });
    if (done) {
      void act.run(async () => undefined, t('resetDone', { name: resetFor.username }));
      setResetFor(null);
      setPassword('');
    }
  };

  if (!ref.data || !users.data) return ref.error || users.error ? <ErrorBanner error={ref.error ?? users.error} /> : <Loading />;
  const unitName = (id: number | null) => (id == null ? '—' : (ref.data?.unitById.get(id)?.name ?? String(id)));
  const needle = filter.trim().toLowerCase();
  const rows = users.data.items.filter((u) => (!role || u.role === role) && (!needle || u.username.toLowerCase().includes(needle) || (u.displayName ?? '').toLowerCase().includes(needle)));
  // A refused password (weak_password) says why, in the page's language around the server's reason.
  const formError = formAct.error instanceof ApiError && formAct.error.code === 'weak_password' ? new Error(t('weak', { reason: formAct.error.detail })) : formAct.error;
  const close = () => {
    setForm(null);
    setResetFor(null);
    formAct.clear();
  };

  return (
    <Section
      title={t('title')}
      actions={
        <>
          <input className="admin-filter" placeholder={t('filter')} value={filter} onChange={(e) => setFilter(e.target.value)} aria-label={t('filter')} />
          <select value={role} onChange={(e) => setRole(e.target.value)} aria-label={t('role')} className="admin-narrow">
            <option value="">{t('allRoles')}</option>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {L('role', r)}
              </option>
            ))}
          </select>
          <button type="button" className="primary" onClick={() => setForm({ username: '', displayName: '', password: '', role: 'agent', unitId: null })}>
            {t('add')}
          </button>
        </>
      }
    >
      <Notice text={act.notice} />
      <ErrorBanner error={act.error} />
      <table className="admin-table" data-testid="users">
        <thead>
          <tr>
            <th>{t('username')}</th>
            <th>{t('displayName')}</th>
            <th>{t('role')}</th>
            <th>{t('unit')}</th>
            <th>{t('active')}</th>
            <th>{t('actions')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((u) => (
            <tr key={u.id} data-username={u.username} className={u.active ? '' : 'admin-inactive'}>
              <td className="mono">{u.username}</td>
              <td>{u.displayName ?? '—'}</td>
              <td>{L('role', u.role)}</td>
              <td>{unitName(u.unitId)}</td>
              <td>{u.active ? t('enabled') : <span className="badge">{t('disabled')}</span>}</td>
              <td className="admin-actions">
                <button type="button" className="link" onClick={() => setForm({ id: u.id, username: u.username, displayName: u.displayName ?? '', password: '', role: u.role, unitId: u.unitId })}>
                  {t('edit')}
                </button>
                <button type="button" className="link" onClick={() => setResetFor(u)}>
                  {t('reset')}
                </button>
                <button type="button" className={u.active ? 'link danger' : 'link'} onClick={() => setActive(u, !u.active)}>
                  {u.active ? t('deactivate') : t('activate')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {form && (
        <Dialog title={form.id ? `${t('edit')} ${form.username}` : t('add')} onClose={close}>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void save();
            }}
          >
            {!form.id && (
              <label>
                {t('username')}
                <input name="username" value={form.username} onChange={(e) => setForm({ ...form, username: e.target.value })} autoComplete="off" />
              </label>
            )}
            <label>
              {t('displayName')}
              <input name="displayName" value={form.displayName} onChange={(e) => setForm({ ...form, displayName: e.target.value })} />
            </label>
            {!form.id && (
              <label>
                {t('password')}
                <input name="password" type="password" value={form.password} onChange={(e) => setForm({ ...form, password: e.target.value })} autoComplete="new-password" />
              </label>
            )}
            {!form.id && <p className="muted">{t('pwHint')}</p>}
            <label>
              {t('role')}
              <select name="role" value={form.role} onChange={(e) => setForm({ ...form, role: e.target.value as Role })}>
                {ROLES.map((r) => (
                  <option key={r} value={r}>
                    {L('role', r)}
                  </option>
                ))}
              </select>
            </label>
            <UnitSelect name="unitId" units={ref.data.units} value={form.unitId} onChange={(unitId) => setForm({ ...form, unitId })} label={t('unit')} allowNone={t('noUnit')} filter={(u) => u.active} />
            {form.role === 'unit_handler' && <p className="muted">{t('unitHint')}</p>}
            <SaveCancel busy={formAct.busy} error={formError} onCancel={close} />
          </form>
        </Dialog>
      )}
      {resetFor && (
        <Dialog title={`${t('reset')} ${resetFor.username}`} onClose={close}>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void reset();
            }}
          >
            <label>
              {t('newPassword')}
              <input name="newPassword" type="password" value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="new-password" />
            </label>
            <p className="muted">{t('pwHint')}</p>
            <SaveCancel busy={formAct.busy} error={formError} onCancel={close} />
          </form>
        </Dialog>
      )}
    </Section>
  );
}
