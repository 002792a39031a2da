// The portal's API client: openapi-fetch typed by the server's OpenAPI document, without the
// console's session (the portal's routes are public; a phone number is proved by an SMS code).

import createClient from 'openapi-fetch';
import type { paths } from '../src/api/schema';

export const api = createClient<paths>({ baseUrl: '' });

/** A problem+json answer (RFC 9457). */
export class PortalError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly detail: string,
  ) {
    super(detail);
  }
}

export async function ok<T>(p: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<NonNullable<T>> {
  let res: { data?: T; error?: unknown; response: Response };
  try {
    res = await p;
  } catch {
    throw new PortalError(0, 'network', '');
  }
  if (!res.response.ok) {
    const e = (res.error ?? {}) as { code?: string; detail?: string };
    throw new PortalError(res.response.status, e.code ?? String(res.response.status), e.detail ?? res.response.statusText);
  }
  return res.data as NonNullable<T>;
}

export type PortalTicket = paths['/api/v1/portal/lookup']['post']['responses'][200]['content']['application/json'];
export type PortalOptions = paths['/api/v1/portal/options']['get']['responses'][200]['content']['application/json'];
export type TicketType = PortalOptions['types'][number]['value'];
export type Satisfaction = NonNullable<PortalTicket['rating']>['satisfaction'];

export const MOBILE = /^1[3-9]\d{9}$/;
export const normalizePhone = (p: string) => p.replace(/[\s\-()（）]/g, '').replace(/^(\+86|0086)(?=1\d{10}$)/, '');
