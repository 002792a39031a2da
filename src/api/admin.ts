// Reference data over the API: units tree, categories, merged lines, users.

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { createUser, listUsers } from '../store/users.js';
import { requireRole, requireUser } from './auth.js';
import type { AppContext } from './context.js';
import { badRequest, HttpProblem } from './problem.js';
import { createUserBody } from './schemas.js';

export function adminRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/units', { schema: { tags: ['reference'], summary: '承办单位树（完整列表）' } }, async (req) => {
    requireUser(req);
    const ref = await ctx.ref.get();
    const items = ref.units.map((u) => ({ id: u.id, code: u.code, name: u.name, parentId: u.parentId, kind: u.kind, active: u.active }));
    return { items, total: items.length };
  });

  r.get('/categories', { schema: { tags: ['reference'], summary: '诉求分类树（完整列表）' } }, async (req) => {
    requireUser(req);
    const ref = await ctx.ref.get();
    const items = ref.categories.map((c) => ({
      id: c.id, code: c.code, name: c.name, parentId: c.parentId, level: c.level, leadUnitId: c.leadUnitId,
    }));
    return { items, total: items.length };
  });

  r.get('/lines', { schema: { tags: ['reference'], summary: '归并热线' } }, async (req) => {
    requireUser(req);
    const rows = await ctx.db.selectFrom('lines').selectAll().orderBy('number').execute();
    const items = rows.map((l) => ({ id: l.id, number: l.number, name: l.name, categoryId: l.category_id, unitId: l.unit_id }));
    return { items, total: items.length };
  });

  r.get('/users', { schema: { tags: ['admin'], summary: '用户列表' } }, async (req) => {
    requireRole(req, ['admin']);
    const items = await listUsers(ctx.db);
    return { items, total: items.length };
  });

  r.post('/users', { schema: { tags: ['admin'], summary: '新建用户', body: createUserBody } }, async (req, reply) => {
    requireRole(req, ['admin']);
    const body = req.body;
    const ref = await ctx.ref.get();
    if (body.unitId != null && !ref.unitById.has(body.unitId)) throw badRequest('所属单位不存在', 'unknown_unit');
    if (body.role === 'unit_handler' && body.unitId == null) throw badRequest('承办单位经办人必须指定所属单位', 'unit_required');
    const exists = await ctx.db.selectFrom('users').select('id').where('username', '=', body.username).executeTakeFirst();
    if (exists) throw new HttpProblem(409, 'username_taken', '用户名已存在');
    const user = await createUser(ctx.db, body);
    return reply.status(201).send(user);
  });
}
