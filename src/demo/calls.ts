// The demo city's call floor: a week of calls before today and today's so far, so that the
// floor's figures, the wallboard and the missed-call queue show a working centre right after the
// first start. Most calls are answered within seconds, a few wait long, some callers hang up
// (a few within seconds: 误拨); every phone ticket the demo agent registered lately has its call.
// Abandoned calls of past days were called back; today's last few still wait for it.
// Written as rows (not through the event route): thousands of calls, loaded in a second or two.

import type { Insertable, Kysely } from 'kysely';
import type { ReferenceData } from '../store/reference.js';
import type { DB } from '../store/schema.js';
import type { CallTable } from '../store/schema-channels.js';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const SHANGHAI = 8 * HOUR;

export interface DemoCallContext {
  db: Kysely<DB>;
  ref: ReferenceData;
  now: Date;
  r: { next: () => number; int: (lo: number, hi: number) => number; pick: <T>(xs: readonly T[]) => T; chance: (p: number) => boolean };
  /** The agents who take calls, with their extensions (8001 …). */
  agents: { id: number; extension: string }[];
  /** The demo agent whose phone tickets get their calls. */
  ticketAgentId: number;
  /** The quality inspector who scored some of last week's calls. */
  inspectorId: number;
  lines: readonly string[];
}

/** Calls per hour of the day (Asia/Shanghai): the morning and early-afternoon peaks of a city line. */
const HOURLY = [2, 1, 1, 1, 1, 2, 4, 10, 26, 34, 32, 24, 14, 18, 28, 30, 26, 20, 12, 9, 7, 5, 4, 3];

export async function loadDemoCalls(c: DemoCallContext): Promise<number> {
  const { r, now, agents } = c;
  const phone = () => `1${r.pick(['38', '39', '58', '77', '86', '35'])}${String(r.int(0, 99_999_999)).padStart(8, '0')}`;
  const line = () => (r.chance(0.85) ? '12345' : r.pick(c.lines));
  const rows: Insertable<CallTable>[] = [];
  const missed: { id: string; phone: string; line: string; at: Date; today: boolean }[] = [];
  const dayStart = Math.floor((now.getTime() + SHANGHAI) / DAY) * DAY - SHANGHAI; // today 00:00 in Shanghai
  let n = 0;
  for (let d = 7; d >= 0; d--) {
    const start = dayStart - d * DAY;
    for (let h = 0; h < 24; h++) {
      const calls = Math.round(HOURLY[h] * (0.8 + r.next() * 0.4));
      for (let i = 0; i < calls; i++) {
        const queued = start + h * HOUR + Math.floor(r.next() * HOUR);
        if (queued > now.getTime() - 3 * MINUTE) continue; // what is still ringing is added below
        const id = `demo-${new Date(queued).toISOString().slice(0, 10)}-${String(++n).padStart(5, '0')}`;
        const caller = r.chance(0.04) ? null : phone(); // 号码隐藏
        const ln = line();
        const abandon = r.chance(0.07);
        // Waits: most within seconds, a tail in the busy hours.
        const wait = Math.round((r.chance(0.82) ? r.int(2, 14) : r.int(15, 90)) * (HOURLY[h] > 25 ? 1.3 : 1) * SECOND);
        const agent = r.pick(agents);
        if (abandon) {
          const gaveUp = r.chance(0.3) ? r.int(1, 4) * SECOND : r.int(8, 80) * SECOND;
          const ended = new Date(queued + gaveUp);
          rows.push({ id, caller, line: ln, state: 'ended', queued_at: new Date(queued), ringing_at: null, answered_at: null, ended_at: ended, agent_user_id: null, extension: null, created_at: new Date(queued), updated_at: ended });
          if (caller) missed.push({ id, phone: caller, line: ln, at: ended, today: d === 0 });
          continue;
        }
        const answered = queued + wait;
        const talk = r.int(45, 420) * SECOND;
        const ended = new Date(answered + talk);
        rows.push({
          id,
          caller,
          line: ln,
          state: 'ended',
          queued_at: new Date(queued),
          ringing_at: new Date(answered - Math.min(wait, 4 * SECOND)),
          answered_at: new Date(answered),
          ended_at: ended,
          agent_user_id: agent.id,
          extension: agent.extension,
          recording_url: `https://pbx.linjiang.example/recordings/${id}.mp3`,
          wrap_up_seconds: r.int(10, 90),
          created_at: new Date(queued),
          updated_at: ended,
        });
      }
    }
  }
  // Calls waiting in the queue right now (the wallboard's first figure).
  for (let i = 0; i < 3; i++) {
    const queued = new Date(now.getTime() - r.int(5, 70) * SECOND);
    rows.push({ id: `demo-now-${i + 1}`, caller: phone(), line: '12345', state: 'queued', queued_at: queued, created_at: queued, updated_at: queued });
  }
  // Every phone ticket the demo agent registered in this week came in on a call that agent answered.
  const tickets = await c.db
    .selectFrom('tickets')
    .select(['id', 'created_at', 'caller_phone', 'line'])
    .where('channel', '=', 'phone')
    .where('created_by', '=', c.ticketAgentId)
    .where('created_at', '>=', new Date(dayStart - 7 * DAY))
    .execute();
  const extension = agents.find((a) => a.id === c.ticketAgentId)?.extension ?? null;
  const links: { call_id: string; ticket_id: number }[] = [];
  for (const t of tickets) {
    const answered = t.created_at.getTime() - r.int(2, 6) * MINUTE;
    const queued = answered - r.int(3, 20) * SECOND;
    const id = `demo-t${t.id}`;
    const ended = new Date(t.created_at.getTime() + r.int(20, 90) * SECOND);
    rows.push({
      id,
      caller: t.caller_phone,
      line: t.line ?? '12345',
      state: 'ended',
      queued_at: new Date(queued),
      ringing_at: new Date(answered - 3 * SECOND),
      answered_at: new Date(answered),
      ended_at: ended,
      agent_user_id: c.ticketAgentId,
      extension,
      recording_url: `https://pbx.linjiang.example/recordings/${id}.mp3`,
      wrap_up_seconds: r.int(20, 120),
      created_at: new Date(queued),
      updated_at: ended,
    });
    links.push({ call_id: id, ticket_id: t.id });
  }
  // A call whose end lies after now is still going on (its agent is on it).
  for (const row of rows) {
    if (row.ended_at && (row.ended_at as Date) > now) Object.assign(row, { state: 'answered', ended_at: null, wrap_up_seconds: null, recording_url: null, updated_at: row.answered_at });
  }
  // After the call the IVR asks the caller to rate the agent's service: about a third answer,
  // mostly 1–2; and the inspector has scored a few of last week's calls on the default form.
  const answered = rows.filter((x) => x.answered_at && x.ended_at && (x.ended_at as Date) < new Date(dayStart));
  for (const x of answered) {
    if (!r.chance(0.35)) continue;
    Object.assign(x, { survey_grade: r.chance(0.7) ? 1 : r.chance(0.6) ? 2 : r.int(3, 5), survey_subject: 'service', survey_at: new Date((x.ended_at as Date).getTime() + 20 * SECOND) });
  }
  for (let i = 0; i < rows.length; i += 500) await c.db.insertInto('calls').values(rows.slice(i, i + 500)).execute();
  if (links.length) {
    await c.db
      .insertInto('call_tickets')
      .values(links.map((l) => ({ ...l, attached_by: null, attached_at: now })))
      .execute();
  }

  // Missed calls: those of past days were called back (most reached at the first attempt); of
  // today's, the older ones too; those of the last three hours still wait (one task a number).
  const waiting = new Set<string>();
  for (const m of missed) {
    const dueBy = c.ref.calendar.addWorkingMinutes(m.at, 120);
    const recent = m.today && now.getTime() - m.at.getTime() < 3 * HOUR;
    const stillWaiting = recent && !waiting.has(m.phone);
    const reached = r.chance(0.8);
    const attemptAt = new Date(m.at.getTime() + r.int(10, 150) * MINUTE);
    if (stillWaiting || attemptAt > now) {
      waiting.add(m.phone);
      await c.db.insertInto('missed_calls').values({ call_id: m.id, phone: m.phone, line: m.line, missed_at: m.at, due_by: dueBy }).execute();
      continue;
    }
    await c.db
      .insertInto('missed_calls')
      .values({
        call_id: m.id,
        phone: m.phone,
        line: m.line,
        missed_at: m.at,
        due_by: dueBy,
        state: reached ? 'reached' : 'unreachable',
        attempts: reached ? 1 : 3,
        closed_at: attemptAt,
        closed_by: c.ticketAgentId,
      })
      .execute();
    const tries = reached ? [attemptAt] : [0, 1, 2].map((k) => new Date(attemptAt.getTime() - (2 - k) * 20 * MINUTE));
    await c.db
      .insertInto('missed_call_attempts')
      .values(tries.map((at, k) => ({ call_id: m.id, user_id: c.ticketAgentId, outcome: reached && k === tries.length - 1 ? 'reached' : 'unreachable', note: reached ? '已回拨，来电人称已自行解决' : '无人接听', at })))
      .execute();
  }

  const form = await c.db.selectFrom('qa_forms').select(['id', 'items', 'max_total']).where('active', '=', true).executeTakeFirst();
  const checked = form ? answered.filter((x) => x.recording_url && r.chance(0.02)).slice(0, 15) : [];

  for (const [k, x] of checked.entries()) {
    const items = form!.items as { key: string; max: number }[];
    const scores = Object.fromEntries(items.map((i) => [i.key, Math.max(0, i.max - (r.chance(0.4) ? r.int(1, Math.ceil(i.max / 3)) : 0))]));
    const total = Object.values(scores).reduce((a, b) => a + b, 0);
    const drawnAt = new Date(dayStart - r.int(1, 3) * DAY + 10 * HOUR);
    const sample = await c.db
      .insertInto('qa_samples')
      .values({ call_id: x.id as string, agent_user_id: x.agent_user_id as number, reason: 'random', drawn_by: c.inspectorId, drawn_at: drawnAt })
      .returning('id')
      .executeTakeFirstOrThrow();
    await c.db
      .insertInto('qa_reviews')
      .values({
        sample_id: sample.id,
        form_id: form!.id,
        scores: JSON.stringify(scores),
        total,
        max_total: form!.max_total,
        comment: total >= 90 ? '用语规范，记录完整。' : '政策解答可更准确，注意告知办理时限。',
        inspector_id: c.inspectorId,
        reviewed_at: new Date(drawnAt.getTime() + (k + 1) * 10 * MINUTE),
        acknowledged_at: null,
      })
      .execute();
  }

  // The floor now: who is signed in at which extension, and in which state.
  const states = ['ready', 'on_call', 'on_call', 'after_call', 'busy', 'ready'] as const;
  for (const [i, a] of agents.entries()) {
    const state = states[i % states.length];
    const since = new Date(now.getTime() - r.int(10, 600) * SECOND);
    await c.db.insertInto('agent_extensions').values({ extension: a.extension, user_id: a.id, since: new Date(dayStart + 8 * HOUR) }).execute();
    await c.db.insertInto('agent_states').values({ user_id: a.id, state, reason: state === 'busy' ? '培训' : null, since }).execute();
    await c.db.insertInto('agent_state_log').values({ user_id: a.id, state, reason: state === 'busy' ? '培训' : null, started_at: since, ended_at: null }).execute();
  }
  return rows.length;
}
