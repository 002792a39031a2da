// Registering a request (受理), whatever the channel: the console's intake, the portal, Open311,
// email. One way for all: the district from the address and text, the automatic-dispatch plan,
// the registration with its idempotency key and the channel's own records in one transaction,
// then — committed — the automatic dispatch. Side effects (the portal's SMS, live updates) are
// the listeners' business (src/listeners), on the committed event stream.

import type { Transaction } from 'kysely';
import type { Actor, RegisterInput, Ticket } from '../domain/ticket.js';
import type { DB } from '../store/schema.js';
import { findLine } from '../store/reference.js';
import { DomainFailure, inTransaction, registerTicket, registerTickets, type IdempotencyRequest, type RegisterItem, type RegisterResult } from '../store/tickets.js';
import { findDistrict } from '../text/places.js';
import { planAutoDispatch, runAutoDispatch } from './auto-dispatch.js';
import type { AppContext } from './context.js';
import { GroupCommit, groupPerContext } from './group-commit.js';

export type RequestToRegister = Omit<RegisterInput, 'number'>;

export interface RegisterOptions {
  /** The same key never creates a second ticket: a retry gets the first one back (replayed). */
  idempotency?: IdempotencyRequest;
  /** The registration time (default: the context's clock). */
  now?: Date;
  /** Checks in the registering transaction, before the ticket is written (the portal spends its one-time code). */
  first?: (tx: Transaction<DB>) => Promise<void>;
  /** The channel's own records in the same transaction, when this request registered the ticket (not on a replay). */
  alongside?: (tx: Transaction<DB>, ticket: Ticket) => Promise<void>;
}

export interface Registered {
  /** The ticket now: dispatched when automatic dispatch took it. */
  ticket: Ticket;
  /** The ticket as registered. */
  registered: Ticket;
  /** A retry with the same idempotency key: nothing was written. */
  replayed: boolean;
}

export async function registerRequest(ctx: AppContext, actor: Actor, request: RequestToRegister, opts: RegisterOptions = {}): Promise<Registered> {
  const ref = await ctx.ref.get();
  // The line (热线归并) must exist; its default category applies when the request names none.
  const lineNumber = request.line?.trim() || null;
  const line = lineNumber ? await findLine(ctx.db, lineNumber) : null;
  if (lineNumber && !line) throw new DomainFailure({ status: 400, code: 'unknown_line', detail: `热线号码 ${lineNumber} 不存在（未归并的热线）` });
  if (line && request.categoryId == null && line.categoryId != null) request = { ...request, categoryId: line.categoryId };
  // The ticket's centre: a sub-centre's line's tickets are the sub-centre's (分中心); otherwise the
  // registering agent's centre (the system's: the root).
  const centreId = line?.mode === 'sub_centre' && line.unitId != null ? line.unitId : (actor.centreId ?? ref.centreOf(actor.unitId));
  request = { ...request, line: lineNumber, centreId };
  const districtId = request.districtId ?? findDistrict(`${request.address ?? ''} ${request.content}`, ref.units);
  // 智能派单: a confident classification, when an admin turned it on, dispatches at once — only
  // to a unit of the ticket's centre (a sub-centre's or a city's ticket stays in its own tree).
  const planned = await planAutoDispatch(ctx, ref, { ...request, districtId });
  const centreUnits = ref.centreUnits(centreId);
  const plan = planned && (!centreUnits || centreUnits.has(planned.unitId)) ? planned : null;
  const now = opts.now ?? ctx.now();
  const input = { ...request, categoryId: request.categoryId ?? planned?.categoryId ?? null, districtId };
  // With a channel's own records, one transaction holds them all. Alone, registration is one
  // statement, atomic by itself (no BEGIN and COMMIT round trips), and the registrations that
  // arrive while one is being written go together in the next (group commit).
  const { ticket, replayed } =
    opts.first || opts.alongside
      ? await inTransaction(ctx.db, async (tx) => {
          await opts.first?.(tx);
          const res = await registerTicket(tx, input, actor, now, opts.idempotency);
          if (!res.replayed) await opts.alongside?.(tx, res.ticket);
          return res;
        })
      : await registerTogether(ctx, { input, actor, now, idempotency: opts.idempotency });
  if (replayed) return { ticket, registered: ticket, replayed };
  ctx.listeners.nudge();
  return { ticket: await runAutoDispatch(ctx, ref, ticket, plan), registered: ticket, replayed };
}

/** The most registrations in one statement (about 24 parameters each). */
const REGISTER_BATCH = 64;

/**
 * Registers with the others waiting meanwhile, in one statement (store/tickets.ts
 * registerTickets); two requests with the same idempotency key never share one. A batch refused
 * before anything was written — by the decider, or by the database with its error code — goes
 * again one by one (GroupCommit), so only the refused request fails. Any other failure (the
 * connection lost: the statement may have committed) is every item's answer, never a second try.
 */
const registrationsOf = groupPerContext(
  (ctx: AppContext) =>
    new GroupCommit<RegisterItem, RegisterResult | Error>(
      async (items) => {
        try {
          return await registerTickets(ctx.db, items);
        } catch (err) {
          const refused = err instanceof DomainFailure || /^[0-9A-Z]{5}$/.test(String((err as { code?: unknown }).code));
          if (refused && items.length > 1) throw err;
          return items.map(() => (err instanceof Error ? err : new Error(String(err))));
        }
      },
      { max: REGISTER_BATCH, key: (i) => (i.idempotency ? `${i.idempotency.scope}\u0000${i.idempotency.key}` : undefined) },
    ),
);

async function registerTogether(ctx: AppContext, item: RegisterItem): Promise<RegisterResult> {
  const result = await registrationsOf(ctx).submit(item);
  if (result instanceof Error) throw result;
  return result;
}
