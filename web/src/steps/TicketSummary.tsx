// A ticket in brief for a queue's side pane: what was asked, by whom (masked), where, and its state.

import { Link } from 'react-router';
import type { TicketListItem } from '../api/types';
import { CallerDetails, StatusBadge } from '../components';
import { messages, useT } from '../i18n';
import { useLabels } from '../labels';
import { categoryPath, useReference } from '../session';
import { formatDateTime } from '../time';

const M = messages(
  { open: '打开工单 (Enter)', caller: '来电人', address: '地址', district: '区县', category: '分类', unit: '主办单位', holder: '当前承办', assist: '协办单位', created: '受理时间', channel: '渠道', centre: '所属中心' },
  { open: 'Open ticket (Enter)', caller: 'Caller', address: 'Address', district: 'District', category: 'Category', unit: 'Lead unit', holder: 'Holds it now', assist: 'Assisting', created: 'Registered', channel: 'Channel', centre: 'Centre' },
);

export function TicketSummary({ ticket: x }: { ticket: TicketListItem }) {
  const t = useT(M);
  const L = useLabels();
  const ref = useReference();
  return (
    <div className="ticket-summary" data-testid="ticket-summary">
      <div className="ticket-head">
        <Link to={`/tickets/${x.id}`} className="mono" title={t('open')}>
          {x.number}
        </Link>
        <StatusBadge status={x.status} />
        <span className="badge">{L('type', x.type)}</span>
        {x.priority !== 'normal' && <span className={`badge prio-${x.priority}`}>{L('priority', x.priority)}</span>}
      </div>
      <h2>{x.title}</h2>
      <p className="ticket-body">{x.content}</p>
      <dl className="kv small">
        <dt>{t('caller')}</dt>
        <dd>
          <CallerDetails key={x.id} ticketId={x.id} caller={x.caller} confidential={x.confidential} />
        </dd>
        <dt>{t('address')}</dt>
        <dd>{x.address ?? '—'}</dd>
        <dt>{t('district')}</dt>
        <dd>{x.districtName ?? '—'}</dd>
        <dt>{t('category')}</dt>
        <dd>{categoryPath(ref, x.categoryId)}</dd>
        {x.unitId != null && (
          <>
            <dt>{t('unit')}</dt>
            <dd>
              {x.leadUnitName}
              {x.assistUnitIds.length > 0 && <span className="muted"> · {t('assist')}：{x.assistUnitIds.map((u) => ref?.unitById.get(u)?.name ?? u).join('、')}</span>}
            </dd>
            {x.unitId !== x.leadUnitId && (
              <>
                <dt>{t('holder')}</dt>
                <dd data-testid="summary-holder">{x.unitName}</dd>
              </>
            )}
          </>
        )}
        <dt>{t('channel')}</dt>
        <dd>
          {L('channel', x.channel)}
          {x.line ? ` · ${x.line}` : ''}
        </dd>
        {x.centreId != null && ref?.unitById.get(x.centreId)?.parentId != null && (
          <>
            {/* a sub-centre's or a city's ticket (分中心, 省市共用); the root centre's go without saying */}
            <dt>{t('centre')}</dt>
            <dd data-testid="summary-centre">{x.centreName}</dd>
          </>
        )}
        <dt>{t('created')}</dt>
        <dd className="mono">{formatDateTime(x.createdAt)}</dd>
      </dl>
    </div>
  );
}
