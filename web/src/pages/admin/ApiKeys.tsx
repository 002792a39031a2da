// 接口密钥: the keys of the systems that call the hotline, each for one scope (an Open311 client,
// the telephony system, the SMS gateway, a data feed, 110, a unit's own system — made on the
// 自建系统对接 screen, UnitSystems.tsx, since it names its unit). A new key is shown once, here; the
// list shows only its first characters. Renaming, limiting and revoking are audited.

import { useState } from 'react';
import { api, ok } from '../../api/client';
import { Dialog, ErrorBanner, Loading, useAsync } from '../../components';
import { messages, useT } from '../../i18n';
import { formatDateTime } from '../../time';
import { ConfirmDialog, Notice, SaveCancel, Section, ShownKeyDialog, useAction } from './common';

type ApiKey = Awaited<ReturnType<typeof loadKeys>>['items'][number];
const SCOPES = ['open311', 'telephony', 'sms', 'feed', '110'] as const;
type Scope = ApiKey['scope'];

const M = messages(
  {
    title: '接口密钥', add: '新建密钥', name: '名称', scope: '用途', prefix: '密钥开头', limit: '每分钟上限', state: '状态', created: '创建时间',
    lastUsed: '最近使用', actions: '操作', edit: '修改', revoke: '吊销', active: '有效', revoked: '已吊销', never: '未使用',
    open311: '开放接口（Open311）', telephony: '话务系统', sms: '短信网关', feed: '数据推送', '110': '110 联动', unit: '单位自建系统',
    hint: '每个密钥只用于一种系统：Open311 密钥只能提交和补充它自己提交的诉求，话务系统密钥只能上报通话事件。单位自建系统的密钥在“自建系统对接”中为单位新建。',
    newKey: '新密钥：{name}', created1: '密钥只显示这一次，请立即复制并妥善保存。', copy: '复制', copied: '已复制', done: '我已保存',
    revokeTitle: '吊销密钥 {name}', revokeText: '吊销后使用此密钥的系统立即无法访问，且不能恢复。', confirmRevoke: '确认吊销', cancel: '取消',
    saved: '已保存：{name}', revokedDone: '已吊销：{name}', empty: '还没有接口密钥',
  },
  {
    title: 'API keys', add: 'New key', name: 'Name', scope: 'Scope', prefix: 'Key starts', limit: 'Per minute', state: 'Status', created: 'Created',
    lastUsed: 'Last used', actions: 'Actions', edit: 'Edit', revoke: 'Revoke', active: 'Active', revoked: 'Revoked', never: 'Never',
    open311: 'Open311 client', telephony: 'Telephony', sms: 'SMS gateway', feed: 'Data feed', '110': '110 link', unit: 'Unit’s own system',
    hint: 'Each key is for one system: an Open311 key submits and updates only its own requests; a telephony key only sends call events. A unit’s own system’s keys are made on the Unit systems screen.',
    newKey: 'New key: {name}', created1: 'The key is shown this once: copy it now and keep it safe.', copy: 'Copy', copied: 'Copied', done: 'I have saved it',
    revokeTitle: 'Revoke key {name}', revokeText: 'The system using this key loses access at once; this cannot be undone.', confirmRevoke: 'Revoke', cancel: 'Cancel',
    saved: 'Saved: {name}', revokedDone: 'Revoked: {name}', empty: 'No API keys yet',
  },
);

const loadKeys = () => ok(api.GET('/api/v1/admin/api-keys'));

interface Form {
  id?: number;
  name: string;
  scope: Scope;
  limit: string;
}

export default function ApiKeys() {
  const t = useT(M);
  const [tick, setTick] = useState(0);
  const keys = useAsync(loadKeys, [tick]);
  const act = useAction();
  const formAct = useAction();
  const [form, setForm] = useState<Form | null>(null);
  const [shown, setShown] = useState<{ name: string; key: string } | null>(null);
  const [revoking, setRevoking] = useState<ApiKey | null>(null);

  const save = async () => {
    if (!form) return;
    const limit = Number(form.limit);
    const saved = await formAct.run(async () => {
      if (form.id) {
        const r = await ok(api.PATCH('/api/v1/admin/api-keys/{id}', { params: { path: { id: form.id } }, body: { name: form.name, limit } }));
        return { name: r.name, key: null };
      }
      const r = await ok(api.POST('/api/v1/admin/api-keys', { body: { name: form.name, scope: form.scope, limit } }));
      return { name: r.name, key: r.key };
    });
    if (saved) {
      setForm(null);
      if (saved.key) {
        setShown({ name: saved.name, key: saved.key });
      } else void act.run(async () => undefined, t('saved', { name: saved.name }));
      setTick((n) => n + 1);
    }
  };
  const revoke = async () => {
    if (!revoking) return;
    const r = await formAct.run(() => ok(api.POST('/api/v1/admin/api-keys/{id}/revoke', { params: { path: { id: revoking.id } } })));
    if (r) {
      setRevoking(null);
      void act.run(async () => undefined, t('revokedDone', { name: r.name }));
      setTick((n) => n + 1);
    }
  };
  const close = () => {
    setForm(null);
    setRevoking(null);
    formAct.clear();
  };

  if (!keys.data) return keys.error ? <ErrorBanner error={keys.error} /> : <Loading />;

  return (
    <Section
      title={t('title')}
      actions={
        <button type="button" className="primary" onClick={() => setForm({ name: '', scope: 'open311', limit: '60' })}>
          {t('add')}
        </button>
      }
    >
      <p className="muted">{t('hint')}</p>
      <Notice text={act.notice} />
      <ErrorBanner error={act.error} />
      <table className="admin-table" data-testid="api-keys">
        <thead>
          <tr>
            <th>{t('name')}</th>
            <th>{t('scope')}</th>
            <th>{t('prefix')}</th>
            <th className="num">{t('limit')}</th>
            <th>{t('state')}</th>
            <th>{t('created')}</th>
            <th>{t('lastUsed')}</th>
            <th>{t('actions')}</th>
          </tr>
        </thead>
        <tbody>
          {keys.data.items.length === 0 && (
            <tr>
              <td colSpan={8} className="muted">
                {t('empty')}
              </td>
            </tr>
          )}
          {keys.data.items.map((k) => (
            <tr key={k.id} data-key-id={k.id} className={k.active ? '' : 'admin-inactive'}>
              <td>{k.name}</td>
              <td data-scope={k.scope}>{t(k.scope)}</td>
              <td className="mono">{k.prefix}…</td>
              <td className="num">{k.perMinute}</td>
              <td>{k.active ? t('active') : <span className="badge">{t('revoked')}</span>}</td>
              <td className="mono">{formatDateTime(k.createdAt)}</td>
              <td className="mono">{k.lastUsedAt ? formatDateTime(k.lastUsedAt) : t('never')}</td>
              <td className="admin-actions">
                {k.active && (
                  <>
                    <button type="button" className="link" onClick={() => setForm({ id: k.id, name: k.name, scope: k.scope, limit: String(k.perMinute) })}>
                      {t('edit')}
                    </button>
                    <button type="button" className="link danger" onClick={() => setRevoking(k)}>
                      {t('revoke')}
                    </button>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {form && (
        <Dialog title={form.id ? `${t('edit')} ${form.name}` : t('add')} onClose={close}>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void save();
            }}
          >
            <label>
              {t('name')}
              <input name="name" value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} autoComplete="off" />
            </label>
            <label>
              {t('scope')}
              <select name="scope" value={form.scope} disabled={form.id != null} onChange={(e) => setForm({ ...form, scope: e.target.value as Scope })}>
                {SCOPES.map((s) => (
                  <option key={s} value={s}>
                    {t(s)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('limit')}
              <input name="limit" type="number" min={1} max={100000} step={1} value={form.limit} onChange={(e) => setForm({ ...form, limit: e.target.value })} />
            </label>
            <SaveCancel busy={formAct.busy} error={formAct.error} onCancel={close} />
          </form>
        </Dialog>
      )}
      {shown && (
        <ShownKeyDialog
          title={t('newKey', { name: shown.name })}
          text={t('created1')}
          value={shown.key}
          copy={t('copy')}
          copied={t('copied')}
          done={t('done')}
          onClose={() => setShown(null)}
        />
      )}
      {revoking && (
        <ConfirmDialog title={t('revokeTitle', { name: revoking.name })} text={t('revokeText')} confirm={t('confirmRevoke')} cancel={t('cancel')} busy={formAct.busy} error={formAct.error} onConfirm={revoke} onClose={close} />
      )}
    </Section>
  );
}
