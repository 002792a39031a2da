// Sign-in and the bearer-token check in front of every /api/v1 route.

import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { passwordProblem } from '../domain/password.js';
import { ROLES, type Role } from '../domain/ticket-types.js';
import { admitSignIn, recordSignInFailure, signInSucceeded, throttleKeys } from '../store/sign-in-throttle.js';
import { type ApiKeyInfo, type ApiKeyScope } from '../store/apikeys.js';
import { checkApiKey } from '../app/api-keys.js';
import { isSystemUsername, systemUserOfKey } from '../store/unit-systems.js';
import { COMMAND_KINDS } from '../domain/ticket.js';
import { signIn, signOut, type UserRecord } from '../store/users.js';
import { checkSession } from '../app/sessions.js';
import type { AppContext } from '../app/context.js';
import { HttpProblem } from './problem.js';

declare module 'fastify' {
  interface FastifyRequest {
    user: UserRecord | null;
  }
}

export function requireUser(req: FastifyRequest): UserRecord {
  if (!req.user) throw new HttpProblem(401, 'unauthenticated', '请先登录');
  return req.user;
}

export function requireRole(req: FastifyRequest, roles: readonly Role[]): UserRecord {
  const user = requireUser(req);
  if (!roles.includes(user.role)) throw new HttpProblem(403, 'forbidden', '当前角色无权执行此操作');
  return user;
}

/** A password that may be set for this user name, or 400 weak_password with the reason (domain/password.ts). */
export function requireStrongPassword(password: string, username: string | null): void {
  const problem = passwordProblem(password, username);
  if (problem) throw new HttpProblem(400, 'weak_password', problem);
}

/** The API key a request presents (X-Api-Key, or Authorization: Bearer h311_…), or null. */
function presentedApiKey(req: FastifyRequest): string | null {
  const h = req.headers['x-api-key'];
  const m = /^Bearer\s+(h311_\S+)$/i.exec(req.headers.authorization ?? '');
  return typeof h === 'string' && h ? h.trim() : m ? m[1] : null;
}

/**
 * What a unit-scoped key (a department's own system, docs/unit-systems.md) may call: the routes
 * its unit's handlers work tickets with, and the reference data to read them — nothing else, so
 * a leaked key is worth no more than that. Route patterns as Fastify names them.
 */
const UNIT_KEY_ROUTES = new Set([
  'GET /api/v1/auth/me',
  'GET /api/v1/units',
  'GET /api/v1/categories',
  'GET /api/v1/queues/inbox',
  'GET /api/v1/tickets',
  'GET /api/v1/tickets/:id',
  'POST /api/v1/tickets/:id/reveal',
  'GET /api/v1/tickets/:id/attachments',
  'GET /api/v1/tickets/:id/attachments/:attachmentId',
  ...COMMAND_KINDS.map((k) => `POST /api/v1/tickets/:id/${k}`),
]);

/** The user a unit-scoped key acts as, for a route it may call; any other key or route is refused. */
async function unitKeyUser(ctx: AppContext, req: FastifyRequest, key: string) {
  const info: ApiKeyInfo | null = await checkApiKey(ctx, key);
  if (!info) throw new HttpProblem(401, 'invalid_api_key', '缺少或无效的 API 密钥（X-Api-Key）');
  if (info.scope !== 'unit') throw new HttpProblem(403, 'api_key_scope', `此 API 密钥（${info.scope}）不能调用此接口：只有单位系统（unit）密钥可以办理工单`);
  if (!UNIT_KEY_ROUTES.has(`${req.method} ${req.routeOptions.url ?? ''}`)) {
    throw new HttpProblem(403, 'forbidden', '单位系统密钥只能调用工单办理接口');
  }
  const user = await systemUserOfKey(ctx.db, info.id);
  if (!user) throw new HttpProblem(401, 'invalid_api_key', '缺少或无效的 API 密钥（X-Api-Key）');
  return user;
}

/**
 * The API key another system presents (X-Api-Key, or Authorization: Bearer h311_…), checked for
 * the one scope the route serves: none or a wrong one is 401, a key of another scope 403.
 */
export async function requireApiKey(ctx: AppContext, req: FastifyRequest, scope: ApiKeyScope, what: string) {
  const key = presentedApiKey(req);
  const info = key ? await checkApiKey(ctx, key) : null;
  if (!info) throw new HttpProblem(401, 'invalid_api_key', '缺少或无效的 API 密钥（X-Api-Key）');
  if (info.scope !== scope) throw new HttpProblem(403, 'api_key_scope', `此 API 密钥不是${what}（${scope}）密钥`);
  return info;
}

export const bearer = (req: FastifyRequest) => {
  const h = req.headers.authorization;
  const m = h ? /^Bearer\s+(\S+)$/i.exec(h) : null;
  return m ? m[1] : null;
};

export function authRoutes(app: FastifyInstance, ctx: AppContext) {
  app.decorateRequest('user', null);

  // Every /api/v1 route needs a signed-in user, except signing in itself, the API description and
  // routes declared with `config: { public: true }`.
  app.addHook('onRequest', async (req) => {
    const url = req.url.split('?')[0];
    if (url === '/api/v1/auth/login' || url === '/api/v1/openapi.json') return;
    // Routes for citizens and machines (the portal, telephony) check their own credentials.
    if ((req.routeOptions.config as { public?: boolean } | undefined)?.public) return;
    // A department's own system: a unit-scoped API key acts as its unit's handler (docs/unit-systems.md).
    // Checked in the database on every request like a session: a revoked key stops at once.
    const apiKey = presentedApiKey(req);
    if (apiKey) {
      req.user = await unitKeyUser(ctx, req, apiKey);
      return;
    }
    const token = bearer(req);
    if (!token) throw new HttpProblem(401, 'unauthenticated', '请先登录（缺少 Authorization: Bearer 令牌）');
    // Checked in the database on every request, not remembered: signing out, a disabled account or
    // a changed role ends the session at once, on every process (checks under way at once share a query).
    const user = await checkSession(ctx, token);
    if (!user || isSystemUsername(user.username)) throw new HttpProblem(401, 'invalid_token', '登录已失效，请重新登录');
    req.user = user;
  });

  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(
    '/auth/login',
    {
      schema: {
        tags: ['auth'],
        summary: '登录，换取访问令牌',
        body: z.object({ username: z.string().min(1).max(100), password: z.string().min(1).max(200) }),
        response: {
          200: z.object({
            token: z.string(),
            expiresAt: z.string(),
            user: z.object({ id: z.number(), username: z.string(), displayName: z.string().nullable(), role: z.enum(ROLES), unitId: z.number().nullable() }),
          }),
        },
      },
    },
    async (req, reply) => {
      // Throttled per user name and per client address (domain/sign-in-throttle.ts): a locked
      // attempt is refused before its password is hashed.
      const now = ctx.now();
      const name = req.body.username;
      const keys = throttleKeys(name, req.ip);
      const admission = await admitSignIn(ctx.db, keys, name, now);
      if (!admission.admitted) {
        await recordSignInFailure(ctx.db, { username: name, ip: req.ip, reason: 'locked' });
        reply.header('retry-after', String(admission.retryAfter));
        throw new HttpProblem(429, 'too_many_attempts', `登录失败次数过多，请 ${Math.ceil(admission.retryAfter / 60)} 分钟后再试`);
      }
      // A unit key's system user (store/unit-systems.ts) never signs in, whatever its password.
      const result = isSystemUsername(name) ? ({ ok: false, reason: 'inactive' } as const) : await signIn(ctx.db, name, req.body.password);
      if (!result.ok) {
        await recordSignInFailure(ctx.db, { username: name, ip: req.ip, reason: result.reason });
        throw new HttpProblem(401, 'invalid_credentials', '用户名或密码错误');
      }
      await signInSucceeded(ctx.db, keys, now);
      const { id, username, displayName, role, unitId } = result.user;
      return { token: result.token, expiresAt: result.expiresAt.toISOString(), user: { id, username, displayName, role, unitId } };
    },
  );

  r.post('/auth/logout', { schema: { tags: ['auth'], summary: '退出登录' } }, async (req, reply) => {
    const token = bearer(req);
    if (token) await signOut(ctx.db, token);
    return reply.status(204).send();
  });

  r.get('/auth/me', { schema: { tags: ['auth'], summary: '当前用户' } }, async (req) => {
    const u = requireUser(req);
    return { id: u.id, username: u.username, displayName: u.displayName, role: u.role, unitId: u.unitId };
  });
}
