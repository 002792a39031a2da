// XLSX exports (placeholder: filled in by the exports work).
import type { FastifyInstance } from 'fastify';
import type { AppContext } from './context.js';

export function exportRoutes(_app: FastifyInstance, _ctx: AppContext) {}
