// Settings rows (settings.key → value jsonb): read as stored, and saved by an admin with the
// change in the audit log (settings.<key>, before → after) in the same transaction. The row is
// locked first, so two saves of one setting never interleave. Each setting's module gives its
// defaults and what its audit entry may show (a secret never appears in it).

import type { Kysely } from 'kysely';
import { audit } from './admin-console.js';
import type { DB } from './schema.js';
import { inTransaction } from './tickets.js';

/** The stored value, or undefined when the setting was never saved. */
export async function readSetting<T>(db: Kysely<DB>, key: string): Promise<T | undefined> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
  return row?.value as T | undefined;
}

/**
 * Saves a setting: `next` gets the value as it was (read with `read`, defaults filled) and
 * returns the value to store and the audit entry's detail (by default before → after).
 */
export async function saveSetting<T>(
  db: Kysely<DB>,
  key: string,
  by: number | null,
  read: (tx: Kysely<DB>) => Promise<T>,
  next: (before: T) => { value: T; audit?: Record<string, unknown> },
): Promise<T> {
  return inTransaction(db, async (tx) => {
    await tx.selectFrom('settings').select('key').where('key', '=', key).forUpdate().execute();
    const before = await read(tx);
    const { value, audit: detail } = next(before);
    const json = JSON.stringify(value);
    await tx
      .insertInto('settings')
      .values({ key, value: json })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: json }))
      .execute();
    await audit(tx, by, `settings.${key}`, detail ?? { before, after: value });
    return value;
  });
}
