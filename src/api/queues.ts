// Work queues for the console (dispatch, unit inbox, callbacks).

import type { FastifyInstance } from 'fastify';
import type { AppContext } from './context.js';

export function queueRoutes(_api: FastifyInstance, _ctx: AppContext): void {}
