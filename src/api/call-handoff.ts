// Live call hand-off (issue 16 item 5): the targets on offer, the agent's one-key transfer or
// three-party call, the telephony system's result (API key, like the call events), the hand-offs
// shown on a ticket, and the admin's settings (telephony address and secret, the directory).

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { maskText } from '../domain/masking.js';
import { canSee } from '../domain/ticket.js';
import {
  getHandoffDirectory,
  getTelephonySettings,
  HANDOFF_MODES,
  HANDOFF_STATUSES,
  HandoffProblem,
  handoffTargets,
  saveHandoffDirectory,
  saveTelephonySettings,
  transfersOfTicket,
  type CallTransferRow,
} from '../store/call-handoff.js';
import { findTicket } from '../store/tickets.js';
import { actorFor } from '../app/actor.js';
import { handOffCall, recordHandoffResult, type TelephonyPort } from '../app/call-handoff.js';
import type { AppContext } from '../app/context.js';
import { requireApiKey, requireRole, requireUser } from './auth.js';
import { HttpProblem, notFound } from './problem.js';
import { CALL_ROLES, callIdParam, idParam } from './schemas.js';

const targetNumber = z.string().trim().regex(/^[0-9*#\-]{3,20}$/, '转接号码为 3–20 位数字（可含 - * #）');

const transferView = z.object({
  requestId: z.string(),
  callId: z.string(),
  mode: z.enum(HANDOFF_MODES).describe('transfer 一键转接 | conference 三方通话'),
  target: z.string(),
  targetLabel: z.string().nullable(),
  status: z.enum(HANDOFF_STATUSES).describe('pending 发送中 | sent 已发送、等待结果 | connected 已接通 | failed 失败'),
  detail: z.string().nullable().describe('电话系统给出的说明（失败原因等）'),
  requestedAt: z.string(),
  settledAt: z.string().nullable(),
});

const present = (r: CallTransferRow) => ({
  requestId: r.request_id,
  callId: r.call_id,
  mode: r.mode as (typeof HANDOFF_MODES)[number],
  target: r.target,
  targetLabel: r.target_label,
  status: r.status as (typeof HANDOFF_STATUSES)[number],
  detail: r.detail == null ? null : maskText(r.detail),
  requestedAt: r.requested_at.toISOString(),
  settledAt: r.settled_at?.toISOString() ?? null,
});

const fromProblem = (err: unknown): never => {
  if (err instanceof HandoffProblem) throw new HttpProblem(err.status, err.code, err.detail);
  throw err;
};

const RESULT_DESCRIPTION = `电话系统报告转接/三方通话指令的结果：connected（已接通）或 failed（失败，detail 说明原因）。

**认证**：话务系统（telephony）API 密钥，放在 \`X-Api-Key\`（或 \`Authorization: Bearer h311_…\`），与通话事件相同。

同一结果重复报告无副作用；已有结果后报告不同的结果为 409 transfer_settled。发起转接的坐席控制台实时收到 \`handoff\` 事件。详见 docs/telephony.md。`;

export function callHandoffRoutes(api: FastifyInstance, ctx: AppContext, telephony: TelephonyPort): void {
  const r = api.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/calls/handoff-targets',
    {
      schema: {
        tags: ['calls'],
        summary: '可转接的号码：110/119/120/122、归并热线、转接目录（单位联系电话等）',
        response: {
          200: z.object({
            items: z.array(
              z.object({
                target: z.string(),
                label: z.string(),
                kind: z.enum(['emergency', 'hotline', 'contact']),
                mode: z.enum(HANDOFF_MODES).describe('默认方式'),
              }),
            ),
          }),
        },
      },
    },
    async (req) => {
      requireRole(req, CALL_ROLES);
      return { items: await handoffTargets(ctx.db) };
    },
  );

  r.post(
    '/calls/:callId/handoff',
    {
      schema: {
        tags: ['calls'],
        summary: '一键转接 / 三方通话：把本人正在接听的通话转给目标号码',
        description:
          '只能转接本人接听、正在通话中的来电（他人的通话 403 not_your_call，未接通或已挂断 409 call_not_live）；号码须在转接目录中（400 unknown_target）；未配置电话系统指令接口时 503 telephony_not_configured。以上情况均不留记录。电话系统拒绝或无应答时记为失败（status failed，detail 说明原因）。',
        params: callIdParam,
        body: z.object({ target: targetNumber, mode: z.enum(HANDOFF_MODES).default('transfer') }).strict(),
        response: { 200: transferView },
      },
    },
    async (req) => {
      const user = requireRole(req, CALL_ROLES);
      const row = await handOffCall(ctx, telephony, user, { callId: req.params.callId, target: req.body.target, mode: req.body.mode }).catch(fromProblem);
      return present(row);
    },
  );

  r.post(
    '/telephony/calls/:callId/transfers/:requestId/result',
    {
      config: { public: true },
      schema: {
        tags: ['telephony'],
        summary: '电话系统报告转接结果（API 密钥认证）',
        description: RESULT_DESCRIPTION,
        security: [],
        params: callIdParam.extend({ requestId: z.string().regex(/^[A-Za-z0-9\-]{1,64}$/, '指令标识格式不正确') }),
        body: z.object({ status: z.enum(['connected', 'failed']), detail: z.string().trim().max(500).nullish() }).strict(),
        response: { 200: transferView },
      },
    },
    async (req) => {
      await requireApiKey(ctx, req, 'telephony', '话务系统');
      const row = await recordHandoffResult(ctx, {
        callId: req.params.callId,
        requestId: req.params.requestId,
        status: req.body.status,
        detail: req.body.detail || null,
      }).catch(fromProblem);
      return present(row);
    },
  );

  r.get(
    '/tickets/:id/handoffs',
    {
      schema: {
        tags: ['tickets'],
        summary: '工单关联通话中的转接与三方通话记录',
        params: idParam,
        response: { 200: z.object({ items: z.array(transferView.extend({ requestedBy: z.string().nullable() })) }) },
      },
    },
    async (req) => {
      const user = requireUser(req);
      if (user.role === 'analyst') throw new HttpProblem(403, 'forbidden', '当前角色无权查看通话记录');
      const id = /^\d{1,10}$/.test(req.params.id) ? Number(req.params.id) : NaN;
      const [actor, ticket] = await Promise.all([actorFor(ctx, user), id >= 1 && id <= 2_147_483_647 ? findTicket(ctx.db, id) : null]);
      if (!ticket || !canSee(actor, ticket)) throw notFound('工单不存在', 'ticket_not_found');
      const rows = await transfersOfTicket(ctx.db, ticket.id);
      return { items: rows.map((t) => ({ ...present(t), requestedBy: t.requested_by_name })) };
    },
  );

  const telephonyView = z.object({
    url: z.string().nullable(),
    secretSet: z.boolean().describe('是否已设置共享密钥（密钥本身从不返回）'),
    fromEnvironment: z.boolean().describe('HOTLINE_TELEPHONY_URL / HOTLINE_TELEPHONY_SECRET 已设置：以环境变量为准'),
  });
  const telephonyNow = async () => {
    const s = await getTelephonySettings(ctx.db);
    const env = !!(process.env.HOTLINE_TELEPHONY_URL || process.env.HOTLINE_TELEPHONY_SECRET);
    return { url: process.env.HOTLINE_TELEPHONY_URL || s.url, secretSet: !!(process.env.HOTLINE_TELEPHONY_SECRET || s.secret), fromEnvironment: env };
  };

  r.get('/admin/telephony', { schema: { tags: ['admin'], summary: '电话系统指令接口设置', response: { 200: telephonyView } } }, async (req) => {
    requireRole(req, ['admin']);
    return telephonyNow();
  });

  r.put(
    '/admin/telephony',
    {
      schema: {
        tags: ['admin'],
        summary: '设置电话系统指令接口地址与共享密钥（用于签名转接指令）',
        body: z
          .object({
            url: z
              .string()
              .trim()
              .max(500)
              .url()
              .refine((u) => /^https?:\/\//i.test(u), '地址须为 http(s)')
              .nullable(),
            secret: z.string().min(16, '共享密钥至少 16 个字符').max(200).nullable().optional().describe('省略则保留原密钥'),
          })
          .strict(),
        response: { 200: telephonyView },
      },
    },
    async (req) => {
      const me = requireRole(req, ['admin']);
      await saveTelephonySettings(ctx.db, { url: req.body.url, secret: req.body.secret }, me.id);
      return telephonyNow();
    },
  );

  const directoryEntry = z.object({
    target: targetNumber,
    label: z.string().trim().min(1).max(100),
    mode: z.enum(HANDOFF_MODES).default('conference'),
  });

  r.get(
    '/admin/handoff-directory',
    { schema: { tags: ['admin'], summary: '转接目录（单位联系电话等）', response: { 200: z.object({ items: z.array(directoryEntry) }) } } },
    async (req) => {
      requireRole(req, ['admin']);
      return { items: await getHandoffDirectory(ctx.db) };
    },
  );

  r.put(
    '/admin/handoff-directory',
    {
      schema: {
        tags: ['admin'],
        summary: '保存转接目录（整表替换）',
        body: z.object({ items: z.array(directoryEntry).max(500) }).strict(),
        response: { 200: z.object({ items: z.array(directoryEntry) }) },
      },
    },
    async (req) => {
      const me = requireRole(req, ['admin']);
      const numbers = req.body.items.map((i) => i.target);
      if (new Set(numbers).size !== numbers.length) throw new HttpProblem(400, 'duplicate_target', '转接目录中号码重复');
      await saveHandoffDirectory(ctx.db, req.body.items, me.id);
      return { items: await getHandoffDirectory(ctx.db) };
    },
  );
}

