// The call floor's settings (settings.call_floor): read with the defaults filled in; saved by an
// admin, audited before → after in the same transaction.

import type { Kysely } from 'kysely';
import { callFloorSettings, type CallFloorSettings } from '../domain/call-floor.js';
import type { DB } from './schema.js';
import { readSetting, saveSetting } from './settings.js';

const KEY = 'call_floor';

export async function getCallFloorSettings(db: Kysely<DB>): Promise<CallFloorSettings> {
  return callFloorSettings(await readSetting<Partial<CallFloorSettings>>(db, KEY));
}

export async function saveCallFloorSettings(db: Kysely<DB>, s: CallFloorSettings, by: number | null): Promise<void> {
  await saveSetting(db, KEY, by, getCallFloorSettings, () => ({ value: s }));
}
