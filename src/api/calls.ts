// Call events from a telephony system (ringing, answered, ended) → the agent's screen and the ticket.

import type { FastifyInstance } from 'fastify';
import type { AppContext } from './context.js';

export function callRoutes(_api: FastifyInstance, _ctx: AppContext): void {}
