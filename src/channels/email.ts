// The email channel: an SMTP listener (smtp-server) that turns mail to the hotline's address
// into a registered ticket on channel 'email' (parsed with mailparser), keeps its attachments,
// records the sender's address as the contact (email_messages; tickets.caller_phone stays null),
// and answers with a receipt carrying the ticket number (nodemailer). A later mail from the same
// address about an open ticket (its number in the subject, or a reply to one of our mails) is the
// citizen's addition to it (补充诉求), not a new ticket. The answer (the unit's reply, a direct
// answer, the master ticket's reply after a merge) is mailed back, once, by whichever server
// process hears of it first; a sweep every few minutes catches what a stopped process missed.
//
// The listener has no authentication and no TLS: it is meant to sit behind the city's mail
// server (which does SPF/DKIM/DMARC checks and relays mail for the hotline's address to it) on a
// local or internal address. It accepts mail only for the configured address, up to a size limit.
// Automatic mail (bounces with an empty sender, Auto-Submitted, Precedence: bulk/junk/list) is
// accepted and dropped, so two auto-responders cannot loop.

import crypto from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { FastifyBaseLogger } from 'fastify';
import { sql } from 'kysely';
import { simpleParser, type ParsedMail } from 'mailparser';
import nodemailer, { type Transporter } from 'nodemailer';
import { SMTPServer } from 'smtp-server';
import type { AppContext } from '../api/context.js';
import { maskText } from '../domain/masking.js';
import { SYSTEM_ACTOR } from '../domain/ticket.js';
import { OPEN_STATUSES, type TicketStatus, type TicketType } from '../domain/ticket-types.js';
import { addAttachments, type NewAttachment } from '../store/attachments.js';
import { formatShanghai, registerTicket, runCommand } from '../store/tickets.js';
import { findDistrict } from '../text/places.js';
import { planAutoDispatch, runAutoDispatch } from '../api/dispatch.js';
import { MAX_TEXT } from '../api/schemas.js';

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
const MAX_ATTACHMENTS = 10;
/** The steps whose text is the answer the citizen is waiting for. */
const ANSWER_EVENTS = ['replied', 'answered', 'master_replied'] as const;
const SWEEP_MS = 5 * 60_000;

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
    const ref = await ctx.ref.get();
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
      const recorded = await ctx.db.transaction().execute(async (tx) => {
        const row = await tx
          .insertInto('email_followups')
          .values({ message_id: messageId ?? `sha256:${requestHash}`, ticket_id: earlier.id, received_at: now })
          .onConflict((oc) => oc.column('message_id').doNothing())
          .returning('message_id')
          .executeTakeFirst();
        if (!row) return false;
        await runCommand(tx, ref, earlier.id, { kind: 'note', content: added || '（来信补充了附件）', fromCitizen: true }, SYSTEM_ACTOR, now);
        await addAttachments(tx, earlier.id, 'email', files, now);
        return true;
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

  /**
   * Mails every answer not mailed yet (oldest first). Each is claimed before it is sent, so two
   * processes never mail the same one; a failed send gives the claim back for the next sweep.
   */
  async function mailAnswers(): Promise<number> {
    const rows = await ctx.db
      .selectFrom('email_messages as m')
      .innerJoin('ticket_events as e', 'e.ticket_id', 'm.ticket_id')
      .innerJoin('tickets as t', 't.id', 'm.ticket_id')
      .select(['e.id', 'e.ticket_id', 'e.type', 'e.payload', 'm.from_address', 'm.subject', 'm.received_at', 'm.message_id', 'm.reply_message_id', 'm.result_event_id', 't.number'])
      .where('e.type', 'in', ANSWER_EVENTS)
      .where(sql<boolean>`e.id > coalesce(m.result_event_id, 0)`)
      .orderBy('e.id')
      .limit(100)
      .execute();
    let sent = 0;
    for (const r of rows) {
      const id = Number(r.id);
      const claimed = await ctx.db
        .updateTable('email_messages')
        .set({ result_event_id: id })
        .where('ticket_id', '=', r.ticket_id)
        .where(sql<boolean>`coalesce(result_event_id, 0) < ${id}`)
        .returning('ticket_id')
        .executeTakeFirst();
      if (!claimed) continue;
      const p = r.payload as { content?: string; masterNumber?: string };
      const who = r.type === 'answered' ? '12345 热线' : r.type === 'master_replied' ? `合并办理的工单 ${p.masterNumber ?? ''} 的承办单位` : '承办单位';
      const ok = await send(r.ticket_id, r.from_address, `【12345】办理结果答复，工单编号 ${r.number}`, [
        '您好：',
        '',
        `您于 ${formatShanghai(new Date(r.received_at))} 来信反映的${r.subject ? `《${maskText(r.subject)}》` : '问题'}（工单编号 ${r.number}），${who}答复如下：`,
        '',
        maskText(String(p.content ?? '')),
        '',
        r.type === 'answered' ? '如还有疑问，可直接回复本邮件或拨打 12345。' : '如问题没有解决，可直接回复本邮件说明情况（请保留主题中的工单编号），或拨打 12345。',
        '',
        '12345 政务服务便民热线',
        '（本邮件由系统自动发送。）',
      ], r.reply_message_id ?? r.message_id);
      if (ok) sent++;
      else {
        await ctx.db.updateTable('email_messages').set({ result_event_id: r.result_event_id }).where('ticket_id', '=', r.ticket_id).where('result_event_id', '=', id).execute();
      }
    }
    return sent;
  }

  // One sweep at a time in this process; a change heard during a sweep asks for one more.
  let sweeping: Promise<void> | null = null;
  let again = false;
  const sweep = (): void => {
    if (sweeping) {
      again = true;
      return;
    }
    sweeping = mailAnswers()
      .then(() => undefined, (err) => log.error({ err }, 'email channel: answers not mailed'))
      .finally(() => {
        sweeping = null;
        if (again) {
          again = false;
          sweep();
        }
      });
  };
  const unlisten = await ctx.database.listen((change) => {
    if (change.kind === 'ticket' && (ANSWER_EVENTS as readonly string[]).includes(change.event)) sweep();
  });
  const timer = setInterval(sweep, SWEEP_MS);
  timer.unref();
  sweep();

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
      clearInterval(timer);
      await unlisten();
      await sweeping;
      await new Promise<void>((resolve) => server.close(() => resolve()));
      if (typeof opts.out === 'string' || !opts.out) transport.close();
    },
  };
}
