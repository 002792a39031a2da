// Sure or silent (issue 18 item 2): every suggestion carries its confidence and a verdict against
// the admin's threshold, with the top three; automatic dispatch only at or above its own, higher
// threshold and never for a suggestion that is not sure. Both thresholds are admin settings,
// validated together and in the audit log. The model is trained on a small hand-written history.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snapshot, testApp, type TestApp } from '../helpers.js';
import { addCategories, BETWEEN_NOISES, CLEARLY_WAGES, trainOnHistory } from '../suggestion-fixture.js';

let t: TestApp;

beforeAll(async () => {
  t = await testApp();
  await addCategories(t);
  await trainOnHistory(t);
});
afterAll(async () => {
  await t?.close();
});

const classify = async (content: string, user = 'agent') => {
  const res = await t.call(user, 'POST', '/api/v1/classify', { content });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
};
const setSuggestion = (threshold: unknown, user = 'admin') => t.call(user, 'PUT', '/api/v1/settings/suggestion', { threshold });
const setAuto = (enabled: boolean, threshold: unknown, user = 'admin') => t.call(user, 'PUT', '/api/v1/settings/auto-dispatch', { enabled, threshold });

describe('the verdict on a suggestion', () => {
  it('is 0.6 by default, readable by every signed-in user', async () => {
    expect((await t.call('agent', 'GET', '/api/v1/settings/suggestion')).body).toEqual({ threshold: 0.6 });
    expect((await t.call(null, 'GET', '/api/v1/settings/suggestion')).status).toBe(401);
  });

  it('a clear request: sure, its confidence and the top three, each with the unit it would go to', async () => {
    const s = await classify(CLEARLY_WAGES);
    expect(s.threshold).toBe(0.6);
    expect(s.categories).toHaveLength(3);
    expect(s.categories[0]).toMatchObject({ categoryId: t.fx.categories['HR-WAGE-UNPAID'], name: '拖欠工资' });
    expect(s.categories[0].probability).toBeGreaterThanOrEqual(0.6);
    expect(s.sure).toBe(true);
    // Most probable first; the three are different categories.
    const p = s.categories.map((c: { probability: number }) => c.probability);
    expect([...p].sort((a, b) => b - a)).toEqual(p);
    expect(new Set(s.categories.map((c: { categoryId: number }) => c.categoryId)).size).toBe(3);
    // Each option's unit is its category's lead unit (no catalogue here): what a click on it would pick.
    const leadOf: Record<number, number> = {
      [t.fx.categories['HR-WAGE-UNPAID']]: t.fx.units.HR,
      [t.fx.categories['ENV-NOISE-BUILD']]: t.fx.units.ENV,
      [t.fx.categories['ENV-NOISE-LIFE']]: t.fx.units.DIST,
      [t.fx.categories['CITY-LIGHT']]: t.fx.units['DIST-1'],
    };
    for (const c of s.categories) expect(c.unit).toMatchObject({ unitId: leadOf[c.categoryId], via: 'category_lead' });
    expect(s.unit).toEqual(s.categories[0].unit);
  });

  it('a request between two categories: not sure, still the top three', async () => {
    const s = await classify(BETWEEN_NOISES);
    expect(s.categories).toHaveLength(3);
    expect(s.categories[0].probability).toBeLessThan(0.6);
    expect(s.sure).toBe(false);
    // The two kinds of noise are the first two, whichever way round.
    expect(s.categories.slice(0, 2).map((c: { categoryId: number }) => c.categoryId).sort()).toEqual([t.fx.categories['ENV-NOISE-BUILD'], t.fx.categories['ENV-NOISE-LIFE']].sort());
  });

  it('follows the admin’s threshold: sure at it, not sure just above it', async () => {
    const p = (await classify(BETWEEN_NOISES)).categories[0].probability as number;
    expect((await setSuggestion(p)).status).toBe(200);
    expect(await classify(BETWEEN_NOISES)).toMatchObject({ sure: true, threshold: p });
    const above = Math.round((p + 0.001) * 1000) / 1000;
    expect((await setSuggestion(above)).body).toEqual({ threshold: above });
    expect(await classify(BETWEEN_NOISES)).toMatchObject({ sure: false, threshold: above });
    expect((await setSuggestion(0.6)).status).toBe(200);
  });
});

describe('the thresholds as admin settings', () => {
  it('refuses bad values with a problem and changes nothing', async () => {
    // The listeners have followed the history's events before the picture is taken.
    await t.ctx.listeners.settle();
    const before = await snapshot(t.database);
    for (const bad of [-0.1, 1.01, '0.7', null]) {
      const res = await setSuggestion(bad);
      expect(res.status, JSON.stringify(bad)).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body.code).toBe('validation_failed');
    }
    expect((await t.call('admin', 'PUT', '/api/v1/settings/suggestion', {})).status).toBe(400);
    for (const bad of [0.4, 1, 'high']) expect((await setAuto(true, bad)).status, JSON.stringify(bad)).toBe(400);
    // The suggestion's threshold above automatic dispatch's (0.9), or automatic dispatch's below the suggestion's (0.6).
    const high = await setSuggestion(0.95);
    expect(high.status).toBe(400);
    expect(high.body).toMatchObject({ code: 'threshold_order', status: 400 });
    expect(high.body.detail).toContain('自动派单阈值');
    const low = await setAuto(true, 0.55);
    expect(low.status).toBe(400);
    expect(low.body.code).toBe('threshold_order');
    // Only an admin.
    expect((await setSuggestion(0.7, 'dispatcher')).status).toBe(403);
    expect((await setAuto(true, 0.95, 'supervisor')).status).toBe(403);
    expect(await snapshot(t.database)).toEqual(before);
    expect((await t.call('agent', 'GET', '/api/v1/settings/suggestion')).body).toEqual({ threshold: 0.6 });
    expect((await t.call('agent', 'GET', '/api/v1/settings/auto-dispatch')).body).toEqual({ enabled: false, threshold: 0.9 });
  });

  it('a change is in the audit log with the value before and after; equal thresholds are allowed', async () => {
    expect((await setSuggestion(0.9)).status).toBe(200);
    expect((await setAuto(false, 0.9)).status).toBe(200);
    const log = (await t.call('admin', 'GET', '/api/v1/audit-log?action=settings.suggestion')).body.items;
    expect(log[0]).toMatchObject({ action: 'settings.suggestion', detail: { before: { threshold: 0.6 }, after: { threshold: 0.9 } } });
    expect((await setSuggestion(0.6)).status).toBe(200);
  });
});

describe('automatic dispatch', () => {
  const register = (content: string) => t.call('agent', 'POST', '/api/v1/tickets', { channel: 'phone', type: 'complaint', content });
  const leadOf = (categoryId: number) => (categoryId === t.fx.categories['ENV-NOISE-BUILD'] ? t.fx.units.ENV : t.fx.units.DIST);
  const store = (auto: { enabled: boolean; threshold: number }, suggestion: { threshold: number }) =>
    t.database.db
      .insertInto('settings')
      .values([
        { key: 'auto_dispatch', value: JSON.stringify(auto) },
        { key: 'suggestion', value: JSON.stringify(suggestion) },
      ])
      .onConflict((oc) => oc.column('key').doUpdateSet((eb) => ({ value: eb.ref('excluded.value') })))
      .execute()
      .then(() => t.ctx.ref.invalidate());

  it('dispatches only at or above its own threshold', async () => {
    const between = await classify(BETWEEN_NOISES);
    const p = between.categories[0].probability as number;
    expect(p).toBeGreaterThanOrEqual(0.5); // automatic dispatch's lowest threshold
    // The suggestion is sure at p; automatic dispatch wants a little more.
    expect((await setSuggestion(p)).status).toBe(200);
    expect((await setAuto(true, Math.round((p + 0.001) * 1000) / 1000)).status).toBe(200);
    expect((await classify(BETWEEN_NOISES)).sure).toBe(true);
    expect((await register(BETWEEN_NOISES)).body).toMatchObject({ status: 'registered', unitId: null });
    // A request above it is dispatched to its category's lead unit, by the system, saying why.
    const auto = await register(CLEARLY_WAGES);
    expect(auto.body).toMatchObject({ status: 'dispatched', unitId: t.fx.units.HR, categoryId: t.fx.categories['HR-WAGE-UNPAID'] });
    const events = (await t.call('admin', 'GET', `/api/v1/tickets/${auto.body.id}`)).body.events;
    expect(events[1]).toMatchObject({ type: 'dispatched', actor: { role: 'system' } });
    expect(events[1].payload.note).toContain('自动派单');
    // At its threshold: dispatched.
    expect((await setAuto(true, p)).status).toBe(200);
    const top = between.categories[0].categoryId as number;
    expect((await register(BETWEEN_NOISES)).body).toMatchObject({ status: 'dispatched', categoryId: top, unitId: leadOf(top) });
  });

  it('never for a suggestion that is not sure, even when its own threshold was left lower (settings stored before the rule)', async () => {
    const p = (await classify(BETWEEN_NOISES)).categories[0].probability as number;
    expect(p).toBeGreaterThan(0.3);
    expect(p).toBeLessThan(0.95);
    // Automatic dispatch at 0.3, the suggestion at 0.95: not sure, so not dispatched.
    await store({ enabled: true, threshold: 0.3 }, { threshold: 0.95 });
    expect((await classify(BETWEEN_NOISES)).sure).toBe(false);
    expect((await register(BETWEEN_NOISES)).body).toMatchObject({ status: 'registered', unitId: null });
    // The same with the suggestion at 0.3 as well: sure, and dispatched.
    await store({ enabled: true, threshold: 0.3 }, { threshold: 0.3 });
    expect((await register(BETWEEN_NOISES)).body).toMatchObject({ status: 'dispatched' });
    await store({ enabled: false, threshold: 0.9 }, { threshold: 0.6 });
  });
});
