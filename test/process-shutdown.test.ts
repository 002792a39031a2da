// `hotline serve` stops cleanly, as systemd or a container runtime stops it: on SIGTERM no new
// connection is taken, a request in flight (a PDF daily report being rendered) finishes whole,
// open event streams end, and the process exits 0 within the grace period; a second signal
// exits at once. The real command, in a child process, on an embedded data folder.

import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath } from '../src/api/reports.js';
import { BIN, ROOT, freePort, hotline } from './process.js';

const GRACE_SECONDS = 20;
const PASSWORD = 'a strong password for ops';

let dir: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hotline-stop-'));
  // Migrated and with one account beforehand: `serve` then starts without the demo city.
  expect((await hotline(['migrate', '--data', dir])).code).toBe(0);
  const added = await hotline(['user', 'add', '--username', 'ops.admin', '--role', 'admin', '--password-stdin', '--data', dir], { input: `${PASSWORD}\n` });
  expect(added.code).toBe(0);
}, 120_000);
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

interface Server {
  child: ChildProcess;
  port: number;
  out: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
}

async function serve(): Promise<Server> {
  const port = await freePort();
  const child = spawn(process.execPath, [BIN, 'serve', '--data', dir, '--port', String(port)], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: '', LOG_LEVEL: 'info', HOTLINE_SHUTDOWN_GRACE_SECONDS: String(GRACE_SECONDS) },
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', () => {}); // drained; stdout is what is checked
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal, at: Date.now() })),
  );
  for (let i = 0; i < 600 && !out.includes('hotline 已启动'); i++) await new Promise((r) => setTimeout(r, 100));
  expect(out).toContain(`hotline 已启动：http://127.0.0.1:${port}`);
  return { child, port, out: () => out, exited };
}

const until = async (what: () => boolean, ms = 10_000) => {
  for (const end = Date.now() + ms; !what(); ) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
};

/** A new TCP connection to the port: 'refused' or 'accepted'. */
const connect = (port: number) =>
  new Promise<'refused' | 'accepted'>((resolve) => {
    const s = net.connect(port, '127.0.0.1');
    s.once('connect', () => {
      s.destroy();
      resolve('accepted');
    });
    s.once('error', (err: NodeJS.ErrnoException) => resolve(err.code === 'ECONNREFUSED' ? 'refused' : 'accepted'));
  });

async function signIn(port: number): Promise<string> {
  const res = await fetch(`http://127.0.0.1:${port}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', connection: 'close' },
    body: JSON.stringify({ username: 'ops.admin', password: PASSWORD }),
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { token: string }).token;
}

/** A GET on a connection of its own; resolves with the whole response. */
function get(port: number, url: string, token: string) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer; at: number }>((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path: url, headers: { authorization: `Bearer ${token}` }, agent: false }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks), at: Date.now() }));
        res.on('error', reject);
      })
      .on('error', reject);
  });
}

describe('hotline serve on SIGTERM', () => {
  it.skipIf(!fs.existsSync(chromiumPath()))(
    'finishes the PDF being rendered, ends the event streams, refuses new connections and exits 0 within the grace period',
    async () => {
      const server = await serve();
      const token = await signIn(server.port);

      // An open event stream: it must not hold the server.
      let streamEnded = 0;
      const stream = new Promise<void>((resolve, reject) => {
        http
          .get({ host: '127.0.0.1', port: server.port, path: '/api/v1/events', headers: { authorization: `Bearer ${token}` }, agent: false }, (res) => {
            expect(res.statusCode).toBe(200);
            res.on('data', () => {});
            res.on('end', () => {
              streamEnded = Date.now();
              resolve();
            });
            res.on('error', reject);
          })
          .on('error', reject);
      });

      // The slow request: the daily report printed by Chromium (launched on this first PDF).
      const pdf = get(server.port, '/api/v1/reports/daily.pdf?date=2026-03-02', token);
      await until(() => /"url":"\/api\/v1\/reports\/daily\.pdf/.test(server.out()));
      server.child.kill('SIGTERM');
      const signalled = Date.now();

      // No new connection from now on (the listening socket closes at once).
      await until(() => server.out().includes('stopping'));
      let refused = false;
      for (const end = Date.now() + 3000; !refused && Date.now() < end; ) {
        refused = (await connect(server.port)) === 'refused';
        if (!refused) await new Promise((r) => setTimeout(r, 50));
      }
      expect(refused).toBe(true);

      const res = await pdf;
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.body.length).toBe(Number(res.headers['content-length']));
      expect(res.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(res.body.toString('latin1').trimEnd().endsWith('%%EOF')).toBe(true);
      // The response was still in the making when the signal came.
      expect(res.at).toBeGreaterThan(signalled);

      await stream;
      expect(streamEnded).toBeGreaterThanOrEqual(signalled);

      const exit = await server.exited;
      expect(exit).toMatchObject({ code: 0, signal: null });
      expect(exit.at - signalled).toBeLessThan(GRACE_SECONDS * 1000);

      // One JSON log stream on stdout, besides the startup line.
      const lines = server.out().split('\n').filter(Boolean);
      for (const line of lines) {
        if (line.startsWith('hotline 已启动')) continue;
        expect(() => JSON.parse(line), line).not.toThrow();
      }
      const logs = lines.filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as { msg: string; signal?: string });
      expect(logs.some((l) => l.msg.startsWith('stopping') && l.signal === 'SIGTERM')).toBe(true);
      expect(logs.at(-1)?.msg).toBe('stopped');
    },
    90_000,
  );

  it('a second signal exits at once, without waiting for the request in flight', async () => {
    const server = await serve();
    // A request that never finishes: its body is announced but never sent in full.
    const socket = net.connect(server.port, '127.0.0.1');
    await new Promise((r) => socket.once('connect', r));
    socket.on('error', () => {});
    socket.write('POST /api/v1/auth/login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"user');
    await until(() => /"url":"\/api\/v1\/auth\/login"/.test(server.out()));

    server.child.kill('SIGTERM');
    await until(() => server.out().includes('stopping'));
    // The first signal waits for it (up to the grace period) …
    const waited = await Promise.race([server.exited.then(() => 'exited'), new Promise((r) => setTimeout(() => r('waiting'), 1000))]);
    expect(waited).toBe('waiting');
    // … the second does not.
    const again = Date.now();
    server.child.kill('SIGTERM');
    const exit = await server.exited;
    expect(exit.code).toBe(1);
    expect(exit.at - again).toBeLessThan(3000);
    socket.destroy();
  }, 60_000);
});
