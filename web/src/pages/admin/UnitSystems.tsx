// 自建系统对接: units that answer through their own case system (docs/unit-systems.md). Mark a
// unit with its system's webhook (URL and write-only secret), make its unit-scoped key (shown
// once), revoke a key, see the webhook's deliveries (the webhooks screen's view), unmark. The
// server audits every change.

import { useCallback, useState } from 'react';
import { api, ok } from '../../api/client';
import { Dialog, ErrorBanner, Loading, useAsync } from '../../components';
import { messages, useT } from '../../i18n';
import { formatDateTime } from '../../time';
import { ConfirmDialog, Notice, SaveCancel, Section, ShownKeyDialog, UnitSelect, useAction, useAdminReference } from './common';
import { Deliveries } from './Webhooks';

type System = Awaited<ReturnType<typeof loadSystems>>['items'][number];
type Key = System['keys'][number];

const M = messages(
  {
    title: '自建系统对接', add: '设为自建系统对接', unit: '承办单位', name: '系统名称', url: '接收地址', secret: '签名密钥',
    secretKeep: '签名密钥（留空不修改）', webhook: '推送', keys: '单位系统密钥', actions: '操作', edit: '修改', unmark: '取消对接',
    deliveries: '推送记录', newKey: '新建密钥', keyName: '密钥名称（工单时间线上显示为操作人）', revoke: '吊销', active: '有效', revoked: '已吊销',
    never: '未使用', lastUsed: '最近使用', noWebhook: '推送订阅已删除，请修改并重新填写地址和密钥', paused: '已暂停', noKeys: '还没有密钥',
    empty: '还没有单位通过自建系统对接',
    hint: '对接后，派给该单位的工单（派单、下派、改派、撤回、延期、督办等）推送到其系统的接收地址（签名与重试同“事件推送”），个人信息按单位经办人所见脱敏；其系统用单位系统密钥通过工单接口签收、补充说明、答复、退单、下派，规则、时限与数据范围同单位经办人。',
    shownTitle: '新密钥：{name}', shownText: '密钥只显示这一次，请立即复制并交给该单位的系统管理员妥善保存。', copy: '复制', copied: '已复制', done: '我已保存',
    unmarkTitle: '取消 {unit} 的自建系统对接', unmarkText: '将删除其推送订阅（含推送记录），并立即吊销该单位的全部单位系统密钥。', confirmUnmark: '确认取消',
    revokeTitle: '吊销密钥 {name}', revokeText: '吊销后使用此密钥的系统立即无法访问，且不能恢复。', confirmRevoke: '确认吊销', cancel: '取消',
    saved: '已保存：{unit}', unmarked: '已取消对接：{unit}', revokedDone: '已吊销：{name}', systemSuffix: ' 自建系统',
  },
  {
    title: 'Unit systems', add: 'Connect a unit’s system', unit: 'Unit', name: 'System name', url: 'Webhook URL', secret: 'Signing secret',
    secretKeep: 'Signing secret (empty: unchanged)', webhook: 'Webhook', keys: 'Unit keys', actions: 'Actions', edit: 'Edit', unmark: 'Disconnect',
    deliveries: 'Deliveries', newKey: 'New key', keyName: 'Key name (shown as the actor on the timeline)', revoke: 'Revoke', active: 'Active', revoked: 'Revoked',
    never: 'Never', lastUsed: 'Last used', noWebhook: 'The subscription was deleted: edit and give the URL and secret again', paused: 'Paused', noKeys: 'No keys yet',
    empty: 'No unit answers through its own system yet',
    hint: 'The unit’s dispatches (dispatch, hand-down, re-route, withdrawal, extensions, supervision …) are POSTed to its system (signed and retried as webhooks), personal data masked as its handlers see it; the system accepts, notes, replies, returns and hands down through the ticket API with a unit key, under the unit handlers’ rules, deadlines and scope.',
    shownTitle: 'New key: {name}', shownText: 'The key is shown this once: copy it now and hand it to the unit’s system administrator.', copy: 'Copy', copied: 'Copied', done: 'I have saved it',
    unmarkTitle: 'Disconnect {unit}', unmarkText: 'Its subscription (with its delivery records) is deleted and every key of the unit is revoked at once.', confirmUnmark: 'Disconnect',
    revokeTitle: 'Revoke key {name}', revokeText: 'The system using this key loses access at once; this cannot be undone.', confirmRevoke: 'Revoke', cancel: 'Cancel',
    saved: 'Saved: {unit}', unmarked: 'Disconnected: {unit}', revokedDone: 'Revoked: {name}', systemSuffix: ' own system',
  },
);

const loadSystems = () => ok(api.GET('/api/v1/admin/unit-systems'));

interface Form {
  editing: boolean;
  unitId: number | null;
  name: string;
  url: string;
  secret: string;
}

export default function UnitSystems() {
  const t = useT(M);
  const [tick, setTick] = useState(0);
  const systems = useAsync(loadSystems, [tick]);
  const ref = useAdminReference();
  const act = useAction();
  const formAct = useAction();
  const [form, setForm] = useState<Form | null>(null);
  const [keyFor, setKeyFor] = useState<{ system: System; name: string } | null>(null);
  const [shown, setShown] = useState<{ name: string; key: string } | null>(null);
  const [unmarking, setUnmarking] = useState<System | null>(null);
  const [revoking, setRevoking] = useState<Key | null>(null);
  const [viewing, setViewing] = useState<{ id: number; url: string } | null>(null);

  // Stable: a dialog focuses its first field again whenever its onClose changes (every keystroke otherwise).
  const clearForm = formAct.clear;
  const close = useCallback(() => {
    setForm(null);
    setKeyFor(null);
    setUnmarking(null);
    setRevoking(null);
    clearForm();
  }, [clearForm]);
  const closeShown = useCallback(() => setShown(null), []);
  const closeViewing = useCallback(() => setViewing(null), []);
  const refresh = () => setTick((n) => n + 1);

  const save = async () => {
    if (!form || form.unitId == null) return;
    const unitId = form.unitId;
    const r = await formAct.run(() =>
      ok(
        api.PUT('/api/v1/admin/unit-systems/{unitId}', {
          params: { path: { unitId } },
          body: { ...(form.name.trim() ? { name: form.name.trim() } : {}), ...(form.url.trim() ? { url: form.url.trim() } : {}), ...(form.secret ? { secret: form.secret } : {}) },
        }),
      ),
    );
    if (r) {
      close();
      void act.run(async () => undefined, t('saved', { unit: r.unitName }));
      refresh();
    }
  };
  const createKey = async () => {
    if (!keyFor) return;
    const r = await formAct.run(() => ok(api.POST('/api/v1/admin/api-keys', { body: { name: keyFor.name, scope: 'unit', unitId: keyFor.system.unitId, limit: 600 } })));
    if (r) {
      close();
      setShown({ name: r.name, key: r.key });
      refresh();
    }
  };
  const unmark = async () => {
    if (!unmarking) return;
    const u = unmarking;
    const r = await formAct.run(() => ok(api.DELETE('/api/v1/admin/unit-systems/{unitId}', { params: { path: { unitId: u.unitId } } })).then(() => true));
    if (r) {
      close();
      void act.run(async () => undefined, t('unmarked', { unit: u.unitName }));
      refresh();
    }
  };
  const revoke = async () => {
    if (!revoking) return;
    const k = revoking;
    const r = await formAct.run(() => ok(api.POST('/api/v1/admin/api-keys/{id}/revoke', { params: { path: { id: k.id } } })));
    if (r) {
      close();
      void act.run(async () => undefined, t('revokedDone', { name: r.name }));
      refresh();
    }
  };

  if (!systems.data || !ref.data) return systems.error || ref.error ? <ErrorBanner error={systems.error ?? ref.error} /> : <Loading />;
  const marked = new Set(systems.data.items.map((s) => s.unitId));
  const units = ref.data.units;

  return (
    <Section
      title={t('title')}
      actions={
        <button type="button" className="primary" onClick={() => setForm({ editing: false, unitId: null, name: '', url: '', secret: '' })}>
          {t('add')}
        </button>
      }
    >
      <p className="muted">{t('hint')}</p>
      <Notice text={act.notice} />
      <ErrorBanner error={act.error} />
      <table className="admin-table" data-testid="unit-systems">
        <thead>
          <tr>
            <th>{t('unit')}</th>
            <th>{t('name')}</th>
            <th>{t('webhook')}</th>
            <th>{t('keys')}</th>
            <th>{t('actions')}</th>
          </tr>
        </thead>
        <tbody>
          {systems.data.items.length === 0 && (
            <tr>
              <td colSpan={5} className="muted">
                {t('empty')}
              </td>
            </tr>
          )}
          {systems.data.items.map((s) => (
            <tr key={s.unitId} data-unit-id={s.unitId}>
              <td>{s.unitName}</td>
              <td>{s.name}</td>
              <td className="mono">
                {s.webhook ? (
                  <>
                    {s.webhook.url}
                    {s.webhook.paused && <span className="badge">{t('paused')}</span>}
                  </>
                ) : (
                  <span className="muted">{t('noWebhook')}</span>
                )}
              </td>
              <td>
                {s.keys.length === 0 && <span className="muted">{t('noKeys')}</span>}
                <ul style={{ listStyle: 'none', margin: 0, padding: 0 }} data-testid="unit-keys">
                  {s.keys.map((k) => (
                    <li key={k.id} data-key-id={k.id} className={k.active ? '' : 'admin-inactive'}>
                      {k.name} <span className="mono">{k.prefix}…</span> {k.active ? t('active') : <span className="badge">{t('revoked')}</span>}{' '}
                      <span className="muted">
                        {t('lastUsed')} {k.lastUsedAt ? formatDateTime(k.lastUsedAt) : t('never')}
                      </span>{' '}
                      {k.active && (
                        <button type="button" className="link danger" onClick={() => setRevoking(k)}>
                          {t('revoke')}
                        </button>
                      )}
                    </li>
                  ))}
                </ul>
              </td>
              <td className="admin-actions">
                <button type="button" className="link" onClick={() => setKeyFor({ system: s, name: `${s.unitName}${t('systemSuffix')}` })}>
                  {t('newKey')}
                </button>
                {s.webhook && (
                  <button type="button" className="link" onClick={() => setViewing({ id: s.webhook!.id, url: s.webhook!.url })}>
                    {t('deliveries')}
                  </button>
                )}
                <button type="button" className="link" onClick={() => setForm({ editing: true, unitId: s.unitId, name: s.name, url: s.webhook?.url ?? '', secret: '' })}>
                  {t('edit')}
                </button>
                <button type="button" className="link danger" onClick={() => setUnmarking(s)}>
                  {t('unmark')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {form && (
        <Dialog title={form.editing ? `${t('edit')} ${units.find((u) => u.id === form.unitId)?.name ?? ''}` : t('add')} onClose={close}>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void save();
            }}
          >
            {!form.editing && (
              <UnitSelect
                name="unit"
                label={t('unit')}
                units={units}
                value={form.unitId}
                allowNone="—"
                filter={(u) => u.active && u.kind !== 'center' && !u.isCentre && !marked.has(u.id)}
                onChange={(unitId) => setForm({ ...form, unitId, name: form.name || '' })}
              />
            )}
            <label>
              {t('name')}
              <input
                name="name"
                value={form.name}
                placeholder={form.unitId != null ? `${units.find((u) => u.id === form.unitId)?.name ?? ''}${t('systemSuffix')}` : ''}
                onChange={(e) => setForm({ ...form, name: e.target.value })}
                autoComplete="off"
              />
            </label>
            <label>
              {t('url')}
              <input name="url" type="url" value={form.url} onChange={(e) => setForm({ ...form, url: e.target.value })} autoComplete="off" placeholder="https://" />
            </label>
            <label>
              {form.editing ? t('secretKeep') : t('secret')}
              <input name="secret" type="password" value={form.secret} onChange={(e) => setForm({ ...form, secret: e.target.value })} autoComplete="new-password" />
            </label>
            <SaveCancel busy={formAct.busy} error={formAct.error} onCancel={close} />
          </form>
        </Dialog>
      )}
      {keyFor && (
        <Dialog title={`${t('newKey')} · ${keyFor.system.unitName}`} onClose={close}>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void createKey();
            }}
          >
            <label>
              {t('keyName')}
              <input name="keyName" value={keyFor.name} onChange={(e) => setKeyFor({ ...keyFor, name: e.target.value })} autoComplete="off" />
            </label>
            <SaveCancel busy={formAct.busy} error={formAct.error} onCancel={close} />
          </form>
        </Dialog>
      )}
      {shown && (
        <ShownKeyDialog
          title={t('shownTitle', { name: shown.name })}
          text={t('shownText')}
          value={shown.key}
          copy={t('copy')}
          copied={t('copied')}
          done={t('done')}
          onClose={closeShown}
        />
      )}
      {unmarking && (
        <ConfirmDialog
          title={t('unmarkTitle', { unit: unmarking.unitName })}
          text={t('unmarkText')}
          confirm={t('confirmUnmark')}
          cancel={t('cancel')}
          busy={formAct.busy}
          error={formAct.error}
          onConfirm={unmark}
          onClose={close}
        />
      )}
      {revoking && (
        <ConfirmDialog title={t('revokeTitle', { name: revoking.name })} text={t('revokeText')} confirm={t('confirmRevoke')} cancel={t('cancel')} busy={formAct.busy} error={formAct.error} onConfirm={revoke} onClose={close} />
      )}
      {viewing && <Deliveries sub={viewing} onClose={closeViewing} />}
    </Section>
  );
}
