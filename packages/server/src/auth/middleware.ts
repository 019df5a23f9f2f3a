import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { KernelEnv } from '../http/context.js';
import type { Queryable } from '../module.js';
import { findSession, SESSION_COOKIE } from './sessions.js';

/** Sets `user` and `session` from the session cookie (both null without a live session). */
export function loadSession(db: Queryable): MiddlewareHandler<KernelEnv> {
  return async (c, next) => {
    const token = getCookie(c, SESSION_COOKIE);
    const session = token ? await findSession(db, token) : null;
    c.set('session', session);
    c.set('user', session?.user ?? null);
    await next();
  };
}
