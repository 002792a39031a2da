// The server as one JavaScript module (dist/server/cli.mjs), built from src/ with esbuild when it
// is missing or older than any source file. bin/hotline.js runs it instead of loading ~300
// TypeScript files through tsx at run time: 30–50 MB less resident memory at idle (issue 20,
// measured 7 Dec 2026: 157 against 205 MB on an empty database) and a faster start. Packages
// stay external (node_modules);
// paths the sources take from import.meta.url (web/dist, calendar/) resolve the same from
// dist/server/ as from src/<dir>/. The training worker gets its own entry (text/training.mjs).

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, 'dist/server');
export const SERVER_BUNDLE = path.join(outdir, 'cli.mjs');

/** The newest modification time of any file under dir (folders named in skip left out). */
export function newest(dir, skip = []) {
  let t = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (skip.includes(e.name)) continue;
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p, skip) : fs.statSync(p).mtimeMs);
  }
  return t;
}

function fresh() {
  try {
    const built = fs.statSync(SERVER_BUNDLE).mtimeMs;
    return built >= newest(path.join(root, 'src')) && built >= fs.statSync(path.join(root, 'package-lock.json')).mtimeMs;
  } catch {
    return false;
  }
}

/** The bundle's path, built first when stale. Safe when several processes start at once. */
export async function serverBundle() {
  if (fresh()) return SERVER_BUNDLE;
  const { build } = await import('esbuild');
  const result = await build({
    absWorkingDir: root,
    entryPoints: { cli: 'src/cli.ts', 'text/training': 'src/text/training.ts' },
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    write: false,
    logLevel: 'warning',
  });
  // Each file under a name of its own, then renamed into place: a process starting meanwhile
  // reads either the old file or the new one, never half of one. The entry (cli.mjs) last: its
  // time says the whole bundle is fresh.
  const files = [...result.outputFiles].sort((a, b) => Number(a.path === SERVER_BUNDLE) - Number(b.path === SERVER_BUNDLE));
  for (const f of files) {
    fs.mkdirSync(path.dirname(f.path), { recursive: true });
    const tmp = `${f.path}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, f.contents);
    fs.renameSync(tmp, f.path);
  }
  return SERVER_BUNDLE;
}
