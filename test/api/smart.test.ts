// Smart dispatch, hot topics and reply quality through the API, trained on tickets this test writes.

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snapshot, testApp, type TestApp } from '../helpers.js';
import { NOISE, registerHistory, trainActiveModel, WAGES } from '../smart-fixture.js';

let t: TestApp;

beforeAll(async () => {
  t = await testApp();
  await registerHistory(t);
});
afterAll(async () => {
  await t?.close();
});

describe('classify', () => {
  it('answers with no suggestion before any model is trained', async () => {
    const res = await t.call('agent', 'POST', '/api/v1/classify', { content: '工地夜间施工噪音' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ modelVersion: null, categories: [], unit: null });
  });

  it('after training on closed tickets, suggests the category, the unit from the catalogue, and why', async () => {
    const { docs, saved } = await trainActiveModel(t);
    expect(docs).toHaveLength(16);
    expect(saved.version).toBe(1);

    // The catalogue says: construction noise in the district goes to its street office.
    const put = await t.call('admin', 'PUT', '/api/v1/dispatch-catalogue', {
      categoryId: t.fx.categories['ENV-NOISE-BUILD'],
      districtId: t.fx.units.DIST,
      unitId: t.fx.units['DIST-1'],
    });
    expect(put.status).toBe(200);
    expect((await t.call('agent', 'PUT', '/api/v1/dispatch-catalogue', put.body)).status).toBe(403);

    // A paraphrase the model has not seen, in the district.
    const res = await t.call('dispatcher', 'POST', '/api/v1/classify', { content: '东城区这边晚上有人在工地施工，声音吵得孩子睡不着觉' });
    expect(res.status).toBe(200);
    expect(res.body.modelVersion).toBe(1);
    expect(res.body.categories[0]).toMatchObject({ categoryId: t.fx.categories['ENV-NOISE-BUILD'], name: '施工噪声' });
    const total = res.body.categories.reduce((n: number, c: { probability: number }) => n + c.probability, 0);
    expect(total).toBeLessThanOrEqual(1.001);
    expect(res.body.categories[0].probability).toBeGreaterThan(0.5);
    expect(res.body.districtId).toBe(t.fx.units.DIST);
    expect(res.body.unit).toMatchObject({ unitId: t.fx.units['DIST-1'], via: 'catalogue_district' });
    expect(res.body.why.length).toBeGreaterThan(0);

    // Elsewhere, the category's own lead unit.
    const wages = await t.call('dispatcher', 'POST', '/api/v1/classify', { content: '老板拖欠了我们好几个月的工资' });
    expect(wages.body.categories[0].name).toBe('拖欠工资');
    expect(wages.body.unit).toMatchObject({ unitId: t.fx.units.HR, via: 'category_lead' });

    const models = await t.call('admin', 'GET', '/api/v1/models');
    expect(models.body.items[0]).toMatchObject({ version: 1, trainingSize: 16, active: true });
  });

  it('refuses bad input and unknown references', async () => {
    expect((await t.call('agent', 'POST', '/api/v1/classify', { content: '' })).status).toBe(400);
    expect((await t.call(null, 'POST', '/api/v1/classify', { content: '噪音' })).status).toBe(401);
    const bad = await t.call('admin', 'PUT', '/api/v1/dispatch-catalogue', { categoryId: 999_999, unitId: t.fx.units.ENV });
    expect(bad.body.code).toBe('unknown_category');
    const center = await t.call('admin', 'PUT', '/api/v1/dispatch-catalogue', { categoryId: t.fx.categories['HR-WAGE'], unitId: t.fx.units.CENTER });
    expect(center.body.code).toBe('unknown_unit');
  });
});

describe('automatic dispatch', () => {
  it('dispatches a confidently classified request at registration once an admin turns it on', async () => {
    const paraphrase = { channel: 'phone', type: 'complaint', content: '东城区有个工地深夜施工，噪音吵得居民睡不着' };
    // Off by default: registered, waiting for a dispatcher.
    expect((await t.call('agent', 'POST', '/api/v1/tickets', paraphrase)).body.status).toBe('registered');
    expect((await t.call('dispatcher', 'PUT', '/api/v1/settings/auto-dispatch', { enabled: true, threshold: 0.6 })).status).toBe(403);
    expect((await t.call('admin', 'PUT', '/api/v1/settings/auto-dispatch', { enabled: true, threshold: 0.6 })).status).toBe(200);
    const auto = await t.call('agent', 'POST', '/api/v1/tickets', paraphrase);
    expect(auto.status).toBe(201);
    expect(auto.body).toMatchObject({ status: 'dispatched', unitId: t.fx.units['DIST-1'], categoryId: t.fx.categories['ENV-NOISE-BUILD'] });
    const timeline = (await t.call('admin', 'GET', `/api/v1/tickets/${auto.body.id}`)).body.events;
    expect(timeline[1]).toMatchObject({ type: 'dispatched', actor: { role: 'system' } });
    expect(timeline[1].payload.note).toContain('自动派单');
    // Not for emergencies, and not below the threshold.
    expect((await t.call('agent', 'POST', '/api/v1/tickets', { ...paraphrase, priority: 'emergency' })).body.status).toBe('registered');
    await t.call('admin', 'PUT', '/api/v1/settings/auto-dispatch', { enabled: true, threshold: 0.999 });
    expect((await t.call('agent', 'POST', '/api/v1/tickets', paraphrase)).body.status).toBe('registered');
    await t.call('admin', 'PUT', '/api/v1/settings/auto-dispatch', { enabled: false, threshold: 0.9 });
  });
});

describe('reply quality', () => {
  it('scores a reply when it is sent, and before, with reasons', async () => {
    const { body } = await t.call('agent', 'POST', '/api/v1/tickets', { channel: 'phone', type: 'complaint', content: '建设路工地夜间施工噪音扰民，凌晨两点还在打桩。' });
    await t.call('dispatcher', 'POST', `/api/v1/tickets/${body.id}/dispatch`, { unitId: t.fx.units.ENV });
    const accepted = await t.call('env', 'POST', `/api/v1/tickets/${body.id}/accept`);
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    const poor = await t.call('env', 'POST', `/api/v1/tickets/${body.id}/reply-quality`, { content: '您好，已收悉。' });
    expect(poor.status).toBe(200);
    expect(poor.body.grade).toBe('poor');
    expect(poor.body.reasons.length).toBeGreaterThan(0);
    const good = '您好！经核实，建设路工地确有夜间施工打桩的情况。我局已于次日约谈施工单位，责令其停止夜间（22时至次日6时）施工，并处以罚款。目前工地已按要求整改，夜间未再施工。如再发现，请拨打12345反映。';
    const preview = await t.call('env', 'POST', `/api/v1/tickets/${body.id}/reply-quality`, { content: good });
    expect(preview.body.score).toBeGreaterThan(poor.body.score);
    const sent = await t.call('env', 'POST', `/api/v1/tickets/${body.id}/reply`, { content: good });
    expect(sent.status, JSON.stringify(sent.body)).toBe(200);
    expect(sent.body.replyScore).toBe(preview.body.score);
    const ticket = await t.call('callback', 'GET', `/api/v1/tickets/${body.id}`);
    const replied = ticket.body.events.find((e: { type: string }) => e.type === 'replied');
    expect(replied.payload.quality).toMatchObject({ score: preview.body.score, grade: preview.body.grade });
    // Another unit cannot even preview on it.
    expect((await t.call('hr', 'POST', `/api/v1/tickets/${body.id}/reply-quality`, { content: good })).status).toBe(404);
    // A supervisor can send a poor reply back (重办).
    expect((await t.call('supervisor', 'POST', `/api/v1/tickets/${body.id}/reopen`, { reason: '答复未说明处理结果' })).body.status).toBe('handling');
  });
});

describe('hot topics', () => {
  it('groups requests about the same place and problem, and keeps others apart', async () => {
    const same = [
      '望江路菜市场门口的垃圾站臭气熏天，夏天苍蝇很多',
      '望江路菜市场旁边垃圾站太臭了，希望尽快清理',
      '望江路菜市场垃圾站臭味严重，影响周边居民',
    ];
    for (const [i, content] of same.entries()) {
      await t.call('agent', 'POST', '/api/v1/tickets', { channel: 'phone', type: 'complaint', content, caller: { phone: `1380000000${i}` } });
    }
    await t.call('agent', 'POST', '/api/v1/tickets', { channel: 'phone', type: 'complaint', content: '滨河路公园的路灯坏了好几盏', caller: { phone: '13900000009' } });
    const res = await t.call('supervisor', 'GET', '/api/v1/hot-topics');
    expect(res.status).toBe(200);
    const topic = res.body.items.find((x: { label: string }) => x.label.includes('垃圾'));
    expect(topic).toBeTruthy();
    expect(topic.size).toBe(3);
    expect(topic.callers).toBe(3);
    expect(topic.label).toContain('望江路');
    expect(res.body.items.some((x: { label: string }) => x.label.includes('路灯'))).toBe(false);
    expect((await t.call('env', 'GET', '/api/v1/hot-topics')).status).toBe(403);
  });
});

describe('hotline eval', () => {
  it('prints per-label scores, a confusion matrix, and a JSON last line', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hotline-eval-'));
    const file = path.join(dir, 'set.jsonl');
    const rows = [...NOISE.map((body) => ({ title: '', body, label: '噪音' })), ...WAGES.map((body) => ({ title: '', body, label: '工资' }))];
    fs.writeFileSync(file, rows.map((r) => JSON.stringify(r)).join('\n'));
    const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
    const out = await new Promise<{ code: number | null; stdout: string }>((resolve) => {
      const child = spawn(process.execPath, [path.join(root, 'bin/hotline.js'), 'eval', '--cv', '4', file], { cwd: root, env: { ...process.env, DATABASE_URL: '' } });
      let stdout = '';
      child.stdout.on('data', (d) => (stdout += d));
      child.on('close', (code) => resolve({ code, stdout }));
    });
    fs.rmSync(dir, { recursive: true, force: true });
    expect(out.code).toBe(0);
    const lines = out.stdout.trim().split('\n');
    const last = JSON.parse(lines.at(-1) as string);
    expect(last.n).toBe(16);
    // The confusion matrix ('N. label' rows: the truth, 8 messages each; column N the same label
    // predicted) gives the accuracy by hand: its diagonal over n.
    const matrix = [...out.stdout.matchAll(/^(\d+)\. (\S+)((?:[ \t]+\d+)+)[ \t]*$/gm)].map((m) => ({
      i: Number(m[1]) - 1, label: m[2], counts: m[3].trim().split(/\s+/).map(Number),
    }));
    expect(matrix.map((r) => r.label).sort()).toEqual(['噪音', '工资'].sort());
    for (const row of matrix) {
      expect(row.counts, row.label).toHaveLength(2);
      expect(row.counts.reduce((a, b) => a + b, 0), row.label).toBe(8);
    }
    const right = matrix.reduce((sum, row) => sum + row.counts[row.i], 0);
    expect(last.accuracy).toBeCloseTo(right / 16, 4);
    expect(last.macro_f1).toBeGreaterThan(0.6);
    expect(out.stdout).toContain('混淆矩阵');
    expect(out.stdout).toMatch(/噪音\s+[\d.]+\s+[\d.]+\s+[\d.]+\s+8/);
  }, 120_000);
});

describe('retraining from the console', () => {
  it('an admin retrains in a worker while serving goes on; the new version serves at once; an earlier one can be put back', async () => {
    const count = async () => (await t.call('admin', 'GET', '/api/v1/models')).body.total as number;
    const before = await count();
    // The top level alone has too few closed tickets here: refused, nothing saved.
    const everything = await snapshot(t.database);
    const few = await t.call('admin', 'POST', '/api/v1/models/train', { level: 1 });
    expect(few.status).toBe(422);
    expect(few.body.code).toBe('not_enough_tickets');
    expect(await count()).toBe(before);
    expect((await t.call('admin', 'POST', '/api/v1/models/train', { level: 'root' })).status).toBe(400);
    expect((await t.call('dispatcher', 'POST', '/api/v1/models/train', {})).status).toBe(403);
    expect(await snapshot(t.database)).toEqual(everything);

    await registerHistory(t); // twice the history: enough at the top level too
    const done: string[] = [];
    const [trained, during] = await Promise.all([
      t.call('admin', 'POST', '/api/v1/models/train', { level: 1 }).then((r) => (done.push('train'), r)),
      t.call('agent', 'POST', '/api/v1/classify', { content: '工地夜里施工太吵了' }).then((r) => (done.push('classify'), r)),
    ]);
    // The request that came in while training was answered first, by the model then active.
    expect(done).toEqual(['classify', 'train']);
    expect(during.body.modelVersion).toBe(before);
    expect(trained.status, JSON.stringify(trained.body)).toBe(200);
    expect(trained.body).toMatchObject({ version: before + 1, trainingSize: 32, labels: 2 });
    const now = await t.call('agent', 'POST', '/api/v1/classify', { content: '工地夜里施工太吵了' });
    expect(now.body.modelVersion).toBe(before + 1);
    expect(now.body.categories[0].name).toBe('环境保护');

    // Back to the earlier version (回退).
    expect((await t.call('dispatcher', 'POST', `/api/v1/models/${before}/activate`)).status).toBe(403);
    expect((await t.call('admin', 'POST', '/api/v1/models/999/activate')).status).toBe(404);
    expect((await t.call('admin', 'POST', `/api/v1/models/${before}/activate`)).status).toBe(200);
    const back = await t.call('agent', 'POST', '/api/v1/classify', { content: '工地夜里施工太吵了' });
    expect(back.body.modelVersion).toBe(before);
    const models = (await t.call('admin', 'GET', '/api/v1/models')).body.items as { version: number; active: boolean }[];
    expect(models.filter((m) => m.active).map((m) => m.version)).toEqual([before]);
    const log = (await t.call('admin', 'GET', '/api/v1/audit-log?action=model.')).body.items.map((e: { action: string }) => e.action);
    expect(log).toEqual(['model.activate', 'model.train']);
  });
});
