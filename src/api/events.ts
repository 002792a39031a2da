// Server-sent events: GET /api/v1/events streams the changes a signed-in user may see, as they
// are committed by any server process on the database. Ticket changes come from this process's
// reader of the committed event stream (src/listeners/live.ts, through ctx.changes); call events
// still come over PostgreSQL NOTIFY (store/events.ts). The console uses them to refresh a ticket
// page or a queue when someone else acts.

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inCentreScope, type Actor } from '../domain/ticket.js';
import type { Change, Unlisten } from '../store/events.js';
import { userForToken } from '../store/users.js';
import { actorFor } from '../app/actor.js';
import { bearer, requireUser } from './auth.js';
import type { AppContext } from '../app/context.js';
import type { LiveStreams } from './ops.js';

/** A comment line every so often keeps proxies and the browser from closing an idle stream. */
const HEARTBEAT_MS = 20_000;
/** How often an open stream checks that its user's session still stands. */
const SESSION_CHECK_MS = 2_000;

/** Whether this user may hear of this change. */
export function mayHear(actor: Actor, change: Change): boolean {
  switch (change.kind) {
    case 'ticket':
      // Centre staff hear of their centre's tickets (and those of the centres below it) only.
      return actor.role !== 'unit_handler' ? inCentreScope(actor, change.centreId) : change.unitIds.some((u) => actor.scope.has(u));
    case 'call':
      return change.userId === actor.id;
    case 'handoff':
      return change.userId === actor.id;
    case 'floor':
      // The wallboard's viewers hear everything on the floor; an agent hears of their own state
      // (set by the telephony) and of the missed-call queue they work.
      if (actor.role === 'supervisor' || actor.role === 'admin' || actor.role === 'analyst') return true;
      if (change.what === 'agent_state') return change.userId === actor.id;
      return change.what === 'missed_call' && (actor.role === 'agent' || actor.role === 'callback_agent');
    case 'notification':
      // As GET /notifications reads them: a unit's handlers their subtree's, the centre's staff their centre's.
      return actor.role === 'unit_handler' ? change.unitIds.some((u) => actor.scope.has(u)) : change.centreIds.some((c) => inCentreScope(actor, c));
  }
}

/** streams: this server's open streams (counted for /metrics; ended when the server closes). */
export function eventRoutes(app: FastifyInstance, ctx: AppContext, streams?: LiveStreams): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/events',
    {
      schema: {
        tags: ['live'],
        summary: '实时变更（text/event-stream）：工单变动、来电、通知',
        querystring: z.object({ ticket: z.coerce.number().int().positive().optional().describe('只要这张工单的变动') }),
      },
    },
    async (req, reply) => {
      const user = requireUser(req);
      const actor = await actorFor(ctx, user);
      const token = bearer(req);
      const only = req.query.ticket;
      reply.hijack();
      const res = reply.raw;
      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      res.write('retry: 3000\n: connected\n\n');
      const forget = streams?.add(res);
      const hear = (change: Change) => {
        if (only != null && !(change.kind === 'ticket' && change.id === only)) return;
        if (!mayHear(actor, change)) return;
        res.write(`event: ${change.kind}\ndata: ${JSON.stringify(change)}\n\n`);
      };
      const stopTickets = ctx.changes.subscribe(hear);
      // The client may hang up while LISTEN is being set up: the close handlers go on first, and
      // a listener that arrives after the end is let go at once.
      let unlisten: Unlisten | null = null;
      let ended = false;
      const end = () => {
        if (ended) return;
        ended = true;
        forget?.();
        clearInterval(beat);
        clearInterval(check);
        stopTickets();
        if (unlisten) void unlisten();
      };
      req.raw.once('close', end);
      res.once('close', end);
      const beat = setInterval(() => res.write(': ping\n\n'), HEARTBEAT_MS);
      // A stream outlives the request that opened it: signing out, revoking or disabling the user,
      // or changing their role or unit ends it within SESSION_CHECK_MS (the browser reconnects
      // and is refused, or hears as the user now is).
      const check = setInterval(() => {
        void (async () => {
          const now = token ? await userForToken(ctx.db, token, ctx.now()).catch(() => user) : null;
          if (!now || now.role !== user.role || now.unitId !== user.unitId) res.end();
        })();
      }, SESSION_CHECK_MS);
      const stop = await ctx.database.listen(hear);
      if (ended || res.destroyed) {
        end();
        void stop();
      } else {
        unlisten = stop;
        // Everything from here on reaches this stream: the client refetches what it may have missed
        // while connecting (and a test knows it may now make changes).
        res.write('event: ready\ndata: {"kind":"ready"}\n\n');
      }
    },
  );
}
