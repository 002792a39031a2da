// Writes the API's OpenAPI document as TypeScript types for the web client
// (web/src/api/schema.d.ts), so that the console and the server cannot drift apart:
// `npm run build` regenerates it, and a test fails when the committed file is stale.
//
//   node --import tsx scripts/openapi.ts            write web/src/api/schema.d.ts
//   node --import tsx scripts/openapi.ts --check    exit 1 if it differs from the API
//   node --import tsx scripts/openapi.ts --document FILE
//                                                   write the OpenAPI document itself (JSON), for
//                                                   a linter (.ci/run: redocly lint) or a client generator

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { apiTypes, openApiDocument } from '../src/api/openapi-types.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SCHEMA_FILE = path.join(ROOT, 'web/src/api/schema.d.ts');

const documentAt = process.argv.indexOf('--document');
if (documentAt >= 0) {
  const file = process.argv[documentAt + 1];
  if (!file) {
    console.error('usage: scripts/openapi.ts --document FILE');
    process.exit(2);
  }
  fs.writeFileSync(file, `${JSON.stringify(await openApiDocument(), null, 2)}\n`);
  console.log(`wrote ${file}`);
  process.exit(0);
}

const text = await apiTypes();
if (process.argv.includes('--check')) {
  const current = fs.existsSync(SCHEMA_FILE) ? fs.readFileSync(SCHEMA_FILE, 'utf8') : '';
  if (current !== text) {
    console.error('web/src/api/schema.d.ts 与接口不一致：请运行 npm run build（或 node --import tsx scripts/openapi.ts）');
    process.exit(1);
  }
  console.log('web/src/api/schema.d.ts is up to date');
} else {
  fs.mkdirSync(path.dirname(SCHEMA_FILE), { recursive: true });
  fs.writeFileSync(SCHEMA_FILE, text);
  console.log(`wrote ${path.relative(ROOT, SCHEMA_FILE)}`);
}
