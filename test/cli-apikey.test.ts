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
  it('adds a key for one scope (printed alone on the last line, once), lists it without the key, revokes it; all audited', async () => {
    const data = path.join(dir, 'data');
    const added = await hotline(['apikey', 'add', '--name', 'FixMyStreet 长沙', '--scope', 'open311', '--limit', '120', '--data', data]);
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
    expect(listed.stdout).toContain('open311');
    expect(listed.stdout).not.toContain(key);

    expect((await hotline(['apikey', 'add', '--scope', 'open311', '--data', data])).code).toBe(2); // no name
    expect((await hotline(['apikey', 'add', '--name', 'x', '--scope', 'open311', '--limit', 'fast', '--data', data])).code).toBe(2);
    // A scope is required, and must be one of the five: a clear message, nothing created.
    const noScope = await hotline(['apikey', 'add', '--name', 'x', '--data', data]);
    expect(noScope.code).toBe(2);
    expect(noScope.stderr).toContain('--scope');
    const badScope = await hotline(['apikey', 'add', '--name', 'x', '--scope', 'everything', '--data', data]);
    expect(badScope.code).toBe(2);
    expect(badScope.stderr).toContain('未知的密钥用途：everything');
    expect(badScope.stdout).toBe('');
    expect((await hotline(['apikey', 'revoke', '99', '--data', data])).code).toBe(1);
    const telephony = await hotline(['apikey', 'add', '--name', '呼叫中心', '--scope', 'telephony', '--data', data]);
    expect(telephony.code).toBe(0);
    expect(telephony.stdout.trimEnd().split('\n').at(-1)).toMatch(/^h311_[A-Za-z0-9_-]{43}$/);
    const revoked = await hotline(['apikey', 'revoke', '1', '--data', data]);
    expect(revoked.code).toBe(0);
    expect(revoked.stdout).toContain('已吊销');

    const database = await openDatabase({ dataDir: data });
    try {
      const rows = await database.db.selectFrom('api_keys').selectAll().orderBy('id').execute();
      expect(rows).toHaveLength(2);
      expect(rows[0]).toMatchObject({ name: 'FixMyStreet 长沙', scope: 'open311', per_minute: 120, key_hash: hashKey(key) });
      expect(rows[0].revoked_at).not.toBeNull();
      expect(rows[1]).toMatchObject({ name: '呼叫中心', scope: 'telephony', revoked_at: null });
      expect(JSON.stringify(rows)).not.toContain(key);
      // Audited with no user (the command line) and the key's prefix, never the key.
      const audit = await database.db.selectFrom('audit_log').select(['user_id', 'action', 'detail']).orderBy('id').execute();
      expect(audit.map((a) => [a.user_id, a.action])).toEqual([
        [null, 'apikey.create'],
        [null, 'apikey.create'],
        [null, 'apikey.revoke'],
      ]);
      expect(audit[0].detail).toEqual({ after: expect.objectContaining({ name: 'FixMyStreet 长沙', scope: 'open311', prefix: key.slice(0, 11) }) });
      expect(JSON.stringify(audit)).not.toContain(key);
    } finally {
      await database.close();
    }
  }, 180_000); // nine runs of the command line, five of them opening the embedded database
});
