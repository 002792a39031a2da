// The ticket page's 通话 section in a real browser: a phone ticket shows the call it was
// registered on — the agent, the masked number, how long they talked — and its recording plays
// in place from the telephony system's own server (a receiver this test starts: the console's
// content security policy must let media from there through). An analyst, who may not hear
// recordings, gets no section and no refused request.

import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../src/store/apikeys.js';
import { launchBrowser, signIn, watchedPage, webApp, type WebApp } from './browser.js';

let web: WebApp;
let browser: Browser;
let key: string;
let recordings: http.Server;
let recordingBase: string;
const fetched: string[] = [];

/** Half a second of silence as a WAV file (8 kHz, 8-bit mono): a recording the browser can load. */
function silentWav(): Buffer {
  const samples = 4000;
  const b = Buffer.alloc(44 + samples);
  b.write('RIFF', 0);
  b.writeUInt32LE(36 + samples, 4);
  b.write('WAVEfmt ', 8);
  b.writeUInt32LE(16, 16);
  b.writeUInt16LE(1, 20); // PCM
  b.writeUInt16LE(1, 22); // mono
  b.writeUInt32LE(8000, 24);
  b.writeUInt32LE(8000, 28);
  b.writeUInt16LE(1, 32);
  b.writeUInt16LE(8, 34);
  b.write('data', 36);
  b.writeUInt32LE(samples, 40);
  b.fill(128, 44);
  return b;
}

beforeAll(async () => {
  [web, browser] = await Promise.all([webApp(), launchBrowser()]);
  key = (await createApiKey(web.database.db, { name: '呼叫中心', scope: 'telephony' })).key;
  const wav = silentWav();
  recordings = http.createServer((req, res) => {
    fetched.push(req.url ?? '');
    res.writeHead(200, { 'content-type': 'audio/wav', 'content-length': wav.length });
    res.end(wav);
  });
  await new Promise<void>((r) => recordings.listen(0, '127.0.0.1', r));
  recordingBase = `http://127.0.0.1:${(recordings.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await browser?.close();
  await web?.close();
  await new Promise((r) => recordings?.close(r));
});

const event = (callId: string, body: Record<string, unknown>) => web.call(null, 'POST', `/api/v1/telephony/calls/${callId}/events`, body, { 'x-api-key': key });

describe('the ticket page: 通话', () => {
  it('shows the call a phone ticket came in on, and plays its recording from the telephony server', async () => {
    expect((await event('tc-1', { state: 'queued', caller: '13811112222', line: '12345' })).status).toBe(200);
    expect((await event('tc-1', { state: 'answered', agentUsername: 'agent' })).status).toBe(200);
    const created = await web.call('agent', 'POST', '/api/v1/tickets', { channel: 'phone', type: 'help', content: '单元楼门禁坏了，进不去家门。', caller: { phone: '13811112222' } });
    expect(created.status).toBe(201);
    const id = created.body.id as number;
    const ended = await event('tc-1', { state: 'ended', recordingUrl: `${recordingBase}/rec/tc-1.wav` });
    expect(ended.body.ticketIds).toEqual([id]);

    const w = await watchedPage(browser, 'ticket-calls');
    await signIn(w, web.base, 'supervisor', '/dashboard');
    const page = w.page;
    await page.goto(`${web.base}/tickets/${id}`);
    const section = page.getByTestId('ticket-calls');
    await expect.poll(() => section.textContent()).toContain('坐席');
    const text = (await section.textContent())!;
    expect(text).toContain('138****2222');
    expect(text).not.toContain('13811112222');
    expect(text).toContain('已结束');
    const audio = section.locator('audio');
    expect(await audio.getAttribute('src')).toBe(`${recordingBase}/rec/tc-1.wav`);
    // The recording loads (a content security policy without media from the telephony's server would refuse it).
    await audio.evaluate((a: HTMLAudioElement) => a.load());
    await expect.poll(() => audio.evaluate((a: HTMLAudioElement) => a.readyState), { timeout: 15_000 }).toBeGreaterThanOrEqual(1);
    expect(fetched).toContain('/rec/tc-1.wav');
    expect(await audio.evaluate((a: HTMLAudioElement) => a.duration)).toBeCloseTo(0.5, 1);
    await w.shot('ticket-calls');
    expect(w.problems).toEqual([]);
    await page.context().close();

    // An analyst sees the ticket but no calls section, and asks for nothing refused.
    const a = await watchedPage(browser, 'ticket-calls');
    await signIn(a, web.base, 'analyst', '/dashboard');
    await a.page.goto(`${web.base}/tickets/${id}`);
    await a.page.getByTestId('sms-messages').waitFor();
    expect(await a.page.getByTestId('ticket-calls').count()).toBe(0);
    expect(a.problems).toEqual([]);
    await a.page.context().close();
  }, 120_000);
});
