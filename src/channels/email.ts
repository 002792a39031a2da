// The email channel: an SMTP listener (smtp-server) that turns mail to the hotline's address
// into a registered ticket on channel 'email' (parsed with mailparser), keeps its attachments,
// records the sender's address as the contact (email_messages; tickets.caller_phone stays null),
// and answers with a receipt carrying the ticket number (nodemailer). A later mail from the same
// address about an open ticket (its number in the subject, or a reply to one of our mails) is the
// citizen's addition to it (补充诉求), not a new ticket. Registering and adding go through the
// use cases (src/app) every channel uses. While it runs, the channel's transport is the
// process's mailer (ctx.mailer): the answer (the unit's reply, a direct answer, the master
// ticket's reply after a merge) is mailed back, once, by a listener on the committed event
// stream (src/listeners/answer-mail.ts).
//
// The listener has no authentication and no TLS: it is meant to sit behind the city's mail
// server (which does SPF/DKIM/DMARC checks and relays mail for the hotline's address to it) on a
// local or internal address. It accepts mail only for the configured address, up to a size limit.
// Automatic mail (bounces with an empty sender, Auto-Submitted, Precedence: bulk/junk/list) is
// accepted and dropped, so two auto-responders cannot loop.

import crypto from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { ParsedMail } from 'mailparser';
import type { Transporter } from 'nodemailer';
import type { AppContext } from '../app/context.js';
import type { Log } from '../app/log.js';
import type { Mailer, OutgoingMail } from '../app/mail.js';
import { registerRequest } from '../app/register.js';
import { runStepOnce } from '../app/steps.js';
import { maskText } from '../domain/masking.js';
import { SYSTEM_ACTOR } from '../domain/ticket.js';
import { MAX_TEXT, OPEN_STATUSES, type TicketStatus, type TicketType } from '../domain/ticket-types.js';
import { addAttachments, type NewAttachment } from '../store/attachments.js';
import { formatShanghai } from '../store/tickets.js';

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
const MAX_ATTACHMENTS = 10;

export interface EmailChannelOptions {
  ctx: AppContext;
  /** Port to listen on; 0 picks a free one (tests). */
  port: number;
  host?: string;
  /** The hotline's address: only mail to it is accepted (case-insensitive). */
  address: string;
  log: Log;
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

/**
 * The citizen's own words in a reply: quoted lines and everything below the usual reply
 * separators ("-----原始邮件-----", "在 … 写道：", "On … wrote:", "From:/发件人：") are the
 * earlier mail, not news.
 */
export function withoutQuote(text: string): string {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const l = line.trim();
    if (/^-{2,}\s*(原始邮件|Original Message)/i.test(l) || /^(在|于).{0,80}写道[:：]$/.test(l) || /^On .{0,200}wrote:$/.test(l) || /^(发件人|From)[:：]/.test(l)) break;
    if (l.startsWith('>')) continue;
    out.push(line);
  }
  return out.join('\n').trim();
}

function smtpError(code: number, message: string): Error {
  return Object.assign(new Error(message), { responseCode: code });
}

export async function startEmailChannel(opts: EmailChannelOptions): Promise<EmailChannel> {
  const { ctx, log } = opts;
  const address = opts.address.trim().toLowerCase();
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const dev = !opts.out;
  // The mail packages load with the channel, not with every server: a server without an SMTP
  // listener (HOTLINE_SMTP_PORT unset) idles ~30 MB smaller without mailparser, nodemailer and
  // smtp-server.
  const [{ simpleParser }, { default: nodemailer }, { SMTPServer }] = await Promise.all([import('mailparser'), import('nodemailer'), import('smtp-server')]);
  const transport: Transporter =
    typeof opts.out === 'string' ? nodemailer.createTransport(opts.out) : (opts.out ?? nodemailer.createTransport({ jsonTransport: true }));
  const from = `12345 政务服务便民热线 <${opts.address}>`;

  /**
   * The open-or-not ticket a mail continues: one that came from this very address, named by its
   * number in the subject (our mails' subjects carry it) or replied to (In-Reply-To/References).
   */
  async function continued(mail: ParsedMail, sender: string): Promise<{ id: number; number: string; status: TicketStatus } | null> {
    const refs = [mail.inReplyTo, ...(Array.isArray(mail.references) ? mail.references : [mail.references])].filter((r): r is string => !!r).slice(0, 20);
    const numbers = [...new Set((mail.subject ?? '').match(/(?<!\d)\d{15}(?!\d)/g) ?? [])].slice(0, 5);
    if (!refs.length && !numbers.length) return null;
    const row = await ctx.db
      .selectFrom('email_messages as m')
      .innerJoin('tickets as t', 't.id', 'm.ticket_id')
      .select(['t.id', 't.number', 't.status'])
      .where('m.from_address', '=', sender)
      .where((eb) =>
        eb.or([
          ...(refs.length ? [eb('m.reply_message_id', 'in', refs), eb('m.message_id', 'in', refs)] : []),
          ...(numbers.length ? [eb('t.number', 'in', numbers)] : []),
        ]),
      )
      .orderBy('t.id', 'desc')
      .executeTakeFirst();
    return row ? { id: row.id, number: row.number, status: row.status as TicketStatus } : null;
  }

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
    const now = ctx.now();
    const files: NewAttachment[] = mail.attachments.slice(0, MAX_ATTACHMENTS).map((a, i) => ({
      filename: a.filename ?? `attachment-${i + 1}`,
      contentType: (a.contentType || 'application/octet-stream').toLowerCase(),
      data: a.content,
    }));
    const messageId = mail.messageId?.slice(0, 500) ?? null;
    const requestHash = crypto.createHash('sha256').update(raw).digest('base64url');
    const earlier = await continued(mail, sender);
    if (earlier && OPEN_STATUSES.includes(earlier.status)) {
      // 补充诉求: what the citizen adds goes onto the open ticket, once however often the mail is delivered.
      const added = [...(withoutQuote(body) || subject)].slice(0, MAX_TEXT).join('');
      const recorded = await runStepOnce(ctx, SYSTEM_ACTOR, earlier.id, { kind: 'note', content: added || '（来信补充了附件）', fromCitizen: true }, {
        now,
        claim: async (tx) =>
          !!(await tx
            .insertInto('email_followups')
            .values({ message_id: messageId ?? `sha256:${requestHash}`, ticket_id: earlier.id, received_at: now })
            .onConflict((oc) => oc.column('message_id').doNothing())
            .returning('message_id')
            .executeTakeFirst()),
        alongside: (tx) => addAttachments(tx, earlier.id, 'email', files, now),
      });
      log.info({ email: { ticket: earlier.id, number: earlier.number, followup: true, replayed: !recorded } }, 'email channel: follow-up added to the ticket');
      if (recorded) {
        void send(earlier.id, sender, `【12345】补充情况已收到，工单编号 ${earlier.number}`, [
          '您好：',
          '',
          `您补充的情况已记入工单 ${earlier.number}，并已告知承办单位。`,
          '',
          '12345 政务服务便民热线',
          '（本邮件由系统自动发送。）',
        ], messageId);
      }
      return `OK: 已补充到工单 ${earlier.number}`;
    }
    // A mail has no category: a confident classification gives one and dispatches (智能派单).
    const { registered: ticket, replayed } = await registerRequest(
      ctx,
      SYSTEM_ACTOR,
      {
        channel: 'email',
        type: guessType(`${subject} ${body.slice(0, 200)}`),
        title: subject ? [...subject].slice(0, 100).join('') : null,
        content,
        callerName: from?.name?.trim().slice(0, 50) || null,
        callerPhone: null,
        address: null,
        categoryId: null,
      },
      {
        now,
        // The same message delivered twice (a retry after a lost answer) is one ticket.
        idempotency: { scope: 'email', key: messageId ?? `sha256:${requestHash}`, requestHash: messageId ? 'message-id' : requestHash },
        alongside: async (tx, t) => {
          await tx
            .insertInto('email_messages')
            .values({
              ticket_id: t.id,
              message_id: messageId,
              from_address: sender.slice(0, 320),
              from_name: from?.name?.trim().slice(0, 100) || null,
              subject: subject.slice(0, 500) || null,
              received_at: now,
            })
            .execute();
          await addAttachments(tx, t.id, 'email', files, now);
        },
      },
    );
    log.info({ email: { ticket: ticket.id, number: ticket.number, attachments: files.length, replayed } }, 'email channel: ticket registered');
    if (!replayed) void sendReceipt(ticket.id, ticket.number, sender, subject, messageId, now);
    return `OK: 工单 ${ticket.number}`;
  }

  /** Sends one mail to the citizen in the thread of their own; returns whether it went. */
  async function send(ticketId: number, to: string, subject: string, lines: string[], inReplyTo: string | null): Promise<boolean> {
    const text = lines.join('\n');
    try {
      const info = await transport.sendMail({
        from,
        to,
        subject,
        text,
        inReplyTo: inReplyTo ?? undefined,
        references: inReplyTo ?? undefined,
        headers: { 'Auto-Submitted': 'auto-replied' },
      });
      // The newest mail we sent: a reply to it continues this ticket.
      await ctx.db
        .updateTable('email_messages')
        .set({ reply_message_id: String(info.messageId ?? '') || null, replied_at: ctx.now() })
        .where('ticket_id', '=', ticketId)
        .execute();
      // Logs go through the same masking as every response: the address and the text are masked.
      if (dev) log.info({ email: { ticket: ticketId, to: maskText(to), subject: maskText(subject), text: maskText(text) } }, `[development mail transport] ${maskText(subject)}`);
      return true;
    } catch (err) {
      log.error({ err, ticket: ticketId }, 'email channel: mail not sent');
      return false;
    }
  }

  function sendReceipt(ticketId: number, number: string, to: string, subject: string, messageId: string | null, received: Date) {
    return send(ticketId, to, `【12345】来信已受理，工单编号 ${number}`, [
      '您好：',
      '',
      `您于 ${formatShanghai(received)} 发送的来信${subject ? `《${maskText(subject)}》` : ''}已受理，工单编号：${number}。`,
      '我们将按规定时限转交承办单位办理，办理结果将以邮件答复您。需要补充情况时，直接回复本邮件即可（请保留主题中的工单编号）。',
      '',
      '12345 政务服务便民热线',
      '（本邮件由系统自动发送。）',
    ], messageId);
  }

  // While the channel runs, its transport mails the answers (src/listeners/answer-mail.ts).
  const mailer: Mailer = { send: (m: OutgoingMail) => send(m.ticketId, m.to, m.subject, m.lines, m.inReplyTo) };
  ctx.mailer = mailer;
  ctx.listeners.nudge();

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
    close: async () => {
      if (ctx.mailer === mailer) ctx.mailer = null;
      await new Promise<void>((resolve) => server.close(() => resolve()));
      if (typeof opts.out === 'string' || !opts.out) transport.close();
    },
  };
}
