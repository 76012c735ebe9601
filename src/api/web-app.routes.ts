/**
 * The single-page web app (web/, built by `npm run build:web` into web/dist) under /app/.
 * The routes always exist, so the route table does not depend on whether the app was built;
 * without web/dist/index.html they answer 404 with a Chinese message. Files are sent by
 * @fastify/static's sendFile (confined to web/dist) and only for plain relative paths; any other
 * path under /app/ without a file extension is a deep link and gets index.html.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../app/app-error.ts';

/** web/dist, or EDUPLAN_WEB_DIST (an absolute folder ending in /): lets parallel test runs build apart. */
export const WEB_DIST =
  process.env.EDUPLAN_WEB_DIST ?? fileURLToPath(new URL('../../web/dist/', import.meta.url));

const SAFE_PATH = /^(?:[A-Za-z0-9_-][A-Za-z0-9._-]*\/)*[A-Za-z0-9_-][A-Za-z0-9._-]*$/;
const HAS_EXTENSION = /\.[A-Za-z0-9]+$/;

export async function webAppRoutes(app: FastifyInstance, distDir = WEB_DIST): Promise<void> {
  const built = existsSync(`${distDir}index.html`);
  if (built) {
    await app.register(fastifyStatic, {
      root: distDir,
      serve: false,
      cacheControl: false,
      dotfiles: 'deny',
      index: false,
    });
  }
  const access = { access: { public: true as const } };

  app.get('/app', { schema: { hide: true }, config: access }, async (_request, reply) =>
    reply.redirect('/app/'),
  );

  app.get('/app/*', { schema: { hide: true }, config: access }, async (request, reply) => {
    if (!built) throw new AppError('NOT_FOUND', '网页界面尚未构建：请先运行 npm run build:web');
    const path = (request.params as { '*': string })['*'];
    if (path !== '' && HAS_EXTENSION.test(path)) {
      if (!SAFE_PATH.test(path) || path.split('/').includes('..')) {
        throw new AppError('NOT_FOUND', `文件不存在：/app/${path}`);
      }
      // Vite puts content-hashed names under assets/: cache them for good.
      if (path.startsWith('assets/')) reply.header('Cache-Control', 'public, max-age=31536000, immutable');
      return reply.sendFile(path);
    }
    return reply.sendFile('index.html');
  });
}
