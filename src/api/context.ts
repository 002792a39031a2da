// What every route handler gets: the database, cached reference data, and the clock.

import type { Kysely } from 'kysely';
import type { Database } from '../store/db.js';
import type { ModelCache } from './dispatch.js';
import type { ReferenceCache } from '../store/reference.js';
import type { DB } from '../store/schema.js';

export interface AppContext {
  database: Database;
  db: Kysely<DB>;
  ref: ReferenceCache;
  /** The current time; tests replace it to cross holidays and deadlines. */
  now: () => Date;
  /** The active classifier, for suggestions and automatic dispatch on every channel. */
  models: ModelCache;
}
