// The SMS gateway port: one-time codes and notices to citizens go through it (ctx.sms). The
// development gateway ("log", the default) writes the text — and so the code — to the server
// log and records it in the outbox (citizen_messages) as sent. The "outbox" gateway only queues
// the message in citizen_messages (sent_at null) for an external SMS relay to send and mark.
// Production gateways (a carrier's HTTP API) implement SmsGateway as a channel
// (src/channels/) and are handed to the server's assembly; these two are chosen by
// HOTLINE_SMS_GATEWAY.

import type { Kysely } from 'kysely';
import { maskPhone, maskText } from '../domain/masking.js';
import type { DB } from '../store/schema.js';
import type { Log } from './log.js';

export interface SmsMeta {
  /** What the message is: 'otp', 'portal_registered', … (citizen_messages.kind). */
  kind: string;
  ticketId?: number | null;
  now?: Date;
  /** The transaction to record the message in (a listener's, so that it is recorded once). */
  db?: Kysely<DB>;
}

export interface SmsGateway {
  readonly name: string;
  send(phone: string, text: string, meta?: SmsMeta): Promise<void>;
}

/** Development: the message goes to the server log (pino) and to the outbox, marked sent. */
export class LogSmsGateway implements SmsGateway {
  readonly name = 'log';
  constructor(
    private readonly db: Kysely<DB>,
    private readonly log: Log,
  ) {}
  async send(phone: string, text: string, meta: SmsMeta = { kind: 'sms' }): Promise<void> {
    const now = meta.now ?? new Date();
    await (meta.db ?? this.db)
      .insertInto('citizen_messages')
      .values({ phone, ticket_id: meta.ticketId ?? null, kind: meta.kind, text, created_at: now, sent_at: now })
      .execute();
    // The log is masked like everywhere else: the phone, and personal data in the text (a
    // one-time code stays readable: it is what a developer needs, and it expires in minutes).
    const logged = maskText(text);
    this.log.info({ sms: { to: maskPhone(phone), kind: meta.kind, text: logged } }, `[development SMS gateway] ${maskPhone(phone)}: ${logged}`);
  }
}

/** Queues the message in citizen_messages for an external relay, which sends it and sets sent_at. */
export class OutboxSmsGateway implements SmsGateway {
  readonly name = 'outbox';
  constructor(private readonly db: Kysely<DB>) {}
  async send(phone: string, text: string, meta: SmsMeta = { kind: 'sms' }): Promise<void> {
    await (meta.db ?? this.db)
      .insertInto('citizen_messages')
      .values({ phone, ticket_id: meta.ticketId ?? null, kind: meta.kind, text, created_at: meta.now ?? new Date(), sent_at: null })
      .execute();
  }
}

/** The gateway HOTLINE_SMS_GATEWAY names: "log" (default, development) or "outbox". */
export function smsGatewayFromEnv(db: Kysely<DB>, log: Log, env: NodeJS.ProcessEnv = process.env): SmsGateway {
  const name = (env.HOTLINE_SMS_GATEWAY ?? 'log').trim() || 'log';
  switch (name) {
    case 'log':
      return new LogSmsGateway(db, log);
    case 'outbox':
      return new OutboxSmsGateway(db);
    default:
      throw new Error(`HOTLINE_SMS_GATEWAY=${name}: unknown SMS gateway (use "log" or "outbox")`);
  }
}
