// 操作日志: the audit log of admin changes, views of personal data and sign-in security. Every
// action by its name (labels.ts AUDIT_AREAS), filtered by area or action, by who and by date;
// a change shown as what changed, before → after, with the fields' and values' names.

import type { ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, ok } from '../../api/client';
import { ErrorBanner, Loading, Pager, useAsync } from '../../components';
import { messages, useLang, useT } from '../../i18n';
import { AUDIT_AREAS, useLabels } from '../../labels';
import { formatDateTime } from '../../time';
import { Section, useAdminReference, useKindLabel } from './common';

const M = messages(
  {
    audit: '操作日志', at: '时间', who: '操作人', action: '操作', detail: '内容', filterAction: '按操作筛选', filterWho: '按操作人筛选', from: '起始日期', to: '截止日期',
    all: '全部', allOf: '{area}（全部）', everyone: '全部', clear: '清除筛选', none: '没有符合条件的记录', noChange: '（无变化）', ticket: '工单 #{id}',
    yes: '是', no: '否', draft: '草稿', published: '已发布', archived: '已归档', working_hours: '工作小时', working_days: '工作日', clock_hours: '自然小时',
    unknown_user: '用户名不存在', inactive: '账号已停用', wrong_password: '密码错误', locked: '登录已锁定', leaf: '末级分类', total: '共 {n} 条',
  },
  {
    audit: 'Audit log', at: 'When', who: 'Who', action: 'Action', detail: 'Change', filterAction: 'Filter by action', filterWho: 'Filter by user', from: 'From', to: 'To',
    all: 'All', allOf: '{area} (all)', everyone: 'Everyone', clear: 'Clear filters', none: 'No entries match', noChange: '(no change)', ticket: 'Ticket #{id}',
    yes: 'yes', no: 'no', draft: 'draft', published: 'published', archived: 'archived', working_hours: 'working hours', working_days: 'working days', clock_hours: 'clock hours',
    unknown_user: 'no such user', inactive: 'account disabled', wrong_password: 'wrong password', locked: 'sign-in locked', leaf: 'leaf categories', total: '{n} entries',
  },
);

// The names of the fields that audit details carry (before/after of units, categories, lines,
// users, rules, settings, API keys, KB articles, and the other keys of a detail).
const F = messages(
  {
    year: '年份', articleId: '知识条目', proposalId: '修改建议', proposedBy: '建议人', note: '说明', userId: '用户',
    id: '编号', code: '编码', name: '名称', kind: '类型', parentId: '上级', active: '启用', sort: '排序', level: '级别', leadUnitId: '默认主办单位',
    number: '号码', categoryId: '诉求分类', unitId: '单位', districtId: '区县', username: '用户名', displayName: '姓名', role: '角色',
    type: '诉求类型', priority: '紧急程度', acceptLimit: '签收时限', handleLimit: '办理时限',
    holidays: '节假日（天）', workdays: '调休上班日（天）', holidaysAdded: '新增节假日', holidaysRemoved: '取消节假日',
    workdaysAdded: '新增调休上班日', workdaysRemoved: '取消调休上班日',
    maxReopens: '最多重办次数', reopenWindowDays: '办结后可重办的天数', maxExtensionDays: '累计最多延期工作日', maxCallbackAttempts: '回访未接通几次后自动办结',
    callbackDays: '答复后几个工作日内回访', superviseReplyDays: '督办答复时限（工作日）', notice: '督办', urge: '催办', warnFraction: '时限预警点', minRankingSample: '排名最低样本量', dispatchMinutes: '派单时限（工作分钟）',
    enabled: '开启', threshold: '置信度阈值', trainingSize: '训练样本', seconds: '用时（秒）',
    title: '标题', body: '正文', unitIds: '适用单位', effectiveFrom: '生效日期', expiresOn: '失效日期', source: '依据文件', status: '状态', version: '版本',
    proposal: '建议内容',
    prefix: '密钥前缀', scope: '用途', perMinute: '每分钟限额', revokedAt: '吊销时间', publicListing: '公开列表', anonymousPerMinute: '匿名每分钟限额',
    contact: '联系方式', keyService: '密钥发放说明',
    ip: 'IP 地址', reason: '事由', confidential: '保密工单', attachment: '附件', key: '锁定对象', until: '锁定至', locks: '锁定次数',
  },
  {
    year: 'Year', articleId: 'Article', proposalId: 'Proposal', proposedBy: 'Proposed by', note: 'Note', userId: 'User',
    id: 'ID', code: 'Code', name: 'Name', kind: 'Kind', parentId: 'Parent', active: 'Active', sort: 'Order', level: 'Level', leadUnitId: 'Default lead unit',
    number: 'Number', categoryId: 'Category', unitId: 'Unit', districtId: 'District', username: 'User name', displayName: 'Name', role: 'Role',
    type: 'Type', priority: 'Priority', acceptLimit: 'Accept limit', handleLimit: 'Handling limit',
    holidays: 'Holidays (days)', workdays: 'Working weekend days', holidaysAdded: 'Holidays added', holidaysRemoved: 'Holidays removed',
    workdaysAdded: 'Working days added', workdaysRemoved: 'Working days removed',
    maxReopens: 'Max reopens', reopenWindowDays: 'Reopen window (days)', maxExtensionDays: 'Max extension (working days)', maxCallbackAttempts: 'Unreached callbacks before closing',
    callbackDays: 'Callback within (working days)', superviseReplyDays: 'Supervision reply limits (working days)', notice: 'notice', urge: 'urge', warnFraction: 'Warning point', minRankingSample: 'Minimum sample for rankings', dispatchMinutes: 'Dispatch within (working minutes)',
    enabled: 'Enabled', threshold: 'Confidence threshold', trainingSize: 'Training size', seconds: 'Seconds',
    title: 'Title', body: 'Text', unitIds: 'Units', effectiveFrom: 'Effective from', expiresOn: 'Expires on', source: 'Source document', status: 'Status', version: 'Version',
    proposal: 'Proposed text',
    prefix: 'Key prefix', scope: 'Scope', perMinute: 'Per-minute limit', revokedAt: 'Revoked at', publicListing: 'Public listing', anonymousPerMinute: 'Anonymous per-minute limit',
    contact: 'Contact', keyService: 'Key service',
    ip: 'IP address', reason: 'Reason', confidential: 'Confidential ticket', attachment: 'Attachment', key: 'Locked', until: 'Locked until', locks: 'Locks',
  },
);
type Field = keyof (typeof F)['zh-CN'];
// Details come back from jsonb with their keys reordered: show them in the order of F.
const FIELD_ORDER = Object.keys(F['zh-CN']);
const rank = (k: string) => (FIELD_ORDER.includes(k) ? FIELD_ORDER.indexOf(k) : FIELD_ORDER.length);
const ordered = <T,>(entries: [string, T][]) => entries.sort(([a], [b]) => rank(a) - rank(b));

type Entry = { id: number; userId: number | null; username: string | null; action: string; ticketId: number | null; at: string; detail: Record<string, unknown> };
type Show = (key: string, v: unknown) => string;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const FILTERS = ['action', 'userId', 'from', 'to'] as const;
const IDENTITY = ['username', 'name', 'title', 'number'];

export function Audit() {
  const t = useT(M);
  const L = useLabels();
  const [params, setParams] = useSearchParams();
  const f = Object.fromEntries(FILTERS.map((k) => [k, params.get(k) ?? ''])) as Record<(typeof FILTERS)[number], string>;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const set = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) (v ? next.set(k, v) : next.delete(k));
    if (!('page' in changes)) next.delete('page');
    setParams(next, { replace: true });
  };
  const users = useAsync(() => ok(api.GET('/api/v1/users')), []);
  const ref = useAdminReference();
  const names: Names = {
    unit: (id) => ref.data?.unitById.get(Number(id))?.name ?? `#${String(id)}`,
    category: (id) => ref.data?.categoryById.get(Number(id))?.name ?? `#${String(id)}`,
    user: (id) => users.data?.items.find((u) => u.id === Number(id))?.username ?? `#${String(id)}`,
  };
  const log = useAsync(
    () =>
      ok(
        api.GET('/api/v1/audit-log', {
          params: {
            query: {
              page,
              pageSize: 50,
              ...(f.action ? { action: f.action } : {}),
              ...(f.userId ? { userId: Number(f.userId) } : {}),
              ...(f.from ? { from: f.from } : {}),
              ...(f.to ? { to: f.to } : {}),
            },
          },
        }),
      ),
    [page, f.action, f.userId, f.from, f.to],
  );
  const { lang } = useLang();
  const area = (a: (typeof AUDIT_AREAS)[number]) => (lang === 'en' ? a.en : a.zh);
  return (
    <Section title={t('audit')}>
      <form className="admin-audit-filter" onSubmit={(e) => e.preventDefault()} data-testid="audit-filter">
        <label>
          {t('filterAction')}
          <select value={f.action} onChange={(e) => set({ action: e.target.value })}>
            <option value="">{t('all')}</option>
            {AUDIT_AREAS.map((a) => (
              <optgroup key={a.key} label={area(a)}>
                <option value={a.prefixes.join(',')}>{t('allOf', { area: area(a) })}</option>
                {Object.keys(a.actions).map((k) => (
                  <option key={k} value={k}>
                    {L('audit', k)}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </label>
        <label>
          {t('filterWho')}
          <select value={f.userId} onChange={(e) => set({ userId: e.target.value })}>
            <option value="">{t('everyone')}</option>
            {users.data?.items.map((u) => (
              <option key={u.id} value={u.id}>
                {u.displayName ? `${u.displayName}（${u.username}）` : u.username}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('from')}
          <input type="date" value={f.from} max={f.to || undefined} onChange={(e) => set({ from: e.target.value })} />
        </label>
        <label>
          {t('to')}
          <input type="date" value={f.to} min={f.from || undefined} onChange={(e) => set({ to: e.target.value })} />
        </label>
        <button type="button" onClick={() => setParams(new URLSearchParams(), { replace: true })} disabled={FILTERS.every((k) => !f[k]) && page === 1}>
          {t('clear')}
        </button>
      </form>
      <ErrorBanner error={log.error ?? users.error} />
      {!log.data ? (
        !log.error && <Loading />
      ) : (
        <>
          <p className="muted small" aria-live="polite">
            {t('total', { n: log.data.total })}
          </p>
          <table className="admin-table" data-testid="audit">
            <thead>
              <tr>
                <th>{t('at')}</th>
                <th>{t('who')}</th>
                <th>{t('action')}</th>
                <th>{t('detail')}</th>
              </tr>
            </thead>
            <tbody>
              {log.data.items.map((e) => (
                <tr key={e.id} data-action={e.action}>
                  <td className="mono">{formatDateTime(e.at)}</td>
                  <td>{e.username ?? '—'}</td>
                  <td>{L('audit', e.action)}</td>
                  <td className="admin-detail">
                    <AuditDetail entry={e as Entry} names={names} />
                  </td>
                </tr>
              ))}
              {log.data.items.length === 0 && (
                <tr>
                  <td colSpan={4} className="muted">
                    {t('none')}
                  </td>
                </tr>
              )}
            </tbody>
          </table>
          <Pager page={page} pageSize={50} total={log.data.total} onPage={(p) => set({ page: p > 1 ? String(p) : '' })} />
        </>
      )}
    </Section>
  );
}

/** Names of units, categories and users for the details, read once for the page. */
export interface Names {
  unit(id: unknown): string;
  category(id: unknown): string;
  user(id: unknown): string;
}

/** How a value reads: names for ids and codes, durations, dates, yes/no. */
function useShow(action: string, names: Names): Show {
  const t = useT(M);
  const fieldName = useFieldName();
  const L = useLabels();
  const kind = useKindLabel();
  const { unit, category, user } = names;
  const { lang } = useLang();
  const sep = lang === 'en' ? ', ' : '、';
  const show: Show = (key, v) => {
    if (v == null || v === '') return '—';
    if (typeof v === 'boolean') return v ? t('yes') : t('no');
    if (Array.isArray(v)) return v.length ? v.map((x) => show(key === 'unitIds' ? 'unitId' : key, x)).join(sep) : '—';
    if (isObject(v)) {
      if ('amount' in v && 'unit' in v) return `${String(v.amount)} ${t(String(v.unit) as 'working_days')}`;
      if (key === 'proposal') return `${show('title', v.title)}：${show('body', v.body)}`;
      return ordered(Object.entries(v))
        .map(([k, x]) => `${fieldName(k)} ${show(k, x)}`)
        .join(lang === 'en' ? '; ' : '，');
    }
    switch (key) {
      case 'unitId':
      case 'leadUnitId':
      case 'districtId':
        return unit(v);
      case 'parentId':
        return action.startsWith('category.') ? category(v) : unit(v);
      case 'categoryId':
        return category(v);
      case 'role':
        return L('role', String(v));
      case 'type':
        return L('type', String(v));
      case 'priority':
        return L('priority', String(v));
      case 'kind':
        return kind(String(v));
      case 'status':
        return ['draft', 'published', 'archived'].includes(String(v)) ? t(v as 'draft') : String(v);
      case 'userId':
      case 'proposedBy':
        return user(v);
      case 'until':
      case 'revokedAt':
        return formatDateTime(String(v));
      case 'reason':
        return ['unknown_user', 'inactive', 'wrong_password', 'locked'].includes(String(v)) ? t(v as 'locked') : String(v);
      case 'level':
        return v === 'leaf' ? t('leaf') : String(v);
      default:
        return String(v);
    }
  };
  return show;
}

function useFieldName() {
  const tf = useT(F);
  return (k: string) => (k in F['zh-CN'] ? tf(k as Field) : k);
}

/** One entry's detail: what changed (before → after), or what was created or removed, then the rest. */
export function AuditDetail({ entry, names }: { entry: Entry; names: Names }) {
  const t = useT(M);
  const fieldName = useFieldName();
  const show = useShow(entry.action, names);
  const d = entry.detail ?? {};
  const before = isObject(d.before) ? d.before : null;
  const after = isObject(d.after) ? d.after : null;
  const items: { key: string; node: ReactNode }[] = [];
  const item = (key: string, content: ReactNode) =>
    items.push({
      key,
      node: (
        <li key={`${items.length}-${key}`}>
          <span className="admin-field">{fieldName(key)}</span> {content}
        </li>
      ),
    });
  if (before && after) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => k !== 'id').sort((a, b) => rank(a) - rank(b));
    const changed = keys.filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
    // What the record is (its name, title, user name, number), though unchanged.
    for (const k of IDENTITY) if (!changed.includes(k) && after[k] != null) item(k, show(k, after[k]));
    for (const k of changed)
      item(
        k,
        <>
          <del>{show(k, before[k])}</del> → <ins>{show(k, after[k])}</ins>
        </>,
      );
    if (!changed.length) items.push({ key: '', node: <li key="same" className="muted">{t('noChange')}</li> });
  } else {
    // Created (after only) or removed (before only): the record as it was.
    for (const [k, v] of ordered(Object.entries(after ?? before ?? {}))) if (v != null && !(Array.isArray(v) && !v.length)) item(k, show(k, v));
  }
  for (const [k, v] of ordered(Object.entries(d))) {
    if (k === 'before' || k === 'after' || v == null || (Array.isArray(v) && !v.length)) continue;
    item(k, show(k, v));
  }
  return (
    <>
      {entry.ticketId != null && <Link to={`/tickets/${entry.ticketId}`}>{t('ticket', { id: entry.ticketId })}</Link>}
      {items.length > 0 && <ul className="admin-changes">{items.sort((a, b) => rank(a.key) - rank(b.key)).map((i) => i.node)}</ul>}
    </>
  );
}
