// The province's feed (数据汇聚): GET /api/v1/feed?after=CURSOR&limit=N with an API key of scope
// feed. Ticket events as documents of schema v1 (docs/feed.md, docs/feed.schema.json), in stream
// order; `next` resumes exactly after the page (no event twice, none skipped). Masked: a feed
// whose agreement allows personal data is a webhook subscription with personalData.

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../app/context.js';
import { decodeCursor, readFeed } from '../app/feed.js';
import { requireApiKey } from './auth.js';
import { badRequest } from './problem.js';

const item = z
  .object({
    cursor: z.string().describe('此事件在流中的位置；作为 after 传回即从其后继续'),
    v: z.literal('v1'),
    id: z.number(),
    type: z.string(),
    ticketId: z.number(),
    ticketNumber: z.string(),
    seq: z.number(),
    at: z.string(),
    units: z.array(z.number()),
    payload: z.record(z.string(), z.unknown()),
  })
  .describe('docs/feed.schema.json');

export function feedRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/feed',
    {
      config: { public: true },
      schema: {
        tags: ['feed'],
        summary: '数据汇聚：工单事件流（API 密钥认证，用途 feed）',
        description: '按提交顺序返回工单事件（个人信息脱敏）。以上一页的 next 作为 after 继续读取，不重不漏。详见 docs/feed.md。',
        security: [],
        querystring: z.object({
          after: z.string().max(64).optional().describe('上一页的 next（不填：从头开始）'),
          limit: z.coerce.number().int().min(1).max(1000).default(100),
        }),
        response: { 200: z.object({ items: z.array(item), next: z.string() }) },
      },
    },
    async (req) => {
      await requireApiKey(ctx, req, 'feed', '数据推送');
      const after = req.query.after ? decodeCursor(req.query.after) : null;
      if (req.query.after && !after) throw badRequest('after 不是有效的游标（应为上一页返回的 next）', 'bad_cursor');
      return readFeed(ctx.db, after, req.query.limit);
    },
  );
}
