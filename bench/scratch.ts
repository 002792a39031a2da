// A scratch database on the PostgreSQL server for one benchmark run.

import pg from 'pg';

export interface Scratch {
  /** A connection to the server's own database, for dropping the scratch one afterwards. */
  admin: pg.Client;
  name: string;
  url: string;
}

/** Creates `hotline_bench_<label>_<pid>`; null (after saying so) when no server answers at url. */
export async function scratchDatabase(url: string, label: string): Promise<Scratch | null> {
  const admin = new pg.Client({ connectionString: url });
  try {
    await admin.connect();
  } catch (err) {
    console.log(`[${label}] skipped: no server answers at ${url} (${(err as Error).message})`);
    return null;
  }
  const name = `hotline_bench_${label}_${process.pid}`;
  await admin.query(`CREATE DATABASE ${name}`);
  const u = new URL(url);
  u.pathname = `/${name}`;
  return { admin, name, url: u.toString() };
}
