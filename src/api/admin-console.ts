// Admin screens' endpoints: the units tree, categories, merged lines and user accounts, and
// the audit log of those changes. The reads of units, categories and lines are in admin.ts;
// the writes are here. A change reloads the ReferenceCache (ctx.ref.invalidate(), as admin.ts
// does), and nothing is ever deleted that a ticket refers to: units and categories are
// deactivated, not removed, so every existing ticket keeps its unit and category.

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isValidDate, shanghaiMidnight } from '../domain/calendar.js';
import { ROLES, UNIT_KINDS } from '../domain/ticket-types.js';
import {
  auditEntries,
  countActiveAdmins,
  deleteLine,
  findUser,
  insertCategory,
  insertLine,
  insertUnit,
  listCategories,
  resetPassword,
  unitUsage,
  updateCategory,
  updateLine,
  updateUnit,
  updateUser,
} from '../store/admin-console.js';
import { requireRole, requireStrongPassword } from './auth.js';
import type { AppContext } from '../app/context.js';
import { badRequest, HttpProblem, notFound } from './problem.js';
import { LINE_MODES } from '../store/reference.js';

const MAX_CATEGORY_LEVEL = 4;
const id = z.number().int().positive().max(2_147_483_647);
const idParam = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });
const code = z.string().trim().min(1).max(40).regex(/^[A-Za-z0-9_.\-]+$/, '编码只能包含字母、数字、下划线、点和连字符');
const name = z.string().trim().min(1, '名称不能为空').max(100);

const unitView = z.object({
  id: z.number(), code: z.string(), name: z.string(), kind: z.enum(UNIT_KINDS), parentId: z.number().nullable(), active: z.boolean(), sort: z.number(),
  isCentre: z.boolean().describe('中心（分中心、省市共用平台的市级中心）：其坐席、派单员只办理本中心及下属中心的工单'),
});
const unitChangeView = unitView.extend({ usage: z.object({ open: z.number(), all: z.number(), asDistrict: z.number(), users: z.number() }).describe('引用该单位的工单与用户') });
const categoryView = z.object({ id: z.number(), code: z.string(), name: z.string(), parentId: z.number().nullable(), level: z.number(), leadUnitId: z.number().nullable(), active: z.boolean() });
const lineView = z.object({ id: z.number(), number: z.string(), name: z.string(), categoryId: z.number().nullable(), unitId: z.number().nullable(), mode: z.enum(LINE_MODES) });
const userView = z.object({ id: z.number(), username: z.string(), displayName: z.string().nullable(), role: z.enum(ROLES), unitId: z.number().nullable(), active: z.boolean() });

const isCentre = z.boolean().optional().describe('是否为中心（分中心、市级中心）');
const unitBody = z.object({ code, name, kind: z.enum(UNIT_KINDS), parentId: id.nullable(), sort: z.number().int().min(-100_000).max(100_000).optional(), isCentre });
const unitPatch = z.object({ code: code.optional(), name: name.optional(), kind: z.enum(UNIT_KINDS).optional(), parentId: id.nullable().optional(), sort: z.number().int().min(-100_000).max(100_000).optional(), isCentre });
const categoryBody = z.object({ code, name, parentId: id.nullable(), leadUnitId: id.nullish().describe('默认主办单位') });
const categoryPatch = z.object({ code: code.optional(), name: name.optional(), leadUnitId: id.nullable().optional() });
const lineBody = z.object({
  number: z.string().trim().regex(/^\d{3,8}$/, '热线号码应为 3–8 位数字'),
  name,
  categoryId: id.nullish(),
  unitId: id.nullish().describe('默认承办单位；分中心模式下为分中心（须是中心）'),
  mode: z.enum(LINE_MODES).default('merged').describe('merged 整体并入（中心受理）· parallel 双号并行（中心坐席同时接听原号码）· sub_centre 分中心（由该单位的分中心派单）'),
});
const userPatch = z.object({
  displayName: z.string().trim().max(50).nullable().optional(),
  role: z.enum(ROLES).optional(),
  unitId: id.nullable().optional(),
  active: z.boolean().optional(),
});

/** Postgres unique violation (a code or number taken by a concurrent request). */
const uniqueViolation = (err: unknown) => (err as { code?: string })?.code === '23505';

export function adminConsoleRoutes(api: FastifyInstance, ctx: AppContext): void {
  const r = api.withTypeProvider<ZodTypeProvider>();
  const admin = ['admin'] as const;

  // ── Units (承办单位) ─────────────────────────────────────────────────────────────────────
  const checkUnitParent = async (kind: string, parentId: number | null, self?: number) => {
    const ref = await ctx.ref.get();
    if (kind === 'center') {
      if (parentId != null) throw badRequest('热线中心是单位树的根，不能有上级单位', 'invalid_parent');
      const other = ref.units.find((u) => u.kind === 'center' && u.id !== self);
      if (other) throw badRequest(`已有热线中心（${other.name}），只能有一个`, 'center_exists');
      return;
    }
    if (parentId == null) throw badRequest('请选择上级单位', 'parent_required');
    const parent = ref.unitById.get(parentId);
    if (!parent) throw badRequest('上级单位不存在', 'unknown_unit');
    if (!parent.active) throw badRequest('上级单位已停用', 'inactive_unit');
    if (kind === 'street' && parent.kind !== 'district') throw badRequest('街道（乡镇）的上级必须是区县', 'invalid_parent');
    if (self != null && ref.subtree(self).has(parentId)) throw badRequest('不能把单位移到它自己或它的下级之下', 'invalid_parent');
  };
  const codeTaken = async (c: string, self?: number) => {
    const row = await ctx.db.selectFrom('units').select('id').where('code', '=', c).executeTakeFirst();
    if (row && row.id !== self) throw new HttpProblem(409, 'code_taken', `单位编码 ${c} 已被使用`);
  };

  r.post('/units', { schema: { tags: ['admin'], summary: '新建承办单位', body: unitBody, response: { 201: unitView } } }, async (req, reply) => {
    const user = requireRole(req, admin);
    await checkUnitParent(req.body.kind, req.body.parentId);
    await codeTaken(req.body.code);
    try {
      const unit = await insertUnit(ctx.db, req.body, user.id);
      ctx.ref.invalidate();
      return reply.status(201).send(unit as z.infer<typeof unitView>);
    } catch (err) {
      if (uniqueViolation(err)) throw new HttpProblem(409, 'code_taken', `单位编码 ${req.body.code} 已被使用`);
      throw err;
    }
  });

  r.put('/units/:id', { schema: { tags: ['admin'], summary: '修改承办单位（名称、编码、类型、上级、排序）', params: idParam, body: unitPatch, response: { 200: unitChangeView } } }, async (req) => {
    const user = requireRole(req, admin);
    const ref = await ctx.ref.get();
    const current = ref.unitById.get(req.params.id);
    if (!current) throw notFound('单位不存在');
    const b = req.body;
    const kind = b.kind ?? current.kind;
    const parentId = b.parentId !== undefined ? b.parentId : current.parentId;
    if (kind !== current.kind || parentId !== current.parentId) await checkUnitParent(kind, parentId, current.id);
    if (b.code !== undefined) await codeTaken(b.code, current.id);
    if (b.isCentre === false && current.isCentre) {
      // A centre in use stays one: its sub-centre line, or its open tickets, would have no centre's staff left.
      const line = await ctx.db.selectFrom('lines').select('number').where('unit_id', '=', current.id).where('mode', '=', 'sub_centre').executeTakeFirst();
      if (line) throw new HttpProblem(409, 'centre_in_use', `热线 ${line.number} 以该单位为分中心，请先修改该热线的归并方式`);
      const open = await ctx.db
        .selectFrom('tickets')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('centre_id', '=', current.id)
        .where('status', 'in', ['registered', 'dispatched', 'handling', 'replied'])
        .executeTakeFirstOrThrow();
      if (Number(open.n) > 0) throw new HttpProblem(409, 'centre_in_use', `该中心还有 ${open.n} 件在办工单，请先移交给其他中心`);
    }
    const usage = await unitUsage(ctx.db, current.id);
    if (kind !== current.kind) {
      if (current.kind === 'district' && usage.asDistrict > 0) throw new HttpProblem(409, 'unit_in_use', `有 ${usage.asDistrict} 件工单以该单位为所属区县，不能改变其类型`);
      if (current.kind === 'center') throw badRequest('热线中心的类型不能修改', 'invalid_kind');
      if (kind === 'district' && ref.units.some((u) => u.parentId === current.id && u.kind !== 'street')) throw badRequest('区县的下级只能是街道（乡镇）', 'invalid_kind');
    }
    try {
      const unit = await updateUnit(ctx.db, current.id, b, user.id);
      if (!unit) throw notFound('单位不存在');
      ctx.ref.invalidate();
      return { ...(unit as z.infer<typeof unitView>), usage };
    } catch (err) {
      if (uniqueViolation(err)) throw new HttpProblem(409, 'code_taken', `单位编码 ${b.code} 已被使用`);
      throw err;
    }
  });

  for (const [action, active] of [['deactivate', false], ['activate', true]] as const) {
    r.post(
      `/units/:id/${action}`,
      {
        schema: {
          tags: ['admin'],
          summary: active ? '启用承办单位' : '停用承办单位（不再可派单；已有工单不受影响）',
          params: idParam,
          response: { 200: unitChangeView },
        },
      },
      async (req) => {
        const user = requireRole(req, admin);
        const ref = await ctx.ref.get();
        const unit = ref.unitById.get(req.params.id);
        if (!unit) throw notFound('单位不存在');
        if (!active) {
          if (unit.kind === 'center') throw badRequest('热线中心不能停用', 'invalid_kind');
          const child = ref.units.find((u) => u.parentId === unit.id && u.active);
          if (child) throw new HttpProblem(409, 'unit_has_children', `请先停用下级单位（${child.name}）`);
        } else if (unit.parentId != null && !ref.unitById.get(unit.parentId)?.active) {
          throw new HttpProblem(409, 'inactive_unit', '上级单位已停用，请先启用上级单位');
        }
        const usage = await unitUsage(ctx.db, unit.id);
        const row = await updateUnit(ctx.db, unit.id, { active }, user.id);
        if (!row) throw notFound('单位不存在');
        ctx.ref.invalidate();
        return { ...(row as z.infer<typeof unitView>), usage };
      },
    );
  }

  // ── Categories (诉求分类) ────────────────────────────────────────────────────────────────
  const checkLeadUnit = async (leadUnitId: number | null | undefined) => {
    if (leadUnitId == null) return;
    const unit = (await ctx.ref.get()).unitById.get(leadUnitId);
    if (!unit || unit.kind === 'center') throw badRequest('默认主办单位不存在或不可派单', 'unknown_unit');
    if (!unit.active) throw badRequest('默认主办单位已停用', 'inactive_unit');
  };
  const categoryCodeTaken = async (c: string, self?: number) => {
    const row = await ctx.db.selectFrom('categories').select('id').where('code', '=', c).executeTakeFirst();
    if (row && row.id !== self) throw new HttpProblem(409, 'code_taken', `分类编码 ${c} 已被使用`);
  };

  r.get('/admin/categories', { schema: { tags: ['admin'], summary: '诉求分类（含已停用）', response: { 200: z.object({ items: z.array(categoryView), total: z.number() }) } } }, async (req) => {
    requireRole(req, admin);
    const items = await listCategories(ctx.db);
    return { items, total: items.length };
  });

  r.post('/categories', { schema: { tags: ['admin'], summary: '新建诉求分类', body: categoryBody, response: { 201: categoryView } } }, async (req, reply) => {
    const user = requireRole(req, admin);
    const b = req.body;
    let level = 1;
    if (b.parentId != null) {
      const parent = await ctx.db.selectFrom('categories').select(['level', 'active']).where('id', '=', b.parentId).executeTakeFirst();
      if (!parent) throw badRequest('上级分类不存在', 'unknown_category');
      if (!parent.active) throw badRequest('上级分类已停用', 'inactive_category');
      level = parent.level + 1;
      if (level > MAX_CATEGORY_LEVEL) throw badRequest(`分类最多 ${MAX_CATEGORY_LEVEL} 级`, 'too_deep');
    }
    await checkLeadUnit(b.leadUnitId);
    await categoryCodeTaken(b.code);
    try {
      const c = await insertCategory(ctx.db, { ...b, leadUnitId: b.leadUnitId ?? null, level }, user.id);
      ctx.ref.invalidate();
      return reply.status(201).send(c);
    } catch (err) {
      if (uniqueViolation(err)) throw new HttpProblem(409, 'code_taken', `分类编码 ${b.code} 已被使用`);
      throw err;
    }
  });

  r.put('/categories/:id', { schema: { tags: ['admin'], summary: '修改诉求分类（名称、编码、默认主办单位）', params: idParam, body: categoryPatch, response: { 200: categoryView } } }, async (req) => {
    const user = requireRole(req, admin);
    const b = req.body;
    await checkLeadUnit(b.leadUnitId);
    if (b.code !== undefined) await categoryCodeTaken(b.code, req.params.id);
    try {
      const c = await updateCategory(ctx.db, req.params.id, b, user.id);
      if (!c) throw notFound('诉求分类不存在');
      ctx.ref.invalidate();
      return c;
    } catch (err) {
      if (uniqueViolation(err)) throw new HttpProblem(409, 'code_taken', `分类编码 ${b.code} 已被使用`);
      throw err;
    }
  });

  for (const [action, active] of [['deactivate', false], ['activate', true]] as const) {
    r.post(
      `/categories/:id/${action}`,
      { schema: { tags: ['admin'], summary: active ? '启用诉求分类' : '停用诉求分类（已有工单不受影响）', params: idParam, response: { 200: categoryView } } },
      async (req) => {
        const user = requireRole(req, admin);
        const all = await listCategories(ctx.db);
        const c = all.find((x) => x.id === req.params.id);
        if (!c) throw notFound('诉求分类不存在');
        if (!active) {
          const child = all.find((x) => x.parentId === c.id && x.active);
          if (child) throw new HttpProblem(409, 'category_has_children', `请先停用下级分类（${child.name}）`);
        } else if (c.parentId != null && !all.find((x) => x.id === c.parentId)?.active) {
          throw new HttpProblem(409, 'inactive_category', '上级分类已停用，请先启用上级分类');
        }
        const row = await updateCategory(ctx.db, c.id, { active }, user.id);
        if (!row) throw notFound('诉求分类不存在');
        ctx.ref.invalidate();
        return row;
      },
    );
  }

  // ── Merged lines (热线归并) ──────────────────────────────────────────────────────────────
  const checkLine = async (b: z.infer<typeof lineBody>, self?: number) => {
    const ref = await ctx.ref.get();
    if (b.categoryId != null && !ref.categoryById.has(b.categoryId)) throw badRequest('诉求分类不存在', 'unknown_category');
    if (b.unitId != null && !ref.unitById.has(b.unitId)) throw badRequest('单位不存在', 'unknown_unit');
    if (b.mode === 'sub_centre' && (b.unitId == null || !ref.isCentre(b.unitId))) {
      throw badRequest('分中心模式须指定一个中心单位（在承办单位中标记为“中心”）', 'unit_not_centre');
    }
    const row = await ctx.db.selectFrom('lines').select('id').where('number', '=', b.number).executeTakeFirst();
    if (row && row.id !== self) throw new HttpProblem(409, 'number_taken', `热线号码 ${b.number} 已存在`);
  };
  const lineRow = (b: z.infer<typeof lineBody>) => ({ number: b.number, name: b.name, categoryId: b.categoryId ?? null, unitId: b.unitId ?? null, mode: b.mode });

  r.post('/lines', { schema: { tags: ['admin'], summary: '新增归并热线', body: lineBody, response: { 201: lineView } } }, async (req, reply) => {
    const user = requireRole(req, admin);
    await checkLine(req.body);
    try {
      return reply.status(201).send(await insertLine(ctx.db, lineRow(req.body), user.id));
    } catch (err) {
      if (uniqueViolation(err)) throw new HttpProblem(409, 'number_taken', `热线号码 ${req.body.number} 已存在`);
      throw err;
    }
  });
  r.put('/lines/:id', { schema: { tags: ['admin'], summary: '修改归并热线', params: idParam, body: lineBody, response: { 200: lineView } } }, async (req) => {
    const user = requireRole(req, admin);
    await checkLine(req.body, req.params.id);
    try {
      const line = await updateLine(ctx.db, req.params.id, lineRow(req.body), user.id);
      if (!line) throw notFound('归并热线不存在');
      return line;
    } catch (err) {
      if (uniqueViolation(err)) throw new HttpProblem(409, 'number_taken', `热线号码 ${req.body.number} 已存在`);
      throw err;
    }
  });
  r.delete('/lines/:id', { schema: { tags: ['admin'], summary: '删除归并热线（已有工单保留其热线号码）', params: idParam } }, async (req, reply) => {
    const user = requireRole(req, admin);
    if (!(await deleteLine(ctx.db, req.params.id, user.id))) throw notFound('归并热线不存在');
    return reply.status(204).send();
  });

  // ── Users (用户与角色) ───────────────────────────────────────────────────────────────────
  r.put('/users/:id', { schema: { tags: ['admin'], summary: '修改用户（姓名、角色、所属单位、启用/停用）', params: idParam, body: userPatch, response: { 200: userView } } }, async (req) => {
    const me = requireRole(req, admin);
    const current = await findUser(ctx.db, req.params.id);
    if (!current) throw notFound('用户不存在');
    const b = req.body;
    const role = b.role ?? current.role;
    const unitId = b.unitId !== undefined ? b.unitId : current.unitId;
    const active = b.active ?? current.active;
    if (current.id === me.id && (role !== 'admin' || !active)) throw badRequest('不能停用自己的账号或取消自己的管理员角色', 'cannot_change_self');
    if (current.role === 'admin' && current.active && (role !== 'admin' || !active) && (await countActiveAdmins(ctx.db)) <= 1) {
      throw new HttpProblem(409, 'last_admin', '这是最后一个启用的管理员账号');
    }
    const ref = await ctx.ref.get();
    if (unitId != null && !ref.unitById.has(unitId)) throw badRequest('所属单位不存在', 'unknown_unit');
    if (role === 'unit_handler' && unitId == null) throw badRequest('承办单位经办人必须指定所属单位', 'unit_required');
    const user = await updateUser(ctx.db, current.id, b, me.id);
    if (!user) throw notFound('用户不存在');
    return user as z.infer<typeof userView>;
  });

  r.post(
    '/users/:id/password',
    {
      schema: {
        tags: ['admin'],
        summary: '重置用户密码（该用户的登录全部失效）',
        params: idParam,
        body: z.object({ password: z.string().min(1).max(200).describe('至少 10 个字符，不含用户名，不是常见或容易猜到的密码（否则 400 weak_password）') }),
      },
    },
    async (req, reply) => {
      const me = requireRole(req, admin);
      const target = await findUser(ctx.db, req.params.id);
      if (!target) throw notFound('用户不存在');
      requireStrongPassword(req.body.password, target.username);
      if (!(await resetPassword(ctx.db, req.params.id, req.body.password, me.id))) throw notFound('用户不存在');
      return reply.status(204).send();
    },
  );

  // ── Audit log (操作日志) ─────────────────────────────────────────────────────────────────
  r.get(
    '/audit-log',
    {
      schema: {
        tags: ['admin'],
        summary: '操作日志（管理变更、查看个人信息等），最新在前',
        querystring: z
          .object({
            action: z.string().max(300).optional().describe('按操作筛选：一个或多个前缀，逗号分隔，如 unit. 或 apikey.,settings.open311'),
            userId: z.coerce.number().int().positive().max(2_147_483_647).optional().describe('操作人'),
            from: z.string().refine(isValidDate, '日期应为有效的 YYYY-MM-DD').optional().describe('起始日期（含，北京时间）'),
            to: z.string().refine(isValidDate, '日期应为有效的 YYYY-MM-DD').optional().describe('截止日期（含，北京时间）'),
            page: z.coerce.number().int().min(1).max(10_000).default(1),
            pageSize: z.coerce.number().int().min(1).max(200).default(50),
          })
          .refine((q) => !q.from || !q.to || q.from <= q.to, { message: '截止日期不能早于起始日期', path: ['to'] }),
        response: {
          200: z.object({
            total: z.number(),
            items: z.array(z.object({ id: z.number(), userId: z.number().nullable(), username: z.string().nullable(), action: z.string(), ticketId: z.number().nullable(), at: z.string(), detail: z.record(z.string(), z.unknown()) })),
          }),
        },
      },
    },
    async (req) => {
      requireRole(req, admin);
      const q = req.query;
      return auditEntries(ctx.db, q.page, q.pageSize, {
        actions: q.action?.split(',').map((a) => a.trim()),
        userId: q.userId,
        from: q.from ? shanghaiMidnight(q.from) : undefined,
        to: q.to ? new Date(shanghaiMidnight(q.to).getTime() + 86_400_000) : undefined,
      });
    },
  );
}
