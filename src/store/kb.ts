// The knowledge base (知识库): articles with their full history of versions. An admin's change
// applies at once; a unit handler's is a proposal until an admin approves it.
//
// Who sees what: a published or archived article is for every editor; a draft, and a proposal,
// only for its author's unit and the units above it (the author's unit is the unit of the user
// who created it, users.unit_id), and for the centre's admins who review them.

import { sql, type Kysely, type Selectable } from 'kysely';
import { documentText } from '../text/segment.js';
import type { DB, KbArticleTable, KbArticleVersionTable } from './schema.js';
import { inTransaction } from './tickets.js';

export interface ArticleFields {
  title: string;
  body: string;
  categoryId?: number | null;
  unitIds?: number[];
  effectiveFrom?: string | null;
  expiresOn?: string | null;
  source?: string | null;
  status: 'draft' | 'published' | 'archived';
}

export function presentArticle(a: Selectable<KbArticleTable>) {
  return {
    id: a.id,
    title: a.title,
    body: a.body,
    categoryId: a.category_id,
    unitIds: a.unit_ids,
    effectiveFrom: a.effective_from,
    expiresOn: a.expires_on,
    source: a.source,
    status: a.status,
    version: a.version,
    createdBy: a.created_by,
    updatedBy: a.updated_by,
    createdAt: a.created_at.toISOString(),
    updatedAt: a.updated_at.toISOString(),
  };
}

export function presentVersion(v: Selectable<KbArticleVersionTable>) {
  return {
    id: v.id,
    articleId: v.article_id,
    version: v.version,
    state: v.state,
    title: v.title,
    body: v.body,
    categoryId: v.category_id,
    unitIds: v.unit_ids,
    effectiveFrom: v.effective_from,
    expiresOn: v.expires_on,
    source: v.source,
    status: v.status,
    note: v.note,
    changedBy: v.changed_by,
    changedAt: v.changed_at.toISOString(),
    reviewedBy: v.reviewed_by,
    reviewedAt: v.reviewed_at?.toISOString() ?? null,
  };
}

const columns = (f: ArticleFields) => ({
  title: f.title,
  body: f.body,
  category_id: f.categoryId ?? null,
  unit_ids: `{${(f.unitIds ?? []).join(',')}}`,
  effective_from: f.effectiveFrom ?? null,
  expires_on: f.expiresOn ?? null,
  source: f.source ?? null,
  status: f.status,
});

const searchDoc = (f: ArticleFields) => sql`to_tsvector('simple', ${documentText(f.title, f.title, f.body, f.source)}::text)`;

export async function createArticle(db: Kysely<DB>, f: ArticleFields, userId: number, now: Date) {
  return inTransaction(db, async (tx) => {
    const a = await tx
      .insertInto('kb_articles')
      .values({ ...columns(f), version: 1, created_by: userId, updated_by: userId, created_at: now, updated_at: now })
      .returningAll()
      .executeTakeFirstOrThrow();
    await sql`UPDATE kb_articles SET search = ${searchDoc(f)} WHERE id = ${a.id}`.execute(tx);
    await tx.insertInto('kb_article_versions').values({ ...columns(f), article_id: a.id, version: 1, state: 'applied', changed_by: userId, changed_at: now }).execute();
    return a;
  });
}

/**
 * Applies a change as the next version: an admin's edit (recorded as a new version), or an
 * approved proposal (`proposalId`: that proposal becomes the version, with its author kept).
 */
export async function applyArticleChange(db: Kysely<DB>, id: number, f: ArticleFields, userId: number, now: Date, note: string | null = null, proposalId?: number) {
  return inTransaction(db, async (tx) => {
    const cur = await tx.selectFrom('kb_articles').select('version').where('id', '=', id).forUpdate().executeTakeFirst();
    if (!cur) return null;
    const version = cur.version + 1;
    const a = await tx
      .updateTable('kb_articles')
      .set({ ...columns(f), version, updated_by: userId, updated_at: now })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await sql`UPDATE kb_articles SET search = ${searchDoc(f)} WHERE id = ${id}`.execute(tx);
    if (proposalId != null) {
      await tx.updateTable('kb_article_versions').set({ state: 'applied', version, reviewed_by: userId, reviewed_at: now }).where('id', '=', proposalId).execute();
    } else {
      await tx.insertInto('kb_article_versions').values({ ...columns(f), article_id: id, version, state: 'applied', note, changed_by: userId, changed_at: now }).execute();
    }
    return a;
  });
}

export async function proposeArticleChange(db: Kysely<DB>, id: number, f: ArticleFields, userId: number, now: Date, note: string | null) {
  return db
    .insertInto('kb_article_versions')
    .values({ ...columns(f), article_id: id, version: null, state: 'proposed', note, changed_by: userId, changed_at: now })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/**
 * Approves or rejects a proposal; returns null when there is no such open proposal. With the
 * proposal and the article as it was, for the audit log.
 */
export async function reviewProposal(db: Kysely<DB>, versionId: number, approve: boolean, userId: number, now: Date) {
  return inTransaction(db, async (tx) => {
    const p = await tx.selectFrom('kb_article_versions').selectAll().where('id', '=', versionId).where('state', '=', 'proposed').forUpdate().executeTakeFirst();
    if (!p) return null;
    const before = await tx.selectFrom('kb_articles').selectAll().where('id', '=', p.article_id).forUpdate().executeTakeFirstOrThrow();
    if (!approve) {
      await tx.updateTable('kb_article_versions').set({ state: 'rejected', reviewed_by: userId, reviewed_at: now }).where('id', '=', versionId).execute();
      return { approved: false as const, article: null, proposal: p, before };
    }
    const fields: ArticleFields = {
      title: p.title,
      body: p.body,
      categoryId: p.category_id,
      unitIds: p.unit_ids,
      effectiveFrom: p.effective_from,
      expiresOn: p.expires_on,
      source: p.source,
      status: p.status as ArticleFields['status'],
    };
    const article = await applyArticleChange(tx, p.article_id, fields, userId, now, p.note, versionId);
    return { approved: true as const, article, proposal: p, before };
  });
}

export interface ArticleSearch {
  search?: string; // tsquery
  status?: string[];
  categoryIds?: number[];
  /** Only articles in force on this date (effective and not expired). */
  inForceOn?: string;
  /** Drafts only by authors of these units (a unit handler's unit and those below it); all drafts when absent. */
  draftUnits?: number[];
  page: number;
  pageSize: number;
}

export async function searchArticles(db: Kysely<DB>, s: ArticleSearch) {
  let q = db.selectFrom('kb_articles');
  if (s.search) q = q.where(sql<boolean>`search @@ to_tsquery('simple', ${s.search})`);
  if (s.status?.length) q = q.where('status', 'in', s.status);
  if (s.categoryIds?.length) q = q.where('category_id', 'in', s.categoryIds);
  if (s.draftUnits) {
    const units = s.draftUnits;
    q = q.where((eb) =>
      units.length
        ? eb.or([eb('status', '!=', 'draft'), eb('created_by', 'in', eb.selectFrom('users').select('id').where('unit_id', 'in', units))])
        : eb('status', '!=', 'draft'),
    );
  }
  if (s.inForceOn) {
    q = q
      .where((eb) => eb.or([eb('effective_from', 'is', null), eb('effective_from', '<=', s.inForceOn as string)]))
      .where((eb) => eb.or([eb('expires_on', 'is', null), eb('expires_on', '>=', s.inForceOn as string)]));
  }
  const ordered = s.search
    ? q.selectAll().orderBy(sql`ts_rank(search, to_tsquery('simple', ${s.search})) DESC`).orderBy('id', 'desc')
    : q.selectAll().orderBy('updated_at', 'desc').orderBy('id', 'desc');
  const [rows, count] = await Promise.all([
    ordered.limit(s.pageSize).offset((s.page - 1) * s.pageSize).execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** The unit of each author (users.unit_id): whose unit a draft or a proposal belongs to. */
export async function authorUnits(db: Kysely<DB>, userIds: (number | null)[]): Promise<Map<number, number | null>> {
  const ids = [...new Set(userIds.filter((x): x is number => x != null))];
  if (!ids.length) return new Map();
  const rows = await db.selectFrom('users').select(['id', 'unit_id']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.unit_id]));
}

// ── Audit ───────────────────────────────────────────────────────────────────────────────────
/** The audit action of an admin's change of an article, by its status before (null: new) and after. */
export function kbAuditAction(before: string | null, after: string): 'kb.create' | 'kb.update' | 'kb.publish' | 'kb.archive' {
  if (after === 'published' && before !== 'published') return 'kb.publish';
  if (after === 'archived' && before !== 'archived') return 'kb.archive';
  return before == null ? 'kb.create' : 'kb.update';
}

const AUDIT_BODY_CHARS = 120;

/** An article as the audit log keeps it: every field, the text cut short (the versions keep it whole). */
export function auditArticle(a: Pick<Selectable<KbArticleTable>, 'title' | 'body' | 'category_id' | 'unit_ids' | 'effective_from' | 'expires_on' | 'source' | 'status'> & { version?: number | null }) {
  return {
    title: a.title,
    body: a.body.length > AUDIT_BODY_CHARS ? `${a.body.slice(0, AUDIT_BODY_CHARS)}…` : a.body,
    categoryId: a.category_id,
    unitIds: a.unit_ids,
    effectiveFrom: a.effective_from,
    expiresOn: a.expires_on,
    source: a.source,
    status: a.status,
    ...(a.version !== undefined ? { version: a.version } : {}),
  };
}
