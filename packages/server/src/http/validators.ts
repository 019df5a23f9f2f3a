import { createHash } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import type { CityEnv } from '../module.js';

/**
 * Public content may be kept by browsers, service workers and proxies, but is asked for again
 * on every use: a seat taken, a news item corrected or a pickup moved shows at once, and an
 * unchanged answer costs a 304 without its body. (A `max-age` would spare the server those
 * requests too, at the price of residents seeing stale seats and dates for that long.)
 */
export const PUBLIC_CACHE_CONTROL = 'public, no-cache';

/** What a 304 keeps of the full answer (RFC 9110 §15.4.5). */
const KEPT_ON_304 = ['cache-control', 'content-location', 'date', 'etag', 'expires', 'vary'];

/** A strong ETag: the SHA-1 of the body, so equal answers of any process carry the same one. */
export function strongTag(body: string | Uint8Array): string {
  return `"${createHash('sha1').update(body).digest('hex')}"`;
}

/** Whether `If-None-Match` names `tag` (compared weakly, as RFC 9110 asks for GET). */
function matches(ifNoneMatch: string | undefined, tag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch.split(',').some((listed) => listed.trim().replace(/^W\//, '') === tag);
}

/**
 * Lets `c.json()` hash the JSON text it makes. Hashing the finished Response instead means
 * cloning it (a tee of its body stream) and makes the Node adapter write it from a stream:
 * measured, that was most of the kernel's own CPU on a public read.
 */
function hashingJson(c: Context<CityEnv>): { tag(): string | undefined; restore(): void } {
  const json = c.json;
  let tag: string | undefined;
  c.json = ((object: unknown, arg?: never, headers?: never) => {
    const text = JSON.stringify(object);
    tag = strongTag(text);
    return c.newResponse(text, arg, { 'Content-Type': 'application/json', ...(headers ?? {}) });
  }) as typeof c.json;
  return { tag: () => tag, restore: () => (c.json = json) };
}

/**
 * HTTP validators for an answer that is the same for everyone (`publicContent` in
 * `describeRoute()`): a strong ETag from the body, `Cache-Control: public, no-cache` unless the
 * route chose its own, and `304 Not Modified` without a body when `If-None-Match` names the
 * ETag. Never on an answer to a staff session: that stays `no-store` (the security headers).
 */
export const publicValidators: MiddlewareHandler<CityEnv> = async (c, next) => {
  if (c.get('user')) return next();
  const hashing = hashingJson(c);
  try {
    await next();
  } finally {
    hashing.restore();
  }
  const res = c.res;
  if (!res.ok) return;
  // A kept answer (`sendPrepared()`) brings its tag; one not made by c.json() (text, a file)
  // is read back from a copy.
  const tag =
    res.headers.get('ETag') ??
    hashing.tag() ??
    strongTag(new Uint8Array(await res.clone().arrayBuffer()));
  if (!res.headers.has('Cache-Control')) res.headers.set('Cache-Control', PUBLIC_CACHE_CONTROL);
  if (!matches(c.req.header('If-None-Match'), tag)) {
    res.headers.set('ETag', tag);
    return;
  }
  const kept = new Headers({ ETag: tag });
  for (const name of KEPT_ON_304) {
    const value = name === 'etag' ? null : res.headers.get(name);
    if (value !== null) kept.set(name, value);
  }
  // Replaced, not merged: Hono would carry the full answer's headers over to the 304.
  c.res = undefined;
  c.res = new Response(null, { status: 304, headers: kept });
};
