// One knowledge-base article with its versions (editors see the full history: applied,
// proposed, rejected); agents copy the answer text from here.

import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorBanner, Loading, useAsync } from '../../components';
import { messages, useT } from '../../i18n';
import { categoryPath, useReference, useUser } from '../../session';
import { formatDateTime } from '../../time';
import { getArticle, type ArticleStatus, type Version } from './data';

const M = messages(
  {
    back: '← 返回知识库', edit: '编辑', propose: '提出修改建议', copy: '复制正文', copied: '已复制', category: '分类', units: '适用单位', effective: '生效日期',
    expires: '失效日期', source: '依据文件', updated: '更新时间', version: '版本', versions: '版本历史', state: '状态', changedAt: '时间', note: '说明',
    applied: '已生效', proposed: '待审核', rejected: '已驳回', draft: '草稿', published: '已发布', archived: '已归档', by: '用户 #{id}', show: '查看', hide: '收起',
    current: '当前版本 第 {n} 版', none: '—', expired: '已过期', notYet: '尚未生效',
  },
  {
    back: '← Knowledge base', edit: 'Edit', propose: 'Propose an edit', copy: 'Copy text', copied: 'Copied', category: 'Category', units: 'Applies to', effective: 'Effective',
    expires: 'Expires', source: 'Source document', updated: 'Updated', version: 'Version', versions: 'History', state: 'State', changedAt: 'When', note: 'Note',
    applied: 'Applied', proposed: 'Proposed', rejected: 'Rejected', draft: 'Draft', published: 'Published', archived: 'Archived', by: 'user #{id}', show: 'Show', hide: 'Hide',
    current: 'Current: version {n}', none: '—', expired: 'Expired', notYet: 'Not yet in force',
  },
);

export function StatusTag({ status }: { status: ArticleStatus | string }) {
  const t = useT(M);
  return <span className={`badge kb-status-${status}`}>{t(status as ArticleStatus)}</span>;
}

export default function View() {
  const t = useT(M);
  const user = useUser();
  const ref = useReference();
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const a = useAsync(() => getArticle(id), [id]);
  const [open, setOpen] = useState<number | null>(null);
  const [copied, setCopied] = useState(false);
  if (!a.data) return a.error ? <ErrorBanner error={a.error} onRetry={a.reload} /> : <Loading />;
  const x = a.data;
  const today = new Date().toISOString().slice(0, 10);
  const expired = x.expiresOn != null && x.expiresOn < today;
  const notYet = x.effectiveFrom != null && x.effectiveFrom > today;
  const unitNames = x.unitIds.map((u) => ref?.unitById.get(u)?.name ?? `#${u}`).join('、');
  const copy = async () => {
    await navigator.clipboard?.writeText(`${x.title}\n${x.body}`).catch(() => {});
    setCopied(true);
    setTimeout(() => setCopied(false), 2000);
  };
  const versions = [...x.versions].reverse();
  return (
    <div className="kb kb-view">
      <Link to="/kb">{t('back')}</Link>
      <article className="card">
        <header className="kb-article-head">
          <h1 data-testid="kb-title">{x.title}</h1>
          <div className="row">
            <StatusTag status={x.status} />
            <span className="muted" data-testid="kb-version">
              {t('current', { n: x.version })}
            </span>
            {expired && <span className="badge kb-warn">{t('expired')}</span>}
            {notYet && <span className="badge kb-warn">{t('notYet')}</span>}
            <span className="spacer" />
            <button type="button" onClick={copy}>
              {copied ? t('copied') : t('copy')}
            </button>
            {user.role === 'admin' && (
              <button type="button" className="primary" onClick={() => navigate(`/kb/${x.id}/edit`)}>
                {t('edit')}
              </button>
            )}
            {user.role === 'unit_handler' && (
              <button type="button" className="primary" onClick={() => navigate(`/kb/${x.id}/edit`)}>
                {t('propose')}
              </button>
            )}
          </div>
        </header>
        <dl className="kv kb-kv">
          <dt>{t('category')}</dt>
          <dd>{x.categoryId != null ? categoryPath(ref, x.categoryId) : t('none')}</dd>
          <dt>{t('units')}</dt>
          <dd>{unitNames || t('none')}</dd>
          <dt>{t('effective')}</dt>
          <dd className="mono">{x.effectiveFrom ?? t('none')}</dd>
          <dt>{t('expires')}</dt>
          <dd className="mono">{x.expiresOn ?? t('none')}</dd>
          <dt>{t('source')}</dt>
          <dd>{x.source ?? t('none')}</dd>
          <dt>{t('updated')}</dt>
          <dd className="mono">{formatDateTime(x.updatedAt)}</dd>
        </dl>
        <div className="kb-body" data-testid="kb-body">
          {x.body}
        </div>
      </article>
      {versions.length > 0 && (
        <section className="card">
          <h2>{t('versions')}</h2>
          <table className="admin-table" data-testid="kb-versions">
            <thead>
              <tr>
                <th>{t('version')}</th>
                <th>{t('state')}</th>
                <th>{t('changedAt')}</th>
                <th>{t('note')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {versions.map((v: Version) => (
                <VersionRow key={v.id} v={v} open={open === v.id} onToggle={() => setOpen(open === v.id ? null : v.id)} t={t} />
              ))}
            </tbody>
          </table>
        </section>
      )}
    </div>
  );
}

function VersionRow({ v, open, onToggle, t }: { v: Version; open: boolean; onToggle: () => void; t: ReturnType<typeof useT<keyof (typeof M)['zh-CN']>> }) {
  return (
    <>
      <tr className={`kb-v-${v.state}`}>
        <td className="mono">{v.version ?? '—'}</td>
        <td>
          <span className={`badge kb-state-${v.state}`}>{t(v.state)}</span>
        </td>
        <td className="mono">
          {formatDateTime(v.changedAt)} · {v.changedBy != null ? t('by', { id: v.changedBy }) : ''}
        </td>
        <td>{v.note ?? ''}</td>
        <td>
          <button type="button" className="link" onClick={onToggle}>
            {open ? t('hide') : t('show')}
          </button>
        </td>
      </tr>
      {open && (
        <tr>
          <td colSpan={5}>
            <strong>{v.title}</strong>
            <div className="kb-body">{v.body}</div>
          </td>
        </tr>
      )}
    </>
  );
}
