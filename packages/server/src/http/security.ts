import { type MapConfig, tileOrigin } from '@city-app/core';
import type { MiddlewareHandler } from 'hono';
import { isHttps, type KernelEnv, type RequestSettings } from './context.js';

/** No inline script anywhere: the PWA ships only files, so the policy can be strict. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The policy for a town: the strict one, with `img-src` widened to exactly the origin of the
 * tile server the town configured for its maps (tiles are images; the service worker leaves
 * other origins alone, so `connect-src` stays `'self'`). Without tiles nothing is widened.
 */
export function contentSecurityPolicy(map?: MapConfig): string {
  if (!map?.tiles) return CONTENT_SECURITY_POLICY;
  const origin = tileOrigin(map.tiles.url);
  return CONTENT_SECURITY_POLICY.replace(
    "img-src 'self' data: blob:",
    `img-src 'self' data: blob: ${origin}`,
  );
}

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  // The page itself may ask for the resident's position ("Meinen Standort verwenden" when
  // reporting a defect); embedded frames may not, and camera and microphone stay off.
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(self)',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

/** Two years, the value the HSTS preload list asks for; subdomains are the town's own business. */
export const STRICT_TRANSPORT_SECURITY = 'max-age=63072000';

/** Kernel routes whose answers carry personal data: never kept by a browser or proxy cache. */
export const PERSONAL_API_PREFIXES = ['/api/auth/', '/api/staff', '/api/feedback'] as const;

function personal(path: string): boolean {
  return PERSONAL_API_PREFIXES.some(
    (prefix) => path === prefix.replace(/\/$/, '') || path.startsWith(prefix),
  );
}

/**
 * Sets the security headers on every response, errors and static files included; HSTS when
 * the app is reached over https; `Cache-Control: no-store` on personal answers (the kernel's
 * personal routes and anything answered to a staff session), unless a route chose its own.
 */
export function securityHeaders(
  settings: RequestSettings,
  map?: MapConfig,
): MiddlewareHandler<KernelEnv> {
  const headers = Object.entries({
    ...SECURITY_HEADERS,
    'Content-Security-Policy': contentSecurityPolicy(map),
  });
  return async (c, next) => {
    await next();
    for (const [name, value] of headers) c.res.headers.set(name, value);
    if (isHttps(c, settings))
      c.res.headers.set('Strict-Transport-Security', STRICT_TRANSPORT_SECURITY);
    if (personal(c.req.path)) c.res.headers.set('Cache-Control', 'no-store');
    else if (c.get('session') && !c.res.headers.has('Cache-Control'))
      c.res.headers.set('Cache-Control', 'no-store');
  };
}
