// Finding things in Chinese: the knowledge base, caller history, similar tickets.
// (Ticket full-text search is GET /tickets?q=, in tickets.ts.)

import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { shanghaiDate } from '../domain/calendar.js';
import { maskWords, normalizePhone } from '../domain/masking.js';
import { canReadContent } from '../domain/privacy.js';
import { canSee, type Actor } from '../domain/ticket.js';
import { OPEN_STATUSES } from '../domain/ticket-types.js';
import { audit } from '../store/admin-console.js';
import {
  applyArticleChange,
  auditArticle,
  authorUnits,
  createArticle,
  kbAuditAction,
  presentArticle,
  presentVersion,
  proposeArticleChange,
  reviewProposal,
  searchArticles,
  type ArticleFields,
} from '../store/kb.js';
import { findTicket, inTransaction, listTickets, rowToTicket } from '../store/tickets.js';
import type { UserRecord } from '../store/users.js';
import { highlight, keywords, queryTokens, tsQuery } from '../text/segment.js';
import { profile, similarity, type SimilarityInput } from '../text/similarity.js';
import { actorFor } from '../app/actor.js';
import { requireRole, requireUser } from './auth.js';
import type { AppContext } from '../app/context.js';
import { presentTicket } from './presenters.js';
import { badRequest, forbidden, notFound } from './problem.js';
import { articleListView, callerHistoryView, idParam, isoDay, MAX_TEXT, similarListView } from './schemas.js';
import { parseId } from './tickets.js';

const articleBody = z.object({
  title: z.string().trim().min(1).max(200),
  body: z.string().trim().min(1).max(50_000),
  categoryId: z.number().int().positive().nullish(),
  unitIds: z.array(z.number().int().positive()).max(50).optional().describe('适用单位'),
  effectiveFrom: isoDay.nullish().describe('生效日期'),
  expiresOn: isoDay.nullish().describe('失效日期'),
  source: z.string().trim().max(500).nullish().describe('依据文件'),
  status: z.enum(['draft', 'published', 'archived']),
});

/** Words of a search box, or a 400 when nothing searchable is left (only punctuation, only stopwords). */
export function searchWords(q: string | undefined): { words: string[]; query: string | undefined } {
  if (!q?.trim()) return { words: [], query: undefined };
  const words = queryTokens(q);
  if (!words.length) throw badRequest('搜索词中没有可搜索的文字（只有标点或常用虚词）', 'query_has_no_words');
  return { words, query: tsQuery(words.slice(0, 12)) ?? undefined };
}

/** The distinctive words of a request as typed, any of which may match (ranked by how many do). */
function anyWords(q: string | undefined): { words: string[]; query: string | undefined } {
  if (!q?.trim()) return { words: [], query: undefined };
  const top = keywords(q, 8).map((k) => k.keyword);
  const words = top.length ? top : queryTokens(q).slice(0, 8);
  if (!words.length) throw badRequest('搜索词中没有可搜索的文字（只有标点或常用虚词）', 'query_has_no_words');
  return { words, query: tsQuery(words, '|') ?? undefined };
}

export function searchRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  // ── Knowledge base ───────────────────────────────────────────────────────────────────────
  const KB_EDITORS = ['admin'] as const;
  const checkRefs = async (b: z.infer<typeof articleBody>) => {
    const ref = await ctx.ref.get();
    if (b.categoryId != null && !ref.categoryById.has(b.categoryId)) throw badRequest('诉求分类不存在', 'unknown_category');
    for (const u of b.unitIds ?? []) if (!ref.unitById.has(u)) throw badRequest('适用单位不存在', 'unknown_unit');
    if (b.effectiveFrom && b.expiresOn && b.effectiveFrom > b.expiresOn) throw badRequest('失效日期不能早于生效日期', 'invalid_period');
  };
  /**
   * The units whose drafts and proposals a user sees: undefined for an admin (all of them); a
   * unit handler, its unit and the units below it (a draft is its author's unit's until an admin
   * publishes it); anyone else none (agents and the other centre roles find only published articles).
   */
  const draftUnits = async (user: UserRecord): Promise<number[] | undefined> => {
    if (user.role === 'admin') return undefined;
    if (user.role !== 'unit_handler') return [];
    return [...(await ctx.ref.get()).subtree(user.unitId)];
  };
  const inScope = (units: number[] | undefined, unitId: number | null | undefined) => !units || (unitId != null && units.includes(unitId));
  /** Whether the user may open this article at all (a draft of another unit is as if it did not exist). */
  const mayOpen = async (user: UserRecord, a: { status: string; created_by: number | null }) => {
    const editor = user.role === 'admin' || user.role === 'unit_handler';
    if (!editor) return a.status === 'published';
    if (a.status !== 'draft') return true;
    const units = await draftUnits(user);
    return !units || inScope(units, (await authorUnits(ctx.db, [a.created_by])).get(a.created_by ?? -1));
  };

  r.get(
    '/kb/articles',
    {
      schema: {
        tags: ['knowledge base'],
        summary: '搜索知识库（话务员只看到已发布且在有效期内的条目）',
        querystring: z.object({
          q: z.string().max(200, '搜索词不能超过 200 个字符').optional(),
          match: z
            .enum(['all', 'any'])
            .default('all')
            .describe('all：含全部搜索词；any：按诉求原文的关键词找最相关的条目（受理时边听边查）'),
          status: z.enum(['draft', 'published', 'archived']).optional(),
          categoryId: z.coerce.number().int().positive().optional(),
          page: z.coerce.number().int().min(1).max(10_000).default(1),
          pageSize: z.coerce.number().int().min(1).max(100).default(20),
        }),
        response: { 200: articleListView },
      },
    },
    async (req) => {
      const user = requireUser(req);
      const { words, query } = req.query.match === 'any' ? anyWords(req.query.q) : searchWords(req.query.q);
      const editor = user.role === 'admin' || user.role === 'unit_handler';
      const status = editor ? (req.query.status ? [req.query.status] : undefined) : ['published'];
      const { rows, total } = await searchArticles(ctx.db, {
        search: query,
        status,
        draftUnits: editor ? await draftUnits(user) : [],
        categoryIds: req.query.categoryId ? [req.query.categoryId] : undefined,
        inForceOn: editor ? undefined : shanghaiDate(ctx.now()),
        page: req.query.page,
        pageSize: req.query.pageSize,
      });
      const items = rows.map((a) => ({ ...presentArticle(a), snippet: highlight(`${a.title}：${a.body}`, words, 120) }));
      return { items, total, words };
    },
  );

  r.post('/kb/articles', { schema: { tags: ['knowledge base'], summary: '新建知识条目（承办单位只能建草稿）', body: articleBody } }, async (req, reply) => {
    const user = requireRole(req, ['admin', 'unit_handler']);
    if (user.role !== 'admin' && req.body.status !== 'draft') throw forbidden('承办单位只能新建草稿，由管理员审核发布');
    await checkRefs(req.body);
    const a = await inTransaction(ctx.db, async (tx) => {
      const created = await createArticle(tx, req.body as ArticleFields, user.id, ctx.now());
      // An admin's article is an admin change; a unit's draft is in the article's versions.
      if (user.role === 'admin') await audit(tx, user.id, kbAuditAction(null, created.status), { articleId: created.id, after: auditArticle(created) });
      return created;
    });
    return reply.status(201).send(presentArticle(a));
  });

  r.get('/kb/articles/:id', { schema: { tags: ['knowledge base'], summary: '知识条目及其全部版本', params: idParam } }, async (req) => {
    const user = requireUser(req);
    const id = parseId(req.params.id);
    const a = await ctx.db.selectFrom('kb_articles').selectAll().where('id', '=', id).executeTakeFirst();
    const editor = user.role === 'admin' || user.role === 'unit_handler';
    if (!a || !(await mayOpen(user, a))) throw notFound('知识条目不存在');
    let versions = editor ? await ctx.db.selectFrom('kb_article_versions').selectAll().where('article_id', '=', id).orderBy('id').execute() : [];
    // Another unit's proposals (open or rejected) are that unit's business and the reviewers'.
    const units = await draftUnits(user);
    if (units) {
      const author = await authorUnits(ctx.db, versions.filter((v) => v.state !== 'applied').map((v) => v.changed_by));
      versions = versions.filter((v) => v.state === 'applied' || inScope(units, author.get(v.changed_by ?? -1)));
    }
    return { ...presentArticle(a), versions: versions.map(presentVersion) };
  });

  r.put('/kb/articles/:id', { schema: { tags: ['knowledge base'], summary: '修改知识条目（生成新版本）', params: idParam, body: articleBody } }, async (req) => {
    const user = requireRole(req, KB_EDITORS);
    await checkRefs(req.body);
    const id = parseId(req.params.id);
    const a = await inTransaction(ctx.db, async (tx) => {
      const before = await tx.selectFrom('kb_articles').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
      if (!before) return null;
      const after = await applyArticleChange(tx, id, req.body as ArticleFields, user.id, ctx.now());
      if (after) await audit(tx, user.id, kbAuditAction(before.status, after.status), { articleId: id, before: auditArticle(before), after: auditArticle(after) });
      return after;
    });
    if (!a) throw notFound('知识条目不存在');
    return presentArticle(a);
  });

  r.post(
    '/kb/articles/:id/proposals',
    { schema: { tags: ['knowledge base'], summary: '提出修改建议（待管理员审核）', params: idParam, body: articleBody.extend({ note: z.string().trim().max(1000).nullish() }) } },
    async (req, reply) => {
      const user = requireRole(req, ['admin', 'unit_handler']);
      await checkRefs(req.body);
      const id = parseId(req.params.id);
      const exists = await ctx.db.selectFrom('kb_articles').select(['id', 'status', 'created_by']).where('id', '=', id).executeTakeFirst();
      if (!exists || !(await mayOpen(user, exists))) throw notFound('知识条目不存在');
      const v = await proposeArticleChange(ctx.db, id, req.body as ArticleFields, user.id, ctx.now(), req.body.note ?? null);
      return reply.status(201).send(presentVersion(v));
    },
  );

  r.get('/kb/proposals', { schema: { tags: ['knowledge base'], summary: '待审核的修改建议' } }, async (req) => {
    requireRole(req, ['admin']);
    const rows = await ctx.db.selectFrom('kb_article_versions').selectAll().where('state', '=', 'proposed').orderBy('id').execute();
    return { items: rows.map(presentVersion), total: rows.length };
  });

  r.post(
    '/kb/proposals/:id/review',
    { schema: { tags: ['knowledge base'], summary: '审核修改建议', params: idParam, body: z.object({ approve: z.boolean() }) } },
    async (req) => {
      const user = requireRole(req, KB_EDITORS);
      const proposalId = parseId(req.params.id);
      const result = await inTransaction(ctx.db, async (tx) => {
        const r = await reviewProposal(tx, proposalId, req.body.approve, user.id, ctx.now());
        if (!r) return null;
        const { proposal: p, before } = r;
        const who = { articleId: p.article_id, proposalId, proposedBy: p.changed_by, note: p.note };
        if (r.approved) await audit(tx, user.id, 'kb.approve', { ...who, before: auditArticle(before), after: r.article ? auditArticle(r.article) : null });
        else await audit(tx, user.id, 'kb.reject', { ...who, title: before.title, proposal: auditArticle(p) });
        return r;
      });
      if (!result) throw notFound('没有这条待审核的修改建议');
      return { approved: result.approved, article: result.article ? presentArticle(result.article) : null };
    },
  );

  // ── Caller history (来电历史) ────────────────────────────────────────────────────────────
  r.get(
    '/callers/:phone/tickets',
    {
      schema: {
        tags: ['search'],
        summary: '来电人的历史工单（按角色脱敏）',
        params: z.object({ phone: z.string().max(30) }),
        querystring: z.object({ page: z.coerce.number().int().min(1).default(1), pageSize: z.coerce.number().int().min(1).max(100).default(20) }),
        response: { 200: callerHistoryView },
      },
    },
    async (req) => {
      const user = requireUser(req);
      if (user.role === 'analyst') throw forbidden('当前角色无权按电话查询');
      const phone = normalizePhone(req.params.phone);
      if (!/^\d{3,20}$/.test(phone)) throw badRequest('电话号码格式不正确', 'invalid_phone');
      const [actor, ref] = await Promise.all([actorFor(ctx, user), ctx.ref.get()]);
      const [{ items, total }, openOnes] = await Promise.all([
        listTickets(ctx.db, actor, { callerPhone: phone }, req.query.page, req.query.pageSize),
        listTickets(ctx.db, actor, { callerPhone: phone, status: [...OPEN_STATUSES] }, 1, 1),
      ]);
      const open = openOnes.total;
      return { items: items.map((t) => presentTicket(t, ref, actor)), total, open };
    },
  );

  // ── Similar tickets (相似诉求 / 并单候选) ────────────────────────────────────────────────
  const similarQuery = z.object({ limit: z.coerce.number().int().min(1).max(50).default(10), days: z.coerce.number().int().min(1).max(365).default(90) });

  /** `names`: the callers' names, masked in the words the match shows (a shared word may be a name or a number). */
  async function findSimilar(actor: Actor, input: SimilarityInput, excludeId: number | null, limit: number, days: number, names: (string | null)[] = []) {
    const target = profile(input);
    const words = [...target.terms.keys()].slice(0, 12);
    const query = tsQuery(words, '|');
    if (!query) return [];
    const since = new Date((input.createdAt ?? ctx.now()).getTime() - days * 86_400_000);
    let q = ctx.db
      .selectFrom('tickets')
      .selectAll()
      .where(sql<boolean>`search @@ to_tsquery('simple', ${query})`)
      .where('status', '!=', 'merged')
      .where((eb) => eb.or([eb('status', 'in', OPEN_STATUSES), eb('created_at', '>=', since)]));
    if (excludeId != null) q = q.where('id', '!=', excludeId);
    if (actor.role === 'unit_handler') {
      const scope = [...actor.scope];
      if (!scope.length) return [];
      q = q.where((eb) => eb.or([eb('unit_id', 'in', scope), sql<boolean>`assist_unit_ids && ${`{${scope.join(',')}}`}::int[]`]));
    }
    const rows = await q.orderBy(sql`ts_rank(search, to_tsquery('simple', ${query})) DESC`).limit(80).execute();
    const ref = await ctx.ref.get();
    return rows
      .map(rowToTicket)
      // A confidential ticket the viewer may not read is no candidate: its shared words would tell.
      .filter((t) => canSee(actor, t) && canReadContent(actor, t))
      .map((t) => ({ t, s: similarity(target, profile({ title: t.title, content: t.content, address: t.address, districtId: t.districtId, createdAt: t.createdAt })) }))
      .filter((x) => x.s.score >= SIMILAR_MIN_SCORE)
      .sort((a, b) => b.s.score - a.s.score)
      .slice(0, limit)
      .map(({ t, s }) => ({
        ...presentTicket(t, ref, actor),
        score: s.score,
        why: {
          sharedWords: maskWords(s.sharedWords, [...names, t.callerName]),
          sharedPlaces: maskWords(s.sharedPlaces, [...names, t.callerName]),
          text: round(s.text),
          place: round(s.place),
          time: round(s.time),
        },
      }));
  }

  r.get('/tickets/:id/similar', { schema: { tags: ['search'], summary: '相似工单（同一地点同一问题），含得分', params: idParam, querystring: similarQuery, response: { 200: similarListView } } }, async (req) => {
    const user = requireUser(req);
    const id = parseId(req.params.id);
    const [actor, ticket] = await Promise.all([actorFor(ctx, user), findTicket(ctx.db, id)]);
    if (!ticket || !canSee(actor, ticket)) throw notFound('工单不存在', 'ticket_not_found');
    // A confidential ticket's words are not the viewer's to match on, when its text is not theirs to read.
    if (!canReadContent(actor, ticket)) return { items: [], total: 0 };
    const items = await findSimilar(actor, ticket, id, req.query.limit, req.query.days, [ticket.callerName]);
    return { items, total: items.length };
  });

  r.post(
    '/tickets/similar',
    {
      schema: {
        tags: ['search'],
        summary: '受理时查找相似工单（尚未登记的诉求）',
        querystring: similarQuery,
        body: z.object({ title: z.string().max(200).nullish(), content: z.string().trim().min(1).max(MAX_TEXT), address: z.string().max(500).nullish(), districtId: z.number().int().positive().nullish() }),
        response: { 200: similarListView },
      },
    },
    async (req) => {
      const user = requireUser(req);
      const actor = await actorFor(ctx, user);
      const items = await findSimilar(actor, { ...req.body, createdAt: ctx.now() }, null, req.query.limit, req.query.days);
      return { items, total: items.length };
    },
  );
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * Below this a candidate is not offered as the same matter. On 4,326 real messages every true
 * duplicate scored 0.62–0.91 and every wrong match 0.23–0.49.
 */
export const SIMILAR_MIN_SCORE = 0.55;
