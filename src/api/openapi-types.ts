// The API's OpenAPI document, and the TypeScript types generated from it for the web client.
// Building the app needs no database: routes are only registered, never called.

import openapiTS, { astToString } from 'openapi-typescript';
import type { Database } from '../store/db.js';
import { buildApp } from './app.js';

export async function openApiDocument(): Promise<Record<string, unknown>> {
  const offline = { db: null, engine: 'pglite', location: '', listen: async () => async () => {}, close: async () => {} } as unknown as Database;
  const { app } = await buildApp({ database: offline });
  await app.ready();
  const doc = app.swagger() as unknown as Record<string, unknown>;
  await app.close();
  return doc;
}

export async function apiTypes(): Promise<string> {
  const ast = await openapiTS((await openApiDocument()) as never, { alphabetize: true });
  return `// Generated from the API's OpenAPI document by scripts/openapi.ts. Do not edit.\n\n${astToString(ast)}`;
}
