// The call floor's settings (settings.call_floor): read with the defaults filled in; saved by an
// admin, audited before → after in the same transaction.

import type { Kysely } from 'kysely';
import { callFloorSettings, type CallFloorSettings } from '../domain/call-floor.js';
import { audit } from './admin-console.js';
import type { DB } from './schema.js';
import { inTransaction } from './tickets.js';

const KEY = 'call_floor';

export async function getCallFloorSettings(db: Kysely<DB>): Promise<CallFloorSettings> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', KEY).executeTakeFirst();
  return callFloorSettings(row?.value as Partial<CallFloorSettings> | undefined);
}

export async function saveCallFloorSettings(db: Kysely<DB>, s: CallFloorSettings, by: number | null): Promise<void> {
  const value = JSON.stringify(s);
  await inTransaction(db, async (tx) => {
    await tx.selectFrom('settings').select('key').where('key', '=', KEY).forUpdate().execute();
    const before = await getCallFloorSettings(tx);
    await tx
      .insertInto('settings')
      .values({ key: KEY, value })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
      .execute();
    await audit(tx, by, 'settings.call_floor', { before, after: s });
  });
}
