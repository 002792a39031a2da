// Open311 GeoReport v2 at /open311/v2 (XML and JSON), with FixMyStreet's extensions: page and
// page_size on requests, and servicerequestupdates (GET and POST) with its extended statuses.
// A request created here is an ordinary ticket on channel 'open311', registered by the system
// in one transaction with its Open311 details. Public responses never carry personal data.
// Open311 clients are public (browser apps included): every route here answers CORS from any
// origin, without credentials (the api_key travels as a parameter); the staff API does not.
// A POST may be urlencoded or multipart/form-data (GeoReport v2 allows the latter for media):
// its fields read alike, and photo files become the ticket's attachments (source 'open311').

import crypto from 'node:crypto';
import cors from '@fastify/cors';
import formbody from '@fastify/formbody';
import multipart from '@fastify/multipart';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest, FastifySchema } from 'fastify';
import { z, type ZodType } from 'zod';
import { resolveTimeLimits } from '../domain/time-limits.js';
import {
  charLength,
  checkAttributes,
  FORBIDDEN_CHARS,
  parseAttributes,
  parseDateTime,
  parseUpdateStatus,
  publicText,
  requestStatus,
  shanghaiIso,
  updateForEvent,
  type RequestStatus,
} from '../domain/open311.js';
import { maskText } from '../domain/masking.js';
import { SYSTEM_ACTOR } from '../domain/ticket.js';
import { OPEN_STATUSES, type TicketStatus } from '../domain/ticket-types.js';
import { type ApiKeyInfo } from '../store/apikeys.js';
import type { NewAttachment } from '../store/attachments.js';
import { checkApiKey } from '../app/api-keys.js';
import {
  activeCategories,
  categoriesWithAttributes,
  findOwnRequest,
  getOpen311Settings,
  insertClientUpdate,
  insertOpen311Request,
  listPublicRequests,
  listUpdateEvents,
  numberForToken,
  serviceAttributes,
  tokenOf,
  type Audience,
  type Open311Settings,
  type PublicRequestRow,
  type ServiceCategory,
} from '../store/open311.js';
import { hitRateLimits } from '../store/portal.js';
import type { ReferenceData } from '../store/reference.js';
import { DomainFailure } from '../store/tickets.js';
import type { AppContext } from '../app/context.js';
import { registerRequest } from '../app/register.js';
import {
  badRequest311,
  forbidden311,
  formatOf,
  notFound311,
  Open311Error,
  send,
  sendError,
  splitFormat,
  type Format,
} from './open311-format.js';
import { checkPhoto, MAX_PHOTO_BYTES, MAX_PHOTOS } from './portal.js';
import { HttpProblem } from './problem.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The api_key presented: its record, 'invalid' for a wrong or revoked one, null for none. */
    open311Key: ApiKeyInfo | 'invalid' | null;
    open311Settings: Open311Settings | null;
    /** Photo files of a multipart POST (its other fields are the body, as in a urlencoded one). */
    open311Files: NewAttachment[];
  }
}

const SPEC_URL = 'http://wiki.open311.org/GeoReport_v2';
const DAY = 86_400_000;
const MAX_LIST = 1000;
const MAX_DESCRIPTION = 4000;
/** Photo links one request or update may carry (media_url repeated, or media_url[]). */
export const MAX_MEDIA_URLS = 10;

type Params = Record<string, unknown>;

/** One value of a parameter (form body first, then query string); a repeated one gives its first. */
function param(p: Params, name: string): string | undefined {
  const v = p[name];
  if (v === undefined || v === null) return undefined;
  const one = Array.isArray(v) ? v[0] : v;
  if (one === undefined || one === null) return undefined;
  if (typeof one === 'object') throw badRequest311(`参数 ${name} 格式有误 (malformed ${name})`);
  const s = String(one);
  if (FORBIDDEN_CHARS.test(s)) throw badRequest311(`参数 ${name} 含有不允许的控制字符 (control characters in ${name})`);
  return s;
}

/** A trimmed, non-empty value of at most `max` characters, or undefined. */
function text(p: Params, name: string, max: number): string | undefined {
  const v = param(p, name)?.trim();
  if (!v) return undefined;
  if (charLength(v) > max) throw badRequest311(`${name} 最多 ${max} 个字符 (${name} is longer than ${max} characters)`);
  return v;
}

function paramsOf(req: FastifyRequest): Params {
  const query = (req.query ?? {}) as Params;
  const body = req.body && typeof req.body === 'object' && !Array.isArray(req.body) ? (req.body as Params) : {};
  return { ...query, ...body };
}

function date(p: Params, name: string): Date | undefined {
  const raw = param(p, name)?.trim();
  if (!raw) return undefined;
  const d = parseDateTime(raw);
  if (!d) throw badRequest311(`${name} 不是有效的 ISO 8601 日期时间 (invalid ${name}: expected e.g. 2026-03-02T09:00:00+08:00)`);
  return d;
}

function positiveInt(p: Params, name: string, max: number): number | undefined {
  const raw = param(p, name)?.trim();
  if (!raw) return undefined;
  if (!/^\d{1,9}$/.test(raw) || Number(raw) < 1 || Number(raw) > max) throw badRequest311(`${name} 应为 1–${max} 的整数 (invalid ${name})`);
  return Number(raw);
}

/** Every value of a parameter that may repeat (`name=a&name=b`, or `name[]=a&name[]=b`), trimmed, empty ones dropped. */
function params(p: Params, name: string): string[] {
  const out: string[] = [];
  for (const key of [name, `${name}[]`]) {
    const v = p[key];
    for (const one of v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]) {
      if (one === undefined || one === null) continue;
      if (typeof one === 'object') throw badRequest311(`参数 ${name} 格式有误 (malformed ${name})`);
      const s = String(one).trim();
      if (FORBIDDEN_CHARS.test(s)) throw badRequest311(`参数 ${name} 含有不允许的控制字符 (control characters in ${name})`);
      if (s) out.push(s);
    }
  }
  return out;
}

/** The photo links sent, in order, each an http(s) URL; none is dropped, a repeat counts once. */
function mediaUrls(p: Params): string[] {
  const raw = params(p, 'media_url');
  if (raw.length > MAX_MEDIA_URLS) throw badRequest311(`media_url 最多 ${MAX_MEDIA_URLS} 个 (at most ${MAX_MEDIA_URLS} media_url values)`);
  const urls = raw.map((v) => {
    if (charLength(v) > 2000) throw badRequest311('media_url 最多 2000 个字符 (media_url is longer than 2000 characters)');
    try {
      const u = new URL(v);
      if (u.protocol === 'http:' || u.protocol === 'https:') return u.toString();
    } catch {
      /* fall through */
    }
    throw badRequest311('media_url 应为 http(s) 网址 (media_url must be an http(s) URL)');
  });
  return [...new Set(urls)];
}

interface MultipartEntry {
  type: 'field' | 'file';
  value?: unknown;
  valueTruncated?: boolean;
  mimetype?: string;
  filename?: string;
  _buf?: Buffer | null;
}

/**
 * A multipart body (@fastify/multipart, fields attached) as the fields a urlencoded form would
 * give — a repeated one as an array — and its photo files, each checked as the portal checks its
 * photos. An empty file input (no name, no bytes) is no photo.
 */
function splitMultipart(body: Record<string, MultipartEntry | MultipartEntry[]>): { fields: Params; files: NewAttachment[] } {
  const fields: Params = {};
  const files: NewAttachment[] = [];
  for (const [name, entry] of Object.entries(body)) {
    const values: unknown[] = [];
    for (const e of Array.isArray(entry) ? entry : [entry]) {
      if (e.type === 'file') {
        const data = e._buf ?? Buffer.alloc(0);
        if (!data.length && !e.filename) continue;
        try {
          files.push(checkPhoto(e.mimetype ?? '', data, files.length));
        } catch (err) {
          if (err instanceof HttpProblem) throw badRequest311(`${err.detail} (media files must be JPEG, PNG or WebP images)`);
          throw err;
        }
      } else {
        if (e.valueTruncated) throw new Open311Error(413, `参数 ${name.slice(0, 100)} 过长 (field ${name.slice(0, 100)} is too long)`);
        values.push(e.value);
      }
    }
    if (values.length) fields[name] = values.length === 1 ? values[0] : values;
  }
  return { fields, files };
}

/** What a route says of itself in the OpenAPI document: GeoReport v2's own formats and errors. */
function routeDoc(method: 'GET' | 'POST', formats: readonly Format[], summary: string, ok: ZodType, description?: string): FastifySchema {
  const content = (json: ZodType) =>
    Object.fromEntries(formats.map((f) => [f === 'xml' ? 'text/xml' : 'application/json', { schema: f === 'xml' ? z.string().describe('GeoReport v2 XML') : json }]));
  const errors = z.array(z.object({ code: z.number().int(), description: z.string() })).describe('GeoReport v2 errors');
  const codes: Record<number, string> = {
    400: '参数有误 (invalid parameter)',
    403: 'api_key 缺少、无效或不是 Open311 密钥 (api_key missing or invalid)',
    404: '服务、诉求或 jurisdiction_id 不存在 (not found)',
    413: '请求体、字段或照片过大 (too large)',
    415: '不支持的内容类型 (unsupported content type)',
    422: 'Idempotency-Key 已用于内容不同的请求 (Idempotency-Key reused)',
    429: '请求过于频繁 (rate limit exceeded)',
  };
  const shown = method === 'POST' ? [400, 403, 404, 413, 415, 422, 429] : [400, 403, 404, 429];
  return {
    tags: ['open311'],
    summary,
    ...(description ? { description } : {}),
    externalDocs: { url: SPEC_URL, description: 'Open311 GeoReport v2' },
    // The api_key is a parameter (form body or query string), not a bearer token.
    security: [],
    response: {
      200: { description: 'OK', content: content(ok) },
      ...Object.fromEntries(shown.map((c) => [c, { description: codes[c], content: content(errors) }])),
    },
  } as FastifySchema;
}

const anyObject = z.looseObject({});
const anyList = z.array(z.looseObject({}));

function list(raw: string | undefined, max = 200): string[] | undefined {
  if (raw === undefined) return undefined;
  const items = raw.split(',').map((s) => s.trim()).filter(Boolean);
  if (items.length > max) throw badRequest311(`一次最多查询 ${max} 个 (at most ${max} values)`);
  return items;
}

const limitText = (d: { amount: number; unit: string }) =>
  `${d.amount} ${d.unit === 'working_days' ? '个工作日' : d.unit === 'working_hours' ? '个工作小时' : '小时'}`;

/** Open tickets' notice: the handling deadline when dispatched, else what the rules promise. */
function serviceNotice(r: PublicRequestRow): string | null {
  if (requestStatus(r.status) === 'closed') return null;
  if (r.dueBy) return `承办单位应在 ${shanghaiIso(r.dueBy).slice(0, 16).replace('T', ' ')} 前办理完毕。`;
  return '已受理，正在派单。';
}

const clip = (s: string, max = MAX_DESCRIPTION) => (charLength(s) > max ? `${[...s].slice(0, max - 1).join('')}…` : s);

function presentRequest(r: PublicRequestRow, ref: ReferenceData) {
  const unitName = (id: number) => ref.unitById.get(id)?.name ?? null;
  const last = r.lastUpdate ? updateForEvent(r.lastUpdate, unitName) : null;
  const notes = last ? publicText(last.description, r.callerName) : r.status === 'registered' ? '已受理，等待派单。' : null;
  return {
    service_request_id: r.number,
    status: requestStatus(r.status),
    status_notes: notes ? clip(notes) : null,
    service_name: r.categoryName,
    service_code: r.categoryCode,
    description: clip(publicText(r.content, r.callerName)),
    agency_responsible: r.unitName,
    service_notice: serviceNotice(r),
    requested_datetime: shanghaiIso(r.createdAt),
    updated_datetime: shanghaiIso(r.updatedAt),
    expected_datetime: r.dueBy ? shanghaiIso(r.dueBy) : null,
    address: r.address == null ? null : publicText(r.address, r.callerName),
    address_id: r.addressId,
    zipcode: r.zipcode,
    lat: r.lat,
    long: r.long,
    media_url: r.mediaUrl,
  };
}

/** Services: the active leaf categories, grouped by their top-level category. */
function servicesFrom(categories: ServiceCategory[], withAttributes: Set<number>) {
  const byId = new Map(categories.map((c) => [c.id, c]));
  const activePath = (c: ServiceCategory): ServiceCategory[] | null => {
    const path: ServiceCategory[] = [];
    for (let x: ServiceCategory | undefined = c; x; x = x.parentId == null ? undefined : byId.get(x.parentId)) {
      if (!x.active) return null;
      path.unshift(x);
      if (path.length > 20) break;
    }
    return path;
  };
  const hasActiveChild = new Set(categories.filter((c) => c.active && c.parentId != null).map((c) => c.parentId as number));
  const out = [];
  for (const c of categories) {
    if (hasActiveChild.has(c.id)) continue;
    const path = activePath(c);
    if (!path) continue;
    out.push({
      service_code: c.code,
      service_name: c.name,
      description: path.map((x) => x.name).join(' / '),
      metadata: withAttributes.has(c.id),
      type: 'realtime',
      keywords: path.length > 1 ? path.slice(0, -1).map((x) => x.name).join(',') : null,
      group: path.length > 1 ? path[0].name : null,
    });
  }
  return out;
}

/** A category by service code, if it and its ancestors are active. */
function serviceCategory(categories: ServiceCategory[], code: string): ServiceCategory | null {
  const byId = new Map(categories.map((c) => [c.id, c]));
  const c = categories.find((x) => x.code === code);
  for (let x = c; x; x = x.parentId == null ? undefined : byId.get(x.parentId)) if (!x.active) return null;
  return c ?? null;
}

function subtree(categories: ServiceCategory[], roots: number[]): number[] {
  const out = [...roots];
  for (let i = 0; i < out.length; i++) for (const c of categories) if (c.parentId === out[i]) out.push(c.id);
  return out;
}

const STATUS_FILTER: Record<RequestStatus, TicketStatus[]> = {
  open: [...OPEN_STATUSES],
  closed: ['closed', 'merged', 'transferred', 'refused'],
};

export async function open311Routes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const startedAt = ctx.now();
  // Registered inside this plugin, each of these holds for the Open311 routes only.
  await app.register(cors, {
    origin: '*',
    methods: ['GET', 'POST'],
    exposedHeaders: ['Retry-After', 'Idempotent-Replayed'],
    maxAge: 86_400,
  });
  await app.register(formbody, { bodyLimit: 256 * 1024 });
  await app.register(multipart, {
    attachFieldsToBody: true,
    limits: { fields: 300, fieldSize: 64 * 1024, files: MAX_PHOTOS, fileSize: MAX_PHOTO_BYTES, parts: 300 + MAX_PHOTOS },
  });

  app.decorateRequest('open311Key', null);
  app.decorateRequest('open311Settings', null);
  // Set by the first preValidation hook below on every request (a shared array default would leak between requests).
  app.decorateRequest('open311Files', null as unknown as NewAttachment[]);

  app.setErrorHandler((err: FastifyError, req, reply) => {
    const format = formatOf(req.url);
    if (err instanceof Open311Error) return sendError(reply, format, err.status, err.description);
    if (err instanceof DomainFailure) return sendError(reply, format, err.error.status, err.error.detail);
    switch (err.code) {
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return sendError(reply, format, 413, '请求体过大 (request body too large)');
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        return sendError(reply, format, 415, '请使用 application/x-www-form-urlencoded 或 multipart/form-data 提交 (use application/x-www-form-urlencoded or multipart/form-data)');
      case 'FST_REQ_FILE_TOO_LARGE':
        return sendError(reply, format, 413, `照片不能超过 ${MAX_PHOTO_BYTES / 1_000_000} MB (a media file is too large)`);
      case 'FST_FILES_LIMIT':
        return sendError(reply, format, 413, `照片最多 ${MAX_PHOTOS} 张 (at most ${MAX_PHOTOS} media files)`);
      case 'FST_FIELDS_LIMIT':
      case 'FST_PARTS_LIMIT':
        return sendError(reply, format, 413, '字段过多 (too many fields)');
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      case 'FST_ERR_CTP_INVALID_JSON_BODY':
        return sendError(reply, format, 400, '请求体不是有效的 JSON (invalid JSON body)');
    }
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) return sendError(reply, format, err.statusCode, err.message);
    req.log.error({ err }, 'open311: unhandled error');
    return sendError(reply, format, 500, '服务器内部错误，请稍后重试 (internal error)');
  });
  const noSuchEndpoint = (req: FastifyRequest, reply: FastifyReply) =>
    sendError(reply, formatOf(req.url), 404, `接口不存在 (no such endpoint): ${req.method} ${req.url.split('?')[0].slice(0, 200)}`);
  app.setNotFoundHandler(noSuchEndpoint);
  // The web console's catch-all GET /* would otherwise answer unknown paths here. Not an endpoint: not in the document.
  app.route({ method: ['GET', 'POST'], url: '/*', schema: { hide: true }, handler: noSuchEndpoint });

  // A multipart body becomes the fields a urlencoded one would be (its files set apart), before anything reads it.
  app.addHook('preValidation', async (req) => {
    req.open311Files = [];
    if (!req.isMultipart() || !req.body || typeof req.body !== 'object') return;
    const { fields, files } = splitMultipart(req.body as Record<string, MultipartEntry>);
    req.body = fields;
    req.open311Files = files;
  });

  // The key (form body or query) and the settings, once the body is parsed; the jurisdiction check.
  app.addHook('preValidation', async (req) => {
    const p = paramsOf(req);
    const settings = await getOpen311Settings(ctx.db);
    req.open311Settings = settings;
    const key = param(p, 'api_key')?.trim();
    req.open311Key = key ? ((await checkApiKey(ctx, key)) ?? 'invalid') : null;
    const url = req.url.split('?')[0];
    if (url.endsWith('/discovery.xml') || url.endsWith('/discovery.json')) return;
    const jurisdiction = param(p, 'jurisdiction_id')?.trim();
    if (!jurisdiction) {
      if (settings.requireJurisdiction) throw badRequest311('缺少 jurisdiction_id (jurisdiction_id was not provided)');
    } else if (settings.jurisdictionIds.length && !settings.jurisdictionIds.includes(jurisdiction)) {
      throw notFound311(`jurisdiction_id 不存在 (jurisdiction_id not found): ${jurisdiction.slice(0, 100)}`);
    }
  });

  // Per key per minute (the key's own limit); calls without a key, per client address. Counted in
  // the database, so a key's limit holds however many server processes answer it.
  app.addHook('preHandler', async (req, reply) => {
    const k = req.open311Key && req.open311Key !== 'invalid' ? req.open311Key : null;
    const max = k ? k.perMinute : (req.open311Settings?.anonymousPerMinute ?? 300);
    const over = await hitRateLimits(ctx.db, [{ key: k ? `open311:key:${k.id}` : `open311:ip:${req.ip}`, max, windowSeconds: 60 }], ctx.now());
    if (over) {
      reply.header('retry-after', String(over.retryAfter));
      throw new Open311Error(429, `请求过于频繁，每分钟最多 ${max} 次，请 ${over.retryAfter} 秒后再试 (rate limit exceeded)`);
    }
  });

  /**
   * The key a write needs: 403 when absent, wrong or revoked. A supplied wrong key is refused on
   * reads too, and so is a key made for another system (telephony, SMS, …): only Open311 keys here.
   */
  const keyFor = (req: FastifyRequest, required: boolean): ApiKeyInfo | null => {
    const k = req.open311Key;
    if (k === 'invalid') throw forbidden311('api_key 无效或已吊销 (invalid api_key)');
    if (k && k.scope !== 'open311') throw forbidden311('api_key 不是 Open311 密钥 (api_key is not an Open311 key)');
    if (!k && required) throw forbidden311('缺少 api_key (api_key required)');
    return k;
  };
  const settingsOf = (req: FastifyRequest) => req.open311Settings ?? getOpen311Settings(ctx.db);
  /** Who a public GET answers (see Audience): the settings, and the client key if one was presented. */
  const audienceOf = async (req: FastifyRequest): Promise<Audience> => {
    const key = keyFor(req, false);
    const settings = await settingsOf(req);
    return { hiddenTypes: settings.hiddenTypes, publicListing: settings.publicListing, apiKeyId: key?.id ?? null };
  };

  type Doc = { summary: string; ok: ZodType; description?: string };
  /** GET/POST `/name.xml` and `/name.json`. */
  const both = (method: 'GET' | 'POST', name: string, doc: Doc, handler: (req: FastifyRequest, reply: FastifyReply, format: Format) => Promise<unknown>) => {
    for (const format of ['xml', 'json'] as const) {
      const schema = routeDoc(method, [format], doc.summary, doc.ok, doc.description);
      app.route({ method, url: `/${name}.${format}`, schema, handler: (req, reply) => handler(req, reply, format) });
    }
  };
  /** GET `/name/:file` where file is `id.xml` or `id.json`. */
  const withId = (name: string, doc: Doc, handler: (req: FastifyRequest, reply: FastifyReply, format: Format, id: string) => Promise<unknown>) => {
    app.get(`/${name}/:file`, { schema: routeDoc('GET', ['xml', 'json'], doc.summary, doc.ok, doc.description) }, (req, reply) => {
      const file = (req.params as { file: string }).file;
      const split = splitFormat(file);
      if (!split) throw notFound311(`请在路径末尾加 .xml 或 .json (append .xml or .json): ${name}/${file.slice(0, 100)}`);
      return handler(req, reply, split.format, split.name);
    });
  };

  // ── discovery ──────────────────────────────────────────────────────────────────────────
  both('GET', 'discovery', { summary: '服务发现：接口地址、格式与联系方式 (GeoReport v2 discovery)', ok: anyObject }, async (req, reply, format) => {
    const settings = await settingsOf(req);
    const base = `${req.protocol}://${req.host}${req.url.split('?')[0].replace(/\/discovery\.(xml|json)$/, '')}`;
    return send(reply, format, 'discovery', {
      changeset: shanghaiIso(startedAt),
      contact: settings.contact,
      key_service: settings.keyService,
      endpoints: [
        {
          specification: SPEC_URL,
          url: base,
          changeset: shanghaiIso(startedAt),
          type: 'production',
          formats: ['text/xml', 'application/json'],
        },
      ],
    });
  });

  // ── services ───────────────────────────────────────────────────────────────────────────
  both('GET', 'services', { summary: '服务列表：可提交的诉求分类 (GET services)', ok: anyList }, async (req, reply, format) => {
    keyFor(req, false);
    const [categories, withAttributes] = await Promise.all([activeCategories(ctx.db), categoriesWithAttributes(ctx.db)]);
    return send(reply, format, 'services', servicesFrom(categories, withAttributes));
  });

  const servicesDoc = { summary: '服务定义：该服务要求填写的附加属性 attribute (GET services/{service_code})', ok: anyObject, description: 'file 为 服务代码.xml 或 服务代码.json' };
  withId('services', servicesDoc, async (req, reply, format, code) => {
    keyFor(req, false);
    const category = serviceCategory(await activeCategories(ctx.db), code);
    if (!category) throw notFound311(`服务不存在 (service_code not found): ${code.slice(0, 100)}`);
    const defs = await serviceAttributes(ctx.db, category.id);
    return send(reply, format, 'service_definition', {
      service_code: category.code,
      attributes: defs.map((d) => ({
        variable: d.variable,
        code: d.code,
        datatype: d.datatype,
        required: d.required,
        datatype_description: d.datatypeDescription,
        order: d.order,
        description: d.description,
        ...(d.datatype === 'singlevaluelist' || d.datatype === 'multivaluelist' ? { values: d.values.map((v) => ({ key: v.key, name: v.name })) } : {}),
      })),
    });
  });

  // ── POST requests ──────────────────────────────────────────────────────────────────────
  const postRequestDoc = {
    summary: '提交诉求 (POST requests，需 api_key)',
    ok: anyList,
    description:
      '表单提交：application/x-www-form-urlencoded，或 multipart/form-data（照片文件为 JPEG/PNG/WebP，' +
      `最多 ${MAX_PHOTOS} 张、每张不超过 ${MAX_PHOTO_BYTES / 1_000_000} MB，保存为工单附件）。media_url 可重复（或 media_url[]），最多 ${MAX_MEDIA_URLS} 个，全部保存。` +
      '可带 Idempotency-Key 请求头，重试不会重复建单。',
  };
  both('POST', 'requests', postRequestDoc, async (req, reply, format) => {
    const key = keyFor(req, true) as ApiKeyInfo;
    const settings = await settingsOf(req);
    const p = paramsOf(req);
    const code = text(p, 'service_code', 100);
    if (!code) throw badRequest311('缺少 service_code (service_code is required)');
    const categories = await activeCategories(ctx.db);
    const category = serviceCategory(categories, code);
    if (!category) throw notFound311(`服务不存在 (service_code not found): ${code}`);

    const description = param(p, 'description')?.trim() ?? '';
    if (charLength(description) > MAX_DESCRIPTION) {
      throw badRequest311(`description 最多 ${MAX_DESCRIPTION} 个字符 (description is longer than ${MAX_DESCRIPTION} characters)`);
    }
    const latRaw = text(p, 'lat', 40);
    const longRaw = text(p, 'long', 40);
    let lat: number | null = null;
    let long: number | null = null;
    if (latRaw !== undefined || longRaw !== undefined) {
      lat = Number(latRaw);
      long = Number(longRaw);
      const num = /^[+-]?\d{1,3}(\.\d+)?$/;
      if (!latRaw || !longRaw || !num.test(latRaw) || !num.test(longRaw) || Math.abs(lat) > 90 || Math.abs(long) > 180) {
        throw badRequest311('lat 和 long 应同时提供，且为 WGS84 经纬度 (lat and long must both be valid WGS84 coordinates)');
      }
    }
    const addressString = text(p, 'address_string', 500);
    const addressId = text(p, 'address_id', 200) ?? null;
    if (lat === null && !addressString && !addressId) {
      throw badRequest311('需要位置：lat/long、address_string 或 address_id (a location is required: lat/long, address_string or address_id)');
    }
    const email = text(p, 'email', 200) ?? null;
    const firstName = text(p, 'first_name', 100);
    const lastName = text(p, 'last_name', 100);
    const phone = text(p, 'phone', 40) ?? null;
    if (phone && !/\d/.test(phone)) throw badRequest311('phone 格式有误 (invalid phone)');
    const accountId = text(p, 'account_id', 200) ?? null;
    const deviceId = text(p, 'device_id', 200) ?? text(p, 'deviceid', 200) ?? null;
    const zipcode = text(p, 'zipcode', 20) ?? null;
    const media = mediaUrls(p);
    const attrs = parseAttributes(p);
    for (const values of Object.values(attrs.values)) {
      if ((Array.isArray(values) ? values : [values]).some((v) => FORBIDDEN_CHARS.test(v))) attrs.errors.push('attribute 含有不允许的控制字符');
    }
    const defs = await serviceAttributes(ctx.db, category.id);
    const attrErrors = [...attrs.errors, ...checkAttributes(attrs.values, defs)];
    if (attrErrors.length) throw badRequest311(`${attrErrors.join('；')} (invalid attribute)`);

    const ref = await ctx.ref.get();
    // Chinese names are written family name first; others given name first.
    const han = /\p{Script=Han}/u;
    const callerName =
      [firstName, lastName].some((n) => n && han.test(n)) ? `${lastName ?? ''}${firstName ?? ''}` || null : [firstName, lastName].filter(Boolean).join(' ') || null;
    const content = description || `${category.name}${addressString ? `：${addressString}` : ''}`;
    const address =
      addressString ?? (lat !== null ? `经纬度 ${lat}, ${long}` : null) ?? (addressId ? `地址编号 ${addressId}` : null);
    const now = ctx.now();
    const rawKey = req.headers['idempotency-key'];
    const idemKey = Array.isArray(rawKey) ? rawKey[0] : rawKey;
    if (idemKey !== undefined && (!idemKey || idemKey.length > 200)) throw badRequest311('Idempotency-Key 应为 1–200 个字符');
    const { api_key: _k, ...hashed } = p;

    // Registered as on any other channel (智能派单 included); the Open311 details in the same
    // transaction: a failure leaves no ticket behind.
    const newToken = crypto.randomBytes(16).toString('base64url');
    const { ticket, replayed } = await registerRequest(
      ctx,
      SYSTEM_ACTOR,
      {
        channel: 'open311',
        type: settings.ticketType,
        priority: 'normal',
        title: null,
        content,
        callerName,
        callerPhone: phone,
        address,
        categoryId: category.id,
        // Open311 is a public channel: its requests are published (masked) by their nature.
        publicConsent: true,
      },
      {
        now,
        idempotency: idemKey
          ? { scope: `apikey:${key.id}`, key: idemKey, requestHash: crypto.createHash('sha256').update(JSON.stringify(hashed)).digest('base64url') }
          : undefined,
        alongside: (tx, t) =>
          insertOpen311Request(tx, {
            ticketId: t.id,
            token: newToken,
            apiKeyId: key.id,
            serviceCode: category.code,
            accountId,
            deviceId,
            lat,
            long,
            addressId,
            zipcode,
            mediaUrls: media,
            email,
            attributes: attrs.values,
            files: req.open311Files,
            createdAt: now,
          }),
      },
    );
    const token = replayed ? await tokenOf(ctx.db, ticket.id) : newToken;
    if (replayed) reply.header('Idempotent-Replayed', 'true');
    const limits = resolveTimeLimits(ref.rules, { type: ticket.type, priority: ticket.priority, categoryPath: ref.categoryPath(ticket.categoryId) });
    return send(reply, format, 'service_requests', [
      {
        service_request_id: ticket.number,
        token,
        service_notice: `已受理，工单编号 ${ticket.number}。一般在派单后 ${limitText(limits.handle)}内办理并答复。`,
        account_id: accountId,
      },
    ]);
  });

  // ── GET requests ───────────────────────────────────────────────────────────────────────
  both('GET', 'requests', { summary: '查询公开的诉求 (GET requests，缺省最近 90 天，最多 1000 条)', ok: anyList }, async (req, reply, format) => {
    const audience = await audienceOf(req);
    const p = paramsOf(req);
    const ref = await ctx.ref.get();
    const page = positiveInt(p, 'page', 1_000_000) ?? 1;
    const pageSize = positiveInt(p, 'page_size', MAX_LIST) ?? MAX_LIST;
    const ids = list(param(p, 'service_request_id'), MAX_LIST);
    let rows: PublicRequestRow[];
    if (ids) {
      // With service_request_id, the other parameters are ignored (GeoReport v2).
      rows = await listPublicRequests(ctx.db, { numbers: ids, audience, limit: pageSize, offset: (page - 1) * pageSize });
    } else {
      let from = date(p, 'start_date');
      let to = date(p, 'end_date');
      if (from && to && from > to) throw badRequest311('start_date 晚于 end_date (start_date is after end_date)');
      // Default: the last 90 days (or 90 days from/to the one date given), at most 1,000.
      if (!from && !to) from = new Date(ctx.now().getTime() - 90 * DAY);
      else if (from && !to) to = new Date(from.getTime() + 90 * DAY);
      else if (!from && to) from = new Date(to.getTime() - 90 * DAY);
      const statusParam = list(param(p, 'status')?.toLowerCase(), 2);
      let statuses: TicketStatus[] | undefined;
      if (statusParam?.length) {
        if (statusParam.some((s) => s !== 'open' && s !== 'closed')) throw badRequest311('status 应为 open 或 closed (status must be open or closed)');
        statuses = [...new Set(statusParam as RequestStatus[])].flatMap((s) => STATUS_FILTER[s]);
      }
      const codes = list(param(p, 'service_code'), 100);
      let categoryIds: number[] | undefined;
      if (codes?.length) {
        const categories = await activeCategories(ctx.db);
        categoryIds = subtree(categories, categories.filter((c) => codes.includes(c.code)).map((c) => c.id));
      }
      rows = await listPublicRequests(ctx.db, {
        categoryIds,
        statuses,
        from,
        to,
        audience,
        limit: pageSize,
        offset: (page - 1) * pageSize,
      });
    }
    return send(reply, format, 'service_requests', rows.map((r) => presentRequest(r, ref)));
  });

  withId('requests', { summary: '查询一条公开的诉求 (GET requests/{service_request_id})', ok: anyList, description: 'file 为 工单编号.xml 或 工单编号.json' }, async (req, reply, format, id) => {
    const audience = await audienceOf(req);
    const rows = /^\d{1,20}$/.test(id) ? await listPublicRequests(ctx.db, { numbers: [id], audience, limit: 1, offset: 0 }) : [];
    // The same answer whether the number was never issued or is not public: nothing to tell apart.
    if (!rows.length) throw notFound311('诉求不存在 (service_request_id not found)');
    const ref = await ctx.ref.get();
    return send(reply, format, 'service_requests', rows.map((r) => presentRequest(r, ref)));
  });

  // ── tokens ─────────────────────────────────────────────────────────────────────────────
  withId('tokens', { summary: '以提交时返回的 token 查询工单编号 (GET tokens/{token})', ok: anyList, description: 'file 为 token.xml 或 token.json' }, async (req, reply, format, token) => {
    const audience = await audienceOf(req);
    const number = /^[A-Za-z0-9_-]{1,100}$/.test(token) ? await numberForToken(ctx.db, token, audience) : null;
    if (!number) throw notFound311('token 不存在 (token not found)');
    return send(reply, format, 'service_requests', [{ service_request_id: number, token }]);
  });

  // ── servicerequestupdates (FixMyStreet) ────────────────────────────────────────────────
  both('GET', 'servicerequestupdates', { summary: '诉求进展 (FixMyStreet servicerequestupdates，缺省最近 24 小时)', ok: anyList }, async (req, reply, format) => {
    const audience = await audienceOf(req);
    const p = paramsOf(req);
    let from = date(p, 'start_date');
    let to = date(p, 'end_date');
    if (from && to && from > to) throw badRequest311('start_date 晚于 end_date (start_date is after end_date)');
    // Default: the last 24 hours (a feed that clients poll), at most 1,000 per page.
    if (!from && !to) from = new Date(ctx.now().getTime() - DAY);
    const page = positiveInt(p, 'page', 1_000_000) ?? 1;
    const pageSize = positiveInt(p, 'page_size', MAX_LIST) ?? MAX_LIST;
    const ref = await ctx.ref.get();
    const unitName = (id: number) => ref.unitById.get(id)?.name ?? null;
    const rows = await listUpdateEvents(ctx.db, {
      numbers: list(param(p, 'service_request_id'), MAX_LIST),
      from,
      to,
      audience,
      limit: pageSize,
      offset: (page - 1) * pageSize,
    });
    const updates = [];
    for (const r of rows) {
      const u = updateForEvent(r, unitName);
      if (!u) continue;
      updates.push({
        update_id: `${r.number}-${r.seq}`,
        service_request_id: r.number,
        status: u.status,
        updated_datetime: shanghaiIso(r.at),
        description: clip(publicText(u.description, r.callerName)),
        media_url: null,
        external_status_code: r.type,
      });
    }
    return send(reply, format, 'service_request_updates', updates);
  });

  const postUpdateDoc = {
    summary: '提交群众补充信息 (FixMyStreet POST servicerequestupdates，需 api_key)',
    ok: anyList,
    description: '与提交诉求相同的表单格式；照片文件保存为工单附件，media_url 可重复。',
  };
  both('POST', 'servicerequestupdates', postUpdateDoc, async (req, reply, format) => {
    const key = keyFor(req, true) as ApiKeyInfo;
    const settings = await settingsOf(req);
    const p = paramsOf(req);
    const number = text(p, 'service_request_id', 40);
    if (!number) throw badRequest311('缺少 service_request_id (service_request_id is required)');
    const statusRaw = text(p, 'status', 40);
    const status = statusRaw ? parseUpdateStatus(statusRaw) : 'open';
    if (!status) throw badRequest311(`未知的 status (unknown status): ${statusRaw}`);
    const description = param(p, 'description')?.trim() ?? '';
    if (charLength(description) > MAX_DESCRIPTION) {
      throw badRequest311(`description 最多 ${MAX_DESCRIPTION} 个字符 (description is longer than ${MAX_DESCRIPTION} characters)`);
    }
    const media = mediaUrls(p);
    if (!description && !media.length && !req.open311Files.length) throw badRequest311('缺少 description (description is required)');
    const updatedAt = date(p, 'updated_datetime') ?? null;
    const clientUpdateId = text(p, 'update_id', 200) ?? text(p, 'update_id_ext', 200) ?? null;
    const author: Record<string, string> = {};
    for (const k of ['first_name', 'last_name', 'email', 'phone', 'title', 'account_id']) {
      const v = text(p, k, 200);
      if (v) author[k] = v;
    }
    // Only on a request this client created: any other ticket is refused as one that does not exist.
    const ticket = /^\d{1,20}$/.test(number) ? await findOwnRequest(ctx.db, number, key.id, settings.hiddenTypes) : null;
    if (!ticket) throw notFound311('诉求不存在 (service_request_id not found)');
    const reopen = status === 'reopen' ? '（群众要求重办，请回访员或督办员处理）' : '';
    const message = `工单 ${ticket.number} 收到 Open311 客户端“${key.name}”转来的群众补充信息${reopen}：${maskText(description).slice(0, 200)}`;
    const { id } = await insertClientUpdate(
      ctx.db,
      await ctx.ref.get(),
      {
        ticketId: ticket.id,
        apiKeyId: key.id,
        clientUpdateId,
        status,
        description,
        mediaUrls: media,
        files: req.open311Files,
        author,
        updatedDatetime: updatedAt,
        createdAt: ctx.now(),
      },
      ticket,
      message,
    );
    // A note on an open request is a step: its notification and live update are the listeners'.
    ctx.listeners.nudge();
    return send(reply, format, 'service_request_updates', [{ update_id: `${ticket.number}-c${id}` }]);
  });
}
