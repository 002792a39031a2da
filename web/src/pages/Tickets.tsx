// 工单查询 — ticket search: full text in Chinese (hits marked), combined with every list filter,
// kept in the address so a search can be bookmarked or sent to a colleague; ↑/↓ or j/k and Enter
// open a result; the same selection exports as XLSX (personal data masked).

import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { api, download, ok } from '../api/client';
import type { TicketQuery } from '../api/types';
import { ErrorBanner, Loading, Pager, TicketTable, useAsync } from '../components';
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
  },
  {
    title: 'Tickets', q: 'Search (content, title, address; Chinese word segmentation)', search: 'Search', status: 'Status', type: 'Type', category: 'Category', unit: 'Lead unit',
    district: 'District', from: 'Registered from', to: 'Registered to', satisfaction: 'Satisfaction', sort: 'Sort', overdue: 'Overdue only', any: 'Any', clear: 'Clear',
    sortCreated: 'Newest', sortRelevance: 'Relevance', sortDue: 'Nearest deadline', sortCallback: 'Nearest callback', export: 'Export XLSX', results: '{n} tickets', resultsCapped: 'More than 1,000; newest first',
    words: 'Words: {w}', kFocus: 'search box', kMove: 'up/down', kOpen: 'open', empty: 'No tickets match',
  },
);

const KEYS = ['q', 'status', 'type', 'category', 'unit', 'district', 'from', 'to', 'satisfaction', 'sort', 'overdue'] as const;

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
    <div data-testid="tickets-page">
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
      <ErrorBanner error={res.error ?? exportError} onRetry={res.reload} />
      {res.loading && !res.data && <Loading />}
      {res.data && (
        <>
          <p className="muted small" data-testid="result-count">
            {res.data.totalCapped ? t('resultsCapped') : t('results', { n: res.data.total })}
            {res.data.words.length > 0 && ` · ${t('words', { w: res.data.words.join(' ') })}`}
          </p>
          <TicketTable items={res.data.items} empty={t('empty')} />
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
  );
}
