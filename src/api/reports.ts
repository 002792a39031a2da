// The daily report 民情日报 (placeholder: filled in by the report work).
import type { FastifyInstance } from 'fastify';
import type { AppContext } from './context.js';

export function reportRoutes(_app: FastifyInstance, _ctx: AppContext) {}
