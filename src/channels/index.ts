// Channels that listen on their own sockets (the SMTP listener for the email channel), started
// with the server. Returns a function that stops them.
//
// Settings (environment):
//   HOTLINE_SMTP_PORT       start the email channel's SMTP listener on this port (unset: no listener)
//   HOTLINE_SMTP_HOST       address to listen on (default 127.0.0.1; no auth, no TLS: keep it internal)
//   HOTLINE_SMTP_ADDRESS    the hotline's mail address; only mail to it is accepted (default 12345@hotline.local)
//   HOTLINE_SMTP_MAX_BYTES  largest message accepted (default 10 MB)
//   HOTLINE_SMTP_OUT        smtp(s):// URL for outgoing receipts (unset: receipts are written to the log)
//   (HOTLINE_SMS_GATEWAY, the SMS gateway, is chosen with the context: src/app/sms.ts; with
//   HOTLINE_SMS_GATEWAY=http its delivery loop runs here: src/channels/sms-http.ts, docs/sms.md)
//   HOTLINE_WEBHOOKS_INTERVAL_MS  how often the webhooks' sender looks for due deliveries (default 1000)
//   HOTLINE_WEBHOOKS_LEASE_MS     how long a claimed delivery is its process's before another may
//                                 send it again (default 60000: longer than a request may take)

import type { AppContext } from '../app/context.js';
import type { Log } from '../app/log.js';
import { HttpSmsGateway } from '../app/sms.js';
import { DEFAULT_MAX_BYTES, startEmailChannel } from './email.js';
import { startSmsDelivery } from './sms-http.js';
import { startPoliceDelivery } from './police.js';
import { startWebhookDelivery } from './webhooks.js';

export async function startChannels(ctx: AppContext, log: Log, env: NodeJS.ProcessEnv = process.env): Promise<() => Promise<void>> {
  const stops: (() => Promise<void>)[] = [];
  if (env.HOTLINE_SMTP_PORT) {
    const port = Number(env.HOTLINE_SMTP_PORT);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`HOTLINE_SMTP_PORT=${env.HOTLINE_SMTP_PORT}: not a port number`);
    const maxBytes = env.HOTLINE_SMTP_MAX_BYTES ? Number(env.HOTLINE_SMTP_MAX_BYTES) : DEFAULT_MAX_BYTES;
    if (!Number.isInteger(maxBytes) || maxBytes < 1024) throw new Error(`HOTLINE_SMTP_MAX_BYTES=${env.HOTLINE_SMTP_MAX_BYTES}: expected a byte count ≥ 1024`);
    const email = await startEmailChannel({
      ctx,
      port,
      host: env.HOTLINE_SMTP_HOST || '127.0.0.1',
      address: env.HOTLINE_SMTP_ADDRESS || '12345@hotline.local',
      maxBytes,
      out: env.HOTLINE_SMTP_OUT || undefined,
      log,
    });
    stops.push(email.close);
  }
  if (ctx.sms instanceof HttpSmsGateway) stops.push(startSmsDelivery(ctx, ctx.sms.config, log));
  // Webhooks' deliveries (docs/webhooks.md): always; a pass with no subscriptions is one indexed look-up.
  stops.push(startWebhookDelivery(ctx, log, Number(env.HOTLINE_WEBHOOKS_INTERVAL_MS ?? 1000), Number(env.HOTLINE_WEBHOOKS_LEASE_MS ?? 60_000)));
  // Messages to 110's platform (docs/interop-110.md): nothing is sent until an admin configures its endpoint.
  stops.push(startPoliceDelivery(ctx, log, Number(env.HOTLINE_WEBHOOKS_INTERVAL_MS ?? 1000)));
  return async () => {
    for (const stop of stops.reverse()) await stop();
  };
}
