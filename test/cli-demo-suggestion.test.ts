// Smart from the first start (issue 18 item 3): `hotline demo` trains a classifier on the demo
// city's tickets, so that as soon as the server is up POST /api/v1/classify answers with
// categories and a suggested unit. Run as an operator would: the real commands, in processes
// of their own, on the embedded database, or on a fresh database of the PostgreSQL server that
// DATABASE_URL names.

import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, freePort, hotline, ROOT } from './process.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hotline-demo-'));
let server: ChildProcess | null = null;
/** The server database for both commands (undefined: the embedded one in `dir`). */
let url: string | undefined;
const SERVER = process.env.DATABASE_URL;
const NAME = `hotline_demo_${process.pid}`;

beforeAll(async () => {
  if (!SERVER) return;
  const c = new pg.Client({ connectionString: SERVER });
  await c.connect();
  await c.query(`CREATE DATABASE ${NAME}`);
  await c.end();
  const u = new URL(SERVER);
  u.pathname = `/${NAME}`;
  url = u.toString();
});

afterAll(async () => {
  if (server && server.exitCode == null) {
    const done = new Promise((r) => server!.once('exit', r));
    server.kill('SIGTERM');
    await done;
  }
  fs.rmSync(dir, { recursive: true, force: true });
  if (SERVER) {
    const c = new pg.Client({ connectionString: SERVER });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS ${NAME} WITH (FORCE)`);
    await c.end();
  }
});

describe('hotline demo', () => {
  it('trains a model, and the suggestion answers right after the server starts', async () => {
    const demo = await hotline(['demo', '--data', dir], { env: { DATABASE_URL: url } });
    expect(demo.code, demo.stderr).toBe(0);
    // It says what it trained (末级分类: the demo's leaf categories name their lead units).
    expect(demo.stdout).toMatch(/已用演示工单训练分类模型 第 1 版：\d+ 条，\d+ 个末级分类/);
    const admin = demo.stdout.split('\n').find((l) => /^\s+admin\s+admin\s+/.test(l));
    expect(admin, demo.stdout).toBeDefined();
    const password = admin!.trim().split(/\s+/)[2];

    const port = await freePort();
    server = spawn(process.execPath, [BIN, 'serve', '--data', dir, '--port', String(port)], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: url, HOTLINE_JOBS: 'off', LOG_LEVEL: 'warn' } as NodeJS.ProcessEnv,
    });
    let out = '';
    await new Promise<void>((resolve, reject) => {
      server!.stdout!.on('data', (d) => {
        out += d;
        if (out.includes('hotline 已启动')) resolve();
      });
      server!.on('exit', (code) => reject(new Error(`serve exited ${code}: ${out}`)));
    });
    const base = `http://127.0.0.1:${port}/api/v1`;
    const login = await fetch(`${base}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password }) });
    expect(login.status).toBe(200);
    const { token } = (await login.json()) as { token: string };
    // A pothole, in words of our own (not a demo template's).
    const res = await fetch(`${base}/classify`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ content: '解放路口马路上有好几个大坑，路面坑坑洼洼，电动车骑过去差点摔倒，请尽快修补路面' }),
    });
    expect(res.status).toBe(200);
    const s = (await res.json()) as { modelVersion: number; categories: { name: string; probability: number }[]; unit: { name: string; via: string } | null; sure: boolean };
    expect(s.modelVersion).toBe(1);
    expect(s.categories).toHaveLength(3);
    // 道路破损, whose lead unit in the demo city is the housing and construction bureau.
    expect(s.categories[0].name).toBe('道路破损');
    expect(s.unit).toMatchObject({ name: '临江市住房和城乡建设局', via: 'category_lead' });
    expect(typeof s.sure).toBe('boolean');
  }, 300_000);
});
