// 事件推送（Webhook）: the receivers subscribed to ticket events (docs/webhooks.md): create one
// (its secret is write-only), pause or resume it, see its deliveries with their status, tries and
// last error, and replay a dead one or all of them. Every change is audited by the server.

import { useState } from 'react';
import { api, ok } from '../../api/client';
import { Dialog, ErrorBanner, Loading, useAsync } from '../../components';
import { messages, useT } from '../../i18n';
import { formatDateTime } from '../../time';
import { ConfirmDialog, Notice, SaveCancel, Section, UnitSelect, useAction, useAdminReference } from './common';

type Subscription = Awaited<ReturnType<typeof loadSubscriptions>>['items'][number];

const M = messages(
  {
    title: '事件推送', add: '新建订阅', url: '接收地址', secret: '签名密钥', events: '事件类型', all: '全部', unit: '限定单位', anyUnit: '不限',
    personalData: '个人信息不脱敏（接收方协议允许）', state: '状态', active: '推送中', paused: '已暂停', pause: '暂停', resume: '恢复', remove: '删除',
    deliveries: '推送记录', actions: '操作', created: '创建时间', empty: '还没有推送订阅', none: '没有推送记录',
    hint: '已提交的工单事件按工单顺序推送到接收地址，带 X-Hotline-Signature 签名；失败按 10 秒、1 分钟、5 分钟、30 分钟、2 小时、6 小时重试，7 次失败后停放，可重放。',
    eventsHint: '用逗号分隔，如 registered,dispatched；留空为全部', status: '状态', attempts: '尝试', lastError: '最后错误', event: '事件', ticket: '工单', at: '时间',
    pending: '待推送', delivered: '已送达', dead: '已停放', replay: '重放', replayDead: '重放全部停放的', replayed: '已重放 {n} 条',
    removeTitle: '删除订阅 {url}', removeText: '删除后不再推送，其推送记录一并删除。', confirmRemove: '确认删除', cancel: '取消',
  },
  {
    title: 'Webhooks', add: 'New subscription', url: 'URL', secret: 'Signing secret', events: 'Events', all: 'All', unit: 'Unit only', anyUnit: 'Any',
    personalData: 'Personal data unmasked (the receiver’s agreement allows it)', state: 'Status', active: 'Active', paused: 'Paused', pause: 'Pause', resume: 'Resume', remove: 'Delete',
    deliveries: 'Deliveries', actions: 'Actions', created: 'Created', empty: 'No subscriptions yet', none: 'No deliveries',
    hint: 'Committed ticket events are POSTed in order per ticket, signed (X-Hotline-Signature); failures are retried after 10 s, 1 min, 5 min, 30 min, 2 h, 6 h, then parked as dead and replayable.',
    eventsHint: 'Comma-separated, e.g. registered,dispatched; empty for all', status: 'Status', attempts: 'Tries', lastError: 'Last error', event: 'Event', ticket: 'Ticket', at: 'Time',
    pending: 'Pending', delivered: 'Delivered', dead: 'Dead', replay: 'Replay', replayDead: 'Replay all dead', replayed: 'Replayed {n}',
    removeTitle: 'Delete subscription {url}', removeText: 'Nothing more is sent; its delivery records are deleted too.', confirmRemove: 'Delete', cancel: 'Cancel',
  },
);

const loadSubscriptions = () => ok(api.GET('/api/v1/webhooks'));

interface Form {
  url: string;
  secret: string;
  events: string;
  unitId: number | null;
  personalData: boolean;
}

/** A subscription's deliveries with replay; also the unit systems' screen's (UnitSystems.tsx). */
export function Deliveries({ sub, onClose }: { sub: Pick<Subscription, 'id' | 'url'>; onClose: () => void }) {
  const t = useT(M);
  const [tick, setTick] = useState(0);
  const list = useAsync(() => ok(api.GET('/api/v1/webhooks/{id}/deliveries', { params: { path: { id: sub.id }, query: { limit: 100 } } })), [sub.id, tick]);
  const act = useAction();
  const replay = (deliveryId: string) =>
    void act
      .run(() => ok(api.POST('/api/v1/webhooks/{id}/deliveries/{deliveryId}/replay', { params: { path: { id: sub.id, deliveryId } } })))
      .then(() => setTick((n) => n + 1));
  const replayDead = () =>
    void act
      .run(async () => {
        const r = await ok(api.POST('/api/v1/webhooks/{id}/deliveries/replay-dead', { params: { path: { id: sub.id } } }));
        return r;
      })
      .then(() => setTick((n) => n + 1));
  return (
    <Dialog title={`${t('deliveries')} · ${sub.url}`} onClose={onClose}>
      <ErrorBanner error={act.error ?? list.error} />
      <div className="row admin-buttons">
        <button type="button" onClick={replayDead} disabled={act.busy}>
          {t('replayDead')}
        </button>
      </div>
      {!list.data ? (
        <Loading />
      ) : (
        <table className="admin-table" data-testid="webhook-deliveries">
          <thead>
            <tr>
              <th>{t('at')}</th>
              <th>{t('event')}</th>
              <th className="num">{t('ticket')}</th>
              <th>{t('status')}</th>
              <th className="num">{t('attempts')}</th>
              <th>{t('lastError')}</th>
              <th>{t('actions')}</th>
            </tr>
          </thead>
          <tbody>
            {list.data.items.length === 0 && (
              <tr>
                <td colSpan={7} className="muted">
                  {t('none')}
                </td>
              </tr>
            )}
            {list.data.items.map((d) => (
              <tr key={d.id} data-status={d.status}>
                <td className="mono">{formatDateTime(d.createdAt)}</td>
                <td className="mono">{d.type}</td>
                <td className="num">{d.ticketId}</td>
                <td>{d.status === 'dead' ? <span className="badge">{t('dead')}</span> : t(d.status)}</td>
                <td className="num">{d.attempts}</td>
                <td className="mono">{d.lastError ?? ''}</td>
                <td className="admin-actions">
                  {d.status !== 'pending' && (
                    <button type="button" className="link" onClick={() => replay(d.id)} disabled={act.busy}>
                      {t('replay')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Dialog>
  );
}

export default function Webhooks() {
  const t = useT(M);
  const [tick, setTick] = useState(0);
  const subs = useAsync(loadSubscriptions, [tick]);
  const ref = useAdminReference();
  const act = useAction();
  const formAct = useAction();
  const [form, setForm] = useState<Form | null>(null);
  const [removing, setRemoving] = useState<Subscription | null>(null);
  const [viewing, setViewing] = useState<Subscription | null>(null);

  const save = async () => {
    if (!form) return;
    const events = form.events.split(/[,，\s]+/).filter(Boolean);
    const saved = await formAct.run(() =>
      ok(api.POST('/api/v1/webhooks', { body: { url: form.url, secret: form.secret, events: events.length ? events : undefined, unitId: form.unitId, personalData: form.personalData } })),
    );
    if (saved) {
      setForm(null);
      setTick((n) => n + 1);
    }
  };
  const setPaused = (s: Subscription, paused: boolean) =>
    void act.run(() => ok(api.PATCH('/api/v1/webhooks/{id}', { params: { path: { id: s.id } }, body: { paused } }))).then(() => setTick((n) => n + 1));
  const remove = async () => {
    if (!removing) return;
    const r = await formAct.run(async () => {
      await ok(api.DELETE('/api/v1/webhooks/{id}', { params: { path: { id: removing.id } } }));
      return true;
    });
    if (r) {
      setRemoving(null);
      setTick((n) => n + 1);
    }
  };
  const close = () => {
    setForm(null);
    setRemoving(null);
    formAct.clear();
  };

  if (!subs.data) return subs.error ? <ErrorBanner error={subs.error} /> : <Loading />;
  const unitName = (id: number | null) => (id == null ? t('anyUnit') : (ref.data?.unitById.get(id)?.name ?? String(id)));

  return (
    <Section
      title={t('title')}
      actions={
        <button type="button" className="primary" onClick={() => setForm({ url: '', secret: '', events: '', unitId: null, personalData: false })}>
          {t('add')}
        </button>
      }
    >
      <p className="muted">{t('hint')}</p>
      <Notice text={act.notice} />
      <ErrorBanner error={act.error} />
      <table className="admin-table" data-testid="webhooks">
        <thead>
          <tr>
            <th>{t('url')}</th>
            <th>{t('events')}</th>
            <th>{t('unit')}</th>
            <th>{t('state')}</th>
            <th>{t('created')}</th>
            <th>{t('actions')}</th>
          </tr>
        </thead>
        <tbody>
          {subs.data.items.length === 0 && (
            <tr>
              <td colSpan={6} className="muted">
                {t('empty')}
              </td>
            </tr>
          )}
          {subs.data.items.map((s) => (
            <tr key={s.id} data-webhook-id={s.id} className={s.paused ? 'admin-inactive' : ''}>
              <td className="mono">{s.url}</td>
              <td className="mono">{s.events.includes('*') ? t('all') : s.events.join(', ')}</td>
              <td>{unitName(s.unitId)}</td>
              <td>{s.paused ? <span className="badge">{t('paused')}</span> : t('active')}</td>
              <td className="mono">{formatDateTime(s.createdAt)}</td>
              <td className="admin-actions">
                <button type="button" className="link" onClick={() => setViewing(s)}>
                  {t('deliveries')}
                </button>
                <button type="button" className="link" onClick={() => setPaused(s, !s.paused)}>
                  {s.paused ? t('resume') : t('pause')}
                </button>
                <button type="button" className="link danger" onClick={() => setRemoving(s)}>
                  {t('remove')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {form && (
        <Dialog title={t('add')} onClose={close}>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void save();
            }}
          >
            <label>
              {t('url')}
              <input name="url" type="url" value={form.url} onChange={(e) => setForm({ ...form, url: e.target.value })} autoComplete="off" />
            </label>
            <label>
              {t('secret')}
              <input name="secret" type="password" minLength={16} value={form.secret} onChange={(e) => setForm({ ...form, secret: e.target.value })} autoComplete="new-password" />
            </label>
            <label>
              {t('events')}
              <input name="events" value={form.events} placeholder={t('eventsHint')} onChange={(e) => setForm({ ...form, events: e.target.value })} autoComplete="off" />
            </label>
            {ref.data && <UnitSelect units={ref.data.units} value={form.unitId} onChange={(unitId) => setForm({ ...form, unitId })} label={t('unit')} allowNone={t('anyUnit')} name="unitId" />}
            <label className="row">
              <input name="personalData" type="checkbox" checked={form.personalData} onChange={(e) => setForm({ ...form, personalData: e.target.checked })} />
              {t('personalData')}
            </label>
            <SaveCancel busy={formAct.busy} error={formAct.error} onCancel={close} />
          </form>
        </Dialog>
      )}
      {removing && (
        <ConfirmDialog title={t('removeTitle', { url: removing.url })} text={t('removeText')} confirm={t('confirmRemove')} cancel={t('cancel')} busy={formAct.busy} error={formAct.error} onConfirm={remove} onClose={close} />
      )}
      {viewing && <Deliveries sub={viewing} onClose={() => setViewing(null)} />}
    </Section>
  );
}
