// The email channel over real SMTP: a message sent with nodemailer to the listener becomes a
// ticket on channel 'email' with its attachments and the sender as the contact; the receipt
// carrying the ticket number goes out over SMTP too (to a sink server standing in for the
// city's mail server).

import type { AddressInfo } from 'node:net';
import nodemailer from 'nodemailer';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmailChannel, type EmailChannel } from '../src/channels/email.js';
import { testApp, type TestApp } from './helpers.js';

const ADDRESS = '12345@hotline.local';
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

let t: TestApp;
let channel: EmailChannel;
let sink: SMTPServer;
const outbox: ParsedMail[] = [];

beforeAll(async () => {
  t = await testApp();
  sink = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onData(stream, _s, cb) {
      simpleParser(stream).then((m) => {
        outbox.push(m);
        cb();
      }, cb);
    },
  });
  await new Promise<void>((resolve) => sink.listen(0, '127.0.0.1', () => resolve()));
  const sinkPort = (sink.server.address() as AddressInfo).port;
  channel = await startEmailChannel({
    ctx: t.ctx,
    port: 0,
    host: '127.0.0.1',
    address: ADDRESS,
    log: t.app.log,
    maxBytes: 256 * 1024,
    out: `smtp://127.0.0.1:${sinkPort}?ignoreTLS=true`,
  });
});
afterAll(async () => {
  await channel?.close();
  await new Promise<void>((resolve) => (sink ? sink.close(() => resolve()) : resolve()));
  await t?.close();
});

const client = () => nodemailer.createTransport({ host: '127.0.0.1', port: channel.port, secure: false, ignoreTLS: true });

const emailTickets = () => t.database.db.selectFrom('tickets').selectAll().where('channel', '=', 'email').orderBy('id').execute();

describe('email channel', () => {
  it('turns a real SMTP message into a registered ticket, keeps the attachments, answers with the number', async () => {
    const messageId = '<complaint-1@example.com>';
    const info = await client().sendMail({
      from: '王五 <Wang.Wu@example.com>',
      to: ADDRESS,
      subject: '投诉：工地夜间施工噪声',
      messageId,
      text: '东城区幸福路工地每天夜里施工到凌晨两点，噪声很大，请尽快处理。我的电话13812345678。',
      attachments: [
        { filename: '现场.png', content: PNG, contentType: 'image/png' },
        { filename: '说明.txt', content: '附件说明', contentType: 'text/plain' },
      ],
    });
    expect(info.accepted).toEqual([ADDRESS]);
    expect(info.response).toMatch(/^250 .*工单 \d{15}/);

    const [ticket] = await emailTickets();
    expect(ticket).toMatchObject({ channel: 'email', status: 'registered', type: 'complaint', title: '投诉：工地夜间施工噪声', caller_phone: null, caller_name: '王五', created_by: null });
    expect(ticket.content).toContain('噪声很大');
    expect(ticket.district_id).toBe(t.fx.units.DIST);
    const contact = await t.database.db.selectFrom('email_messages').selectAll().where('ticket_id', '=', ticket.id).executeTakeFirstOrThrow();
    expect(contact).toMatchObject({ from_address: 'wang.wu@example.com', from_name: '王五', message_id: messageId });
    const files = await t.database.db.selectFrom('attachments').selectAll().where('ticket_id', '=', ticket.id).orderBy('id').execute();
    expect(files.map((f) => [f.source, f.filename, f.content_type])).toEqual([
      ['email', '现场.png', 'image/png'],
      ['email', '说明.txt', 'text/plain'],
    ]);
    expect(Buffer.from(files[0].data).equals(PNG)).toBe(true);

    // The receipt reaches the sender over SMTP, carrying the ticket number.
    await expect.poll(() => outbox.length, { timeout: 10_000 }).toBe(1);
    const receipt = outbox[0];
    expect(receipt.to && !Array.isArray(receipt.to) ? receipt.to.value[0].address : null).toBe('wang.wu@example.com');
    expect(receipt.subject).toContain(ticket.number);
    expect(receipt.text).toContain(ticket.number);
    expect(receipt.inReplyTo).toBe(messageId);
    expect(receipt.headers.get('auto-submitted')).toBe('auto-replied');
    await expect
      .poll(async () => (await t.database.db.selectFrom('email_messages').select('replied_at').where('ticket_id', '=', ticket.id).executeTakeFirstOrThrow()).replied_at)
      .not.toBeNull();

    // Staff see the mail's details masked, and its attachments; a non-image is a download.
    const mail = await t.call('agent', 'GET', `/api/v1/tickets/${ticket.id}/email`);
    expect(mail.body).toMatchObject({ from: 'w******@example.com', fromName: '王*', subject: '投诉：工地夜间施工噪声' });
    const list = await t.call('agent', 'GET', `/api/v1/tickets/${ticket.id}/attachments`);
    expect(list.body.items).toHaveLength(2);
    const txt = await t.app.inject({ method: 'GET', url: list.body.items[1].url, headers: { authorization: `Bearer ${t.tokens.agent}` } });
    expect(txt.headers['content-type']).toBe('application/octet-stream');
    expect(String(txt.headers['content-disposition'])).toMatch(/^attachment;/);

    // The same message delivered again is the same ticket.
    await client().sendMail({ from: 'Wang.Wu@example.com', to: ADDRESS, subject: '投诉：工地夜间施工噪声', messageId, text: '东城区幸福路工地每天夜里施工。' });
    expect(await emailTickets()).toHaveLength(1);
  });

  it('accepts mail only for the hotline address, within the size limit; drops automatic mail', async () => {
    const before = (await emailTickets()).length;
    await expect(client().sendMail({ from: 'a@example.com', to: 'someone@hotline.local', subject: '咨询', text: '请问办事时间？' })).rejects.toThrow(/550/);
    await expect(
      client().sendMail({ from: 'a@example.com', to: ADDRESS, subject: '咨询', text: '大附件', attachments: [{ filename: 'big.bin', content: Buffer.alloc(400 * 1024, 7) }] }),
    ).rejects.toThrow(/552/);
    await client().sendMail({ from: 'vacation@example.com', to: ADDRESS, subject: 'Out of office', text: 'I am away.', headers: { 'Auto-Submitted': 'auto-replied' } });
    expect(await emailTickets()).toHaveLength(before);
    const files = await t.database.db.selectFrom('attachments').select('id').where('source', '=', 'email').execute();
    expect(files).toHaveLength(2);
  });
});
