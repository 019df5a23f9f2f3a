import { createHash, timingSafeEqual } from 'node:crypto';
import { cityError } from '@city-app/core';
import type { Context, MiddlewareHandler } from 'hono';
import { expectedOrigin, type KernelEnv, type RequestSettings } from '../http/context.js';
import { CSRF_HEADER } from './sessions.js';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Equal strings in constant time (hashed first, so lengths do not leak either). */
export function safeEqual(a: string, b: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(a), digest(b));
}

/** A body a cross-site form can send without a preflight: anything but JSON. */
function hasFormLikeBody(c: Context): boolean {
  const type = c.req.header('content-type');
  if (!type) return false;
  return !/^application\/([\w.+-]+\+)?json\s*(;|$)/i.test(type.trim());
}

/**
 * Cross-site request forgery protection for unsafe methods: the Origin must be exactly the
 * app's origin (scheme, host and port); without an Origin only JSON bodies pass, since a
 * browser sends those cross-site only after a preflight this server never grants. Requests
 * carrying a staff session must also send the session's CSRF token in X-CSRF-Token; the
 * exempt paths (login, password reset) have no session yet, the Origin check covers them.
 */
export function csrfProtection(options: {
  exempt: readonly string[];
  settings: RequestSettings;
}): MiddlewareHandler<KernelEnv> {
  return async (c, next) => {
    if (!UNSAFE.has(c.req.method)) return next();
    const origin = c.req.header('origin');
    if (origin) {
      if (origin !== expectedOrigin(c, options.settings))
        throw cityError('origin_refused', { origin: origin.slice(0, 200), header: CSRF_HEADER });
    } else if (c.req.header('sec-fetch-site') === 'cross-site') {
      throw cityError('cross_site_refused', { header: CSRF_HEADER });
    } else if (hasFormLikeBody(c)) {
      throw cityError('no_origin_refused', { header: CSRF_HEADER });
    }
    const session = c.get('session');
    if (session && !options.exempt.includes(c.req.path)) {
      const sent = c.req.header(CSRF_HEADER) ?? '';
      if (!sent) throw cityError('csrf_missing', { header: CSRF_HEADER });
      if (!safeEqual(sent, session.csrfToken))
        throw cityError('csrf_mismatch', { header: CSRF_HEADER });
    }
    return next();
  };
}
