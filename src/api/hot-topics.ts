// Hot topics (热点问题) over the tickets of a period, and the reply-quality preview a unit
// handler sees before sending.

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { shanghaiMidnight } from '../domain/calendar.js';
import { maskText, maskWords } from '../domain/masking.js';
import { canSee } from '../domain/ticket.js';
import { actorFor } from '../app/actor.js';
import type { AppContext } from '../app/context.js';
import { hotTopicsFor } from '../app/hot-topics.js';
import { findTicket } from '../store/tickets.js';
import { risingTopics } from '../text/hot-topics.js';
import { scoreReply } from '../text/reply-quality.js';
import { requireRole, requireUser } from './auth.js';
import { periodQuery, resolvePeriod } from './measures.js';
import { MAX_TEXT } from './schemas.js';
import { parseId } from './tickets.js';
import { notFound } from './problem.js';

export function hotTopicRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  // The same period asked again within five minutes is answered from memory: grouping is costly.
  const cache = new Map<string, { at: number; value: Awaited<ReturnType<typeof hotTopicsFor>> }>();
  const cached = async (from: Date, to: Date, now: Date) => {
    const key = `${from.toISOString()}|${to.toISOString()}`;
    const hit = cache.get(key);
    if (hit && Date.now() - hit.at < 5 * 60_000) return hit.value;
    const value = await hotTopicsFor(ctx.db, from, to, now);
    if (cache.size > 50) cache.clear();
    cache.set(key, { at: Date.now(), value });
    return value;
  };

  r.get(
    '/hot-topics',
    {
      schema: {
        tags: ['smart'],
        summary: '热点问题：同一地点同一问题的诉求成组，按热度排序（数量、来电人数、增长、点赞）',
        querystring: periodQuery.extend({ limit: z.coerce.number().int().min(1).max(100).default(20) }),
      },
    },
    async (req) => {
      requireRole(req, ['dispatcher', 'supervisor', 'analyst', 'admin']);
      const now = ctx.now();
      const { from, to } = resolvePeriod(req.query, now);
      const end = new Date(shanghaiMidnight(to).getTime() + 86_400_000);
      const { topics, numbers, callerNames, read } = await cached(shanghaiMidnight(from), end, now);
      const rising = new Set(risingTopics(topics, new Date(Math.min(now.getTime(), end.getTime())), 7).map((t) => t.topic.items[0]));
      const items = topics.slice(0, req.query.limit).map((t) => {
        // A topic's words come from its tickets: their callers' names are masked in them too.
        const names = t.items.map((id) => callerNames.get(Number(id)) ?? null);
        return {
          label: maskText(t.label, names),
          place: t.place == null ? null : maskText(t.place, names),
          problem: maskText(t.problem, names),
          size: t.size,
          callers: t.callers,
          supports: t.supports,
          growth: Math.round(t.growth * 100) / 100,
          heat: Math.round(t.heat * 100) / 100,
          first: t.first.toISOString(),
          last: t.last.toISOString(),
          rising: rising.has(t.items[0]),
          keywords: maskWords(t.keywords, names),
          tickets: t.items.map((id) => ({ id: Number(id), number: numbers.get(Number(id)) ?? null })),
        };
      });
      return { from, to, read, items, total: topics.length };
    },
  );

  r.post(
    '/tickets/:id/reply-quality',
    {
      schema: {
        tags: ['smart'],
        summary: '答复质量预评（发送答复前）：相关性、完整性、及时性、规范性及扣分原因',
        params: z.object({ id: z.string().max(20) }),
        body: z.object({ content: z.string().trim().min(1).max(MAX_TEXT) }),
      },
    },
    async (req) => {
      const user = requireUser(req);
      const id = parseId(req.params.id);
      const [actor, ticket] = await Promise.all([actorFor(ctx, user), findTicket(ctx.db, id)]);
      if (!ticket || !canSee(actor, ticket)) throw notFound('工单不存在', 'ticket_not_found');
      const now = ctx.now();
      const ref = await ctx.ref.get();
      const minutes = ticket.dispatchedAt ? ref.calendar.workingMinutesBetween(ticket.dispatchedAt, now) : null;
      return scoreReply({
        request: { title: ticket.title, content: ticket.content },
        reply: req.body.content,
        repliedOnTime: ticket.dueBy ? now <= ticket.dueBy : null,
        workingHours: minutes != null ? minutes / 60 : null,
      });
    },
  );
}
