// The email channel: an SMTP listener (smtp-server) that turns mail to the hotline's address
// into a registered ticket on channel 'email' (parsed with mailparser), keeps its attachments,
// records the sender's address as the contact (email_messages; tickets.caller_phone stays null),
// and answers with a receipt carrying the ticket number (nodemailer).
//
// The listener has no authentication and no TLS: it is meant to sit behind the city's mail
// server (which does SPF/DKIM/DMARC checks and relays mail for the hotline's address to it) on a
// local or internal address. It accepts mail only for the configured address, up to a size limit.
// Automatic mail (bounces with an empty sender, Auto-Submitted, Precedence: bulk/junk/list) is
// accepted and dropped, so two auto-responders cannot loop.

import crypto from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { FastifyBaseLogger } from 'fastify';
import { simpleParser, type ParsedMail } from 'mailparser';
import nodemailer, { type Transporter } from 'nodemailer';
import { SMTPServer } from 'smtp-server';
import type { AppContext } from '../api/context.js';
import { maskText } from '../domain/masking.js';
import { SYSTEM_ACTOR } from '../domain/ticket.js';
import { formatShanghai } from '../store/tickets.js';
import type { TicketType } from '../domain/ticket-types.js';
import { addAttachments, type NewAttachment } from '../store/attachments.js';
import { registerTicket } from '../store/tickets.js';
import { findDistrict } from '../text/places.js';
import { planAutoDispatch, runAutoDispatch } from '../api/dispatch.js';
import { MAX_TEXT } from '../api/schemas.js';

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
const MAX_ATTACHMENTS = 10;

export interface EmailChannelOptions {
  ctx: AppContext;
  /** Port to listen on; 0 picks a free one (tests). */
  port: number;
  host?: string;
  /** The hotline's address: only mail to it is accepted (case-insensitive). */
  address: string;
  log: FastifyBaseLogger;
  /** Largest message accepted, in bytes (SIZE). */
  maxBytes?: number;
  /** Outgoing mail for the receipts: an smtp(s):// URL or a nodemailer transport; default logs the mail (development). */
  out?: string | Transporter;
}

export interface EmailChannel {
  port: number;
  close(): Promise<void>;
}

/** The request type a subject or text names (投诉, 举报 …); a consultation otherwise. */
export function guessType(text: string): TicketType {
  const rules: [RegExp, TicketType][] = [
    [/举报/, 'report'],
    [/投诉/, 'complaint'],
    [/建议/, 'suggestion'],
    [/表扬|感谢/, 'praise'],
    [/求助|帮助|救助/, 'help'],
  ];
  return rules.find(([re]) => re.test(text))?.[1] ?? 'consult';
}

const isAutomatic = (mail: ParsedMail, envelopeFrom: string): boolean => {
  if (!envelopeFrom) return true; // a bounce (MAIL FROM:<>)
  const auto = String(mail.headers.get('auto-submitted') ?? '').toLowerCase();
  if (auto && auto !== 'no') return true;
  const precedence = String(mail.headers.get('precedence') ?? '').toLowerCase();
  return ['bulk', 'junk', 'list'].includes(precedence);
};

function smtpError(code: number, message: string): Error {
  return Object.assign(new Error(message), { responseCode: code });
}

export async function startEmailChannel(opts: EmailChannelOptions): Promise<EmailChannel> {
  const { ctx, log } = opts;
  const address = opts.address.trim().toLowerCase();
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const dev = !opts.out;
  const transport: Transporter =
    typeof opts.out === 'string' ? nodemailer.createTransport(opts.out) : (opts.out ?? nodemailer.createTransport({ jsonTransport: true }));

  async function receive(raw: Buffer, envelopeFrom: string): Promise<string> {
    const mail = await simpleParser(raw);
    if (isAutomatic(mail, envelopeFrom)) {
      log.info({ email: { messageId: mail.messageId } }, 'email channel: automatic mail dropped');
      return 'OK: automatic mail not registered';
    }
    const from = mail.from?.value[0];
    const sender = (from?.address || envelopeFrom).trim().toLowerCase();
    if (!sender) throw smtpError(550, 'No sender address');
    const subject = (mail.subject ?? '').trim();
    const body = (mail.text ?? '').replace(/\r\n/g, '\n').trim();
    const content = [...(body || subject)].slice(0, MAX_TEXT).join('');
    if (!content) throw smtpError(550, '邮件内容为空 (empty message)');
    const ref = await ctx.ref.get();
    const now = ctx.now();
    const files: NewAttachment[] = mail.attachments.slice(0, MAX_ATTACHMENTS).map((a, i) => ({
      filename: a.filename ?? `attachment-${i + 1}`,
      contentType: (a.contentType || 'application/octet-stream').toLowerCase(),
      data: a.content,
    }));
    const messageId = mail.messageId?.slice(0, 500) ?? null;
    const requestHash = crypto.createHash('sha256').update(raw).digest('base64url');
    // A mail has no category: a confident classification gives one and dispatches (智能派单).
    const districtId = findDistrict(content, ref.units);
    const plan = await planAutoDispatch(ctx, ref, { title: subject || null, content, districtId });
    const { ticket, replayed } = await ctx.db.transaction().execute(async (tx) => {
      const res = await registerTicket(
        tx,
        {
          channel: 'email',
          type: guessType(`${subject} ${body.slice(0, 200)}`),
          title: subject ? [...subject].slice(0, 100).join('') : null,
          content,
          callerName: from?.name?.trim().slice(0, 50) || null,
          callerPhone: null,
          address: null,
          categoryId: plan?.categoryId ?? null,
          districtId,
        },
        SYSTEM_ACTOR,
        now,
        // The same message delivered twice (a retry after a lost answer) is one ticket.
        { scope: 'email', key: messageId ?? `sha256:${requestHash}`, requestHash: messageId ? 'message-id' : requestHash },
      );
      if (!res.replayed) {
        await tx
          .insertInto('email_messages')
          .values({
            ticket_id: res.ticket.id,
            message_id: messageId,
            from_address: sender.slice(0, 320),
            from_name: from?.name?.trim().slice(0, 100) || null,
            subject: subject.slice(0, 500) || null,
            received_at: now,
          })
          .execute();
        await addAttachments(tx, res.ticket.id, 'email', files, now);
      }
      return res;
    });
    if (!replayed) await runAutoDispatch(ctx, ref, ticket, plan, log);
    log.info({ email: { ticket: ticket.id, number: ticket.number, attachments: files.length, replayed } }, 'email channel: ticket registered');
    if (!replayed) void sendReceipt(ticket.id, ticket.number, sender, subject, messageId, now);
    return `OK: 工单 ${ticket.number}`;
  }

  async function sendReceipt(ticketId: number, number: string, to: string, subject: string, messageId: string | null, received: Date) {
    const text = [
      '您好：',
      '',
      `您于 ${formatShanghai(received)} 发送的来信${subject ? `《${maskText(subject)}》` : ''}已受理，工单编号：${number}。`,
      '我们将按规定时限转交承办单位办理，办理结果将答复您。查询或补充情况时，请提供工单编号。',
      '',
      '12345 政务服务便民热线',
      '（本邮件由系统自动发送。）',
    ].join('\n');
    try {
      const info = await transport.sendMail({
        from: `12345 政务服务便民热线 <${opts.address}>`,
        to,
        subject: `【12345】来信已受理，工单编号 ${number}`,
        text,
        inReplyTo: messageId ?? undefined,
        references: messageId ?? undefined,
        headers: { 'Auto-Submitted': 'auto-replied', 'X-Hotline-Ticket': number },
      });
      await ctx.db
        .updateTable('email_messages')
        .set({ reply_message_id: String(info.messageId ?? '') || null, replied_at: ctx.now() })
        .where('ticket_id', '=', ticketId)
        .execute();
      if (dev) log.info({ email: { ticket: ticketId, receipt: text } }, `[development mail transport] receipt for ticket ${number}`);
    } catch (err) {
      log.error({ err, ticket: ticketId }, 'email channel: receipt not sent');
    }
  }

  const server = new SMTPServer({
    name: address.split('@')[1] || 'hotline.local',
    banner: '12345 hotline email channel',
    size: maxBytes,
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onRcptTo(rcpt, _session, cb) {
      if (rcpt.address.trim().toLowerCase() !== address) return cb(smtpError(550, `Mailbox unavailable: only ${opts.address} is served here`));
      cb();
    },
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => {
        if (!stream.sizeExceeded) chunks.push(c);
      });
      stream.on('error', (err) => cb(err));
      stream.on('end', () => {
        if (stream.sizeExceeded) return cb(smtpError(552, `Message exceeds the size limit of ${maxBytes} bytes`));
        const envelopeFrom = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
        receive(Buffer.concat(chunks), envelopeFrom).then(
          (message) => cb(null, message),
          (err: Error & { responseCode?: number }) => {
            if (err.responseCode) return cb(err);
            log.error({ err }, 'email channel: message not registered');
            cb(smtpError(451, 'Temporary failure, please retry later'));
          },
        );
      });
    },
  });
  server.on('error', (err) => log.error({ err }, 'email channel: SMTP server error'));

  await new Promise<void>((resolve, reject) => {
    const onError = (err: Error) => reject(err);
    server.server.once('error', onError);
    server.listen(opts.port, opts.host ?? '127.0.0.1', () => {
      server.server.off('error', onError);
      resolve();
    });
  });
  const port = (server.server.address() as AddressInfo).port;
  log.info(`email channel: SMTP listening on ${opts.host ?? '127.0.0.1'}:${port} for ${opts.address}`);
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        if (typeof opts.out === 'string' || !opts.out) transport.close();
      }),
  };
}
