// Imported labels and the city's category tree (分类映射). A label of imported history names a
// top-level category of the tree exactly (城乡建设), or through a mapping an admin confirmed
// (商贸旅游 → 商贸消费, table category_aliases), or it is new: then it is matched by name against
// the tree (text/label-match.ts) and the match is proposed, never applied silently — the admin
// maps it, accepts the proposal, or creates it as a new top-level category. Only into an empty
// tree are labels created without asking: there is nothing to duplicate.

import { sql, type Kysely } from 'kysely';
import { matcher, type LabelCandidate } from '../text/label-match.js';
import type { DB } from './schema.js';

export interface CategoryRef {
  id: number;
  code: string;
  name: string;
  level: number;
}

/** What import does with one label of the file. */
export type LabelPlan =
  | { label: string; rows: number; how: 'exact' | 'alias'; category: CategoryRef }
  /** Not known yet: candidates best first (none: nothing in the tree is like it). */
  | { label: string; rows: number; how: 'unknown'; candidates: LabelCandidate[] };

/** The admin's answer for labels that are not known yet. */
export interface LabelDecisions {
  /** label → a category's name or code (--map 商贸旅游=商贸消费). */
  map?: Record<string, string>;
  /** Take each proposal: its best candidate, or a new top-level category when it has none. */
  acceptProposals?: boolean;
  /** Labels to create as new top-level categories (--new-category). */
  create?: string[];
}

/** The labels resolved: each to a category that exists, or to one that will be created. */
export interface LabelResolution {
  /** label → category id, for the labels already known. */
  known: Map<string, number>;
  /** Mappings to store (label → category), confirmed now. */
  aliases: { label: string; category: CategoryRef }[];
  /** Labels to create as top-level categories. */
  create: string[];
}

export class LabelDecisionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LabelDecisionError';
  }
}

const categoriesOf = (db: Kysely<DB>) => db.selectFrom('categories').select(['id', 'code', 'name', 'level', 'parent_id']).execute();

/** Each label of the file (with its count of rows) against the tree and the stored mappings. */
export async function planLabels(db: Kysely<DB>, labels: ReadonlyMap<string, number>): Promise<{ plans: LabelPlan[]; treeEmpty: boolean }> {
  const [cats, aliases] = await Promise.all([categoriesOf(db), db.selectFrom('category_aliases').select(['label', 'category_id']).execute()]);
  const byId = new Map(cats.map((c) => [c.id, c]));
  const topByName = new Map(cats.filter((c) => c.parent_id == null).map((c) => [c.name, c]));
  const aliasOf = new Map(aliases.map((a) => [a.label, byId.get(a.category_id)!]));
  const match = matcher(cats.map((c) => ({ id: c.id, parentId: c.parent_id, name: c.name })));
  const plans = [...labels]
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .map(([label, rows]): LabelPlan => {
      // A confirmed mapping first: the admin said so, even if a category of that name came later.
      const alias = aliasOf.get(label);
      if (alias) return { label, rows, how: 'alias', category: alias };
      const exact = topByName.get(label);
      if (exact) return { label, rows, how: 'exact', category: exact };
      return { label, rows, how: 'unknown', candidates: match(label) };
    });
  return { plans, treeEmpty: cats.length === 0 };
}

/**
 * The plans with the admin's decisions applied; null when some unknown label is left undecided
 * (the caller stops and shows the proposals). A decision that cannot be carried out — a label the
 * file does not have, a category that does not exist or whose name is ambiguous — throws
 * LabelDecisionError, before anything is written.
 */
export async function resolveLabels(db: Kysely<DB>, plans: readonly LabelPlan[], decisions: LabelDecisions, treeEmpty: boolean): Promise<LabelResolution | null> {
  const inFile = new Set(plans.map((p) => p.label));
  const map = decisions.map ?? {};
  const create = new Set(decisions.create ?? []);
  for (const label of [...Object.keys(map), ...create]) {
    if (!inFile.has(label)) throw new LabelDecisionError(`文件中没有标签“${label}” (no such label in the file)`);
  }
  for (const label of create) if (label in map) throw new LabelDecisionError(`标签“${label}”不能既映射又新建`);
  const cats = await categoriesOf(db);
  const target = (ref: string): CategoryRef => {
    const byCode = cats.find((c) => c.code === ref);
    if (byCode) return byCode;
    const named = cats.filter((c) => c.name === ref);
    if (named.length === 1) return named[0];
    if (named.length > 1) throw new LabelDecisionError(`分类名称“${ref}”不唯一，请用分类代码：${named.map((c) => c.code).join('、')}`);
    throw new LabelDecisionError(`没有名为“${ref}”的分类 (no such category)`);
  };
  const out: LabelResolution = { known: new Map(), aliases: [], create: [] };
  for (const p of plans) {
    if (map[p.label] !== undefined) {
      const category = target(map[p.label]);
      if (!(p.how === 'alias' && p.category.id === category.id)) out.aliases.push({ label: p.label, category });
      out.known.set(p.label, category.id);
    } else if (create.has(p.label)) {
      if (p.how === 'exact') throw new LabelDecisionError(`一级分类“${p.label}”已经存在`);
      out.create.push(p.label);
    } else if (p.how !== 'unknown') {
      out.known.set(p.label, p.category.id);
    } else if (treeEmpty) {
      out.create.push(p.label);
    } else if (decisions.acceptProposals) {
      const best = p.candidates[0];
      if (best) {
        out.aliases.push({ label: p.label, category: cats.find((c) => c.id === best.id)! });
        out.known.set(p.label, best.id);
      } else out.create.push(p.label);
    } else {
      return null;
    }
  }
  return out;
}

/**
 * Writes what a resolution decided (in the caller's transaction): the mappings, replacing an
 * earlier one of the same label, and the new top-level categories (a label made a category of its
 * own loses any mapping it had). Returns every label's category id.
 */
export async function applyLabels(tx: Kysely<DB>, r: LabelResolution, by: number | null = null): Promise<Map<string, number>> {
  const ids = new Map(r.known);
  for (const { label, category } of r.aliases) await saveAlias(tx, label, category.id, by);
  if (r.create.length) {
    await tx.deleteFrom('category_aliases').where('label', 'in', r.create).execute();
    const codes = new Set((await tx.selectFrom('categories').select('code').execute()).map((c) => c.code));
    let n = codes.size;
    for (const name of r.create) {
      // Codes only need to be unique and stable: IMP + a running number, as the taxonomy import does.
      let code = '';
      do code = `IMP${String(++n).padStart(3, '0')}`;
      while (codes.has(code));
      codes.add(code);
      const row = await tx.insertInto('categories').values({ code, name, parent_id: null, level: 1, lead_unit_id: null }).returning('id').executeTakeFirstOrThrow();
      ids.set(name, row.id);
    }
  }
  return ids;
}

export async function saveAlias(db: Kysely<DB>, label: string, categoryId: number, by: number | null): Promise<void> {
  await db
    .insertInto('category_aliases')
    .values({ label, category_id: categoryId, created_by: by })
    .onConflict((oc) => oc.column('label').doUpdateSet({ category_id: categoryId, created_by: by, updated_at: sql`now()` }))
    .execute();
}

export async function deleteAlias(db: Kysely<DB>, label: string): Promise<boolean> {
  const r = await db.deleteFrom('category_aliases').where('label', '=', label).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

export interface AliasRow {
  label: string;
  category: CategoryRef;
  createdBy: number | null;
  updatedAt: Date;
}

/** The confirmed mappings, by label. */
export async function listAliases(db: Kysely<DB>): Promise<AliasRow[]> {
  const rows = await db
    .selectFrom('category_aliases as a')
    .innerJoin('categories as c', 'c.id', 'a.category_id')
    .select(['a.label', 'a.created_by', 'a.updated_at', 'c.id', 'c.code', 'c.name', 'c.level'])
    .orderBy('a.label')
    .execute();
  return rows.map((r) => ({ label: r.label, category: { id: r.id, code: r.code, name: r.name, level: r.level }, createdBy: r.created_by, updatedAt: r.updated_at }));
}

/**
 * A label's category as import would take it (a confirmed mapping, else a top-level category of
 * that name), for whatever else reads labels by name (an evaluation file's labels); null when neither.
 */
export async function labelCategoryIds(db: Kysely<DB>): Promise<Map<string, number>> {
  const [tops, aliases] = await Promise.all([
    db.selectFrom('categories').select(['id', 'name']).where('parent_id', 'is', null).execute(),
    db.selectFrom('category_aliases').select(['label', 'category_id']).execute(),
  ]);
  return new Map([...tops.map((c) => [c.name, c.id] as const), ...aliases.map((a) => [a.label, a.category_id] as const)]);
}
