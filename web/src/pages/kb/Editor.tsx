// Writing an article: an admin's change applies at once (as a new version); a unit handler
// creates drafts and proposes edits, which an admin approves.

import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api, ok } from '../../api/client';
import { ErrorBanner, Loading } from '../../components';
import { messages, useT } from '../../i18n';
import { categoryPath, useReference, useUser } from '../../session';
import { CategorySelect, UnitSelect, useAction, type AdminCategory } from '../admin/common';
import { fieldsOf, getArticle, type Article, type ArticleFields } from './data';

const M = messages(
  {
    new: '新建知识条目', edit: '编辑知识条目', propose: '提出修改建议', title: '标题', body: '正文', category: '分类', none: '（不指定）', units: '适用单位',
    addUnit: '添加适用单位', effective: '生效日期', expires: '失效日期', source: '依据文件', status: '状态', draft: '草稿', published: '已发布', archived: '已归档',
    note: '修改说明（给审核人）', save: '保存', publish: '保存并发布', submit: '提交审核', cancel: '取消', handlerHint: '承办单位的修改需管理员审核后生效。',
    submitted: '已提交，待管理员审核', remove: '移除',
  },
  {
    new: 'New article', edit: 'Edit article', propose: 'Propose an edit', title: 'Title', body: 'Body', category: 'Category', none: '(none)', units: 'Applies to units',
    addUnit: 'Add a unit', effective: 'Effective from', expires: 'Expires on', source: 'Source document', status: 'Status', draft: 'Draft', published: 'Published', archived: 'Archived',
    note: 'Note for the reviewer', save: 'Save', publish: 'Save and publish', submit: 'Submit for review', cancel: 'Cancel', handlerHint: 'A unit’s changes take effect once an admin approves them.',
    submitted: 'Submitted for review', remove: 'Remove',
  },
);

const EMPTY: ArticleFields = { title: '', body: '', categoryId: null, unitIds: [], effectiveFrom: null, expiresOn: null, source: null, status: 'draft' };

export default function Editor() {
  const t = useT(M);
  const user = useUser();
  const ref = useReference();
  const navigate = useNavigate();
  const param = useParams().id;
  const id = param ? Number(param) : null;
  const [form, setForm] = useState<ArticleFields | null>(id == null ? { ...EMPTY, status: user.role === 'admin' ? 'published' : 'draft' } : null);
  const [note, setNote] = useState('');
  const [loadError, setLoadError] = useState<unknown>(null);
  const [done, setDone] = useState(false);
  const act = useAction();
  const admin = user.role === 'admin';

  useEffect(() => {
    if (id == null) return;
    getArticle(id).then((a) => setForm(fieldsOf(a)), setLoadError);
  }, [id]);

  if (loadError) return <ErrorBanner error={loadError} />;
  if (!form || !ref) return <Loading />;
  const categories: AdminCategory[] = ref.categories.map((c) => ({ ...c, active: true }));

  const save = async () => {
    const body = fieldsOf(form);
    const r = await act.run(async () => {
      if (id == null) return (await ok(api.POST('/api/v1/kb/articles', { body }))) as Article;
      if (admin) return (await ok(api.PUT('/api/v1/kb/articles/{id}', { params: { path: { id: String(id) } }, body }))) as Article;
      await ok(api.POST('/api/v1/kb/articles/{id}/proposals', { params: { path: { id: String(id) } }, body: { ...body, note: note || null } }));
      return null;
    });
    if (r === undefined) return;
    if (r) navigate(`/kb/${r.id}`);
    else setDone(true);
  };

  if (done)
    return (
      <div className="kb">
        <div className="success" role="status">
          {t('submitted')}
        </div>
        <Link to={`/kb/${id}`}>← {form.title}</Link>
      </div>
    );

  const proposing = id != null && !admin;
  return (
    <div className="kb kb-editor">
      <h1>{id == null ? t('new') : proposing ? t('propose') : t('edit')}</h1>
      {!admin && <p className="notice">{t('handlerHint')}</p>}
      <form
        className="card"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <label>
          {t('title')}
          <input name="title" value={form.title} onChange={(e) => setForm((f) => f && { ...f, title: e.target.value })} />
        </label>
        <label>
          {t('body')}
          <textarea name="body" rows={12} value={form.body} onChange={(e) => setForm((f) => f && { ...f, body: e.target.value })} />
        </label>
        <div className="row">
          <CategorySelect name="categoryId" categories={categories} value={form.categoryId} onChange={(categoryId) => setForm((f) => f && { ...f, categoryId })} label={t('category')} allowNone={t('none')} />
          <label>
            {t('effective')}
            <input type="date" name="effectiveFrom" value={form.effectiveFrom ?? ''} onChange={(e) => setForm((f) => f && { ...f, effectiveFrom: e.target.value || null })} />
          </label>
          <label>
            {t('expires')}
            <input type="date" name="expiresOn" value={form.expiresOn ?? ''} onChange={(e) => setForm((f) => f && { ...f, expiresOn: e.target.value || null })} />
          </label>
        </div>
        <label>
          {t('source')}
          <input name="source" value={form.source ?? ''} onChange={(e) => setForm((f) => f && { ...f, source: e.target.value || null })} />
        </label>
        <div className="kb-units">
          <span className="muted">{t('units')}：</span>
          {form.unitIds.map((u) => (
            <span key={u} className="badge">
              {ref.unitById.get(u)?.name ?? u}{' '}
              <button type="button" className="link" aria-label={`${t('remove')} ${ref.unitById.get(u)?.name ?? u}`} onClick={() => setForm((f) => f && { ...f, unitIds: f.unitIds.filter((x) => x !== u) })}>
                ✕
              </button>
            </span>
          ))}
          <UnitSelect
            name="addUnit"
            units={ref.units}
            value={null}
            onChange={(u) => u != null && !form.unitIds.includes(u) && setForm((f) => f && { ...f, unitIds: [...f.unitIds, u] })}
            label={t('addUnit')}
            allowNone="—"
            filter={(u) => u.active && u.kind !== 'center'}
          />
        </div>
        {admin || id == null ? (
          <label className="kb-narrow-label">
            {t('status')}
            <select name="status" value={form.status} onChange={(e) => setForm((f) => f && { ...f, status: e.target.value as ArticleFields['status'] })} disabled={!admin}>
              <option value="draft">{t('draft')}</option>
              <option value="published">{t('published')}</option>
              <option value="archived">{t('archived')}</option>
            </select>
          </label>
        ) : (
          <label>
            {t('note')}
            <input name="note" value={note} onChange={(e) => setNote(e.target.value)} />
          </label>
        )}
        {form.categoryId != null && <p className="muted">{categoryPath(ref, form.categoryId)}</p>}
        <ErrorBanner error={act.error} />
        <div className="row">
          <button type="submit" className="primary" disabled={act.busy}>
            {proposing ? t('submit') : admin && form.status === 'published' ? t('publish') : t('save')}
          </button>
          <button type="button" onClick={() => navigate(id == null ? '/kb' : `/kb/${id}`)}>
            {t('cancel')}
          </button>
        </div>
      </form>
    </div>
  );
}
