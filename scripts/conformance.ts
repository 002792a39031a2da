// Open311 GeoReport v2 conformance: starts the app on a fresh database of its own (embedded
// PGlite in a temporary folder, or a new database on the server named by DATABASE_URL), runs a
// full Open311 session in XML and JSON, validates every JSON response against the official
// JSON Schemas (open311/schema-validation, in ../shared/open311/georeport-v2 or OPEN311_SCHEMAS)
// with ajv, parses every XML response, prints a table and exits non-zero on any failure.
//
//   node --import tsx scripts/conformance.ts          (npm run conformance)

import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import pg from 'pg';
import { buildApp } from '../src/api/app.js';
import type { Actor, Command } from '../src/domain/ticket.js';
import { createApiKey } from '../src/store/apikeys.js';
import { openDatabase, type Database } from '../src/store/db.js';
import { migrateToLatest } from '../src/store/migrations.js';
import { replaceServiceAttributes } from '../src/store/open311.js';
import { seedReferenceData } from '../src/store/reference.js';
import { runCommand } from '../src/store/tickets.js';
import { createUser } from '../src/store/users.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SCHEMAS = path.resolve(process.env.OPEN311_SCHEMAS ?? path.join(ROOT, '../shared/open311/georeport-v2'));
const OFFICIAL = ['service.json', 'services.json', 'service-definition.json', 'request.json', 'requests.json', 'swagger.json'];
const BASE = '/open311/v2';

// ── Schemas ──────────────────────────────────────────────────────────────────────────────────

const missing = OFFICIAL.filter((f) => !fs.existsSync(path.join(SCHEMAS, f)));
if (missing.length) {
  console.error(`找不到 Open311 官方 JSON Schema：${SCHEMAS} 中缺少 ${missing.join(', ')}`);
  console.error(`Open311 JSON Schemas not found: ${SCHEMAS} lacks ${missing.join(', ')}.`);
  console.error('Set OPEN311_SCHEMAS to the folder holding schema/georeport-v2 of open311/schema-validation.');
  process.exit(2);
}
const read = (f: string) => JSON.parse(fs.readFileSync(path.join(SCHEMAS, f), 'utf8')) as Record<string, unknown>;

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
// The Swagger's own formats carry no constraint JSON Schema knows of.
ajv.addFormat('uid', true);
ajv.addFormat('uint', /^\d+$/);
for (const f of OFFICIAL.slice(0, 5)) ajv.addSchema({ ...read(f), $id: f });

// The Swagger describes the rest (POST response, token); its known faults are corrected here,
// not in the server: the single-request path is /requests/{id} (README of the schema folder).
const swagger = read('swagger.json') as { paths: Record<string, Record<string, unknown>>; definitions: Record<string, unknown> };
const swaggerPaths = Object.keys(swagger.paths).map((p) => p.replace(/^\/request\//, '/requests/'));
const arrayOf = (def: string) => ({ type: 'array', items: { ...(swagger.definitions[def] as object), type: 'object' } });
ajv.addSchema({ ...arrayOf('RequestResponse'), $id: 'swagger#RequestResponse[]' });
ajv.addSchema({ ...arrayOf('TokenResponse'), $id: 'swagger#TokenResponse[]' });
// The specification's prose, where no schema is published: errors, discovery, FixMyStreet's updates.
ajv.addSchema({
  $id: 'spec#errors',
  type: 'array',
  minItems: 1,
  items: { type: 'object', required: ['code', 'description'], properties: { code: { type: 'integer' }, description: { type: 'string', minLength: 1 } } },
});
ajv.addSchema({
  $id: 'spec#discovery',
  type: 'object',
  required: ['changeset', 'endpoints'],
  properties: {
    changeset: { type: 'string', format: 'date-time' },
    contact: { type: 'string' },
    key_service: { type: 'string' },
    endpoints: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['specification', 'url', 'changeset', 'type', 'formats'],
        properties: {
          specification: { type: 'string', format: 'uri' },
          url: { type: 'string', format: 'uri' },
          changeset: { type: 'string', format: 'date-time' },
          type: { enum: ['production', 'test'] },
          formats: { type: 'array', items: { enum: ['text/xml', 'application/json'] }, contains: { const: 'text/xml' } },
        },
      },
    },
  },
});
ajv.addSchema({
  $id: 'fms#updates',
  type: 'array',
  items: {
    type: 'object',
    required: ['update_id', 'service_request_id', 'status', 'updated_datetime', 'description'],
    properties: {
      update_id: { type: 'string', minLength: 1 },
      service_request_id: { type: 'string', minLength: 1 },
      status: {
        enum: ['open', 'closed', 'fixed', 'in_progress', 'action_scheduled', 'investigating', 'duplicate', 'not_councils_responsibility', 'no_further_action', 'internal_referral', 'reopen'],
      },
      updated_datetime: { type: 'string', format: 'date-time' },
      description: { type: 'string' },
      media_url: { anyOf: [{ type: 'string', format: 'uri' }, { type: 'null' }] },
    },
  },
});
ajv.addSchema({ $id: 'fms#update-response', type: 'array', minItems: 1, items: { type: 'object', required: ['update_id'], properties: { update_id: { type: 'string', minLength: 1 } } } });
const validator = (id: string): ValidateFunction => ajv.getSchema(id) as ValidateFunction;

// ── A database and an app of its own ───────────────────────────────────────────────────────

async function freshDatabase(): Promise<{ database: Database; where: string; cleanup: () => Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const name = `hotline_conformance_${process.pid}_${crypto.randomBytes(3).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const u = new URL(url);
    u.pathname = `/${name}`;
    const database = await openDatabase({ url: u.toString(), poolSize: 4 });
    return {
      database,
      where: `PostgreSQL ${u.host}/${name}`,
      cleanup: async () => {
        await database.close();
        const c = new pg.Client({ connectionString: url });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await c.end();
      },
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hotline-conformance-'));
  const database = await openDatabase({ dataDir: dir });
  return {
    database,
    where: `PGlite ${dir}`,
    cleanup: async () => {
      await database.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

interface Step {
  name: string;
  method: string;
  url: string;
  format: 'xml' | 'json';
  status: number;
  expected: number;
  checks: string[];
  problems: string[];
}
const steps: Step[] = [];

const { database, where, cleanup } = await freshDatabase();
let exitCode = 0;
try {
  await migrateToLatest(database.db);
  await seedReferenceData(database.db);
  const db = database.db;
  const unit = async (code: string, name: string, kind: string, parent: number | null) =>
    (await db.insertInto('units').values({ code, name, kind, parent_id: parent }).returning('id').executeTakeFirstOrThrow()).id;
  const center = await unit('C', '热线中心', 'center', null);
  const env = await unit('ENV', '生态环境局', 'department', center);
  const cat = async (code: string, name: string, level: number, parent: number | null) =>
    (await db.insertInto('categories').values({ code, name, level, parent_id: parent, lead_unit_id: env }).returning('id').executeTakeFirstOrThrow()).id;
  const top = await cat('ENV', '环境保护', 1, null);
  const mid = await cat('ENV-NOISE', '噪声污染', 2, top);
  const leaf = await cat('ENV-NOISE-BUILD', '施工噪声', 3, mid);
  await cat('ENV-AIR', '大气污染', 2, top);
  await replaceServiceAttributes(db, leaf, [
    { code: 'time_of_day', variable: true, datatype: 'singlevaluelist', required: true, datatypeDescription: null, order: 1, description: '发生时段', values: [{ key: 'night', name: '夜间' }, { key: 'day', name: '白天' }] },
    { code: 'kinds', variable: true, datatype: 'multivaluelist', required: false, datatypeDescription: null, order: 2, description: '噪声类型', values: [{ key: 'piling', name: '打桩' }, { key: 'truck', name: '渣土车' }] },
    { code: 'decibels', variable: true, datatype: 'number', required: false, datatypeDescription: '分贝', order: 3, description: null, values: [] },
  ]);
  const adminUser = await createUser(db, { username: 'conformance-admin', password: crypto.randomBytes(12).toString('hex'), role: 'admin', unitId: null });
  const actor: Actor = { id: adminUser.id, role: 'admin', unitId: null, scope: new Set<number>() };
  const { key } = await createApiKey(db, { name: 'conformance', scope: 'open311', perMinute: 10_000 });
  const { key: slowKey } = await createApiKey(db, { name: 'conformance (2/min)', scope: 'open311', perMinute: 2 });

  const { app, ctx } = await buildApp({ database });
  await app.ready();
  const xmlParser = new XMLParser({ parseTagValue: false, trimValues: false });

  const form = (params: Record<string, string | string[] | undefined>) => {
    const parts: string[] = [];
    for (const [k, v] of Object.entries(params)) {
      if (v === undefined) continue;
      for (const one of Array.isArray(v) ? v : [v]) parts.push(`${encodeURIComponent(k)}=${encodeURIComponent(one)}`);
    }
    return parts.join('&');
  };

  /**
   * One call in one format: the status is checked, JSON is validated against `schema`, XML must
   * be well formed with `root` as its root element. Returns the parsed body.
   */
  async function call(
    name: string,
    method: 'GET' | 'POST',
    pathTemplate: string,
    format: 'xml' | 'json',
    params: Record<string, string | string[] | undefined>,
    expected: number,
    schema: string,
    root: string,
  ): Promise<any> {
    const p = pathTemplate.replace('{format}', format);
    const url = `${BASE}${p}`;
    const res =
      method === 'GET'
        ? await app.inject({ method, url: `${url}${Object.keys(params).length ? `?${form(params)}` : ''}` })
        : await app.inject({ method, url, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: form(params) });
    const step: Step = { name, method, url: p, format, status: res.statusCode, expected, checks: [], problems: [] };
    steps.push(step);
    if (res.statusCode !== expected) step.problems.push(`HTTP ${res.statusCode}, expected ${expected}`);
    const type = String(res.headers['content-type'] ?? '');
    let parsed: any = null;
    if (format === 'json') {
      if (!type.startsWith('application/json')) step.problems.push(`content-type ${type}`);
      try {
        parsed = JSON.parse(res.body);
      } catch {
        step.problems.push('not JSON');
        return null;
      }
      const validate = validator(schema);
      step.checks.push(schema);
      if (!validate(parsed)) step.problems.push(...(validate.errors ?? []).slice(0, 3).map((e) => `${schema}${e.instancePath} ${e.message}`));
    } else {
      if (!/^(text|application)\/xml/.test(type)) step.problems.push(`content-type ${type}`);
      const valid = XMLValidator.validate(res.body);
      step.checks.push('XMLValidator');
      if (valid !== true) {
        step.problems.push(`XML: ${valid.err.msg} (line ${valid.err.line})`);
        return null;
      }
      parsed = xmlParser.parse(res.body);
      if (!(root in parsed)) step.problems.push(`XML root is not <${root}>`);
      step.checks.push(`<${root}>`);
    }
    return parsed;
  }
  const check = (ok: boolean, message: string) => {
    if (!ok) steps[steps.length - 1].problems.push(message);
  };
  const asList = (v: unknown) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]);
  const J = { jurisdiction_id: 'conformance' };
  const nasty = `<script>alert("x")</script> & ]]> 'q'`;

  for (const f of ['xml', 'json'] as const) {
    const x = f === 'xml';
    await call('discovery', 'GET', '/discovery.{format}', f, {}, 200, 'spec#discovery', 'discovery');
    const services = await call('services', 'GET', '/services.{format}', f, J, 200, 'services.json', 'services');
    const list = x ? asList(services?.services?.service) : services;
    check(list.length === 2, `expected 2 services, got ${list.length}`);
    const def = await call('service definition', 'GET', '/services/ENV-NOISE-BUILD.{format}', f, J, 200, 'service-definition.json', 'service_definition');
    const attrs = x ? asList(def?.service_definition?.attributes?.attribute) : def?.attributes;
    check(attrs?.length === 3, 'expected 3 attributes');
    await call('service definition (none)', 'GET', '/services/ENV-AIR.{format}', f, J, 200, 'service-definition.json', 'service_definition');

    const created = await call('POST request', 'POST', '/requests.{format}', f, {
      ...J,
      api_key: key,
      service_code: 'ENV-NOISE-BUILD',
      lat: '28.228',
      long: '112.938',
      address_string: '建设路12号',
      description: `建设路工地凌晨两点还在打桩。${nasty}`,
      first_name: '小明',
      last_name: '王',
      email: 'wang@example.com',
      phone: '13900001111',
      account_id: 'acct-1',
      device_id: 'device-1',
      media_url: 'https://example.com/photo.jpg',
      'attribute[time_of_day]': 'night',
      'attribute[kinds][]': ['piling', 'truck'],
      'attribute[decibels]': '85',
    }, 200, 'swagger#RequestResponse[]', 'service_requests');
    const req0 = x ? created?.service_requests?.request : created?.[0];
    const id = String(req0?.service_request_id ?? '');
    const token = String(req0?.token ?? '');
    check(/^\d+$/.test(id) && token.length > 0, 'no service_request_id/token');

    const tok = await call('token', 'GET', `/tokens/${token}.{format}`, f, J, 200, 'swagger#TokenResponse[]', 'service_requests');
    check(String(x ? tok?.service_requests?.request?.service_request_id : tok?.[0]?.service_request_id) === id, 'token resolves to another id');

    const all = await call('GET requests (default 90 days)', 'GET', '/requests.{format}', f, J, 200, 'requests.json', 'service_requests');
    const body = JSON.stringify(all);
    check(!/13900001111|王小明|wang@example|acct-1|device-1/.test(body), 'personal data in a public response');
    await call('GET requests ?service_request_id', 'GET', '/requests.{format}', f, { ...J, service_request_id: `${id},000` }, 200, 'requests.json', 'service_requests');
    await call('GET requests ?service_code&status', 'GET', '/requests.{format}', f, { ...J, service_code: 'ENV-NOISE-BUILD', status: 'open' }, 200, 'requests.json', 'service_requests');
    const now = Date.now();
    await call('GET requests ?start_date&end_date', 'GET', '/requests.{format}', f, { ...J, start_date: new Date(now - 3600_000).toISOString(), end_date: new Date(now + 60_000).toISOString() }, 200, 'requests.json', 'service_requests');
    const paged = await call('GET requests ?page&page_size', 'GET', '/requests.{format}', f, { ...J, page: '1', page_size: '1' }, 200, 'requests.json', 'service_requests');
    check((x ? asList(paged?.service_requests?.request) : paged).length === 1, 'page_size=1 gave another count');
    const one = await call('GET request by id', 'GET', `/requests/${id}.{format}`, f, J, 200, 'requests.json', 'service_requests');
    const desc = x ? one?.service_requests?.request?.description : one?.[0]?.description;
    check(typeof desc === 'string' && desc.endsWith(nasty), 'description does not round-trip');

    // The ticket moves on: dispatch, accept, reply; its updates appear in the feed.
    const ticket = await db.selectFrom('tickets').select('id').where('number', '=', id).executeTakeFirstOrThrow();
    const ref = await ctx.ref.get();
    for (const c of [{ kind: 'dispatch', unitId: env }, { kind: 'accept' }, { kind: 'reply', content: '已责令施工单位夜间停工。' }] as Command[]) {
      await runCommand(db, ref, ticket.id, c, actor, new Date());
    }
    const updates = await call('GET servicerequestupdates', 'GET', '/servicerequestupdates.{format}', f, {
      ...J,
      api_key: key,
      start_date: new Date(now - 3600_000).toISOString().slice(0, 19) + 'Z',
      end_date: new Date(Date.now() + 60_000).toISOString().slice(0, 19) + 'Z',
      service_request_id: id,
    }, 200, 'fms#updates', 'service_request_updates');
    const ups = x ? asList(updates?.service_request_updates?.request_update) : updates;
    check(ups.map((u: any) => u.status).join(',') === 'in_progress,in_progress,action_scheduled', `updates: ${ups.map((u: any) => u.status).join(',')}`);
    await call('GET servicerequestupdates ?page&page_size', 'GET', '/servicerequestupdates.{format}', f, { ...J, page: '2', page_size: '2', service_request_id: id, start_date: new Date(now - 3600_000).toISOString() }, 200, 'fms#updates', 'service_request_updates');
    await call('POST servicerequestupdates', 'POST', '/servicerequestupdates.{format}', f, {
      ...J,
      api_key: key,
      service_request_id: id,
      status: 'REOPEN',
      description: '晚上还是很吵。',
      updated_datetime: new Date().toISOString().slice(0, 19) + 'Z',
      update_id: `conf-${f}`,
      first_name: 'A',
      last_name: 'B',
    }, 200, 'fms#update-response', 'service_request_updates');

    // Errors, exactly as the standard has them.
    const before = await db.selectFrom('tickets').select(db.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const bad = { ...J, service_code: 'ENV-NOISE-BUILD', lat: '28.2', long: '112.9', description: 'x', 'attribute[time_of_day]': 'night' };
    await call('error: no api_key', 'POST', '/requests.{format}', f, bad, 403, 'spec#errors', 'errors');
    await call('error: invalid api_key', 'POST', '/requests.{format}', f, { ...bad, api_key: 'h311_invalid' }, 403, 'spec#errors', 'errors');
    await call('error: unknown service', 'POST', '/requests.{format}', f, { ...bad, api_key: key, service_code: 'NOPE' }, 404, 'spec#errors', 'errors');
    await call('error: 4,001-char description', 'POST', '/requests.{format}', f, { ...bad, api_key: key, description: 'x'.repeat(4001) }, 400, 'spec#errors', 'errors');
    await call('error: no location', 'POST', '/requests.{format}', f, { ...bad, api_key: key, lat: undefined, long: undefined }, 400, 'spec#errors', 'errors');
    await call('error: bad attribute', 'POST', '/requests.{format}', f, { ...bad, api_key: key, 'attribute[time_of_day]': 'noon' }, 400, 'spec#errors', 'errors');
    const after = await db.selectFrom('tickets').select(db.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    check(Number(after.n) === Number(before.n), 'a refused request created a ticket');
    await call('error: malformed start_date', 'GET', '/requests.{format}', f, { ...J, start_date: '2026-13-45' }, 400, 'spec#errors', 'errors');
    await call('error: unknown request', 'GET', '/requests/999999999999999.{format}', f, J, 404, 'spec#errors', 'errors');
    await call('error: unknown token', 'GET', '/tokens/no-such-token.{format}', f, J, 404, 'spec#errors', 'errors');
    await call('error: unknown service definition', 'GET', '/services/NOPE.{format}', f, J, 404, 'spec#errors', 'errors');
  }
  // Rate limit: the third call in a minute with a 2/min key.
  await call('rate limit 1/2', 'GET', '/services.{format}', 'xml', { ...J, api_key: slowKey }, 200, '', 'services');
  await call('rate limit 2/2', 'GET', '/services.{format}', 'json', { ...J, api_key: slowKey }, 200, 'services.json', 'services');
  await call('error: rate limit exceeded', 'GET', '/services.{format}', 'json', { ...J, api_key: slowKey }, 429, 'spec#errors', 'errors');
  await call('error: rate limit exceeded', 'GET', '/services.{format}', 'xml', { ...J, api_key: slowKey }, 429, '', 'errors');
  await app.close();

  // ── Report ───────────────────────────────────────────────────────────────────────────────
  const pad = (s: string, n: number) => {
    const w = [...s].reduce((a, c) => a + (/[\u1100-\uFFFF]/.test(c) ? 2 : 1), 0);
    return s + ' '.repeat(Math.max(0, n - w));
  };
  console.log(`Open311 GeoReport v2 conformance — ${where}`);
  console.log(`schemas: ${SCHEMAS}\n`);
  console.log(`${pad('#', 4)}${pad('step', 44)}${pad('call', 58)}${pad('HTTP', 6)}${pad('checked against', 32)}result`);
  steps.forEach((s, i) => {
    const ok = !s.problems.length;
    console.log(
      `${pad(String(i + 1), 4)}${pad(s.name, 44)}${pad(`${s.method} ${s.url}`.slice(0, 56), 58)}${pad(String(s.status), 6)}${pad(s.checks.join(' ').slice(0, 30), 32)}${ok ? 'ok' : `FAIL: ${s.problems.join('; ')}`}`,
    );
  });
  // Every operation the (corrected) Swagger describes was exercised.
  const ops = swaggerPaths.flatMap((p) => Object.keys(swagger.paths[p.replace(/^\/requests\/\{/, '/request/{')] ?? swagger.paths[p] ?? {}).map((m) => `${m.toUpperCase()} ${p.replace('{response_format}', '{format}')}`));
  const exercised = new Set(steps.map((s) => `${s.method} ${s.url.replace(/\.(xml|json)$/, '.{format}')}`));
  const pattern = (op: string) => new RegExp(`^${op.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{[a-z_]+\\?\}/g, '[^/]+')}$`);
  const uncovered = ops.filter((op) => ![...exercised].some((e) => pattern(op).test(e)));
  const failed = steps.filter((s) => s.problems.length);
  const jsonCount = steps.filter((s) => s.format === 'json').length;
  console.log(
    `\n${steps.length} responses: ${jsonCount} JSON validated with ajv, ${steps.length - jsonCount} XML parsed; ` +
      `${ops.length - uncovered.length}/${ops.length} Swagger operations exercised; ${failed.length} failed.`,
  );
  if (uncovered.length) console.log(`not exercised: ${uncovered.join(', ')}`);
  exitCode = failed.length || uncovered.length ? 1 : 0;
  console.log(exitCode ? 'CONFORMANCE FAILED' : 'CONFORMANCE PASSED');
} catch (err) {
  console.error(err);
  exitCode = 1;
} finally {
  await cleanup();
}
process.exit(exitCode);
