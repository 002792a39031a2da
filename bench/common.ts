// What the benchmarks share: a scratch database on the PostgreSQL server, and timing.

import { spawn, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

export interface Scratch {
  /** A connection to the server's own database, for dropping the scratch one afterwards. */
  admin: pg.Client;
  name: string;
  url: string;
}

/**
 * Creates `hotline_bench_<label>_<pid>`; null (after saying so) when no server answers at url.
 * With `keep`, the database is `hotline_bench_<label>_<keep>` instead, created only if missing
 * (`existed` says whether it was there already), for a benchmark that reuses its data.
 */
export async function scratchDatabase(url: string, label: string, keep?: string): Promise<(Scratch & { existed: boolean }) | null> {
  const admin = new pg.Client({ connectionString: url });
  try {
    await admin.connect();
  } catch (err) {
    console.log(`[${label}] skipped: no server answers at ${url} (${(err as Error).message})`);
    return null;
  }
  if (keep != null && !/^[a-z0-9_]+$/.test(keep)) throw new Error(`--keep ${keep}: lower-case letters, digits and _ only`);
  const name = `hotline_bench_${label}_${keep ?? process.pid}`;
  const { rows } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
  const existed = keep != null && rows.length > 0;
  if (!existed) await admin.query(`CREATE DATABASE ${name}`);
  const u = new URL(url);
  u.pathname = `/${name}`;
  return { admin, name, url: u.toString(), existed };
}

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}
/** Milliseconds with as many digits as they deserve. */
export const ms = (x: number) => (x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : x.toFixed(0));
export const secs = (t0: number) => (performance.now() - t0) / 1000;
/** The one-minute load average: how busy the shared machine was. */
export const load = () => os.loadavg()[0].toFixed(1);

/**
 * Runs `fn` once to warm up, then `runs` times (`before` each, untimed); returns p50 and p95 of
 * the wall time and the p50 of this process's CPU time, which a busy machine disturbs less.
 */
export async function timeIt(runs: number, fn: () => Promise<unknown>, before?: () => Promise<unknown>) {
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i <= runs; i++) {
    if (before) await before();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await fn();
    const t = performance.now() - t0;
    const c = process.cpuUsage(c0);
    if (i > 0) times.push(t), cpu.push((c.user + c.system) / 1000);
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), cpu: percentile(cpu, 50) };
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Starts `hotline serve` on a port, with these variables (DATABASE_URL, HOTLINE_DATA for the
 * embedded database …); resolves once it listens. BENCH_SERVER_NODE_ARGS='--cpu-prof
 * --cpu-prof-dir=/tmp/prof' profiles it.
 */
export async function startServer(env: Record<string, string>, port: number): Promise<ChildProcess> {
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, path.join(ROOT, 'bin/hotline.js'), 'serve', '--port', String(port), ...(env.HOTLINE_DATA ? ['--data', env.HOTLINE_DATA] : [])], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d) => {
      out += d;
      if (out.includes('hotline 已启动')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`server exited ${code}: ${out}`)));
  });
  return child;
}

/** Runs `n` jobs with `concurrency` in flight; jobs per second and latencies. */
export async function drive(n: number, concurrency: number, one: (i: number) => Promise<void>) {
  const latencies: number[] = [];
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < n) {
        const i = next++;
        const s = performance.now();
        await one(i);
        latencies.push(performance.now() - s);
      }
    }),
  );
  const seconds = secs(t0);
  latencies.sort((a, b) => a - b);
  return { perSecond: n / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}
