// Reference data over the API: units tree, categories, merged lines, users.

import type { FastifyInstance } from 'fastify';
import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { parseCalendarFile } from '../domain/calendar.js';
import { maskText } from '../domain/masking.js';
import { MIN_RANKING_SAMPLE } from '../domain/rankings.js';
import { DEFAULT_POLICY, inCentreScope, type Policy } from '../domain/ticket.js';
import { PRIORITIES, TICKET_TYPES } from '../domain/ticket-types.js';
import { audit } from '../store/admin-console.js';
import type { DB } from '../store/schema.js';
import { upsertCalendarYear } from '../store/reference.js';
import { inTransaction } from '../store/tickets.js';
import { createUser, listUsers, type UserRecord } from '../store/users.js';
import { readSetting, saveSetting } from '../store/settings.js';
import { requireRole, requireStrongPassword, requireUser } from './auth.js';
import { actorFor } from '../app/actor.js';
import type { AppContext } from '../app/context.js';
import { badRequest, HttpProblem, notFound } from './problem.js';
import { categoryListView, createUserBody, lineListView, unitListView, userListView } from './schemas.js';

export function adminRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/units', { schema: { tags: ['reference'], summary: '承办单位树（完整列表）', response: { 200: unitListView } } }, async (req) => {
    requireUser(req);
    const ref = await ctx.ref.get();
    const items = ref.units.map((u) => ({ id: u.id, code: u.code, name: u.name, parentId: u.parentId, kind: u.kind, active: u.active, isCentre: ref.isCentre(u.id) }));
    return { items, total: items.length };
  });

  r.get('/categories', { schema: { tags: ['reference'], summary: '诉求分类树（完整列表）', response: { 200: categoryListView } } }, async (req) => {
    requireUser(req);
    const ref = await ctx.ref.get();
    const items = ref.categories.map((c) => ({
      id: c.id, code: c.code, name: c.name, parentId: c.parentId, level: c.level, leadUnitId: c.leadUnitId,
    }));
    return { items, total: items.length };
  });

  r.get('/lines', { schema: { tags: ['reference'], summary: '归并热线', response: { 200: lineListView } } }, async (req) => {
    requireUser(req);
    const rows = await ctx.db.selectFrom('lines').selectAll().orderBy('number').execute();
    const items = rows.map((l) => ({ id: l.id, number: l.number, name: l.name, categoryId: l.category_id, unitId: l.unit_id, mode: l.mode }));
    return { items, total: items.length };
  });

  r.get('/users', { schema: { tags: ['admin'], summary: '用户列表', response: { 200: userListView } } }, async (req) => {
    requireRole(req, ['admin']);
    const items = await listUsers(ctx.db);
    return { items, total: items.length };
  });

  r.post('/users', { schema: { tags: ['admin'], summary: '新建用户', body: createUserBody } }, async (req, reply) => {
    const me = requireRole(req, ['admin']);
    const body = req.body;
    const ref = await ctx.ref.get();
    if (body.unitId != null && !ref.unitById.has(body.unitId)) throw badRequest('所属单位不存在', 'unknown_unit');
    if (body.role === 'unit_handler' && body.unitId == null) throw badRequest('承办单位经办人必须指定所属单位', 'unit_required');
    const exists = await ctx.db.selectFrom('users').select('id').where('username', '=', body.username).executeTakeFirst();
    if (exists) throw new HttpProblem(409, 'username_taken', '用户名已存在');
    requireStrongPassword(body.password, body.username);
    const user = await inTransaction(ctx.db, async (tx) => {
      const u = await createUser(tx, body);
      // Never the password: the account as the user list shows it.
      await audit(tx, me.id, 'user.create', { after: { id: u.id, username: u.username, displayName: u.displayName, role: u.role, unitId: u.unitId, active: u.active } });
      return u;
    });
    return reply.status(201).send(user);
  });

  // ── Time-limit rules (时限规则) ──────────────────────────────────────────────────────────
  const duration = z.object({ amount: z.number().positive().max(365), unit: z.enum(['working_hours', 'working_days', 'clock_hours']) });
  const ruleBody = z
    .object({
      type: z.enum(TICKET_TYPES).nullish(),
      categoryId: z.number().int().positive().nullish(),
      priority: z.enum(PRIORITIES).nullish(),
      acceptLimit: duration.nullish().describe('签收时限'),
      handleLimit: duration.nullish().describe('办理时限'),
    })
    .refine((r) => r.acceptLimit || r.handleLimit, '至少要设置签收时限或办理时限');
  const ruleId = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });
  const presentRule = (r: { id: number; type: string | null; category_id: number | null; priority: string | null; accept_limit: unknown; handle_limit: unknown }) => ({
    id: r.id, type: r.type, categoryId: r.category_id, priority: r.priority, acceptLimit: r.accept_limit, handleLimit: r.handle_limit,
  });
  const checkRule = async (body: z.infer<typeof ruleBody>) => {
    if (body.categoryId != null && !(await ctx.ref.get()).categoryById.has(body.categoryId)) throw badRequest('诉求分类不存在', 'unknown_category');
  };
  const ruleRow = (b: z.infer<typeof ruleBody>) => ({
    type: b.type ?? null,
    category_id: b.categoryId ?? null,
    priority: b.priority ?? null,
    accept_limit: b.acceptLimit ? JSON.stringify(b.acceptLimit) : null,
    handle_limit: b.handleLimit ? JSON.stringify(b.handleLimit) : null,
  });

  r.get('/time-limit-rules', { schema: { tags: ['admin'], summary: '时限规则（最具体的规则优先）' } }, async (req) => {
    requireUser(req);
    const rows = await ctx.db.selectFrom('time_limit_rules').selectAll().orderBy('id').execute();
    return { items: rows.map(presentRule), total: rows.length };
  });
  r.post('/time-limit-rules', { schema: { tags: ['admin'], summary: '新增时限规则', body: ruleBody } }, async (req, reply) => {
    const me = requireRole(req, ['admin']);
    await checkRule(req.body);
    const row = await inTransaction(ctx.db, async (tx) => {
      const created = await tx.insertInto('time_limit_rules').values(ruleRow(req.body)).returningAll().executeTakeFirstOrThrow();
      await audit(tx, me.id, 'time_limit_rule.create', { after: presentRule(created) });
      return created;
    });
    ctx.ref.invalidate();
    return reply.status(201).send(presentRule(row));
  });
  r.put('/time-limit-rules/:id', { schema: { tags: ['admin'], summary: '修改时限规则', params: ruleId, body: ruleBody } }, async (req) => {
    const me = requireRole(req, ['admin']);
    await checkRule(req.body);
    const row = await inTransaction(ctx.db, async (tx) => {
      const before = await tx.selectFrom('time_limit_rules').selectAll().where('id', '=', req.params.id).forUpdate().executeTakeFirst();
      if (!before) return null;
      const after = await tx.updateTable('time_limit_rules').set(ruleRow(req.body)).where('id', '=', req.params.id).returningAll().executeTakeFirstOrThrow();
      await audit(tx, me.id, 'time_limit_rule.update', { before: presentRule(before), after: presentRule(after) });
      return after;
    });
    if (!row) throw notFound('时限规则不存在');
    ctx.ref.invalidate();
    return presentRule(row);
  });
  r.delete('/time-limit-rules/:id', { schema: { tags: ['admin'], summary: '删除时限规则', params: ruleId } }, async (req, reply) => {
    const me = requireRole(req, ['admin']);
    const deleted = await inTransaction(ctx.db, async (tx) => {
      const before = await tx.deleteFrom('time_limit_rules').where('id', '=', req.params.id).returningAll().executeTakeFirst();
      if (before) await audit(tx, me.id, 'time_limit_rule.delete', { before: presentRule(before) });
      return !!before;
    });
    if (!deleted) throw notFound('时限规则不存在');
    ctx.ref.invalidate();
    return reply.status(204).send();
  });

  // ── Holiday calendar (节假日与调休) ──────────────────────────────────────────────────────
  r.get('/calendar', { schema: { tags: ['admin'], summary: '工作日历（各年份的节假日与调休上班日）' } }, async (req) => {
    requireUser(req);
    const ref = await ctx.ref.get();
    return { items: ref.calendarYears, total: ref.calendarYears.length, officeHours: ref.officeHours };
  });
  const yearParam = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
  r.get('/calendar/:year', { schema: { tags: ['admin'], summary: '一年的节假日与调休', params: yearParam } }, async (req) => {
    requireUser(req);
    const y = (await ctx.ref.get()).calendarYears.find((c) => c.year === req.params.year);
    if (!y) throw notFound(`${req.params.year} 年的日历尚未导入`, 'calendar_year_missing');
    return y;
  });
  // The body is the file itself: JSON {holidays, workdays} or lines "2027-01-01 休" / "2027-02-07 班".
  app.addContentTypeParser('text/plain', { parseAs: 'string', bodyLimit: 256 * 1024 }, (_req, body, done) => done(null, body));
  r.put(
    '/calendar/:year',
    { schema: { tags: ['admin'], summary: '导入或替换一年的节假日（JSON 或“日期 休/班”文本）', params: yearParam } },
    async (req) => {
      const me = requireRole(req, ['admin']);
      const text = typeof req.body === 'string' ? req.body : JSON.stringify(req.body ?? '');
      const { year, errors } = parseCalendarFile(text);
      if (!year) throw new HttpProblem(400, 'invalid_calendar', `日历文件有误：${errors.join('；')}`, errors.map((message) => ({ path: 'body', message })));
      if (year.year !== req.params.year) throw badRequest(`文件中的日期属于 ${year.year} 年，与地址中的 ${req.params.year} 年不符`, 'invalid_calendar');
      await inTransaction(ctx.db, async (tx) => {
        const before = await tx.selectFrom('calendar_years').select(['holidays', 'workdays']).where('year', '=', year.year).forUpdate().executeTakeFirst();
        await upsertCalendarYear(tx, { ...year, provisional: false }, true);
        await audit(tx, me.id, 'calendar.update', calendarChange(year.year, before ?? null, year));
      });
      ctx.ref.invalidate();
      return { ...year, provisional: false };
    },
  );

  // ── Policy (重办、延期、回访等规则) ──────────────────────────────────────────────────────
  const policyBody = z.object({
    maxReopens: z.number().int().min(0).max(10).optional().describe('最多重办次数'),
    reopenWindowDays: z.number().int().min(0).max(365).optional().describe('办结后可重办的天数'),
    maxExtensionDays: z.number().int().min(0).max(90).optional().describe('累计最多延期工作日'),
    maxCallbackAttempts: z.number().int().min(1).max(10).optional().describe('回访未接通几次后自动办结'),
    callbackDays: z.number().min(0.1).max(30).optional().describe('答复后几个工作日内回访'),
    superviseReplyDays: z.object({ notice: z.number().int().min(1).max(30), urge: z.number().int().min(1).max(30) }).optional(),
    warnFraction: z.number().min(0.1).max(0.99).optional().describe('时限预警点（如 0.8）'),
    dispatchMinutes: z.number().int().min(5).max(24 * 60).optional().describe('派单时限：受理后几个工作分钟内派单（默认 120，即 2 个工作小时）'),
    minRankingSample: z.number().int().min(MIN_RANKING_SAMPLE.min).max(MIN_RANKING_SAMPLE.max).optional().describe('排名最低样本量：区间内受理量少于此数的单位列出但不排名（样本不足）'),
  });
  r.get('/settings/policy', { schema: { tags: ['admin'], summary: '办理规则' } }, async (req) => {
    requireUser(req);
    return (await ctx.ref.get()).policy;
  });
  r.put('/settings/policy', { schema: { tags: ['admin'], summary: '修改办理规则（只改给出的项）', body: policyBody } }, async (req) => {
    const me = requireRole(req, ['admin']);
    const next = await saveSetting<Policy>(
      ctx.db,
      'policy',
      me.id,
      async (tx) => ({ ...DEFAULT_POLICY, ...((await readSetting<Partial<Policy>>(tx, 'policy')) ?? {}) }),
      (before) => ({ value: { ...before, ...req.body } }),
    );
    ctx.ref.invalidate();
    return next;
  });

  // ── Notifications (预警、超期、升级通知) ─────────────────────────────────────────────────
  const notificationListView = z.object({
    items: z.array(
      z.object({
        id: z.number(),
        unitId: z.number().nullable(),
        ticketId: z.number().nullable(),
        kind: z.string(),
        message: z.string().describe('脱敏'),
        createdAt: z.string(),
        readAt: z.string().nullable(),
      }),
    ),
    total: z.number(),
  });
  r.get(
    '/notifications',
    { schema: { tags: ['notifications'], summary: '本单位（含下级）的通知；中心角色看全部', querystring: z.object({ unread: z.enum(['true', 'false']).optional().describe('true: 只看未读'), page: z.coerce.number().int().min(1).default(1), pageSize: z.coerce.number().int().min(1).max(200).default(50) }), response: { 200: notificationListView } } },
    async (req) => {
      let q = ctx.db.selectFrom('notifications').where(await notificationScope(ctx, requireUser(req)));
      if (req.query.unread === 'true') q = q.where('read_at', 'is', null);
      const [rows, count] = await Promise.all([
        q.selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc').limit(req.query.pageSize).offset((req.query.page - 1) * req.query.pageSize).execute(),
        q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      ]);
      return {
        items: rows.map((n) => ({ id: Number(n.id), unitId: n.unit_id, ticketId: n.ticket_id, kind: n.kind, message: maskText(n.message), createdAt: n.created_at.toISOString(), readAt: n.read_at?.toISOString() ?? null })),
        total: Number(count.n),
      };
    },
  );
  r.post('/notifications/:id/read', { schema: { tags: ['notifications'], summary: '标为已读', params: ruleId } }, async (req, reply) => {
    const scope = await notificationScope(ctx, requireUser(req));
    const res = await ctx.db.updateTable('notifications').set({ read_at: ctx.now() }).where('id', '=', String(req.params.id)).where(scope).executeTakeFirst();
    if (!Number(res.numUpdatedRows)) throw notFound('通知不存在');
    return reply.status(204).send();
  });
  // 全部已读: every unread notification the user sees (GET /notifications), up to the newest they were shown.
  r.post(
    '/notifications/read-all',
    {
      schema: {
        tags: ['notifications'],
        summary: '全部标为已读（本人可见的通知）',
        body: z.object({ upToId: z.coerce.number().int().positive().optional().describe('只标到这条为止（列表里看到的最新一条），之后到达的仍未读') }).nullish(),
        response: { 200: z.object({ marked: z.number() }) },
      },
    },
    async (req) => {
      let q = ctx.db.updateTable('notifications').set({ read_at: ctx.now() }).where('read_at', 'is', null).where(await notificationScope(ctx, requireUser(req)));
      if (req.body?.upToId) q = q.where('id', '<=', String(req.body.upToId));
      const res = await q.executeTakeFirst();
      return { marked: Number(res.numUpdatedRows) };
    },
  );
}

/**
 * The notifications a user sees (and may mark read), as the event stream tells of them
 * (api/events.ts mayHear): a unit's handlers those of their unit's subtree; a sub-centre's staff
 * those about their centres' tickets (inCentreScope); the root centre's staff and admins all.
 */
async function notificationScope(ctx: AppContext, user: UserRecord): Promise<(eb: ExpressionBuilder<DB, 'notifications'>) => Expression<SqlBool>> {
  if (user.role === 'unit_handler') {
    const units = [...(await ctx.ref.get()).subtree(user.unitId)];
    return (eb) => eb('notifications.unit_id', 'in', units.length ? units : [-1]);
  }
  const actor = await actorFor(ctx, user);
  if (inCentreScope(actor, -1)) return (eb) => eb.lit(true);
  const centres = [...(actor.centres ?? [])];
  return (eb) => eb('notifications.ticket_id', 'in', eb.selectFrom('tickets').select('tickets.id').where('tickets.centre_id', 'in', centres.length ? centres : [-1]));
}

/** A calendar year's change as the audit log keeps it: the counts before and after, and the days that changed. */
export function calendarChange(year: number, before: { holidays: string[]; workdays: string[] } | null, after: { holidays: string[]; workdays: string[] }) {
  const diff = (a: string[], b: string[]) => b.filter((d) => !a.includes(d)).sort();
  const was = before ?? { holidays: [], workdays: [] };
  return {
    year,
    before: before ? { holidays: before.holidays.length, workdays: before.workdays.length } : null,
    after: { holidays: after.holidays.length, workdays: after.workdays.length },
    holidaysAdded: diff(was.holidays, after.holidays),
    holidaysRemoved: diff(after.holidays, was.holidays),
    workdaysAdded: diff(was.workdays, after.workdays),
    workdaysRemoved: diff(after.workdays, was.workdays),
  };
}
