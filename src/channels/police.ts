// The sender of messages to 110's platform (docs/interop-110.md): the 警单 of a transfer and our
// result on a handed-over ticket, recorded by the police listener (src/listeners/police.ts), are
// POSTed to the endpoint an admin configured, signed as webhooks are (X-Hotline-Signature: t,
// HMAC-SHA256 over `${t}.${body}` with the shared secret), at least once, in order per ticket,
// retried with the webhooks' backoff and parked as dead after as many failures (replayable by an
// admin). The webhooks' pieces are reused: signature, delays, lease (src/channels/webhooks.ts).
//
// 110 may answer a 警单 with its record id (JSON {"policeRecordId": "…"}): that is its
// acknowledgement (已接收), recorded on the ticket's timeline at once.

import { acknowledgeTransfer } from '../app/police.js';
import type { AppContext } from '../app/context.js';
import type { Log } from '../app/log.js';
import { startDeliveryLoop } from './delivery-loop.js';
import { claimDueMessages, getPoliceSettings, markMessageDelivered, markMessageFailed, type DueMessage } from '../store/police.js';
import { LEASE_MS, MAX_ATTEMPTS, RETRY_DELAYS_MS, signatureHeader } from './webhooks.js';

const TIMEOUT_MS = 10_000;
const BATCH = 20;

export interface PolicePass {
  delivered: number;
  failed: number;
  dead: number;
  /** 警单 acknowledged by 110's answer (its record id). */
  acknowledged: number;
}

/** Sends everything due now, until nothing is; the loop calls it, and so may a test. Nothing is sent (or tried) until an endpoint is configured. */
export async function deliverDuePoliceMessages(ctx: AppContext, log?: Log): Promise<PolicePass> {
  const pass: PolicePass = { delivered: 0, failed: 0, dead: 0, acknowledged: 0 };
  const settings = await getPoliceSettings(ctx.db);
  if (!settings.url || !settings.secret) return pass;
  for (;;) {
    const due = await claimDueMessages(ctx.db, ctx.now(), BATCH, LEASE_MS);
    if (!due.length) return pass;
    await Promise.all(due.map((m) => sendOne(ctx, settings as { url: string; secret: string }, m, pass, log)));
  }
}

async function sendOne(ctx: AppContext, to: { url: string; secret: string }, m: DueMessage, pass: PolicePass, log?: Log): Promise<void> {
  const body = JSON.stringify({ ...m.body, messageId: m.id });
  const t = Math.floor(ctx.now().getTime() / 1000);
  let status: number | null = null;
  let error: string | null = null;
  let answer: unknown = null;
  try {
    const res = await fetch(to.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'hotline-interop-110/1',
        'x-hotline-signature': signatureHeader(to.secret, t, body),
        'x-hotline-event': `police.${m.kind}`,
        'x-hotline-delivery': m.id,
      },
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    status = res.status;
    const text = await res.text().catch(() => '');
    if (res.status < 200 || res.status > 299) error = `HTTP ${res.status}: ${text.slice(0, 200)}`;
    else {
      try {
        answer = text ? JSON.parse(text) : null;
      } catch {
        answer = null; // any 2xx is success; a body is optional
      }
    }
  } catch (err) {
    error = `network: ${(err as Error).message}`;
  }
  const now = ctx.now();
  if (error === null) {
    await markMessageDelivered(ctx.db, m, now, status ?? 200);
    pass.delivered++;
    const recordId = answer && typeof answer === 'object' ? (answer as { policeRecordId?: unknown }).policeRecordId : undefined;
    if (m.kind === 'transfer' && typeof recordId === 'string' && recordId) {
      await acknowledgeTransfer(ctx, m.ticketId, recordId);
      pass.acknowledged++;
    }
    return;
  }
  const retryAt = m.attempts >= MAX_ATTEMPTS ? null : new Date(now.getTime() + RETRY_DELAYS_MS[m.attempts - 1]);
  await markMessageFailed(ctx.db, m, error, status, retryAt, now);
  if (retryAt) pass.failed++;
  else pass.dead++;
  log?.warn({ interop110: { message: m.id, kind: m.kind, ticketId: m.ticketId, attempt: m.attempts, error, retryAt } }, retryAt ? '110 message failed; will retry' : '110 message failed; parked as dead');
}

/** The sender's loop (channels/delivery-loop.ts): kicked when the police listener fills the outbox. */
export function startPoliceDelivery(ctx: AppContext, log: Log, intervalMs = 1000): () => Promise<void> {
  return startDeliveryLoop(ctx, 'police', () => deliverDuePoliceMessages(ctx, log), log, intervalMs);
}
