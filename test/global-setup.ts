// Builds one migrated embedded database as a template; each test file copies it (a PGlite
// initdb costs 6–10 s, a copy well under one). With DATABASE_URL nothing is prepared here:
// each test file creates its own database on the server.

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../src/store/db.js';
import { migrateToLatest } from '../src/store/migrations.js';
import { seedReferenceData } from '../src/store/reference.js';

export default async function setup({ provide }: { provide: (key: string, value: string) => void }) {
  // The browser tests need the web bundle; build it when it is missing or older than web/.
  execFileSync(process.execPath, [path.join(import.meta.dirname, '../scripts/ensure-web.mjs')], { stdio: 'inherit' });
  // … and Debian's Chromium with CJK fonts, installed on a fresh machine.
  execFileSync(process.execPath, [path.join(import.meta.dirname, '../scripts/ensure-chromium.mjs')], { stdio: 'inherit' });
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
