/**
 * buildApp() assembles the HTTP API without listening, so tests drive it with app.inject(): the
 * core (security headers, sessions and permissions, errors, OpenAPI, accounts, the start page and
 * the web app) and the routes of every area of the context (api/area.ts). Routes are thin:
 * validate (Zod) → authorise → call one use case → present. Each request runs in one data scope
 * (app/shared/data.snapshot.ts): whatever it reads, "has anything changed?" is asked once.
 */
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
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
import { AppError, type ErrorDetail } from '../app/app-error.ts';
import { runInDataScope } from '../app/shared/data.snapshot.ts';
import { accessRoutes, type LoginLimits } from './access/access.routes.ts';
import { unstorableTextIssues } from './api.schema.ts';
import { loadApiAreas } from './area.ts';
import { registerAuth, type RouteInfo } from './auth.plugin.ts';
import {
  clientErrorHandler,
  frameworkErrors,
  MAX_PARAM_LENGTH,
  registerErrorHandling,
} from './error-handler.ts';
import { XLSX_TYPE } from './file-reply.ts';
import { registerHeavyWorkLimits, type HeavyWorkOptions } from './heavy-work.ts';
import { homeRoutes } from './home.routes.ts';
import { webAppRoutes } from './web-app.routes.ts';

z.config(z.locales.zhCN());

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route with its declared access (for the generated authorisation test). */
    eduplanRoutes: RouteInfo[];
    /** Every route served, the API documentation's too, without HEAD (for the fuzz test). */
    servedRoutes: Array<{ method: string; url: string }>;
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
  /** Bounds on heavy work (imports, exports, bulk reviews) per process and account (heavy-work.ts). */
  heavyWork?: HeavyWorkOptions;
}

/**
 * Every page and answer: only our own scripts, styles, images and connections. The web app's UI
 * library (antd) writes its styles at run time, hence 'unsafe-inline' for styles (never scripts).
 */
export const APP_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'; object-src 'none'";

/**
 * The API documentation (Swagger UI under /api/docs): its scripts and style sheets are files of
 * @fastify/swagger-ui served from /api/docs/static (no inline script, no eval; React sets element
 * styles through the DOM, which a CSP does not restrict), its icons are data: images, and it
 * fetches the document from /api/docs/json and "Try it out" calls this API. The one inline style
 * element, the colours of the Swagger logo's SVG, is allowed by its hash (a new Swagger UI with
 * another logo loses only those colours; the browser console names the new hash). Nothing else.
 */
const SWAGGER_LOGO_STYLE = "'sha256-RL3ie0nH+Lzz2YNqQN83mnU0J1ot4QL7b99vMdIX99w='";
export const DOCS_CSP = `default-src 'none'; script-src 'self'; script-src-attr 'none'; style-src 'self' ${SWAGGER_LOGO_STYLE}; img-src 'self' data:; font-src 'self'; connect-src 'self'; frame-ancestors 'none'; form-action 'none'; base-uri 'none'; object-src 'none'`;

const isDocs = (url: string) => /^\/api\/docs(?:[/?]|$)/.test(url);

/** The headers of every answer, whichever path produced it (a route, a hook, the router). */
function securityHeaders(request: FastifyRequest, reply: FastifyReply): void {
  reply.header('X-Content-Type-Options', 'nosniff');
  reply.header('X-Frame-Options', 'DENY');
  reply.header('Referrer-Policy', 'no-referrer');
  reply.header('Cross-Origin-Opener-Policy', 'same-origin');
  reply.header('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
  if (!reply.hasHeader('Cache-Control')) reply.header('Cache-Control', 'no-store');
  reply.header('Content-Security-Policy', isDocs(request.url) ? DOCS_CSP : APP_CSP);
  if (request.protocol === 'https')
    reply.header('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
}

/** Refuses a request carrying text the database cannot store: 400, naming each field and the rule. */
function refuseUnstorable(issues: ErrorDetail[]): void {
  const first = issues[0];
  if (!first) return;
  throw new AppError('VALIDATION_FAILED', `请求参数有误：${first.field} ${first.message}`, issues);
}

export function parseTrustProxy(v: string | undefined): string | false {
  return v && v.trim() !== '' ? v.trim() : false;
}

export async function buildApp(ctx: AppContext, options: BuildAppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ? { level: options.logLevel ?? 'info' } : false,
    bodyLimit: 1024 * 1024,
    routerOptions: { maxParamLength: MAX_PARAM_LENGTH },
    trustProxy: options.trustProxy ?? parseTrustProxy(process.env.EDUPLAN_TRUST_PROXY),
    // Every refusal in the one error format (error-handler.ts): the router's (it answers before
    // any hook runs, so its answers get their headers here), the HTTP parser's, and while closing.
    frameworkErrors: (err, request, reply) => {
      securityHeaders(request, reply);
      frameworkErrors(err, request, reply);
    },
    clientErrorHandler,
    return503OnClosing: false,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app, ctx);
  const served: Array<{ method: string; url: string }> = [];
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat())
      if (method !== 'HEAD') served.push({ method, url: route.url });
  });
  app.decorate('servedRoutes', served);

  // One data scope per request, entered before the first hook that reads data (the session
  // check). Fastify 5 keeps the async context across body parsing (its content-type parser runs
  // in an AsyncResource), so the handler is still inside it.
  app.addHook('onRequest', (_request, _reply, done) => runInDataScope(done));

  // Text PostgreSQL cannot store (NUL, lone surrogates) is refused at the edge, for every route
  // and before its handler: in a header (the User-Agent is stored with the session) before the
  // session check, and in the path parameters, the query string and a JSON body (keys too, at
  // any depth) before validation. An uploaded file (a Buffer) is binary and not scanned.
  app.addHook('onRequest', async (request) => {
    refuseUnstorable(unstorableTextIssues('headers', request.headers, true));
  });
  app.addHook('preValidation', async (request) => {
    refuseUnstorable([
      ...unstorableTextIssues('params', request.params, true),
      ...unstorableTextIssues('query', request.query, true),
      ...(Buffer.isBuffer(request.body) ? [] : unstorableTextIssues('body', request.body)),
    ]);
  });

  app.addHook('onSend', async (request, reply, payload) => {
    securityHeaders(request, reply);
    return payload;
  });

  // Excel uploads arrive as the raw file.
  app.addContentTypeParser(
    [XLSX_TYPE, 'application/octet-stream'],
    { parseAs: 'buffer', bodyLimit: 10 * 1024 * 1024 },
    (_request, body, done) => done(null, body),
  );
  const routes = await registerAuth(app, ctx);
  // Before any route: every route registered later with `config.heavy` runs with a slot.
  registerHeavyWorkLimits(app, options.heavyWork);
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
