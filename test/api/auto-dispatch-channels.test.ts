// 智能派单 on every channel: with automatic dispatch on and a confident model, a request that
// arrives through Open311 or by email is dispatched at once, like one registered by an agent.
// A category the citizen chose that the model disagrees with leaves it to a dispatcher.

import type { AddressInfo } from 'node:net';
import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmailChannel, type EmailChannel } from '../../src/channels/email.js';
import { createApiKey } from '../../src/store/apikeys.js';
import { testApp, type TestApp } from '../helpers.js';
import { registerHistory, trainActiveModel } from '../smart-fixture.js';

let t: TestApp;
let key: string;
let channel: EmailChannel;

const NOISE_TEXT = '东门街道工地每天夜里施工到凌晨，打桩机噪音太大，严重扰民';

beforeAll(async () => {
  t = await testApp();
  await registerHistory(t);
  await trainActiveModel(t);
  expect((await t.call('admin', 'PUT', '/api/v1/settings/auto-dispatch', { enabled: true, threshold: 0.6 })).status).toBe(200);
  key = (await createApiKey(t.database.db, { name: '城市App', scope: 'open311' })).key;
  channel = await startEmailChannel({ ctx: t.ctx, port: 0, host: '127.0.0.1', address: '12345@hotline.local', log: t.app.log });
});
afterAll(async () => {
  await channel?.close();
  await t?.close();
});

async function open311(serviceCode: string, description: string) {
  const res = await t.app.inject({
    method: 'POST',
    url: '/open311/v2/requests.json',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ api_key: key, service_code: serviceCode, description, address_string: '东城区东门街道建设路' }).toString(),
  });
  expect(res.statusCode, res.body).toBe(200);
  const number = JSON.parse(res.body)[0].service_request_id as string;
  return t.database.db.selectFrom('tickets').selectAll().where('number', '=', number).executeTakeFirstOrThrow();
}

describe('automatic dispatch beyond the agent’s screen', () => {
  it('an Open311 request in a category the model agrees with is dispatched, with the reason on its timeline', async () => {
    const row = await open311('ENV-NOISE-BUILD', NOISE_TEXT);
    expect(row).toMatchObject({ status: 'dispatched', unit_id: t.fx.units.ENV, category_id: t.fx.categories['ENV-NOISE-BUILD'] });
    const events = await t.database.db.selectFrom('ticket_events').select(['type', 'actor_id', 'payload']).where('ticket_id', '=', row.id).orderBy('seq').execute();
    expect(events.map((e) => e.type)).toEqual(['registered', 'dispatched']);
    expect(events[1].actor_id).toBeNull();
    expect(String((events[1].payload as { note: string }).note)).toContain('自动派单');
  });

  it('an Open311 request whose chosen category the model disagrees with waits for a dispatcher', async () => {
    const row = await open311('HR-WAGE-UNPAID', NOISE_TEXT);
    expect(row).toMatchObject({ status: 'registered', unit_id: null, category_id: t.fx.categories['HR-WAGE-UNPAID'] });
  });

  it('a mail (no category of its own) gets the confident category and is dispatched', async () => {
    const transport = nodemailer.createTransport({ host: '127.0.0.1', port: channel.port, secure: false, ignoreTLS: true });
    await transport.sendMail({ from: '市民 <citizen@example.com>', to: '12345@hotline.local', subject: '工地夜间施工噪音', text: NOISE_TEXT, messageId: '<auto-1@example.com>' });
    await expect
      .poll(() => t.database.db.selectFrom('tickets').selectAll().where('channel', '=', 'email').executeTakeFirst(), { timeout: 10_000 })
      .toMatchObject({ status: 'dispatched', unit_id: t.fx.units.ENV, category_id: t.fx.categories['ENV-NOISE-BUILD'] });
  });

  it('with automatic dispatch off, the same request is only registered', async () => {
    await t.call('admin', 'PUT', '/api/v1/settings/auto-dispatch', { enabled: false, threshold: 0.6 });
    const row = await open311('ENV-NOISE-BUILD', NOISE_TEXT);
    expect(row).toMatchObject({ status: 'registered', unit_id: null });
  });
});

describe('automatic dispatch stays within the ticket’s centre (分中心)', () => {
  it('a request on a sub-centre’s line keeps the confident category but waits for the sub-centre’s dispatcher', async () => {
    expect((await t.call('admin', 'PUT', '/api/v1/settings/auto-dispatch', { enabled: true, threshold: 0.6 })).status).toBe(200);
    const db = t.database.db;
    const sub = await db.insertInto('units').values({ code: 'SUB-ENV', name: '测试市环境分中心', kind: 'department', parent_id: t.fx.units.CENTER, is_centre: true }).returning('id').executeTakeFirstOrThrow();
    await db.insertInto('lines').values({ number: '12369', name: '环保热线', category_id: null, unit_id: sub.id, mode: 'sub_centre' }).execute();
    t.ctx.ref.invalidate();
    const res = await t.call('agent', 'POST', '/api/v1/tickets', { channel: 'phone', type: 'complaint', content: NOISE_TEXT, line: '12369' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    // ENV, where the model would send it, is not in the sub-centre's tree: no automatic dispatch.
    expect(res.body).toMatchObject({ status: 'registered', unitId: null, centreId: sub.id, categoryId: t.fx.categories['ENV-NOISE-BUILD'] });
    // The same words to the root centre are dispatched at once.
    const root = await t.call('agent', 'POST', '/api/v1/tickets', { channel: 'phone', type: 'complaint', content: NOISE_TEXT });
    expect(root.body).toMatchObject({ status: 'dispatched', unitId: t.fx.units.ENV, centreId: t.fx.units.CENTER });
  });
});
