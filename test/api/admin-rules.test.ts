// Admin configuration over the API and its effect on tickets: time-limit rules, the holiday
// calendar (JSON or "YYYY-MM-DD 休/班" text) and the policy. Deadlines are worked out by hand
// (office hours 08:30–12:00, 13:30–17:30: 450 working minutes a day).

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { local, snapshot, testApp, type TestApp } from '../helpers.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => {
  await t?.close();
});

const iso = (s: string) => local(s).toISOString();

const at = <T>(when: string, fn: () => Promise<T>) => t.at(when, fn);
const step = (when: string, user: string, id: number, name: string, body: unknown = {}) => t.stepAt(when, user, id, name, body);

/** Registers at `when` and dispatches to ENV at the same instant; returns the dispatched ticket. */
async function dispatchAt(when: string, extra: Record<string, unknown> = {}) {
  const res = await at(when, () => t.call('agent', 'POST', '/api/v1/tickets', { channel: 'phone', type: 'complaint', content: '工地夜间施工噪音扰民。', ...extra }));
  expect(res.status).toBe(201);
  return step(when, 'dispatcher', res.body.id, 'dispatch', { unitId: t.fx.units.ENV });
}
const ruleCount = async () => (await t.call('admin', 'GET', '/api/v1/time-limit-rules')).body.total as number;

describe('time-limit rules', () => {
  let ruleId: number;

  it('an admin rule for a category subtree shortens the handling limit of a new complaint in a child category', async () => {
    const created = await t.call('admin', 'POST', '/api/v1/time-limit-rules', {
      type: 'complaint',
      categoryId: t.fx.categories['ENV-NOISE'],
      handleLimit: { amount: 2, unit: 'working_days' },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ type: 'complaint', categoryId: t.fx.categories['ENV-NOISE'], priority: null, acceptLimit: null, handleLimit: { amount: 2, unit: 'working_days' } });
    ruleId = created.body.id;
    const listed = await t.call('agent', 'GET', '/api/v1/time-limit-rules');
    expect(listed.body.items.map((r: { id: number }) => r.id)).toContain(ruleId);

    // Mon 2026-03-02 09:00. 2 working days = 900 min: Mon 420 → 480 left, Tue 450 → 30 left,
    // Wed 08:30 + 30 → Wed 03-04 09:00. Warning at 720 min: Mon 420 → 300, Tue 08:30–12:00 210 →
    // 90, 13:30 + 90 → Tue 15:00. The accept limit still comes from the defaults: 1 h → 10:00.
    const child = await dispatchAt('2026-03-02 09:00', { categoryId: t.fx.categories['ENV-NOISE-BUILD'] });
    expect(child.dueBy).toBe(iso('2026-03-04 09:00'));
    expect(child.dueWarnAt).toBe(iso('2026-03-03 15:00'));
    expect(child.acceptBy).toBe(iso('2026-03-02 10:00'));
    // Outside the subtree: the default 5 working days → Mon 03-09 09:00.
    const other = await dispatchAt('2026-03-02 09:00', { categoryId: t.fx.categories['HR-WAGE'] });
    expect(other.dueBy).toBe(iso('2026-03-09 09:00'));
    // Same category, another type: the consult default of 1 working day → Tue 09:00.
    const consult = await dispatchAt('2026-03-02 09:00', { type: 'consult', categoryId: t.fx.categories['ENV-NOISE-BUILD'] });
    expect(consult.dueBy).toBe(iso('2026-03-03 09:00'));
  });

  it('a dispatcher who corrects the category as they dispatch (改分类) gets the new category\'s limits; a bad category changes nothing', async () => {
    const res = await at('2026-03-02 09:00', () => t.call('agent', 'POST', '/api/v1/tickets', { channel: 'phone', type: 'complaint', content: '工地夜间施工噪音扰民。', categoryId: t.fx.categories['HR-WAGE'] }));
    const id = res.body.id as number;
    const before = (await t.call('admin', 'GET', `/api/v1/tickets/${id}`)).body;
    for (const bad of [999_999, 0, 'ENV']) {
      const r = await at('2026-03-02 09:00', () => t.call('dispatcher', 'POST', `/api/v1/tickets/${id}/dispatch`, { unitId: t.fx.units.ENV, categoryId: bad }));
      expect(r.status, String(bad)).toBe(400);
      expect(r.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
    expect((await t.call('admin', 'GET', `/api/v1/tickets/${id}`)).body).toEqual(before);
    // Mon 09:00 under the ENV-NOISE rule (2 working days) → Wed 03-04 09:00, not HR-WAGE's default Mon 03-09.
    const moved = await step('2026-03-02 09:00', 'dispatcher', id, 'dispatch', { unitId: t.fx.units.ENV, categoryId: t.fx.categories['ENV-NOISE-BUILD'] });
    expect(moved).toMatchObject({ status: 'dispatched', categoryId: t.fx.categories['ENV-NOISE-BUILD'], dueBy: iso('2026-03-04 09:00') });
    const events = (await t.call('admin', 'GET', `/api/v1/tickets/${id}`)).body.events;
    expect(events.at(-1)).toMatchObject({ type: 'dispatched', payload: { categoryId: t.fx.categories['ENV-NOISE-BUILD'], fromCategoryId: t.fx.categories['HR-WAGE'] } });
  });

  it('PUT changes the rule, DELETE removes it; the next dispatch follows', async () => {
    const put = await t.call('admin', 'PUT', `/api/v1/time-limit-rules/${ruleId}`, {
      type: 'complaint',
      categoryId: t.fx.categories['ENV-NOISE'],
      handleLimit: { amount: 3, unit: 'working_hours' },
    });
    expect(put.status).toBe(200);
    expect(put.body.handleLimit).toEqual({ amount: 3, unit: 'working_hours' });
    // 3 working hours from Mon 09:00: 180 min until 12:00 exactly → 12:00.
    expect((await dispatchAt('2026-03-02 09:00', { categoryId: t.fx.categories['ENV-NOISE-BUILD'] })).dueBy).toBe(iso('2026-03-02 12:00'));
    expect((await t.call('admin', 'DELETE', `/api/v1/time-limit-rules/${ruleId}`)).status).toBe(204);
    expect((await dispatchAt('2026-03-02 09:00', { categoryId: t.fx.categories['ENV-NOISE-BUILD'] })).dueBy).toBe(iso('2026-03-09 09:00'));
  });

  it('a non-admin gets 403 and nothing is stored', async () => {
    const before = await ruleCount();
    const body = { type: 'complaint', handleLimit: { amount: 1, unit: 'working_days' } };
    for (const user of ['dispatcher', 'supervisor', 'env']) {
      expect((await t.call(user, 'POST', '/api/v1/time-limit-rules', body)).status, user).toBe(403);
    }
    const first = (await t.call('admin', 'GET', '/api/v1/time-limit-rules')).body.items[0];
    expect((await t.call('dispatcher', 'PUT', `/api/v1/time-limit-rules/${first.id}`, body)).status).toBe(403);
    expect((await t.call('dispatcher', 'DELETE', `/api/v1/time-limit-rules/${first.id}`)).status).toBe(403);
    expect(await ruleCount()).toBe(before);
    expect((await t.call('admin', 'GET', '/api/v1/time-limit-rules')).body.items[0]).toEqual(first);
  });

  it('bad bodies → 400 and nothing stored', async () => {
    const before = (await t.call('admin', 'GET', '/api/v1/time-limit-rules')).body;
    const bad: unknown[] = [
      {}, // neither limit
      { type: 'complaint' },
      { handleLimit: { amount: -1, unit: 'working_days' } },
      { handleLimit: { amount: 0, unit: 'working_days' } },
      { handleLimit: { amount: 2, unit: 'fortnights' } },
      { handleLimit: { amount: 2 } },
      { type: 'gossip', handleLimit: { amount: 2, unit: 'working_days' } },
      { priority: 'whenever', acceptLimit: { amount: 1, unit: 'working_hours' } },
      { categoryId: 'ENV', handleLimit: { amount: 2, unit: 'working_days' } },
      { categoryId: 999_999, handleLimit: { amount: 2, unit: 'working_days' } }, // no such category
    ];
    for (const body of bad) {
      const res = await t.call('admin', 'POST', '/api/v1/time-limit-rules', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.headers['content-type']).toMatch(/problem\+json/);
    }
    expect((await t.call('admin', 'POST', '/api/v1/time-limit-rules', bad[9])).body.code).toBe('unknown_category');
    const first = before.items[0];
    expect((await t.call('admin', 'PUT', `/api/v1/time-limit-rules/${first.id}`, { handleLimit: { amount: 2, unit: 'weeks' } })).status).toBe(400);
    expect((await t.call('admin', 'GET', '/api/v1/time-limit-rules')).body).toEqual(before);
  });

  it('PUT/DELETE of an unknown id → 404', async () => {
    const body = { type: 'complaint', handleLimit: { amount: 1, unit: 'working_days' } };
    const before = (await t.call('admin', 'GET', '/api/v1/time-limit-rules')).body;
    expect((await t.call('admin', 'PUT', '/api/v1/time-limit-rules/999999', body)).status).toBe(404);
    expect((await t.call('admin', 'DELETE', '/api/v1/time-limit-rules/999999')).status).toBe(404);
    expect((await t.call('admin', 'DELETE', `/api/v1/time-limit-rules/${ruleId}`)).status).toBe(404); // deleted above
    expect((await t.call('admin', 'GET', '/api/v1/time-limit-rules')).body).toEqual(before);
  });
});

describe('calendar', () => {
  it('GET /api/v1/calendar lists the shipped years 2024–2027', async () => {
    const res = await t.call('agent', 'GET', '/api/v1/calendar');
    expect(res.status).toBe(200);
    expect(res.body.items.map((y: { year: number }) => y.year)).toEqual([2024, 2025, 2026, 2027]);
    const y2026 = res.body.items.find((y: { year: number }) => y.year === 2026);
    expect(y2026.holidays).toContain('2026-10-01');
    expect(y2026.workdays).toContain('2026-02-14');
    expect((await t.call('agent', 'GET', '/api/v1/calendar/2030')).status).toBe(404);
  });

  it('a text file makes a Monday a holiday and a Saturday a working day; deadlines move accordingly', async () => {
    // Fri 2030-03-01 17:00, no 2030 calendar yet (plain weekdays). Accept 60 min: 30 on Friday,
    // then Mon 03-04 08:30 + 30 → 09:00. Handle 2250 min: Fri 30 → 2220; Mon–Thu 4 × 450 → 420;
    // Fri 03-08 08:30 + 420 (210 + 210) → 17:00.
    const before = await dispatchAt('2030-03-01 17:00');
    expect(before.acceptBy).toBe(iso('2030-03-04 09:00'));
    expect(before.dueBy).toBe(iso('2030-03-08 17:00'));

    const file = '# 2030 测试日历\n2030-03-04 休 测试假日\n\n2030-03-09 班\n';
    expect((await t.call('dispatcher', 'PUT', '/api/v1/calendar/2030', file, { 'content-type': 'text/plain' })).status).toBe(403);
    const put = await t.call('admin', 'PUT', '/api/v1/calendar/2030', file, { 'content-type': 'text/plain; charset=utf-8' });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    expect(put.body).toMatchObject({ year: 2030, holidays: ['2030-03-04'], workdays: ['2030-03-09'], provisional: false });
    expect((await t.call('agent', 'GET', '/api/v1/calendar/2030')).body).toMatchObject({ year: 2030, holidays: ['2030-03-04'], workdays: ['2030-03-09'] });

    // Now Monday 03-04 is off and Saturday 03-09 is worked: accept → Tue 03-05 09:00; handle:
    // Fri 30 → 2220; Tue–Fri 4 × 450 → 420; Sat 03-09 08:30 + 420 → 17:00.
    const after = await dispatchAt('2030-03-01 17:00');
    expect(after.acceptBy).toBe(iso('2030-03-05 09:00'));
    expect(after.dueBy).toBe(iso('2030-03-09 17:00'));
    // The ticket dispatched before keeps its deadline.
    expect((await t.call('admin', 'GET', `/api/v1/tickets/${before.id}`)).body.dueBy).toBe(iso('2030-03-08 17:00'));
  });

  it('a file with a bad line → 400 with the line number; the stored year is unchanged', async () => {
    const stored = (await t.call('admin', 'GET', '/api/v1/calendar/2030')).body;
    const res = await t.call('admin', 'PUT', '/api/v1/calendar/2030', '2030-05-01 休\n2030-05-02 maybe\n', { 'content-type': 'text/plain' });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('invalid_calendar');
    expect(res.body.detail).toContain('第 2 行');
    const invalidDate = await t.call('admin', 'PUT', '/api/v1/calendar/2030', '2030-05-01 休\n2030-02-30 休\n', { 'content-type': 'text/plain' });
    expect(invalidDate.status).toBe(400);
    expect(invalidDate.body.detail).toContain('2030-02-30');
    const mismatch = await t.call('admin', 'PUT', '/api/v1/calendar/2030', '2031-05-01 休\n', { 'content-type': 'text/plain' });
    expect(mismatch.status).toBe(400);
    const empty = await t.call('admin', 'PUT', '/api/v1/calendar/2030', '# nothing\n', { 'content-type': 'text/plain' });
    expect(empty.status).toBe(400);
    expect((await t.call('admin', 'GET', '/api/v1/calendar/2030')).body).toEqual(stored);
  });

  it('mixed years → 400 naming the years; the stored year is unchanged', async () => {
    const stored = (await t.call('admin', 'GET', '/api/v1/calendar/2030')).body;
    const res = await t.call('admin', 'PUT', '/api/v1/calendar/2030', '2030-05-01 休\n2030-05-02 休\n2031-01-01 休\n', { 'content-type': 'text/plain' });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('invalid_calendar');
    expect(res.body.detail).toContain('2030');
    expect(res.body.detail).toContain('2031');
    expect((await t.call('admin', 'GET', '/api/v1/calendar/2030')).body).toEqual(stored);
  });

  it('mixed years: the detail points at the line of the other year', async () => {
    const res = await t.call('admin', 'PUT', '/api/v1/calendar/2030', '2030-05-01 休\n2030-05-02 休\n2031-01-01 休\n', { 'content-type': 'text/plain' });
    expect(res.status).toBe(400);
    expect(res.body.detail).toContain('第 3 行');
  });

  it('JSON works too, and shows up in the list', async () => {
    const res = await t.call('admin', 'PUT', '/api/v1/calendar/2031', { year: 2031, holidays: ['2031-01-01'], workdays: [] });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ year: 2031, holidays: ['2031-01-01'], workdays: [] });
    const list = await t.call('agent', 'GET', '/api/v1/calendar');
    expect(list.body.items.map((y: { year: number }) => y.year)).toEqual([2024, 2025, 2026, 2027, 2030, 2031]);
  });
});

describe('policy', () => {
  /** Replies and records an unsatisfied callback; returns the callback's outcome. */
  async function unsatisfied(id: number, day: string) {
    await step(`${day} 09:00`, 'env', id, 'reply', { content: '已处理' });
    await step(`${day} 10:00`, 'callback', id, 'callback', { reached: true, resolved: false, satisfaction: 'unsatisfied' });
    const events = (await t.call('admin', 'GET', `/api/v1/tickets/${id}`)).body.events;
    return events.at(-1).payload.outcome as string;
  }
  async function handling() {
    const d = await dispatchAt('2026-03-02 09:00');
    await step('2026-03-02 09:30', 'env', d.id, 'accept');
    return d.id as number;
  }

  it('PUT changes maxReopens; with 2, a third unsatisfied callback closes instead of reopening', async () => {
    expect((await t.call('agent', 'GET', '/api/v1/settings/policy')).body.maxReopens).toBe(2);
    expect((await t.call('supervisor', 'PUT', '/api/v1/settings/policy', { maxReopens: 3 })).status).toBe(403);
    const before = (await t.call('admin', 'GET', '/api/v1/settings/policy')).body;
    for (const body of [{ maxReopens: -1 }, { maxReopens: 1.5 }, { warnFraction: 2 }, { maxReopens: 'three' }]) {
      expect((await t.call('admin', 'PUT', '/api/v1/settings/policy', body)).status, JSON.stringify(body)).toBe(400);
    }
    expect((await t.call('admin', 'GET', '/api/v1/settings/policy')).body).toEqual(before);
    try {
      // Raised to 3: the third unsatisfied callback still reopens.
      const put = await t.call('admin', 'PUT', '/api/v1/settings/policy', { maxReopens: 3 });
      expect(put.status).toBe(200);
      expect(put.body).toEqual({ ...before, maxReopens: 3 });
      const a = await handling();
      expect(await unsatisfied(a, '2026-03-03')).toBe('reopened');
      expect(await unsatisfied(a, '2026-03-04')).toBe('reopened');
      expect(await unsatisfied(a, '2026-03-05')).toBe('reopened');
      expect((await t.call('admin', 'GET', `/api/v1/tickets/${a}`)).body).toMatchObject({ status: 'handling', reopenCount: 3 });

      // Back to 2: the third unsatisfied callback closes the ticket.
      expect((await t.call('admin', 'PUT', '/api/v1/settings/policy', { maxReopens: 2 })).body.maxReopens).toBe(2);
      const b = await handling();
      expect(await unsatisfied(b, '2026-03-03')).toBe('reopened');
      expect(await unsatisfied(b, '2026-03-04')).toBe('reopened');
      expect(await unsatisfied(b, '2026-03-05')).toBe('closed_reopen_limit');
      expect((await t.call('admin', 'GET', `/api/v1/tickets/${b}`)).body).toMatchObject({ status: 'closed', reopenCount: 2 });

      // Down to 1: the second one already closes.
      await t.call('admin', 'PUT', '/api/v1/settings/policy', { maxReopens: 1 });
      const c = await handling();
      expect(await unsatisfied(c, '2026-03-03')).toBe('reopened');
      expect(await unsatisfied(c, '2026-03-04')).toBe('closed_reopen_limit');
    } finally {
      await t.call('admin', 'PUT', '/api/v1/settings/policy', before);
    }
    expect((await t.call('admin', 'GET', '/api/v1/settings/policy')).body).toEqual(before);
  });

  it('a policy refused with 400 changes neither the policy nor any ticket', async () => {
    const policy = (await t.call('admin', 'GET', '/api/v1/settings/policy')).body;
    const before = await snapshot(t.database);
    expect((await t.call('admin', 'PUT', '/api/v1/settings/policy', { maxReopens: 5, callbackDays: 0 })).status).toBe(400);
    expect(await snapshot(t.database)).toEqual(before);
    expect((await t.call('admin', 'GET', '/api/v1/settings/policy')).body).toEqual(policy);
  });
});
