// The HTTP server: Fastify with Zod validation, problem+json errors, a generated OpenAPI
// document, security headers on every response and a request log without secrets.

import helmet from '@fastify/helmet';
import swagger from '@fastify/swagger';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { createContext, type AppContext } from '../app/context.js';
import type { SmsGateway } from '../app/sms.js';
import type { Database } from '../store/db.js';
import { startListeners } from '../listeners/index.js';
import { adminConsoleRoutes } from './admin-console.js';
import { adminRoutes } from './admin.js';
import { apiKeyRoutes } from './api-keys.js';
import { callRoutes } from './calls.js';
import { smsRoutes } from './sms.js';
import { callHandoffRoutes } from './call-handoff.js';
import { qaRoutes } from './qa.js';
import { HttpTelephony } from '../channels/telephony.js';
import type { TelephonyPort } from '../app/call-handoff.js';
import { callMeasureRoutes } from './call-measures.js';
import { callFloorSettingsRoutes } from './call-floor-settings.js';
import { floorRoutes } from './floor.js';
import { missedCallRoutes } from './missed-calls.js';
import { eventRoutes } from './events.js';
import { open311AdminRoutes } from './open311-admin.js';
import { open311Routes } from './open311.js';
import { open311TicketRoutes } from './open311-ticket.js';
import { portalRoutes } from './portal.js';
import { webRoutes } from './web.js';
import { authRoutes } from './auth.js';
import { dispatchRoutes } from './dispatch.js';
import { exportRoutes } from './exports.js';
import { hotTopicRoutes } from './hot-topics.js';
import { dashboardRoutes } from './dashboard.js';
import { measureRoutes } from './measures.js';
import { queueRoutes } from './queues.js';
import { reportRoutes } from './reports.js';
import { linkRoutes } from './links.js';
import { repeatRoutes } from './repeats.js';
import { searchRoutes } from './search.js';
import { callerRoutes } from './callers.js';
import { installErrorHandler } from './problem.js';
import { opsRoutes, type Ops } from './ops.js';
import { loggerOptions } from './request-log.js';
import { applyConventions } from './openapi-conventions.js';
import { ticketRoutes } from './tickets.js';
import { viewRoutes } from './views.js';
import { webhookRoutes } from './webhooks.js';
import { unitSystemRoutes } from './unit-systems.js';
import { feedRoutes } from './feed.js';
import { interop110Routes } from './interop-110.js';
import { cannedReplyRoutes } from './canned-replies.js';

/** HOTLINE_TRUST_PROXY: unset → trust none; a number → that many hops; addresses or CIDRs, comma-separated. */
export function trustProxySetting(value: string | undefined): FastifyServerOptions['trustProxy'] {
  const v = value?.trim();
  if (!v) return false;
  if (!/^\d+$/.test(v)) return v;
  const hops = Number(v);
  return (_address: string, hop: number) => hop < hops;
}

export interface AppOptions {
  database: Database;
  /** Fastify's logger option (pino options, e.g. with a stream); requests are logged with their URL redacted. */
  logger?: boolean | object;
  now?: () => Date;
  /** The SMS gateway (default: the one HOTLINE_SMS_GATEWAY names). */
  sms?: SmsGateway;
  /** The telephony system's command interface (default: the signed HTTP adapter, docs/telephony.md). */
  telephony?: TelephonyPort;
}

/**
 * Security headers on every response (the console, the portal, the API): a content security
 * policy that allows only this origin's scripts (the Vite build has no inline script), inline
 * styles (React style props, ECharts' SVG and tooltips, the daily report's own <style>), and no
 * framing at all; nosniff; no referrer (URLs carry ticket numbers). No upgrade-insecure-requests:
 * the demo server speaks plain HTTP; HSTS only for this host (over HTTP, browsers ignore it).
 */
const SECURITY_HEADERS = {
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:', 'blob:'],
      fontSrc: ["'self'", 'data:'],
      // Call recordings play from the telephony system's own server (calls.recording_url, http(s) only).
      mediaSrc: ["'self'", 'https:', 'http:'],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
  },
  xFrameOptions: { action: 'deny' as const },
  referrerPolicy: { policy: 'no-referrer' as const },
  strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: false },
};

export async function buildApp(opts: AppOptions): Promise<{ app: FastifyInstance; ctx: AppContext; ops: Ops }> {
  const trustProxy = trustProxySetting(process.env.HOTLINE_TRUST_PROXY);
  const app = Fastify({
    logger: loggerOptions(opts.logger),
    bodyLimit: 1024 * 1024,
    // On close, idle kept-alive connections are closed and requests in flight finish (an export, a
    // PDF); the event streams are ended by a preClose hook (ops.ts). New requests get 503 meanwhile.
    forceCloseConnections: 'idle',
    return503OnClosing: true,
    // Behind a reverse proxy, the client address (sign-in and portal limits count by it) is in
    // X-Forwarded-For: HOTLINE_TRUST_PROXY names the proxies to trust (an address, a CIDR list,
    // or a hop count); unset, the connection's own address counts.
    trustProxy,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);
  await app.register(helmet, SECURITY_HEADERS);

  const ctx: AppContext = createContext(opts.database, { now: opts.now, log: app.log, sms: opts.sms });
  // The listeners on the committed event stream (notifications, SMS and mail to citizens, live
  // updates): nudged by use cases after they commit; the timers' loop runs them too (jobs/).
  const listeners = await startListeners(ctx);
  app.addHook('onClose', async () => listeners.stop());

  await app.register(swagger, {
    openapi: {
      info: {
        title: 'hotline API',
        description: '12345 政务服务便民热线平台接口',
        version: '1',
        license: { name: 'Apache-2.0', url: 'https://www.apache.org/licenses/LICENSE-2.0' },
      },
      // Paths carry their prefix (/api/v1, /open311/v2): the server is this one, at its root.
      servers: [{ url: '/', description: '本服务器' }],
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      security: [{ bearer: [] }],
    },
    transform: jsonSchemaTransform,
    // operationIds, problem+json 4xx answers: one place for every route (openapi-conventions.ts).
    transformObject: (d) => applyConventions('openapiObject' in d ? d.openapiObject : d.swaggerObject),
  });

  // GET /metrics, /livez, /readyz and the hooks behind them: before the routes, so they see every request.
  const ops = opsRoutes(app, ctx);

  app.get('/healthz', { schema: { tags: ['ops'], summary: '健康检查：数据库可达则为 ok', security: [] } }, async () => {
    await ctx.db.selectFrom('units').select('id').limit(1).execute();
    return { status: 'ok', engine: ctx.database.engine };
  });

  await app.register(
    async (api) => {
      authRoutes(api, ctx);
      open311AdminRoutes(api, ctx);
      open311TicketRoutes(api, ctx);
      apiKeyRoutes(api, ctx);
      ticketRoutes(api, ctx);
      viewRoutes(api, ctx);
      adminRoutes(api, ctx);
      measureRoutes(api, ctx);
      exportRoutes(api, ctx);
      reportRoutes(api, ctx);
      searchRoutes(api, ctx);
      callerRoutes(api, ctx);
      repeatRoutes(api, ctx);
      linkRoutes(api, ctx);
      hotTopicRoutes(api, ctx);
      dispatchRoutes(api, ctx);
      eventRoutes(api, ctx, ops.streams);
      portalRoutes(api, ctx);
      callRoutes(api, ctx);
      smsRoutes(api, ctx);
      callHandoffRoutes(api, ctx, opts.telephony ?? new HttpTelephony({ now: ctx.now }));
      qaRoutes(api, ctx);
      callMeasureRoutes(api, ctx);
      missedCallRoutes(api, ctx);
      floorRoutes(api, ctx);
      queueRoutes(api, ctx);
      dashboardRoutes(api, ctx);
      adminConsoleRoutes(api, ctx);
      callFloorSettingsRoutes(api, ctx);
      webhookRoutes(api, ctx);
      unitSystemRoutes(api, ctx);
      feedRoutes(api, ctx);
      interop110Routes(api, ctx);
      cannedReplyRoutes(api, ctx);
      api.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
    },
    { prefix: '/api/v1' },
  );
  await app.register(async (open311) => open311Routes(open311, ctx), { prefix: '/open311/v2' });
  await webRoutes(app);

  return { app, ctx, ops };
}
