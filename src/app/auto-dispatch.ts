// Automatic dispatch (智能派单) on every channel: planned before a request is registered, run
// right after the registration commits.

import { SYSTEM_ACTOR, type Ticket } from '../domain/ticket.js';
import type { ReferenceData } from '../store/reference.js';
import { runCommand } from '../store/tickets.js';
import type { AppContext } from './context.js';
import { suggest, type RequestText } from './suggest.js';

export interface AutoDispatchPlan {
  categoryId: number;
  unitId: number;
  note: string;
}

/** The dispatch to make at registration, when automatic dispatch is on and the suggestion is confident enough. */
export async function autoDispatchFor(ctx: AppContext, ref: ReferenceData, input: RequestText): Promise<AutoDispatchPlan | null> {
  if (!ref.autoDispatch.enabled) return null;
  const s = await suggest(ctx, ref, input);
  const top = s.categories[0];
  if (!top || !s.unit || top.probability < ref.autoDispatch.threshold) return null;
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
