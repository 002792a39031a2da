// 派单目录: category × district → the unit a request goes to (smart dispatch's suggestion);
// and 归并热线: the old numbers merged into 12345, each with its category and unit.

import { useState } from 'react';
import { api, ok } from '../../api/client';
import { ErrorBanner, Loading, useAsync } from '../../components';
import { messages, useT } from '../../i18n';
import { CategorySelect, Notice, Section, UnitSelect, useAction, useAdminReference } from './common';

const M = messages(
  {
    title: '派单目录', category: '诉求分类', district: '区县', unit: '承办单位', anyDistrict: '（所有区县）', add: '保存目录', remove: '删除', actions: '操作',
    hint: '同一分类、同一区县只有一条：再次保存即替换。未配置时按分类的默认主办单位派单。', saved: '已保存', removed: '已删除', empty: '尚未配置派单目录',
    lines: '归并热线', number: '号码', name: '名称', addLine: '新增热线', edit: '编辑', save: '保存', cancel: '取消', none: '（无）',
    mode: '归并方式', merged: '整体并入', parallel: '双号并行', sub_centre: '分中心',
    modeHint: '整体并入：由中心受理；双号并行：中心坐席同时接听原号码；分中心：工单归该单位（须在承办单位中标记为“中心”）派单办理，中心可监督、上收。',
    proposals: '历史建议', proposalsHint: '按已答复工单中实际答复的主办单位（经退回、改派、下派之后）提出：同一分类、同一区县至少 3 件，且一个单位答复了 60% 以上。采纳后写入派单目录。',
    handled: '历史答复', handledOf: '{h}/{n} 件（{p}）', now: '目前建议', changes: '采纳后改变', same: '与目前相同', accept: '采纳', acceptAll: '采纳全部改变项（{n}）',
    accepted: '已采纳 {n} 条', noProposals: '没有新的建议：历史上各分类的实际承办单位已与派单目录一致，或已答复工单不足', viaLead: '分类默认主办', viaCatalogue: '派单目录',
  },
  {
    title: 'Dispatch catalogue', category: 'Category', district: 'District', unit: 'Unit', anyDistrict: '(any district)', add: 'Save entry', remove: 'Delete', actions: 'Actions',
    hint: 'One entry per category and district: saving again replaces it. Without an entry, the category’s default lead unit is used.', saved: 'Saved', removed: 'Deleted', empty: 'No entries yet',
    lines: 'Merged lines', number: 'Number', name: 'Name', addLine: 'New line', edit: 'Edit', save: 'Save', cancel: 'Cancel', none: '(none)',
    mode: 'Mode', merged: 'Merged', parallel: 'Parallel number', sub_centre: 'Sub-centre',
    modeHint: 'Merged: the centre handles it; parallel: the centre’s seats answer the old number too; sub-centre: the unit (marked a centre under Units) dispatches its tickets, the centre supervises and can take one back.',
    proposals: 'Proposed from history', proposalsHint: 'The lead unit that actually replied (after returns, re-routes and hand-downs): at least 3 replied requests of a category in a district, 60% or more by one unit. Accepting writes it into the catalogue.',
    handled: 'Replied', handledOf: '{h} of {n} ({p})', now: 'Suggested today', changes: 'Changes it', same: 'Same as today', accept: 'Accept', acceptAll: 'Accept all that change it ({n})',
    accepted: '{n} accepted', noProposals: 'Nothing new: history agrees with the catalogue, or too few replied requests', viaLead: "category's lead", viaCatalogue: 'catalogue',
  },
);

interface Entry {
  id: number;
  categoryId: number;
  districtId: number | null;
  unitId: number;
}

export function Catalogue() {
  const t = useT(M);
  const ref = useAdminReference();
  const [tick, setTick] = useState(0);
  const list = useAsync(async () => (await ok(api.GET('/api/v1/dispatch-catalogue'))) as { items: Entry[] }, [tick]);
  const act = useAction();
  const [categoryId, setCategoryId] = useState<number | null>(null);
  const [districtId, setDistrictId] = useState<number | null>(null);
  const [unitId, setUnitId] = useState<number | null>(null);

  if (!ref.data || !list.data) return ref.error || list.error ? <ErrorBanner error={ref.error ?? list.error} /> : <Loading />;
  const { units, categories, unitById, categoryById } = ref.data;
  const add = async () => {
    const r = await act.run(() => ok(api.PUT('/api/v1/dispatch-catalogue', { body: { categoryId: categoryId ?? 0, districtId, unitId: unitId ?? 0 } })), t('saved'));
    if (r) setTick((n) => n + 1);
  };
  const remove = async (e: Entry) => {
    const r = await act.run(async () => (await ok(api.DELETE('/api/v1/dispatch-catalogue/{id}', { params: { path: { id: e.id } } })), true), t('removed'));
    if (r) setTick((n) => n + 1);
  };
  return (
    <>
    <Section title={t('title')}>
      <p className="muted">{t('hint')}</p>
      <form
        className="toolbar"
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        <CategorySelect name="categoryId" categories={categories.filter((c) => c.active)} value={categoryId} onChange={setCategoryId} label={t('category')} allowNone={t('none')} />
        <UnitSelect name="districtId" units={units} value={districtId} onChange={setDistrictId} label={t('district')} allowNone={t('anyDistrict')} filter={(u) => u.kind === 'district'} />
        <UnitSelect name="unitId" units={units} value={unitId} onChange={setUnitId} label={t('unit')} allowNone={t('none')} filter={(u) => u.active && u.kind !== 'center'} />
        <button type="submit" className="primary" disabled={act.busy}>
          {t('add')}
        </button>
      </form>
      <Notice text={act.notice} />
      <ErrorBanner error={act.error} />
      {list.data.items.length === 0 ? (
        <p className="muted empty">{t('empty')}</p>
      ) : (
        <table className="admin-table" data-testid="catalogue">
          <thead>
            <tr>
              <th>{t('category')}</th>
              <th>{t('district')}</th>
              <th>{t('unit')}</th>
              <th>{t('actions')}</th>
            </tr>
          </thead>
          <tbody>
            {list.data.items.map((e) => (
              <tr key={e.id}>
                <td>{categoryById.get(e.categoryId)?.name ?? e.categoryId}</td>
                <td>{e.districtId == null ? t('anyDistrict') : (unitById.get(e.districtId)?.name ?? e.districtId)}</td>
                <td>{unitById.get(e.unitId)?.name ?? e.unitId}</td>
                <td>
                  <button type="button" className="link danger" onClick={() => remove(e)}>
                    {t('remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Section>
    <Proposals tick={tick} onAccepted={() => setTick((n) => n + 1)} />
    </>
  );
}

type Proposal = {
  categoryId: number; categoryName: string; districtId: number | null; districtName: string | null; unitId: number; unitName: string;
  tickets: number; handled: number; share: number; current: { unitId: number; name: string; via: string } | null; changes: boolean;
};

/** 历史建议: proposals from who actually handled what; the admin accepts one or all that change the suggestion. */
function Proposals({ tick, onAccepted }: { tick: number; onAccepted: () => void }) {
  const t = useT(M);
  const list = useAsync(() => ok(api.GET('/api/v1/dispatch-catalogue/proposals')), [tick]);
  const act = useAction();
  const accept = async (items: Proposal[]) => {
    const body = { items: items.map((p) => ({ categoryId: p.categoryId, districtId: p.districtId, unitId: p.unitId })) };
    const r = await act.run(async () => (await ok(api.POST('/api/v1/dispatch-catalogue/proposals/accept', { body }))).total);
    if (r != null) {
      act.setNotice(t('accepted', { n: r }));
      onAccepted();
    }
  };
  const items = (list.data?.items ?? []) as Proposal[];
  const changing = items.filter((p) => p.changes);
  return (
    <Section
      title={t('proposals')}
      actions={
        changing.length > 1 ? (
          <button type="button" className="primary" disabled={act.busy} onClick={() => void accept(changing)} data-testid="accept-all-proposals">
            {t('acceptAll', { n: changing.length })}
          </button>
        ) : undefined
      }
    >
      <p className="muted">{t('proposalsHint')}</p>
      <Notice text={act.notice} />
      <ErrorBanner error={act.error ?? list.error} />
      {!list.data && !list.error && <Loading />}
      {list.data && items.length === 0 && <p className="muted empty">{t('noProposals')}</p>}
      {items.length > 0 && (
        <table className="admin-table" data-testid="catalogue-proposals">
          <thead>
            <tr>
              <th>{t('category')}</th>
              <th>{t('district')}</th>
              <th>{t('unit')}</th>
              <th>{t('handled')}</th>
              <th>{t('now')}</th>
              <th>{t('actions')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((p) => (
              <tr key={`${p.categoryId}:${p.districtId ?? ''}`} data-testid="catalogue-proposal">
                <td>{p.categoryName}</td>
                <td>{p.districtName ?? t('anyDistrict')}</td>
                <td>
                  <strong>{p.unitName}</strong>
                </td>
                <td className="mono">{t('handledOf', { h: p.handled, n: p.tickets, p: `${Math.round(p.share * 100)}%` })}</td>
                <td>
                  {p.current ? `${p.current.name}（${p.current.via === 'category_lead' ? t('viaLead') : t('viaCatalogue')}）` : '—'}{' '}
                  <span className={p.changes ? 'badge warn' : 'muted small'}>{p.changes ? t('changes') : t('same')}</span>
                </td>
                <td>
                  <button type="button" className="link" disabled={act.busy} onClick={() => void accept([p])}>
                    {t('accept')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Section>
  );
}

interface Line {
  id: number;
  number: string;
  name: string;
  categoryId: number | null;
  unitId: number | null;
  mode: LineMode;
}

type LineMode = 'merged' | 'parallel' | 'sub_centre';
const LINE_MODES: LineMode[] = ['merged', 'parallel', 'sub_centre'];
const EMPTY_LINE: Omit<Line, 'id'> = { number: '', name: '', categoryId: null, unitId: null, mode: 'merged' };

export function Lines() {
  const t = useT(M);
  const ref = useAdminReference();
  const [tick, setTick] = useState(0);
  const list = useAsync(async (): Promise<{ items: Line[] }> => ok(api.GET('/api/v1/lines')), [tick]);
  const act = useAction();
  const [form, setForm] = useState<Omit<Line, 'id'> & { id?: number }>(EMPTY_LINE);

  if (!ref.data || !list.data) return ref.error || list.error ? <ErrorBanner error={ref.error ?? list.error} /> : <Loading />;
  const { units, categories, unitById, categoryById } = ref.data;
  const save = async () => {
    const body = { number: form.number, name: form.name, categoryId: form.categoryId, unitId: form.unitId, mode: form.mode };
    const r = await act.run(
      () => (form.id ? ok(api.PUT('/api/v1/lines/{id}', { params: { path: { id: form.id } }, body })) : ok(api.POST('/api/v1/lines', { body }))),
      t('saved'),
    );
    if (r) {
      setForm(EMPTY_LINE);
      setTick((n) => n + 1);
    }
  };
  const remove = async (l: Line) => {
    const r = await act.run(async () => (await ok(api.DELETE('/api/v1/lines/{id}', { params: { path: { id: l.id } } })), true), t('removed'));
    if (r) setTick((n) => n + 1);
  };
  return (
    <Section title={t('lines')}>
      <form
        className="toolbar"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <label>
          {t('number')}
          <input name="number" value={form.number} onChange={(e) => setForm({ ...form, number: e.target.value })} placeholder="12315" />
        </label>
        <label>
          {t('name')}
          <input name="name" value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
        </label>
        <CategorySelect name="categoryId" categories={categories} value={form.categoryId} onChange={(categoryId) => setForm({ ...form, categoryId })} label={t('category')} allowNone={t('none')} />
        <UnitSelect name="unitId" units={units} value={form.unitId} onChange={(unitId) => setForm({ ...form, unitId })} label={t('unit')} allowNone={t('none')} />
        <label title={t('modeHint')}>
          {t('mode')}
          <select name="mode" value={form.mode} onChange={(e) => setForm({ ...form, mode: e.target.value as LineMode })}>
            {LINE_MODES.map((m) => (
              <option key={m} value={m}>
                {t(m)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="primary" disabled={act.busy}>
          {form.id ? t('save') : t('addLine')}
        </button>
        {form.id && (
          <button type="button" onClick={() => setForm(EMPTY_LINE)}>
            {t('cancel')}
          </button>
        )}
      </form>
      <Notice text={act.notice} />
      <ErrorBanner error={act.error} />
      <table className="admin-table" data-testid="lines">
        <thead>
          <tr>
            <th>{t('number')}</th>
            <th>{t('name')}</th>
            <th>{t('category')}</th>
            <th>{t('unit')}</th>
            <th>{t('mode')}</th>
            <th>{t('actions')}</th>
          </tr>
        </thead>
        <tbody>
          {list.data.items.map((l) => (
            <tr key={l.id}>
              <td className="mono">{l.number}</td>
              <td>{l.name}</td>
              <td>{l.categoryId == null ? '—' : (categoryById.get(l.categoryId)?.name ?? l.categoryId)}</td>
              <td>{l.unitId == null ? '—' : (unitById.get(l.unitId)?.name ?? l.unitId)}</td>
              <td>{t(l.mode)}</td>
              <td className="admin-actions">
                <button type="button" className="link" onClick={() => setForm(l)}>
                  {t('edit')}
                </button>
                <button type="button" className="link danger" onClick={() => remove(l)}>
                  {t('remove')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Section>
  );
}
