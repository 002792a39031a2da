// The citizen portal's API (/api/v1/portal/…): submit, look up by number + phone, rate.

import type { FastifyInstance } from 'fastify';
import type { AppContext } from './context.js';

export function portalRoutes(_api: FastifyInstance, _ctx: AppContext): void {}
