// The whole suite's global setup: the web bundle and Chromium for the browser tests, then the
// embedded database's template (template-setup.ts).

import { execFileSync } from 'node:child_process';
import path from 'node:path';
import templateSetup from './template-setup.js';

export default async function setup(project: { provide: (key: string, value: string) => void }) {
  // The browser tests need the web bundle; build it when it is missing or older than web/.
  execFileSync(process.execPath, [path.join(import.meta.dirname, '../scripts/ensure-web.mjs')], { stdio: 'inherit' });
  // … and Debian's Chromium with CJK fonts, installed on a fresh machine.
  execFileSync(process.execPath, [path.join(import.meta.dirname, '../scripts/ensure-chromium.mjs')], { stdio: 'inherit' });
  return templateSetup(project);
}
