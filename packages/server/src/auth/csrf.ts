import { createHash, timingSafeEqual } from 'node:crypto';
import { CityAppError } from '@city-app/core';
import type { MiddlewareHandler } from 'hono';
import type { KernelEnv } from '../http/context.js';
import { CSRF_HEADER } from './sessions.js';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Equal strings in constant time (hashed first, so lengths do not leak either). */
export function safeEqual(a: string, b: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(a), digest(b));
}

function refused(message: string): CityAppError {
  return new CityAppError({
    code: 'csrf_failed',
    title: 'Request refused',
    message,
    hint: `Send the header ${CSRF_HEADER} with the csrfToken from the login (also in the city_app_csrf cookie), from the app's own origin.`,
    status: 403,
  });
}

/**
 * Cross-site request forgery protection for unsafe methods: refuses requests whose Origin is
 * another site, and for requests carrying a staff session demands the session's CSRF token in
 * the X-CSRF-Token header. The login itself is exempt from the token (there is no session
 * yet); the Origin check covers it.
 */
export function csrfProtection(options: {
  exempt: readonly string[];
}): MiddlewareHandler<KernelEnv> {
  return async (c, next) => {
    if (!UNSAFE.has(c.req.method)) return next();
    const origin = c.req.header('origin');
    if (origin) {
      const host =
        c.req.header('x-forwarded-host') ?? c.req.header('host') ?? new URL(c.req.url).host;
      let originHost = '';
      try {
        originHost = new URL(origin).host;
      } catch {
        // "null" or garbage: not our origin.
      }
      if (originHost !== host) throw refused(`Requests from ${origin} are not accepted.`);
    } else if (c.req.header('sec-fetch-site') === 'cross-site') {
      throw refused('Cross-site requests are not accepted.');
    }
    const session = c.get('session');
    if (session && !options.exempt.includes(c.req.path)) {
      const sent = c.req.header(CSRF_HEADER) ?? '';
      if (!sent) throw refused(`The ${CSRF_HEADER} header is missing.`);
      if (!safeEqual(sent, session.csrfToken))
        throw refused(`The ${CSRF_HEADER} header does not match this session.`);
    }
    return next();
  };
}
