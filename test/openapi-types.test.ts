// The console's API types are generated from the server's OpenAPI document; a route changed
// without regenerating them would let the two drift apart. This fails until `npm run build`
// (or `node --import tsx scripts/openapi.ts`) has been run and the result committed.

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { apiTypes } from '../src/api/openapi-types.js';
import { ROOT } from './process.js';

describe('web/src/api/schema.d.ts', () => {
  it('is what the API describes now', async () => {
    const committed = fs.readFileSync(path.join(ROOT, 'web/src/api/schema.d.ts'), 'utf8');
    const current = await apiTypes();
    expect(committed === current, 'web/src/api/schema.d.ts is stale: run `node --import tsx scripts/openapi.ts`').toBe(true);
  });
});
