// Admin screens' endpoints (units, categories, lines, users).

import type { FastifyInstance } from 'fastify';
import type { AppContext } from './context.js';

export function adminConsoleRoutes(_api: FastifyInstance, _ctx: AppContext): void {}
