// Signing in: each role lands on its own queue; a bad password shows an error and stays put;
// Chinese renders with a real font; English is one click away.

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, rendersChinese, signIn, watchedPage, webApp, type WebApp } from './browser.js';

let web: WebApp;
let browser: Browser;

beforeAll(async () => {
  [web, browser] = await Promise.all([webApp(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await web?.close();
});

describe('sign-in', () => {
  it.each([
    ['agent', '/intake'],
    ['dispatcher', '/dispatch'],
    ['env', '/inbox'],
    ['callback', '/callbacks'],
    ['supervisor', '/dashboard'],
    ['admin', '/admin'],
  ])('%s lands on %s', async (user, landing) => {
    const w = await watchedPage(browser, 'signin');
    await signIn(w, web.base, user, landing);
    expect(await w.page.getByTestId('who').textContent()).toContain(user);
    await w.shot(`landing-${user}`);
    expect(w.problems).toEqual([]);
    await w.page.context().close();
  });

  it('a wrong password shows the reason and signs nobody in', async () => {
    const w = await watchedPage(browser, 'signin');
    await w.page.goto(`${web.base}/login`);
    await w.page.getByLabel('用户名').fill('agent');
    await w.page.getByLabel('密码').fill('wrong password');
    await w.page.getByRole('button', { name: '登录' }).click();
    await expect.poll(() => w.page.getByRole('alert').textContent()).toContain('用户名或密码错误');
    expect(new URL(w.page.url()).pathname).toBe('/login');
    expect(await w.page.evaluate(() => localStorage.getItem('hotline.session'))).toBeNull();
    // The 401 of the login itself is the expected answer, logged by the browser as a failed resource.
    expect(w.problems.filter((p) => !p.includes('401'))).toEqual([]);
    await w.page.context().close();
  });

  it('renders Chinese with a CJK font and switches to English', async () => {
    const w = await watchedPage(browser, 'signin');
    await w.page.goto(`${web.base}/login`);
    expect(await rendersChinese(w.page)).toBe(true);
    await w.page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => w.page.getByRole('button', { name: 'Sign in' }).count()).toBe(1);
    await w.shot('login-en');
    await w.page.context().close();
  });

  it('a page opened without signing in asks to sign in, then returns to it', async () => {
    const w = await watchedPage(browser, 'signin');
    await w.page.goto(`${web.base}/tickets`);
    await w.page.waitForURL(/\/login\?next=/);
    await w.page.getByLabel('用户名').fill('agent');
    await w.page.getByLabel('密码').fill('correct horse battery');
    await w.page.getByRole('button', { name: '登录' }).click();
    await w.page.waitForURL(`${web.base}/tickets`);
    expect(w.problems).toEqual([]);
    await w.page.context().close();
  });
});
