// Knowledge-base shapes (GET /kb/articles and friends declare no response schema; these follow
// presentArticle/presentVersion in src/store/kb.ts).

import { api, ok } from '../../api/client';

export type ArticleStatus = 'draft' | 'published' | 'archived';
export interface ArticleFields {
  title: string;
  body: string;
  categoryId: number | null;
  unitIds: number[];
  effectiveFrom: string | null;
  expiresOn: string | null;
  source: string | null;
  status: ArticleStatus;
}
export interface Article extends ArticleFields {
  id: number;
  version: number;
  createdBy: number | null;
  updatedBy: number | null;
  createdAt: string;
  updatedAt: string;
  snippet?: string;
}
export interface Version extends ArticleFields {
  id: number;
  articleId: number;
  version: number | null;
  state: 'applied' | 'proposed' | 'rejected';
  note: string | null;
  changedBy: number | null;
  changedAt: string;
  reviewedBy: number | null;
  reviewedAt: string | null;
}
export type ArticleDetail = Article & { versions: Version[] };

export const getArticle = async (id: number) => (await ok(api.GET('/api/v1/kb/articles/{id}', { params: { path: { id: String(id) } } }))) as ArticleDetail;

/** What the API takes: only the article's fields (the response also has ids, versions, …). */
export function fieldsOf(a: ArticleFields): ArticleFields {
  return {
    title: a.title,
    body: a.body,
    categoryId: a.categoryId,
    unitIds: a.unitIds,
    effectiveFrom: a.effectiveFrom || null,
    expiresOn: a.expiresOn || null,
    source: a.source || null,
    status: a.status,
  };
}
