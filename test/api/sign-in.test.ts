// Signing in, as an attacker would try it (issue 14): throttled per user name and per client
// address, every failure and lock in the audit log; passwords that are too short, common or
// hold the user name are refused wherever a password is set; a revoked session ends at once.
//
// The rule, by hand: 10 failures within 15 minutes lock the key; the attempt after them (the
// right password included) is a 429 with Retry-After; locks in a row last 1, 2, 4 … minutes
// (capped at an hour), counted again from 1 after a quiet day.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../src/store/users.js';
import { PASSWORD, snapshot, testApp, type TestApp } from '../helpers.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => t?.close());

// The server's clock, moved by the tests: later than the fixture's sign-ins (real time), on a whole minute.
const T0 = new Date(Math.ceil((Date.now() + 365 * 86_400_000) / 60_000) * 60_000);
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

/** A sign-in from a given client address. */
async function login(username: string, password: string, ip: string) {
  const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password }, remoteAddress: ip });
  return { status: res.statusCode, headers: res.headers, body: res.json() };
}

/** Every attempt from an address of its own, so that only the user name is counted. */
let n = 0;
const freshIp = () => `10.1.${Math.floor(++n / 250)}.${n % 250}`;

const throttle = (key: string) => t.database.db.selectFrom('sign_in_throttle').selectAll().where('key', '=', key).executeTakeFirst();
const auditOf = async (action: string, filter: (d: Record<string, unknown>) => boolean) => {
  const rows = await t.database.db.selectFrom('audit_log').selectAll().where('action', '=', action).orderBy('id').execute();
  return rows.filter((r) => filter(r.detail));
};
const userId = async (username: string) => (await t.database.db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id;

describe('sign-in throttling', () => {
  it('10 wrong passwords, then the right one: 429 problem+json with Retry-After, until the lock passes', async () => {
    t.setNow(at(0));
    for (let i = 0; i < 10; i++) {
      const res = await login('agent', `wrong guess number ${i}`, freshIp());
      expect(res.status).toBe(401);
      expect(res.body.code).toBe('invalid_credentials');
    }
    const locked = await login('agent', PASSWORD, freshIp());
    expect(locked.status).toBe(429);
    expect(locked.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(locked.headers['retry-after']).toBe('60'); // the first lock: 1 minute
    expect(locked.body).toMatchObject({ status: 429, code: 'too_many_attempts' });
    expect(locked.body.detail).toBe('登录失败次数过多，请 1 分钟后再试');
    expect(locked.body.token).toBeUndefined();

    // 59 s later still locked, for the right password too; Retry-After counts down.
    t.setNow(at(59));
    const still = await login('agent', PASSWORD, freshIp());
    expect(still.status).toBe(429);
    expect(still.headers['retry-after']).toBe('1');
    // A minute after the lock: the right password works, and the user name's counter is cleared.
    t.setNow(at(60));
    const ok = await login('agent', PASSWORD, freshIp());
    expect(ok.status).toBe(200);
    expect(ok.body.token).toEqual(expect.any(String));
    expect(await throttle('user:agent')).toMatchObject({ failures: 0, locked_until: null, locks: 1 });

    // In the audit log: ten failures with the reason, the lock, the two refused while locked.
    const id = await userId('agent');
    const failures = await auditOf('auth.login_failed', (d) => d.username === 'agent');
    expect(failures.map((f) => f.detail.reason)).toEqual([...Array(10).fill('wrong_password'), 'locked', 'locked']);
    for (const f of failures) {
      expect(f.user_id).toBe(id);
      expect(f.detail.ip).toMatch(/^10\.1\./);
    }
    const locks = await auditOf('auth.locked', (d) => d.key === 'user:agent');
    expect(locks).toHaveLength(1);
    expect(locks[0].user_id).toBe(id);
    expect(locks[0].detail).toEqual({ key: 'user:agent', until: at(60).toISOString(), locks: 1 });
    t.setNow(null);
  });

  it('counts failures only within 15 minutes', async () => {
    t.setNow(at(0));
    for (let i = 0; i < 9; i++) expect((await login('analyst', 'not the password', freshIp())).status).toBe(401);
    // 15 minutes later the window has passed: nine more are still only failures.
    t.setNow(at(15 * 60));
    for (let i = 0; i < 9; i++) expect((await login('analyst', 'not the password', freshIp())).status).toBe(401);
    expect((await login('analyst', PASSWORD, freshIp())).status).toBe(200);
    t.setNow(null);
  });

  it('a success clears the user name counter', async () => {
    t.setNow(at(0));
    for (let i = 0; i < 9; i++) expect((await login('hr', 'not the password', freshIp())).status).toBe(401);
    expect((await login('hr', PASSWORD, freshIp())).status).toBe(200);
    // Ten more failures are needed for a lock, not one.
    for (let i = 0; i < 10; i++) expect((await login('hr', 'not the password', freshIp())).status).toBe(401);
    expect((await login('hr', PASSWORD, freshIp())).status).toBe(429);
    t.setNow(null);
  });

  it('throttles a client address across user names, and only that address', async () => {
    t.setNow(at(0));
    const ip = '203.0.113.7';
    const names = ['nobody1', 'nobody2', 'dispatcher', 'nobody3', 'supervisor', 'nobody4', 'nobody5', 'street1', 'nobody6', 'nobody7'];
    for (const name of names) expect((await login(name, 'a wrong password', ip)).status).toBe(401);
    // The eleventh from this address, the right password of a user whose name was never tried.
    const refused = await login('district', PASSWORD, ip);
    expect(refused.status).toBe(429);
    expect(refused.headers['retry-after']).toBe('60');
    // The same user from another address is fine: the address was locked, not the names.
    expect((await login('district', PASSWORD, '203.0.113.8')).status).toBe(200);
    expect((await login('dispatcher', PASSWORD, '203.0.113.8')).status).toBe(200);

    const failures = await auditOf('auth.login_failed', (d) => d.ip === ip);
    expect(failures).toHaveLength(11);
    // Unknown names are logged with no user; known ones with theirs.
    expect(failures.find((f) => f.detail.username === 'nobody1')).toMatchObject({ user_id: null, detail: { reason: 'unknown_user' } });
    expect(failures.find((f) => f.detail.username === 'dispatcher')).toMatchObject({ user_id: await userId('dispatcher'), detail: { reason: 'wrong_password' } });
    expect(failures.at(-1)).toMatchObject({ detail: { username: 'district', reason: 'locked' } });
    const locks = await auditOf('auth.locked', (d) => d.key === `addr:${ip}`);
    expect(locks.map((l) => l.detail)).toEqual([{ key: `addr:${ip}`, until: at(60).toISOString(), locks: 1 }]);
    expect(locks[0].user_id).toBeNull();
    t.setNow(null);
  });

  it('many successes from one address (an office behind one NAT) lock nothing', async () => {
    t.setNow(at(0));
    const ip = '198.51.100.20';
    for (let i = 0; i < 3; i++) expect((await login('callback', 'a wrong password', ip)).status).toBe(401);
    for (let i = 0; i < 15; i++) expect((await login(['env', 'street2', 'admin'][i % 3], PASSWORD, ip)).status).toBe(200);
    expect(await throttle(`addr:${ip}`)).toMatchObject({ failures: 3, locked_until: null });
    t.setNow(null);
  });

  it('each lock in a row lasts twice as long; after a quiet day it starts again at a minute', async () => {
    const lockOnce = async (start: number) => {
      t.setNow(at(start));
      for (let i = 0; i < 10; i++) expect((await login('street2', 'a wrong password', freshIp())).status).toBe(401);
      const res = await login('street2', PASSWORD, freshIp());
      expect(res.status).toBe(429);
      return Number(res.headers['retry-after']);
    };
    const base = 3600; // an hour after the other tests' attempts
    expect(await lockOnce(base)).toBe(60);
    expect(await lockOnce(base + 60)).toBe(120);
    expect(await lockOnce(base + 60 + 120)).toBe(240);
    expect(await lockOnce(base + 60 + 120 + 240)).toBe(480);
    expect((await throttle('user:street2'))?.locks).toBe(4);
    // The 429's detail says the minutes, rounded up.
    t.setNow(at(base + 420 + 1));
    expect((await login('street2', PASSWORD, freshIp())).body.detail).toBe('登录失败次数过多，请 8 分钟后再试');
    // A day without an attempt: the next lock is a minute again.
    const quiet = base + 420 + 480 + 24 * 3600;
    expect(await lockOnce(quiet)).toBe(60);
    expect((await throttle('user:street2'))?.locks).toBe(1);
    t.setNow(null);
  });

  it('caps a lock at an hour', async () => {
    // Locks in a row: 1, 2, 4, 8, 16, 32 minutes, then 60, 60.
    const expected = [60, 120, 240, 480, 960, 1920, 3600, 3600];
    let start = 10 * 86400;
    for (const seconds of expected) {
      t.setNow(at(start));
      for (let i = 0; i < 10; i++) await login('nobody-at-all', 'a wrong password', freshIp());
      const res = await login('nobody-at-all', 'a wrong password', freshIp());
      expect(res.status).toBe(429);
      expect(Number(res.headers['retry-after'])).toBe(seconds);
      start += seconds;
    }
    t.setNow(null);
  });

  it('a locked attempt checks no password: it is refused as locked and counts nothing', async () => {
    t.setNow(at(20 * 86400));
    for (let i = 0; i < 10; i++) await login('env', 'a wrong password', freshIp());
    expect((await login('env', PASSWORD, freshIp())).status).toBe(429);
    const before = await throttle('user:env');
    const sessions = async () => Number((await t.database.db.selectFrom('sessions').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    const sessionsBefore = await sessions();
    const started = performance.now();
    for (let i = 0; i < 20; i++) expect((await login('env', PASSWORD, freshIp())).status).toBe(429);
    const elapsed = performance.now() - started;
    let hashed = performance.now();
    for (let i = 0; i < 5; i++) await hashPassword(PASSWORD);
    hashed = (performance.now() - hashed) / 5;
    // Refused before the password is hashed: the audit reason is 'locked' (never wrong_password),
    // nothing is counted, no session opened.
    const refusals = (await auditOf('auth.login_failed', (d) => d.username === 'env')).slice(-21);
    expect(refusals.map((r) => r.detail.reason)).toEqual(Array(21).fill('locked'));
    expect(await throttle('user:env')).toEqual(before);
    expect(await sessions()).toBe(sessionsBefore);
    // And cheaply: twenty refusals take less time than ten password hashes.
    expect(elapsed).toBeLessThan(10 * hashed);
    t.setNow(null);
  });

  it('20 parallel wrong attempts: only 10 are checked, the rest are refused, one lock', async () => {
    t.setNow(at(30 * 86400));
    const ip = '192.0.2.55';
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => login('supervisor', `parallel guess ${i}`, ip)));
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([...Array(10).fill(401), ...Array(10).fill(429)]);
    for (const key of ['user:supervisor', `addr:${ip}`]) {
      const row = await throttle(key);
      expect(row).toMatchObject({ failures: 10, locks: 1 });
      expect(row?.locked_until?.toISOString()).toBe(at(30 * 86400 + 60).toISOString());
    }
    const checked = await auditOf('auth.login_failed', (d) => d.ip === ip && d.reason === 'wrong_password');
    expect(checked).toHaveLength(10);
    const locks = await auditOf('auth.locked', (d) => d.key === 'user:supervisor' || d.key === `addr:${ip}`);
    expect(locks.filter((l) => l.detail.until === at(30 * 86400 + 60).toISOString())).toHaveLength(2);
    t.setNow(null);
  });
});

describe('passwords', () => {
  const users = () => t.database.db.selectFrom('users').selectAll().orderBy('id').execute();
  const weak: [string, string, RegExp][] = [
    ['password', 'newadmin', /至少 10 个字符/],
    ['short1!', 'newadmin', /至少 10 个字符/],
    ['password1234', 'newadmin', /容易被猜到/],
    ['1234567890', 'newadmin', /容易被猜到/],
    ['qwertyuiop', 'newadmin', /容易被猜到/],
    ['iloveyou123', 'newadmin', /容易被猜到/],
    ['wangwei-strong-words', 'wangwei', /用户名/],
  ];

  it('refuses a weak password for a new user: 400 weak_password, and nothing changes', async () => {
    const before = [await snapshot(t.database), JSON.stringify(await users())];
    for (const [password, username, why] of weak) {
      const res = await t.call('admin', 'POST', '/api/v1/users', { username, password, role: 'admin' });
      expect(res.status, password).toBe(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body.code).toBe('weak_password');
      expect(res.body.detail).toMatch(why);
    }
    expect([await snapshot(t.database), JSON.stringify(await users())]).toEqual(before);
    // 'password' for an admin, as the issue reproduced it.
    const res = await t.call('admin', 'POST', '/api/v1/users', { username: 'admin2', password: 'password', role: 'admin' });
    expect(res.body).toMatchObject({ status: 400, code: 'weak_password', detail: '密码至少 10 个字符' });
  });

  it('accepts a long, uncommon password', async () => {
    const res = await t.call('admin', 'POST', '/api/v1/users', { username: 'wangwei', password: 'plum kettle orbit 42', role: 'agent' });
    expect(res.status).toBe(201);
    expect((await login('wangwei', 'plum kettle orbit 42', freshIp())).status).toBe(200);
  });

  it('refuses a weak password on reset, keeping the old one', async () => {
    const id = await userId('wangwei');
    const before = JSON.stringify(await users());
    for (const [password, , why] of weak) {
      const res = await t.call('admin', 'POST', `/api/v1/users/${id}/password`, { password });
      expect(res.status, password).toBe(400);
      expect(res.body.code).toBe('weak_password');
      expect(res.body.detail).toMatch(why);
    }
    expect(JSON.stringify(await users())).toBe(before);
    expect((await login('wangwei', 'plum kettle orbit 42', freshIp())).status).toBe(200);
    expect((await t.call('admin', 'POST', `/api/v1/users/${id}/password`, { password: 'violet harbour tandem' })).status).toBe(204);
    expect((await login('wangwei', 'violet harbour tandem', freshIp())).status).toBe(200);
  });
});

describe('revocation takes effect on the very next request', () => {
  const session = async (username: string) => (await login(username, PASSWORD, freshIp())).body.token as string;
  const me = async (token: string) => (await t.call(null, 'GET', '/api/v1/auth/me', undefined, { authorization: `Bearer ${token}` })).status;

  it('signing out', async () => {
    const token = await session('callback');
    expect(await me(token)).toBe(200);
    expect((await t.call(null, 'POST', '/api/v1/auth/logout', undefined, { authorization: `Bearer ${token}` })).status).toBe(204);
    expect(await me(token)).toBe(401);
  });

  it('a session ended elsewhere (another process, or the database)', async () => {
    const token = await session('callback');
    expect(await me(token)).toBe(200);
    await t.database.db.deleteFrom('sessions').where('user_id', '=', await userId('callback')).execute();
    expect(await me(token)).toBe(401);
  });

  it('disabling a user ends all their sessions', async () => {
    const [one, two] = [await session('street1'), await session('street1')];
    expect(await me(one)).toBe(200);
    expect(await me(two)).toBe(200);
    const id = await userId('street1');
    expect((await t.call('admin', 'PUT', `/api/v1/users/${id}`, { active: false })).status).toBe(200);
    expect(await me(one)).toBe(401);
    expect(await me(two)).toBe(401);
    const left = await t.database.db.selectFrom('sessions').select('token_hash').where('user_id', '=', id).execute();
    expect(left).toEqual([]);
    // Nor can they sign in again (logged as an inactive account).
    expect((await login('street1', PASSWORD, freshIp())).status).toBe(401);
    expect((await auditOf('auth.login_failed', (d) => d.username === 'street1')).at(-1)?.detail.reason).toBe('inactive');
  });

  it('requests at once (checked together) each get their own session’s answer', async () => {
    const [kept, ended, other] = [await session('agent'), await session('agent'), await session('dispatcher')];
    expect((await t.call(null, 'POST', '/api/v1/auth/logout', undefined, { authorization: `Bearer ${ended}` })).status).toBe(204);
    const who = async (token: string) => {
      const res = await t.call(null, 'GET', '/api/v1/auth/me', undefined, { authorization: `Bearer ${token}` });
      return res.status === 200 ? (res.body.username as string) : res.status;
    };
    const tokens = Array.from({ length: 30 }, (_, i) => [kept, ended, other, 'not-a-token', kept][i % 5]);
    const answers = await Promise.all(tokens.map(who));
    expect(answers).toEqual(tokens.map((tk) => ({ [kept]: 'agent', [other]: 'dispatcher' } as Record<string, string>)[tk] ?? 401));
  });

  it('changing a role', async () => {
    const token = await session('analyst');
    expect(await me(token)).toBe(200);
    expect((await t.call('admin', 'PUT', `/api/v1/users/${await userId('analyst')}`, { role: 'supervisor' })).status).toBe(200);
    expect(await me(token)).toBe(401);
    const again = await session('analyst');
    expect((await t.call(null, 'GET', '/api/v1/auth/me', undefined, { authorization: `Bearer ${again}` })).body.role).toBe('supervisor');
  });
});
