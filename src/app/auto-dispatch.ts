// Automatic dispatch (智能派单) on every channel: planned before a request is registered, run
// right after the registration commits.

import { sql, type Kysely } from 'kysely';
import { SYSTEM_ACTOR, type Actor, type Ticket } from '../domain/ticket.js';
import { DEFAULT_SUGGESTION, type AutoDispatch, type ReferenceData, type SuggestionSettings } from '../store/reference.js';
import type { DB } from '../store/schema.js';
import { readSetting, saveSetting } from '../store/settings.js';
import { DomainFailure, runCommand } from '../store/tickets.js';
import type { AppContext } from './context.js';
import { suggest, type RequestText } from './suggest.js';

export interface AutoDispatchPlan {
  categoryId: number;
  unitId: number;
  note: string;
}

/**
 * The dispatch to make at registration, when automatic dispatch is on and the suggestion is
 * confident enough: sure (the console would fill it in) and at or above automatic dispatch's own,
 * higher threshold (settings keep it at or above the suggestion's).
 */
export async function autoDispatchFor(ctx: AppContext, ref: ReferenceData, input: RequestText): Promise<AutoDispatchPlan | null> {
  if (!ref.autoDispatch.enabled) return null;
  const s = await suggest(ctx, ref, input);
  const top = s.categories[0];
  if (!top || !s.unit || !s.sure || top.probability < ref.autoDispatch.threshold) return null;
  return {
    categoryId: top.categoryId,
    unitId: s.unit.unitId,
    note: `自动派单：分类“${top.name}”置信度 ${(top.probability * 100).toFixed(1)}%（模型第 ${s.modelVersion} 版）`,
  };
}

/**
 * 智能派单 on any channel, before registering: the category and lead unit to use when an admin
 * enabled automatic dispatch and the model is confident about this request; null otherwise.
 * Emergencies always go to a person. A category the citizen chose wins: the model's suggestion
 * is used only when it lies on the same branch of the tree, else a dispatcher decides.
 */
export async function planAutoDispatch(
  ctx: AppContext,
  ref: ReferenceData,
  input: RequestText & { categoryId?: number | null; priority?: string | null },
): Promise<AutoDispatchPlan | null> {
  if (input.priority === 'emergency') return null;
  const auto = await autoDispatchFor(ctx, ref, input);
  if (!auto) return null;
  const chosen = input.categoryId ?? null;
  if (chosen == null) return auto;
  const sameBranch = ref.categoryPath(auto.categoryId).includes(chosen) || ref.categoryPath(chosen).includes(auto.categoryId);
  return sameBranch ? { ...auto, categoryId: chosen } : null;
}

/** After registering (committed): dispatch as planned. A failure leaves the ticket registered for a dispatcher. */
export async function runAutoDispatch(ctx: AppContext, ref: ReferenceData, ticket: Ticket, plan: AutoDispatchPlan | null): Promise<Ticket> {
  if (!plan) return ticket;
  try {
    const after = await runCommand(ctx.db, ref, ticket.id, { kind: 'dispatch', unitId: plan.unitId, note: plan.note }, SYSTEM_ACTOR, ctx.now());
    ctx.listeners.nudge();
    return after;
  } catch (err) {
    ctx.log.warn({ err, ticket: ticket.id }, 'automatic dispatch failed');
    return ticket;
  }
}

// ── The two thresholds (系统管理 → 办理规则 → 智能建议与自动派单) ─────────────────────────────

const DEFAULT_AUTO_DISPATCH: AutoDispatch = { enabled: false, threshold: 0.9 };

/** Both thresholds as stored; the caller holds the lock, so neither changes until it commits. */
async function thresholds(tx: Kysely<DB>): Promise<{ suggestion: SuggestionSettings; auto: AutoDispatch }> {
  // One save of either at a time: each checks the other's value, which must not move meanwhile.
  await sql`SELECT pg_advisory_xact_lock(hashtext('hotline-smart-thresholds'))`.execute(tx);
  return {
    suggestion: { ...DEFAULT_SUGGESTION, ...((await readSetting<Partial<SuggestionSettings>>(tx, 'suggestion')) ?? {}) },
    auto: { ...DEFAULT_AUTO_DISPATCH, ...((await readSetting<Partial<AutoDispatch>>(tx, 'auto_dispatch')) ?? {}) },
  };
}

const outOfOrder = (suggestion: number, auto: number) =>
  new DomainFailure({
    status: 400,
    code: 'threshold_order',
    detail: `自动派单阈值（${auto}）不能低于智能建议阈值（${suggestion}）：不确定的建议不会自动派单。请先调整另一项`,
  });

/** The suggestion's threshold (建议阈值): never above automatic dispatch's. Audit-logged as settings.suggestion. */
export async function saveSuggestionSettings(ctx: AppContext, actor: Pick<Actor, 'id'>, next: SuggestionSettings): Promise<SuggestionSettings> {
  let auto = DEFAULT_AUTO_DISPATCH;
  const saved = await saveSetting<SuggestionSettings>(
    ctx.db,
    'suggestion',
    actor.id,
    async (tx) => {
      const now = await thresholds(tx);
      auto = now.auto;
      return now.suggestion;
    },
    () => {
      if (next.threshold > auto.threshold) throw outOfOrder(next.threshold, auto.threshold);
      return { value: { threshold: next.threshold } };
    },
  );
  ctx.ref.invalidate();
  return saved;
}

/** Automatic dispatch (自动派单) on or off, and its threshold: never below the suggestion's. Audit-logged as settings.auto_dispatch. */
export async function saveAutoDispatchSettings(ctx: AppContext, actor: Pick<Actor, 'id'>, next: AutoDispatch): Promise<AutoDispatch> {
  let suggestion = DEFAULT_SUGGESTION;
  const saved = await saveSetting<AutoDispatch>(
    ctx.db,
    'auto_dispatch',
    actor.id,
    async (tx) => {
      const now = await thresholds(tx);
      suggestion = now.suggestion;
      return now.auto;
    },
    () => {
      if (next.threshold < suggestion.threshold) throw outOfOrder(suggestion.threshold, next.threshold);
      return { value: { enabled: next.enabled, threshold: next.threshold } };
    },
  );
  ctx.ref.invalidate();
  return saved;
}
