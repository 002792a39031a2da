// Departments' own systems (自建系统对接, issue 17 item 4; docs/unit-systems.md). A unit marked
// here answers through its own case system:
//   - its dispatches go to that system's webhook: marking the unit creates (and links) an
//     ordinary webhook subscription filtered to the unit and to the events that concern its work
//     (UNIT_SYSTEM_EVENTS), so delivery, signing, retries, dead letters and replay are the
//     webhooks' own (docs/webhooks.md); the body is built as the unit's people see the ticket;
//   - the system works the ticket through the ordinary ticket API with a unit-scoped API key
//     (store/apikeys.ts scope 'unit'), acting as a system user of its unit (store/unit-systems.ts).
// Marking, changing and unmarking are audited (unit_system.mark|update|unmark), never the secret.

import { linkedIdOf, withholdLinked } from '../domain/links.js';
import { chainOf } from '../domain/chain.js';
import { canReadContent, visiblePayload } from '../domain/privacy.js';
import { canSee, type Actor, type Ticket } from '../domain/ticket.js';
import { audit } from '../store/admin-console.js';
import { findApiKey, revokeApiKey, type ApiKeyInfo } from '../store/apikeys.js';
import { loadReferenceData, type ReferenceData } from '../store/reference.js';
import { findTicket, inTransaction } from '../store/tickets.js';
import {
  activeUnitKeyIds,
  deleteUnitSystem,
  findUnitSystem,
  insertUnitSystem,
  listUnitSystems,
  unitsOfSubscriptions,
  updateUnitSystem,
  type UnitSystemRow,
} from '../store/unit-systems.js';
import { createSubscription, deleteSubscription, findSubscription, updateSubscription, type DueDelivery, type Subscription } from '../store/webhooks.js';
import type { AppContext } from './context.js';
import { FEED_VERSION } from './feed.js';
import { ticketBaseView } from './ticket-view.js';

/**
 * The events a unit's system is sent, of the tickets its unit holds or held (the subscription's
 * unit filter): what puts work in its hands or takes it away (派单, 下派, 改派, 撤回, 移交, 退单的审核),
 * what moves its deadlines (延期, 退单驳回, 重办), supervision (督办/催办), the chain's reviews,
 * what the citizen added, and the ticket's end. Its own steps (accepted, replied …) are its own.
 */
export const UNIT_SYSTEM_EVENTS = [
  'dispatched',
  'delegated',
  'rerouted',
  'withdrawn',
  'moved',
  'return_approved',
  'return_rejected',
  'level_returned',
  'level_replied',
  'reply_approved',
  'reply_rejected',
  'extension_approved',
  'extension_denied',
  'supervised',
  'reopened',
  'called_back',
  'noted',
  'merged',
  'closed',
  'transferred',
] as const;

export class UnitSystemProblem extends Error {
  constructor(
    readonly status: 400 | 404 | 409,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export interface UnitSystemView {
  unitId: number;
  unitName: string;
  /** The system's name (市住建局 自建系统). */
  name: string;
  /** Its webhook: an ordinary subscription (null when an admin deleted it on the webhooks screen). */
  webhook: Subscription | null;
  /** The unit's keys (scope unit), newest first; the key itself is never here. */
  keys: ApiKeyInfo[];
  createdAt: Date;
}

async function view(ctx: Pick<AppContext, 'db' | 'ref'>, row: UnitSystemRow): Promise<UnitSystemView> {
  const ref = await ctx.ref.get();
  const [webhook, keys] = await Promise.all([
    row.subscriptionId != null ? findSubscription(ctx.db, row.subscriptionId) : Promise.resolve(null),
    unitKeys(ctx, row.unitId),
  ]);
  return { unitId: row.unitId, unitName: ref.unitById.get(row.unitId)?.name ?? String(row.unitId), name: row.name, webhook, keys, createdAt: row.createdAt };
}

/** Every unit key of a unit (active and revoked), newest first. */
export async function unitKeys(ctx: Pick<AppContext, 'db'>, unitId: number): Promise<ApiKeyInfo[]> {
  const rows = await ctx.db.selectFrom('api_keys').select('id').where('scope', '=', 'unit').where('unit_id', '=', unitId).orderBy('id', 'desc').execute();
  return (await Promise.all(rows.map((r) => findApiKey(ctx.db, r.id)))).filter((k): k is ApiKeyInfo => k != null);
}

export async function listUnitSystemViews(ctx: Pick<AppContext, 'db' | 'ref'>): Promise<UnitSystemView[]> {
  return Promise.all((await listUnitSystems(ctx.db)).map((r) => view(ctx, r)));
}

export async function unitSystemView(ctx: Pick<AppContext, 'db' | 'ref'>, unitId: number): Promise<UnitSystemView | null> {
  const row = await findUnitSystem(ctx.db, unitId);
  return row ? view(ctx, row) : null;
}

export interface MarkInput {
  /** Default: the unit's name + " 自建系统". */
  name?: string;
  /** The webhook: both are needed when the unit is first marked (or its subscription was deleted). */
  url?: string;
  secret?: string;
}

const auditedRow = (r: UnitSystemRow, webhook: Pick<Subscription, 'id' | 'url'> | null) => ({ unitId: r.unitId, name: r.name, subscriptionId: r.subscriptionId, url: webhook?.url ?? null });

/**
 * Marks a unit as answering through its own system, or changes its name or webhook. The webhook
 * is an ordinary subscription, filtered to the unit and UNIT_SYSTEM_EVENTS, personal data masked
 * (the unit's people see it masked too), created or changed in the same transaction.
 */
export async function markUnitSystem(ctx: Pick<AppContext, 'db' | 'ref'>, by: number, unitId: number, input: MarkInput): Promise<UnitSystemView> {
  const ref = await ctx.ref.get();
  const unit = ref.unitById.get(unitId);
  if (!unit) throw new UnitSystemProblem(404, 'unit_not_found', '承办单位不存在');
  if (unit.kind === 'center' || ref.isCentre(unitId)) throw new UnitSystemProblem(400, 'unit_is_centre', '热线中心（分中心）不是承办单位，不能设为自建系统对接');
  const row = await inTransaction(ctx.db, async (tx) => {
    const before = await findUnitSystem(tx, unitId, true);
    const name = input.name?.trim() || before?.name || `${unit.name} 自建系统`;
    const linked = before?.subscriptionId != null ? await findSubscription(tx, before.subscriptionId) : null;
    let webhook: Subscription | null = linked;
    if (linked) {
      if (input.url !== undefined || input.secret !== undefined) webhook = await updateSubscription(tx, linked.id, { url: input.url, secret: input.secret }, by);
    } else {
      if (!input.url || !input.secret) throw new UnitSystemProblem(400, 'webhook_required', '请填写自建系统的接收地址和签名密钥');
      webhook = await createSubscription(tx, { url: input.url, secret: input.secret, events: [...UNIT_SYSTEM_EVENTS], unitId, personalData: false }, by);
    }
    const after = before
      ? await updateUnitSystem(tx, unitId, { name, ...(webhook && webhook.id !== before.subscriptionId ? { subscriptionId: webhook.id } : {}) })
      : await insertUnitSystem(tx, { unitId, name, subscriptionId: webhook!.id, by });
    const beforeHook = before ? linked : null;
    const changed = !before || before.name !== after.name || before.subscriptionId !== after.subscriptionId || beforeHook?.url !== webhook?.url || input.secret !== undefined;
    if (changed) {
      await audit(tx, by, before ? 'unit_system.update' : 'unit_system.mark', {
        ...(before ? { before: auditedRow(before, beforeHook) } : {}),
        after: auditedRow(after, webhook),
        ...(input.secret !== undefined ? { secretChanged: true } : {}),
      });
    }
    return after;
  });
  return view(ctx, row);
}

/**
 * The unit no longer answers through its own system: its webhook subscription is deleted (with
 * its delivery records) and its unit keys are revoked, in one transaction. False: not marked.
 */
export async function unmarkUnitSystem(ctx: Pick<AppContext, 'db' | 'now'>, by: number, unitId: number): Promise<boolean> {
  return inTransaction(ctx.db, async (tx) => {
    const before = await findUnitSystem(tx, unitId, true);
    if (!before) return false;
    const webhook = before.subscriptionId != null ? await findSubscription(tx, before.subscriptionId) : null;
    const keys = await activeUnitKeyIds(tx, unitId);
    for (const id of keys) await revokeApiKey(tx, id, ctx.now(), by);
    await deleteUnitSystem(tx, unitId);
    if (webhook) await deleteSubscription(tx, webhook.id, by);
    await audit(tx, by, 'unit_system.unmark', { before: auditedRow(before, webhook), revokedKeys: keys });
    return true;
  });
}

// ── What the system is sent ─────────────────────────────────────────────────────────────────

/** The unit's handlers as the domain sees them: what they may see and read of a ticket. */
function unitViewer(ref: ReferenceData, unitId: number): Actor {
  return { id: null, role: 'unit_handler', unitId, scope: ref.subtree(unitId) };
}

/**
 * A ticket as the unit's handlers see it in the console (the fields of app/ticket-view.ts, which
 * api/presenters.ts presentTicket shows too, under the same privacy rules), with the deadlines of
 * the unit's own level. The full detail and the timeline are GET /api/v1/tickets/{id} with the
 * unit's key.
 */
export function unitTicketView(t: Ticket, ref: ReferenceData, viewer: Actor) {
  const { view } = ticketBaseView(t, ref, viewer);
  const mine = view.myLevel != null ? chainOf(t)[view.myLevel] : null;
  return {
    ...view,
    /** The unit's own level: its state and deadlines (the lead level's are the ticket's). */
    level: mine ? { unitId: mine.unitId, state: mine.state, acceptBy: mine.acceptBy, dueBy: mine.dueBy, acceptedAt: mine.acceptedAt } : null,
  };
}

/**
 * The bodies of the deliveries that go to units' own systems (delivery id → body); the others
 * keep the webhooks' own body. Built when sent: `ticket` is the ticket as it is then (null when
 * the unit can no longer see it: it was moved away), the event's payload as the unit's timeline
 * shows it. The subscription's personalData flag does not widen this: a unit's system sees what
 * its people see.
 */
export async function unitSystemBodies(ctx: Pick<AppContext, 'db'> & Partial<Pick<AppContext, 'ref'>>, due: readonly DueDelivery[]): Promise<Map<string, unknown>> {
  const out = new Map<string, unknown>();
  const units = await unitsOfSubscriptions(ctx.db, [...new Set(due.map((d) => d.subscriptionId))]);
  const mine = due.filter((d) => units.has(d.subscriptionId));
  if (!mine.length) return out;
  const ref = ctx.ref ? await ctx.ref.get() : await loadReferenceData(ctx.db);
  const tickets = new Map<number, Ticket | null>();
  for (const id of new Set(mine.map((d) => d.event.ticketId))) tickets.set(id, await findTicket(ctx.db, id));
  for (const d of mine) {
    const unitId = units.get(d.subscriptionId)!;
    const t = tickets.get(d.event.ticketId);
    if (!t) continue;
    const viewer = unitViewer(ref, unitId);
    const e = d.event;
    // A split or link entry names the other ticket only when the unit may see it (app/links.ts).
    const linked = linkedIdOf(e.type, e.payload);
    const other = linked != null ? await findTicket(ctx.db, linked) : null;
    const payload = linked != null && !(other && canSee(viewer, other)) ? withholdLinked(e.type, e.payload) : e.payload;
    out.set(d.id, {
      v: FEED_VERSION,
      id: e.id,
      type: e.type,
      ticketId: e.ticketId,
      ticketNumber: t.number,
      seq: e.seq,
      at: e.at.toISOString(),
      units: e.units,
      unitId,
      payload: visiblePayload(payload, t.callerName, canReadContent(viewer, t)),
      ticket: canSee(viewer, t) ? unitTicketView(t, ref, viewer) : null,
    });
  }
  return out;
}
