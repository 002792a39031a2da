// The telephony system's command interface (docs/telephony.md, "Commands to the telephony
// system"): POST {url}/calls/{callId}/transfer|conference with a JSON body, signed with the
// shared secret — X-Hotline-Signature = hex HMAC-SHA256 of `${timestamp}.${body}`, the timestamp
// (Unix seconds) in X-Hotline-Timestamp — so the telephony system knows the command is ours and
// fresh. A 2xx answer is acceptance (optionally with the result at once); anything else, a
// redirect, a timeout or a refused connection is a failure with its detail.

import crypto from 'node:crypto';
import type { TelephonyAnswer, TelephonyCommand, TelephonyConfig, TelephonyPort } from '../app/call-handoff.js';

/** How long the telephony system has to answer a command (an agent is waiting with a caller on the line). */
export const DEFAULT_TIMEOUT_MS = 5_000;

/** The signature the telephony system checks: hex HMAC-SHA256 over `${timestamp}.${body}`. */
export function signCommand(secret: string, timestamp: string, body: string): string {
  return crypto.createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
}

/** The command's JSON body, exactly as it is signed and sent. */
export function commandBody(c: TelephonyCommand): string {
  return JSON.stringify({ target: c.target, mode: c.mode, requestId: c.requestId, at: c.at.toISOString() });
}

const clip = (s: string, n = 200) => (s.length > n ? `${s.slice(0, n)}…` : s);

export class HttpTelephony implements TelephonyPort {
  constructor(private readonly opts: { timeoutMs?: number; now?: () => Date } = {}) {}

  async send(config: TelephonyConfig, c: TelephonyCommand): Promise<TelephonyAnswer> {
    const body = commandBody(c);
    const timestamp = String(Math.floor((this.opts.now?.() ?? new Date()).getTime() / 1000));
    const url = `${config.url.replace(/\/+$/, '')}/calls/${encodeURIComponent(c.callId)}/${c.mode}`;
    const timeoutMs = this.opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    let res: Response;
    try {
      res = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-hotline-timestamp': timestamp,
          'x-hotline-signature': signCommand(config.secret, timestamp, body),
          'x-hotline-request-id': c.requestId,
        },
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (err) {
      const e = err as Error & { cause?: { code?: string } };
      if (e.name === 'TimeoutError' || e.name === 'AbortError') return { ok: false, detail: `电话系统 ${timeoutMs / 1000} 秒内无应答` };
      return { ok: false, detail: `无法连接电话系统：${e.cause?.code ?? e.message}` };
    }
    const text = await res.text().catch(() => '');
    if (res.status < 200 || res.status > 299) {
      let detail = text.trim();
      try {
        const j = JSON.parse(text) as { detail?: unknown; message?: unknown };
        if (typeof j.detail === 'string') detail = j.detail;
        else if (typeof j.message === 'string') detail = j.message;
      } catch {
        /* plain text */
      }
      return { ok: false, detail: clip(`电话系统拒绝（HTTP ${res.status}）${detail ? `：${detail}` : ''}`) };
    }
    // Accepted; the result may come at once ({status: "connected" | "failed", detail}) or later.
    try {
      const j = JSON.parse(text) as { status?: unknown; detail?: unknown };
      const result = j.status === 'connected' || j.status === 'failed' ? j.status : null;
      return { ok: true, result, detail: typeof j.detail === 'string' ? clip(j.detail) : null };
    } catch {
      return { ok: true, result: null, detail: null };
    }
  }
}
