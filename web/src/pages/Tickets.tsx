// 工单查询 — ticket search: full text in Chinese (hits marked), combined with every list filter,
// kept in the address so a search can be bookmarked or sent to a colleague; ↑/↓ or j/k and Enter
// open a result; the same selection exports as XLSX (personal data masked). Saved views (视图) on
// the left with live counts — the presets 我的超期, 本区投诉, 今日新建, 即将到期, the user's own and
// those an admin published to the role — each a filter run with the viewer's own scope; V and
// Shift+V step through them. Rows picked with Space/x (Shift: a range) or their boxes go to the
// bulk bar: 批量派单, 批量催办, 导出选中.

import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { api, download, ok } from '../api/client';
import type { TicketQuery } from '../api/types';
import { Dialog, ErrorBanner, Loading, Pager, TicketTable, useAsync } from '../components';
import { useHotkeys } from '../hotkeys';
import { useKeyHelp, useKeyHint } from '../keyhelp';
import { useLive } from '../live';
import { useUser } from '../session';
import { BulkBar } from '../steps/BulkBar';
import { useSelection } from '../steps/selection';
import { ROLES } from '../../../src/domain/ticket-types';
import { messages, useT } from '../i18n';
import { useLabels } from '../labels';
import { categoryPath, useReference } from '../session';
import { KeyHints } from '../steps';
import { shanghaiDate } from '../time';
import { SATISFACTIONS, TICKET_STATUSES, TICKET_TYPES } from '../../../src/domain/ticket-types';
import './queues.css';

const M = messages(
  {
    title: '工单查询', q: '搜索（工单内容、标题、地址，支持中文分词）', search: '搜索', status: '状态', type: '类型', category: '分类', unit: '主办单位',
    district: '区县', from: '受理日期起', to: '受理日期止', satisfaction: '满意度', sort: '排序', overdue: '仅超期', any: '全部', clear: '清除条件',
    sortCreated: '最新受理', sortRelevance: '相关度', sortDue: '办理时限最近', sortCallback: '回访时限最近', export: '导出 XLSX', results: '共 {n} 条', resultsCapped: '超过 1000 条，按受理时间倒序',
    words: '检索词：{w}', kFocus: '搜索框', kMove: '上/下', kOpen: '打开', empty: '没有符合条件的工单',
    views: '视图', saveView: '保存为视图', viewName: '视图名称', shareTo: '发布给角色（共享视图）', personal: '仅自己（个人视图）', save: '保存', cancel: '取消',
    deleteView: '删除视图 {name}', shared: '共享',
    my_overdue: '我的超期', district_complaints: '本区投诉', today_new: '今日新建', due_soon: '即将到期', extra: '其他条件：{w}', mine: '我的工单（我是承办人或办理过）',
  },
  {
    title: 'Tickets', q: 'Search (content, title, address; Chinese word segmentation)', search: 'Search', status: 'Status', type: 'Type', category: 'Category', unit: 'Lead unit',
    district: 'District', from: 'Registered from', to: 'Registered to', satisfaction: 'Satisfaction', sort: 'Sort', overdue: 'Overdue only', any: 'Any', clear: 'Clear',
    sortCreated: 'Newest', sortRelevance: 'Relevance', sortDue: 'Nearest deadline', sortCallback: 'Nearest callback', export: 'Export XLSX', results: '{n} tickets', resultsCapped: 'More than 1,000; newest first',
    words: 'Words: {w}', kFocus: 'search box', kMove: 'up/down', kOpen: 'open', empty: 'No tickets match',
    views: 'Views', saveView: 'Save as view', viewName: 'View name', shareTo: 'Publish to a role (shared view)', personal: 'Only me (personal view)', save: 'Save', cancel: 'Cancel',
    deleteView: 'Delete view {name}', shared: 'shared',
    my_overdue: 'My overdue', district_complaints: 'Complaints in my district', today_new: 'New today', due_soon: 'Due soon', extra: 'Other conditions: {w}', mine: 'mine (I handle it or took a step)',
  },
);

const KEYS = ['q', 'status', 'type', 'category', 'unit', 'district', 'from', 'to', 'satisfaction', 'sort', 'overdue', 'alert', 'notAlert', 'mine'] as const;

type ViewItem = { key: string; id: number | null; preset: string | null; name: string; query: Record<string, string>; sharedRole: string | null; own: boolean; count: number | null };

/** The list's filter as a view keeps it: every set parameter but the page. */
function currentQuery(params: URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of KEYS) if (params.get(k)) out[k] = params.get(k) as string;
  return out;
}
const sameQuery = (a: Record<string, string>, b: Record<string, string>) => {
  const ka = Object.keys(a).filter((k) => a[k] !== '' && !(k === 'sort' && a[k] === 'created'));
  const kb = Object.keys(b).filter((k) => b[k] !== '' && !(k === 'sort' && b[k] === 'created'));
  return ka.length === kb.length && ka.every((k) => a[k] === b[k]);
};

export default function Tickets() {
  const t = useT(M);
  const L = useLabels();
  const ref = useReference();
  const [params, setParams] = useSearchParams();
  const input = useRef<HTMLInputElement>(null);
  const [q, setQ] = useState(params.get('q') ?? '');
  const page = Number(params.get('page') ?? 1) || 1;
  useEffect(() => setQ(params.get('q') ?? ''), [params]);
  useEffect(() => {
    if (params.get('focus')) {
      input.current?.focus();
      const next = new URLSearchParams(params);
      next.delete('focus');
      setParams(next, { replace: true });
    }
  }, [params, setParams]);
  const query: TicketQuery = { page, pageSize: 20 };
  for (const k of KEYS) {
    const v = params.get(k);
    if (v) (query as Record<string, unknown>)[k] = ['category', 'unit', 'district'].includes(k) ? Number(v) : v;
  }
  const key = JSON.stringify(query);
  const res = useAsync(() => ok(api.GET('/api/v1/tickets', { params: { query } })), [key]);
  const user = useUser();
  // Views with live counts: reloaded when anyone acts on a ticket (at most every 2 s).
  const views = useAsync(async () => (await ok(api.GET('/api/v1/views'))).items as ViewItem[], []);
  const pendingViews = useRef<ReturnType<typeof setTimeout> | null>(null);
  useLive((c) => {
    if ((c.kind !== 'ticket' && c.kind !== 'resync') || pendingViews.current) return;
    pendingViews.current = setTimeout(() => {
      pendingViews.current = null;
      views.reload();
      res.reload();
    }, 2000);
  });
  useEffect(() => () => void (pendingViews.current && clearTimeout(pendingViews.current)), []);
  const now = currentQuery(params);
  const viewList = views.data ?? [];
  const activeAt = viewList.findIndex((v) => sameQuery(v.query, now));
  const openView = (v: ViewItem) => setParams(new URLSearchParams(v.query));
  const stepView = (step: 1 | -1) => {
    if (!viewList.length) return;
    const from = activeAt < 0 ? (step > 0 ? -1 : 0) : activeAt;
    openView(viewList[(from + step + viewList.length) % viewList.length]);
  };
  // Shift with a letter is a key of its own (hotkeys.ts).
  useHotkeys({ v: () => stepView(1), 'shift+v': () => stepView(-1) });
  useKeyHelp(['views.next', 'views.prev']);
  const viewHint = useKeyHint(['views.next', 'views.prev']);
  const [saving, setSaving] = useState(false);
  const [viewName, setViewName] = useState('');
  const [shareRole, setShareRole] = useState('');
  const [viewError, setViewError] = useState<unknown>(null);
  const saveView = async () => {
    try {
      await ok(api.POST('/api/v1/views', { body: { name: viewName.trim(), query: now, sharedRole: (shareRole || null) as never } }));
      setSaving(false);
      setViewName('');
      setShareRole('');
      views.reload();
    } catch (e) {
      setViewError(e);
    }
  };
  const removeView = async (v: ViewItem) => {
    try {
      await ok(api.DELETE('/api/v1/views/{id}', { params: { path: { id: String(v.id) } } }));
      views.reload();
    } catch (e) {
      setViewError(e);
    }
  };
  const picked = useSelection(res.data?.items);
  // What a view filters on that the form has no field for (我的, 无预警): named, so nothing is hidden.
  const extras = [now.mine === 'true' && t('mine'), now.alert && L('alert', now.alert), now.notAlert && `≠ ${L('alert', now.notAlert)}`].filter(Boolean);
  const set = (k: string, v: string) => {
    const next = new URLSearchParams(params);
    if (v) next.set(k, v);
    else next.delete(k);
    next.delete('page');
    setParams(next);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    set('q', q.trim());
  };
  const sel = (k: (typeof KEYS)[number], label: string, options: [string, string][]) => (
    <label>
      {label}
      <select value={params.get(k) ?? ''} onChange={(e) => set(k, e.target.value)} data-filter={k}>
        <option value="">{t('any')}</option>
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </label>
  );
  const exportUrl = () => {
    const p = new URLSearchParams();
    for (const k of KEYS) if (params.get(k)) p.set(k, params.get(k) as string);
    return `/api/v1/tickets.xlsx?${p}`;
  };
  const [exportError, setExportError] = useState<unknown>(null);
  return (
    <div data-testid="tickets-page" className="with-views">
      <nav className="views card" aria-label={t('views')} data-testid="views">
        <h2>{t('views')}</h2>
        <p className="muted small">{viewHint}</p>
        <ul>
          {viewList.map((v, i) => (
            <li key={v.key} className={i === activeAt ? 'active' : undefined}>
              <button type="button" className="link view" aria-current={i === activeAt ? 'true' : undefined} onClick={() => openView(v)} data-view={v.key}>
                <span>{v.preset ? t(v.preset as 'my_overdue') : v.name}</span>
                {v.sharedRole && <span className="badge">{t('shared')}</span>}
                <span className="count" data-testid="view-count">
                  {v.count ?? '—'}
                </span>
              </button>
              {v.own && v.id != null && (
                <button type="button" className="link remove" aria-label={t('deleteView', { name: v.name })} onClick={() => void removeView(v)}>
                  ✕
                </button>
              )}
            </li>
          ))}
        </ul>
        <button type="button" onClick={() => (setViewError(null), setSaving(true))} data-testid="save-view">
          {t('saveView')}
        </button>
      </nav>
      <div className="tickets-main">
      <div className="page-head">
        <h1>{t('title')}</h1>
        <KeyHints
          keys={[
            ['/', t('kFocus')],
            ['↑↓ j k', t('kMove')],
            ['Enter', t('kOpen')],
          ]}
        />
      </div>
      <form className="search-form card" onSubmit={submit} role="search">
        <div className="q">
          <input ref={input} type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder={t('q')} aria-label={t('q')} maxLength={200} />
          <button type="submit" className="primary">
            {t('search')}
          </button>
        </div>
        {sel('status', t('status'), TICKET_STATUSES.map((s) => [s, L('status', s)]))}
        {sel('type', t('type'), TICKET_TYPES.map((s) => [s, L('type', s)]))}
        {sel('category', t('category'), (ref?.categories ?? []).map((c) => [String(c.id), categoryPath(ref, c.id)]))}
        {sel('unit', t('unit'), (ref?.units ?? []).filter((u) => u.kind !== 'center').map((u) => [String(u.id), u.name]))}
        {sel('district', t('district'), (ref?.districts ?? []).map((u) => [String(u.id), u.name]))}
        {sel('satisfaction', t('satisfaction'), SATISFACTIONS.map((s) => [s, L('satisfaction', s)]))}
        <label>
          {t('from')}
          <input type="date" value={params.get('from') ?? ''} max={shanghaiDate()} onChange={(e) => set('from', e.target.value)} />
        </label>
        <label>
          {t('to')}
          <input type="date" value={params.get('to') ?? ''} onChange={(e) => set('to', e.target.value)} />
        </label>
        <label>
          {t('sort')}
          <select value={params.get('sort') ?? ''} onChange={(e) => set('sort', e.target.value)}>
            <option value="">{params.get('q') ? t('sortRelevance') : t('sortCreated')}</option>
            <option value="due">{t('sortDue')}</option>
            <option value="callback">{t('sortCallback')}</option>
          </select>
        </label>
        <label className="inline">
          <input type="checkbox" checked={params.get('overdue') === 'true'} onChange={(e) => set('overdue', e.target.checked ? 'true' : '')} /> {t('overdue')}
        </label>
        <div className="row">
          <button type="button" onClick={() => setParams(new URLSearchParams())}>
            {t('clear')}
          </button>
          <button type="button" onClick={() => download(exportUrl(), `tickets-${shanghaiDate()}.xlsx`).catch(setExportError)}>
            {t('export')}
          </button>
        </div>
      </form>
      <ErrorBanner error={res.error ?? exportError ?? (saving ? null : viewError)} onRetry={res.reload} />
      {extras.length > 0 && (
        <p className="muted small" data-testid="view-extras">
          {t('extra', { w: extras.join('、') })}
        </p>
      )}
      {res.data && (
        <BulkBar
          ids={picked.ids}
          actions={['dispatch', 'urge', 'export']}
          numbers={new Map(res.data.items.map((x) => [x.id, x.number]))}
          onDone={() => (picked.clear(), res.reload(), views.reload())}
          onClear={picked.clear}
          keys={['bulk.toggle', 'bulk.toggleX', 'bulk.range', 'bulk.bar']}
        />
      )}
      {res.loading && !res.data && <Loading />}
      {res.data && (
        <>
          <p className="muted small" data-testid="result-count">
            {res.data.totalCapped ? t('resultsCapped') : t('results', { n: res.data.total })}
            {res.data.words.length > 0 && ` · ${t('words', { w: res.data.words.join(' ') })}`}
          </p>
          <TicketTable items={res.data.items} empty={t('empty')} selection={picked} />
          <Pager
            page={page}
            pageSize={20}
            total={res.data.total}
            capped={res.data.totalCapped}
            onPage={(p) => {
              const next = new URLSearchParams(params);
              next.set('page', String(p));
              setParams(next);
            }}
          />
        </>
      )}
      </div>
      {saving && (
        <Dialog title={t('saveView')} onClose={() => setSaving(false)}>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void saveView();
            }}
          >
            <label>
              {t('viewName')}
              <input value={viewName} onChange={(e) => setViewName(e.target.value)} maxLength={40} required data-testid="view-name" />
            </label>
            {user.role === 'admin' && (
              <label>
                {t('shareTo')}
                <select value={shareRole} onChange={(e) => setShareRole(e.target.value)} data-testid="view-role">
                  <option value="">{t('personal')}</option>
                  {ROLES.map((r) => (
                    <option key={r} value={r}>
                      {L('role', r)}
                    </option>
                  ))}
                </select>
              </label>
            )}
            <ErrorBanner error={viewError} />
            <div className="row">
              <button type="submit" className="primary" disabled={!viewName.trim()}>
                {t('save')}
              </button>
              <button type="button" onClick={() => setSaving(false)}>
                {t('cancel')}
              </button>
            </div>
          </form>
        </Dialog>
      )}
    </div>
  );
}
