// The webhooks' sender: delivery rows recorded by the webhooks listener (src/listeners/webhooks.ts)
// are POSTed to their subscription's URL, signed, at least once, in order per ticket per
// subscription, retried with backoff and parked as dead after MAX_ATTEMPTS failures (replayable).
// Several processes may run it: a delivery is claimed FOR UPDATE SKIP LOCKED with a lease, so one
// process sends it; one that dies mid-delivery leaves it pending, due again when the lease ends.
//
// The contract is docs/webhooks.md:
//   POST url, Content-Type: application/json, body: the event document (app/feed.ts, schema v1)
//   X-Hotline-Signature: t=UNIX,v1=HEX   HEX = hex(HMAC-SHA256(secret, `${t}.${body}`))
//   X-Hotline-Event: the type; X-Hotline-Delivery: the event id (stable across retries)
//   any 2xx answer is success; anything else (or no answer within 10 s) is a failure.

import crypto from 'node:crypto';
import { Agent, request } from 'undici';
import type { AppContext } from '../app/context.js';
import { eventDocument } from '../app/feed.js';
import { unitSystemBodies } from '../app/unit-systems.js';
import type { Log } from '../app/log.js';
import { startDeliveryLoop } from './delivery-loop.js';
import { claimDueDeliveries, recordOutcomes, type DeliveryOutcome, type DueDelivery } from '../store/webhooks.js';

/** The wait after the n-th failed try: 10 s, 1 min, 5 min, 30 min, 2 h, 6 h. */
export const RETRY_DELAYS_MS = [10_000, 60_000, 300_000, 1_800_000, 7_200_000, 21_600_000] as const;
/** Tries before a delivery is parked as dead. */
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;
/** How long a claimed delivery is the claiming process's (longer than a request may take). */
export const LEASE_MS = 60_000;
const TIMEOUT_MS = 10_000;
const BATCH = 200;
/**
 * Kept-alive connections to each receiver: a pass's deliveries queue on at most this many, so a
 * department's server is not opened 200 connections at once. undici's request, not fetch: the
 * same client without the WHATWG layer, about twice the deliveries per second here.
 */
const dispatcher = new Agent({ connections: 32, keepAliveTimeout: 10_000 });

export function signatureHeader(secret: string, unixSeconds: number, body: string): string {
  const hex = crypto.createHmac('sha256', secret).update(`${unixSeconds}.${body}`, 'utf8').digest('hex');
  return `t=${unixSeconds},v1=${hex}`;
}

export interface WebhookPass {
  delivered: number;
  failed: number;
  dead: number;
}

/** Sends everything due now, until nothing is; the loop calls it, and so may a test or an operator. */
export async function deliverDueWebhooks(ctx: Pick<AppContext, 'db' | 'now'> & Partial<Pick<AppContext, 'ref'>>, log?: Log, leaseMs = LEASE_MS): Promise<WebhookPass> {
  const pass: WebhookPass = { delivered: 0, failed: 0, dead: 0 };
  // A delivered head makes the ticket's next event claimable: claim again until nothing is due.
  for (;;) {
    const due = await claimDueDeliveries(ctx.db, ctx.now(), BATCH, leaseMs);
    if (!due.length) return pass;
    // A unit's own system gets the ticket as the unit's people see it (app/unit-systems.ts).
    const bodies = await unitSystemBodies(ctx, due);
    // Heads of different tickets (or subscriptions): independent, so sent side by side; their
    // outcomes recorded together, in one statement.
    const outcomes = await Promise.all(due.map((d) => deliverOne(ctx, d, bodies.get(d.id))));
    await recordOutcomes(ctx.db, outcomes);
    for (const [k, o] of outcomes.entries()) {
      if (o.delivered) {
        pass.delivered++;
        continue;
      }
      if (o.retryAt) pass.failed++;
      else pass.dead++;
      const d = due[k];
      log?.warn(
        { webhook: { delivery: d.id, subscription: d.subscriptionId, attempt: d.attempts, error: o.error, retryAt: o.retryAt } },
        o.retryAt ? 'webhook delivery failed; will retry' : 'webhook delivery failed; parked as dead',
      );
    }
  }
}

async function deliverOne(ctx: Pick<AppContext, 'now'>, d: DueDelivery, unitBody?: unknown): Promise<DeliveryOutcome> {
  const body = JSON.stringify(unitBody ?? eventDocument(d.event, d.ticket, d.personalData));
  const t = Math.floor(ctx.now().getTime() / 1000);
  let status: number | null = null;
  let error: string | null = null;
  try {
    const res = await request(d.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'hotline-webhooks/1',
        'x-hotline-signature': signatureHeader(d.secret, t, body),
        'x-hotline-event': d.event.type,
        'x-hotline-delivery': String(d.event.id),
      },
      body,
      signal: AbortSignal.timeout(TIMEOUT_MS),
      dispatcher,
    });
    status = res.statusCode;
    const text = await res.body.text().catch(() => '');
    if (status < 200 || status > 299) error = `HTTP ${status}: ${text.slice(0, 200)}`;
  } catch (err) {
    error = `network: ${(err as Error).message}`;
  }
  const now = ctx.now();
  if (error === null) return { id: d.id, delivered: true, status: status ?? 200, at: now };
  return { id: d.id, delivered: false, status, error, retryAt: d.attempts >= MAX_ATTEMPTS ? null : new Date(now.getTime() + RETRY_DELAYS_MS[d.attempts - 1]) };
}

/** The sender's loop (channels/delivery-loop.ts): kicked when the webhooks listener fills the outbox. */
export function startWebhookDelivery(ctx: AppContext, log: Log, intervalMs = 1000, leaseMs = LEASE_MS): () => Promise<void> {
  return startDeliveryLoop(ctx, 'webhooks', () => deliverDueWebhooks(ctx, log, leaseMs), log, intervalMs);
}
