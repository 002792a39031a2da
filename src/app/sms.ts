// The SMS gateway port: one-time codes and notices to citizens go through it (ctx.sms). Every
// gateway records the message in citizen_messages (direction out), so a ticket's messages can be
// listed whatever the gateway. Chosen by HOTLINE_SMS_GATEWAY:
//   log     (default, development) writes the text — and so a code — to the server log, and
//           records the message as sent;
//   outbox  only queues it (sent_at null) for an external SMS relay to send and mark sent_at;
//   http    queues it for the HTTP gateway's delivery loop (src/channels/sms-http.ts), which
//           sends it to a provider's HTTP API with retries (contract: docs/sms.md). Sending never
//           happens inside the ticket's transaction: the message is a row until the loop sends it.

import type { Kysely } from 'kysely';
import { maskPhone, maskText } from '../domain/masking.js';
import type { DB } from '../store/schema.js';
import { insertOutbounds, type OutboundMessage } from '../store/sms.js';
import type { Log } from './log.js';

export interface SmsMeta {
  /** What the message is: 'otp', 'portal_registered', … (citizen_messages.kind). */
  kind: string;
  ticketId?: number | null;
  now?: Date;
  /** The transaction to record the message in (a listener's, so that it is recorded once). */
  db?: Kysely<DB>;
  /** A reply summary or survey: the reply (ticket_events id of 'replied') it is about. */
  replyEventId?: number | null;
}

/** One message to send: sendAll's item. */
export interface SmsMessage {
  phone: string;
  text: string;
  meta: SmsMeta;
}

export interface SmsGateway {
  readonly name: string;
  send(phone: string, text: string, meta?: SmsMeta): Promise<void>;
  /** Several messages, recorded in one statement (in `db`: a listener's transaction). */
  sendAll(messages: SmsMessage[], db?: Kysely<DB>): Promise<void>;
}

/** Every gateway records what it sends; they differ in how a message leaves (OutboundMessage.delivery). */
abstract class RecordingSmsGateway implements SmsGateway {
  abstract readonly name: string;
  protected abstract readonly delivery: OutboundMessage['delivery'];
  constructor(protected readonly db: Kysely<DB>) {}
  send(phone: string, text: string, meta: SmsMeta = { kind: 'sms' }): Promise<void> {
    return this.sendAll([{ phone, text, meta }], meta.db);
  }
  async sendAll(messages: SmsMessage[], db?: Kysely<DB>): Promise<void> {
    await insertOutbounds(
      db ?? this.db,
      messages.map(({ phone, text, meta }) => ({ phone, ticketId: meta.ticketId ?? null, kind: meta.kind, text, now: meta.now ?? new Date(), delivery: this.delivery, replyEventId: meta.replyEventId })),
    );
    this.recorded(messages);
  }
  protected recorded(_messages: SmsMessage[]): void {}
}

/** Development: the message goes to the server log (pino) and to the outbox, marked sent. */
export class LogSmsGateway extends RecordingSmsGateway {
  readonly name = 'log';
  protected readonly delivery = 'sent' as const;
  constructor(
    db: Kysely<DB>,
    private readonly log: Log,
  ) {
    super(db);
  }
  protected recorded(messages: SmsMessage[]): void {
    for (const { phone, text, meta } of messages) {
      // The log is masked like everywhere else: the phone, and personal data in the text (a
      // one-time code stays readable: it is what a developer needs, and it expires in minutes).
      const logged = maskText(text);
      this.log.info({ sms: { to: maskPhone(phone), kind: meta.kind, text: logged } }, `[development SMS gateway] ${maskPhone(phone)}: ${logged}`);
    }
  }
}

/** Queues the message in citizen_messages for an external relay, which sends it and sets sent_at. */
export class OutboxSmsGateway extends RecordingSmsGateway {
  readonly name = 'outbox';
  protected readonly delivery = 'relay' as const;
}

/** Where and how the HTTP gateway sends (HOTLINE_SMS_URL, _KEY, _SECRET, _SIGN). */
export interface HttpSmsConfig {
  url: string;
  /** The account's key (appKey), sent in the X-Sms-Key header. */
  key: string;
  /** The shared secret the signature is made with; never sent. */
  secret: string;
  /** The SMS signature the carrier shows (短信签名), without 【】. */
  sign: string;
}

/**
 * Queues the message for the HTTP gateway's delivery loop (src/channels/sms-http.ts): due now,
 * sent after the transaction that recorded it commits, retried with backoff on failure.
 */
export class HttpSmsGateway extends RecordingSmsGateway {
  readonly name = 'http';
  protected readonly delivery = 'deliver' as const;
  constructor(
    db: Kysely<DB>,
    readonly config: HttpSmsConfig,
  ) {
    super(db);
  }
}

export function httpSmsConfigFromEnv(env: NodeJS.ProcessEnv): HttpSmsConfig {
  const url = env.HOTLINE_SMS_URL?.trim() ?? '';
  if (!/^https?:\/\/\S+$/i.test(url)) throw new Error('HOTLINE_SMS_GATEWAY=http needs HOTLINE_SMS_URL, the provider\'s http(s) address');
  const secret = env.HOTLINE_SMS_SECRET ?? '';
  if (secret.length < 16) throw new Error('HOTLINE_SMS_GATEWAY=http needs HOTLINE_SMS_SECRET (at least 16 characters)');
  return { url, key: env.HOTLINE_SMS_KEY?.trim() ?? '', secret, sign: env.HOTLINE_SMS_SIGN?.trim() || '12345' };
}

/** The gateway HOTLINE_SMS_GATEWAY names: "log" (default, development), "outbox" or "http". */
export function smsGatewayFromEnv(db: Kysely<DB>, log: Log, env: NodeJS.ProcessEnv = process.env): SmsGateway {
  const name = (env.HOTLINE_SMS_GATEWAY ?? 'log').trim() || 'log';
  switch (name) {
    case 'log':
      return new LogSmsGateway(db, log);
    case 'outbox':
      return new OutboxSmsGateway(db);
    case 'http':
      return new HttpSmsGateway(db, httpSmsConfigFromEnv(env));
    default:
      throw new Error(`HOTLINE_SMS_GATEWAY=${name}: unknown SMS gateway (use "log", "outbox" or "http")`);
  }
}
