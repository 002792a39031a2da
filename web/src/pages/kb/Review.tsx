// Approving proposed edits (知识库审核): each proposal beside the article as it stands, the
// changed fields marked; approve makes it the next version, reject keeps it on record.

import { useState } from 'react';
import { Link } from 'react-router';
import { api, ok } from '../../api/client';
import { ErrorBanner, Loading, useAsync } from '../../components';
import { messages, useT } from '../../i18n';
import { categoryPath, useReference } from '../../session';
import { formatDateTime } from '../../time';
import { getArticle, type ArticleDetail, type Version } from './data';

const M = messages(
  {
    title: '知识库审核', none: '没有待审核的修改建议', approve: '同意并生效', reject: '驳回', current: '现行版本', proposed: '修改建议', note: '说明', by: '用户 #{id} 于 {at} 提出',
    approved: '已同意：{title} 更新为第 {n} 版', rejected: '已驳回', changed: '有改动', field_title: '标题', field_body: '正文', field_category: '分类', field_dates: '有效期',
    field_source: '依据文件', field_status: '状态', field_units: '适用单位',
  },
  {
    title: 'Knowledge-base review', none: 'Nothing to review', approve: 'Approve', reject: 'Reject', current: 'Current', proposed: 'Proposed', note: 'Note', by: 'by user #{id} at {at}',
    approved: 'Approved: {title} is now version {n}', rejected: 'Rejected', changed: 'changed', field_title: 'Title', field_body: 'Body', field_category: 'Category', field_dates: 'In force',
    field_source: 'Source', field_status: 'Status', field_units: 'Units',
  },
);

export default function Review() {
  const t = useT(M);
  const ref = useReference();
  const [tick, setTick] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const list = useAsync(async () => {
    const { items } = (await ok(api.GET('/api/v1/kb/proposals'))) as { items: Version[] };
    const ids = [...new Set(items.map((v) => v.articleId))];
    const articles = new Map<number, ArticleDetail>((await Promise.all(ids.map(getArticle))).map((a) => [a.id, a]));
    return items.map((v) => ({ v, a: articles.get(v.articleId) as ArticleDetail }));
  }, [tick]);

  const review = async (v: Version, approve: boolean) => {
    setError(null);
    try {
      const r = (await ok(api.POST('/api/v1/kb/proposals/{id}/review', { params: { path: { id: String(v.id) } }, body: { approve } }))) as { article: { title: string; version: number } | null };
      setNotice(approve && r.article ? t('approved', { title: r.article.title, n: r.article.version }) : t('rejected'));
      setTick((n) => n + 1);
    } catch (e) {
      setError(e);
    }
  };

  return (
    <div className="kb kb-review">
      <h1>{t('title')}</h1>
      {notice && (
        <div className="success" role="status">
          {notice}
        </div>
      )}
      <ErrorBanner error={error ?? list.error} />
      {!list.data ? (
        <Loading />
      ) : list.data.length === 0 ? (
        <p className="muted empty">{t('none')}</p>
      ) : (
        list.data.map(({ v, a }) => {
          const rows: [string, string, string][] = [
            ['field_title', a.title, v.title],
            ['field_status', a.status, v.status],
            ['field_category', categoryPath(ref, a.categoryId), categoryPath(ref, v.categoryId)],
            ['field_dates', `${a.effectiveFrom ?? '…'} ~ ${a.expiresOn ?? '…'}`, `${v.effectiveFrom ?? '…'} ~ ${v.expiresOn ?? '…'}`],
            ['field_source', a.source ?? '—', v.source ?? '—'],
            ['field_units', a.unitIds.map((u) => ref?.unitById.get(u)?.name ?? u).join('、') || '—', v.unitIds.map((u) => ref?.unitById.get(u)?.name ?? u).join('、') || '—'],
            ['field_body', a.body, v.body],
          ];
          return (
            <section key={v.id} className="card kb-proposal" data-testid="kb-proposal">
              <header className="row">
                <h2>
                  <Link to={`/kb/${a.id}`}>{a.title}</Link>
                </h2>
                <span className="muted">{t('by', { id: v.changedBy ?? '—', at: formatDateTime(v.changedAt) })}</span>
                <span className="spacer" />
                <button type="button" className="primary" onClick={() => review(v, true)}>
                  {t('approve')}
                </button>
                <button type="button" className="danger" onClick={() => review(v, false)}>
                  {t('reject')}
                </button>
              </header>
              {v.note && (
                <p>
                  {t('note')}：{v.note}
                </p>
              )}
              <table className="admin-table kb-diff">
                <thead>
                  <tr>
                    <th />
                    <th>{t('current')}</th>
                    <th>{t('proposed')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map(([k, before, after]) => (
                    <tr key={k} className={before !== after ? 'kb-changed' : ''}>
                      <th>
                        {t(k as 'field_title')}
                        {before !== after && <span className="badge kb-warn">{t('changed')}</span>}
                      </th>
                      <td className="kb-body">{before}</td>
                      <td className="kb-body">{after}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          );
        })
      )}
    </div>
  );
}
