// SMS to citizens, from the committed event stream, through the SMS gateway (ctx.sms). Recorded
// in the listener's transaction (citizen_messages), so each goes out once; the HTTP gateway only
// queues it there, and its delivery loop sends it after the commit (src/channels/sms-http.ts).
//
//   registered      a portal request: its ticket number; a phone request (受理回执): the number
//                   and the portal link;
//   replied         (the unit's reply became the ticket's answer) to a phone or portal caller:
//                   the reply's summary, masked and cut short, then the SMS callback (短信回访)
//                   asking for a 1–5 rating (src/domain/sms-rating.ts; answers: src/app/sms-inbound.ts);
//   master_replied  a merged request's answer (并单: the master ticket's reply reaches every
//                   citizen whose request was merged into it).
//
// No SMS about a confidential ticket (保密), to a caller who asked for none at intake (不发短信),
// or to a number that is withheld or not a mobile (only 1[3-9]x numbers get SMS).

import type { AppContext } from '../app/context.js';
import type { SmsMessage, SmsMeta } from '../app/sms.js';
import { isMobile, portalLink, SMS_TEXTS, summarize } from '../domain/sms-rating.js';
import { getSmsSettings } from '../store/sms.js';
import type { DurableListener } from './runner.js';

export function citizenSmsListener(ctx: AppContext): DurableListener {
  return {
    kind: 'durable',
    name: 'citizen-sms',
    events: ['registered', 'master_replied', 'replied'],
    batch: 100,
    async handle(tx, events) {
      const ids = [...new Set(events.map((e) => e.ticketId))];
      const tickets = new Map(
        (
          await tx
            .selectFrom('tickets')
            .select(['id', 'number', 'caller_phone', 'channel', 'confidential', 'sms_declined'])
            .where('id', 'in', ids)
            .execute()
        ).map((t) => [t.id, t]),
      );
      // A portal request is one registered with a verified phone's one-time code.
      const portal = new Set(
        (await tx.selectFrom('portal_codes').select('ticket_id').where('ticket_id', 'in', ids).where('purpose', '=', 'submit').execute()).map(
          (r) => r.ticket_id,
        ),
      );
      const settings = await getSmsSettings(tx);
      const link = settings.publicUrl ? portalLink(settings.publicUrl) : null;
      // Recorded together, in one statement of the listener's transaction.
      const out: SmsMessage[] = [];
      const send = (phone: string, text: string, meta: SmsMeta) => out.push({ phone, text, meta });
      for (const e of events) {
        const t = tickets.get(e.ticketId);
        if (!t?.caller_phone) continue;
        const meta = { ticketId: t.id, now: e.at };
        if (e.type === 'registered') {
          if (portal.has(t.id)) {
            send(t.caller_phone, `【12345】您的诉求已受理，工单编号 ${t.number}。可凭工单编号和手机号码在网上查询办理进度。`, { ...meta, kind: 'portal_registered' });
          } else if (t.channel === 'phone' && smsAllowed(t)) {
            send(t.caller_phone, SMS_TEXTS.receipt(t.number, link), { ...meta, kind: 'receipt' });
          }
        } else if (e.type === 'replied') {
          if (!(t.channel === 'phone' || portal.has(t.id)) || !smsAllowed(t)) continue;
          const summary = summarize(String(e.payload.content ?? ''));
          send(t.caller_phone, SMS_TEXTS.reply(t.number, summary, link), { ...meta, kind: 'reply', replyEventId: e.id });
          send(t.caller_phone, SMS_TEXTS.survey(t.number), { ...meta, kind: 'survey', replyEventId: e.id });
        } else {
          if (!smsAllowed(t)) continue;
          const content = summarize(String(e.payload.content ?? ''), 200);
          send(t.caller_phone, `【12345】您反映的问题（工单 ${t.number}）已与同类诉求合并办理，承办单位答复：${content}`, { ...meta, kind: 'master_replied' });
        }
      }
      await ctx.sms.sendAll(out, tx);
    },
  };
}

/** A ticket whose caller may get an SMS: a mobile number, not confidential, not declined. */
const smsAllowed = (t: { caller_phone: string | null; confidential: boolean; sms_declined: boolean }) =>
  isMobile(t.caller_phone) && !t.confidential && !t.sms_declined;
