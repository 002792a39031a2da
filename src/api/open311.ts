// Open311 GeoReport v2 at /open311/v2 (XML and JSON), with FixMyStreet's extensions.

import type { FastifyInstance } from 'fastify';
import type { AppContext } from './context.js';

export async function open311Routes(_app: FastifyInstance, _ctx: AppContext): Promise<void> {}
