// Zod schemas for the /api/v1 requests: they validate input and generate the OpenAPI document.

import { z } from 'zod';
import {
  CHANNELS,
  EMERGENCY_SERVICES,
  MAX_TEXT,
  LEVEL_STATES,
  NO_CALLBACK_REASONS,
  PRIORITIES,
  REFUSAL_REASONS,
  ROLES,
  SATISFACTIONS,
  TICKET_STATUSES,
  TICKET_TYPES,
} from '../domain/ticket-types.js';
import { ALERT_KINDS } from '../domain/ticket.js';
import { LINK_KINDS } from '../domain/links.js';
import { isValidDate } from '../domain/calendar.js';

z.config(z.locales.zhCN());

/** Longest request or reply text we accept (domain/ticket-types.ts). */
export { MAX_TEXT };

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullish();
const id = z.number().int().positive().max(2_147_483_647);

/** A calendar day, YYYY-MM-DD, that exists: 2026-13-01 and 2026-02-30 are a 400, never rolled over. */
export const isoDay = z.string().refine(isValidDate, '日期应为有效的 YYYY-MM-DD');

export const idParam = z.object({
  // Anything that is not a plausible id is simply not found (404), like a ticket one may not see.
  id: z.string().max(20),
});

/** The telephony system's own id of a call. */
export const callIdParam = z.object({
  callId: z
    .string()
    .regex(/^[A-Za-z0-9._:@\-]{1,128}$/, '通话标识为 1–128 个字母、数字或 . _ : @ -')
    .describe('电话系统的通话标识'),
});

/** Roles that take calls at an extension and register what callers ask. */
export const CALL_ROLES: readonly (typeof ROLES)[number][] = ['agent', 'dispatcher', 'callback_agent', 'supervisor', 'admin'];

export const createTicketBody = z.object({
  channel: z.enum(CHANNELS).describe('渠道'),
  line: z.string().trim().regex(/^\d{3,8}$/, '热线号码应为 3–8 位数字').nullish().describe('归并热线号码，如 12315'),
  type: z.enum(TICKET_TYPES).describe('诉求类型'),
  title: optionalText(200).describe('标题，缺省时取内容首句'),
  content: text(MAX_TEXT).describe('诉求内容'),
  caller: z
    .object({
      name: optionalText(50).describe('来电人姓名'),
      phone: z.string().trim().regex(/^[0-9+\-\s]{3,20}$/, '电话号码格式不正确').nullish().describe('来电号码'),
    })
    .nullish(),
  address: optionalText(500).describe('地址'),
  categoryId: id.nullish().describe('诉求分类'),
  districtId: id.nullish().describe('区县（缺省时从地址识别）'),
  priority: z.enum(PRIORITIES).optional().describe('紧急程度'),
  confidential: z.boolean().optional().describe('保密工单：不公开、不导出正文，仅中心和主办单位链条可见'),
  publicConsent: z.boolean().optional().describe('诉求人同意公开（脱敏后）'),
  smsDeclined: z.boolean().optional().describe('不发短信：来电人不需要受理回执、答复短信和短信回访'),
});
export type CreateTicketBody = z.infer<typeof createTicketBody>;

export const listTicketsQuery = z.object({
  status: z
    .string()
    .max(200)
    .optional()
    .describe('状态，可用逗号分隔多个')
    .refine((s) => !s || s.split(',').every((x) => (TICKET_STATUSES as readonly string[]).includes(x)), '未知的工单状态'),
  unit: z.coerce.number().int().positive().max(2_147_483_647).optional().describe('主办单位（含下级）'),
  category: z.coerce.number().int().positive().max(2_147_483_647).optional().describe('分类（含下级）'),
  type: z.enum(TICKET_TYPES).optional(),
  channel: z.enum(CHANNELS).optional(),
  from: isoDay.optional().describe('受理日期起（含），上海时间'),
  to: isoDay.optional().describe('受理日期止（含），上海时间'),
  q: z.string().max(200, '搜索词不能超过 200 个字符').optional().describe('全文搜索（中文分词），按相关度排序'),
  district: z.coerce.number().int().positive().max(2_147_483_647).optional().describe('区县'),
  line: z.string().regex(/^\d{3,8}$/).optional().describe('归并热线号码'),
  satisfaction: z.enum(SATISFACTIONS).optional(),
  overdue: z.enum(['true', 'false']).optional().describe('true: 已超过办理时限的工单'),
  alert: z.enum(ALERT_KINDS).optional().describe('带有该预警的工单，如 handle_overdue'),
  notAlert: z.enum(ALERT_KINDS).optional().describe('不带该预警的工单（即将到期：handle_warning 且非 handle_overdue）'),
  ids: z
    .string()
    .max(2200)
    .regex(/^\d{1,10}(,\d{1,10}){0,199}$/, '工单 id 应为逗号分隔的数字（最多 200 个）')
    .optional()
    .describe('只要这些工单（逗号分隔的 id，最多 200 个；如导出选中的工单），仍在当前用户可见范围内'),
  mine: z.enum(['true', 'false']).optional().describe('true: 我的工单（我是承办人，或我办理过其中一步）'),
  sort: z.enum(['created', 'due', 'callback']).default('created').describe('created 最新在前 | due 办理时限最近在前 | callback 回访时限最近在前'),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

const note = optionalText(2000);

/** GET /units, /categories, /lines, /users: the reference lists every screen loads. */
const list = <T extends z.ZodTypeAny>(item: T) => z.object({ items: z.array(item), total: z.number() });
export const unitListView = list(
  z.object({ id: z.number(), code: z.string(), name: z.string(), parentId: z.number().nullable(), kind: z.string(), active: z.boolean(), isCentre: z.boolean().describe('中心（根中心、分中心、市级中心）') }),
);
export const categoryListView = list(z.object({ id: z.number(), code: z.string(), name: z.string(), parentId: z.number().nullable(), level: z.number(), leadUnitId: z.number().nullable() }));
export const lineListView = list(
  z.object({
    id: z.number(), number: z.string(), name: z.string(), categoryId: z.number().nullable(), unitId: z.number().nullable(),
    mode: z.enum(['merged', 'parallel', 'sub_centre']).describe('merged 整体并入 · parallel 双号并行 · sub_centre 分中心'),
  }),
);
export const userListView = list(z.object({ id: z.number(), username: z.string(), displayName: z.string().nullable(), role: z.enum(ROLES), unitId: z.number().nullable(), active: z.boolean() }));
/** A label the classifier is weak at (out-of-fold F1 at training below 0.9), with what it is mixed up with. */
export const weakClassView = z.object({
  label: z.string().describe('分类代码（模型的标签）'),
  f1: z.number().describe('训练时交叉验证（折外预测）的 F1'),
  confusedWith: z.array(z.object({ label: z.string(), count: z.number().describe('两个方向的误判条数之和') })).describe('最常混淆的分类，至多 3 个'),
});
export const modelListView = list(
  z.object({
    id: z.number(), kind: z.string(), version: z.number(), trainedAt: z.string(), trainingSize: z.number(), scores: z.record(z.string(), z.unknown()), active: z.boolean(),
    weakClasses: z.array(weakClassView).describe('较弱的分类（交叉验证 F1 低于 0.9），最弱的在前'),
    unlabelled: z.number().describe('参与学习的未分类历史诉求条数'),
  }),
);

/** One body schema per lifecycle step: POST /api/v1/tickets/{id}/{step}. */
export const stepBodies = {
  answer: z.object({ content: text(MAX_TEXT), articleId: id.nullish() }),
  refuse: z.object({
    reason: z
      .enum(REFUSAL_REASONS)
      .describe('不予受理的理由：litigation 涉诉，arbitration 涉仲裁，discipline 纪检监察，reconsideration 行政复议，disclosure 政府信息公开，petition 已进入信访程序，secret 涉及国家秘密、商业秘密，public_order 违反公序良俗，other 其他（须填写 note）'),
    note: optionalText(2000).describe('说明；理由为 other 时必填'),
  }),
  dispatch: z.object({ unitId: id, assistUnitIds: z.array(id).max(20).optional(), note, categoryId: id.nullish().describe('改分类：派单同时改正诉求分类（时限按新分类计算）') }),
  accept: z.object({}).nullish(), // a bare POST is enough
  delegate: z.object({ unitId: id.describe('下派给的下级单位（须在当前承办单位之下）'), note }),
  return: z.object({
    reason: text(2000),
    suggestedUnitId: id.nullish().describe('派单异议：建议的承办单位（主办单位退回中心时）'),
  }),
  'review-return': z.object({ approve: z.boolean(), note, rerouteTo: id.nullish().describe('同意退单并同时改派给该单位') }),
  extend: z.object({ days: z.number().int().min(1).max(60), reason: text(2000) }),
  'review-extension': z.object({ approve: z.boolean(), note }),
  reply: z.object({ content: text(MAX_TEXT) }),
  'review-reply': z.object({ approve: z.boolean().describe('true：同意，答复报上一级；false：退回下级重办（须填写 note）'), note }),
  callback: z.object({
    reached: z.boolean(),
    resolved: z.boolean().nullish(),
    satisfaction: z.enum(SATISFACTIONS).nullish(),
    note,
  }),
  close: z.object({
    note,
    noCallbackReason: z
      .enum(NO_CALLBACK_REASONS)
      .nullish()
      .describe('未回访办结的原因：declined 诉求人不需要回访，anonymous 匿名，unreachable 三次未接通，confidential 保密工单。已答复的工单须填写，否则 409 callback_required'),
  }),
  reopen: z.object({ reason: text(2000) }),
  reroute: z.object({ unitId: id.describe('改派给的承办单位'), reason: text(2000) }),
  withdraw: z.object({ reason: text(2000) }),
  move: z.object({ centreId: id.describe('移交给的中心（分中心、市级中心；须是本中心或其下属中心）'), reason: text(2000) }),
  merge: z.object({ intoId: id }),
  transfer: z.object({ to: z.enum(EMERGENCY_SERVICES), note }),
  supervise: z.object({
    type: z.enum(['notice', 'urge']).describe('notice 督办单, urge 催办'),
    content: text(2000),
    replyDays: z.number().int().min(1).max(30).nullish().describe('单位回复时限（工作日），缺省按规则'),
  }),
  'supervision-reply': z.object({ content: text(MAX_TEXT) }),
  note: z.object({
    content: text(MAX_TEXT),
    fromCitizen: z.boolean().optional().describe('true：群众补充诉求（话务员登记来电补充）；缺省为工作人员备注'),
  }),
  assign: z.object({ userId: id.describe('承办人：本单位在用的经办人账号（GET /api/v1/assignees）') }),
  consent: z.object({
    publicConsent: z.boolean().describe('true：诉求人同意将诉求（隐去个人信息后）公开；false：不同意或撤回。保密工单不能公开（409）'),
  }),
} as const;

export const createUserBody = z.object({
  username: z.string().trim().min(2).max(50).regex(/^[A-Za-z0-9_.\-]+$/, '用户名只能包含字母、数字、下划线、点和连字符'),
  password: z.string().min(1).max(200).describe('至少 10 个字符，不含用户名，不是常见或容易猜到的密码（否则 400 weak_password）'),
  role: z.enum(ROLES),
  unitId: id.nullish(),
  displayName: optionalText(50),
});

// ---------------------------------------------------------------------------------------------
// Responses. They document the API (and type the web console through the OpenAPI document);
// Fastify also serialises with them, so a field a presenter adds must be added here.

const iso = z.string().describe('ISO 8601 时间');
const pendingStep = z.object({
  reason: z.string(),
  unitId: z.number().optional(),
  suggestedUnitId: z.number().nullable().optional().describe('派单异议：退单单位建议的承办单位'),
  days: z.number().optional(),
  requestedBy: z.number().nullable(),
  at: z.string(),
});

/** One level of the hand-down chain (下派): level 0 the lead unit, the last one the unit holding the ticket. */
const chainLevelView = z.object({
  level: z.number().describe('0 主办单位，逐级加一'),
  unitId: z.number(),
  unitName: z.string().nullable(),
  state: z.enum(LEVEL_STATES).describe('dispatched 待签收 · handling 办理中 · delegated 已下派 · reviewing 答复待上一级审核'),
  at: iso.describe('本级收到工单的时间'),
  delegatedBy: z.number().nullable().describe('派单员（第 0 级）或上一级经办人的用户 id'),
  delegatedByName: z.string().nullable().describe('其姓名（工单详情中给出）'),
  fromUnitId: z.number().nullable().describe('上一级单位；第 0 级为 null（热线中心）'),
  fromUnitName: z.string().nullable(),
  note: z.string().nullable().describe('下派意见（已脱敏）'),
  acceptBy: iso,
  dueBy: iso,
  acceptWarnAt: iso,
  dueWarnAt: iso,
  acceptedAt: iso.nullable(),
  reply: z
    .object({ content: z.string(), at: iso, by: z.number().nullable(), byName: z.string().nullable(), unitId: z.number() })
    .nullable()
    .describe('待上一级审核的答复（已脱敏；保密工单同正文规则）'),
  rejection: z.object({ note: z.string(), at: iso, by: z.number().nullable(), byName: z.string().nullable() }).nullable().describe('上一级最近一次退回答复的理由'),
  alerts: z.array(z.enum(ALERT_KINDS)),
});

/** A ticket as presenters.ts presents it: personal data masked. */
export const ticketView = z.object({
  id: z.number(),
  number: z.string().describe('工单编号'),
  status: z.enum(TICKET_STATUSES),
  channel: z.enum(CHANNELS),
  line: z.string().nullable(),
  type: z.enum(TICKET_TYPES),
  priority: z.enum(PRIORITIES),
  title: z.string(),
  content: z.string(),
  caller: z.object({ name: z.string().nullable(), phone: z.string().nullable() }).describe('已脱敏'),
  address: z.string().nullable(),
  confidential: z.boolean().describe('保密工单'),
  publicConsent: z.boolean().describe('诉求人同意公开'),
  categoryId: z.number().nullable(),
  categoryName: z.string().nullable(),
  districtId: z.number().nullable(),
  districtName: z.string().nullable(),
  unitId: z.number().nullable().describe('当前持有工单的单位（下派链最后一级）'),
  unitName: z.string().nullable(),
  centreId: z.number().nullable().describe('工单所属中心（中心、分中心或市级中心）'),
  centreName: z.string().nullable(),
  leadUnitId: z.number().nullable().describe('主办单位（下派链第 0 级）；unitId 是当前持有工单的单位'),
  leadUnitName: z.string().nullable(),
  chain: z.array(chainLevelView).describe('下派链：第 0 级为主办单位，最后一级为当前承办单位'),
  myLevel: z.number().nullable().describe('当前用户所在的下派链层级（经办人本单位及下级中最上面的一级）；不在链上为 null'),
  assistUnitIds: z.array(z.number()),
  dispatchBy: iso.nullable().describe('派单时限：待派单的工单应在此前派出（受理时间 + 派单时限，按工作时间）；已派出的为 null'),
  acceptBy: iso.nullable(),
  dueBy: iso.nullable(),
  acceptWarnAt: iso.nullable(),
  dueWarnAt: iso.nullable(),
  callbackDueBy: iso.nullable(),
  alerts: z.array(z.enum(ALERT_KINDS)),
  supervision: z.object({ kind: z.enum(['notice', 'urge']), content: z.string(), replyBy: z.string(), at: z.string(), by: z.number().nullable() }).nullable(),
  dispatchedAt: iso.nullable(),
  acceptedAt: iso.nullable(),
  repliedAt: iso.nullable(),
  firstRepliedAt: iso.nullable(),
  handlingMinutes: z.number().nullable(),
  replyScore: z.number().nullable(),
  closedAt: iso.nullable(),
  pendingReturn: pendingStep.nullable(),
  pendingExtension: pendingStep.nullable(),
  extendedDays: z.number(),
  returnCount: z.number(),
  directAnswer: z.boolean(),
  reopenCount: z.number(),
  callbackAttempts: z.number(),
  resolved: z.boolean().nullable(),
  satisfaction: z.enum(SATISFACTIONS).nullable(),
  mergedInto: z.number().nullable(),
  transferredTo: z.string().nullable(),
  repeatOf: z.number().nullable().describe('重复件：所重复的前一工单（同一诉求人的同一事项，或他人反映的同一地点同一问题，30 日内）'),
  repeatReason: z.enum(['caller', 'matter']).nullable().describe('caller：同一诉求人；matter：同一事项'),
  assigneeId: z.number().nullable().describe('承办人：本单位指定的经办人（GET /api/v1/assignees 列出姓名）'),
  createdAt: iso,
  updatedAt: iso,
  version: z.number(),
});

export const ticketListView = z.object({
  items: z.array(ticketView.extend({ snippet: z.string().optional().describe('命中处以 <mark> 标出，其余已转义') })),
  total: z.number(),
  totalCapped: z.boolean().describe('搜索只数到 1000 条：为真时显示“1000+”'),
  page: z.number(),
  pageSize: z.number(),
  words: z.array(z.string()),
});

export const eventView = z.object({
  seq: z.number(),
  type: z.string(),
  at: iso,
  actor: z.object({ id: z.number().nullable(), name: z.string().nullable(), role: z.string().nullable() }),
  payload: z.record(z.string(), z.unknown()),
});

/** A linked ticket (关联工单), as the viewer may see it: only tickets the viewer may see are listed. */
export const linkView = z.object({
  id: z.number(),
  number: z.string(),
  title: z.string(),
  status: z.enum(TICKET_STATUSES),
  kind: z.enum(LINK_KINDS).describe('split 拆分、related 相关、same_matter 同一事项（其他来电人）、follow_up 后续'),
  direction: z.enum(['out', 'in']).describe('out：本单拆分出 / 被其跟进的一方；in：本单拆分自 / 是其后续'),
  linkedAt: z.string(),
});

export const ticketDetailView = ticketView.extend({
  events: z.array(eventView).describe('全程留痕'),
  mergedTickets: z.array(z.object({ id: z.number(), number: z.string(), title: z.string() })),
  links: z.array(linkView).describe('关联工单（仅列出当前用户可见的工单）'),
});

export const articleView = z.object({
  id: z.number(),
  title: z.string(),
  body: z.string(),
  categoryId: z.number().nullable(),
  unitIds: z.array(z.number()),
  effectiveFrom: z.string().nullable(),
  expiresOn: z.string().nullable(),
  source: z.string().nullable(),
  status: z.string().describe('draft | published | archived'),
  version: z.number(),
  createdBy: z.number().nullable(),
  updatedBy: z.number().nullable(),
  createdAt: iso,
  updatedAt: iso,
});

export const articleListView = z.object({
  items: z.array(
    articleView.extend({
      snippet: z.string(),
      score: z.number().nullable().describe('相关度（BM25，仅搜索时；只用于比较同一次搜索的条目）'),
      matched: z.array(z.string()).describe('条目中命中的词（含同义词，如“丢了”命中“遗失”）'),
      inForce: z.boolean().describe('已发布且在有效期内（话务员只看到这样的条目）'),
    }),
  ),
  total: z.number(),
  words: z.array(z.string()).describe('搜索词（分词后，去掉常用虚词）'),
  synonyms: z.array(z.object({ word: z.string(), synonyms: z.array(z.string()) })).describe('按同义词扩展的搜索词'),
  notice: z.object({ code: z.string(), message: z.string() }).nullable().describe('搜索词中没有可搜索的文字时的说明（结果为空，不是错误）'),
});

export const callerHistoryView = z.object({
  items: z.array(ticketView),
  total: z.number(),
  open: z.number().describe('其中未办结的工单数'),
});

export const similarListView = z.object({
  items: z.array(
    ticketView.extend({
      score: z.number().describe('0–1，0.55 起视为同一事项'),
      why: z.object({ sharedWords: z.array(z.string()), sharedPlaces: z.array(z.string()), text: z.number(), place: z.number(), time: z.number() }),
    }),
  ),
  total: z.number(),
});

const suggestedUnit = z
  .object({ unitId: z.number(), via: z.enum(['catalogue_district', 'catalogue', 'category_lead']), categoryId: z.number(), name: z.string() })
  .nullable();
export const suggestionView = z.object({
  modelVersion: z.number().nullable(),
  categories: z
    .array(z.object({ categoryId: z.number(), name: z.string(), probability: z.number().describe('校准后的概率'), unit: suggestedUnit.describe('该分类（在本区县）的承办单位') }))
    .describe('最可能的三个分类'),
  sure: z.boolean().describe('第一个分类的概率达到建议阈值（threshold）：可以直接采用；否则为“不确定”，不应自动填入'),
  threshold: z.number().describe('建议阈值（系统管理 → 办理规则 → 智能建议）'),
  unit: suggestedUnit.describe('第一个分类的承办单位'),
  why: z.array(z.object({ word: z.string(), weight: z.number() })),
  districtId: z.number().nullable(),
});
