// 系统管理 → 110 联动: where our messages to 110's platform go (its endpoint and the shared secret
// they are signed with — write-only), how long 110 has to acknowledge a 警单 before the centre is
// alerted, and the hand-offs both ways with their state, the last message's delivery and a
// resend for a message that stopped retrying. The API keys 110 calls us with are made under 接口密钥
// (用途 110). The contract is docs/interop-110.md.

import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { api, ok } from '../../api/client';
import { ErrorBanner, Loading, useAsync } from '../../components';
import { messages, useT } from '../../i18n';
import { formatDateTime } from '../../time';
import { SaveForm, Section, useAction } from './common';

const M = messages(
  {
    settings: '110 联动设置', url: '110 平台接收地址（警单与办理结果推送到此）', secret: '共享密钥（至少 16 个字符；留空则保留原密钥）', secretSet: '已设置共享密钥', secretUnset: '尚未设置共享密钥',
    timeout: '转警后多少分钟未收到 110 确认即提醒中心', save: '保存', saved: '已保存',
    keyHint: '110 平台调用本平台时使用的 API 密钥在“接口密钥”中新建（用途选 110）。', keys: '接口密钥',
    list: '联动记录', direction: '方向', all: '全部', out: '转警', in: '110 移交', ticket: '工单', service: '警种', record: '警情编号', state: '状态', at: '时间',
    message: '最近一次推送', replay: '重发', replayed: '已重新排队发送', none: '暂无联动记录', alerted: '已超时提醒',
    s_pending: '警单待发送', s_sent: '已发送，待确认', s_received: '已接收', s_dispatched: '已派警', s_handled: '已处置', s_failed: '警单发送失败', s_open: '办理中', s_closed: '已办结',
    m_pending: '待发送', m_delivered: '已送达', m_dead: '发送失败', tries: '{n} 次',
  },
  {
    settings: '110 interop settings', url: "110 platform's endpoint (dispatch orders and results are posted here)", secret: 'Shared secret (16+ characters; empty keeps the current one)', secretSet: 'A shared secret is set', secretUnset: 'No shared secret yet',
    timeout: 'Alert the centre when 110 has not acknowledged a transfer within (minutes)', save: 'Save', saved: 'Saved',
    keyHint: "The API key 110's platform calls us with is made under API keys (scope 110).", keys: 'API keys',
    list: 'Hand-offs', direction: 'Direction', all: 'All', out: 'Transferred', in: 'Handed over by 110', ticket: 'Ticket', service: 'Service', record: '110 record', state: 'State', at: 'Time',
    message: 'Last message', replay: 'Send again', replayed: 'Queued to be sent again', none: 'No hand-offs yet', alerted: 'alerted: not acknowledged',
    s_pending: 'waiting to send', s_sent: 'sent, awaiting 110', s_received: 'received', s_dispatched: 'police dispatched', s_handled: 'handled', s_failed: 'failed to send', s_open: 'being handled', s_closed: 'closed',
    m_pending: 'waiting', m_delivered: 'delivered', m_dead: 'failed', tries: '{n} tries',
  },
);

export default function Police() {
  return (
    <>
      <PoliceSettings />
      <Handoffs />
    </>
  );
}

function PoliceSettings() {
  const t = useT(M);
  const current = useAsync(() => ok(api.GET('/api/v1/admin/interop-110')), []);
  const [form, setForm] = useState<{ url: string; timeout: string } | null>(null);
  const [secret, setSecret] = useState('');
  const act = useAction();
  useEffect(() => {
    if (current.data) setForm({ url: current.data.url ?? '', timeout: String(current.data.timeoutMinutes) });
  }, [current.data]);
  const save = () =>
    act.run(async () => {
      if (!form) return;
      const body = { url: form.url.trim() || null, timeoutMinutes: Number(form.timeout), ...(secret ? { secret } : {}) };
      current.setData(await ok(api.PUT('/api/v1/admin/interop-110', { body })));
      setSecret('');
    }, t('saved'));
  return (
    <Section title={t('settings')}>
      <ErrorBanner error={current.error} onRetry={current.reload} />
      {!form || !current.data ? (
        !current.error && <Loading />
      ) : (
        <SaveForm act={act} onSave={save} label={t('save')} className="admin-policy" testId="police-settings">
          <label>
            {t('url')}
            <input name="url" type="url" value={form.url} onChange={(e) => setForm({ ...form, url: e.target.value })} placeholder="https://110.example.gov.cn/api/12345" />
          </label>
          <label>
            {t('secret')}
            <input name="secret" type="password" autoComplete="new-password" value={secret} onChange={(e) => setSecret(e.target.value)} />
            <span className="muted small">{current.data.secretSet ? t('secretSet') : t('secretUnset')}</span>
          </label>
          <label>
            {t('timeout')}
            <input name="timeoutMinutes" type="number" min={1} max={1440} step={1} value={form.timeout} onChange={(e) => setForm({ ...form, timeout: e.target.value })} />
          </label>
          <p className="muted small">
            {t('keyHint')} <Link to="/admin/apikeys">{t('keys')}</Link>
          </p>
        </SaveForm>
      )}
    </Section>
  );
}

function Handoffs() {
  const t = useT(M);
  const [direction, setDirection] = useState<'' | 'out' | 'in'>('');
  const list = useAsync(() => ok(api.GET('/api/v1/admin/interop-110/handoffs', { params: { query: { ...(direction ? { direction } : {}), limit: 100 } } })), [direction]);
  const act = useAction();
  const replay = (id: string) =>
    act.run(async () => {
      await ok(api.POST('/api/v1/admin/interop-110/messages/{id}/replay', { params: { path: { id } } }));
      list.reload();
    }, t('replayed'));
  return (
    <Section
      title={t('list')}
      actions={
        <label>
          {t('direction')}{' '}
          <select name="direction" value={direction} onChange={(e) => setDirection(e.target.value as typeof direction)}>
            <option value="">{t('all')}</option>
            <option value="out">{t('out')}</option>
            <option value="in">{t('in')}</option>
          </select>
        </label>
      }
    >
      <ErrorBanner error={list.error ?? act.error} onRetry={list.reload} />
      {act.notice && <p className="notice" role="status">{act.notice}</p>}
      {!list.data ? (
        !list.error && <Loading />
      ) : list.data.items.length === 0 ? (
        <p className="muted">{t('none')}</p>
      ) : (
        <table className="admin-table" data-testid="police-handoffs">
          <thead>
            <tr>
              <th>{t('at')}</th>
              <th>{t('direction')}</th>
              <th>{t('ticket')}</th>
              <th>{t('service')}</th>
              <th>{t('record')}</th>
              <th>{t('state')}</th>
              <th>{t('message')}</th>
            </tr>
          </thead>
          <tbody>
            {list.data.items.map((h) => (
              <tr key={h.id} data-state={h.state}>
                <td className="mono">{formatDateTime(h.createdAt)}</td>
                <td>{t(h.direction)}</td>
                <td>
                  <Link to={`/tickets/${h.ticketId}`} className="mono">
                    {h.ticketNumber}
                  </Link>{' '}
                  {h.ticketTitle}
                </td>
                <td>{h.service}</td>
                <td className="mono">{h.policeRecordId ?? '—'}</td>
                <td>
                  {t(`s_${h.state}` as never)}
                  {h.alertedAt && !h.acknowledgedAt && <span className="badge alert">{t('alerted')}</span>}
                </td>
                <td>
                  {h.lastMessage ? (
                    <>
                      {t(`m_${h.lastMessage.status}` as never)} · {t('tries', { n: h.lastMessage.attempts })}
                      {h.lastMessage.lastError && h.lastMessage.status !== 'delivered' && <div className="muted small">{h.lastMessage.lastError}</div>}
                      {h.lastMessage.status === 'dead' && (
                        <button type="button" disabled={act.busy} onClick={() => void replay(h.lastMessage!.id)}>
                          {t('replay')}
                        </button>
                      )}
                    </>
                  ) : (
                    '—'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Section>
  );
}
