// `npm start` runs this first: builds the web bundle when web/dist is missing or older than the
// web sources, so a fresh clone serves the console after `npm ci && npm start`.

import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { newest } from './server-bundle.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const built = path.join(root, 'web/dist/index.html');

if (!fs.existsSync(built) || fs.statSync(built).mtimeMs < newest(path.join(root, 'web'), ['dist', 'node_modules'])) {
  console.log('构建网页控制台 (building the web console)…');
  execSync('npx vite build --config web/vite.config.ts --logLevel warn', { cwd: root, stdio: 'inherit' });
  execSync(`"${process.execPath}" scripts/compress-web.mjs`, { cwd: root, stdio: 'inherit' });
}
