// Open311 responses in XML (required by GeoReport v2) and JSON, and its error format:
// <errors><error><code>403</code><description>…</description></error></errors> or
// [{"code":403,"description":"…"}].

import type { FastifyReply } from 'fastify';

export type Format = 'xml' | 'json';

/** An error as the standard reports it: the HTTP status is also the error's code. */
export class Open311Error extends Error {
  constructor(
    readonly status: number,
    readonly description: string,
  ) {
    super(description);
    this.name = 'Open311Error';
  }
}

export const notFound311 = (d: string) => new Open311Error(404, d);
export const badRequest311 = (d: string) => new Open311Error(400, d);
export const forbidden311 = (d: string) => new Open311Error(403, d);

/** The format a URL asks for: `.json` → JSON; anything else (`.xml`, no extension) → XML. */
export function formatOf(url: string): Format {
  const path = url.split('?')[0];
  return /\.json$/i.test(path) ? 'json' : 'xml';
}

/** Splits `name.xml` / `name.json` (a path parameter); null when the extension is neither. */
export function splitFormat(file: string): { name: string; format: Format } | null {
  const m = /^(.+)\.(xml|json)$/.exec(file);
  return m ? { name: m[1], format: m[2] as Format } : null;
}

// Repeated child elements: the element name each list's items get.
const ITEM: Record<string, string> = {
  services: 'service',
  service_requests: 'request',
  service_request_updates: 'request_update',
  errors: 'error',
  attributes: 'attribute',
  values: 'value',
  endpoints: 'endpoint',
  formats: 'format',
};

// Characters XML 1.0 cannot carry at all (stored text never has them; this is a last guard).
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeXml(s: string): string {
  return s
    .replace(NOT_XML, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;');
}

function element(name: string, value: unknown): string {
  if (value === null || value === undefined) return `<${name}/>`;
  if (Array.isArray(value)) {
    const item = ITEM[name] ?? 'item';
    return `<${name}>${value.map((v) => element(item, v)).join('')}</${name}>`;
  }
  if (typeof value === 'object') {
    const inner = Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => element(k, v))
      .join('');
    return `<${name}>${inner}</${name}>`;
  }
  return `<${name}>${escapeXml(String(value))}</${name}>`;
}

/** A whole XML document: `root` is a list (items named by ITEM[root]) or an object. */
export function toXml(root: string, value: unknown): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n${element(root, value)}\n`;
}

/** Sends a list or an object: XML under `root`, JSON as it is. */
export function send(reply: FastifyReply, format: Format, root: string, value: unknown, status = 200) {
  reply.status(status);
  if (format === 'json') return reply.type('application/json; charset=utf-8').send(JSON.stringify(value));
  return reply.type('text/xml; charset=utf-8').send(toXml(root, value));
}

export function sendError(reply: FastifyReply, format: Format, status: number, description: string) {
  return send(reply, format, 'errors', [{ code: status, description }], status);
}
