// The command line as an operator runs it: separate processes on a real data folder.

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/store/db.js';
import { BIN, ROOT, freePort, hotline } from './process.js';





let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hotline-cli-'));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('hotline on an embedded data folder', () => {
  it('migrate, demo, user add; the demo data has a city and tickets in every state', async () => {
    const data = path.join(dir, 'a');
    const migrated = await hotline(['migrate', '--data', data]);
    expect(migrated.code).toBe(0);
    expect(migrated.stdout).toContain('0001_core');
    expect((await hotline(['migrate', '--data', data])).stdout).toContain('最新');

    const demo = await hotline(['demo', '--data', data]);
    expect(demo.code).toBe(0);
    expect(demo.stdout).toMatch(/admin\s+admin\s+\S{16}/);
    // The accounts below the centre, grouped by level: a street's and a community's handler too.
    expect(demo.stdout).toMatch(/街道经办人.*\n\s+unit-d-jb-01\s+\S{16}\s+江北区望江街道\n/);
    expect(demo.stdout).toMatch(/社区经办人.*\n\s+unit-d-jb-01-01\s+\S{16}\s+江北区望江街道望江社区\n/);
    expect((await hotline(['demo', '--data', data])).code).toBe(1); // not empty any more

    const added = await hotline(['user', 'add', '--username', 'li.hua', '--role', 'unit_handler', '--unit', 'SHJ', '--password-stdin', '--data', data], {
      input: 'a strong password\n',
    });
    expect(added.stderr).toBe('');
    expect(added.code).toBe(0);
    const unknownUnit = await hotline(['user', 'add', '--username', 'x', '--role', 'unit_handler', '--unit', 'NOPE', '--password-stdin', '--data', data], {
      input: 'a strong password\n',
    });
    expect(unknownUnit.code).not.toBe(0);
    expect(unknownUnit.stderr).toContain('NOPE');
    const badRole = await hotline(['user', 'add', '--username', 'y', '--role', 'king', '--password-stdin', '--data', data], { input: 'a strong password' });
    expect(badRole.code).toBe(2);
    // A common password is refused with the reason, and no account is made.
    const weak = await hotline(['user', 'add', '--username', 'weak.one', '--role', 'agent', '--password-stdin', '--data', data], { input: 'password1234\n' });
    expect(weak.code).toBe(2);
    expect(weak.stderr).toContain('容易被猜到');

    const database = await openDatabase({ dataDir: data });
    try {
      const statuses = await database.db.selectFrom('tickets').select('status').distinct().execute();
      expect(statuses.map((s) => s.status).sort()).toEqual(['closed', 'dispatched', 'handling', 'merged', 'refused', 'registered', 'replied', 'transferred']);
      const kinds = await database.db.selectFrom('units').select('kind').distinct().execute();
      expect(kinds.map((k) => k.kind).sort()).toEqual(['center', 'community', 'department', 'district', 'enterprise', 'street']);
      const levels = await database.db.selectFrom('categories').select('level').distinct().execute();
      expect(levels.map((l) => l.level).sort()).toEqual([1, 2, 3]);
      expect((await database.db.selectFrom('lines').select('number').execute()).map((l) => l.number)).toEqual(expect.arrayContaining(['12315', '12333', '12328', '12365', '12369', '12320']));
      const user = await database.db.selectFrom('users').selectAll().where('username', '=', 'li.hua').executeTakeFirstOrThrow();
      expect(user.role).toBe('unit_handler');
      expect(user.password_hash).not.toContain('a strong password');
      expect(await database.db.selectFrom('users').select('id').where('username', '=', 'weak.one').executeTakeFirst()).toBeUndefined();
    } finally {
      await database.close();
    }
  }, 420_000); // separate processes, each opening the embedded database; the demo also trains its model

  it('serve loads demo data on first start, prints how to sign in, and locks the folder against a second process', async () => {
    const data = path.join(dir, 'b');
    const port = await freePort();
    const server = spawn(process.execPath, [BIN, 'serve', '--data', data, '--port', String(port)], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: '', LOG_LEVEL: 'warn' },
    });
    let out = '';
    server.stdout.on('data', (d) => (out += d));
    server.stderr.on('data', (d) => (out += d));
    try {
      // The first start migrates and loads the whole demo city (about 20 s of CPU): up to 4 minutes on a busy machine.
      for (let i = 0; i < 2400 && !out.includes('hotline 已启动'); i++) await new Promise((r) => setTimeout(r, 100));
      expect(out).toContain(`http://127.0.0.1:${port}`);
      const password = /admin\s+admin\s+(\S+)/.exec(out)?.[1];
      expect(password).toBeTruthy();
      const login = await fetch(`http://127.0.0.1:${port}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'admin', password }),
      });
      expect(login.status).toBe(200);
      const { token } = (await login.json()) as { token: string };
      const list = await fetch(`http://127.0.0.1:${port}/api/v1/tickets?pageSize=1`, { headers: { authorization: `Bearer ${token}` } });
      expect(((await list.json()) as { total: number }).total).toBeGreaterThan(100);

      // A second process on the same folder gets a clear error and leaves the folder intact.
      const second = await hotline(['migrate', '--data', data]);
      expect(second.code).toBe(1);
      expect(second.stderr).toContain('正被另一个 hotline 进程');
      expect(second.stderr).toContain(String(server.pid));
      const health = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(health.status).toBe(200);
    } finally {
      server.kill('SIGTERM');
      await new Promise((r) => server.once('close', r));
    }
    // After a clean stop the folder opens again, with its data.
    const again = await hotline(['migrate', '--data', data]);
    expect(again.code).toBe(0);
    // A lock left by a killed process does not block the next start.
    fs.writeFileSync(path.join(data, 'hotline.lock'), '999999');
    expect((await hotline(['migrate', '--data', data])).code).toBe(0);
  }, 420_000); // separate processes, each opening the embedded database; the demo's first load

  it('prints usage for unknown commands', async () => {
    const res = await hotline(['frobnicate']);
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('hotline <command>');
  });
});
