// Admin endpoints for Open311, under /api/v1/admin/open311: the attributes each service asks
// for (the service definition), and the settings
// (accepted jurisdiction_id values, ticket type, hidden types, public listing, limit for calls without a key).

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ATTRIBUTE_DATATYPES, type AttributeDefinition } from '../domain/open311.js';
import { TICKET_TYPES } from '../domain/ticket-types.js';
import { MAX_PER_MINUTE } from '../store/apikeys.js';
import { getOpen311Settings, replaceServiceAttributes, saveOpen311Settings, serviceAttributes } from '../store/open311.js';
import { requireRole } from './auth.js';
import type { AppContext } from '../app/context.js';
import { badRequest, notFound } from './problem.js';

const categoryIdParam = z.object({ categoryId: z.coerce.number().int().positive().max(2_147_483_647) });
const perMinute = z.number().int().min(1).max(MAX_PER_MINUTE);
const code = z.string().trim().min(1).max(100).regex(/^[A-Za-z0-9_.:-]+$/, '只能包含字母、数字和 _ . : -');

const attributeBody = z.object({
  code,
  variable: z.boolean().default(true),
  datatype: z.enum(ATTRIBUTE_DATATYPES),
  required: z.boolean().default(false),
  datatypeDescription: z.string().max(500).nullable().default(null),
  order: z.number().int().min(1).max(10_000).optional(),
  description: z.string().max(2000).nullable().default(null),
  values: z.array(z.object({ key: code, name: z.string().trim().min(1).max(200) })).max(500).default([]),
});

const settingsBody = z.object({
  jurisdictionIds: z.array(z.string().trim().min(1).max(100)).max(50),
  requireJurisdiction: z.boolean(),
  ticketType: z.enum(TICKET_TYPES),
  hiddenTypes: z.array(z.enum(TICKET_TYPES)),
  publicListing: z.boolean().optional().describe('公开列出已公开的诉求（Open311 提交的、诉求人同意公开的）；关闭后无密钥的调用看不到任何诉求。缺省保持原值'),
  anonymousPerMinute: perMinute,
  contact: z.string().max(500),
  keyService: z.string().max(500),
});
/** The settings as stored (every field present). */
const settingsView = settingsBody.extend({ publicListing: z.boolean().describe('公开列出已公开的诉求') });

/** Register inside the /api/v1 plugin (after authRoutes): `open311AdminRoutes(api, ctx);` (API keys: api-keys.ts) */
export function open311AdminRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['open311'];

  r.get(
    '/admin/open311/services/:categoryId/attributes',
    { schema: { tags, summary: '服务（诉求分类）的 Open311 扩展属性', params: categoryIdParam } },
    async (req) => {
      requireRole(req, ['admin']);
      const category = await ctx.db.selectFrom('categories').select(['id', 'code']).where('id', '=', req.params.categoryId).executeTakeFirst();
      if (!category) throw notFound('诉求分类不存在', 'category_not_found');
      const items = await serviceAttributes(ctx.db, category.id);
      return { categoryId: category.id, serviceCode: category.code, items };
    },
  );

  r.put(
    '/admin/open311/services/:categoryId/attributes',
    {
      schema: {
        tags,
        summary: '设置服务的 Open311 扩展属性（整体替换；空列表则删除）',
        params: categoryIdParam,
        body: z.object({ attributes: z.array(attributeBody).max(100) }),
      },
    },
    async (req) => {
      requireRole(req, ['admin']);
      const category = await ctx.db.selectFrom('categories').select(['id', 'code']).where('id', '=', req.params.categoryId).executeTakeFirst();
      if (!category) throw notFound('诉求分类不存在', 'category_not_found');
      const seen = new Set<string>();
      const defs: AttributeDefinition[] = req.body.attributes.map((a, i) => {
        if (seen.has(a.code)) throw badRequest(`属性代码重复：${a.code}`, 'duplicate_attribute');
        seen.add(a.code);
        const isList = a.datatype === 'singlevaluelist' || a.datatype === 'multivaluelist';
        if (isList && !a.values.length) throw badRequest(`列表属性 ${a.code} 需要可选值`, 'values_required');
        if (new Set(a.values.map((v) => v.key)).size !== a.values.length) throw badRequest(`属性 ${a.code} 的可选值代码重复`, 'duplicate_value');
        return {
          code: a.code,
          variable: a.variable,
          datatype: a.datatype,
          required: a.required,
          datatypeDescription: a.datatypeDescription,
          order: a.order ?? i + 1,
          description: a.description,
          values: isList ? a.values : [],
        };
      });
      await replaceServiceAttributes(ctx.db, category.id, defs);
      return { categoryId: category.id, serviceCode: category.code, items: await serviceAttributes(ctx.db, category.id) };
    },
  );

  r.get('/admin/open311/settings', { schema: { tags, summary: 'Open311 设置', response: { 200: settingsView } } }, async (req) => {
    requireRole(req, ['admin']);
    return getOpen311Settings(ctx.db);
  });

  r.put('/admin/open311/settings', { schema: { tags, summary: '修改 Open311 设置', body: settingsBody, response: { 200: settingsView } } }, async (req) => {
    const user = requireRole(req, ['admin']);
    const before = await getOpen311Settings(ctx.db);
    await saveOpen311Settings(ctx.db, { ...req.body, publicListing: req.body.publicListing ?? before.publicListing }, user.id);
    return getOpen311Settings(ctx.db);
  });
}
