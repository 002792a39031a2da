// 常用语管理: canned replies (Zammad's text modules). An admin keeps the centre's (中心通用) and
// may keep any unit's; a unit's handler keeps their own unit's (the centre's are listed read-only).
// Each has a title, a text with placeholders ({工单编号} {来电人称呼} {承办单位} {受理时间}
// {诉求标题} {诉求分类}, filled when inserted, the caller masked), optional categories (each with
// its subtree) and steps, on/off, and its use count. In a step's text area `::` inserts them.
// Used under the admin console (/admin/canned) and, for units, at /canned-replies (from the inbox).

import { useCallback, useState } from 'react';
import { api, ok } from '../../api/client';
import { CategorySelect, Dialog, ErrorBanner, Loading, useAsync } from '../../components';
import { useHotkeys } from '../../hotkeys';
import { messages, useT } from '../../i18n';
import { useKeyHelp } from '../../keyhelp';
import { useLabels } from '../../labels';
import { useReference, useUser } from '../../session';
import { CANNED_STEPS, PLACEHOLDERS, type CannedStep } from '../../../../src/domain/canned-replies';
import { ConfirmDialog, Notice, SaveCancel, Section, UnitSelect, useAction } from './common';
import '../../steps/canned.css';
import './admin.css';

const M = messages(
  {
    title: '常用语', add: '新建常用语', name: '标题', body: '正文', owner: '适用范围', centre: '中心通用', categories: '限定诉求分类（含下级；不选：不限）',
    steps: '提供的环节（不选：所有环节）', enabled: '启用', disabled: '已停用', uses: '使用次数', actions: '操作', edit: '修改', remove: '删除',
    anyCategory: '不限', anyStep: '所有环节', addCategory: '添加分类…', placeholders: '插入占位符（插入时按工单填写，来电人信息已脱敏）：',
    hint: '在答复、补充说明、督办回复、回访备注、退单理由等文本框中输入 :: 即可选择常用语（↑↓ 选择，Enter 插入，Esc 关闭）；本单位的、与工单分类匹配的排在前面，其次按使用次数。',
    unitHint: '本单位经办人共用本单位的常用语；中心通用的由管理员维护。', empty: '还没有常用语', editTitle: '修改常用语', newTitle: '新建常用语',
    removeTitle: '删除常用语“{title}”', removeText: '删除后不能恢复（已插入到工单中的文字不受影响）。', confirmRemove: '确认删除', cancel: '取消',
    saved: '已保存：{title}', removed: '已删除：{title}', readOnly: '只读', newKey: '新建常用语',
  },
  {
    title: 'Canned replies', add: 'New canned reply', name: 'Title', body: 'Text', owner: 'Scope', centre: 'Centre-wide', categories: 'Categories (with their subtrees; none: any)',
    steps: 'Steps offered in (none: every step)', enabled: 'Enabled', disabled: 'Disabled', uses: 'Uses', actions: 'Actions', edit: 'Edit', remove: 'Delete',
    anyCategory: 'any', anyStep: 'every step', addCategory: 'Add a category…', placeholders: 'Insert a placeholder (filled from the ticket when inserted, the caller masked):',
    hint: 'Type :: in a step’s text (reply, note, supervision reply, callback note, return reason …) to pick one (↑↓ choose, Enter insert, Esc close); your unit’s and those for the ticket’s category come first, then the most used.',
    unitHint: 'Your unit’s handlers share your unit’s canned replies; the centre-wide ones are kept by an administrator.', empty: 'No canned replies yet', editTitle: 'Edit canned reply', newTitle: 'New canned reply',
    removeTitle: 'Delete “{title}”', removeText: 'This cannot be undone (text already inserted into tickets stays).', confirmRemove: 'Delete', cancel: 'Cancel',
    saved: 'Saved: {title}', removed: 'Deleted: {title}', readOnly: 'read-only', newKey: 'new canned reply',
  },
);

const load = () => ok(api.GET('/api/v1/canned-replies'));
type Item = Awaited<ReturnType<typeof load>>['items'][number];

interface Draft {
  id: number | null;
  title: string;
  body: string;
  unitId: number | null;
  categoryIds: number[];
  steps: CannedStep[];
  enabled: boolean;
}

export default function CannedReplies() {
  const t = useT(M);
  const L = useLabels();
  const user = useUser();
  const ref = useReference();
  const admin = user.role === 'admin';
  const [tick, setTick] = useState(0);
  const list = useAsync(load, [tick]);
  const act = useAction();
  const formAct = useAction();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [removing, setRemoving] = useState<Item | null>(null);
  const clearForm = formAct.clear;
  const close = useCallback(() => {
    setDraft(null);
    setRemoving(null);
    clearForm();
  }, [clearForm]);
  const fresh = (): Draft => ({ id: null, title: '', body: '', unitId: admin ? null : user.unitId, categoryIds: [], steps: [], enabled: true });
  useHotkeys({ n: () => setDraft(fresh()) }, !draft && !removing);
  useKeyHelp([['N', t('newKey')], ['::', t('hint')]]);

  const save = async () => {
    if (!draft) return;
    const body = { title: draft.title, body: draft.body, categoryIds: draft.categoryIds, steps: draft.steps, enabled: draft.enabled, ...(admin ? { unitId: draft.unitId } : {}) };
    const id = draft.id;
    const r = await formAct.run(() =>
      id == null ? ok(api.POST('/api/v1/canned-replies', { body })) : ok(api.PATCH('/api/v1/canned-replies/{id}', { params: { path: { id } }, body })),
    );
    if (r) {
      close();
      void act.run(async () => undefined, t('saved', { title: r.title }));
      setTick((n) => n + 1);
    }
  };
  const remove = async () => {
    if (!removing) return;
    const it = removing;
    const r = await formAct.run(() => ok(api.DELETE('/api/v1/canned-replies/{id}', { params: { path: { id: it.id } } })).then(() => true));
    if (r) {
      close();
      void act.run(async () => undefined, t('removed', { title: it.title }));
      setTick((n) => n + 1);
    }
  };

  if (!list.data || !ref) return list.error ? <ErrorBanner error={list.error} /> : <Loading />;
  const catName = (id: number) => ref.categoryById.get(id)?.name ?? String(id);
  const stepName = (s: string) => L('command', s as CannedStep);

  return (
    <Section
      title={t('title')}
      actions={
        <button type="button" className="primary" onClick={() => setDraft(fresh())} data-testid="canned-add">
          {t('add')} <kbd>N</kbd>
        </button>
      }
    >
      <p className="muted">{t('hint')}</p>
      {!admin && <p className="muted small">{t('unitHint')}</p>}
      <Notice text={act.notice} />
      <ErrorBanner error={act.error} />
      {list.data.items.length === 0 ? (
        <p className="muted">{t('empty')}</p>
      ) : (
        <table className="admin-table" data-testid="canned-replies">
          <thead>
            <tr>
              <th>{t('name')}</th>
              <th>{t('body')}</th>
              <th>{t('owner')}</th>
              <th>{t('categories').split('（')[0]}</th>
              <th>{t('steps').split('（')[0]}</th>
              <th>{t('uses')}</th>
              <th>{t('actions')}</th>
            </tr>
          </thead>
          <tbody>
            {list.data.items.map((it) => (
              <tr key={it.id} className={it.enabled ? undefined : 'muted'} data-id={it.id}>
                <td>
                  {it.title}
                  {!it.enabled && <span className="tag">{t('disabled')}</span>}
                </td>
                <td className="canned-body">{it.body}</td>
                <td>{it.unitId == null ? t('centre') : it.unitName}</td>
                <td>{it.categoryIds.length ? it.categoryIds.map(catName).join('、') : t('anyCategory')}</td>
                <td>{it.steps.length ? it.steps.map(stepName).join('、') : t('anyStep')}</td>
                <td className="num">{it.useCount}</td>
                <td>
                  {it.editable ? (
                    <span className="row">
                      <button
                        type="button"
                        className="link"
                        onClick={() =>
                          setDraft({ id: it.id, title: it.title, body: it.body, unitId: it.unitId, categoryIds: [...it.categoryIds], steps: it.steps as CannedStep[], enabled: it.enabled })
                        }
                      >
                        {t('edit')}
                      </button>
                      <button type="button" className="link danger" onClick={() => setRemoving(it)}>
                        {t('remove')}
                      </button>
                    </span>
                  ) : (
                    <span className="muted small">{t('readOnly')}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {draft && (
        <Dialog title={draft.id == null ? t('newTitle') : t('editTitle')} onClose={close}>
          <form
            className="admin-form canned-form"
            data-testid="canned-form"
            onSubmit={(e) => {
              e.preventDefault();
              void save();
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                e.preventDefault();
                void save();
              }
            }}
          >
            <label>
              {t('name')}
              <input value={draft.title} onChange={(e) => setDraft({ ...draft, title: e.target.value })} maxLength={100} required name="title" />
            </label>
            <label>
              {t('body')}
              <textarea value={draft.body} onChange={(e) => setDraft({ ...draft, body: e.target.value })} rows={5} maxLength={5000} required name="body" />
            </label>
            <div className="row wrap small">
              <span className="muted">{t('placeholders')}</span>
              {PLACEHOLDERS.map((p) => (
                <button key={p} type="button" className="link" onClick={() => setDraft({ ...draft, body: `${draft.body}{${p}}` })}>
                  {`{${p}}`}
                </button>
              ))}
            </div>
            {admin ? (
              <UnitSelect
                units={ref.units}
                value={draft.unitId}
                onChange={(unitId) => setDraft({ ...draft, unitId })}
                label={t('owner')}
                allowNone={t('centre')}
                filter={(u) => u.kind !== 'center'}
                name="unit"
              />
            ) : (
              <p>
                {t('owner')}：{ref.unitById.get(user.unitId ?? -1)?.name}
              </p>
            )}
            <fieldset>
              <legend>{t('categories')}</legend>
              {draft.categoryIds.map((id) => (
                <span key={id} className="tag">
                  {catName(id)}{' '}
                  <button type="button" className="link" aria-label={`${t('remove')} ${catName(id)}`} onClick={() => setDraft({ ...draft, categoryIds: draft.categoryIds.filter((c) => c !== id) })}>
                    ×
                  </button>
                </span>
              ))}
              <CategorySelect
                categories={ref.categories.filter((c) => !draft.categoryIds.includes(c.id))}
                value={null}
                onChange={(id) => id != null && setDraft({ ...draft, categoryIds: [...draft.categoryIds, id] })}
                label=""
                allowNone={t('addCategory')}
                testId="canned-category"
              />
            </fieldset>
            <fieldset className="canned-steps">
              <legend>{t('steps')}</legend>
              {CANNED_STEPS.map((s) => (
                <label key={s} className="inline">
                  <input
                    type="checkbox"
                    checked={draft.steps.includes(s)}
                    onChange={(e) => setDraft({ ...draft, steps: e.target.checked ? [...draft.steps, s] : draft.steps.filter((x) => x !== s) })}
                    name={`step-${s}`}
                  />
                  {stepName(s)}
                </label>
              ))}
            </fieldset>
            <label className="inline">
              <input type="checkbox" checked={draft.enabled} onChange={(e) => setDraft({ ...draft, enabled: e.target.checked })} name="enabled" />
              {t('enabled')}
            </label>
            <SaveCancel busy={formAct.busy} error={formAct.error} onCancel={close} />
          </form>
        </Dialog>
      )}
      {removing && (
        <ConfirmDialog
          title={t('removeTitle', { title: removing.title })}
          text={t('removeText')}
          confirm={t('confirmRemove')}
          cancel={t('cancel')}
          busy={formAct.busy}
          error={formAct.error}
          onConfirm={remove}
          onClose={close}
        />
      )}
    </Section>
  );
}
