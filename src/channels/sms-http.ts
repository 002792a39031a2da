// The HTTP SMS gateway's delivery loop (HOTLINE_SMS_GATEWAY=http): messages queued in
// citizen_messages by the gateway (src/app/sms.ts HttpSmsGateway) are sent to the provider's
// HTTP API after the transaction that queued them committed, so a slow or broken provider never
// holds up a ticket. Each try is counted; a failure is tried again with backoff, up to
// MAX_ATTEMPTS, then given up (failed_at) with its last error kept. Several processes may run the
// loop: a message is claimed (FOR UPDATE SKIP LOCKED, with a lease) before it is sent.
//
// The contract — what we send, how it is signed, what we accept back — is docs/sms.md:
//   POST HOTLINE_SMS_URL, Content-Type: application/json, X-Sms-Key: HOTLINE_SMS_KEY
//   {phone, text, sign, timestamp, nonce, signature}
//   signature = hex(HMAC-SHA256(HOTLINE_SMS_SECRET, timestamp + "\n" + nonce + "\n" + phone + "\n" + sign + "\n" + text))
//   answer: HTTP 200 with {"code": 0, "messageId": "…"}; anything else is a failure.

import crypto from 'node:crypto';
import type { AppContext } from '../app/context.js';
import type { Log } from '../app/log.js';
import type { HttpSmsConfig } from '../app/sms.js';
import { claimDue, markFailed, markSent, type DueMessage } from '../store/sms.js';

/** Tries before a message is given up. */
export const MAX_ATTEMPTS = 6;
/** The wait after the n-th failed try: 30 s, 1, 2, 4, 8 minutes. */
export const retryDelayMs = (attempt: number) => 30_000 * 2 ** (attempt - 1);
/** How long a claimed message is the claiming process's (longer than a request may take). */
const LEASE_MS = 60_000;
const TIMEOUT_MS = 10_000;
const BATCH = 20;

/** The string the signature is made over: fixed order, one field a line, the text last (it may hold anything). */
export function canonicalString(m: { timestamp: number; nonce: string; phone: string; sign: string; text: string }): string {
  return `${m.timestamp}\n${m.nonce}\n${m.phone}\n${m.sign}\n${m.text}`;
}

export function signature(secret: string, canonical: string): string {
  return crypto.createHmac('sha256', secret).update(canonical, 'utf8').digest('hex');
}

/** Our texts start with the signature (【12345】); the provider adds it from `sign`. */
const withoutSign = (text: string) => text.replace(/^【[^】]{1,20}】/, '');

/** One message to the provider: its messageId, or an Error saying what went wrong. */
export async function sendOne(config: HttpSmsConfig, m: { phone: string; text: string }, now: Date): Promise<string> {
  const body = { phone: m.phone, text: withoutSign(m.text), sign: config.sign, timestamp: Math.floor(now.getTime() / 1000), nonce: crypto.randomBytes(16).toString('hex') };
  const signed = { ...body, signature: signature(config.secret, canonicalString(body)) };
  let res: Response;
  try {
    res = await fetch(config.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-sms-key': config.key },
      body: JSON.stringify(signed),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (err) {
    throw new Error(`network: ${(err as Error).message}`);
  }
  const text = await res.text().catch(() => '');
  if (res.status !== 200) throw new Error(`HTTP ${res.status}: ${text.slice(0, 200)}`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error(`not JSON: ${text.slice(0, 200)}`);
  }
  const p = parsed as { code?: unknown; messageId?: unknown; message?: unknown };
  if (p.code !== 0) throw new Error(`code ${String(p.code)}: ${String(p.message ?? '').slice(0, 200)}`);
  return typeof p.messageId === 'string' || typeof p.messageId === 'number' ? String(p.messageId) : '';
}

export interface DeliveryPass {
  sent: number;
  failed: number;
  gaveUp: number;
}

/** Sends everything due now; returns what happened. The loop calls it; so may a test or an operator. */
export async function deliverDue(ctx: Pick<AppContext, 'db' | 'now'>, config: HttpSmsConfig, log?: Log): Promise<DeliveryPass> {
  const pass: DeliveryPass = { sent: 0, failed: 0, gaveUp: 0 };
  for (;;) {
    const due = await claimDue(ctx.db, ctx.now(), BATCH, LEASE_MS);
    for (const m of due) await deliverOne(ctx, config, m, pass, log);
    if (due.length < BATCH) return pass;
  }
}

async function deliverOne(ctx: Pick<AppContext, 'db' | 'now'>, config: HttpSmsConfig, m: DueMessage, pass: DeliveryPass, log?: Log) {
  try {
    const id = await sendOne(config, m, ctx.now());
    await markSent(ctx.db, m.id, ctx.now(), id || null);
    pass.sent++;
  } catch (err) {
    const now = ctx.now();
    const error = (err as Error).message;
    const retryAt = m.attempts >= MAX_ATTEMPTS ? null : new Date(now.getTime() + retryDelayMs(m.attempts));
    await markFailed(ctx.db, m.id, now, error, retryAt);
    if (retryAt) pass.failed++;
    else pass.gaveUp++;
    log?.warn({ sms: { id: m.id, attempt: m.attempts, error, retryAt } }, retryAt ? 'SMS delivery failed; will retry' : 'SMS delivery failed; given up');
  }
}

/** The loop: a pass every intervalMs (one at a time); the returned function stops it and waits for the pass under way. */
export function startSmsDelivery(ctx: AppContext, config: HttpSmsConfig, log: Log, intervalMs = 2000): () => Promise<void> {
  let running: Promise<unknown> | null = null;
  let stopped = false;
  const tick = () => {
    if (running || stopped) return;
    running = deliverDue(ctx, config, log)
      .catch((err) => log.error({ err }, 'SMS delivery pass failed'))
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  setImmediate(tick);
  return async () => {
    stopped = true;
    clearInterval(timer);
    await running;
  };
}
