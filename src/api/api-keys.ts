// API keys for the systems that call the hotline (admin only), under /api/v1/admin/api-keys:
// list, create (the key is in the response once), rename or re-limit, revoke. Each key has one
// scope: open311 (an Open311 client), telephony (call events), sms, feed, 110, or unit (a
// department's own system acting as its unit's handler: docs/unit-systems.md; it names its unitId). The older
// /api/v1/admin/open311/keys routes are aliases of the same handlers (a key made there is an
// Open311 key unless it says otherwise). Every change is audited by the store (apikey.*).

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  API_KEY_SCOPES,
  createApiKey,
  DEFAULT_PER_MINUTE,
  listApiKeys,
  MAX_PER_MINUTE,
  revokeApiKey,
  updateApiKey,
  type ApiKeyInfo,
  type ApiKeyScope,
} from '../store/apikeys.js';
import { requireRole } from './auth.js';
import type { AppContext } from '../app/context.js';
import { badRequest, notFound } from './problem.js';

const keyIdParam = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });
const name = z.string().trim().min(1).max(100).describe('名称（谁在用这个密钥）');
const perMinute = z.number().int().min(1).max(MAX_PER_MINUTE).describe('每分钟请求上限');
const scope = z
  .enum(API_KEY_SCOPES)
  .describe('用途：open311 开放接口（Open311 客户端）、telephony 话务系统（通话事件）、sms 短信网关、feed 数据推送、110 110 联动、unit 单位自建系统（以该单位经办人身份办理工单）');
const unitId = z.number().int().positive().max(2_147_483_647).describe('单位系统（unit）密钥所属的承办单位');

const keyView = z.object({
  id: z.number(),
  name: z.string(),
  prefix: z.string().describe('密钥开头几位，用于辨认；密钥本身只在新建时返回一次'),
  scope,
  unitId: z.number().nullable().describe('单位系统密钥的单位；其他用途为 null'),
  perMinute: z.number(),
  active: z.boolean(),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
});
const keyList = z.object({ items: z.array(keyView), total: z.number() });
const createdView = keyView.extend({ key: z.string().describe('完整密钥：只出现这一次，请立即保存') });

const presentKey = (k: ApiKeyInfo): z.infer<typeof keyView> => ({
  id: k.id,
  name: k.name,
  prefix: k.prefix,
  scope: k.scope,
  unitId: k.unitId,
  perMinute: k.perMinute,
  active: k.revokedAt == null,
  createdAt: k.createdAt.toISOString(),
  revokedAt: k.revokedAt?.toISOString() ?? null,
  lastUsedAt: k.lastUsedAt?.toISOString() ?? null,
});

/** Register inside the /api/v1 plugin (after authRoutes): `apiKeyRoutes(api, ctx);` */
export function apiKeyRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  // The handlers, shared by /admin/api-keys and its /admin/open311/keys aliases.
  const list = async () => {
    const items = (await listApiKeys(ctx.db)).map(presentKey);
    return { items, total: items.length };
  };
  const create = async (by: number, input: { name: string; scope: ApiKeyScope; perMinute: number; unitId?: number }) => {
    // A unit key names an existing unit; no other key names one.
    if (input.scope === 'unit') {
      if (input.unitId == null) throw badRequest('单位系统密钥须指定单位（unitId）', 'unit_required');
      const unit = await ctx.db.selectFrom('units').select('id').where('id', '=', input.unitId).executeTakeFirst();
      if (!unit) throw badRequest(`单位 ${input.unitId} 不存在`, 'unknown_unit');
    } else if (input.unitId != null) {
      throw badRequest('只有单位系统（unit）密钥可以指定单位', 'unit_not_allowed');
    }
    const { key, info } = await createApiKey(ctx.db, { ...input, createdBy: by });
    return { ...presentKey(info), key };
  };
  const update = async (by: number, id: number, patch: { name?: string; perMinute?: number }) => {
    const info = await updateApiKey(ctx.db, id, patch, by);
    if (!info) throw notFound('接口密钥不存在', 'api_key_not_found');
    return presentKey(info);
  };
  const revoke = async (by: number, id: number) => {
    const info = await revokeApiKey(ctx.db, id, ctx.now(), by);
    if (!info) throw notFound('接口密钥不存在', 'api_key_not_found');
    return presentKey(info);
  };

  // ── /admin/api-keys ──────────────────────────────────────────────────────────────────────
  const tags = ['admin'];
  r.get('/admin/api-keys', { schema: { tags, summary: '接口密钥列表（不含密钥本身）', response: { 200: keyList } } }, async (req) => {
    requireRole(req, ['admin']);
    return list();
  });

  r.post(
    '/admin/api-keys',
    {
      schema: {
        tags,
        summary: '新建接口密钥（密钥只在响应中出现这一次）',
        body: z.object({ name, scope, unitId: unitId.optional(), limit: perMinute.default(DEFAULT_PER_MINUTE) }),
        response: { 201: createdView },
      },
    },
    async (req, reply) => {
      const user = requireRole(req, ['admin']);
      return reply.status(201).send(await create(user.id, { name: req.body.name, scope: req.body.scope, unitId: req.body.unitId, perMinute: req.body.limit }));
    },
  );

  r.patch(
    '/admin/api-keys/:id',
    {
      schema: {
        tags,
        summary: '修改接口密钥的名称或每分钟请求上限（用途不能改：换用途请新建密钥）',
        params: keyIdParam,
        body: z.object({ name: name.optional(), limit: perMinute.optional() }),
        response: { 200: keyView },
      },
    },
    async (req) => {
      const user = requireRole(req, ['admin']);
      return update(user.id, req.params.id, { name: req.body.name, perMinute: req.body.limit });
    },
  );

  r.post('/admin/api-keys/:id/revoke', { schema: { tags, summary: '吊销接口密钥', params: keyIdParam, response: { 200: keyView } } }, async (req) => {
    const user = requireRole(req, ['admin']);
    return revoke(user.id, req.params.id);
  });

  // ── /admin/open311/keys: the older routes, kept as aliases ───────────────────────────────
  const open311 = ['open311'];
  r.get('/admin/open311/keys', { schema: { tags: open311, summary: '接口密钥列表（同 GET /admin/api-keys）', response: { 200: keyList } } }, async (req) => {
    requireRole(req, ['admin']);
    return list();
  });

  r.post(
    '/admin/open311/keys',
    {
      schema: {
        tags: open311,
        summary: '新建接口密钥，缺省为 Open311 用途（同 POST /admin/api-keys）',
        body: z.object({ name, scope: scope.default('open311'), perMinute: perMinute.default(DEFAULT_PER_MINUTE) }),
        response: { 201: createdView },
      },
    },
    async (req, reply) => {
      const user = requireRole(req, ['admin']);
      return reply.status(201).send(await create(user.id, req.body));
    },
  );

  r.patch(
    '/admin/open311/keys/:id',
    {
      schema: {
        tags: open311,
        summary: '修改接口密钥的名称或每分钟请求上限（同 PATCH /admin/api-keys/{id}）',
        params: keyIdParam,
        body: z.object({ name: name.optional(), perMinute: perMinute.optional() }),
        response: { 200: keyView },
      },
    },
    async (req) => {
      const user = requireRole(req, ['admin']);
      return update(user.id, req.params.id, req.body);
    },
  );

  r.post('/admin/open311/keys/:id/revoke', { schema: { tags: open311, summary: '吊销接口密钥（同 POST /admin/api-keys/{id}/revoke）', params: keyIdParam, response: { 200: keyView } } }, async (req) => {
    const user = requireRole(req, ['admin']);
    return revoke(user.id, req.params.id);
  });
}
