// SMS to citizens, from the committed event stream, through the SMS gateway (ctx.sms): the
// ticket number once a portal request is registered, and a merged request's answer (并单: the
// master ticket's reply reaches every citizen whose request was merged into it). Recorded in
// the listener's transaction (citizen_messages), so each goes out once.

import type { AppContext } from '../app/context.js';
import type { DurableListener } from './runner.js';

export function citizenSmsListener(ctx: AppContext): DurableListener {
  return {
    kind: 'durable',
    name: 'citizen-sms',
    events: ['registered', 'master_replied'],
    batch: 100,
    async handle(tx, events) {
      const ids = [...new Set(events.map((e) => e.ticketId))];
      const tickets = new Map(
        (await tx.selectFrom('tickets').select(['id', 'number', 'caller_phone']).where('id', 'in', ids).execute()).map((t) => [t.id, t]),
      );
      // A portal request is one registered with a verified phone's one-time code.
      const registered = events.filter((e) => e.type === 'registered').map((e) => e.ticketId);
      const portal = new Set(
        registered.length
          ? (await tx.selectFrom('portal_codes').select('ticket_id').where('ticket_id', 'in', registered).execute()).map((r) => r.ticket_id)
          : [],
      );
      for (const e of events) {
        const t = tickets.get(e.ticketId);
        if (!t?.caller_phone) continue;
        if (e.type === 'registered') {
          if (!portal.has(t.id)) continue;
          await ctx.sms.send(t.caller_phone, `【12345】您的诉求已受理，工单编号 ${t.number}。可凭工单编号和手机号码在网上查询办理进度。`, {
            kind: 'portal_registered',
            ticketId: t.id,
            now: e.at,
            db: tx,
          });
        } else {
          const content = String(e.payload.content ?? '');
          await ctx.sms.send(t.caller_phone, `【12345】您反映的问题（工单 ${t.number}）已与同类诉求合并办理，承办单位答复：${content.slice(0, 200)}`, {
            kind: 'master_replied',
            ticketId: t.id,
            now: e.at,
            db: tx,
          });
        }
      }
    },
  };
}
