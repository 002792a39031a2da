// Errors as RFC 9457 problem+json, with a stable `code` and a zh-CN `detail`.

import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { DomainFailure } from '../store/tickets.js';

export interface Problem {
  type: string;
  title: string;
  status: number;
  code: string;
  detail: string;
  errors?: { path: string; message: string }[];
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly detail: string,
    readonly errors?: Problem['errors'],
  ) {
    super(detail);
  }
}

export const notFound = (detail = '资源不存在', code = 'not_found') => new HttpProblem(404, code, detail);
export const forbidden = (detail = '无权执行此操作', code = 'forbidden') => new HttpProblem(403, code, detail);
export const badRequest = (detail: string, code = 'bad_request') => new HttpProblem(400, code, detail);

export function sendProblem(reply: FastifyReply, status: number, code: string, detail: string, errors?: Problem['errors']) {
  const body: Problem = { type: `/problems/${code}`, title: TITLES[status] ?? 'Error', status, code, detail };
  if (errors?.length) body.errors = errors;
  return reply.status(status).type('application/problem+json; charset=utf-8').send(JSON.stringify(body));
}

/** Turns every thrown error into problem+json; unexpected ones are logged and answered 500 without internals. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (err instanceof HttpProblem) return sendProblem(reply, err.status, err.code, err.detail, err.errors);
    if (err instanceof DomainFailure) return sendProblem(reply, err.error.status, err.error.code, err.error.detail);
    if (hasZodFastifySchemaValidationErrors(err)) {
      const where = err.validationContext ?? 'body';
      const errors = err.validation.map((v) => ({
        path: [where, ...String(v.instancePath ?? '').split('/').filter(Boolean)].join('.'),
        message: v.message ?? '无效',
      }));
      const detail = `请求参数有误：${errors.map((e) => `${e.path} ${e.message}`).join('；')}`;
      return sendProblem(reply, 400, 'validation_failed', detail, errors);
    }
    switch (err.code) {
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return sendProblem(reply, 413, 'body_too_large', '请求体过大');
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        return sendProblem(reply, 415, 'unsupported_media_type', '不支持的请求内容类型，请使用 application/json');
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      case 'FST_ERR_CTP_INVALID_JSON_BODY':
        return sendProblem(reply, 400, 'invalid_json', '请求体不是有效的 JSON');
    }
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      return sendProblem(reply, err.statusCode, 'bad_request', err.message);
    }
    req.log.error({ err }, 'unhandled error');
    return sendProblem(reply, 500, 'internal_error', '服务器内部错误，请稍后重试');
  });
  app.setNotFoundHandler((req, reply) => sendProblem(reply, 404, 'not_found', `接口不存在：${req.method} ${req.url.split('?')[0]}`));
}
