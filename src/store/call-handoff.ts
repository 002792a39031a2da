// Live call hand-off (一键转接 / 三方通话): the targets an agent may hand a call to, the telephony
// system's address and secret, and the record of every command sent and its result
// (call_transfers). The HTTP side is in src/channels/telephony.ts; the use case in
// src/app/call-handoff.ts.

import type { Kysely, Selectable } from 'kysely';
import { EMERGENCY_SERVICES } from '../domain/ticket-types.js';
import type { DB } from './schema.js';
import { readSetting, saveSetting } from './settings.js';
import type { CallTransferTable } from './schema-handoff-qa.js';
import { inTransaction } from './tickets.js';

export const HANDOFF_MODES = ['transfer', 'conference'] as const; // 一键转接 三方通话
export type HandoffMode = (typeof HANDOFF_MODES)[number];
export const HANDOFF_STATUSES = ['pending', 'sent', 'connected', 'failed'] as const; // 发送中 已发送 已接通 失败
export type HandoffStatus = (typeof HANDOFF_STATUSES)[number];

export type CallTransferRow = Selectable<CallTransferTable>;

/** A number an agent may hand a call to. */
export interface HandoffTarget {
  target: string;
  label: string;
  kind: 'emergency' | 'hotline' | 'contact';
  /** What Enter does in the picker: emergency services and hotlines take the call over; a unit's contact joins it. */
  mode: HandoffMode;
}

const EMERGENCY_LABELS: Record<(typeof EMERGENCY_SERVICES)[number], string> = {
  '110': '110 报警',
  '119': '119 火警',
  '120': '120 急救',
  '122': '122 交通事故',
};

const DIRECTORY_KEY = 'handoff_directory';
const TELEPHONY_KEY = 'telephony';

/** An admin's entry in the directory (units' contact numbers, other services): settings.handoff_directory. */
export interface DirectoryEntry {
  target: string;
  label: string;
  mode: HandoffMode;
}

export async function getHandoffDirectory(db: Kysely<DB>): Promise<DirectoryEntry[]> {
  const value = await readSetting<unknown>(db, DIRECTORY_KEY);
  return Array.isArray(value) ? (value as DirectoryEntry[]) : [];
}

export async function saveHandoffDirectory(db: Kysely<DB>, items: DirectoryEntry[], by: number): Promise<void> {
  await saveSetting(db, DIRECTORY_KEY, by, getHandoffDirectory, () => ({ value: items }));
}

/**
 * Every target on offer: the emergency services, the merged hotlines (lines table, 12345 itself
 * excepted) and the admin's directory; the first of a number wins.
 */
export async function handoffTargets(db: Kysely<DB>): Promise<HandoffTarget[]> {
  const [lines, directory] = await Promise.all([
    db.selectFrom('lines').select(['number', 'name']).where('number', '!=', '12345').orderBy('number').execute(),
    getHandoffDirectory(db),
  ]);
  const out: HandoffTarget[] = EMERGENCY_SERVICES.map((s) => ({ target: s, label: EMERGENCY_LABELS[s], kind: 'emergency', mode: 'transfer' }));
  for (const l of lines) out.push({ target: l.number, label: `${l.number} ${l.name}`, kind: 'hotline', mode: 'transfer' });
  for (const d of directory) out.push({ target: d.target, label: d.label, kind: 'contact', mode: d.mode });
  const seen = new Set<string>();
  return out.filter((t) => !seen.has(t.target) && !!seen.add(t.target));
}

/** The telephony system's command address and shared secret, as an admin saved them (the environment overrides: app). */
export interface TelephonySettings {
  url: string | null;
  secret: string | null;
}

export async function getTelephonySettings(db: Kysely<DB>): Promise<TelephonySettings> {
  const v = (await readSetting<Partial<TelephonySettings>>(db, TELEPHONY_KEY)) ?? {};
  return { url: typeof v.url === 'string' ? v.url : null, secret: typeof v.secret === 'string' ? v.secret : null };
}

/** Saves the address and, when given, a new secret (never audited in clear: only whether it changed). */
export async function saveTelephonySettings(db: Kysely<DB>, input: { url: string | null; secret?: string | null }, by: number): Promise<void> {
  await saveSetting(db, TELEPHONY_KEY, by, getTelephonySettings, (before) => {
    const after: TelephonySettings = { url: input.url, secret: input.secret === undefined ? before.secret : input.secret };
    return { value: after, audit: { before: { url: before.url }, after: { url: after.url }, secretChanged: input.secret !== undefined } };
  });
}

export async function insertTransfer(
  db: Kysely<DB>,
  t: { requestId: string; callId: string; mode: HandoffMode; target: string; targetLabel: string | null; requestedBy: number; at: Date },
): Promise<CallTransferRow> {
  return db
    .insertInto('call_transfers')
    .values({
      request_id: t.requestId,
      call_id: t.callId,
      mode: t.mode,
      target: t.target,
      target_label: t.targetLabel,
      requested_by: t.requestedBy,
      requested_at: t.at,
      status: 'pending',
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/**
 * What the telephony system answered to the command: accepted (sent, the result follows), or a
 * result at once, or a failure. Only a pending command moves: a result reported back before the
 * answer arrived stands.
 */
export async function markSent(db: Kysely<DB>, requestId: string, outcome: { status: 'sent' | 'connected' | 'failed'; detail: string | null; at: Date }): Promise<CallTransferRow> {
  await db
    .updateTable('call_transfers')
    .set({ status: outcome.status, detail: outcome.detail, settled_at: outcome.status === 'sent' ? null : outcome.at })
    .where('request_id', '=', requestId)
    .where('status', '=', 'pending')
    .execute();
  return db.selectFrom('call_transfers').selectAll().where('request_id', '=', requestId).executeTakeFirstOrThrow();
}

export class HandoffProblem extends Error {
  constructor(
    readonly status: 400 | 403 | 404 | 409 | 503,
    readonly code: string,
    readonly detail: string,
  ) {
    super(detail);
  }
}

/**
 * The result the telephony system reports. Repeating the same result is harmless; a different
 * result after one was recorded is 409 transfer_settled (the first stands).
 */
export async function settleTransfer(
  db: Kysely<DB>,
  input: { callId: string; requestId: string; status: 'connected' | 'failed'; detail: string | null; at: Date },
): Promise<{ row: CallTransferRow; changed: boolean }> {
  return inTransaction(db, async (tx) => {
    const row = await tx
      .selectFrom('call_transfers')
      .selectAll()
      .where('request_id', '=', input.requestId)
      .where('call_id', '=', input.callId)
      .forUpdate()
      .executeTakeFirst();
    if (!row) throw new HandoffProblem(404, 'transfer_not_found', '没有这条转接指令');
    if (row.status === 'connected' || row.status === 'failed') {
      if (row.status === input.status) return { row, changed: false };
      throw new HandoffProblem(409, 'transfer_settled', `这条转接指令已有结果（${row.status === 'connected' ? '已接通' : '失败'}）`);
    }
    const after = await tx
      .updateTable('call_transfers')
      .set({ status: input.status, detail: input.detail, settled_at: input.at })
      .where('id', '=', row.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    return { row: after, changed: true };
  });
}

export interface TransferView extends CallTransferRow {
  requested_by_name: string | null;
}

/** The hand-offs of the calls attached to a ticket (call_tickets), oldest first. */
export async function transfersOfTicket(db: Kysely<DB>, ticketId: number): Promise<TransferView[]> {
  const rows = await db
    .selectFrom('call_transfers as t')
    .innerJoin('call_tickets as ct', 'ct.call_id', 't.call_id')
    .leftJoin('users as u', 'u.id', 't.requested_by')
    .selectAll('t')
    .select(['u.display_name', 'u.username'])
    .where('ct.ticket_id', '=', ticketId)
    .orderBy('t.requested_at')
    .orderBy('t.id')
    .execute();
  return rows.map(({ display_name, username, ...t }) => ({ ...t, requested_by_name: display_name ?? username ?? null }));
}
