/**
 * buildApp() assembles the HTTP API without listening, so tests drive it with app.inject(): the
 * core (security headers, sessions and permissions, errors, OpenAPI, accounts, the start page and
 * the web app) and the routes of every area of the context (api/area.ts). Routes are thin:
 * validate (Zod) → authorise → call one use case → present. Each request runs in one data scope
 * (app/shared/data.snapshot.ts): whatever it reads, "has anything changed?" is asked once.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../app/app.context.ts';
import { runInDataScope } from '../app/shared/data.snapshot.ts';
import { accessRoutes, type LoginLimits } from './access/access.routes.ts';
import { loadApiAreas } from './area.ts';
import { registerAuth, type RouteInfo } from './auth.plugin.ts';
import { registerErrorHandling } from './error-handler.ts';
import { XLSX_TYPE } from './file-reply.ts';
import { homeRoutes } from './home.routes.ts';
import { webAppRoutes } from './web-app.routes.ts';

z.config(z.locales.zhCN());

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route with its declared access (for the generated authorisation test). */
    eduplanRoutes: RouteInfo[];
  }
}

export interface BuildAppOptions {
  logger?: boolean;
  logLevel?: 'info' | 'warn' | 'error';
  loginLimits?: LoginLimits;
  /**
   * Trust X-Forwarded-* from a reverse proxy (TLS terminated in front). EDUPLAN_TRUST_PROXY: the
   * proxy's address or CIDR list, e.g. "10.0.0.5" or "10.0.0.0/8,127.0.0.1". Never trust
   * everything: the client address would then come from a header anyone can forge.
   */
  trustProxy?: string;
}

export function parseTrustProxy(v: string | undefined): string | false {
  return v && v.trim() !== '' ? v.trim() : false;
}

export async function buildApp(ctx: AppContext, options: BuildAppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ? { level: options.logLevel ?? 'info' } : false,
    bodyLimit: 1024 * 1024,
    routerOptions: { maxParamLength: 200 },
    trustProxy: options.trustProxy ?? parseTrustProxy(process.env.EDUPLAN_TRUST_PROXY),
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app, ctx);

  // One data scope per request, entered before the first hook that reads data (the session
  // check). Fastify 5 keeps the async context across body parsing (its content-type parser runs
  // in an AsyncResource), so the handler is still inside it.
  app.addHook('onRequest', (_request, _reply, done) => runInDataScope(done));

  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('X-Frame-Options', 'DENY');
    reply.header('Referrer-Policy', 'no-referrer');
    reply.header('Cross-Origin-Opener-Policy', 'same-origin');
    reply.header('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
    if (!reply.hasHeader('Cache-Control')) reply.header('Cache-Control', 'no-store');
    // The API documentation page brings its own scripts; everything else allows only our own.
    if (!request.url.startsWith('/api/docs')) {
      reply.header(
        'Content-Security-Policy',
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'; object-src 'none'",
      );
    }
    if (request.protocol === 'https')
      reply.header('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    return payload;
  });

  // Excel uploads arrive as the raw file.
  app.addContentTypeParser(
    [XLSX_TYPE, 'application/octet-stream'],
    { parseAs: 'buffer', bodyLimit: 10 * 1024 * 1024 },
    (_request, body, done) => done(null, body),
  );
  const routes = await registerAuth(app, ctx);
  app.decorate('eduplanRoutes', routes);
  const areas = await loadApiAreas(ctx.areas.map((a) => a.name));

  await app.register(swagger, {
    openapi: {
      info: {
        title: 'EduPlan 扩优提质行动平台 API',
        description:
          '济宁市基础教育扩优提质行动（济教字〔2024〕29号）管理服务平台接口。所有错误以 { error: { code, message, details } } 返回，message 为中文。',
        version: '0.1.0',
      },
      tags: [{ name: 'access', description: '登录、会话、账号和安全审计' }, ...areas.map((a) => a.api.tag)],
    },
    transform: jsonSchemaTransform,
    // Schemas with a `.meta({ id })` become named components (the web app's generated types).
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true }, config: { access: { public: true } } }, async () =>
    app.swagger(),
  );

  await app.register(accessRoutes(ctx, options.loginLimits), { prefix: '/api/v1' });
  for (const { api } of areas) await app.register(api.routes(ctx), { prefix: '/api/v1' });
  await app.register(homeRoutes(ctx));
  await webAppRoutes(app);
  app.get('/api/health', { schema: { hide: true }, config: { access: { public: true } } }, async () => ({
    status: 'ok',
  }));
  return app;
}
