// Canned replies (常用语, Zammad's text modules, Freshdesk's canned responses): who may use and
// manage which, which ones a step of a ticket offers and in what order, and the placeholders
// filled from the ticket as the person inserting it sees it (masked: never the full phone).
// Pure: no I/O.

import type { Role } from './ticket-types.js';

/**
 * The steps whose text a canned reply may go into (the step dialogs with a text area):
 * 答复, 补充说明, 督办回复, 回访备注, 退单理由, 直接答复, 延期理由, 重办理由, 督办内容,
 * 审核意见, 办结说明, 不予受理说明, 下派意见.
 */
export const CANNED_STEPS = [
  'reply',
  'note',
  'supervision-reply',
  'callback',
  'return',
  'answer',
  'extend',
  'reopen',
  'supervise',
  'review-reply',
  'close',
  'refuse',
  'delegate',
] as const;
export type CannedStep = (typeof CANNED_STEPS)[number];

/**
 * What may be written in braces and is filled when inserted: 工单编号 the ticket's number,
 * 来电人称呼 the caller's masked name (张*) or 市民, 承办单位 the unit (the inserting handler's own,
 * else the lead unit), 受理时间 when it was registered (Asia/Shanghai), 诉求标题, 诉求分类.
 */
export const PLACEHOLDERS = ['工单编号', '来电人称呼', '承办单位', '受理时间', '诉求标题', '诉求分类'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

export const MAX_CANNED_TITLE = 100;
export const MAX_CANNED_BODY = 5000;

/** `{名称}` in a text: a name of Chinese characters (or letters) between braces. */
const PLACEHOLDER_RE = /\{([\p{Script=Han}A-Za-z_]{1,20})\}/gu;

/** Names in braces that are not placeholders ({来电电话}: the phone is never filled in). */
export function unknownPlaceholders(body: string): string[] {
  const known = new Set<string>(PLACEHOLDERS);
  return [...new Set([...body.matchAll(PLACEHOLDER_RE)].map((m) => m[1]).filter((n) => !known.has(n)))];
}

/** The text with every placeholder replaced by its value (an unknown name is left as written). */
export function fillPlaceholders(body: string, values: Readonly<Record<Placeholder, string>>): string {
  return body.replace(PLACEHOLDER_RE, (whole, name: string) => ((PLACEHOLDERS as readonly string[]).includes(name) ? values[name as Placeholder] : whole));
}

export interface CannedReply {
  id: number;
  title: string;
  body: string;
  /** null: centre-wide (中心通用); else the one unit whose handlers use and manage it. */
  unitId: number | null;
  /** Empty: every category; else these and their subtrees. */
  categoryIds: readonly number[];
  /** Empty: every step in CANNED_STEPS. */
  steps: readonly string[];
  enabled: boolean;
  useCount: number;
}

export interface CannedUser {
  role: Role;
  unitId: number | null;
}

/** Who manages a canned reply: an admin any; a unit's handler only their own unit's. */
export function canManage(user: CannedUser, reply: Pick<CannedReply, 'unitId'>): boolean {
  if (user.role === 'admin') return true;
  return user.role === 'unit_handler' && reply.unitId != null && reply.unitId === user.unitId;
}

/** Who may insert it: centre-wide ones every staff role that writes steps; a unit's own only that unit's handlers (and an admin). */
export function canUse(user: CannedUser, reply: Pick<CannedReply, 'unitId'>): boolean {
  if (user.role === 'analyst' || user.role === 'quality_inspector') return false;
  if (reply.unitId == null) return true;
  return user.role === 'admin' || (user.role === 'unit_handler' && reply.unitId === user.unitId);
}

/** Whether `reply` is meant for this step of a ticket whose category path (itself first, then its ancestors) is given. */
export function offeredFor(reply: CannedReply, step: string, categoryPath: readonly number[]): boolean {
  if (!reply.enabled) return false;
  if (reply.steps.length && !reply.steps.includes(step)) return false;
  return !reply.categoryIds.length || reply.categoryIds.some((c) => categoryPath.includes(c));
}

/**
 * Best first: the user's own unit's before the centre's, those made for the ticket's category
 * before general ones, then the most used, then by title.
 */
export function rankCanned<T extends CannedReply>(replies: readonly T[], user: CannedUser, categoryPath: readonly number[]): T[] {
  const own = (r: T) => (r.unitId != null && r.unitId === user.unitId ? 1 : 0);
  const cat = (r: T) => (r.categoryIds.length && r.categoryIds.some((c) => categoryPath.includes(c)) ? 1 : 0);
  return [...replies].sort((a, b) => own(b) - own(a) || cat(b) - cat(a) || b.useCount - a.useCount || a.title.localeCompare(b.title, 'zh-CN') || a.id - b.id);
}
