// The citizen portal's API (/api/v1/portal/…): submit, look up by number + phone, rate.
//
// These routes are public (no console login): a citizen proves a phone number with a one-time
// code sent through the SMS gateway (src/channels/sms.ts) to submit or to rate; a lookup needs the
// ticket number and the phone number it was registered with, and shows only the public part of
// the timeline, masked. Every route is rate-limited per client IP and per phone, counted in the
// database (src/store/portal.ts) so that several server processes share the limits.
//
// Also here: the staff's view of what citizens sent with a request — attachments (portal photos,
// mail attachments) and the email a ticket came from — behind the bearer token and canSee.

import crypto from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { maskName, maskPhone, maskText, normalizePhone } from '../domain/masking.js';
import { visibleText } from '../domain/privacy.js';
import { canSee, SYSTEM_ACTOR, type Command } from '../domain/ticket.js';
import {
  OPEN_STATUSES,
  REFUSAL_REASONS,
  refusalMessage,
  SATISFACTIONS,
  STATUS_LABELS,
  TICKET_STATUSES,
  TICKET_TYPES,
  TYPE_LABELS,
  type RefusalReason,
  type TicketStatus,
} from '../domain/ticket-types.js';
import { addAttachments, listAttachments, readAttachment, type AttachmentSource, type NewAttachment } from '../store/attachments.js';
import { checkCode, CODE_TTL_SECONDS, consumeCode, hitRateLimits, issueCode, type CodePurpose, type RateRule } from '../store/portal.js';
import type { ReferenceData } from '../store/reference.js';
import { DomainFailure, findTicket, rowToTicket, ticketEvents, type StoredEvent } from '../store/tickets.js';
import { actorFor } from '../app/actor.js';
import type { AppContext } from '../app/context.js';
import { registerRequest } from '../app/register.js';
import { runStep } from '../app/steps.js';
import { requireUser } from './auth.js';
import { badRequest, HttpProblem, notFound } from './problem.js';
import { idParam, MAX_TEXT } from './schemas.js';


/** Rate limits (fixed windows). A citizen far below them never notices; a script hits them at once. */
export const PORTAL_LIMITS = {
  codePerPhoneMinute: 1, // one code a minute per phone…
  codePerPhoneHour: 5, // …and five an hour
  codePerIpHour: 20,
  submitPerIpHour: 10,
  submitPerPhoneDay: 10,
  lookupPerIp10Min: 30,
  lookupPerPhone10Min: 20,
  ratePerIpHour: 20,
} as const;

export const MAX_PHOTOS = 4;
export const MAX_PHOTO_BYTES = 1_500_000;
const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;

const MOBILE = /^1[3-9]\d{9}$/;
const phoneField = z
  .string()
  .trim()
  .max(20)
  .refine((p) => MOBILE.test(normalizePhone(p)), '请输入 11 位手机号码')
  .describe('手机号码（11 位）');
const codeField = z.string().trim().regex(/^\d{6}$/, '验证码为 6 位数字').describe('短信验证码');
const numberField = z.string().trim().regex(/^\d{8,20}$/, '工单编号为 8–20 位数字').describe('工单编号');

const codesBody = z.object({
  phone: phoneField,
  purpose: z.enum(['submit', 'rate', 'supplement']).describe('submit 提交诉求 | rate 评价 | supplement 补充诉求'),
});

const submitBody = z.object({
  type: z.enum(TICKET_TYPES).describe('诉求类型'),
  categoryId: z.number().int().positive().max(2_147_483_647).nullish().describe('诉求分类（可不选，由话务员分类）'),
  title: z.string().trim().max(100).nullish().describe('标题，缺省时取内容首句'),
  content: z.string().trim().min(5, '诉求内容至少 5 个字').max(MAX_TEXT).describe('诉求内容'),
  address: z.string().trim().max(300).nullish().describe('事发地址'),
  name: z.string().trim().max(50).nullish().describe('姓名（可不填）'),
  phone: phoneField,
  code: codeField,
  publicConsent: z.boolean().optional().describe('同意将诉求（隐去个人信息后）公开；缺省不公开'),
  confidential: z.boolean().optional().describe('保密：不公开，且仅处理部门可见（同时勾选时以保密为准）'),
  photos: z
    .array(z.string().max(Math.ceil((MAX_PHOTO_BYTES * 4) / 3) + 100))
    .max(MAX_PHOTOS, `最多上传 ${MAX_PHOTOS} 张照片`)
    .optional()
    .describe(`照片：data:image/jpeg|png|webp;base64,… 每张不超过 ${MAX_PHOTO_BYTES / 1_000_000} MB`),
});

const lookupBody = z.object({ number: numberField, phone: phoneField });

const supplementBody = z.object({
  number: numberField,
  phone: phoneField,
  code: codeField,
  content: z.string().trim().min(5, '补充内容至少 5 个字').max(2000).describe('补充的情况'),
});

const ratingBody = z.object({
  number: numberField,
  phone: phoneField,
  code: codeField,
  resolved: z.boolean().describe('问题是否已解决'),
  satisfaction: z.enum(SATISFACTIONS).describe('满意度'),
  comment: z.string().trim().max(500).nullish().describe('意见'),
});

const iso = z.string().describe('ISO 8601 时间');

export const PUBLIC_STEPS = [
  'registered', 'answered', 'dispatched', 'accepted', 'extended', 'replied', 'rated', 'called_back',
  'reopened', 'closed', 'merged', 'master_replied', 'transferred', 'supplemented', 'refused',
] as const;
type PublicStep = (typeof PUBLIC_STEPS)[number];

export const portalTicketView = z.object({
  number: z.string(),
  status: z.enum(TICKET_STATUSES),
  statusLabel: z.string(),
  type: z.enum(TICKET_TYPES),
  categoryName: z.string().nullable(),
  title: z.string().describe('已脱敏'),
  content: z.string().describe('已脱敏'),
  address: z.string().nullable(),
  caller: z.object({ name: z.string().nullable(), phone: z.string().nullable() }).describe('已脱敏'),
  unitName: z.string().nullable().describe('承办单位'),
  createdAt: iso,
  timeline: z.array(z.object({ at: iso, step: z.enum(PUBLIC_STEPS), text: z.string() })).describe('公开的办理过程'),
  reply: z.object({ content: z.string(), at: iso }).nullable().describe('承办单位的答复（已脱敏）'),
  rating: z.object({ satisfaction: z.enum(SATISFACTIONS), resolved: z.boolean().nullable(), at: iso, byCitizen: z.boolean() }).nullable(),
  refusal: z
    .object({
      reason: z.enum(REFUSAL_REASONS),
      label: z.string().describe('不予受理的理由'),
      note: z.string().nullable().describe('说明（已脱敏）'),
      guidance: z.string().describe('可以到哪里办理'),
      message: z.string().describe('告知诉求人的完整文字（已脱敏）'),
      at: iso,
    })
    .nullable()
    .describe('不予受理：为什么，以及可以到哪里办理'),
  canRate: z.boolean().describe('已答复、待评价'),
  canSupplement: z.boolean().describe('未办结，可补充诉求'),
});
export type PortalTicketView = z.infer<typeof portalTicketView>;

const optionsView = z.object({
  types: z.array(z.object({ value: z.enum(TICKET_TYPES), label: z.string() })),
  categories: z.array(z.object({ id: z.number(), name: z.string(), path: z.string(), parentId: z.number().nullable(), level: z.number() })),
  limits: z.object({ maxPhotos: z.number(), maxPhotoBytes: z.number(), codeTtlSeconds: z.number() }),
});

const attachmentView = z.object({
  id: z.number(),
  source: z.enum(['portal', 'email', 'open311']).describe('portal 网上诉求、email 来信、open311 Open311 客户端'),
  filename: z.string().nullable(),
  contentType: z.string(),
  size: z.number(),
  createdAt: iso,
  url: z.string().describe('带令牌 GET 下载'),
});

const emailView = z.object({
  from: z.string().describe('发件人地址（已脱敏）'),
  fromName: z.string().nullable(),
  subject: z.string().nullable(),
  receivedAt: iso,
  repliedAt: iso.nullable().describe('受理回执邮件发出时间'),
});

/** A photo as a data URL → its bytes, if it is a JPEG, PNG or WebP of an acceptable size. */
export function decodePhoto(dataUrl: string, index: number): NewAttachment {
  const m = /^data:(image\/(?:jpeg|png|webp));base64,([A-Za-z0-9+/]+={0,2})$/.exec(dataUrl);
  if (!m) throw badRequest(`第 ${index + 1} 张照片格式不正确：只接受 JPEG、PNG、WebP 图片`, 'photo_invalid');
  return checkPhoto(m[1], Buffer.from(m[2], 'base64'), index);
}

/**
 * A photo's bytes as an attachment, if they are a JPEG, PNG or WebP (by their first bytes, not
 * only the declared type) of an acceptable size: the portal's photos and an Open311 client's files.
 */
export function checkPhoto(contentType: string, data: Buffer, index: number): NewAttachment {
  const n = index + 1;
  const type = contentType.toLowerCase() as (typeof PHOTO_TYPES)[number];
  if (!PHOTO_TYPES.includes(type)) throw badRequest(`第 ${n} 张照片格式不正确：只接受 JPEG、PNG、WebP 图片`, 'photo_invalid');
  if (data.length > MAX_PHOTO_BYTES) throw badRequest(`第 ${n} 张照片超过 ${MAX_PHOTO_BYTES / 1_000_000} MB`, 'photo_too_large');
  const magic =
    type === 'image/jpeg'
      ? data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff
      : type === 'image/png'
        ? data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
        : data.subarray(0, 4).toString('latin1') === 'RIFF' && data.subarray(8, 12).toString('latin1') === 'WEBP';
  if (!magic) throw badRequest(`第 ${n} 张照片的内容不是所声明的图片类型`, 'photo_invalid');
  const ext = type === 'image/jpeg' ? 'jpg' : type.slice(6);
  return { filename: `photo-${n}.${ext}`, contentType: type, data };
}

const CODE_REASONS = {
  no_code: '验证码不正确或已过期，请重新获取',
  wrong_code: '验证码不正确',
  too_many_attempts: '验证码错误次数过多，请重新获取',
} as const;

const TICKET_NOT_FOUND = () => notFound('没有找到该工单：请核对工单编号和手机号码', 'ticket_not_found');

export function portalRoutes(api: FastifyInstance, ctx: AppContext): void {
  const r = api.withTypeProvider<ZodTypeProvider>();
  // The gateway is chosen with the context at start-up (a mistyped HOTLINE_SMS_GATEWAY stops the server at once).
  const sms = () => ctx.sms;
  const open = { public: true };

  /** Counts the request against the rules; over a limit → 429 with Retry-After. */
  const limit = async (reply: FastifyReply, rules: RateRule[]) => {
    const over = await hitRateLimits(ctx.db, rules, ctx.now());
    if (over) {
      reply.header('retry-after', String(over.retryAfter));
      throw new HttpProblem(429, 'rate_limited', `操作过于频繁，请 ${over.retryAfter} 秒后再试`);
    }
  };
  const ipOf = (req: FastifyRequest) => req.ip || 'unknown';

  const verify = async (phone: string, purpose: CodePurpose, code: string) => {
    const check = await checkCode(ctx.db, { phone, purpose, code, now: ctx.now() });
    if (!check.ok) throw badRequest(CODE_REASONS[check.reason], check.reason === 'too_many_attempts' ? 'code_attempts_exceeded' : 'code_invalid');
    return check;
  };

  r.get(
    '/portal/options',
    { config: open, schema: { tags: ['portal'], summary: '网上诉求：诉求类型与分类（公开）', security: [], response: { 200: optionsView } } },
    async (_req, reply) => {
      const ref = await ctx.ref.get();
      const byId = new Map(ref.categories.map((c) => [c.id, c]));
      const activeIds = await ctx.db.selectFrom('categories').select('id').where('active', '=', true).execute();
      const active = new Set(activeIds.map((c) => c.id));
      const path = (id: number) => {
        const names: string[] = [];
        for (let c = byId.get(id); c; c = c.parentId != null ? byId.get(c.parentId) : undefined) names.unshift(c.name);
        return names.join(' / ');
      };
      reply.header('cache-control', 'public, max-age=300');
      return {
        types: TICKET_TYPES.map((value) => ({ value, label: TYPE_LABELS[value] })),
        categories: ref.categories.filter((c) => active.has(c.id)).map((c) => ({ id: c.id, name: c.name, path: path(c.id), parentId: c.parentId, level: c.level })),
        limits: { maxPhotos: MAX_PHOTOS, maxPhotoBytes: MAX_PHOTO_BYTES, codeTtlSeconds: CODE_TTL_SECONDS },
      };
    },
  );

  r.post(
    '/portal/codes',
    {
      config: open,
      schema: {
        tags: ['portal'],
        summary: '发送短信验证码（公开；每个手机号每分钟 1 次、每小时 5 次，每个 IP 每小时 20 次）',
        security: [],
        body: codesBody,
        response: { 202: z.object({ phone: z.string().describe('已脱敏'), expiresInSeconds: z.number() }) },
      },
    },
    async (req, reply) => {
      const phone = normalizePhone(req.body.phone);
      const ip = ipOf(req);
      await limit(reply, [
        { key: `code:phone:${phone}`, max: PORTAL_LIMITS.codePerPhoneMinute, windowSeconds: 60 },
        { key: `code:phone-hour:${phone}`, max: PORTAL_LIMITS.codePerPhoneHour, windowSeconds: 3600 },
        { key: `code:ip:${ip}`, max: PORTAL_LIMITS.codePerIpHour, windowSeconds: 3600 },
      ]);
      const now = ctx.now();
      const code = await issueCode(ctx.db, { phone, purpose: req.body.purpose, ip, now });
      const what = { submit: '提交诉求', rate: '评价办理结果', supplement: '补充诉求' }[req.body.purpose];
      await sms().send(phone, `【12345】您正在${what}，验证码 ${code}，${CODE_TTL_SECONDS / 60} 分钟内有效。如非本人操作，请忽略。`, { kind: 'otp', now });
      return reply.status(202).send({ phone: maskPhone(phone) ?? '', expiresInSeconds: CODE_TTL_SECONDS });
    },
  );

  r.post(
    '/portal/requests',
    {
      config: open,
      bodyLimit: 9 * 1024 * 1024,
      schema: {
        tags: ['portal'],
        summary: '提交诉求（公开；须短信验证码）：返回工单编号',
        description: '同一验证码重复提交同样的内容，返回同一张工单（200）；内容不同则拒绝。',
        security: [],
        body: submitBody,
        response: { 200: z.object({ number: z.string(), createdAt: iso }), 201: z.object({ number: z.string(), createdAt: iso }) },
      },
    },
    async (req, reply) => {
      const body = req.body;
      const phone = normalizePhone(body.phone);
      const ref = await ctx.ref.get();
      if (body.categoryId != null && !ref.categoryById.has(body.categoryId)) throw badRequest('诉求分类不存在', 'unknown_category');
      const photos = (body.photos ?? []).map(decodePhoto);
      await limit(reply, [
        { key: `submit:ip:${ipOf(req)}`, max: PORTAL_LIMITS.submitPerIpHour, windowSeconds: 3600 },
        { key: `submit:phone:${phone}`, max: PORTAL_LIMITS.submitPerPhoneDay, windowSeconds: 86_400 },
      ]);
      const check = await verify(phone, 'submit', body.code);
      const now = ctx.now();
      const requestHash = crypto.createHash('sha256').update(JSON.stringify(body)).digest('base64url');
      let result;
      try {
        result = await registerRequest(
          ctx,
          SYSTEM_ACTOR,
          {
            channel: 'web',
            type: body.type,
            title: body.title ?? null,
            content: body.content,
            callerName: body.name ?? null,
            callerPhone: phone,
            address: body.address ?? null,
            categoryId: body.categoryId ?? null,
            // Publication is the citizen's decision; a confidential request is never public.
            confidential: body.confidential ?? false,
            publicConsent: (body.publicConsent ?? false) && !body.confidential,
          },
          {
            now,
            idempotency: { scope: `portal:${phone}`, key: `code:${check.id}`, requestHash },
            // A code already used is only good for replaying the same submission (below).
            first: async (tx) => {
              if (check.usedFor == null && !(await consumeCode(tx, check.id, null, now))) throw badRequest(CODE_REASONS.no_code, 'code_invalid');
            },
            alongside: async (tx, ticket) => {
              await tx.updateTable('portal_codes').set({ ticket_id: ticket.id }).where('id', '=', check.id).execute();
              await addAttachments(tx, ticket.id, 'portal', photos, now);
            },
          },
        );
      } catch (err) {
        if (err instanceof DomainFailure && err.error.code === 'idempotency_key_reused') {
          throw badRequest('验证码已使用，请重新获取', 'code_used');
        }
        throw err;
      }
      // The SMS telling the citizen the number goes out from a listener on the registration
      // (src/listeners/citizen-sms.ts), once it is committed.
      const { ticket, replayed } = result;
      return reply.status(replayed ? 200 : 201).send({ number: ticket.number, createdAt: ticket.createdAt.toISOString() });
    },
  );

  /** The ticket with this number registered with this phone; 404 alike for a wrong number or phone. */
  const citizenTicket = async (number: string, rawPhone: string) => {
    const row = await ctx.db
      .selectFrom('tickets')
      .selectAll()
      .where('number', '=', number)
      .where('caller_phone', '=', normalizePhone(rawPhone))
      .executeTakeFirst();
    if (!row) throw TICKET_NOT_FOUND();
    return rowToTicket(row);
  };

  r.post(
    '/portal/lookup',
    {
      config: open,
      schema: {
        tags: ['portal'],
        summary: '凭工单编号和手机号码查询办理进度（公开；只含公开的办理过程）',
        security: [],
        body: lookupBody,
        response: { 200: portalTicketView },
      },
    },
    async (req, reply) => {
      const phone = normalizePhone(req.body.phone);
      await limit(reply, [
        { key: `lookup:ip:${ipOf(req)}`, max: PORTAL_LIMITS.lookupPerIp10Min, windowSeconds: 600 },
        { key: `lookup:phone:${phone}`, max: PORTAL_LIMITS.lookupPerPhone10Min, windowSeconds: 600 },
      ]);
      const ticket = await citizenTicket(req.body.number, phone);
      const [ref, events] = await Promise.all([ctx.ref.get(), ticketEvents(ctx.db, ticket.id)]);
      reply.header('cache-control', 'no-store');
      return presentForCitizen(ticket, events, ref);
    },
  );

  /**
   * A verified citizen's own step on their ticket (rating, supplement): rate limits, the ticket by
   * number + phone, the state the step needs, the one-time code for this purpose, then the step in
   * the transaction that spends the code (the platform acts for the citizen); the citizen's view back.
   */
  const citizenStep = async (
    reply: FastifyReply,
    req: FastifyRequest,
    o: { purpose: 'rate' | 'supplement'; body: { number: string; phone: string; code: string }; refusal: (s: TicketStatus) => HttpProblem | null; command: Command },
  ) => {
    const phone = normalizePhone(o.body.phone);
    await limit(reply, [
      // The rating's key kept its name: counters already in the database go on counting.
      { key: `${o.purpose}:ip:${ipOf(req)}`, max: PORTAL_LIMITS.ratePerIpHour, windowSeconds: 3600 },
      { key: `lookup:phone:${phone}`, max: PORTAL_LIMITS.lookupPerPhone10Min, windowSeconds: 600 },
    ]);
    const ticket = await citizenTicket(o.body.number, phone);
    const refused = o.refusal(ticket.status);
    if (refused) throw refused;
    const check = await verify(phone, o.purpose, o.body.code);
    if (check.usedFor != null) throw badRequest('验证码已使用，请重新获取', 'code_used');
    const ref = await ctx.ref.get();
    const now = ctx.now();
    // The step in the transaction that spends the code (the platform acts for the citizen).
    const after = await runStep(ctx, SYSTEM_ACTOR, ticket.id, o.command, {
      now,
      first: async (tx) => {
        if (!(await consumeCode(tx, check.id, ticket.id, now))) throw badRequest('验证码已使用，请重新获取', 'code_used');
      },
    });
    return presentForCitizen(after, await ticketEvents(ctx.db, after.id), ref);
  };

  r.post(
    '/portal/rating',
    {
      config: open,
      schema: {
        tags: ['portal'],
        summary: '评价办理结果（公开；须短信验证码；仅“已答复”的工单，每次答复评价一次）',
        description: '群众本人（凭验证码）的评价即为该工单的回访结果：解决且满意/基本满意则办结，否则按重办规则重新办理。',
        security: [],
        body: ratingBody,
        response: { 200: portalTicketView },
      },
    },
    async (req, reply) => {
      const body = req.body;
      const comment = body.comment?.trim();
      return citizenStep(reply, req, {
        purpose: 'rate',
        body,
        refusal: (status) => (status === 'replied' ? null : new HttpProblem(409, 'not_ratable', `工单当前状态为“${STATUS_LABELS[status]}”，答复后才能评价`)),
        command: { kind: 'callback', reached: true, resolved: body.resolved, satisfaction: body.satisfaction, note: `群众网上评价${comment ? `：${comment}` : ''}` },
      });
    },
  );

  r.post(
    '/portal/supplement',
    {
      config: open,
      schema: {
        tags: ['portal'],
        summary: '补充诉求（公开；须短信验证码；仅未办结的本人工单）',
        description: '补充的情况记入工单的办理过程（群众补充诉求），并通知承办单位。',
        security: [],
        body: supplementBody,
        response: { 200: portalTicketView },
      },
    },
    async (req, reply) =>
      citizenStep(reply, req, {
        purpose: 'supplement',
        body: req.body,
        refusal: (status) =>
          OPEN_STATUSES.includes(status) ? null : new HttpProblem(409, 'not_open', `工单当前状态为“${STATUS_LABELS[status]}”，不能补充；如问题仍未解决，请重新提交诉求`),
        command: { kind: 'note', content: req.body.content, fromCitizen: true },
      }),
  );

  // --- staff: what citizens sent -------------------------------------------------------------

  const staffTicket = async (req: FastifyRequest, rawId: string) => {
    const user = requireUser(req);
    if (user.role === 'analyst') throw new HttpProblem(403, 'forbidden', '当前角色无权查看群众提交的材料');
    const id = /^\d{1,10}$/.test(rawId) ? Number(rawId) : NaN;
    const ticket = id >= 1 && id <= 2_147_483_647 ? await findTicket(ctx.db, id) : null;
    const actor = await actorFor(ctx, user);
    if (!ticket || !canSee(actor, ticket)) throw notFound('工单不存在', 'ticket_not_found');
    return { user, ticket };
  };

  r.get(
    '/tickets/:id/attachments',
    { schema: { tags: ['tickets'], summary: '群众提交的照片与邮件附件', params: idParam, response: { 200: z.object({ items: z.array(attachmentView) }) } } },
    async (req) => {
      const { ticket } = await staffTicket(req, req.params.id);
      const items = await listAttachments(ctx.db, ticket.id);
      return {
        items: items.map((a) => ({
          id: a.id,
          source: a.source as AttachmentSource,
          filename: a.filename,
          contentType: a.contentType,
          size: a.size,
          createdAt: a.createdAt.toISOString(),
          url: `/api/v1/tickets/${ticket.id}/attachments/${a.id}`,
        })),
      };
    },
  );

  r.get(
    '/tickets/:id/attachments/:attachmentId',
    {
      schema: {
        tags: ['tickets'],
        summary: '下载群众提交的照片或附件（记录日志）',
        params: z.object({ id: z.string().max(20), attachmentId: z.string().max(20) }),
      },
    },
    async (req, reply) => {
      const { user, ticket } = await staffTicket(req, req.params.id);
      const aid = /^\d{1,9}$/.test(req.params.attachmentId) ? Number(req.params.attachmentId) : 0;
      const file = aid ? await readAttachment(ctx.db, ticket.id, aid) : null;
      if (!file) throw notFound('附件不存在', 'attachment_not_found');
      await ctx.db
        .insertInto('audit_log')
        .values({ user_id: user.id, action: 'view_attachment', ticket_id: ticket.id, detail: JSON.stringify({ attachment: file.id, ip: req.ip }) })
        .execute();
      // Only the photo types show inline; anything else (a mailed HTML page…) is a download, sandboxed.
      const inline = (PHOTO_TYPES as readonly string[]).includes(file.contentType) || file.contentType === 'image/gif';
      const name = file.filename ?? `attachment-${file.id}`;
      return reply
        .header('content-type', inline ? file.contentType : 'application/octet-stream')
        .header('content-disposition', `${inline ? 'inline' : 'attachment'}; filename*=UTF-8''${encodeURIComponent(name)}`)
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', "default-src 'none'; sandbox")
        .header('cache-control', 'private, no-store')
        .send(file.data);
    },
  );

  r.get(
    '/tickets/:id/email',
    { schema: { tags: ['tickets'], summary: '来信工单的邮件信息（发件人已脱敏）', params: idParam, response: { 200: emailView } } },
    async (req) => {
      const { ticket } = await staffTicket(req, req.params.id);
      const row = await ctx.db.selectFrom('email_messages').selectAll().where('ticket_id', '=', ticket.id).executeTakeFirst();
      if (!row) throw notFound('该工单不是来信工单', 'not_email_ticket');
      return {
        from: maskEmail(row.from_address),
        fromName: maskName(row.from_name),
        subject: row.subject ? maskText(row.subject) : null,
        receivedAt: row.received_at.toISOString(),
        repliedAt: row.replied_at?.toISOString() ?? null,
      };
    },
  );
}

/** zhang.san@example.com → z*******@example.com */
export function maskEmail(address: string): string {
  const at = address.lastIndexOf('@');
  if (at < 1) return maskName(address) ?? '';
  return `${address[0]}${'*'.repeat(Math.max(1, at - 1))}${address.slice(at)}`;
}

const SERVICE_NAMES: Record<string, string> = { '110': '公安（110）', '119': '消防（119）', '120': '急救（120）', '122': '交警（122）' };

/** The citizen's view: masked, only the public steps, no staff names or internal notes. */
export function presentForCitizen(
  t: NonNullable<Awaited<ReturnType<typeof findTicket>>>,
  events: StoredEvent[],
  ref: ReferenceData,
): PortalTicketView {
  const unitName = (id: unknown) => (typeof id === 'number' ? (ref.unitById.get(id)?.name ?? null) : null);
  // The citizen's own request, masked like everywhere else (the page may be seen over a shoulder).
  const text = visibleText(t, true);
  const timeline: PortalTicketView['timeline'] = [];
  let reply: PortalTicketView['reply'] = null;
  let rating: PortalTicketView['rating'] = null;
  let refusal: PortalTicketView['refusal'] = null;
  const add = (e: StoredEvent, step: PublicStep, text: string) => timeline.push({ at: e.at.toISOString(), step, text });
  for (const e of events) {
    const p = e.payload;
    switch (e.type) {
      case 'registered':
        add(e, 'registered', '诉求已受理');
        break;
      case 'imported':
        add(e, 'closed', '已办结');
        if (typeof p.reply === 'string' && p.reply) reply = { content: maskText(p.reply), at: String(p.repliedAt ?? e.at.toISOString()) };
        break;
      case 'answered':
        add(e, 'answered', '已直接答复');
        reply = { content: maskText(String(p.content ?? '')), at: e.at.toISOString() };
        break;
      case 'dispatched':
        add(e, 'dispatched', `已转交${unitName(p.unitId) ?? '承办单位'}办理`);
        break;
      case 'accepted':
        add(e, 'accepted', '承办单位已签收，正在办理');
        break;
      case 'noted':
        // The citizen's own additions; staff notes are internal.
        if (p.fromCitizen === true) add(e, 'supplemented', '已收到您补充的诉求');
        break;
      case 'extension_approved':
        add(e, 'extended', '办理期限已延长');
        break;
      case 'replied':
        add(e, 'replied', '承办单位已答复');
        reply = { content: maskText(String(p.content ?? '')), at: e.at.toISOString() };
        break;
      case 'called_back': {
        if (!p.reached) break; // unanswered callback attempts are the centre's business
        const byCitizen = e.actorId == null;
        add(e, byCitizen ? 'rated' : 'called_back', byCitizen ? '您已评价' : '已回访');
        rating = {
          satisfaction: p.satisfaction as (typeof SATISFACTIONS)[number],
          resolved: typeof p.resolved === 'boolean' ? p.resolved : null,
          at: e.at.toISOString(),
          byCitizen,
        };
        if (p.outcome === 'reopened') add(e, 'reopened', '重新办理');
        else if (p.outcome === 'closed' || p.outcome === 'closed_reopen_limit') add(e, 'closed', '已办结');
        break;
      }
      case 'closed':
        add(e, 'closed', '已办结');
        break;
      case 'reopened':
        add(e, 'reopened', '重新办理');
        break;
      case 'merged':
        add(e, 'merged', '已与同类诉求合并办理');
        break;
      case 'master_replied':
        add(e, 'master_replied', '合并办理的诉求已答复');
        reply = { content: maskText(String(p.content ?? '')), at: e.at.toISOString() };
        break;
      case 'transferred':
        add(e, 'transferred', `已转交${SERVICE_NAMES[String(p.to)] ?? '应急部门'}处置`);
        break;
      case 'refused': {
        add(e, 'refused', '不予受理');
        // What the citizen is told: why, the note (masked like every text here) and where to go instead.
        const note = typeof p.note === 'string' && p.note ? maskText(p.note, [t.callerName]) : null;
        const told = { label: String(p.label ?? ''), guidance: String(p.guidance ?? ''), note };
        refusal = { reason: p.reason as RefusalReason, ...told, message: refusalMessage(told), at: e.at.toISOString() };
        break;
      }
      // Returns, extension requests, supervision, deadline alerts and notes stay inside.
    }
  }
  // A rating belongs to the reply it rated: after a new reply, the citizen may rate again.
  if (t.status === 'replied' && rating && reply && rating.at < reply.at) rating = null;
  return {
    number: t.number,
    status: t.status,
    statusLabel: STATUS_LABELS[t.status as TicketStatus],
    type: t.type,
    categoryName: t.categoryId != null ? (ref.categoryById.get(t.categoryId)?.name ?? null) : null,
    title: text.title,
    content: text.content,
    address: text.address,
    caller: { name: text.callerName, phone: text.callerPhone },
    unitName: t.unitId != null ? (ref.unitById.get(t.unitId)?.name ?? null) : null,
    createdAt: t.createdAt.toISOString(),
    timeline,
    reply,
    rating,
    refusal,
    canRate: t.status === 'replied',
    canSupplement: OPEN_STATUSES.includes(t.status),
  };
}
