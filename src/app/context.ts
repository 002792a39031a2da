// What every use case gets: the database, cached reference data, the clock, the active
// classifier, the ports to the world outside (SMS, mail), and this process's listeners on the
// committed event stream. No HTTP in it: routes, channels, timers and the command line build
// or receive one and call the use cases in src/app with it.

import type { Kysely } from 'kysely';
import type { Database } from '../store/db.js';
import { ReferenceCache } from '../store/reference.js';
import type { DB } from '../store/schema.js';
import { ChangeHub } from './changes.js';
import { silentLog, type Log } from './log.js';
import type { Mailer } from './mail.js';
import { ModelCache } from './models.js';
import { smsGatewayFromEnv, type SmsGateway } from './sms.js';

/** This process's listeners on the committed event stream (src/listeners, started by the server's assembly). */
export interface ListenerHost {
  /** Something was committed: run the listeners soon. Cheap, never waits. */
  nudge(): void;
  /** The timers' loop: a pass if anything was committed since the listeners last looked. */
  tick(): Promise<unknown>;
  /** Runs the listeners until they have caught up with everything committed so far (at most timeoutMs). */
  settle(timeoutMs?: number): Promise<void>;
}

/** Before the assembly starts the listeners (command-line tools): nothing listens. */
export const NO_LISTENERS: ListenerHost = { nudge() {}, tick: async () => 0, settle: async () => {} };

export interface AppContext {
  database: Database;
  db: Kysely<DB>;
  ref: ReferenceCache;
  /** The current time; tests replace it to cross holidays and deadlines. */
  now: () => Date;
  /** The active classifier, for suggestions and automatic dispatch on every channel. */
  models: ModelCache;
  log: Log;
  /** The listeners of this process; use cases nudge them after they commit. */
  listeners: ListenerHost;
  /** Ticket changes heard by this process, for its event streams. */
  changes: ChangeHub;
  /** The SMS gateway (codes and notices to citizens). */
  sms: SmsGateway;
  /** Mail to citizens, when the email channel runs in this process. */
  mailer: Mailer | null;
}

export interface ContextOptions {
  now?: () => Date;
  log?: Log;
  /** The SMS gateway; by default the one HOTLINE_SMS_GATEWAY names (a mistyped name stops the start). */
  sms?: SmsGateway;
}

export function createContext(database: Database, opts: ContextOptions = {}): AppContext {
  const log = opts.log ?? silentLog;
  return {
    database,
    db: database.db,
    ref: new ReferenceCache(database.db),
    now: opts.now ?? (() => new Date()),
    models: new ModelCache(database.db),
    log,
    listeners: NO_LISTENERS,
    changes: new ChangeHub(),
    sms: opts.sms ?? smsGatewayFromEnv(database.db, log),
    mailer: null,
  };
}
