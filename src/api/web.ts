// The browser apps built by Vite into web/dist: the console at / and the citizen portal at
// /portal/. A console route (web/src/App.tsx: /tickets/42, /admin/users, …) gets the console's
// index.html, so that it can be bookmarked and reloaded; any other path is 404 problem+json (a
// scanner's /metrics.php or /wp-login, an unknown /api/ or /open311/ path).

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { sendProblem } from './problem.js';

export const WEB_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');

const NOT_BUILT = `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>12345 热线</title>
<p>网页控制台尚未构建。请运行 <code>npm run build</code>（<code>npm start</code> 会自动构建）。</p>
<p>The web console is not built yet: run <code>npm run build</code>.</p></html>`;

/**
 * The console's client-side routes (web/src/App.tsx), by their first path segment; each also
 * with anything below it (/tickets/42, /kb/articles/7). test/api/ops.test.ts checks this list
 * against App.tsx.
 */
export const CONSOLE_ROUTES = [
  'login',
  'intake',
  'dispatch',
  'inbox',
  'callbacks',
  'dashboard',
  'tickets',
  'kb',
  'qa',
  'missed',
  'missed-calls',
  'wallboard',
  'admin',
  'callers',
  'canned-replies',
] as const;

const CONSOLE_PATH = new RegExp(`^/(${CONSOLE_ROUTES.join('|')})(/[^.]*)?/?$`);

export async function webRoutes(app: FastifyInstance, dist = WEB_DIST): Promise<void> {
  const built = fs.existsSync(path.join(dist, 'index.html'));
  if (built) {
    await app.register(fastifyStatic, {
      root: dist,
      wildcard: false,
      index: false,
      // scripts/compress-web.mjs wrote .br and .gz beside each asset at build time.
      preCompressed: true,
      // Vite names assets by content hash: they never change under the same name.
      setHeaders: (res, file) => {
        res.header('cache-control', file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }
  const page = (reply: FastifyReply, file: string) =>
    built ? reply.header('cache-control', 'no-cache').sendFile(file) : reply.type('text/html; charset=utf-8').send(NOT_BUILT);

  app.get('/', { schema: { hide: true } }, (_req, reply) => page(reply, 'index.html'));
  app.get('/portal', { schema: { hide: true } }, (_req, reply) => reply.redirect('/portal/'));
  app.get('/portal/*', { schema: { hide: true } }, (_req, reply) => page(reply, 'portal/index.html'));
  app.get('/*', { schema: { hide: true } }, (req, reply) => {
    const url = req.url.split('?')[0];
    if (!CONSOLE_PATH.test(url) || /\.[a-z0-9]+$/i.test(url)) {
      return sendProblem(reply, 404, 'not_found', `资源不存在：GET ${url}`);
    }
    return page(reply, 'index.html');
  });
}
