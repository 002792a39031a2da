// What an Open311 client sends beyond the ticket, on the ticket page in a real browser (issue 19):
// a request posted the way a browser Open311 app posts it (a cross-origin multipart form, as
// FormData sends it) with three attributes, two photo links and a location shows all of them to
// the dispatcher — the attributes under the service definition's wording with list keys as
// names, both photo links (opening in a new window, not loaded by the page), the e-mail masked
// and the coordinates with a map link.

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../src/store/apikeys.js';
import { replaceServiceAttributes } from '../../src/store/open311.js';
import { launchBrowser, signIn, watchedPage, webApp, type WebApp } from './browser.js';

let web: WebApp;
let browser: Browser;
let key: string;

const PHOTOS = ['https://img.example.org/noise/1.jpg', 'https://cdn.example.net/p/2.png'];

beforeAll(async () => {
  [web, browser] = await Promise.all([webApp(), launchBrowser()]);
  key = (await createApiKey(web.database.db, { name: '市民随手拍', scope: 'open311', perMinute: 1000 })).key;
  await replaceServiceAttributes(web.database.db, web.fx.categories['ENV-NOISE-BUILD'], [
    { code: 'time_of_day', variable: true, datatype: 'singlevaluelist', required: true, datatypeDescription: null, order: 1, description: '发生时段', values: [{ key: 'night', name: '夜间' }, { key: 'day', name: '白天' }] },
    { code: 'kinds', variable: true, datatype: 'multivaluelist', required: false, datatypeDescription: null, order: 2, description: '噪声类型', values: [{ key: 'piling', name: '打桩' }, { key: 'truck', name: '渣土车' }] },
    { code: 'decibels', variable: true, datatype: 'number', required: false, datatypeDescription: '分贝', order: 3, description: '噪声分贝', values: [] },
  ]);
});
afterAll(async () => {
  await browser?.close();
  await web?.close();
});

describe('Open311 details on the ticket page', () => {
  it('shows the attributes, both photo links, the masked e-mail and the location', async () => {
    // A browser Open311 app on another origin posts the request (CORS, multipart/form-data).
    // (The console page's own CSP would stop its scripts posting elsewhere: the stand-in app page ignores it.)
    const appContext = await browser.newContext({ bypassCSP: true });
    const app = { page: await appContext.newPage(), problems: [] as string[] };
    app.page.on('console', (m) => m.type() === 'error' && app.problems.push(m.text()));
    // Another origin on this machine: the server under the name localhost (the test posts to
    // 127.0.0.1), a real loopback page, so the browser lets it reach a loopback address.
    const other = new URL(web.base);
    other.hostname = 'localhost';
    await app.page.goto(`${other.origin}/login`);
    expect(other.origin).not.toBe(new URL(web.base).origin);
    const created = await app.page.evaluate(
      async ({ base, key, photos }) => {
        const fd = new FormData();
        for (const [k, v] of [
          ['jurisdiction_id', 'test-city'], ['api_key', key], ['service_code', 'ENV-NOISE-BUILD'],
          ['description', '建设路工地夜间施工噪音扰民，凌晨两点还在打桩。'], ['lat', '28.228123'], ['long', '112.938456'],
          ['email', 'wang.xiaoming@example.com'], ['attribute[time_of_day]', 'night'], ['attribute[kinds][]', 'piling'],
          ['attribute[kinds][]', 'truck'], ['attribute[decibels]', '85'], ['media_url', photos[0]], ['media_url', photos[1]],
        ]) fd.append(k, v);
        try {
          const res = await fetch(`${base}/open311/v2/requests.json`, { method: 'POST', body: fd });
          return { status: res.status, body: await res.json() };
        } catch (e) {
          return { status: 0, body: String(e) };
        }
      },
      { base: web.base, key, photos: PHOTOS },
    );
    expect(created.status, `${JSON.stringify(created.body)} ${app.problems.join('; ')}`).toBe(200);
    const number = created.body[0].service_request_id as string;
    const { id } = await web.database.db.selectFrom('tickets').select('id').where('number', '=', number).executeTakeFirstOrThrow();
    expect(app.problems).toEqual([]);
    await app.page.context().close();

    const w = await watchedPage(browser, 'open311-details');
    await signIn(w, web.base, 'dispatcher', '/dispatch');
    await w.page.locator('main.content h1').first().waitFor({ timeout: 30_000 });
    // Into the ticket as a link goes (a full load would cut the landing screen's requests).
    await w.page.evaluate((p) => {
      history.pushState({}, '', p);
      dispatchEvent(new PopStateEvent('popstate'));
    }, `/tickets/${id}`);
    const panel = w.page.getByTestId('open311-details');
    await expect.poll(() => panel.isVisible()).toBe(true);
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).textContent()).toBe('Open311 附加信息');
    expect(await panel.textContent()).toContain('市民随手拍');
    // The attributes by the definition's wording, in its order; list keys shown by their names.
    const attributes = panel.getByTestId('open311-attributes');
    expect(await attributes.locator('dt').allTextContents()).toEqual(['发生时段', '噪声类型', '噪声分贝']);
    expect(await attributes.locator('dd').allTextContents()).toEqual(['夜间', '打桩、渣土车', '85']);
    // Both photo links, in order, opening elsewhere without a referrer; the page loads neither.
    const links = panel.getByTestId('open311-photos').getByRole('link');
    expect(await links.count()).toBe(2);
    for (const [i, url] of PHOTOS.entries()) {
      expect(await links.nth(i).getAttribute('href')).toBe(url);
      expect(await links.nth(i).getAttribute('target')).toBe('_blank');
      expect(await links.nth(i).getAttribute('rel')).toContain('noreferrer');
      expect(await links.nth(i).textContent()).toBe(`照片 ${i + 1}`);
    }
    expect(await panel.getByTestId('open311-photos').textContent()).toContain('img.example.org');
    expect(await panel.getByTestId('open311-photos').textContent()).toContain('cdn.example.net');
    // The e-mail masked: not the address as sent.
    const email = (await panel.getByTestId('open311-email').textContent()) ?? '';
    expect(email).not.toContain('wang.xiaoming');
    expect(email).toMatch(/\*/);
    expect(email).toContain('example.com');
    // The location as sent, with a map link to it.
    const location = panel.getByTestId('open311-location');
    expect(await location.textContent()).toContain('28.228123, 112.938456');
    expect(await location.getByRole('link').getAttribute('href')).toContain('mlat=28.228123&mlon=112.938456');
    await panel.scrollIntoViewIfNeeded();
    await w.shot('ticket-page-open311');
    expect(w.problems).toEqual([]);
    await w.page.context().close();
  }, 120_000);
});
