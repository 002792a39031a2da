// 12345 ↔ 110 联动 (docs/interop-110.md): committed events become messages to 110's platform, in
// the transaction that moves this listener's cursor (the outbox: a rolled-back transfer sends
// nothing, a crash loses nothing). A transfer to 110/119/120/122 opens an outgoing hand-off and
// its 警单 (with the caller's data unmasked); a handed-over ticket (channel 110) that closes sends
// 110 our result. The sender (src/channels/police.ts) posts them, signed like webhooks.

import type { Transaction } from 'kysely';
import { closesTicket, isEmergencyService, type EventLike } from '../domain/police.js';
import { resultDocument, transferDocument } from '../app/police.js';
import { incomingHandoffs, recordResult, recordTransfer } from '../store/police.js';
import type { DB } from '../store/schema.js';
import type { DurableListener, StreamEvent } from './runner.js';
import type { AppContext } from '../app/context.js';
import { outboxFilled } from '../app/outbox.js';

export function policeListener(ctx: AppContext): DurableListener {
  // Messages recorded: the sender goes as soon as they are committed.
  const kick = async () => outboxFilled(ctx, 'police');
  return {
    kind: 'durable',
    name: 'police',
    events: ['transferred', 'answered', 'closed', 'called_back', 'refused'],
    batch: 100,
    async handle(tx, events) {
      const transfers = events.filter((e) => e.type === 'transferred' && isEmergencyService(String(e.payload.to)));
      for (const e of transfers) await onTransfer(tx, e);
      const closing = events.filter((e) => e.type !== 'transferred' && closesTicket(e as unknown as EventLike));
      let results = 0;
      if (closing.length) {
        const handoffs = await incomingHandoffs(tx, [...new Set(closing.map((e) => e.ticketId))]);
        for (const e of closing) {
          const h = handoffs.get(e.ticketId);
          if (h?.policeRecordId) {
            await onClose(tx, e, h.id, h.policeRecordId);
            results++;
          }
        }
      }
      if (transfers.length || results) return kick;
    },
  };
}

async function ticketForPolice(tx: Transaction<DB>, ticketId: number) {
  return tx
    .selectFrom('tickets as t')
    .leftJoin('categories as c', 'c.id', 't.category_id')
    .leftJoin('units as d', 'd.id', 't.district_id')
    .leftJoin('units as u', 'u.id', 't.unit_id')
    .select([
      't.id', 't.number', 't.type', 't.priority', 't.channel', 't.title', 't.content', 't.caller_name', 't.caller_phone', 't.address', 't.created_at',
      'c.name as category_name', 'd.name as district_name', 'u.name as unit_name',
    ])
    .where('t.id', '=', ticketId)
    .executeTakeFirstOrThrow();
}

async function onTransfer(tx: Transaction<DB>, e: StreamEvent) {
  const t = await ticketForPolice(tx, e.ticketId);
  const agent = e.actorId != null ? await tx.selectFrom('users').select(['display_name', 'username']).where('id', '=', e.actorId).executeTakeFirst() : null;
  const ticket = {
    id: t.id, number: t.number, type: t.type, priority: t.priority, channel: t.channel, title: t.title, content: t.content,
    callerName: t.caller_name, callerPhone: t.caller_phone, address: t.address, createdAt: t.created_at, categoryName: t.category_name, districtName: t.district_name,
  };
  const transfer = { to: String(e.payload.to), note: (e.payload.note as string | null) ?? null, at: e.at, agent: agent ? (agent.display_name ?? agent.username) : null };
  await recordTransfer(tx, e, transfer.to, (handoffId) => transferDocument({ handoffId, eventId: e.id }, ticket, transfer));
}

async function onClose(tx: Transaction<DB>, e: StreamEvent, handoffId: number, policeRecordId: string) {
  const t = await ticketForPolice(tx, e.ticketId);
  // The timeline up to the closing step: the reply it closed on (a later reopen does not count).
  const rows = await tx.selectFrom('ticket_events').select(['type', 'payload']).where('ticket_id', '=', e.ticketId).where('seq', '<=', e.seq).orderBy('seq').execute();
  const timeline = rows as unknown as EventLike[];
  const closing = { type: e.type, payload: e.payload, at: e.at } as unknown as EventLike & { at: Date };
  await recordResult(tx, handoffId, e, resultDocument({ handoffId, eventId: e.id }, t, policeRecordId, timeline, closing, t.unit_name));
}
