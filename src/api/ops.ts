// What an operator needs from a running server: GET /metrics (Prometheus text format),
// GET /livez (the process answers) and GET /readyz (the database answers and its schema is
// current), and a clean stop: open event streams end when the server closes (they would
// otherwise hold it open), and a response finished while closing closes its connection.
//
// Who may scrape /metrics: with HOTLINE_METRICS_TOKEN set, anyone with
// `Authorization: Bearer <token>` (401 without it); unset, only a client on this host's loopback
// that came through no proxy (a request carrying X-Forwarded-For, Forwarded or X-Real-IP came
// through one, even from 127.0.0.1) — everyone else gets 404, as for any unknown path.

import { createHash, timingSafeEqual } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { TICKET_STATUSES } from '../domain/ticket-types.js';
import { MIGRATIONS } from '../store/migrations.js';
import { appliedMigrations, listenerLag, outboxStats, ticketCountsByStatus } from '../store/ops.js';
import type { AppContext } from '../app/context.js';
import { sendProblem } from './problem.js';

/** The server's open event streams (GET /api/v1/events): counted for /metrics, ended when the server closes. */
export class LiveStreams {
  private readonly open = new Set<ServerResponse>();
  /** Every response that was a stream, open or not (its request is not timed like the others). */
  private readonly streams = new WeakSet<ServerResponse>();
  private ended = false;

  /** A stream has started; returns what to call when it ends. After the server began closing it is ended at once. */
  add(res: ServerResponse): () => void {
    this.streams.add(res);
    if (this.ended) {
      endStream(res);
      return () => {};
    }
    this.open.add(res);
    return () => this.open.delete(res);
  }

  isStream(res: ServerResponse): boolean {
    return this.streams.has(res);
  }

  get size(): number {
    return this.open.size;
  }

  /** Ends every stream (the browser's EventSource reconnects, to another server process). */
  endAll(): void {
    this.ended = true;
    for (const res of this.open) endStream(res);
    this.open.clear();
  }
}

/** Ends the response and then its connection: an ended stream must not stay as a kept-alive socket. */
function endStream(res: ServerResponse): void {
  const socket = res.socket;
  res.end(() => socket?.end());
}

/**
 * Node's own metrics (event-loop lag, heap, GC, CPU, handles) are the process's, whatever number of
 * apps it builds (tests build many): one registry for them, made once.
 */
let processRegistry: Registry | null = null;
function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}

const isLoopback = (address: string | undefined) =>
  !!address && (address === '::1' || /^(::ffff:)?127\./.test(address));

const digest = (s: string) => createHash('sha256').update(s).digest();

/** ok, or how to refuse: 401 (a token is set and this is not it) or 404 (not from here). */
function scrapeAccess(req: FastifyRequest): 'ok' | 401 | 404 {
  const token = process.env.HOTLINE_METRICS_TOKEN?.trim();
  if (token) {
    const given = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1]?.trim();
    return given && timingSafeEqual(digest(given), digest(token)) ? 'ok' : 401;
  }
  const proxied = req.headers['x-forwarded-for'] != null || req.headers.forwarded != null || req.headers['x-real-ip'] != null;
  return !proxied && isLoopback(req.socket.remoteAddress) ? 'ok' : 404;
}

export interface Ops {
  /** Open event streams. */
  streams: LiveStreams;
  /** The timers' loop reports each pass (src/jobs/scheduler.ts onPass). */
  timerPass(ok: boolean, at: Date): void;
}

const HTTP_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/** Registers /metrics, /livez, /readyz and the hooks that feed the metrics and the clean stop (on the root instance, before the routes). */
export function opsRoutes(app: FastifyInstance, ctx: AppContext): Ops {
  const streams = new LiveStreams();
  const registry = new Registry();
  processMetrics(); // sampling (event-loop delay, GC) starts now, not at the first scrape
  let closing = false;

  const http = new Histogram({
    name: 'hotline_http_request_duration_seconds',
    help: 'HTTP request duration by method, route pattern and status code',
    labelNames: ['method', 'route', 'status_code'] as const,
    buckets: HTTP_BUCKETS,
    registers: [registry],
  });
  const tickets = new Gauge({ name: 'hotline_tickets', help: 'Tickets by status now', labelNames: ['status'] as const, registers: [registry] });
  const lagEvents = new Gauge({
    name: 'hotline_listener_lag_events',
    help: "Committed events after each durable listener's stored cursor (listener_cursors)",
    labelNames: ['listener'] as const,
    registers: [registry],
  });
  const lagSeconds = new Gauge({
    name: 'hotline_listener_lag_seconds',
    help: 'Age of the oldest event a durable listener has not passed yet (0: caught up)',
    labelNames: ['listener'] as const,
    registers: [registry],
  });
  const outboxGauge = (name: string, help: string) => new Gauge({ name, help, labelNames: ['outbox'] as const, registers: [registry] });
  const outbox = {
    pending: outboxGauge('hotline_outbox_pending', 'Deliveries waiting in each outbox (webhooks, 110) to be sent or sent again'),
    oldest: outboxGauge('hotline_outbox_oldest_seconds', 'Age of the oldest delivery waiting in each outbox (0: none)'),
    failing: outboxGauge('hotline_outbox_failing', 'Deliveries waiting after a failed try (the receiver is down or refuses)'),
    dead: outboxGauge('hotline_outbox_dead', 'Deliveries parked after repeated failure, waiting for a replay'),
  };
  const dbUp = new Gauge({ name: 'hotline_database_up', help: 'Whether the database answered this scrape (1) or not (0)', registers: [registry] });
  const timersRun = new Gauge({ name: 'hotline_timers_last_run_timestamp_seconds', help: "When this process's timers last finished a pass (0: not yet)", registers: [registry] });
  const timersOk = new Gauge({ name: 'hotline_timers_last_success_timestamp_seconds', help: "When this process's timers last finished a pass without an error (0: not yet)", registers: [registry] });
  new Gauge({
    name: 'hotline_sse_clients',
    help: 'Open event streams (GET /api/v1/events) on this process',
    registers: [registry],
    collect() {
      this.set(streams.size);
    },
  });
  const pool = ctx.database.pool;
  if (pool) {
    const poolGauge = (name: string, help: string, read: () => number) =>
      new Gauge({
        name,
        help,
        registers: [registry],
        collect() {
          this.set(read());
        },
      });
    poolGauge('hotline_db_pool_connections', 'Connections in the PostgreSQL pool', () => pool.totalCount);
    poolGauge('hotline_db_pool_idle_connections', 'Idle connections in the PostgreSQL pool', () => pool.idleCount);
    poolGauge('hotline_db_pool_waiting_clients', 'Queries waiting for a connection from the PostgreSQL pool', () => pool.waitingCount);
  }

  app.addHook('onResponse', async (req, reply) => {
    // An event stream's duration is the session's, not a request's.
    if (streams.isStream(reply.raw)) return;
    // The route pattern (/api/v1/tickets/:id), never the URL with its ids; no route: one label.
    const route = req.routeOptions.url ?? '(unmatched)';
    http.observe({ method: req.method, route, status_code: String(reply.statusCode) }, reply.elapsedTime / 1000);
  });
  // While the server closes, a response that finishes closes its connection (a kept-alive one would hold the stop).
  app.addHook('onSend', async (_req, reply, payload) => {
    if (closing) reply.header('connection', 'close');
    return payload;
  });
  app.addHook('preClose', async () => {
    closing = true;
    streams.endAll();
  });

  app.get('/metrics', { schema: { hide: true } }, async (req, reply) => {
    const access = scrapeAccess(req);
    if (access === 404) return sendProblem(reply, 404, 'not_found', `资源不存在：GET ${req.url.split('?')[0]}`);
    if (access === 401) {
      reply.header('www-authenticate', 'Bearer');
      return sendProblem(reply, 401, 'invalid_token', '缺少或无效的监控令牌（Authorization: Bearer，见 HOTLINE_METRICS_TOKEN）');
    }
    // Gathered now, one statement each; a database that does not answer still leaves the rest.
    try {
      const [counts, lags, outboxes] = await Promise.all([ticketCountsByStatus(ctx.db), listenerLag(ctx.db), outboxStats(ctx.db)]);
      for (const o of outboxes) {
        outbox.pending.set({ outbox: o.outbox }, o.pending);
        outbox.oldest.set({ outbox: o.outbox }, o.oldestSeconds);
        outbox.failing.set({ outbox: o.outbox }, o.failing);
        outbox.dead.set({ outbox: o.outbox }, o.dead);
      }
      for (const status of new Set([...TICKET_STATUSES, ...counts.keys()])) tickets.set({ status }, counts.get(status) ?? 0);
      lagEvents.reset();
      lagSeconds.reset();
      for (const l of lags) {
        lagEvents.set({ listener: l.name }, l.events);
        lagSeconds.set({ listener: l.name }, l.seconds);
      }
      dbUp.set(1);
    } catch (err) {
      req.log.warn({ err }, 'metrics: database did not answer');
      dbUp.set(0);
    }
    const text = (await registry.metrics()) + (await processMetrics().metrics());
    return reply.header('content-type', registry.contentType).header('cache-control', 'no-store').send(text);
  });

  app.get('/livez', { schema: { hide: true } }, async () => ({ status: 'ok' }));

  app.get('/readyz', { schema: { hide: true } }, async (req, reply) => {
    if (closing) return sendProblem(reply, 503, 'shutting_down', '服务正在关闭');
    let applied: Set<string>;
    try {
      applied = new Set(await appliedMigrations(ctx.db));
    } catch (err) {
      req.log.warn({ err }, 'readyz: database did not answer');
      return sendProblem(reply, 503, 'database_unavailable', '数据库不可用');
    }
    // A migration this code has and the database has not run: the schema is behind (run `hotline migrate`).
    const missing = Object.keys(MIGRATIONS).filter((name) => !applied.has(name));
    if (missing.length) {
      return sendProblem(reply, 503, 'migrations_pending', `数据库结构不是最新，缺少迁移：${missing.join(', ')}（请运行 hotline migrate）`);
    }
    return { status: 'ready', engine: ctx.database.engine, migrations: applied.size };
  });

  return {
    streams,
    timerPass(ok, at) {
      timersRun.set(at.getTime() / 1000);
      if (ok) timersOk.set(at.getTime() / 1000);
    },
  };
}
