// The console's first screen on the demo data: how big the bundle is that it needs, and how
// long it takes to appear in Debian's Chromium from a cold cache — the sign-in page, then each
// role's landing page after signing in. Median of several runs.
//
//   node --import tsx bench/web.ts [--runs 7]

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { loadDemoData } from '../src/demo/load.js';
import { openDatabase } from '../src/store/db.js';
import { migrateToLatest } from '../src/store/migrations.js';
import { seedReferenceData } from '../src/store/reference.js';
import { CHROMIUM, CHROMIUM_FLAGS } from '../test/e2e/browser.js';
import { freePort } from '../test/process.js';
import { load } from './common.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.join(ROOT, 'web/dist');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** What the first screen downloads: index.html and the scripts and styles it names (entry and preloads). */
export function firstScreenBytes(): { files: string[]; raw: number; gzip: number } {
  const html = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]);
  const files = ['index.html', ...refs.map((r) => r.slice(1))];
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    const buf = fs.readFileSync(path.join(DIST, f));
    raw += buf.length;
    gzip += zlib.gzipSync(buf).length;
  }
  return { files, raw, gzip };
}

export async function benchWeb(opts: { runs: number }): Promise<void> {
  await spawnSyncBuild();
  const first = firstScreenBytes();
  // The .br and .gz copies beside each asset are the same bytes compressed: count each asset once.
  const assets = fs.readdirSync(path.join(DIST, 'assets')).filter((f) => !/\.(br|gz)$/.test(f));
  const all = assets.reduce((n, f) => n + fs.statSync(path.join(DIST, 'assets', f)).size, 0);
  const brotli = first.files.reduce((n, f) => n + (fs.existsSync(path.join(DIST, `${f}.br`)) ? fs.statSync(path.join(DIST, `${f}.br`)).size : fs.statSync(path.join(DIST, f)).size), 0);
  console.log(`[web] first screen downloads ${first.files.length} files: ${kb(first.raw)} (${kb(first.gzip)} gzip, ${kb(brotli)} as served with brotli); whole bundle ${kb(all)} in ${assets.length} files (screens load on first visit)`);

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hotline-bench-web-'));
  const database = await openDatabase({ dataDir: dir });
  await migrateToLatest(database.db);
  await seedReferenceData(database.db);
  const { credentials, tickets } = await loadDemoData(database.db);
  await database.close();
  const pw = (u: string) => credentials.find((c) => c.username === u)!.password;
  const port = await freePort();
  const server = spawn(process.execPath, [path.join(ROOT, 'bin/hotline.js'), 'serve', '--port', String(port), '--data', dir], {
    env: { ...process.env, DATABASE_URL: '', LOG_LEVEL: 'warn' },
    stdio: 'ignore',
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    if (await fetch(`${base}/healthz`).then((r) => r.ok, () => false)) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  try {
    const signInPage: number[] = [];
    const fcp: number[] = [];
    const landing: Record<string, number[]> = { agent: [], dispatcher: [], supervisor: [] };
    const readyOf: Record<string, string> = { agent: 'textarea[name="content"]', dispatcher: 'main table, main .empty', supervisor: 'main canvas, main svg, main table' };
    for (let run = 0; run < opts.runs; run++) {
      for (const role of Object.keys(landing)) {
        // A new context each time: an empty cache, as on a PC's first visit of the day.
        const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1440, height: 900 } });
        const page = await context.newPage();
        let t0 = performance.now();
        await page.goto(`${base}/login`);
        await page.locator('input[name="username"]').waitFor();
        if (role === 'agent') {
          signInPage.push(performance.now() - t0);
          fcp.push(await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN));
        }
        await page.locator('input[name="username"]').fill(role);
        await page.locator('input[name="password"]').fill(pw(role));
        t0 = performance.now();
        await page.locator('button[type="submit"]').click();
        await page.locator(readyOf[role]).first().waitFor({ timeout: 30_000 });
        landing[role].push(performance.now() - t0);
        await context.close();
      }
    }
    const fmt = (xs: number[]) => `median ${median(xs).toFixed(0)} ms (runs: ${xs.map((x) => x.toFixed(0)).join(', ')})`;
    console.log(`[web] demo data: ${tickets} tickets; ${opts.runs} runs, cold cache, load average ${load()}`);
    console.log(`[web] sign-in page usable: ${fmt(signInPage)}; first contentful paint median ${median(fcp).toFixed(0)} ms`);
    for (const [role, xs] of Object.entries(landing)) console.log(`[web] ${role}: sign-in click → landing screen with its data: ${fmt(xs)}`);
  } finally {
    await browser.close();
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function spawnSyncBuild() {
  // The same bundle `npm start` serves.
  const r = spawn(process.execPath, [path.join(ROOT, 'scripts/ensure-web.mjs')], { stdio: 'inherit' });
  return new Promise((resolve) => r.once('exit', resolve));
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '7' } } });
  await benchWeb({ runs: Number(values.runs) });
}
