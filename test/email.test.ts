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

  it('a reply from the same address adds to the open ticket (补充诉求); the unit\'s answer is mailed back once', async () => {
    const [ticket] = await emailTickets();
    const sent = outbox.length;
    const receipt = outbox[0];
    // The citizen answers the receipt, quoting it.
    const followup = {
      from: 'Wang.Wu@example.com',
      to: ADDRESS,
      subject: `Re: ${receipt.subject}`,
      inReplyTo: receipt.messageId,
      references: [receipt.messageId!],
      messageId: '<followup-1@example.com>',
      text: '补充：昨晚十一点还在浇筑混凝土。\n\n在 2026年3月2日 写道：\n> 您发送的来信已受理',
    };
    const info = await client().sendMail(followup);
    expect(info.response).toContain(`已补充到工单 ${ticket.number}`);
    await client().sendMail(followup); // delivered twice
    expect(await emailTickets()).toHaveLength(1);
    const events = (await t.call('admin', 'GET', `/api/v1/tickets/${ticket.id}`)).body.events;
    expect(events.filter((e: { type: string }) => e.type === 'noted')).toEqual([
      expect.objectContaining({ payload: { content: '补充：昨晚十一点还在浇筑混凝土。', fromCitizen: true, unitId: null } }),
    ]);
    await expect.poll(() => outbox.length, { timeout: 10_000 }).toBe(sent + 1);
    expect(outbox.at(-1)!.subject).toContain(`补充情况已收到，工单编号 ${ticket.number}`);

    // Someone else naming the ticket's number is not the citizen: a ticket of their own.
    await client().sendMail({ from: 'other@example.com', to: ADDRESS, subject: `关于工单 ${ticket.number}`, messageId: '<other-1@example.com>', text: '我也想反映幸福路工地的问题。' });
    expect(await emailTickets()).toHaveLength(2);

    // The unit replies: the answer goes to the citizen by mail, in the thread, once.
    await t.call('dispatcher', 'POST', `/api/v1/tickets/${ticket.id}/dispatch`, { unitId: t.fx.units.ENV });
    await t.call('env', 'POST', `/api/v1/tickets/${ticket.id}/accept`, {});
    const reply = await t.call('env', 'POST', `/api/v1/tickets/${ticket.id}/reply`, { content: '经查，该工地已被责令停止夜间施工，并处罚款。' });
    expect(reply.status).toBe(200);
    await expect.poll(() => outbox.filter((m) => m.subject?.includes('办理结果答复')).length, { timeout: 10_000 }).toBe(1);
    const answer = outbox.find((m) => m.subject?.includes('办理结果答复'))!;
    expect(answer.to && !Array.isArray(answer.to) ? answer.to.value[0].address : null).toBe('wang.wu@example.com');
    expect(answer.subject).toContain(ticket.number);
    expect(answer.text).toContain('经查，该工地已被责令停止夜间施工，并处罚款。');
    expect(answer.inReplyTo).toBeTruthy();
    // Another change heard later mails nothing again.
    await t.call('env', 'POST', `/api/v1/tickets/${ticket.id}/note`, { content: '已归档' });
    await new Promise((r) => setTimeout(r, 500));
    expect(outbox.filter((m) => m.subject?.includes('办理结果答复'))).toHaveLength(1);
    // A mail about a finished ticket is a new request, not a note on a closed one.
    await t.call('callback', 'POST', `/api/v1/tickets/${ticket.id}/callback`, { reached: true, resolved: true, satisfaction: 'satisfied' });
    await client().sendMail({ from: 'Wang.Wu@example.com', to: ADDRESS, subject: `Re: 【12345】办理结果答复，工单编号 ${ticket.number}`, messageId: '<late-1@example.com>', text: '工地又开始夜间施工了。' });
    expect(await emailTickets()).toHaveLength(3);
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
  it('a refusal (不予受理) is an answer: mailed once, saying why and where to go instead', async () => {
    const info = await client().sendMail({
      from: 'Qian.Jiu@example.com',
      to: ADDRESS,
      subject: '申请公开道路拓宽征收补偿方案',
      messageId: '<disclosure-1@example.com>',
      text: '请提供建设路拓宽工程的征收补偿方案和评估报告原件，我的电话13900007777。',
    });
    const number = /工单 ?(\d{15})/.exec(info.response)?.[1] ?? (await emailTickets()).at(-1)!.number;
    const ticket = (await emailTickets()).find((x) => x.number === number)!;
    await expect.poll(() => outbox.filter((m) => m.subject?.includes(number)).length, { timeout: 10_000 }).toBe(1); // the receipt
    const refused = await t.call('agent', 'POST', `/api/v1/tickets/${ticket.id}/refuse`, { reason: 'disclosure', note: '已告知可向市自然资源和规划局申请，联系电话13900007777' });
    expect(refused.status, JSON.stringify(refused.body)).toBe(200);
    await expect.poll(() => outbox.filter((m) => m.subject?.includes('不予受理告知')).length, { timeout: 10_000 }).toBe(1);
    const mail = outbox.find((m) => m.subject?.includes('不予受理告知'))!;
    expect(mail.subject).toBe(`【12345】不予受理告知，工单编号 ${number}`);
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.value[0].address : null).toBe('qian.jiu@example.com');
    expect(mail.inReplyTo).toBeTruthy();
    // Written by hand: REFUSAL_LABELS.disclosure, the note (its phone masked, a full stop added), REFUSAL_GUIDANCE.disclosure.
    expect(mail.text).toContain(
      '经审核，您的诉求属于“政府信息公开申请”，12345 热线不予受理。已告知可向市自然资源和规划局申请，联系电话139****7777。请向有关行政机关申请政府信息公开（可通过其政府信息公开申请渠道提交）。',
    );
    expect(mail.text).not.toContain('13900007777');
    // Once: later passes of the listener mail nothing more.
    await new Promise((r) => setTimeout(r, 500));
    expect(outbox.filter((m) => m.subject?.includes('不予受理告知'))).toHaveLength(1);
    expect(outbox.filter((m) => m.subject?.includes(number))).toHaveLength(2);
  });
});
