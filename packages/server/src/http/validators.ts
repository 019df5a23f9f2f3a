import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { etag } from 'hono/etag';
import type { CityEnv } from '../module.js';

/**
 * Public content may be kept by browsers, service workers and proxies, but is asked for again
 * on every use: a seat taken, a news item corrected or a pickup moved shows at once, and an
 * unchanged answer costs a 304 without its body. (A `max-age` would spare the server those
 * requests too, at the price of residents seeing stale seats and dates for that long.)
 */
export const PUBLIC_CACHE_CONTROL = 'public, no-cache';

/**
 * A strong ETag: the SHA-1 of the body, so equal answers of any process carry the same one.
 * Hashed in this thread: Web Crypto's digest (Hono's default) goes through the thread pool
 * and cost more than the hash itself for bodies of a few kilobytes.
 */
const strongEtag = etag({
  generateDigest: (body) => new Uint8Array(createHash('sha1').update(body).digest()).buffer,
});

/**
 * HTTP validators for an answer that is the same for everyone (`publicContent` in
 * `describeRoute()`): a strong ETag from the body, `Cache-Control: public, no-cache` unless the
 * route chose its own, and `304 Not Modified` without a body when `If-None-Match` names the
 * ETag. Never on an answer to a staff session: that stays `no-store` (the security headers).
 */
export const publicValidators: MiddlewareHandler<CityEnv> = async (c, next) => {
  if (c.get('user')) return next();
  await strongEtag(c, async () => {
    await next();
    if (c.res.ok && !c.res.headers.has('Cache-Control'))
      c.res.headers.set('Cache-Control', PUBLIC_CACHE_CONTROL);
  });
};
