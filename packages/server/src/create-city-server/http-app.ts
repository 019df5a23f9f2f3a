import { randomUUID } from 'node:crypto';
import { join, resolve } from 'node:path';
import type { CityConfig } from '@city-app/core';
import { Hono } from 'hono';
import { csrfProtection } from '../auth/csrf.js';
import { loadSession } from '../auth/middleware.js';
import { AUTH_EXEMPT_FROM_CSRF_TOKEN } from '../auth/routes.js';
import { appRouteMatcher } from '../http/app-routes.js';
import type { KernelEnv, RequestSettings } from '../http/context.js';
import { errorHandler } from '../http/errors.js';
import { apiBodyLimit } from '../http/route-body-limits.js';
import { securityHeaders } from '../http/security.js';
import { hasWebRoot, serveWeb } from '../http/static.js';
import { healthHandler } from '../kernel-routes/health.js';
import type { Database, Logger, ServerModule } from '../module.js';
import { describeRoute } from '../openapi/describe.js';
import { buildOpenApiDocument } from '../openapi/document.js';
import { SERVER_VERSION } from '../version.js';

/**
 * The app every request passes first: a request id, the security headers, and on `/api/*`
 * the body limit (a module's larger one on the routes it declares), the staff session and the CSRF check; then `/healthz` and the OpenAPI
 * document of every `/api` route mounted by the time it is first asked for.
 */
export function createKernelApp(options: {
  db: Database;
  city: CityConfig;
  log: Logger;
  settings: RequestSettings;
  maxBodyBytes: number;
  /** Their routes that declare a larger body limit (`bodyLimits`). */
  modules?: readonly ServerModule[];
}): Hono<KernelEnv> {
  const { db, city, settings, maxBodyBytes } = options;
  const app = new Hono<KernelEnv>();
  app.onError(errorHandler(options.log));
  app.use('*', async (c, next) => {
    c.set('requestId', randomUUID());
    c.set('user', null);
    c.set('session', null);
    await next();
  });
  app.use('*', securityHeaders(settings, city.map));
  app.use(
    '/api/*',
    apiBodyLimit(maxBodyBytes, options.modules ?? []),
    loadSession(db),
    csrfProtection({ exempt: AUTH_EXEMPT_FROM_CSRF_TOKEN, settings }),
  );
  app.get('/healthz', healthHandler(db));
  let openApi: Record<string, unknown> | undefined;
  app.get(
    '/api/openapi.json',
    describeRoute({
      summary: 'This OpenAPI document',
      tags: ['meta'],
      responses: { 200: { description: 'OpenAPI 3.1 document of every /api route' } },
    }),
    (c) => {
      openApi ??= buildOpenApiDocument(app, {
        title: `${city.branding.appName} API`,
        version: SERVER_VERSION,
        description: `The API of ${city.branding.appName}, the city app of ${city.town.name}.`,
      });
      return c.json(openApi);
    },
  );
  return app;
}

/**
 * Last on the app: the built PWA (each app route answers with its page) and a 404 that
 * points API callers to the OpenAPI document.
 */
export function serveWebAndNotFound(
  app: Hono<KernelEnv>,
  options: { webRoot: string | false | undefined; root: string; modules: readonly ServerModule[] },
): void {
  const webRoot =
    options.webRoot === false
      ? undefined
      : resolve(options.webRoot ?? join(options.root, 'dist', 'web'));
  if (webRoot && hasWebRoot(webRoot)) {
    const isAppRoute = appRouteMatcher(options.modules.map((m) => m.manifest));
    app.use('*', serveWeb(webRoot, { isAppRoute }));
  }
  app.notFound((c) =>
    c.json(
      {
        code: 'not_found',
        message: c.req.path.startsWith('/api/')
          ? `There is no API route ${c.req.method} ${c.req.path}. See /api/openapi.json.`
          : `Nothing at ${c.req.path}.`,
      },
      404,
    ),
  );
}
