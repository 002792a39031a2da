// `hotline apikey add|list|revoke` as an operator runs it, on an embedded data folder.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/store/db.js';
import { hashKey } from '../src/store/apikeys.js';
import { hotline } from './process.js';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hotline-apikey-'));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('hotline apikey', () => {
  it('adds a key (printed alone on the last line, once), lists it without the key, revokes it', async () => {
    const data = path.join(dir, 'data');
    const added = await hotline(['apikey', 'add', '--name', 'FixMyStreet 长沙', '--limit', '120', '--data', data]);
    expect(added.stderr).toBe('');
    expect(added.code).toBe(0);
    const lines = added.stdout.trimEnd().split('\n');
    const key = lines.at(-1) as string;
    expect(key).toMatch(/^h311_[A-Za-z0-9_-]{43}$/);
    expect(lines.slice(0, -1).join('\n')).not.toContain(key);

    const listed = await hotline(['apikey', 'list', '--data', data]);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toContain('FixMyStreet 长沙');
    expect(listed.stdout).toContain('120/分钟');
    expect(listed.stdout).not.toContain(key);

    expect((await hotline(['apikey', 'add', '--data', data])).code).toBe(2); // no name
    expect((await hotline(['apikey', 'add', '--name', 'x', '--limit', 'fast', '--data', data])).code).toBe(2);
    expect((await hotline(['apikey', 'revoke', '99', '--data', data])).code).toBe(1);
    const revoked = await hotline(['apikey', 'revoke', '1', '--data', data]);
    expect(revoked.code).toBe(0);
    expect(revoked.stdout).toContain('已吊销');

    const database = await openDatabase({ dataDir: data });
    try {
      const rows = await database.db.selectFrom('api_keys').selectAll().execute();
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ name: 'FixMyStreet 长沙', per_minute: 120, key_hash: hashKey(key) });
      expect(rows[0].revoked_at).not.toBeNull();
      expect(JSON.stringify(rows)).not.toContain(key);
    } finally {
      await database.close();
    }
  });
});
