// The request log never holds a secret or personal data from a URL: an Open311 client's api_key
// (a query or form parameter), a token, a code, a password or a phone number in a query string
// is logged as [redacted]; other query values are masked (phones, ID numbers) like any text.

import type { FastifyRequest } from 'fastify';
import { maskText } from '../domain/masking.js';

/** Query parameters whose value is never logged (names compared without case). */
const SECRET_PARAMS = new Set([
  'api_key',
  'apikey',
  'key',
  'token',
  'access_token',
  'code',
  'password',
  'secret',
  'signature',
  'sig',
  'phone',
  'mobile',
  'caller',
]);
export const REDACTED = '[redacted]';

/** The URL as logged: the path, then each query parameter by name, a secret's value replaced. */
export function redactUrl(url: string): string {
  const q = url.indexOf('?');
  if (q < 0) return url;
  const path = url.slice(0, q);
  const query = url.slice(q + 1);
  if (!query) return path;
  const parts: string[] = [];
  for (const [name, value] of new URLSearchParams(query)) {
    const shown = SECRET_PARAMS.has(name.toLowerCase()) ? REDACTED : maskText(value);
    parts.push(`${encodeURIComponent(name)}=${shown === REDACTED ? shown : encodeURIComponent(shown)}`);
  }
  return `${path}?${parts.join('&')}`;
}

/** Fastify's request serializer, with the URL redacted. */
export function serializeRequest(req: FastifyRequest) {
  return {
    method: req.method,
    url: redactUrl(req.url),
    host: req.host,
    remoteAddress: req.ip,
    remotePort: req.socket?.remotePort,
  };
}

/** Fastify logger options (false, true or pino options) with the redacting request serializer. */
export function loggerOptions(logger: boolean | object | undefined): false | Record<string, unknown> {
  if (!logger) return false;
  const base = (logger === true ? {} : logger) as Record<string, unknown> & { serializers?: Record<string, unknown> };
  return { ...base, serializers: { ...base.serializers, req: serializeRequest } };
}
