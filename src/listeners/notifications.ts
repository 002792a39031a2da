// Notifications (通知) for the units, from the committed event stream: a citizen's supplement
// (补充诉求) tells the unit holding the ticket (or the centre, before dispatch); a deadline alert
// tells its unit, and when handling is overdue also the unit above (【升级】); callback alerts are
// the centre's own. Each notification is written once, in the transaction that moves the
// listener's cursor past its event, and dated as the event.

import type { Insertable } from 'kysely';
import { maskText } from '../domain/masking.js';
import { ticketLabel } from '../domain/privacy.js';
import type { AlertKind, Ticket } from '../domain/ticket.js';
import type { AppContext } from '../app/context.js';
import { announce } from '../store/events.js';
import type { NotificationTable } from '../store/schema.js';
import { formatShanghai, rowToTicket } from '../store/tickets.js';
import type { DurableListener } from './runner.js';

const ALERT_TEXT: Record<AlertKind, string> = {
  accept_warning: '签收时限即将到期',
  accept_overdue: '已超过签收时限',
  handle_warning: '办理时限即将到期',
  handle_overdue: '已超过办理时限',
  callback_overdue: '回访已超期',
  supervision_overdue: '督办回复已超期',
};

interface AlertPayload {
  alert: AlertKind;
  deadline: string;
  unitId: number | null;
  escalatedTo: number | null;
}

export function notificationsListener(ctx: Pick<AppContext, 'db' | 'log'>): DurableListener {
  return {
    kind: 'durable',
    name: 'notifications',
    events: ['noted', 'deadline_alert'],
    batch: 200,
    async handle(tx, events) {
      const ids = [...new Set(events.map((e) => e.ticketId))];
      const rows = await tx.selectFrom('tickets').selectAll().where('id', 'in', ids).execute();
      const tickets = new Map<number, Ticket>(rows.map((r) => [r.id, rowToTicket(r)]));
      const notes: Insertable<NotificationTable>[] = [];
      for (const e of events) {
        const t = tickets.get(e.ticketId);
        if (!t) continue;
        if (e.type === 'noted') {
          if (e.payload.fromCitizen !== true) continue;
          // The unit working on it (or the centre, before dispatch) hears of what the citizen added.
          const added = t.confidential ? '（保密工单，请在工单中查看）' : `：${maskText(String(e.payload.content ?? ''), [t.callerName]).slice(0, 200)}`;
          notes.push({ unit_id: t.unitId, ticket_id: t.id, kind: 'citizen_note', message: `工单 ${t.number}「${ticketLabel(t)}」群众补充诉求${added}`, created_at: e.at });
        } else {
          const p = e.payload as unknown as AlertPayload;
          const message = `工单 ${t.number}「${ticketLabel(t)}」${ALERT_TEXT[p.alert]}（时限 ${formatShanghai(new Date(p.deadline))}）`;
          const targets = [p.unitId, p.escalatedTo].filter((u): u is number => u != null);
          // Callback alerts are the hotline centre's own work: no unit to notify.
          for (const unitId of p.alert === 'callback_overdue' ? [null] : targets.length ? targets : [null]) {
            notes.push({
              unit_id: unitId,
              ticket_id: t.id,
              kind: p.alert,
              message: unitId != null && unitId === p.escalatedTo ? `【升级】${message}` : message,
              created_at: e.at,
            });
          }
        }
      }
      if (!notes.length) return;
      await tx.insertInto('notifications').values(notes).execute();
      // Open consoles' bells hear of them once committed (every server process, over NOTIFY); a
      // failed announcement costs a live update, never a second copy of the notifications.
      const change = {
        kind: 'notification' as const,
        unitIds: [...new Set(notes.map((n) => n.unit_id).filter((u): u is number => u != null))],
        centreIds: [...new Set(notes.map((n) => tickets.get(n.ticket_id as number)?.centreId ?? null))],
      };
      return () => announce(ctx.db, change).catch((err) => ctx.log.error({ err }, 'notification announce failed'));
    },
  };
}
