// Bulk steps (批量派单, 批量催办): the same step on each selected ticket, one ticket at a time,
// each through the single-ticket step (runStep) — so every rule, event, deadline and listener
// applies exactly as when the step is taken on the ticket's own page. Each ticket is its own
// transaction: a ticket refused (a wrong state, out of the actor's scope) is reported with its
// reason and the others go through. A role that may not take the step at all is refused before
// any ticket is touched.

import { canSee, COMMAND_ROLES, type Actor, type Command } from '../domain/ticket.js';
import { DomainFailure, findTicket } from '../store/tickets.js';
import type { AppContext } from './context.js';
import { runStep } from './steps.js';

/** The most tickets one bulk call takes (a page of the list is at most 200). */
export const MAX_BULK = 200;

export type BulkResult =
  | { id: number; ok: true; number: string; status: string }
  | { id: number; ok: false; number: string | null; code: string; message: string };

export class BulkRefused extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

export async function runBulkStep(ctx: AppContext, actor: Actor, ids: readonly number[], command: Command): Promise<BulkResult[]> {
  if (actor.role === 'system' || !COMMAND_ROLES[command.kind].includes(actor.role)) throw new BulkRefused('forbidden', '当前角色无权执行此操作');
  const results: BulkResult[] = [];
  for (const id of [...new Set(ids)]) {
    const before = await findTicket(ctx.db, id);
    // A ticket outside the actor's scope is as if it did not exist (no number shown).
    if (!before || !canSee(actor, before)) {
      results.push({ id, ok: false, number: null, code: 'ticket_not_found', message: '工单不存在' });
      continue;
    }
    try {
      const after = await runStep(ctx, actor, id, command);
      results.push({ id, ok: true, number: after.number, status: after.status });
    } catch (e) {
      if (!(e instanceof DomainFailure)) throw e;
      results.push({ id, ok: false, number: before.number, code: e.error.code, message: e.error.detail });
    }
  }
  return results;
}
