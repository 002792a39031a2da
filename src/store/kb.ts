// The knowledge base (知识库): articles with their full history of versions. An admin's change
// applies at once; a unit handler's is a proposal until an admin approves it.
//
// Who sees what: a published or archived article is for every editor; a draft, and a proposal,
// only for its author's unit and the units above it (the author's unit is the unit of the user
// who created it, users.unit_id), and for the centre's admins who review them.

import { sql, type Kysely, type Selectable } from 'kysely';
import { rankBm25, type FieldTerms, type Hit, type QueryWord } from '../text/bm25.js';
import { articleTerms } from '../text/kb-search.js';
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
  /**
   * A question's words (text/kb-search.ts analyzeQuery): the articles that have any of them,
   * ranked by term weight (BM25, title boost, synonyms); without, every article, newest first.
   */
  query?: QueryWord[];
  /** Only articles that have every word of `query` (each by itself, a synonym or its parts). */
  requireAll?: boolean;
  status?: string[];
  categoryIds?: number[];
  /** Only articles in force on this date (effective and not expired). */
  inForceOn?: string;
  /** With `query`: the articles in force on this date first (an editor's search over every status). */
  inForceFirst?: string;
  /** Drafts only by authors of these units (a unit handler's unit and those below it); all drafts when absent. */
  draftUnits?: number[];
  page: number;
  pageSize: number;
}

/** Whether an article is what an agent may answer with on `day`: published and within its dates. */
export function inForce(a: { status: string; effective_from: string | null; expires_on: string | null }, day: string): boolean {
  return a.status === 'published' && (a.effective_from == null || a.effective_from <= day) && (a.expires_on == null || a.expires_on >= day);
}

export type FoundArticle = Selectable<KbArticleTable> & { hit: Hit | null };

function articleFilter(db: Kysely<DB>, s: ArticleSearch) {
  let q = db.selectFrom('kb_articles');
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
  return q;
}

export async function searchArticles(db: Kysely<DB>, s: ArticleSearch): Promise<{ rows: FoundArticle[]; total: number }> {
  if (s.query) return rankArticles(db, s, s.query);
  const q = articleFilter(db, s);
  const [rows, count] = await Promise.all([
    q.selectAll().orderBy('updated_at', 'desc').orderBy('id', 'desc').limit(s.pageSize).offset((s.page - 1) * s.pageSize).execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows: rows.map((r) => ({ ...r, hit: null })), total: Number(count.n) };
}

// ── Ranking (BM25) ──────────────────────────────────────────────────────────────────────────
// The knowledge base holds hundreds to a few thousand articles: the articles a user may see are
// listed in SQL (ids and versions only), and ranked in TypeScript on their terms, which each
// process keeps per database and re-reads for an article whose version or update time changed
// (every change of an article makes a new version). The ranking's statistics are over the
// articles the user may see, so an agent's ranking never depends on drafts or expired ones.

interface IndexedArticle {
  version: number;
  updatedAt: number;
  terms: FieldTerms;
}
const articleIndexes = new WeakMap<Kysely<DB>, Map<number, IndexedArticle>>();

/** The terms of these articles, from the process's index, reading and segmenting the changed ones. */
async function articleTermsOf(db: Kysely<DB>, listed: { id: number; version: number; updated_at: Date }[]): Promise<Map<number, IndexedArticle>> {
  let index = articleIndexes.get(db);
  if (!index) articleIndexes.set(db, (index = new Map()));
  const stale = listed.filter((a) => {
    const had = index.get(a.id);
    return !had || had.version !== a.version || had.updatedAt !== a.updated_at.getTime();
  });
  for (let i = 0; i < stale.length; i += 500) {
    const ids = stale.slice(i, i + 500).map((a) => a.id);
    const rows = await db.selectFrom('kb_articles').select(['id', 'version', 'updated_at', 'title', 'body', 'source']).where('id', 'in', ids).execute();
    for (const r of rows) index.set(r.id, { version: r.version, updatedAt: r.updated_at.getTime(), terms: articleTerms(r) });
  }
  return index;
}

/**
 * Reads and segments every article into the process's index, so that the first question an agent
 * asks after a start is answered as fast as the next (2,000 articles take about a second of CPU).
 * `hotline serve` calls it once it listens; searching before it ends is fine (it fills the same index).
 */
export async function warmArticleIndex(db: Kysely<DB>): Promise<number> {
  const listed = await db.selectFrom('kb_articles').select(['id', 'version', 'updated_at']).execute();
  await articleTermsOf(db, listed);
  return listed.length;
}

async function rankArticles(db: Kysely<DB>, s: ArticleSearch, query: QueryWord[]): Promise<{ rows: FoundArticle[]; total: number }> {
  if (!query.length) return { rows: [], total: 0 };
  const listed = await articleFilter(db, s)
    .select(['id', 'version', 'updated_at', 'status', 'effective_from', 'expires_on'])
    .orderBy('id', 'desc') // equal scores: the newer article first
    .execute();
  const index = await articleTermsOf(db, listed);
  let hits = rankBm25(
    query,
    listed.map((a) => ({ id: a.id, terms: (index.get(a.id) as IndexedArticle).terms })),
    { requireAll: s.requireAll },
  );
  if (s.inForceFirst) {
    const day = s.inForceFirst;
    const current = new Set(listed.filter((a) => inForce(a, day)).map((a) => a.id));
    hits = [...hits.filter((h) => current.has(h.id)), ...hits.filter((h) => !current.has(h.id))];
  }
  const page = hits.slice((s.page - 1) * s.pageSize, s.page * s.pageSize);
  if (!page.length) return { rows: [], total: hits.length };
  const rows = await db
    .selectFrom('kb_articles')
    .selectAll()
    .where('id', 'in', page.map((h) => h.id))
    .execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return { rows: page.flatMap((h) => (byId.has(h.id) ? [{ ...(byId.get(h.id) as Selectable<KbArticleTable>), hit: h }] : [])), total: hits.length };
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
