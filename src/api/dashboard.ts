// The supervisors' and leaders' dashboard (trends, breakdowns, drill-down).

import type { FastifyInstance } from 'fastify';
import type { AppContext } from './context.js';

export function dashboardRoutes(_api: FastifyInstance, _ctx: AppContext): void {}
