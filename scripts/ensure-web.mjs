// `npm start` runs this first: builds the web bundle when web/dist is missing or older than the
// web sources, so a fresh clone serves the console after `npm ci && npm start`.

import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const built = path.join(root, 'web/dist/index.html');

function newest(dir) {
  let t = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.name === 'dist' || e.name === 'node_modules') continue;
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return t;
}

if (!fs.existsSync(built) || fs.statSync(built).mtimeMs < newest(path.join(root, 'web'))) {
  console.log('构建网页控制台 (building the web console)…');
  execSync('npx vite build --config web/vite.config.ts --logLevel warn', { cwd: root, stdio: 'inherit' });
  execSync(`"${process.execPath}" scripts/compress-web.mjs`, { cwd: root, stdio: 'inherit' });
}
