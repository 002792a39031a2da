// The embedded database's template: one migrated PGlite data folder that each test file copies
// (testDatabase in helpers.ts; a PGlite initdb costs 6–10 s, a copy well under one). With
// DATABASE_URL nothing is prepared: each test file creates its own database on the server.
// Used by the whole suite's global setup and, alone, by the mutation run (vitest.mutation.config.ts).

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../src/store/db.js';
import { migrateToLatest } from '../src/store/migrations.js';
import { seedReferenceData } from '../src/store/reference.js';

export default async function setup({ provide }: { provide: (key: string, value: string) => void }) {
  if (process.env.DATABASE_URL) {
    provide('pgliteTemplate', '');
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hotline-template-'));
  const database = await openDatabase({ dataDir: dir });
  await migrateToLatest(database.db);
  await seedReferenceData(database.db);
  await database.close();
  provide('pgliteTemplate', dir);
  return () => fs.rmSync(dir, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
  }
}
