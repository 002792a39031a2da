// Searching the knowledge base (the agents' all-day screen): Chinese full-text search over
// title, body and source document; agents see only what is published and in force.

import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api, ok } from '../../api/client';
import { ErrorBanner, Loading, Pager, useAsync } from '../../components';
import { messages, useT } from '../../i18n';
import { categoryPath, useReference, useUser } from '../../session';
import type { Article } from './data';
import { StatusTag } from './View';

const M = messages(
  {
    title: '知识库', search: '搜索知识库（标题、正文、依据文件）', go: '搜索', status: '状态', all: '全部', draft: '草稿', published: '已发布', archived: '已归档',
    category: '分类', anyCategory: '全部分类', found: '共 {n} 条', none: '没有找到相关条目', add: '新建条目', review: '待审核', effective: '有效期', source: '依据',
    version: '第 {n} 版', words: '分词：{w}', keyHint: '按 / 聚焦搜索框',
  },
  {
    title: 'Knowledge base', search: 'Search the knowledge base (title, body, source)', go: 'Search', status: 'Status', all: 'All', draft: 'Draft', published: 'Published', archived: 'Archived',
    category: 'Category', anyCategory: 'All categories', found: '{n} found', none: 'Nothing found', add: 'New article', review: 'To review', effective: 'In force', source: 'Source',
    version: 'v{n}', words: 'Words: {w}', keyHint: 'Press / to search',
  },
);

export default function Search() {
  const t = useT(M);
  const user = useUser();
  const ref = useReference();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const status = params.get('status') ?? '';
  const categoryId = params.get('category') ?? '';
  const page = Number(params.get('page') ?? 1) || 1;
  const [text, setText] = useState(q);
  const box = useRef<HTMLInputElement>(null);
  const editor = user.role === 'admin' || user.role === 'unit_handler';
  useEffect(() => setText(q), [q]);
  useEffect(() => box.current?.focus(), []);

  const list = useAsync(
    async () =>
      (await ok(
        api.GET('/api/v1/kb/articles', {
          params: { query: { q: q || undefined, status: (status || undefined) as Article['status'] | undefined, categoryId: categoryId ? Number(categoryId) : undefined, page, pageSize: 20 } },
        }),
      )) as { items: Article[]; total: number; words: string[] },
    [q, status, categoryId, page],
  );
  const set = (next: Record<string, string>) => {
    const p = new URLSearchParams(params);
    for (const [k, v] of Object.entries(next)) (v ? p.set(k, v) : p.delete(k));
    if (!('page' in next)) p.delete('page');
    setParams(p);
  };
  const pending = useAsync(async () => (user.role === 'admin' ? ((await ok(api.GET('/api/v1/kb/proposals'))) as { total: number }).total : 0), [user.role]);

  return (
    <div className="kb">
      <div className="kb-head">
        <h1>{t('title')}</h1>
        <span className="spacer" />
        {user.role === 'admin' && (
          <Link to="/kb/review" className="kb-review-link">
            {t('review')} <span className="badge">{pending.data ?? 0}</span>
          </Link>
        )}
        {editor && (
          <button type="button" className="primary" onClick={() => navigate('/kb/new')}>
            {t('add')}
          </button>
        )}
      </div>
      <form
        className="toolbar kb-search"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          set({ q: text.trim() });
        }}
      >
        <input ref={box} type="search" name="q" value={text} onChange={(e) => setText(e.target.value)} placeholder={t('search')} aria-label={t('search')} className="kb-q" />
        {editor && (
          <select value={status} onChange={(e) => set({ status: e.target.value })} aria-label={t('status')} className="kb-narrow">
            <option value="">{t('all')}</option>
            <option value="published">{t('published')}</option>
            <option value="draft">{t('draft')}</option>
            <option value="archived">{t('archived')}</option>
          </select>
        )}
        <select value={categoryId} onChange={(e) => set({ category: e.target.value })} aria-label={t('category')} className="kb-narrow">
          <option value="">{t('anyCategory')}</option>
          {ref?.categories.map((c) => (
            <option key={c.id} value={c.id}>
              {categoryPath(ref, c.id)}
            </option>
          ))}
        </select>
        <button type="submit" className="primary">
          {t('go')}
        </button>
      </form>
      <ErrorBanner error={list.error} onRetry={list.reload} />
      {!list.data && !list.error && <Loading />}
      {list.data && (
        <>
          <p className="muted">
            {t('found', { n: list.data.total })}
            {list.data.words.length > 0 && ` · ${t('words', { w: list.data.words.join(' / ') })}`}
          </p>
          {list.data.items.length === 0 ? (
            <p className="muted empty">{t('none')}</p>
          ) : (
            <ul className="kb-results" data-testid="kb-results">
              {list.data.items.map((a) => (
                <li key={a.id}>
                  <Link to={`/kb/${a.id}`} className="kb-title">
                    {a.title}
                  </Link>{' '}
                  {editor && <StatusTag status={a.status} />} <span className="muted">{t('version', { n: a.version })}</span>
                  {a.snippet && <p className="kb-snippet" dangerouslySetInnerHTML={{ __html: a.snippet }} />}
                  <div className="kb-meta muted">
                    {a.categoryId != null && <span>{categoryPath(ref, a.categoryId)}</span>}
                    {(a.effectiveFrom || a.expiresOn) && (
                      <span>
                        {t('effective')}：{a.effectiveFrom ?? '…'} ~ {a.expiresOn ?? '…'}
                      </span>
                    )}
                    {a.source && (
                      <span>
                        {t('source')}：{a.source}
                      </span>
                    )}
                  </div>
                </li>
              ))}
            </ul>
          )}
          <Pager page={page} pageSize={20} total={list.data.total} onPage={(p) => set({ page: String(p) })} />
        </>
      )}
    </div>
  );
}
