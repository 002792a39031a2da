// Canned replies (常用语): the list a step's text area offers for one ticket, best first, with
// the placeholders filled as the user sees the ticket (masked); and their management — a unit's
// handlers their own unit's, an admin the centre's and every unit's. Bad input is refused
// before anything is written.

import { canManage, canUse, CANNED_STEPS, fillPlaceholders, offeredFor, rankCanned, unknownPlaceholders, type Placeholder } from '../domain/canned-replies.js';
import { canSee, type Actor, type Ticket } from '../domain/ticket.js';
import type { ReferenceData } from '../store/reference.js';
import {
  countCannedUse,
  deleteCannedReply,
  findCannedReply,
  insertCannedReply,
  listCannedReplies,
  updateCannedReply,
  type CannedReplyInput,
  type CannedReplyRow,
} from '../store/canned-replies.js';
import { findTicket, formatShanghai } from '../store/tickets.js';
import type { UserRecord } from '../store/users.js';
import type { AppContext } from './context.js';
import { ticketBaseView } from './ticket-view.js';

export class CannedReplyProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const NOT_FOUND = () => new CannedReplyProblem(404, 'canned_reply_not_found', '常用语不存在');

/** The placeholders' values for this ticket as `actor` sees it: masked, or withheld on a confidential ticket they may not read. */
export function placeholderValues(ticket: Ticket, ref: ReferenceData, actor: Actor): Record<Placeholder, string> {
  const { view } = ticketBaseView(ticket, ref, actor);
  const unitName = (id: number | null | undefined) => (id != null ? (ref.unitById.get(id)?.name ?? null) : null);
  const unit = (actor.role === 'unit_handler' ? unitName(actor.unitId) : null) ?? unitName(view.leadUnitId) ?? view.unitName ?? '';
  return {
    工单编号: ticket.number,
    来电人称呼: view.caller.name ?? '市民',
    承办单位: unit,
    受理时间: formatShanghai(ticket.createdAt),
    诉求标题: view.title,
    诉求分类: view.categoryName ?? '',
  };
}

export interface OfferedReply extends CannedReplyRow {
  /** The text with the placeholders filled for this ticket. */
  filled: string;
}

/** What the user may insert into `step`'s text on this ticket, best first (null: no such ticket for them). */
export async function cannedForTicket(ctx: AppContext, user: UserRecord, actor: Actor, ticketId: number, step: string, q?: string): Promise<OfferedReply[] | null> {
  const [ref, ticket] = await Promise.all([ctx.ref.get(), findTicket(ctx.db, ticketId)]);
  if (!ticket || !canSee(actor, ticket)) return null;
  const rows = await listCannedReplies(ctx.db, { centre: true, unitIds: user.unitId != null && user.role === 'unit_handler' ? [user.unitId] : [] });
  const path = ref.categoryPath(ticket.categoryId);
  const words = (q ?? '').trim().toLowerCase().split(/\s+/).filter(Boolean);
  const offered = rows
    .filter((r) => canUse(user, r) && offeredFor(r, step, path))
    .filter((r) => words.every((w) => r.title.toLowerCase().includes(w) || r.body.toLowerCase().includes(w)));
  const values = placeholderValues(ticket, ref, actor);
  return rankCanned(offered, user, path).map((r) => ({ ...r, filled: fillPlaceholders(r.body, values) }));
}

/** The management list: an admin every one; a unit's handler their unit's and (read-only) the centre's. */
export async function cannedForManagement(ctx: AppContext, user: UserRecord): Promise<CannedReplyRow[]> {
  if (user.role === 'admin') return listCannedReplies(ctx.db, 'all');
  if (user.role === 'unit_handler' && user.unitId != null) return listCannedReplies(ctx.db, { centre: true, unitIds: [user.unitId] });
  throw new CannedReplyProblem(403, 'forbidden', '只有管理员和承办单位可以管理常用语');
}

export interface CannedReplyChange {
  title?: string;
  body?: string;
  /** null: centre-wide (admin only); omitted on create: the handler's own unit (an admin: centre-wide). */
  unitId?: number | null;
  categoryIds?: number[];
  steps?: string[];
  enabled?: boolean;
}

/** The whole row as it would be written, or the reason it may not be. */
async function checked(ctx: AppContext, user: UserRecord, base: CannedReplyInput, change: CannedReplyChange): Promise<CannedReplyInput> {
  const ref = await ctx.ref.get();
  const next: CannedReplyInput = {
    title: change.title ?? base.title,
    body: change.body ?? base.body,
    unitId: change.unitId !== undefined ? change.unitId : base.unitId,
    categoryIds: change.categoryIds ? [...new Set(change.categoryIds)] : base.categoryIds,
    steps: change.steps ? [...new Set(change.steps)] : base.steps,
    enabled: change.enabled ?? base.enabled,
  };
  if (!canManage(user, next)) {
    throw new CannedReplyProblem(403, 'canned_reply_scope', next.unitId == null ? '中心通用常用语只能由管理员维护' : '只能维护本单位的常用语');
  }
  if (next.unitId != null) {
    const unit = ref.unitById.get(next.unitId);
    if (!unit) throw new CannedReplyProblem(400, 'unknown_unit', `单位 ${next.unitId} 不存在`);
  }
  const badCat = next.categoryIds.find((c) => !ref.categoryById.has(c));
  if (badCat != null) throw new CannedReplyProblem(400, 'unknown_category', `诉求分类 ${badCat} 不存在`);
  const badStep = next.steps.find((s) => !(CANNED_STEPS as readonly string[]).includes(s));
  if (badStep) throw new CannedReplyProblem(400, 'unknown_step', `环节 ${badStep} 不提供常用语`);
  const unknown = unknownPlaceholders(next.body);
  if (unknown.length) {
    throw new CannedReplyProblem(400, 'unknown_placeholder', `不支持的占位符：${unknown.map((n) => `{${n}}`).join('、')}（可用：{工单编号} {来电人称呼} {承办单位} {受理时间} {诉求标题} {诉求分类}）`);
  }
  return next;
}

export async function createCannedReply(ctx: AppContext, user: UserRecord, change: CannedReplyChange & { title: string; body: string }): Promise<CannedReplyRow> {
  const defaultUnit = user.role === 'unit_handler' ? user.unitId : null;
  const input = await checked(ctx, user, { title: '', body: '', unitId: defaultUnit, categoryIds: [], steps: [], enabled: true }, change);
  return insertCannedReply(ctx.db, input, user.id, ctx.now());
}

export async function changeCannedReply(ctx: AppContext, user: UserRecord, id: number, change: CannedReplyChange): Promise<CannedReplyRow> {
  const row = await findCannedReply(ctx.db, id);
  // Another unit's are not there for a unit's handler; the centre's they see, and may not change.
  if (!row || !(canManage(user, row) || canUse(user, row))) throw NOT_FOUND();
  if (!canManage(user, row)) throw new CannedReplyProblem(403, 'canned_reply_scope', '中心通用常用语只能由管理员维护');
  const input = await checked(ctx, user, row, change);
  const updated = await updateCannedReply(ctx.db, id, input, user.id, ctx.now());
  if (!updated) throw NOT_FOUND();
  return updated;
}

export async function removeCannedReply(ctx: AppContext, user: UserRecord, id: number): Promise<void> {
  const row = await findCannedReply(ctx.db, id);
  if (!row || !(canManage(user, row) || canUse(user, row))) throw NOT_FOUND();
  if (!canManage(user, row)) throw new CannedReplyProblem(403, 'canned_reply_scope', '中心通用常用语只能由管理员维护');
  await deleteCannedReply(ctx.db, id);
}

/** One use: the user inserted it into a step's text. */
export async function recordCannedUse(ctx: AppContext, user: UserRecord, id: number): Promise<number> {
  const row = await findCannedReply(ctx.db, id);
  if (!row || !canUse(user, row) || !row.enabled) throw NOT_FOUND();
  const n = await countCannedUse(ctx.db, id, ctx.now());
  if (n == null) throw NOT_FOUND();
  return n;
}
