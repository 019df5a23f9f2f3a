import { createHash, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { expectedOrigin, type KernelEnv, type RequestSettings } from '../http/context.js';
import { authError } from './messages.js';
import { CSRF_HEADER } from './sessions.js';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Equal strings in constant time (hashed first, so lengths do not leak either). */
export function safeEqual(a: string, b: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(a), digest(b));
}

function refused(c: Context, key: string, params: Record<string, string> = {}) {
  return authError(
    c,
    {
      code: 'csrf_failed',
      title: { de: 'Anfrage abgelehnt', en: 'Request refused' },
      status: 403,
      key,
      hint: 'csrf.hint',
    },
    { header: CSRF_HEADER, ...params },
  );
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
        throw refused(c, 'originRefused', { origin: origin.slice(0, 200) });
    } else if (c.req.header('sec-fetch-site') === 'cross-site') {
      throw refused(c, 'crossSiteRefused');
    } else if (hasFormLikeBody(c)) {
      throw refused(c, 'noOriginRefused');
    }
    const session = c.get('session');
    if (session && !options.exempt.includes(c.req.path)) {
      const sent = c.req.header(CSRF_HEADER) ?? '';
      if (!sent) throw refused(c, 'csrfMissing');
      if (!safeEqual(sent, session.csrfToken)) throw refused(c, 'csrfMismatch');
    }
    return next();
  };
}
