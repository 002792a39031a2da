// The floor now (大屏): calls waiting, tickets registered today. The agents' states and the
// missed calls are in agent-states.ts and missed-calls.ts; the day's rates come from the
// floor measures (GET /calls/measures).

import { sql, type Kysely } from 'kysely';
import type { DB } from './schema.js';

/**
 * A call still queued or ringing this long after its last event lost its end event: nobody waits
 * half an hour in a 12345 queue (callers give up within minutes), so it is not counted as waiting.
 */
export const STALE_WAIT_MS = 30 * 60_000;

export async function waitingCalls(db: Kysely<DB>, now: Date): Promise<{ count: number; oldestSince: Date | null }> {
  const r = await db
    .selectFrom('calls')
    .select((eb) => [eb.fn.countAll<string>().as('n'), eb.fn.min('started_at').as('oldest')])
    .where('state', 'in', ['queued', 'ringing'])
    .where('updated_at', '>=', new Date(now.getTime() - STALE_WAIT_MS))
    .where('started_at', '<=', now)
    .executeTakeFirstOrThrow();
  return { count: Number(r.n), oldestSince: r.oldest ? new Date(r.oldest as Date) : null };
}

/** Tickets registered since a time (the day's start): all channels, and those by phone. */
export async function ticketsSince(db: Kysely<DB>, from: Date, until: Date): Promise<{ total: number; phone: number }> {
  const r = await db
    .selectFrom('tickets')
    .select([sql<string>`count(*)`.as('total'), sql<string>`count(*) FILTER (WHERE channel = 'phone')`.as('phone')])
    .where('created_at', '>=', from)
    .where('created_at', '<=', until)
    .executeTakeFirstOrThrow();
  return { total: Number(r.total), phone: Number(r.phone) };
}
