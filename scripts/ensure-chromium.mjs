// The browser tests and the PDF daily report drive Debian's Chromium with CJK fonts. On a fresh
// Debian machine `npm test` installs them (apt-get, as root or with password-less sudo); where
// that is not possible it says what to install and the browser tests fail with the same words.

import { execSync } from 'node:child_process';
import fs from 'node:fs';

const CHROMIUM = process.env.HOTLINE_CHROMIUM ?? '/usr/bin/chromium';

function hasCjkFonts() {
  try {
    return /noto.*cjk/i.test(execSync('fc-list', { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  } catch {
    return false;
  }
}

if (!fs.existsSync(CHROMIUM) || !hasCjkFonts()) {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  let sudo = '';
  if (!root) {
    try {
      execSync('sudo -n true', { stdio: 'ignore' });
      sudo = 'sudo -n ';
    } catch {
      sudo = null;
    }
  }
  const apt = fs.existsSync('/usr/bin/apt-get');
  if (sudo === null || !apt) {
    console.warn('没有找到 Chromium 或中文字体：请安装 apt-get install -y chromium fonts-noto-cjk（浏览器测试需要）');
  } else {
    console.log('安装 Chromium 与中文字体 (installing chromium fonts-noto-cjk)…');
    execSync(`${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk`, { stdio: 'inherit' });
  }
}
