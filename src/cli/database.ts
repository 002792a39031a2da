// Opening the database for a command: a PostgreSQL server with DATABASE_URL, else the embedded
// one in --data DIR (or HOTLINE_DATA, default ./data). Every command starts here.

import { openDatabase, type Database } from '../store/db.js';
import { migrateToLatest } from '../store/migrations.js';
import { seedReferenceData } from '../store/reference.js';

export async function openFromEnv(dataDir?: string): Promise<Database> {
  const url = process.env.DATABASE_URL || undefined;
  return openDatabase({ url, dataDir: dataDir ?? process.env.HOTLINE_DATA ?? 'data' });
}

/** Opens, migrates and seeds: every command starts here. */
export async function prepare(dataDir?: string): Promise<{ database: Database; fresh: boolean }> {
  const database = await openFromEnv(dataDir);
  try {
    const ran = await migrateToLatest(database.db);
    await seedReferenceData(database.db);
    return { database, fresh: ran.includes('0001_core') };
  } catch (err) {
    await database.close();
    throw err;
  }
}
