// A common word: the count stops at SEARCH_CAP (“1,000+”) and the matches come newest first.

import { afterAll, beforeAll, expect, it } from 'vitest';
import { registerTicket, SEARCH_CAP } from '../../src/store/tickets.js';
import { testApp, type TestApp } from '../helpers.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
  const actor = { id: 1, role: 'admin' as const, unitId: null, scope: new Set<number>() };
  const now = Date.now();
  // SEARCH_CAP + 3 tickets mention 外卖; the third newest says it three times; the oldest is 外卖-only-once too.
  for (let i = 0; i < SEARCH_CAP + 3; i++) {
    const content = i === 2 ? '外卖 外卖 外卖 骑手闯红灯' : `外卖骑手第${i}次闯红灯`;
    await registerTicket(t.database.db, { channel: 'web', type: 'complaint', content }, actor, new Date(now - i * 60_000));
  }
}, 300_000);
afterAll(async () => {
  await t?.close();
});

it('counts to the cap, says so, and lists the matches newest first', async () => {
  const res = await t.call('admin', 'GET', '/api/v1/tickets?q=外卖&pageSize=5');
  expect(res.status).toBe(200);
  expect(res.body).toMatchObject({ total: SEARCH_CAP, totalCapped: true });
  expect(res.body.items.map((x: { content: string }) => x.content)).toEqual(['外卖骑手第0次闯红灯', '外卖骑手第1次闯红灯', '外卖 外卖 外卖 骑手闯红灯', '外卖骑手第3次闯红灯', '外卖骑手第4次闯红灯']);
  expect(res.body.items[0].snippet).toContain('<mark>外卖</mark>');
  // Pages past the cap are empty, not an error.
  const past = await t.call('admin', 'GET', `/api/v1/tickets?q=外卖&pageSize=5&page=${SEARCH_CAP / 5 + 1}`);
  expect(past.status).toBe(200);
  expect(past.body.items).toEqual([]);
  // The oldest match is beyond the newest SEARCH_CAP: not on any page.
  const last = await t.call('admin', 'GET', `/api/v1/tickets?q=外卖&pageSize=5&page=${SEARCH_CAP / 5}`);
  expect(last.body.items.map((x: { content: string }) => x.content)).not.toContain(`外卖骑手第${SEARCH_CAP + 2}次闯红灯`);
});

it('under the cap, the count is exact', async () => {
  const res = await t.call('admin', 'GET', '/api/v1/tickets?q=第5次');
  expect(res.body).toMatchObject({ total: 1, totalCapped: false });
  // (Ranking by relevance under the cap: test/api/search.test.ts.)
});
