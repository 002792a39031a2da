// Finding things in Chinese: the knowledge base, caller history, similar tickets.
// (Ticket full-text search is GET /tickets?q=, in tickets.ts.)

import type { FastifyInstance } from 'fastify';
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
  inForce,
  kbAuditAction,
  presentArticle,
  presentVersion,
  proposeArticleChange,
  reviewProposal,
  searchArticles,
  type ArticleFields,
} from '../store/kb.js';
import { linksOf } from '../store/links.js';
import { findTicket, inTransaction, listTickets } from '../store/tickets.js';
import type { UserRecord } from '../store/users.js';
import { highlight } from '../text/segment.js';
import { analyzeQuery, expansions } from '../text/kb-search.js';
import type { SimilarityInput } from '../text/similarity.js';
import { similarTickets } from '../app/repeats.js';
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
        summary: '搜索知识库：按群众原话找条目，最相关的在前（话务员只看到已发布且在有效期内的条目）',
        description:
          '按词的权重排序（BM25：少见的词分量重，词频有上限，长文不占便宜），标题中的词远比正文中的重；搜索词按同义词扩展（丢了 → 遗失，略低于原词），' +
          '复合词按部分匹配（怎么补 → 补办）。只有标点或常用虚词时返回空列表和说明（notice）。',
        querystring: z.object({
          q: z.string().max(200, '搜索词不能超过 200 个字符').optional(),
          match: z
            .enum(['any', 'all'])
            .default('any')
            .describe('any（默认）：含任一搜索词即可，按相关度排序；all：只要含全部搜索词（原词、同义词或其部分）的条目'),
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
      const editor = user.role === 'admin' || user.role === 'unit_handler';
      const today = shanghaiDate(ctx.now());
      const text = req.query.q?.trim();
      const query = text ? analyzeQuery(text) : undefined;
      if (query && !query.length) {
        return { items: [], total: 0, words: [], synonyms: [], notice: { code: 'query_has_no_words', message: '搜索词中没有可搜索的文字（只有标点或常用虚词），请输入诉求中的关键词' } };
      }
      const status = editor ? (req.query.status ? [req.query.status] : undefined) : ['published'];
      const { rows, total } = await searchArticles(ctx.db, {
        query,
        requireAll: req.query.match === 'all',
        status,
        draftUnits: editor ? await draftUnits(user) : [],
        categoryIds: req.query.categoryId ? [req.query.categoryId] : undefined,
        // Agents: only what is in force. Editors see every status, but what is in force comes first.
        inForceOn: editor ? undefined : today,
        inForceFirst: editor ? today : undefined,
        page: req.query.page,
        pageSize: req.query.pageSize,
      });
      const items = rows.map(({ hit, ...a }) => ({
        ...presentArticle(a),
        snippet: highlight(`${a.title}：${a.body}`, hit?.terms ?? [], 120),
        score: hit ? Math.round(hit.score * 1000) / 1000 : null,
        matched: hit?.terms ?? [],
        inForce: inForce(a, today),
      }));
      return { items, total, words: query?.map((w) => w.word) ?? [], synonyms: query ? expansions(query) : [], notice: null };
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

  /**
   * `names`: the callers' names, masked in the words the match shows (a shared word may be a name
   * or a number). Matching knows the city's own place names and synonyms (app/repeats.ts).
   */
  async function findSimilar(actor: Actor, input: SimilarityInput, excludeId: number | null, limit: number, days: number, names: (string | null)[] = []) {
    const [found, ref] = await Promise.all([
      similarTickets(ctx, actor, { ...input, createdAt: input.createdAt ?? ctx.now() }, { ticketId: excludeId, days, minScore: SIMILAR_MIN_SCORE, limit }),
      ctx.ref.get(),
    ]);
    return found.map(({ ticket: t, score: s }) => ({
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
    const [found, links] = await Promise.all([findSimilar(actor, ticket, id, req.query.limit, req.query.days, [ticket.callerName]), linksOf(ctx.db, [id])]);
    // A ticket split off this one (or this one's source) is the call's other matter, not a duplicate to merge.
    const splitOff = new Set((links.get(id) ?? []).filter((l) => l.kind === 'split').map((l) => l.ticket.id));
    const items = found.filter((t) => !splitOff.has(t.id));
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
