// Opening the database: a PostgreSQL server when DATABASE_URL is set, otherwise embedded
// PostgreSQL (PGlite) in a data folder. One code path for both: Kysely's PostgresDialect over
// a `pg` pool, which for PGlite is pglite's own node-postgres adapter (a pool of one, so
// transactions are serialised and never see each other's uncommitted rows).

import fs from 'node:fs';
import path from 'node:path';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { CHANGES_CHANNEL, type Change, type Listen, type Unlisten } from './events.js';
import type { DB } from './schema.js';

export type Engine = 'pglite' | 'postgres';

export interface Database {
  db: Kysely<DB>;
  engine: Engine;
  /** Where the embedded data lives, or the server URL with the password hidden. */
  location: string;
  /** Hears every committed change announced on CHANGES_CHANNEL (see events.ts). */
  listen: Listen;
  close(): Promise<void>;
  /** The connection pool's counts (GET /metrics), on a PostgreSQL server only (PGlite's is a pool of one). */
  pool?: { readonly totalCount: number; readonly idleCount: number; readonly waitingCount: number };
}

export interface OpenOptions {
  /** postgres://… — use a PostgreSQL server. */
  url?: string;
  /** Folder for the embedded database (ignored with url). */
  dataDir?: string;
  /** Connections to a PostgreSQL server. */
  poolSize?: number;
}

// timestamptz comes back as Date by default; bigint (count(*)) as string: make counts numbers.
pg.types.setTypeParser(20, (v) => Number(v));
// numeric (avg, rates) as numbers too: our values are small enough for doubles.
pg.types.setTypeParser(1700, (v) => Number(v));
// date stays a YYYY-MM-DD string: a Date would shift it by the server's time zone.
pg.types.setTypeParser(1082, (v) => v);

export class DataDirLockedError extends Error {
  constructor(dir: string, pid: number) {
    super(
      `数据目录 ${dir} 正被另一个 hotline 进程（pid ${pid}）使用。嵌入式数据库同一时间只能由一个进程打开；` +
        `请先停止该进程，或改用 PostgreSQL 服务器（设置 DATABASE_URL）。\n` +
        `The data folder ${dir} is in use by another hotline process (pid ${pid}). The embedded database ` +
        `can be opened by one process at a time: stop that process, or use a PostgreSQL server (DATABASE_URL).`,
    );
    this.name = 'DataDirLockedError';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * PGlite has no cross-process lock and a second process corrupts the folder (STACK.md), so
 * the folder is owned through a lock file created exclusively (O_EXCL). A lock left by a dead
 * process is taken over.
 */
export function lockDataDir(dir: string): () => void {
  fs.mkdirSync(dir, { recursive: true });
  const lockPath = path.join(dir, 'hotline.lock');
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = fs.openSync(lockPath, 'wx');
      fs.writeSync(fd, String(process.pid));
      fs.closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        try {
          if (fs.readFileSync(lockPath, 'utf8') === String(process.pid)) fs.unlinkSync(lockPath);
        } catch {
          /* already gone */
        }
      };
      process.once('exit', release);
      return release;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const pid = Number(fs.readFileSync(lockPath, 'utf8').trim());
      if (pid && pid !== process.pid && isAlive(pid)) throw new DataDirLockedError(dir, pid);
      if (pid === process.pid) throw new DataDirLockedError(dir, pid);
      fs.rmSync(lockPath, { force: true }); // stale: its process is gone
    }
  }
  throw new Error(`could not lock ${dir}`);
}

/** The embedded database's buffer cache (issue 20: its memory bounded; 128 MB by default). */
const PGLITE_SHARED_BUFFERS = '32MB';

export async function openDatabase(opts: OpenOptions): Promise<Database> {
  if (opts.url) {
    const pool = new pg.Pool({ connectionString: opts.url, max: opts.poolSize ?? 10 });
    // An idle connection can break under the pool (the server restarted, a backend was terminated,
    // or it closes while the pool ends): the pool drops it and opens another when needed. Without
    // a listener the 'error' event would stop the whole process.
    pool.on('error', () => {});
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    const location = opts.url.replace(/:\/\/([^:@/]+):[^@/]*@/, '://$1:***@');
    const changes = new ServerListener(opts.url);
    return {
      db,
      engine: 'postgres',
      location,
      pool,
      listen: (fn) => changes.add(fn),
      close: async () => {
        await changes.close();
        await db.destroy();
      },
    };
  }
  const dataDir = path.resolve(opts.dataDir ?? 'data');
  const release = lockDataDir(dataDir);
  try {
    const { PGlite } = await import('@electric-sql/pglite');
    const { createPgConfig } = await import('@electric-sql/pglite/node-postgres');
    // PostgreSQL's default 128 MB of shared buffers is resident memory inside PGlite's WebAssembly
    // heap from the start; the operating system's file cache below it keeps the rest warm.
    const startParams = [...PGlite.defaultStartParams, '-c', `shared_buffers=${PGLITE_SHARED_BUFFERS}`];
    const pglite = await PGlite.create(path.join(dataDir, 'pgdata'), { startParams });
    const pool = new pg.Pool(createPgConfig(pglite) as unknown as pg.PoolConfig);
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    return {
      db,
      engine: 'pglite',
      location: dataDir,
      listen: async (fn) => {
        const off = await pglite.listen(CHANGES_CHANNEL, (payload) => deliver(fn, payload));
        // Unlistening after close (a stream ending as the server stops) has nothing left to do.
        return () => (pglite.closed ? Promise.resolve() : off().catch(() => {}));
      },
      close: async () => {
        await db.destroy();
        await pglite.close();
        release();
      },
    };
  } catch (err) {
    release();
    throw err;
  }
}

function deliver(fn: (c: Change) => void, payload: string): void {
  try {
    fn(JSON.parse(payload) as Change);
  } catch {
    // A malformed payload is nobody's change; a listener's own error must not stop the others.
  }
}

/**
 * One LISTEN connection per process, shared by every subscriber, opened on the first and
 * reopened after a lost connection (a listener misses what happened while it was down; the
 * console refetches on reconnect).
 */
class ServerListener {
  private readonly listeners = new Set<(c: Change) => void>();
  private client: pg.Client | null = null;
  private connecting: Promise<void> | null = null;
  private closed = false;

  constructor(private readonly url: string) {}

  async add(fn: (c: Change) => void): Promise<Unlisten> {
    this.listeners.add(fn);
    await this.connect();
    return async () => {
      this.listeners.delete(fn);
    };
  }

  private connect(): Promise<void> {
    if (this.client || this.closed) return Promise.resolve();
    this.connecting ??= (async () => {
      const client = new pg.Client({ connectionString: this.url });
      client.on('notification', (n) => {
        if (n.channel !== CHANGES_CHANNEL || !n.payload) return;
        for (const fn of this.listeners) deliver(fn, n.payload);
      });
      client.on('error', () => {
        this.client = null;
        client.end().catch(() => {});
        if (!this.closed && this.listeners.size) setTimeout(() => void this.connect().catch(() => {}), 1000);
      });
      await client.connect();
      await client.query(`LISTEN ${CHANGES_CHANNEL}`);
      this.client = client;
    })().finally(() => {
      this.connecting = null;
    });
    return this.connecting;
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.connecting?.catch(() => {});
    const c = this.client;
    this.client = null;
    await c?.end().catch(() => {});
  }
}
