// Timers over the API: deadline alerts raised by runJobsOnce at chosen instants (each exactly
// once, however often and however concurrently the pass runs), the notifications they leave
// for units, the alert filter and the callback queue, supervision, and extensions under the
// policy. Tickets are dispatched "in the past" with t.setNow; deadlines are worked out by hand
// on the shipped 2026 calendar (office hours 08:30–12:00, 13:30–17:30: 450 min a day).
// The week of Mon 2026-03-02 has no holiday.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runJobsOnce } from '../../src/jobs/scheduler.js';
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

async function register(when: string, extra: Record<string, unknown> = {}): Promise<number> {
  const res = await at(when, () =>
    t.call('agent', 'POST', '/api/v1/tickets', { channel: 'phone', type: 'complaint', content: '小区旁工地夜间施工噪音扰民。', ...extra }),
  );
  expect(res.status).toBe(201);
  return res.body.id;
}

/** A complaint registered at 08:50 and dispatched at 09:00 on Mon 2026-03-02. */
async function dispatchedMonday(unit: string): Promise<number> {
  const id = await register('2026-03-02 08:50');
  await step('2026-03-02 09:00', 'dispatcher', id, 'dispatch', { unitId: t.fx.units[unit] });
  return id;
}

const jobs = (when: string) => runJobsOnce({ db: t.ctx.db, ref: t.ctx.ref, now: () => local(when) });

const get = async (id: number, user = 'admin') => (await t.call(user, 'GET', `/api/v1/tickets/${id}`)).body;

interface EventView {
  type: string;
  at: string;
  actor: { id: number | null; role: string };
  payload: Record<string, unknown>;
}
async function alertEvents(id: number): Promise<EventView[]> {
  return ((await get(id)).events as EventView[]).filter((e) => e.type === 'deadline_alert');
}
const countAlertEvents = async () =>
  Number((await t.database.db.selectFrom('ticket_events').select((eb) => eb.fn.countAll<number>().as('n')).where('type', '=', 'deadline_alert').executeTakeFirstOrThrow()).n);

interface NotificationView {
  id: number;
  unitId: number | null;
  ticketId: number;
  kind: string;
  message: string;
  readAt: string | null;
}
async function notifications(user: string, ticketId: number, query = ''): Promise<NotificationView[]> {
  const res = await t.call(user, 'GET', `/api/v1/notifications?pageSize=200${query}`);
  expect(res.status).toBe(200);
  return (res.body.items as NotificationView[]).filter((n) => n.ticketId === ticketId);
}

describe('accept warning and overdue', () => {
  it('each raised exactly once, even when the pass runs repeatedly and concurrently', async () => {
    // Dispatched Mon 09:00: accept limit 1 working hour → 10:00; warning at 80% of 60 min → 09:48.
    const id = await dispatchedMonday('ENV');
    const ticket = await get(id);
    expect(ticket.acceptBy).toBe(iso('2026-03-02 10:00'));
    expect(ticket.acceptWarnAt).toBe(iso('2026-03-02 09:48'));

    await jobs('2026-03-02 09:47');
    expect(await alertEvents(id)).toEqual([]);

    const before = await countAlertEvents();
    const runs = await Promise.all([1, 2, 3, 4].map(() => jobs('2026-03-02 09:48')));
    const again = await jobs('2026-03-02 09:48');
    expect(again.alerts).toBe(0);
    // What the passes say they raised is what the timeline holds: nothing twice.
    expect(runs.reduce((n, r) => n + r.alerts, 0)).toBe((await countAlertEvents()) - before);
    let alerts = await alertEvents(id);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({
      at: iso('2026-03-02 09:48'),
      actor: { id: null, role: 'system' },
      payload: { alert: 'accept_warning', deadline: iso('2026-03-02 10:00'), unitId: t.fx.units.ENV, escalatedTo: null },
    });

    // At 10:00 itself not yet overdue; at 10:05 it is.
    await jobs('2026-03-02 10:00');
    expect(await alertEvents(id)).toHaveLength(1);
    await Promise.all([jobs('2026-03-02 10:05'), jobs('2026-03-02 10:05'), jobs('2026-03-02 10:06')]);
    await jobs('2026-03-02 10:07');
    alerts = await alertEvents(id);
    expect(alerts.map((e) => e.payload)).toEqual([
      { alert: 'accept_warning', deadline: iso('2026-03-02 10:00'), unitId: t.fx.units.ENV, escalatedTo: null },
      { alert: 'accept_overdue', deadline: iso('2026-03-02 10:00'), unitId: t.fx.units.ENV, escalatedTo: null },
    ]);
    expect((await get(id)).alerts).toEqual(['accept_warning', 'accept_overdue']);

    // One notification per alert for ENV, seen by ENV's handler and not by HR's.
    const env = await notifications('env', id);
    expect(env.map((n) => n.kind).sort()).toEqual(['accept_overdue', 'accept_warning']);
    for (const n of env) {
      expect(n.unitId).toBe(t.fx.units.ENV);
      expect(n.message).toContain(ticket.number);
      expect(n.message).toContain('（时限 2026-03-02 10:00）');
      expect(n.message.startsWith('【升级】')).toBe(false);
    }
    expect(env.find((n) => n.kind === 'accept_warning')?.message).toContain('签收时限即将到期');
    expect(await notifications('hr', id)).toEqual([]);
    expect(await notifications('district', id)).toEqual([]);

    const listed = await t.call('admin', 'GET', '/api/v1/tickets?alert=accept_overdue&pageSize=200');
    expect(listed.body.items.map((x: { id: number }) => x.id)).toContain(id);
  });
});

describe('handling overdue escalates to the unit above', () => {
  let id: number;
  let other: number;

  it('raises the handling warning and overdue once, and notifies the street and, marked 【升级】, its district', async () => {
    id = await dispatchedMonday('DIST-1');
    await step('2026-03-02 09:30', 'street1', id, 'accept');
    // Handling: 5 working days from Mon 09:00 → Mon 2026-03-09 09:00 (Mon 420 + Tue–Fri 1800 + 30);
    // the warning at 1800 min → Fri 2026-03-06 09:00.
    const ticket = await get(id);
    expect(ticket.dueBy).toBe(iso('2026-03-09 09:00'));
    expect(ticket.dueWarnAt).toBe(iso('2026-03-06 09:00'));
    // Another street's ticket, accepted, to show what other handlers see.
    other = await dispatchedMonday('DIST-2');

    // The timer was down all week: the warning and the overdue come together at Mon 10:00.
    await Promise.all([jobs('2026-03-09 10:00'), jobs('2026-03-09 10:00'), jobs('2026-03-09 10:00')]);
    await jobs('2026-03-09 10:30');
    expect((await alertEvents(id)).map((e) => e.payload)).toEqual([
      { alert: 'handle_warning', deadline: iso('2026-03-09 09:00'), unitId: t.fx.units['DIST-1'], escalatedTo: null },
      { alert: 'handle_overdue', deadline: iso('2026-03-09 09:00'), unitId: t.fx.units['DIST-1'], escalatedTo: t.fx.units.DIST },
    ]);

    // The street's handler: its two notifications, no escalation among them.
    const street = await notifications('street1', id);
    expect(street.map((n) => [n.kind, n.unitId]).sort()).toEqual([
      ['handle_overdue', t.fx.units['DIST-1']],
      ['handle_warning', t.fx.units['DIST-1']],
    ]);
    expect(street.some((n) => n.message.startsWith('【升级】'))).toBe(false);
    expect(street.find((n) => n.kind === 'handle_overdue')?.message).toContain('已超过办理时限（时限 2026-03-09 09:00）');
    // The district sees its street's rows and the escalation addressed to itself.
    const district = await notifications('district', id);
    expect(district).toHaveLength(3);
    const escalated = district.filter((n) => n.message.startsWith('【升级】'));
    expect(escalated).toHaveLength(1);
    expect(escalated[0]).toMatchObject({ kind: 'handle_overdue', unitId: t.fx.units.DIST });
    // Another street, another department: nothing.
    expect(await notifications('street2', id)).toEqual([]);
    expect(await notifications('hr', id)).toEqual([]);
    expect(await notifications('env', id)).toEqual([]);
    // The centre's roles see every row.
    expect(await notifications('supervisor', id)).toHaveLength(3);
  });

  it('the list filter alert=handle_overdue finds it, within the handler’s scope', async () => {
    const fresh = await register('2026-03-09 10:00');
    const all = await t.call('admin', 'GET', '/api/v1/tickets?alert=handle_overdue&pageSize=200');
    expect(all.status).toBe(200);
    const ids = all.body.items.map((x: { id: number }) => x.id);
    expect(ids).toContain(id);
    expect(ids).toContain(other); // never accepted: overdue too
    expect(ids).not.toContain(fresh);
    for (const item of all.body.items) expect(item.alerts).toContain('handle_overdue');
    const street1 = await t.call('street1', 'GET', '/api/v1/tickets?alert=handle_overdue&pageSize=200');
    expect(street1.body.items.map((x: { id: number }) => x.id)).toEqual([id]);
    expect((await t.call('admin', 'GET', '/api/v1/tickets?alert=late')).status).toBe(400);
  });

  it('a handler marks their own notification read, but not the district’s', async () => {
    const [mine] = (await notifications('street1', id)).filter((n) => n.kind === 'handle_overdue');
    const theirs = (await notifications('district', id)).find((n) => n.message.startsWith('【升级】')) as NotificationView;
    expect((await t.call('street1', 'POST', `/api/v1/notifications/${theirs.id}/read`)).status).toBe(404);
    expect((await t.call('street1', 'POST', `/api/v1/notifications/${mine.id}/read`)).status).toBe(204);
    const unread = await notifications('street1', id, '&unread=true');
    expect(unread.map((n) => n.kind)).toEqual(['handle_warning']);
    expect((await notifications('district', id)).find((n) => n.id === theirs.id)?.readAt).toBeNull();
  });
});

describe('callback queue', () => {
  it('status=replied&sort=callback orders by callbackDueBy; the overdue one is flagged once', async () => {
    const ids: Record<string, number> = {};
    // Registered in the order X, Y, Z; replied in the order Y, X, Z.
    const replies: [string, string][] = [
      ['X', '2026-03-04 15:00'],
      ['Y', '2026-03-03 10:00'],
      ['Z', '2026-03-05 09:00'],
    ];
    for (const [name] of replies) {
      ids[name] = await dispatchedMonday('ENV');
      await step('2026-03-02 09:30', 'env', ids[name], 'accept');
    }
    for (const [name, when] of replies) await step(when, 'env', ids[name], 'reply', { content: '已处理' });
    // callbackDays = 1 working day (450 min) after the reply, within office hours the same time
    // next working day: Y Tue 10:00 → Wed 03-04 10:00; X Wed 15:00 → Thu 03-05 15:00 (Wed 150 +
    // Thu 210 + 90); Z Thu 09:00 → Fri 03-06 09:00.
    expect((await get(ids.Y)).callbackDueBy).toBe(iso('2026-03-04 10:00'));
    expect((await get(ids.X)).callbackDueBy).toBe(iso('2026-03-05 15:00'));
    expect((await get(ids.Z)).callbackDueBy).toBe(iso('2026-03-06 09:00'));

    const queue = await t.call('callback', 'GET', '/api/v1/tickets?status=replied&sort=callback&pageSize=200');
    expect(queue.status).toBe(200);
    const order: number[] = queue.body.items.map((x: { id: number }) => x.id);
    expect(order.filter((x) => Object.values(ids).includes(x))).toEqual([ids.Y, ids.X, ids.Z]);
    const dues = queue.body.items.map((x: { callbackDueBy: string }) => Date.parse(x.callbackDueBy));
    expect(dues).toEqual([...dues].sort((a, b) => a - b));
    for (const item of queue.body.items) expect(item.status).toBe('replied');

    // Thu 10:00: only Y's callback is overdue.
    await Promise.all([jobs('2026-03-05 10:00'), jobs('2026-03-05 10:00')]);
    await jobs('2026-03-05 10:00');
    expect((await alertEvents(ids.Y)).map((e) => e.payload)).toEqual([
      { alert: 'callback_overdue', deadline: iso('2026-03-04 10:00'), unitId: t.fx.units.ENV, escalatedTo: null },
    ]);
    expect(await alertEvents(ids.X)).toEqual([]);
    expect(await alertEvents(ids.Z)).toEqual([]);
    // The callback is the centre's own work: one notification with no unit.
    const forCentre = await notifications('callback', ids.Y);
    expect(forCentre).toHaveLength(1);
    expect(forCentre[0]).toMatchObject({ kind: 'callback_overdue', unitId: null });
    expect(forCentre[0].message).toContain('回访已超期');
    expect(await notifications('env', ids.Y)).toEqual([]);
    const overdue = await t.call('callback', 'GET', '/api/v1/tickets?alert=callback_overdue&status=replied&pageSize=200');
    const overdueIds = overdue.body.items.map((x: { id: number }) => x.id);
    expect(overdueIds).toContain(ids.Y);
    expect(overdueIds).not.toContain(ids.X);
  });
});

describe('supervision (督办)', () => {
  it('supervisor supervises, the unit answers, the timeline shows both', async () => {
    const id = await dispatchedMonday('ENV');
    await step('2026-03-02 09:30', 'env', id, 'accept');
    const denied = await at('2026-03-03 10:00', () => t.call('agent', 'POST', `/api/v1/tickets/${id}/supervise`, { type: 'notice', content: '请加快办理' }));
    expect(denied.status).toBe(403);
    expect((await t.call('env', 'POST', `/api/v1/tickets/${id}/supervision-reply`, { content: '已处理' })).body).toMatchObject({
      status: 409,
      code: 'no_open_supervision',
    });

    const supervised = await step('2026-03-03 10:00', 'supervisor', id, 'supervise', { type: 'notice', content: '请加快办理' });
    // notice: 3 working days (1350 min) from Tue 10:00: Tue 360 → 990, Wed, Thu → 90, Fri 08:30 + 90.
    expect(supervised.supervision).toMatchObject({ kind: 'notice', content: '请加快办理', replyBy: iso('2026-03-06 10:00') });
    // Another unit's handler cannot answer it (not even see it).
    expect((await t.call('hr', 'POST', `/api/v1/tickets/${id}/supervision-reply`, { content: '收到' })).status).toBe(404);
    const answered = await step('2026-03-04 16:00', 'env', id, 'supervision-reply', { content: '已加派人手，周五前办结' });
    expect(answered.supervision).toBeNull();
    expect((await t.call('env', 'POST', `/api/v1/tickets/${id}/supervision-reply`, { content: '再答' })).status).toBe(409);

    const events = (await get(id)).events as EventView[];
    const s = events.find((e) => e.type === 'supervised');
    const r = events.find((e) => e.type === 'supervision_replied');
    expect(s).toMatchObject({ actor: { role: 'supervisor' }, payload: { type: 'notice', content: '请加快办理', replyBy: iso('2026-03-06 10:00'), unitId: t.fx.units.ENV } });
    expect(r).toMatchObject({ actor: { role: 'unit_handler' }, at: iso('2026-03-04 16:00'), payload: { content: '已加派人手，周五前办结', type: 'notice' } });
    expect(events.indexOf(r as EventView)).toBeGreaterThan(events.indexOf(s as EventView));

    // Answered: past the reply limit no supervision alert is raised (the handling warning is).
    await jobs('2026-03-06 11:00');
    expect((await alertEvents(id)).map((e) => e.payload.alert)).toEqual(['handle_warning']);
  });

  it('an unanswered urge becomes supervision_overdue once, notifying the unit', async () => {
    const id = await dispatchedMonday('ENV');
    await step('2026-03-02 09:30', 'env', id, 'accept');
    await step('2026-03-03 10:00', 'supervisor', id, 'supervise', { type: 'urge', content: '请今日回复' });
    // urge: 1 working day → Wed 03-04 10:00.
    await jobs('2026-03-04 10:00');
    expect(await alertEvents(id)).toEqual([]);
    await Promise.all([jobs('2026-03-04 11:00'), jobs('2026-03-04 11:00')]);
    await jobs('2026-03-04 11:30');
    expect((await alertEvents(id)).map((e) => e.payload)).toEqual([
      { alert: 'supervision_overdue', deadline: iso('2026-03-04 10:00'), unitId: t.fx.units.ENV, escalatedTo: null },
    ]);
    const env = await notifications('env', id);
    expect(env.map((n) => n.kind)).toEqual(['supervision_overdue']);
    expect(env[0].message).toContain('督办回复已超期');
  });
});

describe('extension (延期)', () => {
  it('approval shows the old and new deadline and resets the handling warning', async () => {
    const id = await dispatchedMonday('ENV');
    await step('2026-03-02 09:30', 'env', id, 'accept');
    await step('2026-03-06 09:10', 'env', id, 'extend', { days: 2, reason: '等待检测报告' });
    // The warning point (Fri 09:00) has passed while the extension is pending.
    await jobs('2026-03-06 09:30');
    expect((await alertEvents(id)).map((e) => e.payload)).toEqual([
      { alert: 'handle_warning', deadline: iso('2026-03-09 09:00'), unitId: t.fx.units.ENV, escalatedTo: null },
    ]);
    await step('2026-03-06 10:00', 'supervisor', id, 'review-extension', { approve: true, note: '同意' });
    const ticket = await get(id);
    // New deadline: 2 working days (900 min) after Mon 03-09 09:00: Mon 420, Tue 450, Wed 08:30 + 30.
    // New warning: 80% of the 7 working days (3150 min) since dispatch = 2520 min:
    // Mon 03-02 420, Tue–Fri 1800 → 300 left; Mon 03-09 210 → 90 left; 13:30 + 90 → 15:00.
    expect(ticket.events.find((e: EventView) => e.type === 'extension_approved').payload).toEqual({
      note: '同意',
      days: 2,
      oldDueBy: iso('2026-03-09 09:00'),
      newDueBy: iso('2026-03-11 09:00'),
      dueWarnAt: iso('2026-03-09 15:00'),
    });
    expect(ticket.dueBy).toBe(iso('2026-03-11 09:00'));
    expect(ticket.alerts).toEqual([]);
    // The old deadline passes without an overdue; the new warning comes at its own time, once.
    await jobs('2026-03-09 10:00');
    expect(await alertEvents(id)).toHaveLength(1);
    await Promise.all([jobs('2026-03-09 15:00'), jobs('2026-03-09 15:00')]);
    expect((await alertEvents(id)).map((e) => e.payload)).toEqual([
      { alert: 'handle_warning', deadline: iso('2026-03-09 09:00'), unitId: t.fx.units.ENV, escalatedTo: null },
      { alert: 'handle_warning', deadline: iso('2026-03-11 09:00'), unitId: t.fx.units.ENV, escalatedTo: null },
    ]);
  });

  it('an extension over the policy maximum (set through the API) is refused and changes nothing', async () => {
    const id = await dispatchedMonday('ENV');
    await step('2026-03-02 09:30', 'env', id, 'accept');
    await step('2026-03-03 09:00', 'env', id, 'extend', { days: 2, reason: '等待检测报告' });
    await step('2026-03-03 10:00', 'supervisor', id, 'review-extension', { approve: true });
    try {
      expect((await t.call('supervisor', 'PUT', '/api/v1/settings/policy', { maxExtensionDays: 3 })).status).toBe(403);
      const put = await t.call('admin', 'PUT', '/api/v1/settings/policy', { maxExtensionDays: 3 });
      expect(put.status).toBe(200);
      expect(put.body).toMatchObject({ maxExtensionDays: 3, maxReopens: 2, callbackDays: 1 });
      expect((await t.call('env', 'GET', '/api/v1/settings/policy')).body.maxExtensionDays).toBe(3);

      const before = await snapshot(t.database);
      // Already 2 days; 2 more would make 4 > 3.
      const tooLong = await at('2026-03-04 09:00', () => t.call('env', 'POST', `/api/v1/tickets/${id}/extend`, { days: 2, reason: '仍需检测' }));
      expect(tooLong.status).toBe(400);
      expect(tooLong.body.code).toBe('extension_too_long');
      expect(tooLong.body.detail).toContain('3');
      expect(await snapshot(t.database)).toEqual(before);
      // Exactly the maximum is allowed.
      await step('2026-03-04 09:00', 'env', id, 'extend', { days: 1, reason: '仍需检测' });
    } finally {
      await t.call('admin', 'PUT', '/api/v1/settings/policy', { maxExtensionDays: 15 });
    }
  });
});
