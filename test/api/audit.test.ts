// Every admin change is in the audit log (issue 14): who, what, before → after, written in the
// same transaction as the change. A refused change (bad input, a role without the right, an
// unknown id) writes no row and changes nothing. The audit log's filters. KB drafts belong to
// their author's unit (and the units above it) and the admins who review them.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snapshot, testApp, type TestApp } from '../helpers.js';

let t: TestApp;
const uid: Record<string, number> = {};

type Row = { id: string; user_id: number | null; action: string; ticket_id: number | null; detail: Record<string, unknown> };
type Table = 'users' | 'time_limit_rules' | 'calendar_years' | 'settings' | 'dispatch_catalogue' | 'kb_articles' | 'kb_article_versions';

const auditRows = async (): Promise<Row[]> => (await t.database.db.selectFrom('audit_log').selectAll().orderBy('id').execute()) as Row[];
const dump = async (table: Table) => JSON.stringify(await t.database.db.selectFrom(table).selectAll().execute().then((rows) => rows.map((r) => JSON.stringify(r)).sort()));

/** Runs a change that must succeed and returns the audit rows it wrote. */
async function change(user: string, method: string, url: string, body?: unknown, headers?: Record<string, string>) {
  const before = (await auditRows()).length;
  const res = await t.call(user, method, url, body, headers);
  expect(res.status, `${method} ${url}: ${JSON.stringify(res.body)}`).toBeLessThan(300);
  return { res, rows: (await auditRows()).slice(before) };
}

/** A single audit row of the expected action and actor; its detail. */
async function audited(user: string, method: string, url: string, body: unknown, action: string, headers?: Record<string, string>) {
  const { res, rows } = await change(user, method, url, body, headers);
  expect(rows.map((r) => [r.action, r.user_id, r.ticket_id])).toEqual([[action, uid[user], null]]);
  return { res, detail: rows[0].detail };
}

/** A refused request: the status expected, no audit row, and none of the tables changed. */
async function refused(status: number, user: string, method: string, url: string, body: unknown, tables: Table[], headers?: Record<string, string>) {
  const before = { all: await snapshot(t.database), audit: JSON.stringify(await auditRows()), tables: await Promise.all(tables.map(dump)) };
  const res = await t.call(user, method, url, body, headers);
  expect(res.status, `${user} ${method} ${url} ${JSON.stringify(body)}: ${JSON.stringify(res.body)}`).toBe(status);
  expect(JSON.stringify(await auditRows())).toBe(before.audit);
  expect(await Promise.all(tables.map(dump))).toEqual(before.tables);
  expect(await snapshot(t.database)).toEqual(before.all); // every table of the schema
  return res;
}

beforeAll(async () => {
  t = await testApp();
  for (const u of await t.database.db.selectFrom('users').select(['id', 'username']).execute()) uid[u.username] = u.id;
});
afterAll(async () => {
  await t?.close();
});

describe('users', () => {
  const password = 'Lantern-harbour-7291-qz';
  it('user.create: the account as created, never the password or its hash', async () => {
    const { res, detail } = await audited('admin', 'POST', '/api/v1/users', { username: 'nanmen', password, role: 'unit_handler', unitId: t.fx.units['DIST-1'], displayName: '李街道' }, 'user.create');
    expect(detail).toEqual({ after: { id: res.body.id, username: 'nanmen', displayName: '李街道', role: 'unit_handler', unitId: t.fx.units['DIST-1'], active: true } });
    const hash = (await t.database.db.selectFrom('users').select('password_hash').where('id', '=', res.body.id).executeTakeFirstOrThrow()).password_hash;
    const text = JSON.stringify(await auditRows());
    expect(text).not.toContain(password);
    expect(text).not.toContain(hash);
    expect(JSON.stringify(detail).toLowerCase()).not.toContain('password');
  });

  it('a refused account writes nothing', async () => {
    const body = { username: 'beimen', password, role: 'agent' };
    await refused(403, 'dispatcher', 'POST', '/api/v1/users', body, ['users']);
    await refused(403, 'env', 'POST', '/api/v1/users', body, ['users']);
    await refused(400, 'admin', 'POST', '/api/v1/users', { ...body, role: 'boss' }, ['users']);
    await refused(400, 'admin', 'POST', '/api/v1/users', { ...body, role: 'unit_handler' }, ['users']);
    await refused(400, 'admin', 'POST', '/api/v1/users', { ...body, unitId: 99999999 }, ['users']);
    await refused(409, 'admin', 'POST', '/api/v1/users', { ...body, username: 'agent' }, ['users']);
  });
});

describe('time-limit rules', () => {
  let id: number;
  it('time_limit_rule.create, .update, .delete with the rule before and after', async () => {
    const cat = t.fx.categories.HR;
    const created = await audited('admin', 'POST', '/api/v1/time-limit-rules', { type: 'complaint', categoryId: cat, handleLimit: { amount: 3, unit: 'working_days' } }, 'time_limit_rule.create');
    id = created.res.body.id;
    expect(created.detail).toEqual({ after: { id, type: 'complaint', categoryId: cat, priority: null, acceptLimit: null, handleLimit: { amount: 3, unit: 'working_days' } } });

    const updated = await audited(
      'admin', 'PUT', `/api/v1/time-limit-rules/${id}`,
      { type: 'complaint', categoryId: cat, priority: 'urgent', acceptLimit: { amount: 30, unit: 'clock_hours' }, handleLimit: { amount: 2, unit: 'working_days' } },
      'time_limit_rule.update',
    );
    expect(updated.detail).toEqual({
      before: { id, type: 'complaint', categoryId: cat, priority: null, acceptLimit: null, handleLimit: { amount: 3, unit: 'working_days' } },
      after: { id, type: 'complaint', categoryId: cat, priority: 'urgent', acceptLimit: { amount: 30, unit: 'clock_hours' }, handleLimit: { amount: 2, unit: 'working_days' } },
    });
  });

  it('refused: a negative limit, no limit, an unknown category, a non-admin, an unknown rule', async () => {
    const rule = { type: 'complaint', handleLimit: { amount: 2, unit: 'working_days' } };
    await refused(400, 'admin', 'PUT', `/api/v1/time-limit-rules/${id}`, { ...rule, handleLimit: { amount: -3, unit: 'working_days' } }, ['time_limit_rules']);
    await refused(400, 'admin', 'POST', '/api/v1/time-limit-rules', { type: 'complaint' }, ['time_limit_rules']);
    await refused(400, 'admin', 'POST', '/api/v1/time-limit-rules', { ...rule, categoryId: 99999999 }, ['time_limit_rules']);
    await refused(403, 'supervisor', 'POST', '/api/v1/time-limit-rules', rule, ['time_limit_rules']);
    await refused(403, 'dispatcher', 'PUT', `/api/v1/time-limit-rules/${id}`, rule, ['time_limit_rules']);
    await refused(403, 'env', 'DELETE', `/api/v1/time-limit-rules/${id}`, undefined, ['time_limit_rules']);
    await refused(404, 'admin', 'PUT', '/api/v1/time-limit-rules/99999999', rule, ['time_limit_rules']);
    await refused(404, 'admin', 'DELETE', '/api/v1/time-limit-rules/99999999', undefined, ['time_limit_rules']);
  });

  it('delete keeps the rule as it was', async () => {
    const { detail } = await audited('admin', 'DELETE', `/api/v1/time-limit-rules/${id}`, undefined, 'time_limit_rule.delete');
    expect(detail).toEqual({
      before: { id, type: 'complaint', categoryId: t.fx.categories.HR, priority: 'urgent', acceptLimit: { amount: 30, unit: 'clock_hours' }, handleLimit: { amount: 2, unit: 'working_days' } },
    });
  });
});

describe('calendar', () => {
  const text = { 'content-type': 'text/plain; charset=utf-8' };
  it('calendar.update: the year, holiday and workday counts before and after, and the days that changed', async () => {
    const first = await audited('admin', 'PUT', '/api/v1/calendar/2031', '2031-01-01 休\n2031-01-02 休\n2031-01-05 班\n', 'calendar.update', text);
    expect(first.detail).toEqual({
      year: 2031,
      before: null,
      after: { holidays: 2, workdays: 1 },
      holidaysAdded: ['2031-01-01', '2031-01-02'],
      holidaysRemoved: [],
      workdaysAdded: ['2031-01-05'],
      workdaysRemoved: [],
    });
    const second = await audited('admin', 'PUT', '/api/v1/calendar/2031', { holidays: ['2031-01-01', '2031-10-01'], workdays: [] }, 'calendar.update');
    expect(second.detail).toEqual({
      year: 2031,
      before: { holidays: 2, workdays: 1 },
      after: { holidays: 2, workdays: 0 },
      holidaysAdded: ['2031-10-01'],
      holidaysRemoved: ['2031-01-02'],
      workdaysAdded: [],
      workdaysRemoved: ['2031-01-05'],
    });
  });

  it('refused: an impossible date, another year, a non-admin', async () => {
    await refused(400, 'admin', 'PUT', '/api/v1/calendar/2031', '2031-02-30 休\n', ['calendar_years'], text);
    await refused(400, 'admin', 'PUT', '/api/v1/calendar/2031', '2032-01-01 休\n', ['calendar_years'], text);
    await refused(403, 'dispatcher', 'PUT', '/api/v1/calendar/2031', '2031-05-01 休\n', ['calendar_years'], text);
  });
});

describe('settings', () => {
  const defaults = { maxReopens: 2, reopenWindowDays: 30, maxExtensionDays: 15, maxCallbackAttempts: 3, callbackDays: 1, superviseReplyDays: { notice: 3, urge: 1 }, warnFraction: 0.8, minRankingSample: 10, dispatchMinutes: 120 }; // 派单时限: 2 working hours
  it('settings.policy: the whole policy before and after', async () => {
    const { detail } = await audited('admin', 'PUT', '/api/v1/settings/policy', { maxReopens: 3, warnFraction: 0.75 }, 'settings.policy');
    expect(detail).toEqual({ before: defaults, after: { ...defaults, maxReopens: 3, warnFraction: 0.75 } });
    const again = await audited('admin', 'PUT', '/api/v1/settings/policy', { callbackDays: 2 }, 'settings.policy');
    expect(again.detail).toEqual({ before: { ...defaults, maxReopens: 3, warnFraction: 0.75 }, after: { ...defaults, maxReopens: 3, warnFraction: 0.75, callbackDays: 2 } });
  });

  it('settings.auto_dispatch: before and after', async () => {
    const { detail } = await audited('admin', 'PUT', '/api/v1/settings/auto-dispatch', { enabled: true, threshold: 0.95 }, 'settings.auto_dispatch');
    expect(detail).toEqual({ before: { enabled: false, threshold: 0.9 }, after: { enabled: true, threshold: 0.95 } });
  });

  it('refused settings write nothing', async () => {
    await refused(400, 'admin', 'PUT', '/api/v1/settings/policy', { maxReopens: 99 }, ['settings']);
    await refused(400, 'admin', 'PUT', '/api/v1/settings/policy', { warnFraction: 'high' }, ['settings']);
    await refused(403, 'analyst', 'PUT', '/api/v1/settings/policy', { maxReopens: 1 }, ['settings']);
    await refused(400, 'admin', 'PUT', '/api/v1/settings/auto-dispatch', { enabled: true, threshold: 2 }, ['settings']);
    await refused(400, 'admin', 'PUT', '/api/v1/settings/auto-dispatch', { threshold: 0.9 }, ['settings']);
    await refused(403, 'dispatcher', 'PUT', '/api/v1/settings/auto-dispatch', { enabled: true, threshold: 0.9 }, ['settings']);
  });
});

describe('dispatch catalogue', () => {
  it('catalogue.update (new, then replaced) and catalogue.delete', async () => {
    const { categories: c, units: u } = t.fx;
    const first = await audited('admin', 'PUT', '/api/v1/dispatch-catalogue', { categoryId: c['ENV-NOISE-BUILD'], districtId: u.DIST, unitId: u['DIST-1'] }, 'catalogue.update');
    const [e1] = (await t.call('admin', 'GET', '/api/v1/dispatch-catalogue')).body.items;
    expect(first.detail).toEqual({ before: null, after: { id: e1.id, categoryId: c['ENV-NOISE-BUILD'], districtId: u.DIST, unitId: u['DIST-1'] } });

    const second = await audited('admin', 'PUT', '/api/v1/dispatch-catalogue', { categoryId: c['ENV-NOISE-BUILD'], districtId: u.DIST, unitId: u['DIST-2'] }, 'catalogue.update');
    const [e2] = (await t.call('admin', 'GET', '/api/v1/dispatch-catalogue')).body.items;
    expect(second.detail).toEqual({
      before: { id: e1.id, categoryId: c['ENV-NOISE-BUILD'], districtId: u.DIST, unitId: u['DIST-1'] },
      after: { id: e2.id, categoryId: c['ENV-NOISE-BUILD'], districtId: u.DIST, unitId: u['DIST-2'] },
    });

    await refused(400, 'admin', 'PUT', '/api/v1/dispatch-catalogue', { categoryId: c.ENV, unitId: u.CENTER }, ['dispatch_catalogue']);
    await refused(400, 'admin', 'PUT', '/api/v1/dispatch-catalogue', { categoryId: c.ENV, districtId: u.ENV, unitId: u.ENV }, ['dispatch_catalogue']);
    await refused(400, 'admin', 'PUT', '/api/v1/dispatch-catalogue', { categoryId: 99999999, unitId: u.ENV }, ['dispatch_catalogue']);
    await refused(403, 'dispatcher', 'PUT', '/api/v1/dispatch-catalogue', { categoryId: c.ENV, unitId: u.ENV }, ['dispatch_catalogue']);
    await refused(403, 'dispatcher', 'DELETE', `/api/v1/dispatch-catalogue/${e2.id}`, undefined, ['dispatch_catalogue']);
    await refused(404, 'admin', 'DELETE', '/api/v1/dispatch-catalogue/99999999', undefined, ['dispatch_catalogue']);

    const deleted = await audited('admin', 'DELETE', `/api/v1/dispatch-catalogue/${e2.id}`, undefined, 'catalogue.delete');
    expect(deleted.detail).toEqual({ before: { id: e2.id, categoryId: c['ENV-NOISE-BUILD'], districtId: u.DIST, unitId: u['DIST-2'] } });
  });
});

describe('knowledge base', () => {
  const article = (extra: Record<string, unknown> = {}) => ({ title: '噪声投诉须知', body: '夜间施工噪声可拨打12345投诉。', status: 'draft', ...extra });
  const kept = { categoryId: null, unitIds: [], effectiveFrom: null, expiresOn: null, source: null };
  let id: number;

  it('an admin’s draft is kb.create; publishing kb.publish; an edit kb.update; archiving kb.archive', async () => {
    const created = await audited('admin', 'POST', '/api/v1/kb/articles', article(), 'kb.create');
    id = created.res.body.id;
    expect(created.detail).toEqual({ articleId: id, after: { title: '噪声投诉须知', body: '夜间施工噪声可拨打12345投诉。', ...kept, status: 'draft', version: 1 } });

    const published = await audited('admin', 'PUT', `/api/v1/kb/articles/${id}`, article({ status: 'published' }), 'kb.publish');
    expect(published.detail).toEqual({
      articleId: id,
      before: { title: '噪声投诉须知', body: '夜间施工噪声可拨打12345投诉。', ...kept, status: 'draft', version: 1 },
      after: { title: '噪声投诉须知', body: '夜间施工噪声可拨打12345投诉。', ...kept, status: 'published', version: 2 },
    });

    const edited = await audited('admin', 'PUT', `/api/v1/kb/articles/${id}`, article({ status: 'published', title: '夜间施工噪声投诉须知' }), 'kb.update');
    expect(edited.detail).toMatchObject({ before: { title: '噪声投诉须知', version: 2 }, after: { title: '夜间施工噪声投诉须知', status: 'published', version: 3 } });

    const archived = await audited('admin', 'PUT', `/api/v1/kb/articles/${id}`, article({ status: 'archived', title: '夜间施工噪声投诉须知' }), 'kb.archive');
    expect(archived.detail).toMatchObject({ before: { status: 'published', version: 3 }, after: { status: 'archived', version: 4 } });

    // Published at once on creation; a long text is cut short in the log (the versions keep it whole).
    const long = '长'.repeat(500);
    const direct = await audited('admin', 'POST', '/api/v1/kb/articles', article({ title: '农民工工资投诉', body: long, status: 'published' }), 'kb.publish');
    expect(direct.detail).toEqual({ articleId: direct.res.body.id, after: { title: '农民工工资投诉', body: `${'长'.repeat(120)}…`, ...kept, status: 'published', version: 1 } });
  });

  it('a unit’s draft and proposal are not admin changes; the admin’s approval (kb.approve) and rejection (kb.reject) are', async () => {
    const { rows } = await change('env', 'POST', '/api/v1/kb/articles', article({ title: '环境噪声（草稿）' }));
    expect(rows).toEqual([]);
    const pub = (await t.call('admin', 'POST', '/api/v1/kb/articles', article({ title: '新生儿医保参保', body: '三个月内办理。', status: 'published' }))).body;
    const good = await change('env', 'POST', `/api/v1/kb/articles/${pub.id}/proposals`, { ...article({ title: '新生儿医保参保', body: '六个月内办理。', status: 'published' }), note: '期限延长' });
    expect(good.rows).toEqual([]);
    const bad = (await t.call('env', 'POST', `/api/v1/kb/articles/${pub.id}/proposals`, article({ title: '错误修改', body: '无需办理。', status: 'published' }))).body;

    const approved = await audited('admin', 'POST', `/api/v1/kb/proposals/${good.res.body.id}/review`, { approve: true }, 'kb.approve');
    expect(approved.detail).toEqual({
      articleId: pub.id,
      proposalId: good.res.body.id,
      proposedBy: uid.env,
      note: '期限延长',
      before: { title: '新生儿医保参保', body: '三个月内办理。', ...kept, status: 'published', version: 1 },
      after: { title: '新生儿医保参保', body: '六个月内办理。', ...kept, status: 'published', version: 2 },
    });
    const rejected = await audited('admin', 'POST', `/api/v1/kb/proposals/${bad.id}/review`, { approve: false }, 'kb.reject');
    expect(rejected.detail).toEqual({
      articleId: pub.id,
      proposalId: bad.id,
      proposedBy: uid.env,
      note: null,
      title: '新生儿医保参保',
      proposal: { title: '错误修改', body: '无需办理。', ...kept, status: 'published', version: null },
    });
  });

  it('refused KB changes write nothing', async () => {
    const kb: Table[] = ['kb_articles', 'kb_article_versions'];
    await refused(403, 'env', 'PUT', `/api/v1/kb/articles/${id}`, article({ status: 'published' }), kb);
    await refused(403, 'env', 'POST', '/api/v1/kb/articles', article({ status: 'published' }), kb);
    await refused(400, 'admin', 'PUT', `/api/v1/kb/articles/${id}`, article({ status: 'live' }), kb);
    await refused(404, 'admin', 'PUT', '/api/v1/kb/articles/99999999', article(), kb);
    await refused(404, 'admin', 'POST', '/api/v1/kb/proposals/99999999/review', { approve: true }, kb);
    await refused(403, 'env', 'POST', '/api/v1/kb/proposals/1/review', { approve: true }, kb);
  });
});

describe('KB drafts belong to their author’s unit', () => {
  const draft = (title: string) => ({ title, body: `${title}：扬尘治理的办理流程。`, status: 'draft' });
  const listed = async (user: string, extra = '') => ((await t.call(user, 'GET', `/api/v1/kb/articles?pageSize=100${extra}`)).body.items as { id: number }[]).map((a) => a.id);
  let envDraft: number;
  let streetDraft: number;

  beforeAll(async () => {
    envDraft = (await t.call('env', 'POST', '/api/v1/kb/articles', draft('生态环境局扬尘草稿'))).body.id;
    streetDraft = (await t.call('street1', 'POST', '/api/v1/kb/articles', draft('东门街道扬尘草稿'))).body.id;
  });

  it('another unit’s handler gets 404 and never sees it in a list or a search', async () => {
    for (const user of ['hr', 'district', 'street1', 'street2']) {
      expect((await t.call(user, 'GET', `/api/v1/kb/articles/${envDraft}`)).status, user).toBe(404);
      expect(await listed(user), user).not.toContain(envDraft);
      expect(await listed(user, '&status=draft'), user).not.toContain(envDraft);
      expect(await listed(user, `&q=${encodeURIComponent('扬尘')}`), user).not.toContain(envDraft);
      // Nor can it propose a change to what it cannot see.
      const res = await t.call(user, 'POST', `/api/v1/kb/articles/${envDraft}/proposals`, draft('改一改'));
      expect(res.status, user).toBe(404);
    }
    for (const user of ['hr', 'env', 'street2']) {
      expect((await t.call(user, 'GET', `/api/v1/kb/articles/${streetDraft}`)).status, user).toBe(404);
      expect(await listed(user, `&q=${encodeURIComponent('扬尘')}`), user).not.toContain(streetDraft);
    }
    // The centre's other roles find only published articles.
    for (const user of ['agent', 'dispatcher', 'supervisor', 'analyst']) {
      expect((await t.call(user, 'GET', `/api/v1/kb/articles/${envDraft}`)).status, user).toBe(404);
      expect(await listed(user, '&status=draft'), user).toEqual(expect.not.arrayContaining([envDraft, streetDraft]));
    }
  });

  it('its own unit, the units above it and the admins see it', async () => {
    expect((await t.call('env', 'GET', `/api/v1/kb/articles/${envDraft}`)).status).toBe(200);
    expect(await listed('env', '&status=draft')).toContain(envDraft);
    // A street's draft is its district's too.
    for (const user of ['street1', 'district']) {
      expect((await t.call(user, 'GET', `/api/v1/kb/articles/${streetDraft}`)).status, user).toBe(200);
      expect(await listed(user, `&q=${encodeURIComponent('扬尘')}`), user).toEqual([streetDraft]);
    }
    expect((await t.call('admin', 'GET', `/api/v1/kb/articles/${envDraft}`)).status).toBe(200);
    expect(await listed('admin', '&status=draft')).toEqual(expect.arrayContaining([envDraft, streetDraft]));
  });

  it('a proposal on a published article is seen by its unit and the admins, not by another unit', async () => {
    const pub = (await t.call('admin', 'POST', '/api/v1/kb/articles', { ...draft('扬尘投诉渠道'), status: 'published' })).body.id;
    const p = (await t.call('env', 'POST', `/api/v1/kb/articles/${pub}/proposals`, { ...draft('扬尘投诉渠道'), body: '扬尘投诉可拨打12369。', status: 'published' })).body.id;
    const versions = async (user: string) => ((await t.call(user, 'GET', `/api/v1/kb/articles/${pub}`)).body.versions as { id: number }[]).map((v) => v.id);
    expect(await versions('env')).toContain(p);
    expect(await versions('admin')).toContain(p);
    expect(await versions('hr')).not.toContain(p);
    expect((await versions('hr')).length).toBe(1);
  });
});

describe('the audit log', () => {
  it('filters by areas (action prefixes), by who and by date; admins only; bad dates are a 400', async () => {
    const all = (await t.call('admin', 'GET', '/api/v1/audit-log?pageSize=200')).body;
    expect(all.total).toBe((await auditRows()).length);
    const rules = (await t.call('admin', 'GET', '/api/v1/audit-log?action=time_limit_rule.&pageSize=200')).body;
    expect(rules.items.map((e: { action: string }) => e.action)).toEqual(['time_limit_rule.delete', 'time_limit_rule.update', 'time_limit_rule.create']);
    expect(rules.items[0].username).toBe('admin');
    const settings = (await t.call('admin', 'GET', `/api/v1/audit-log?action=${encodeURIComponent('settings.policy,settings.auto_dispatch')}`)).body;
    expect(settings.items.map((e: { action: string }) => e.action)).toEqual(['settings.auto_dispatch', 'settings.policy', 'settings.policy']);
    // Only the admin changed anything here.
    expect((await t.call('admin', 'GET', `/api/v1/audit-log?userId=${uid.admin}`)).body.total).toBe(all.total);
    expect((await t.call('admin', 'GET', `/api/v1/audit-log?userId=${uid.env}`)).body.total).toBe(0);
    // By date (Asia/Shanghai days, both ends included).
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    expect((await t.call('admin', 'GET', `/api/v1/audit-log?from=${today}&to=${today}`)).body.total).toBe(all.total);
    expect((await t.call('admin', 'GET', '/api/v1/audit-log?from=2020-01-01&to=2020-12-31')).body.total).toBe(0);
    for (const q of ['from=2026-13-01', 'to=2026-02-30', 'from=2026-05-02&to=2026-05-01', 'userId=abc', 'userId=0']) {
      const res = await t.call('admin', 'GET', `/api/v1/audit-log?${q}`);
      expect(res.status, q).toBe(400);
      expect(res.headers['content-type'], q).toMatch(/problem\+json/);
    }
    for (const user of ['agent', 'dispatcher', 'env', 'analyst']) expect((await t.call(user, 'GET', '/api/v1/audit-log')).status, user).toBe(403);
  });
});
