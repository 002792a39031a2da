// End-to-end tests in a real browser: Debian's Chromium driven by playwright-core, against the
// real server (the test app listening on a free port, serving the built web/dist). Every page
// records console errors and failed requests; tests assert there were none. Screenshots go to
// test-artifacts/ (not committed).

import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { chromium, type Browser, type FileChooser, type Locator, type Page } from 'playwright-core';
import { ROOT } from '../process.js';
import { PASSWORD, testApp, type TestApp } from '../helpers.js';

export const CHROMIUM = process.env.HOTLINE_CHROMIUM ?? '/usr/bin/chromium';
export const ARTIFACTS = path.join(ROOT, 'test-artifacts');

export const CHROMIUM_FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`没有找到 Chromium（${CHROMIUM}）。请安装：apt-get install -y chromium fonts-noto-cjk`);
  }
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
}

export interface WebApp extends TestApp {
  base: string;
}

/** The test app (fixture city and users) listening on a free port. */
export async function webApp(): Promise<WebApp> {
  if (!fs.existsSync(path.join(ROOT, 'web/dist/index.html'))) throw new Error('web/dist is missing: run npm run build');
  const t = await testApp();
  const address = await t.app.listen({ host: '127.0.0.1', port: 0 });
  return { ...t, base: address };
}

export interface WatchedPage {
  page: Page;
  /** Console errors, uncaught exceptions and failed requests seen so far. */
  problems: string[];
  shot(name: string): Promise<void>;
}

/** A new page (own browser context: own storage) that records every console error. */
export async function watchedPage(browser: Browser, suite: string, opts: { viewport?: { width: number; height: number }; isMobile?: boolean } = {}): Promise<WatchedPage> {
  const context = await browser.newContext({
    viewport: opts.viewport ?? { width: 1440, height: 900 },
    isMobile: opts.isMobile,
    hasTouch: opts.isMobile,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('requestfailed', (r) => {
    // A request cut short because the page navigated away (an event stream, a screen still
    // loading) is not a failure: the browser reports it as net::ERR_ABORTED.
    if (!r.url().includes('/api/v1/events') && r.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`requestfailed: ${r.method()} ${r.url()} ${r.failure()?.errorText}`);
  });
  const dir = path.join(ARTIFACTS, suite);
  fs.mkdirSync(dir, { recursive: true });
  let n = 0;
  return {
    page,
    problems,
    shot: async (name) => {
      n += 1;
      await page.screenshot({ path: path.join(dir, `${String(n).padStart(2, '0')}-${name}.png`), fullPage: true });
    },
  };
}

/** Signs in through the login form as a fixture user and waits for the landing page. */
export async function signIn(w: WatchedPage, base: string, username: string, landing: string): Promise<void> {
  await w.page.goto(`${base}/login`);
  await w.page.getByLabel(/用户名|Username/).fill(username);
  await w.page.getByLabel(/密码|Password/).fill(PASSWORD);
  await w.page.getByRole('button', { name: /^(登录|Sign in)$/ }).click();
  await w.page.waitForURL(`${base}${landing}**`);
}

/** True when Chinese renders with a real CJK font: with none, every character is the same
 *  tofu box, so two different characters would draw the same pixels as a missing glyph does. */
export async function rendersChinese(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const img = (s: string) => {
      const cv = document.createElement('canvas');
      cv.width = 40;
      cv.height = 24;
      const g = cv.getContext('2d')!;
      g.font = '20px sans-serif';
      g.fillText(s, 0, 20);
      return cv.toDataURL();
    };
    const missing = img('\u{10FFFD}');
    return img('热') !== img('线') && img('热') !== missing && img('线') !== missing;
  });
}

/**
 * Presses a step's key until the browser sends that step for the ticket. A key pressed while a
 * busy machine is still rendering may land before the screen listens; the press is repeated
 * only when no request went out, so a step is never sent twice.
 */
export async function pressStep(w: WatchedPage, key: string, ticketId: number, step: string): Promise<void> {
  const sent = (r: import('playwright-core').Request) => r.method() === 'POST' && new URL(r.url()).pathname === `/api/v1/tickets/${ticketId}/${step}`;
  for (let attempt = 1; ; attempt += 1) {
    const request = w.page.waitForRequest(sent, { timeout: 3_000 });
    await w.page.locator('body').press(key);
    try {
      await request;
      return;
    } catch (e) {
      if (attempt === 5) throw e;
    }
  }
}

/**
 * Waits until every live-update stream of the page hears changes (the server's `ready`, marked as
 * <html data-live="open"> by web/src/live.ts): a change made before that may not reach the screen
 * until its next refetch.
 */
export async function liveOpen(page: Page): Promise<void> {
  await page.locator('html[data-live="open"]').waitFor({ state: 'attached', timeout: 30_000 });
}

/**
 * Opens a file input's chooser by keyboard (focus, Space) and returns it. Space is pressed again
 * only when no chooser opened: a key pressed while a busy machine is still focusing the input may
 * land before it listens.
 */
export async function chooserByKeyboard(page: Page, input: Locator): Promise<FileChooser> {
  for (let attempt = 1; ; attempt += 1) {
    await input.focus();
    const opened = page.waitForEvent('filechooser', { timeout: 10_000 });
    await page.keyboard.press('Space');
    try {
      return await opened;
    } catch (e) {
      if (attempt === 3) throw e;
    }
  }
}

/**
 * What a failed wait for a live change needs to be understood from a CI log: the database's
 * sessions (who holds a transaction open), the snapshot, the latest events, the listeners'
 * cursors, and what the page shows.
 */
export async function liveDiagnosis(web: WebApp, page: Page): Promise<string> {
  const db = web.database.db;
  const rows = async (q: ReturnType<typeof sql>) => (await q.execute(db)).rows;
  return `live diagnosis ${JSON.stringify(
    {
      sessions: await rows(sql`SELECT pid, datname, state, backend_xid::text AS xid, now() - xact_start AS age, wait_event_type, wait_event, left(query, 160) AS query
        FROM pg_stat_activity WHERE backend_xid IS NOT NULL OR datname = current_database()`),
      snapshot: await rows(sql`SELECT pg_current_snapshot()::text AS snapshot`),
      events: await rows(sql`SELECT id, tx::text, type, ticket_id, at FROM ticket_events ORDER BY id DESC LIMIT 5`),
      cursors: await rows(sql`SELECT name, tx::text, id, updated_at FROM listener_cursors`),
      live: await page.evaluate(() => document.documentElement.dataset.live ?? null),
    },
    null,
    1,
  )}`;
}
