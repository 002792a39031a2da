// Running `hotline` as a separate process, as an operator would: shared by the CLI tests,
// the multi-process test and the benchmarks.

import { spawn } from 'node:child_process';
import type http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const BIN = path.join(ROOT, 'bin/hotline.js');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `hotline …` to the end; on the embedded database unless env gives DATABASE_URL. */
export function hotline(args: string[], opts: { input?: string; env?: Record<string, string | undefined> } = {}): Promise<Run> {
  const env = { ...process.env, DATABASE_URL: undefined, LOG_LEVEL: 'warn', ...opts.env };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: env as NodeJS.ProcessEnv });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(opts.input ?? '');
  });
}

/** A TCP port nothing listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/** Reads the `ticket` changes of a server-sent event stream (GET /api/v1/events) as they arrive. */
export function onTicketChanges<C = { id: number; event: string; version: number }>(res: http.IncomingMessage, fn: (change: C) => void): void {
  res.setEncoding('utf8');
  let buf = '';
  res.on('data', (chunk: string) => {
    buf += chunk;
    let end: number;
    while ((end = buf.indexOf('\n\n')) >= 0) {
      const frame = buf.slice(0, end);
      buf = buf.slice(end + 2);
      const data = /^data: (.*)$/m.exec(frame)?.[1];
      if (data && /^event: ticket$/m.test(frame)) fn(JSON.parse(data) as C);
    }
  });
}
