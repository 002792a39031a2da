// A big city's peak day, compressed (issue 20): 80,000 contacts in a day with a surge hour at 4×
// the day's mean hourly rate, replayed open-loop (each operation at its time, whether or not the
// server has answered the ones before) against a running server: registrations, and for most
// contacts dispatch, accept, reply and callback minutes to hours later; searches and dashboard
// reads; and live-update subscribers (GET /api/v1/events) connected all along.
//
// Two knobs: `scale`, the share of the day's contacts replayed (1 = all 80,000), and `speed`, how
// many times the real surge rate the surge hour runs at (10 by default, the target). Time
// is compressed by speed / scale, so the surge hour's requests per second do not depend on the
// scale: a small scale samples the day. The defaults (scale 0.02, speed 10) replay 1,600 contacts
// in under three minutes; `--peak-scale 1` is the whole day (about 2.4 hours at speed 10).

import http from 'node:http';
import { percentile } from './common.js';
import type { Client } from './http.js';
import { onTicketChanges } from '../test/process.js';

export const DAY_CONTACTS = 80_000;

/** Contacts per hour of the day, relative (a hotline's day: quiet nights, a morning surge at 10:00). */
const SHAPE = [0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.6, 1.2, 1.8, 0, 1.6, 1.0, 1.2, 1.6, 1.6, 1.4, 1.2, 1.0, 0.9, 0.8, 0.6, 0.5, 0.3];
const SURGE_HOUR = 10;

/** The hourly weights with the surge hour at 4× the mean hour: w = (others + w) / 24 × 4. */
export function dayShape(): number[] {
  const others = SHAPE.reduce((a, b) => a + b, 0);
  const w = [...SHAPE];
  w[SURGE_HOUR] = others / 5;
  const sum = w.reduce((a, b) => a + b, 0);
  return w.map((x) => x / sum);
}

/** After a contact's registration, in real minutes: when each later step happens (most contacts are handed to a unit). */
const LATER = { dispatch: 10, accept: 40, reply: 180, callback: 300 } as const;

export interface PeakTokens {
  agent: string;
  dispatcher: string;
  handler: string;
  callback: string;
  supervisor: string;
}

type Kind = 'register' | 'dispatch' | 'accept' | 'reply' | 'callback' | 'search' | 'dashboard' | 'live';

export interface PeakResult {
  contacts: number;
  seconds: number;
  kinds: Record<Kind, { count: number; errors: number; perSecond: number; surgePerSecond: number; p50: number; p99: number }>;
  subscribers: number;
  /** Live updates a unit subscriber heard about tickets not its unit's (must be 0). */
  strayUnitEvents: number;
}

const SEARCHES = ['噪音', '拖欠工资', '红绿灯', '停水', '施工 扰民'];

export async function peakDay(
  client: Client,
  base: string,
  tokens: PeakTokens,
  opts: { scale: number; speed: number; subscribers: number; unitId: number; label: string; body: (i: number) => unknown },
): Promise<PeakResult> {
  const shape = dayShape();
  const contacts = Math.round(DAY_CONTACTS * opts.scale);
  const compress = opts.speed / opts.scale;
  const hourMs = 3_600_000 / compress;
  const as = (token: string) => ({ authorization: `Bearer ${token}` });

  // Arrivals: each hour's share of the contacts, evenly spread within the hour (deterministic).
  const arrivals: number[] = [];
  for (let h = 0; h < 24; h++) {
    const n = Math.round(contacts * shape[h]);
    for (let k = 0; k < n; k++) arrivals.push((h + (k + 0.5) / n) * hourMs);
  }
  const latencies: Record<Kind, number[]> = { register: [], dispatch: [], accept: [], reply: [], callback: [], search: [], dashboard: [], live: [] };
  const errors: Record<Kind, number> = { register: 0, dispatch: 0, accept: 0, reply: 0, callback: 0, search: 0, dashboard: 0, live: 0 };
  const surgeCount: Record<Kind, number> = { register: 0, dispatch: 0, accept: 0, reply: 0, callback: 0, search: 0, dashboard: 0, live: 0 };
  const surgeFrom = SURGE_HOUR * hourMs;
  const surgeTo = surgeFrom + hourMs;
  /** When the latest step on a ticket was sent: a live update about it is timed from there. */
  const stepSent = new Map<number, number>();
  let strayUnitEvents = 0;
  const unitTickets = new Set<number>();
  // Only the replay's own tickets count: the unit may still hear, late, of its tickets from the
  // benches before (the live listener catching up), which is no stray.
  const newest = await client.get('/api/v1/tickets?pageSize=1', as(tokens.dispatcher));
  const before = ((newest.body.items as { id: number }[] | undefined) ?? []).reduce((m, t) => Math.max(m, t.id), 0);

  // Live-update subscribers: half centre staff (the dispatcher hears every ticket), half the unit's handler.
  const streams: http.ClientRequest[] = [];
  let t0 = 0;
  await Promise.all(
    Array.from({ length: opts.subscribers }, (_, s) =>
      new Promise<void>((resolve, reject) => {
        const unit = s % 2 === 1;
        const req = http.get(`${base}/api/v1/events`, { headers: as(unit ? tokens.handler : tokens.dispatcher), agent: false }, (res) => {
          if (res.statusCode !== 200) return reject(new Error(`events: ${res.statusCode}`));
          onTicketChanges(res, (change) => {
            // A unit hears of a ticket from its dispatch on: never of a registration, nor of a ticket not sent to it.
            if (unit && change.id > before && (change.event === 'registered' || !unitTickets.has(change.id))) strayUnitEvents++;
            const sent = stepSent.get(change.id);
            if (change.event !== 'registered' && sent != null) latencies.live.push(performance.now() - sent);
          });
          resolve();
        });
        req.on('error', (err) => (t0 ? undefined : reject(err)));
        streams.push(req);
      }),
    ),
  );

  const at = (ms: number) => new Promise<void>((r) => setTimeout(r, Math.max(0, t0 + ms - performance.now())));
  const timed = async (kind: Kind, when: number, fn: () => Promise<{ status: number; body: Record<string, unknown> }>, ok: number) => {
    await at(when);
    const s = performance.now();
    const res = await fn().catch((err): { status: number; body: Record<string, unknown> } => ({ status: 0, body: { error: String(err) } }));
    latencies[kind].push(performance.now() - s);
    if (when >= surgeFrom && when < surgeTo) surgeCount[kind]++;
    if (res.status !== ok) {
      if (errors[kind]++ === 0) console.log(`[${opts.label}] peak: first ${kind} error ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
      return null;
    }
    return res.body;
  };
  const step = async (kind: 'dispatch' | 'accept' | 'reply' | 'callback', when: number, id: number, token: string, body: unknown) => {
    await at(when);
    stepSent.set(id, performance.now());
    return timed(kind, when, () => client.post(`/api/v1/tickets/${id}/${kind}`, body, as(token)), 200);
  };
  const minutes = (m: number) => (m * 60_000) / compress;

  const contact = async (i: number, t: number) => {
    const created = await timed('register', t, () => client.post('/api/v1/tickets', opts.body(i), { ...as(tokens.agent), 'idempotency-key': `peak-${opts.label}-${Date.now()}-${i}` }), 201);
    // One contact in four is answered on the call (直接答复) and goes no further.
    if (!created || i % 4 === 3) return;
    const id = created.id as number;
    unitTickets.add(id);
    if (!(await step('dispatch', t + minutes(LATER.dispatch), id, tokens.dispatcher, { unitId: opts.unitId }))) return;
    if (!(await step('accept', t + minutes(LATER.accept), id, tokens.handler, {}))) return;
    if (!(await step('reply', t + minutes(LATER.reply), id, tokens.handler, { content: '经查，该工地已被责令停止夜间施工，并处罚款。' }))) return;
    await step('callback', t + minutes(LATER.callback), id, tokens.callback, { reached: true, resolved: true, satisfaction: 'satisfied' });
  };

  t0 = performance.now();
  const jobs: Promise<unknown>[] = [];
  arrivals.forEach((t, i) => {
    jobs.push(contact(i, t));
    // Agents look up history on one contact in two; supervisors read the dashboard on one in five.
    if (i % 2 === 0) jobs.push(timed('search', t + hourMs / 7, () => client.get(`/api/v1/tickets?q=${encodeURIComponent(SEARCHES[i % SEARCHES.length])}&pageSize=20`, as(tokens.agent)), 200));
    if (i % 5 === 0) jobs.push(timed('dashboard', t + hourMs / 3, () => client.get('/api/v1/dashboard/summary', as(tokens.supervisor)), 200));
  });
  await Promise.all(jobs);
  const seconds = (performance.now() - t0) / 1000;
  // Let the last live updates arrive.
  await new Promise((r) => setTimeout(r, 1000));
  for (const s of streams) s.destroy();

  const kinds = {} as PeakResult['kinds'];
  for (const kind of Object.keys(latencies) as Kind[]) {
    const xs = latencies[kind].sort((a, b) => a - b);
    kinds[kind] = {
      count: xs.length,
      errors: errors[kind],
      perSecond: xs.length / seconds,
      surgePerSecond: surgeCount[kind] / (hourMs / 1000),
      p50: xs.length ? percentile(xs, 50) : NaN,
      p99: xs.length ? percentile(xs, 99) : NaN,
    };
  }
  return { contacts, seconds, kinds, subscribers: opts.subscribers, strayUnitEvents };
}
