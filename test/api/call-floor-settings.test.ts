// 话务设置: the floor's rules with their documented defaults, changed only by an admin (audited),
// read by the floor's supervisor; a bad value changes nothing anywhere; the missed-call deadline
// follows the setting in working minutes.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../src/store/apikeys.js';
import { local, snapshot, testApp, type TestApp } from '../helpers.js';

let t: TestApp;
let key: string;
beforeAll(async () => {
  t = await testApp();
  key = (await createApiKey(t.database.db, { name: '呼叫中心', scope: 'telephony' })).key;
});
afterAll(async () => t?.close());

const DEFAULTS = {
  answerWithinSeconds: 15, // GB/T 33358: 15 秒内人工应答
  shortAbandonSeconds: 5,
  missedCallbackMinutes: 120, // 2 个工作小时
  missedCallbackAttempts: 3,
  answerRateTarget: 0.95,
  withinRateTarget: 0.8,
  afterCallSeconds: 60,
  busyReasons: ['会议', '培训', '就餐', '休息'],
};

const event = (callId: string, body: Record<string, unknown>, at: string) =>
  t.at(at, () => t.call(null, 'POST', `/api/v1/telephony/calls/${callId}/events`, { ...body, at: local(at).toISOString() }, { 'x-api-key': key }));

describe('call floor settings', () => {
  it('start at the documented defaults; the supervisor reads them, others may not', async () => {
    for (const user of ['admin', 'supervisor']) {
      const res = await t.call(user, 'GET', '/api/v1/admin/call-floor');
      expect(res.status, user).toBe(200);
      expect(res.body).toEqual(DEFAULTS);
    }
    for (const user of ['agent', 'analyst', 'env', 'callback']) expect((await t.call(user, 'GET', '/api/v1/admin/call-floor')).status, user).toBe(403);
  });

  it('refuses bad values and non-admins with problem+json, changing nothing in any table', async () => {
    const before = await snapshot(t.database);
    const bad: Record<string, unknown>[] = [
      { ...DEFAULTS, answerWithinSeconds: 0 },
      { ...DEFAULTS, answerRateTarget: 95 }, // a percentage where a rate in [0, 1] belongs
      { ...DEFAULTS, busyReasons: [] },
      { ...DEFAULTS, missedCallbackAttempts: 2.5 },
      { ...DEFAULTS, unknown: true },
      { answerWithinSeconds: 20 },
    ];
    for (const body of bad) {
      const res = await t.call('admin', 'PUT', '/api/v1/admin/call-floor', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    expect((await t.call('supervisor', 'PUT', '/api/v1/admin/call-floor', DEFAULTS)).status).toBe(403);
    expect(await snapshot(t.database)).toEqual(before);
  });

  it('an admin changes them, audited before → after, and a missed call is then due in the new number of working minutes', async () => {
    const changed = { ...DEFAULTS, answerWithinSeconds: 20, missedCallbackMinutes: 60, busyReasons: ['会议', '培训'] };
    const res = await t.call('admin', 'PUT', '/api/v1/admin/call-floor', changed);
    expect(res.status).toBe(200);
    expect(res.body).toEqual(changed);
    expect((await t.call('supervisor', 'GET', '/api/v1/admin/call-floor')).body).toEqual(changed);
    const audit = await t.database.db.selectFrom('audit_log').select(['action', 'detail']).where('action', '=', 'settings.call_floor').execute();
    expect(audit).toHaveLength(1);
    expect(audit[0].detail).toMatchObject({ before: DEFAULTS, after: changed });

    // Missed at 11:30 on Monday 2 March 2026 (a working day): 30 minutes to the lunch break at
    // 12:00, the other 30 after 13:30 → due 14:00.
    await event('floor-set-1', { state: 'queued', caller: '13800002222' }, '2026-03-02 11:29');
    await event('floor-set-1', { state: 'ended' }, '2026-03-02 11:30');
    const task = await t.database.db.selectFrom('missed_calls').selectAll().where('call_id', '=', 'floor-set-1').executeTakeFirstOrThrow();
    expect(task.due_by.toISOString()).toBe(local('2026-03-02 14:00').toISOString());
  });
});
