// What every operation of the OpenAPI document gets in one place, so that no route has to repeat
// it and none can forget it: a stable operationId (derived from method and path unless the route
// names one), the RFC 9457 problem+json errors it can answer (a default set by what the operation
// has: parameters → 400, a bearer token → 401 and 403, a path parameter → 404, a write → 409 and
// 422; a route's own entry for a code wins), the servers, and the licence. Applied by
// @fastify/swagger's transformObject, to the document only: nothing changes at run time.

import type { Problem } from './problem.js';

type Json = Record<string, unknown>;
type Operation = {
  operationId?: string;
  parameters?: { in: string }[];
  requestBody?: unknown;
  security?: unknown[];
  responses?: Record<string, unknown>;
};

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'] as const;
const WRITES = new Set(['post', 'put', 'patch', 'delete']);

/** The staff API's prefix: the conventions apply there (Open311 has its own error format). */
export const API_PREFIX = '/api/v1';

/** The problem+json body (problem.ts Problem), as JSON Schema. */
export const PROBLEM_SCHEMA = {
  type: 'object',
  description: 'RFC 9457 problem details, with a stable code and a zh-CN detail',
  required: ['type', 'title', 'status', 'code', 'detail'],
  properties: {
    type: { type: 'string', description: '问题类型：/problems/{code}' },
    title: { type: 'string', description: 'HTTP 状态的英文名称' },
    status: { type: 'integer', description: 'HTTP 状态码' },
    code: { type: 'string', description: '稳定的错误代码（程序据此判断）' },
    detail: { type: 'string', description: '中文说明（可展示给用户）' },
    errors: {
      type: 'array',
      description: '逐项的参数错误（仅 validation_failed）',
      items: {
        type: 'object',
        required: ['path', 'message'],
        properties: { path: { type: 'string', description: '如 body.content' }, message: { type: 'string' } },
      },
    },
  },
} as const satisfies Json & { required: readonly (keyof Problem)[] };

/** The 4xx answers documented by default, each a shared response in components. */
export const PROBLEM_RESPONSES: Record<string, { name: string; description: string }> = {
  400: { name: 'BadRequest', description: '请求参数有误（code: validation_failed 等，errors 逐项说明）' },
  401: { name: 'Unauthorized', description: '未登录、令牌无效或已过期' },
  403: { name: 'Forbidden', description: '当前角色或数据范围无权执行此操作' },
  404: { name: 'NotFound', description: '资源不存在（或不在当前用户的数据范围内）' },
  409: { name: 'Conflict', description: '与当前状态冲突（如工单已被他人办理、名称重复）' },
  422: { name: 'UnprocessableContent', description: '格式正确但违反业务规则（如 Idempotency-Key 已用于内容不同的请求）' },
};

/** GET /api/v1/tickets/{id}/attachments → getTicketsByIdAttachments. */
export function operationIdFor(method: string, path: string): string {
  const rest = path.startsWith(`${API_PREFIX}/`) ? path.slice(API_PREFIX.length) : path;
  const words = rest
    .split('/')
    .filter(Boolean)
    .flatMap((segment) => {
      const param = /^\{(.+)\}$/.exec(segment);
      const parts = (param ? param[1] : segment).split(/[^A-Za-z0-9]+/).filter(Boolean);
      return param ? ['By', ...parts] : parts;
    });
  return method.toLowerCase() + words.map((w) => w[0].toUpperCase() + w.slice(1)).join('');
}

/** The 4xx codes an operation documents by default. */
export function defaultProblems(method: string, path: string, op: Operation): string[] {
  const codes: string[] = [];
  const authenticated = op.security === undefined || op.security.length > 0;
  if (op.parameters?.length || op.requestBody) codes.push('400');
  if (authenticated) codes.push('401', '403');
  if (path.includes('{')) codes.push('404');
  if (WRITES.has(method)) codes.push('409', '422');
  return codes;
}

/** The document with the conventions applied (the object is changed in place and returned). */
export function applyConventions<T>(document: T): T {
  const doc = document as Json & { paths?: Record<string, Record<string, Operation>>; components?: Json };
  const components = (doc.components ??= {}) as Json & { schemas?: Json; responses?: Json };
  components.schemas = { ...(components.schemas ?? {}), Problem: PROBLEM_SCHEMA };
  components.responses = {
    ...(components.responses ?? {}),
    ...Object.fromEntries(
      Object.values(PROBLEM_RESPONSES).map(({ name, description }) => [
        name,
        { description, content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } },
      ]),
    ),
  };
  const seen = new Map<string, string>();
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of METHODS) {
      if (!item[method]) continue;
      // A route with several methods shares one operation object between them: each gets its own.
      const op: Operation = (item[method] = { ...item[method], responses: { ...item[method].responses } });
      op.operationId ??= operationIdFor(method, path);
      const where = `${method.toUpperCase()} ${path}`;
      const other = seen.get(op.operationId);
      if (other) throw new Error(`operationId ${op.operationId} is used by both ${other} and ${where}: name one of them in its route schema`);
      seen.set(op.operationId, where);
      if (!path.startsWith(`${API_PREFIX}/`)) continue;
      const responses = op.responses as Record<string, unknown>;
      for (const code of defaultProblems(method, path, op)) {
        responses[code] ??= { $ref: `#/components/responses/${PROBLEM_RESPONSES[code].name}` };
      }
    }
  }
  return document;
}
