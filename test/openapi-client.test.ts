// A client generated from the OpenAPI document compiles (issue 19): the document the server
// builds now is turned into TypeScript types by openapi-typescript, and a small client written
// against them with openapi-fetch — the staff API's Open311 details and an export, Open311's own
// services list — is type-checked by tsc with strict settings. The same client reading a field
// the document does not have must fail to compile: the check is a real one.

import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiTypes, openApiDocument } from '../src/api/openapi-types.js';
import { ROOT } from './process.js';

let dir: string;

beforeAll(async () => {
  // Inside the repository, so that `openapi-fetch` resolves from its node_modules.
  fs.mkdirSync(path.join(ROOT, 'node_modules/.cache'), { recursive: true });
  dir = fs.mkdtempSync(path.join(ROOT, 'node_modules/.cache/openapi-client-'));
  fs.writeFileSync(path.join(dir, 'schema.d.ts'), await apiTypes());
}, 120_000);

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const CLIENT = `
import createClient from 'openapi-fetch';
import type { paths } from './schema';

const api = createClient<paths>({ baseUrl: 'https://hotline.example', headers: { authorization: 'Bearer t' } });

export async function open311Of(id: string): Promise<string[]> {
  const { data, error } = await api.GET('/api/v1/tickets/{id}/open311', { params: { path: { id } } });
  if (error) throw new Error(error.detail);
  const where = data.location ? \`\${data.location.lat},\${data.location.long}\` : '';
  return [...data.mediaUrls, ...data.attributes.map((a) => \`\${a.label}: \${a.values.join('、')}\`), where, data.email ?? ''];
}

export async function tickets(): Promise<unknown> {
  const { data } = await api.GET('/api/v1/tickets.xlsx', { params: { query: { status: 'registered' } }, parseAs: 'blob' });
  return data;
}

export async function services(): Promise<unknown> {
  const { data } = await api.GET('/open311/v2/services.json');
  return data;
}
`;

function compile(source: string): string[] {
  const file = path.join(dir, 'client.ts');
  fs.writeFileSync(file, source);
  const program = ts.createProgram([file], {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    skipLibCheck: true,
    types: [],
  });
  return ts.getPreEmitDiagnostics(program).map((d) => `${d.file ? path.basename(d.file.fileName) : ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
}

describe('a client generated from the OpenAPI document', () => {
  it('is a document with operationIds for every operation', async () => {
    const doc = (await openApiDocument()) as { paths: Record<string, Record<string, { operationId?: string }>> };
    const ops = Object.values(doc.paths).flatMap((item) => Object.values(item));
    expect(ops.length).toBeGreaterThan(100);
    expect(ops.filter((op) => !op.operationId)).toEqual([]);
    expect(Object.keys(doc.paths).filter((p) => p.includes('*'))).toEqual([]);
  }, 120_000);

  it('compiles with tsc (strict)', () => {
    expect(compile(CLIENT)).toEqual([]);
  }, 120_000);

  it('does not compile when the client reads what the document does not have', () => {
    const errors = compile(CLIENT.replace('data.mediaUrls', 'data.mediaLinks'));
    expect(errors.join('\n')).toMatch(/mediaLinks/);
  }, 120_000);
});
