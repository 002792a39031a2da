// `npm run bench -- --only webhooks`: webhook deliveries per second from the sender
// (src/channels/webhooks.ts) to a receiver on this machine that answers 200 at once, on each
// engine: tickets registered in-process, fanned out by the webhooks listener, then one timed pass
// of the sender (claim FOR UPDATE SKIP LOCKED, sign, POST, record) until nothing is due.

import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { buildApp } from '../src/api/app.js';
import { deliverDueWebhooks } from '../src/channels/webhooks.js';
import { loadDemoData } from '../src/demo/load.js';
import { openDatabase, type Database } from '../src/store/db.js';
import { migrateToLatest } from '../src/store/migrations.js';
import { seedReferenceData } from '../src/store/reference.js';
import { scratchDatabase } from './common.js';

async function benchOne(label: string, database: Database, tickets: number): Promise<void> {
  await migrateToLatest(database.db);
  await seedReferenceData(database.db);
  const { credentials } = await loadDemoData(database.db, { tickets: 0 });
  let received = 0;
  const receiver = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      received++;
      res.writeHead(200).end('ok');
    });
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
  const { app, ctx } = await buildApp({ database });
  try {
    const login = async (u: string) =>
      JSON.parse((await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: u, password: credentials.find((c) => c.username === u)!.password } })).body).token;
    const admin = await login('admin');
    const agent = await login('agent');
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
    const sub = await app.inject({ method: 'POST', url: '/api/v1/webhooks', headers: { authorization: `Bearer ${admin}` }, payload: { url, secret: 'bench-secret-0123456789' } });
    if (sub.statusCode !== 201) throw new Error(`subscribe: ${sub.statusCode} ${sub.body}`);
    for (let i = 0; i < tickets; i++) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/tickets',
        headers: { authorization: `Bearer ${agent}` },
        payload: { channel: 'phone', type: 'complaint', content: `第 ${i} 件：小区门口道路破损，晚上容易摔倒。`, caller: { name: '张三', phone: '13812345678' } },
      });
      if (res.statusCode !== 201) throw new Error(`register: ${res.statusCode} ${res.body}`);
    }
    await ctx.listeners.settle(60_000);
    const pending = await database.db.selectFrom('webhook_deliveries').select((eb) => eb.fn.countAll<string>().as('n')).where('status', '=', 'pending').executeTakeFirstOrThrow();
    const t0 = performance.now();
    const pass = await deliverDueWebhooks(ctx);
    const secs = (performance.now() - t0) / 1000;
    console.log(
      `[webhooks] ${label}: ${pass.delivered} of ${pending.n} deliveries in ${secs.toFixed(2)} s = ${(pass.delivered / secs).toFixed(0)}/s (receiver got ${received}; failed ${pass.failed})`,
    );
  } finally {
    await app.close();
    await new Promise<void>((r) => receiver.close(() => r()));
  }
}

export async function benchWebhooks(opts: { tickets: number; url: string }): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hotline-bench-webhooks-'));
  try {
    const database = await openDatabase({ dataDir: dir });
    try {
      await benchOne('pglite', database, opts.tickets);
    } finally {
      await database.close();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const scratch = await scratchDatabase(opts.url, 'webhooks');
  if (!scratch) return;
  try {
    const database = await openDatabase({ url: scratch.url, poolSize: 8 });
    try {
      await benchOne('postgres', database, opts.tickets);
    } finally {
      await database.close();
    }
  } finally {
    await scratch.admin.query(`DROP DATABASE IF EXISTS ${scratch.name} WITH (FORCE)`);
    await scratch.admin.end();
  }
}
