// A caller's records (来电人画像) other than tickets (tickets are read with listTickets, which
// applies the viewer's data scope): their calls and the callbacks (回访) recorded on tickets.

import type { Kysely } from 'kysely';
import type { DB } from './schema.js';

export interface CallerCall {
  id: string;
  state: string;
  line: string | null;
  startedAt: Date;
  queuedAt: Date | null;
  ringingAt: Date | null;
  answeredAt: Date | null;
  endedAt: Date | null;
  agentName: string | null;
  surveyGrade: number | null;
  ticketIds: number[];
}

/** A phone number's calls, newest first (index calls_caller_idx: caller, started_at). */
export async function callsOfPhone(db: Kysely<DB>, phone: string, limit: number): Promise<CallerCall[]> {
  const rows = await db
    .selectFrom('calls as c')
    .leftJoin('users as u', 'u.id', 'c.agent_user_id')
    .select(['c.id', 'c.state', 'c.line', 'c.started_at', 'c.queued_at', 'c.ringing_at', 'c.answered_at', 'c.ended_at', 'c.survey_grade', 'u.display_name', 'u.username'])
    .where('c.caller', '=', phone)
    .orderBy('c.started_at', 'desc')
    .limit(limit)
    .execute();
  const ids = rows.map((r) => r.id);
  const links = ids.length ? await db.selectFrom('call_tickets').select(['call_id', 'ticket_id']).where('call_id', 'in', ids).execute() : [];
  return rows.map((r) => ({
    id: r.id,
    state: r.state,
    line: r.line,
    startedAt: r.started_at,
    queuedAt: r.queued_at,
    ringingAt: r.ringing_at,
    answeredAt: r.answered_at,
    endedAt: r.ended_at,
    agentName: r.display_name ?? r.username ?? null,
    surveyGrade: r.survey_grade,
    ticketIds: links.filter((l) => l.call_id === r.id).map((l) => l.ticket_id),
  }));
}

export interface CallbackRecord {
  ticketId: number;
  at: Date;
  reached: boolean;
  resolved: boolean | null;
  satisfaction: string | null;
  outcome: string | null;
}

/** The callbacks (回访) recorded on these tickets, newest first. */
export async function callbacksOf(db: Kysely<DB>, ticketIds: number[]): Promise<CallbackRecord[]> {
  if (!ticketIds.length) return [];
  const rows = await db
    .selectFrom('ticket_events')
    .select(['ticket_id', 'at', 'payload'])
    .where('ticket_id', 'in', ticketIds)
    .where('type', '=', 'called_back')
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.map((r) => {
    const p = r.payload as { reached?: boolean; resolved?: boolean | null; satisfaction?: string | null; outcome?: string | null };
    return { ticketId: r.ticket_id, at: r.at, reached: p.reached === true, resolved: p.resolved ?? null, satisfaction: p.satisfaction ?? null, outcome: p.outcome ?? null };
  });
}
