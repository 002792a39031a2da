// Channels that listen on their own sockets (the SMTP listener for the email channel), started
// with the server. Returns a function that stops them.

import type { FastifyBaseLogger } from 'fastify';
import type { AppContext } from '../api/context.js';

export async function startChannels(_ctx: AppContext, _log: FastifyBaseLogger): Promise<() => Promise<void>> {
  return async () => {};
}
