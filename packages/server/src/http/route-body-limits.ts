import { cityError } from '@city-app/core';
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { IMAGE_UPLOAD_BODY_BYTES } from '../images/upload-routes.js';
import type { RouteBodyLimit, ServerModule } from '../module.js';
import type { KernelEnv } from './context.js';
import { jsonError, payloadTooLarge } from './errors.js';

/** No module may make the server buffer more than this for one request. */
export const MAX_ROUTE_BODY_BYTES = 64 * 1024 * 1024;

/** The kernel's own routes that take more than the kernel's limit: staff's image uploads. */
const KERNEL_ROUTE_LIMITS: ReadonlyMap<string, number> = new Map([
  ['POST /api/images', IMAGE_UPLOAD_BODY_BYTES],
]);

/** `POST /api/waste/admin/import` → its limit, from what the modules declare. */
export function routeBodyLimits(modules: readonly ServerModule[]): Map<string, number> {
  const limits = new Map<string, number>();
  for (const module of modules) {
    const id = module.manifest.id;
    for (const limit of module.bodyLimits ?? []) {
      checkLimit(id, limit);
      const path = `/api/${id}${limit.path === '/' ? '' : limit.path.replace(/\/$/, '')}`;
      limits.set(`${limit.method} ${path}`, limit.maxBytes);
    }
  }
  return limits;
}

function checkLimit(id: string, limit: RouteBodyLimit): void {
  const fine =
    ['POST', 'PUT', 'PATCH'].includes(limit.method) &&
    /^\/[\w./-]*$/.test(limit.path) &&
    Number.isInteger(limit.maxBytes) &&
    limit.maxBytes > 0 &&
    limit.maxBytes <= MAX_ROUTE_BODY_BYTES;
  if (!fine) {
    throw cityError('module_body_limit_invalid', {
      id,
      route: `${limit.method} ${limit.path}`,
      max: MAX_ROUTE_BODY_BYTES,
    });
  }
}

/**
 * The body limit of `/api/*`: the kernel's for every route, a module's larger one for the
 * routes it declares. A larger kernel limit (set by the operator) wins over a smaller one.
 */
export function apiBodyLimit(
  kernelMax: number,
  modules: readonly ServerModule[],
): MiddlewareHandler<KernelEnv> {
  const limits = new Map([...KERNEL_ROUTE_LIMITS, ...routeBodyLimits(modules)]);
  const limiter = (maxSize: number) =>
    bodyLimit({ maxSize, onError: (c) => jsonError(c, payloadTooLarge(maxSize)) });
  const byRoute = new Map(
    [...limits].map(([route, max]) => [route, limiter(Math.max(max, kernelMax))]),
  );
  const kernel = limiter(kernelMax);
  return (c, next) => {
    // A GET or HEAD has no body to limit; asking the request for one would build a full
    // Request object on every read (measured: a sixth of `/api/town`'s CPU).
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    const path = c.req.path.length > 1 ? c.req.path.replace(/\/$/, '') : c.req.path;
    return (byRoute.get(`${c.req.method} ${path}`) ?? kernel)(c, next);
  };
}
