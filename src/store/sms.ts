// SMS to and from citizens (citizen_messages, migrations 0003 and 0017_sms): messages out with
// their delivery state, messages in with their outcome, the survey (短信回访) a number's answer
// belongs to, the HTTP gateway's work list, and the SMS settings (the server's public address
// for the portal link).

import { sql, type Kysely } from 'kysely';
import type { DB } from './schema.js';
import { readSetting, saveSetting } from './settings.js';
import { inTransaction } from './tickets.js';

/** What became of a message in (citizen_messages.outcome). */
export const INBOUND_OUTCOMES = ['rated', 'already_rated', 'no_survey', 'not_a_rating', 'survey_closed'] as const;
export type InboundOutcome = (typeof INBOUND_OUTCOMES)[number];

/** A message's state, derived: in → received; out → sent, failed (given up) or queued. */
export type MessageStatus = 'received' | 'sent' | 'failed' | 'queued';

export interface MessageRow {
  id: string;
  phone: string;
  ticketId: number | null;
  direction: 'out' | 'in';
  kind: string;
  text: string;
  createdAt: Date;
  sentAt: Date | null;
  status: MessageStatus;
  attempts: number;
  lastError: string | null;
  providerMessageId: string | null;
  outcome: InboundOutcome | null;
  grade: number | null;
}

const COLUMNS = [
  'id', 'phone', 'ticket_id', 'direction', 'kind', 'text', 'created_at', 'sent_at', 'failed_at', 'attempts', 'last_error',
  'provider_message_id', 'outcome', 'grade',
] as const;

type Row = {
  id: string; phone: string; ticket_id: number | null; direction: string; kind: string; text: string; created_at: Date;
  sent_at: Date | null; failed_at: Date | null; attempts: number; last_error: string | null; provider_message_id: string | null;
  outcome: string | null; grade: number | null;
};

const toMessage = (r: Row): MessageRow => ({
  id: String(r.id),
  phone: r.phone,
  ticketId: r.ticket_id,
  direction: r.direction === 'in' ? 'in' : 'out',
  kind: r.kind,
  text: r.text,
  createdAt: r.created_at,
  sentAt: r.sent_at,
  status: r.direction === 'in' ? 'received' : r.failed_at ? 'failed' : r.sent_at ? 'sent' : 'queued',
  attempts: r.attempts,
  lastError: r.last_error,
  providerMessageId: r.provider_message_id,
  outcome: r.outcome as InboundOutcome | null,
  grade: r.grade,
});

export interface OutboundMessage {
  phone: string;
  ticketId: number | null;
  kind: string;
  text: string;
  now: Date;
  /** 'sent': recorded as sent now (the log gateway); 'relay': left for an outbox relay; 'deliver': queued for the HTTP gateway's delivery loop. */
  delivery: 'sent' | 'relay' | 'deliver';
  replyEventId?: number | null;
}

/** Records messages out, in one statement (a listener's batch). */
export async function insertOutbounds(db: Kysely<DB>, ms: OutboundMessage[]): Promise<void> {
  if (ms.length) await db.insertInto('citizen_messages').values(ms.map(outboundRow)).execute();
}

const outboundRow = (m: OutboundMessage) => ({
  phone: m.phone,
  ticket_id: m.ticketId,
  kind: m.kind,
  text: m.text,
  created_at: m.now,
  sent_at: m.delivery === 'sent' ? m.now : null,
  direction: 'out',
  next_attempt_at: m.delivery === 'deliver' ? m.now : null,
  reply_event_id: m.replyEventId ?? null,
});

/** A ticket's messages, both ways, oldest first. */
export async function messagesOfTicket(db: Kysely<DB>, ticketId: number): Promise<MessageRow[]> {
  const rows = await db.selectFrom('citizen_messages').select(COLUMNS).where('ticket_id', '=', ticketId).orderBy('id').execute();
  return rows.map(toMessage);
}

export interface SurveyRow {
  id: string;
  ticketId: number;
  replyEventId: number | null;
  answeredAt: Date | null;
}

/** The latest survey (短信回访) sent to a number: the one an answer from it belongs to. */
export async function latestSurvey(db: Kysely<DB>, phone: string): Promise<SurveyRow | null> {
  const row = await db
    .selectFrom('citizen_messages')
    .select(['id', 'ticket_id', 'reply_event_id', 'answered_at'])
    .where('kind', '=', 'survey')
    .where('phone', '=', phone)
    .where('ticket_id', 'is not', null)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? { id: String(row.id), ticketId: row.ticket_id!, replyEventId: row.reply_event_id == null ? null : Number(row.reply_event_id), answeredAt: row.answered_at } : null;
}

/** Marks a survey answered, once: false when it already was (a second answer changes nothing). */
export async function claimSurvey(db: Kysely<DB>, surveyId: string, now: Date): Promise<boolean> {
  const r = await db.updateTable('citizen_messages').set({ answered_at: now }).where('id', '=', surveyId).where('answered_at', 'is', null).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** The id of the ticket's latest reply (ticket_events 'replied'): a survey about an older one is closed. */
export async function latestReplyEventId(db: Kysely<DB>, ticketId: number): Promise<number | null> {
  const row = await db
    .selectFrom('ticket_events')
    .select('id')
    .where('ticket_id', '=', ticketId)
    .where('type', '=', 'replied')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? Number(row.id) : null;
}

export interface InboundMessage {
  phone: string;
  text: string;
  now: Date;
  outcome: InboundOutcome;
  ticketId: number | null;
  answersId: string | null;
  grade: number | null;
}

/** Records a message in (sent_at is its arrival: an outbox relay, reading sent_at IS NULL, never picks it up). */
export async function insertInbound(db: Kysely<DB>, m: InboundMessage): Promise<string> {
  const row = await db
    .insertInto('citizen_messages')
    .values({
      phone: m.phone,
      ticket_id: m.ticketId,
      kind: 'inbound',
      text: m.text,
      created_at: m.now,
      sent_at: m.now,
      direction: 'in',
      outcome: m.outcome,
      answers_id: m.answersId,
      grade: m.grade,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return String(row.id);
}

// ── The HTTP gateway's delivery ─────────────────────────────────────────────────────────────

export interface DueMessage {
  id: string;
  phone: string;
  text: string;
  attempts: number;
}

/**
 * Claims up to `limit` messages due for delivery: each gets its attempt counted and its next
 * try moved to now + leaseMs (so that a process that dies mid-send leaves it to be tried again,
 * and two processes never send it at once: FOR UPDATE SKIP LOCKED).
 */
export async function claimDue(db: Kysely<DB>, now: Date, limit: number, leaseMs: number): Promise<DueMessage[]> {
  return inTransaction(db, async (tx) => {
    const rows = await tx
      .selectFrom('citizen_messages')
      .select(['id', 'phone', 'text', 'attempts'])
      .where('direction', '=', 'out')
      .where('sent_at', 'is', null)
      .where('failed_at', 'is', null)
      .where('next_attempt_at', '<=', now)
      .orderBy('next_attempt_at')
      .limit(limit)
      .forUpdate()
      .skipLocked()
      .execute();
    if (!rows.length) return [];
    await tx
      .updateTable('citizen_messages')
      .set({ attempts: sql`attempts + 1`, next_attempt_at: new Date(now.getTime() + leaseMs) })
      .where('id', 'in', rows.map((r) => r.id))
      .execute();
    return rows.map((r) => ({ id: String(r.id), phone: r.phone, text: r.text, attempts: r.attempts + 1 }));
  });
}

export async function markSent(db: Kysely<DB>, id: string, now: Date, providerMessageId: string | null): Promise<void> {
  await db.updateTable('citizen_messages').set({ sent_at: now, next_attempt_at: null, provider_message_id: providerMessageId, last_error: null }).where('id', '=', id).execute();
}

/** A failed try: the next at `retryAt`, or none (given up) when retryAt is null. */
export async function markFailed(db: Kysely<DB>, id: string, now: Date, error: string, retryAt: Date | null): Promise<void> {
  await db
    .updateTable('citizen_messages')
    .set({ last_error: error.slice(0, 500), next_attempt_at: retryAt, failed_at: retryAt ? null : now })
    .where('id', '=', id)
    .execute();
}

// ── Settings ────────────────────────────────────────────────────────────────────────────────

export interface SmsSettings {
  /** The server's public address (https://12345.example.gov.cn): the portal link in an SMS is this + /portal/. Null: no link. */
  publicUrl: string | null;
}

const KEY = 'sms';

/** The settings row, else HOTLINE_PUBLIC_URL for the public address. */
export async function getSmsSettings(db: Kysely<DB>, env: NodeJS.ProcessEnv = process.env): Promise<SmsSettings> {
  const saved = (await readSetting<Partial<SmsSettings>>(db, KEY)) ?? {};
  const fromEnv = env.HOTLINE_PUBLIC_URL?.trim() || null;
  return { publicUrl: saved.publicUrl ?? fromEnv };
}

export async function saveSmsSettings(db: Kysely<DB>, s: SmsSettings, by: number | null): Promise<void> {
  // The audit shows what was stored before (not the environment's fallback).
  await saveSetting(db, KEY, by, async (tx) => (await readSetting<SmsSettings>(tx, KEY)) ?? null, () => ({ value: s }));
}

/** 不发短信: the caller asked at intake for no SMS about this ticket (in the registering transaction). */
export async function declineSms(db: Kysely<DB>, ticketId: number): Promise<void> {
  await db.updateTable('tickets').set({ sms_declined: true }).where('id', '=', ticketId).execute();
}

export async function smsDeclined(db: Kysely<DB>, ticketId: number): Promise<boolean> {
  const row = await db.selectFrom('tickets').select('sms_declined').where('id', '=', ticketId).executeTakeFirst();
  return row?.sms_declined ?? false;
}

/** A phone number's messages both ways (来电人画像), newest first. */
export async function messagesOfPhone(db: Kysely<DB>, phone: string, limit: number): Promise<MessageRow[]> {
  const rows = await db.selectFrom('citizen_messages').select(COLUMNS).where('phone', '=', phone).orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
  return rows.map((r) => toMessage(r as Row));
}
