// Deadline alerts (时限预警/超期): what the timer raises for a ticket, and when it next has
// something to raise. The lead unit's accept and handling limits, the callback and supervision
// are the ticket's own (Ticket.alerts); each level of the hand-down chain below the lead has its
// own (chain.ts levelAlerts). Each alert is raised once, as a deadline_alert event.

import { leadUnitId, levelAlerts } from './chain.js';
import { OPEN_STATUSES } from './ticket-types.js';
import type { AlertKind, AnyTicketEvent, Supervision, Ticket, UnitRef } from './ticket-model.js';

const iso = (d: Date) => d.toISOString();

/**
 * The ticket's own alerts whose time has come at `now` and that have not been raised yet, with
 * their deadlines: the lead level's accept and handling limits, the callback, supervision. The
 * levels below the lead have their own (chain.ts levelAlerts).
 */
export function dueAlerts(t: Ticket, now: Date): { alert: AlertKind; deadline: Date }[] {
  const out: { alert: AlertKind; deadline: Date }[] = [];
  const check = (alert: AlertKind, at: Date | null, deadline: Date | null) => {
    if (at && deadline && at <= now && !t.alerts.includes(alert)) out.push({ alert, deadline });
  };
  if (t.status === 'dispatched') {
    check('accept_warning', t.acceptWarnAt, t.acceptBy);
    check('accept_overdue', t.acceptBy && new Date(t.acceptBy.getTime() + 1), t.acceptBy);
  }
  if (t.status === 'dispatched' || t.status === 'handling') {
    check('handle_warning', t.dueWarnAt, t.dueBy);
    check('handle_overdue', t.dueBy && new Date(t.dueBy.getTime() + 1), t.dueBy);
  }
  if (t.status === 'replied') check('callback_overdue', t.callbackDueBy && new Date(t.callbackDueBy.getTime() + 1), t.callbackDueBy);
  if (t.supervision && OPEN_STATUSES.includes(t.status)) {
    const replyBy = new Date(t.supervision.replyBy);
    check('supervision_overdue', new Date(replyBy.getTime() + 1), replyBy);
  }
  return out;
}

/** When the timer next has something to raise for this ticket, at any level (null: nothing pending). */
export function nextAlertAt(t: Ticket): Date | null {
  const far = new Date(8.64e15);
  const times = [...dueAlerts(t, far).map((a) => alertTime(t, a.alert)), ...levelAlerts(t, far).map((a) => a.at)];
  const [first] = times.sort((a, b) => a.getTime() - b.getTime());
  return first ?? null;
}

function alertTime(t: Ticket, alert: AlertKind): Date {
  const plus1 = (d: Date | null) => new Date((d as Date).getTime() + 1);
  switch (alert) {
    case 'accept_warning':
      return t.acceptWarnAt as Date;
    case 'accept_overdue':
      return plus1(t.acceptBy);
    case 'handle_warning':
      return t.dueWarnAt as Date;
    case 'handle_overdue':
      return plus1(t.dueBy);
    case 'callback_overdue':
      return plus1(t.callbackDueBy);
    case 'supervision_overdue':
      return plus1(new Date((t.supervision as Supervision).replyBy));
  }
}

/**
 * The timer's decision for one ticket: one deadline_alert event per alert that has come due, the
 * lead unit's (and the ticket's) first, then each level's below it, for that level's unit.
 */
export function decideAlerts(t: Ticket, now: Date, units: ReadonlyMap<number, UnitRef>): AnyTicketEvent[] {
  const lead = leadUnitId(t) ?? t.unitId;
  const own: AnyTicketEvent[] = dueAlerts(t, now).map(({ alert, deadline }) => {
    // Overdue handling escalates to the unit above (区 → 市, 街道 → 区).
    const escalatedTo = alert === 'handle_overdue' && lead != null ? (units.get(lead)?.parentId ?? null) : null;
    return { type: 'deadline_alert', at: now, actorId: null, payload: { alert, deadline: iso(deadline), unitId: lead, escalatedTo } };
  });
  // A level below the lead: its overdue handling escalates to the level that handed it down.
  const levels: AnyTicketEvent[] = levelAlerts(t, now).map((a) => ({
    type: 'deadline_alert', at: now, actorId: null,
    payload: { alert: a.alert, deadline: iso(a.deadline), unitId: a.unitId, escalatedTo: a.escalatedTo, level: a.level },
  }));
  return [...own, ...levels];
}

/**
 * The alerts worth a badge now (the raised ones stay in Ticket.alerts so each is raised once):
 * an overdue replaces its own warning (即将到期 and 已超过 for one deadline contradict each other),
 * and a deadline that is behind the ticket no longer shows — the accept limit once accepted,
 * handling once replied, the callback once called back, supervision once answered.
 */
export function shownAlerts(t: { status: string; alerts: readonly string[]; supervision?: unknown }): string[] {
  const live = (a: string): boolean => {
    if (a.startsWith('accept_')) return t.status === 'dispatched';
    if (a.startsWith('handle_')) return t.status === 'dispatched' || t.status === 'handling';
    if (a === 'callback_overdue') return t.status === 'replied';
    // A list item carries no supervision (undefined): the raised alert stands; a detail's null means answered.
    if (a === 'supervision_overdue') return t.supervision !== null;
    return true;
  };
  const raised = new Set(t.alerts.filter(live));
  return [...raised].filter((a) => !(a.endsWith('_warning') && raised.has(a.replace(/_warning$/, '_overdue'))));
}
