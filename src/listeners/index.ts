// The listeners of a server process, started by the server's assembly (api/app.ts): live
// updates for this process's users, notifications for the units, SMS and mail to citizens, webhooks' deliveries, messages to 110, repeats (重复件) flagged.

import type { AppContext } from '../app/context.js';
import { answerMailListener } from './answer-mail.js';
import { citizenSmsListener } from './citizen-sms.js';
import { liveListener } from './live.js';
import { notificationsListener } from './notifications.js';
import { policeListener } from './police.js';
import { repeatsListener } from './repeats.js';
import { ListenerRunner } from './runner.js';
import { webhooksListener } from './webhooks.js';

export async function startListeners(ctx: AppContext): Promise<ListenerRunner> {
  const runner = new ListenerRunner(ctx.db, [liveListener(ctx), notificationsListener(ctx), citizenSmsListener(ctx), answerMailListener(ctx), webhooksListener(ctx), policeListener(ctx), repeatsListener(ctx)], ctx.log);
  await runner.start();
  ctx.listeners = runner;
  return runner;
}
