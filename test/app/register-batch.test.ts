// Registrations written together (store/tickets.ts registerTickets, the group commit behind
// POST /tickets at a peak): one statement for many, yet each its own ticket, number, first event
// and idempotency key, in the order they came; a key taken before is a replay or a 422 for that
// item alone; a request the decider refuses stops the batch before anything is written (the
// group commit then tries the items one by one).

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/domain/ticket.js';
import type { Database } from '../../src/store/db.js';
import { DomainFailure, registerTicket, registerTickets, type RegisterItem } from '../../src/store/tickets.js';
import { snapshot, testDatabase } from '../helpers.js';

const agent: Actor = { id: null, role: 'agent', unitId: null, scope: new Set() };
const at = new Date('2026-03-02T01:15:00Z'); // 09:15 in Shanghai, 2 March 2026
const item = (content: string, key?: { key: string; hash: string }): RegisterItem => ({
  input: { channel: 'phone', type: 'complaint', content },
  actor: agent,
  now: at,
  idempotency: key ? { scope: 'user:1', key: key.key, requestHash: key.hash } : undefined,
});

let database: Database;
beforeAll(async () => {
  database = await testDatabase();
});
afterAll(async () => database?.close());

describe('registerTickets', () => {
  it('writes each item as its own ticket, in order; a key taken before replays or is refused for that item only', async () => {
    const earlier = await registerTicket(database.db, item('早先登记的', { key: 'k-old', hash: 'h-old' }).input, agent, at, { scope: 'user:1', key: 'k-old', requestHash: 'h-old' });
    const results = await registerTickets(database.db, [
      item('第一件'),
      item('第二件', { key: 'k-2', hash: 'h-2' }),
      item('早先登记的', { key: 'k-old', hash: 'h-old' }),
      item('换了内容', { key: 'k-old', hash: 'h-other' }),
      item('第五件'),
    ]);
    const [one, two, replay, reused, five] = results;
    for (const r of [one, two, replay, five]) expect(r).not.toBeInstanceOf(Error);
    expect(reused).toBeInstanceOf(DomainFailure);
    expect((reused as DomainFailure).error.code).toBe('idempotency_key_reused');
    const made = [one, two, five].map((r) => (r as Exclude<typeof r, Error>).ticket);
    expect(made.map((t) => t.content)).toEqual(['第一件', '第二件', '第五件']);
    // Ids drawn in the items' order; the number is the Shanghai date and the id.
    expect(made[0].id < made[1].id && made[1].id < made[2].id).toBe(true);
    for (const t of made) expect(t.number).toBe(`20260302${String(t.id).padStart(7, '0')}`);
    expect([one, two, five].map((r) => (r as { replayed: boolean }).replayed)).toEqual([false, false, false]);
    expect(replay).toMatchObject({ replayed: true, ticket: { id: earlier.ticket.id, content: '早先登记的' } });
    // Stored as returned: the rows, one registered event each, the new key bound to its ticket.
    const rows = await database.db.selectFrom('tickets').select(['id', 'number', 'content', 'status']).where('id', 'in', made.map((t) => t.id)).orderBy('id').execute();
    expect(rows).toEqual(made.map((t) => ({ id: t.id, number: t.number, content: t.content, status: 'registered' })));
    const events = await database.db.selectFrom('ticket_events').select(['ticket_id', 'seq', 'type']).where('ticket_id', 'in', made.map((t) => t.id)).orderBy('ticket_id').execute();
    expect(events).toEqual(made.map((t) => ({ ticket_id: t.id, seq: 1, type: 'registered' })));
    const keys = await database.db.selectFrom('idempotency_keys').select(['key', 'ticket_id']).where('scope', '=', 'user:1').orderBy('key').execute();
    expect(keys).toEqual([
      { key: 'k-2', ticket_id: made[1].id },
      { key: 'k-old', ticket_id: earlier.ticket.id },
    ]);
  });

  it('stops before writing anything when the decider refuses one of the items', async () => {
    const before = await snapshot(database);
    await expect(registerTickets(database.db, [item('好的一件'), item('   '), item('又一件')])).rejects.toBeInstanceOf(DomainFailure);
    expect(await snapshot(database)).toEqual(before);
  });
});
