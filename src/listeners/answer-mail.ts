// The answer mailed back to a citizen who wrote in (the email channel): the unit's reply, a
// direct answer, the master ticket's reply after a merge, or a refusal (不予受理: why, and where
// to go instead) — once each. The answer is claimed
// on the ticket's email contact (email_messages.result_event_id) in the transaction that moves
// the listener's cursor; the mail goes out after that commit, through the email channel's
// transport (ctx.mailer, so only a process running the channel runs this listener). A mail that
// could not be sent gives its claim back and is tried again (the cursor is put back).

import type { AppContext } from '../app/context.js';
import type { OutgoingMail } from '../app/mail.js';
import { maskText } from '../domain/masking.js';
import { refusalMessage } from '../domain/ticket-types.js';
import { formatShanghai } from '../store/tickets.js';
import type { DurableListener } from './runner.js';

export function answerMailListener(ctx: AppContext): DurableListener {
  return {
    kind: 'durable',
    name: 'answer-mail',
    events: ['replied', 'answered', 'master_replied', 'refused'],
    // From the beginning: the claim on each contact skips answers mailed before (by the sweep
    // this listener replaced, too).
    from: 'beginning',
    // One mail per transaction: a failed send puts back only its own event.
    batch: 1,
    ready: () => ctx.mailer != null,
    async handle(tx, [e]) {
      const m = await tx
        .selectFrom('email_messages as m')
        .innerJoin('tickets as t', 't.id', 'm.ticket_id')
        .select(['m.from_address', 'm.subject', 'm.received_at', 'm.message_id', 'm.reply_message_id', 'm.result_event_id', 't.number'])
        .where('m.ticket_id', '=', e.ticketId)
        .executeTakeFirst();
      if (!m) return; // not a ticket that came by mail
      const claimed = await tx
        .updateTable('email_messages')
        .set({ result_event_id: e.id })
        .where('ticket_id', '=', e.ticketId)
        .where((eb) => eb.or([eb('result_event_id', 'is', null), eb('result_event_id', '<', e.id)]))
        .returning('ticket_id')
        .executeTakeFirst();
      if (!claimed) return; // mailed already
      const p = e.payload as { content?: string; masterNumber?: string; label?: string; guidance?: string; note?: string | null };
      const refused = e.type === 'refused';
      const who = e.type === 'answered' || refused ? '12345 热线' : e.type === 'master_replied' ? `合并办理的工单 ${p.masterNumber ?? ''} 的承办单位` : '承办单位';
      const answer = refused ? refusalMessage({ label: String(p.label ?? ''), guidance: String(p.guidance ?? ''), note: p.note }) : String(p.content ?? '');
      const mail: OutgoingMail = {
        ticketId: e.ticketId,
        to: m.from_address,
        subject: `【12345】${refused ? '不予受理告知' : '办理结果答复'}，工单编号 ${m.number}`,
        lines: [
          '您好：',
          '',
          `您于 ${formatShanghai(new Date(m.received_at))} 来信反映的${m.subject ? `《${maskText(m.subject)}》` : '问题'}（工单编号 ${m.number}），${who}答复如下：`,
          '',
          maskText(answer),
          '',
          e.type === 'answered' || refused ? '如还有疑问，可直接回复本邮件或拨打 12345。' : '如问题没有解决，可直接回复本邮件说明情况（请保留主题中的工单编号），或拨打 12345。',
          '',
          '12345 政务服务便民热线',
          '（本邮件由系统自动发送。）',
        ],
        inReplyTo: m.reply_message_id ?? m.message_id,
      };
      return async () => {
        const sent = ctx.mailer ? await ctx.mailer.send(mail) : false;
        if (!sent) {
          // Give the claim back: the answer is mailed when the listener reads the event again.
          await ctx.db
            .updateTable('email_messages')
            .set({ result_event_id: m.result_event_id })
            .where('ticket_id', '=', e.ticketId)
            .where('result_event_id', '=', e.id)
            .execute();
          throw new Error(`answer mail for ticket ${m.number} not sent`);
        }
      };
    },
  };
}
