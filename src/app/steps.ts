// A lifecycle step on a ticket (签收, 答复, 回访 …), by a user or by the platform for a citizen:
// the checks that need the database (a cited knowledge article in force), then the store loads
// the ticket, lets the domain decide and writes the events and the ticket together.
// Committed, the listeners are nudged (notifications, mail, SMS, live updates).

import type { Transaction } from 'kysely';
import { shanghaiDate } from '../domain/calendar.js';
import type { Actor, Command, Ticket } from '../domain/ticket.js';
import type { DB } from '../store/schema.js';
import { DomainFailure, inTransaction, runCommand, runCommandOptimistic } from '../store/tickets.js';
import type { AppContext } from './context.js';

export interface StepOptions {
  /** The step's time (default: the context's clock). */
  now?: Date;
  /** Checks in the step's transaction, before it (the portal spends its one-time code). */
  first?: (tx: Transaction<DB>) => Promise<void>;
  /** The caller's own records in the same transaction, after the step (attachments). */
  alongside?: (tx: Transaction<DB>, ticket: Ticket) => Promise<void>;
}

export async function runStep(ctx: AppContext, actor: Actor, ticketId: number, command: Command, opts: StepOptions = {}): Promise<Ticket> {
  return (await step(ctx, actor, ticketId, command, opts, null))!;
}

/**
 * The step once per delivery of something that may come again (a mail delivered twice): claim
 * returns false when it was recorded before, and then nothing is written (null).
 */
export async function runStepOnce(
  ctx: AppContext,
  actor: Actor,
  ticketId: number,
  command: Command,
  opts: StepOptions & { claim: (tx: Transaction<DB>) => Promise<boolean> },
): Promise<Ticket | null> {
  return step(ctx, actor, ticketId, command, opts, opts.claim);
}

async function step(
  ctx: AppContext,
  actor: Actor,
  ticketId: number,
  command: Command,
  opts: StepOptions,
  claim: ((tx: Transaction<DB>) => Promise<boolean>) | null,
): Promise<Ticket | null> {
  const ref = await ctx.ref.get();
  const now = opts.now ?? ctx.now();
  if (command.kind === 'answer' && command.articleId != null) await requireArticleInForce(ctx, command.articleId, now);
  // A step with nothing of the caller's to write in its transaction takes the short way (two
  // round trips to the database instead of six: store/tickets.ts).
  const after =
    claim || opts.first || opts.alongside
      ? await inTransaction(ctx.db, async (tx) => {
          if (claim && !(await claim(tx))) return null;
          await opts.first?.(tx);
          const t = await runCommand(tx, ref, ticketId, command, actor, now);
          await opts.alongside?.(tx, t);
          return t;
        })
      : await runCommandOptimistic(ctx.db, ref, ticketId, command, actor, now);
  if (after) ctx.listeners.nudge();
  return after;
}

/** A direct answer may cite only a published knowledge article in force today. */
async function requireArticleInForce(ctx: AppContext, articleId: number, now: Date): Promise<void> {
  const article = await ctx.db.selectFrom('kb_articles').select(['status', 'effective_from', 'expires_on']).where('id', '=', articleId).executeTakeFirst();
  const today = shanghaiDate(now);
  const inForce = article && (!article.effective_from || article.effective_from <= today) && (!article.expires_on || article.expires_on >= today);
  if (article?.status !== 'published' || !inForce) {
    throw new DomainFailure({ status: 400, code: 'unknown_article', detail: '引用的知识条目不存在、未发布或不在有效期内' });
  }
}
