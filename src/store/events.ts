// Live updates. Ticket changes are not announced here: every server process reads them from the
// committed event stream (store/event-stream.ts, src/listeners/live.ts), so no ticket write
// takes NOTIFY's commit-time lock. Call events (telephony, off the ticket write path) are still
// announced with pg_notify in the transaction that records them, heard by every server process
// once committed (PostgreSQL LISTEN/NOTIFY; PGlite delivers its own notifications in-process).

import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from './schema.js';

export const CHANGES_CHANNEL = 'hotline_changes';

/** What changed. Small on purpose (NOTIFY payloads are capped at 8,000 bytes): clients refetch. */
export type Change =
  /** A ticket was registered or stepped (from the event stream); units are those that could see it before or after. */
  | { kind: 'ticket'; id: number; version: number; event: string; unitIds: number[]; centreId?: number | null }
  /** A telephony event for one agent's screen (ringing, answered, ended): announced, NOTIFY. */
  | { kind: 'call'; userId: number | null; extension: string | null; callId: string; state: string; phone: string | null }
  /** A live call hand-off's state (一键转接/三方通话: sent, connected, failed) for the agent who asked: announced, NOTIFY. */
  | { kind: 'handoff'; userId: number; callId: string; requestId: string; mode: string; target: string; status: string; detail: string | null }
  /** The call floor changed (大屏): a call event, an agent's state, a missed-call callback. No personal data. */
  | { kind: 'floor'; what: 'call' | 'agent_state' | 'missed_call'; userId: number | null }
  /**
   * New notifications (通知) were written: the units they are for (a unit's handlers hear of their
   * subtree's) and the centres of their tickets (the centre's staff, who read all notifications of
   * their centre, hear of those). Announced after the listener's commit; the bell refetches.
   */
  | { kind: 'notification'; unitIds: number[]; centreIds: (number | null)[] };

export async function announce(db: Kysely<DB> | Transaction<DB>, ...changes: Change[]): Promise<void> {
  if (changes.length === 1) await sql`SELECT pg_notify(${CHANGES_CHANNEL}, ${JSON.stringify(changes[0])})`.execute(db);
  // Several in one round trip (a call event: the agent's screen and the floor), in this order.
  else if (changes.length > 1) {
    await sql`SELECT pg_notify(${CHANGES_CHANNEL}, c) FROM unnest(${changes.map((c) => JSON.stringify(c))}::text[]) WITH ORDINALITY AS u(c, n) ORDER BY n`.execute(db);
  }
}

export type Unlisten = () => Promise<void>;
export type Listen = (onChange: (change: Change) => void) => Promise<Unlisten>;
